package editor

import (
	"math"
	"testing"

	"tsumiki/blocks"
)

// TestLayoutShapes checks the rectangles of blocks of every shape, with FixedMeasurer: a
// letter is 9.6 units wide at the 16-unit font.
func TestLayoutShapes(t *testing.T) {
	d := newDriver(t, project(t, counting), Options{})
	l := d.w.Layout()
	tests := []struct {
		id    string
		shape blocks.Shape
		rect  Rect
	}{
		// A hat: its rounded top (16) over a 48 body; 23 letters and padding 8 each side.
		{"flag", blocks.Hat, Rect{20, 20, 236.8, 64}},
		// "set [score v] to (0)": the dropdown 12+48+8+12+12, the slot at its 40 least.
		{"reset", blocks.Stack, Rect{20, 84, 220, 48}},
		// A C block at its least width 160: top arm 48, mouth holding two blocks, bottom arm 24.
		{"loop", blocks.C, Rect{20, 132, 160, 48 + 48 + 64 + 24}},
		// Inner blocks sit against the 16-unit arm.
		{"inc", blocks.Stack, Rect{36, 180, 248.8, 48}},
		// A stack block holding a reporter holding a reporter grows to 48+16.
		{"say", blocks.Stack, Rect{36, 228, 467.2, 64}},
		{"join", blocks.Reporter, Rect{80.8, 236, 241.6, 48}},
		{"var", blocks.Reporter, Rect{238.4, 240, 72, 40}},
		// If-else: a top arm around a boolean (64), two mouths, "else" (24), bottom arm (24).
		{"check", blocks.CElse, Rect{20, 316, 267.2, 64 + 48 + 24 + 48 + 24}},
		{"gt", blocks.Boolean, Rect{55.2, 324, 177.6, 48}},
		{"yes", blocks.Stack, Rect{36, 380, 105.6, 48}},
		{"no", blocks.Stack, Rect{36, 452, 124.8, 48}},
		{"stop", blocks.Cap, Rect{20, 524, 135.2, 48}},
	}
	for _, tc := range tests {
		b := l.Box(tc.id)
		if b == nil {
			t.Errorf("%s: not laid out", tc.id)
			continue
		}
		if b.Shape != tc.shape || !near(b.Rect, tc.rect) {
			t.Errorf("%s: %v %+v, want %v %+v", tc.id, b.Shape, b.Rect, tc.shape, tc.rect)
		}
	}
	check := l.Box("check")
	if len(check.Mouths) != 2 || check.Mouths[1].Name != "SUBSTACK2" || !near(check.Mouths[1].Rect, Rect{36, 452, 267.2 - 16, 48}) {
		t.Errorf("if-else mouths: %+v", check.Mouths)
	}
	if last := check.Parts[len(check.Parts)-1]; last.Text != "else" || last.Rect.Y != 428+4 {
		t.Errorf("else label: %+v", last)
	}
	if p := l.Box("join").Part("STRING2"); p.Block != l.Box("var") || l.Box("var").Parent != l.Box("join") || l.Box("var").In != "STRING2" {
		t.Errorf("join's STRING2 does not hold var: %+v", p)
	}
	if b := l.Box("stop"); b.Next || !l.Box("reset").Next || l.Box("var").Next {
		t.Error("Next: only stack blocks that are not caps take blocks under them")
	}
	if got, want := l.Scripts[0].Bounds, (Rect{20, 20, 467.2 + 16, 524 + 48 - 20}); !near(got, want) {
		t.Errorf("script bounds %+v, want %+v", got, want)
	}
}

func near(a, b Rect) bool {
	const eps = 1e-9
	return math.Abs(a.X-b.X) < eps && math.Abs(a.Y-b.Y) < eps && math.Abs(a.W-b.W) < eps && math.Abs(a.H-b.H) < eps
}

// TestLayoutEveryBlock lays out every block the palette offers, in every language, with the
// real font: parts sit inside their block, left to right, and every input and field has its
// slot or dropdown.
func TestLayoutEveryBlock(t *testing.T) {
	measure, err := UIMeasurer()
	if err != nil {
		t.Fatal(err)
	}
	p := project(t, `{"x": 0, "y": 0, "blocks": [{"id": "def", "opcode": "procedures_definition",
	  "proc": {"code": "jump %n high %b", "params": ["height", "really"]}}]}`)
	p.Stage.Lists = []blocks.List{{Name: "bag"}}
	p.Sprites[0].Sounds = []blocks.Media{{Name: "pop", Library: "pop"}}
	for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
		d := newDriver(t, p, Options{Lang: lang, Measure: measure})
		l := d.w.Palette()
		offered := map[string]bool{}
		for _, s := range l.Scripts {
			offered[s.Boxes[0].Block.Opcode] = true
		}
		for _, def := range blocks.All() {
			skip := def.Hidden || def.StageOnly || def.Opcode == "procedures_definition" ||
				def.Opcode == "argument_reporter_string_number" || def.Opcode == "argument_reporter_boolean"
			if offered[def.Opcode] == skip {
				t.Errorf("%v: %s offered %v", lang, def.Opcode, offered[def.Opcode])
			}
		}
		y := 0.0
		for _, b := range l.Boxes {
			checkBox(t, lang, b)
			if b.Parent == nil {
				if b.Rect.Y < y {
					t.Errorf("%v: %s overlaps the palette block above it", lang, b.Block.Opcode)
				}
				y = b.Rect.Y + b.Rect.H
			}
		}
		for _, b := range d.w.Layout().Boxes { // the definition with its parameters
			checkBox(t, lang, b)
			if ps := b.Parts; len(ps) != 5 || ps[2].Kind != Param || ps[2].Text != "height" || ps[4].Input != blocks.BoolInput {
				t.Errorf("%v: definition parts %+v", lang, b.Parts)
			}
		}
	}
}

func checkBox(t *testing.T, lang blocks.Lang, b *Box) {
	t.Helper()
	r := b.Rect
	if !(r.W > 0 && r.H > 0) {
		t.Errorf("%v: %s has size %v", lang, b.Block.Opcode, r)
	}
	slots, fields := 0, 0
	x, bottom := r.X, r.Y
	for _, p := range b.Parts {
		pr := p.Rect
		if pr.Y >= bottom { // a new row: the else arm of an if-else
			x = r.X
		}
		if pr.X < x-1e-9 || pr.X+pr.W > r.X+r.W+1e-9 || pr.Y < r.Y || pr.Y+pr.H > r.Y+r.H+1e-9 {
			t.Errorf("%v: %s: part %q %v is not inside %v, after %v", lang, b.Block.Opcode, p.Text, pr, r, x)
		}
		x, bottom = pr.X+pr.W, max(bottom, pr.Y+pr.H)
		switch {
		case p.Kind == Slot:
			slots++
		case p.Kind == Dropdown || p.Kind == Label && p.Name != "":
			fields++
		}
	}
	if b.Def.Opcode != "procedures_call" && b.Def.Opcode != "procedures_definition" &&
		(slots != len(b.Def.Inputs) || fields != len(b.Def.Fields)) {
		t.Errorf("%v: %s has %d slots and %d dropdowns", lang, b.Block.Opcode, slots, fields)
	}
}

// TestHitTest checks what points are on.
func TestHitTest(t *testing.T) {
	d := newDriver(t, project(t, counting+`,{"x": 400, "y": 20, "blocks": [
	  {"id": "iff", "opcode": "control_if", "stacks": {"SUBSTACK": [{"id": "show", "opcode": "looks_show"}]}}]}`), Options{})
	l := d.w.Layout()
	tests := []struct {
		p    Point
		kind HitKind
		id   string // the block
		name string
	}{
		{Point{25, 22}, HitBlock, "flag", ""},           // a hat's rounded top
		{Point{250, 260}, HitBlock, "var", ""},          // a reporter in a reporter in a block
		{Point{150, 250}, HitSlot, "join", "STRING1"},   // a typed-in slot of a reporter
		{Point{70, 100}, HitField, "reset", "VARIABLE"}, // a dropdown
		{Point{30, 150}, HitBlock, "loop", ""},          // a C block's arm
		{Point{40, 190}, HitBlock, "inc", ""},           // a block inside it
		{Point{520, 90}, HitStack, "iff", "SUBSTACK"},   // the mouth beside the inner block
		{Point{420, 80}, HitBlock, "show", ""},
		{Point{450, 40}, HitSlot, "iff", "CONDITION"}, // an empty hexagonal slot
		{Point{30, 560}, HitBlock, "stop", ""},
		{Point{1000, 1000}, HitNothing, "", ""},
		{Point{300, 140}, HitNothing, "", ""}, // beside a C block
	}
	for _, tc := range tests {
		h := l.HitTest(tc.p)
		id := ""
		if h.Box != nil {
			id = h.Box.Block.ID
		}
		if h.Kind != tc.kind || id != tc.id || h.Name != tc.name {
			t.Errorf("%v: %v %s %q, want %v %s %q", tc.p, h.Kind, id, h.Name, tc.kind, tc.id, tc.name)
		}
	}
}
