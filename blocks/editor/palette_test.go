package editor

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

func center(r Rect) Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// TestPaletteView checks the Variables, Lists and My Blocks categories as Scratch shows them,
// the categories' places, and hit testing the buttons and checkboxes.
func TestPaletteView(t *testing.T) {
	p := project(t, `{"x": 20, "y": 20, "blocks": [
  {"id": "flag", "opcode": "event_whenflagclicked"},
  {"id": "say", "opcode": "looks_say", "inputs": {"MESSAGE": "hi"}}]},
{"x": 20, "y": 300, "blocks": [{"id": "def", "opcode": "procedures_definition", "proc": {"code": "jump %n", "params": ["height"]}}]}`)
	p.Sprites[0].Variables = []blocks.Variable{{Name: "apples", Value: blocks.NumberValue("0"), Monitor: true}}
	p.Stage.Lists = []blocks.List{{Name: "bag", Items: []blocks.Value{}}}
	d := newDriver(t, p, Options{})
	v := d.w.PaletteView()
	if v.Layout != d.w.Palette() {
		t.Error("Palette and PaletteView disagree")
	}

	var buttons []string
	for _, b := range v.Buttons {
		buttons = append(buttons, b.Text)
	}
	if diff := cmp.Diff([]string{"Make a Variable", "Make a List", "Make a Block"}, buttons); diff != "" {
		t.Errorf("buttons (-want +got):\n%s", diff)
	}
	type box struct {
		Target  int
		Name    string
		List    bool
		Checked bool
	}
	var boxes []box
	for _, c := range v.Checkboxes {
		boxes = append(boxes, box{c.Target, c.Name, c.List, c.Checked})
		rep := v.Layout.Scripts[c.Item].Boxes[0]
		if name := rep.Block.Fields["VARIABLE"] + rep.Block.Fields["LIST"]; name != c.Name {
			t.Errorf("the checkbox of %s is beside %s", c.Name, name)
		}
		if c.Rect.X+c.Rect.W > rep.Rect.X || c.Rect.Y < rep.Rect.Y || c.Rect.Y+c.Rect.H > rep.Rect.Y+rep.Rect.H {
			t.Errorf("the checkbox of %s at %+v is not left of its reporter at %+v", c.Name, c.Rect, rep.Rect)
		}
	}
	want := []box{{0, "apples", false, true}, {StageTarget, "score", false, false}, {StageTarget, "bag", true, false}}
	if diff := cmp.Diff(want, boxes); diff != "" {
		t.Errorf("checkboxes (-want +got):\n%s", diff)
	}

	// Every category has a place, in order; Variables begins with its button.
	last := -1.0
	for _, c := range blocks.Categories() {
		top, ok := v.CategoryTop(c.ID)
		if !ok || top <= last {
			t.Errorf("category %s at %g (after %g), %v", c.ID, top, last, ok)
		}
		last = top
	}
	if top, _ := v.CategoryTop(blocks.Variables.ID); top != v.Button(MakeVariableButton).Rect.Y {
		t.Errorf("Variables begins at %g, its button at %g", top, v.Button(MakeVariableButton).Rect.Y)
	}
	if top, _ := v.CategoryTop(blocks.Motion.ID); top != d.w.Metrics().PaletteY || v.Layout.Boxes[0].Rect.Y != top {
		t.Errorf("Motion begins at %g, its first block at %g", top, v.Layout.Boxes[0].Rect.Y)
	}
	// Between the buttons: the reporters, then the other blocks with the first name.
	var order []string
	for _, s := range v.Layout.Scripts {
		if b := s.Boxes[0].Block; b.Opcode == "data_variable" || b.Opcode == "data_setvariableto" || b.Opcode == "procedures_call" {
			order = append(order, b.Opcode+" "+b.Fields["VARIABLE"])
		}
	}
	if diff := cmp.Diff([]string{"data_variable apples", "data_variable score", "data_setvariableto apples", "procedures_call "}, order); diff != "" {
		t.Errorf("palette order (-want +got):\n%s", diff)
	}
	if call := d.palette("procedures_call"); call.Rect.Y <= v.Button(MakeBlockButton).Rect.Y {
		t.Error("the call is above Make a Block")
	}

	// Hit tests.
	if h := v.HitTest(center(v.Button(MakeListButton).Rect)); h.Kind != PaletteButtonHit || h.Button.Kind != MakeListButton {
		t.Errorf("the list button's middle hits %+v", h)
	}
	if h := v.HitTest(center(v.Checkbox("score", false).Rect)); h.Kind != PaletteCheckboxHit || h.Checkbox.Name != "score" {
		t.Errorf("score's checkbox hits %+v", h)
	}
	if h := v.HitTest(d.palette("motion_movesteps").Rect.Min().Add(grabOffset)); h.Kind != PaletteBlock || h.Hit.Box.Block.Opcode != "motion_movesteps" {
		t.Errorf("move hits %+v", h)
	}

	// Tapping a button tells the app; tapping a checkbox shows the monitor, as a change to undo.
	tap := func(p Point) Gesture {
		d.send(PointerDown, PanePalette, p)
		return d.send(PointerUp, PanePalette, p)
	}
	before := d.json()
	if g := tap(center(v.Button(MakeVariableButton).Rect)); g.Kind != Tap || g.Palette.Kind != PaletteButtonHit || g.Palette.Button.Kind != MakeVariableButton {
		t.Errorf("tapping Make a Variable gave %+v", g)
	}
	if d.json() != before {
		t.Error("tapping a button changed the project")
	}
	version := d.w.Version()
	if g := tap(center(v.Checkbox("score", false).Rect)); g.Palette.Kind != PaletteCheckboxHit || g.Err != nil {
		t.Errorf("tapping score's checkbox gave %+v", g)
	}
	if !d.w.Project().Stage.Variables[0].Monitor || d.w.Version() == version {
		t.Error("tapping the checkbox did not show score's monitor")
	}
	if c := d.w.PaletteView().Checkbox("score", false); c == nil || !c.Checked {
		t.Error("the checkbox is not ticked after the tap")
	}
	must(t, d.w.Undo())
	if d.json() != before {
		t.Error("undo did not hide the monitor again")
	}

	// A variable's reporter drags from the palette into a slot.
	if g := d.dragBlock(d.palette("data_variable"), PanePalette, PaneScripts, slotAt(d, "say", "MESSAGE").Add(Point{3, 2})); g.Kind != Dropped {
		t.Fatalf("dropping apples gave %+v", g)
	}
	if got := scripts(d.w); got != "20,20: flag:whenflagclicked say:say[b1:variable]\n20,300: def:definition\n" {
		t.Errorf("after the drop:\n%s", got)
	}

	// In hiragana, and on the stage: no sprite's own variables, no motion.
	d.w.SetLang(blocks.Hiragana)
	must(t, d.w.SetTarget(StageTarget))
	v = d.w.PaletteView()
	if b := v.Button(MakeVariableButton); b == nil || b.Text != "へんすうを つくる" {
		t.Errorf("the button in hiragana: %+v", b)
	}
	if v.Checkbox("apples", false) != nil || v.Checkbox("score", false) == nil {
		t.Errorf("the stage's checkboxes: %+v", v.Checkboxes)
	}
	for _, s := range v.Layout.Scripts {
		if s.Boxes[0].Def.Category == blocks.Motion || s.Boxes[0].Block.Opcode == "procedures_call" {
			t.Errorf("the stage's palette offers %s", s.Boxes[0].Block.Opcode)
		}
	}
	if top, ok := v.CategoryTop(blocks.Motion.ID); !ok || top != d.w.Metrics().PaletteY {
		t.Errorf("the stage's empty Motion category at %g, %v", top, ok)
	}
}

// TestDuplicate duplicates a stack from its middle, a reporter into a slot, and throws a
// duplicate away on the palette; a definition is not duplicated.
func TestDuplicate(t *testing.T) {
	d := newDriver(t, project(t, dragScripts), Options{})
	if d.w.Duplicate("def", Point{30, 510}) || d.w.Duplicate("nope", Point{}) {
		t.Error("duplicated a definition or nothing")
	}
	// From the middle: the block and those under it, dropped under the forever's inner block.
	if !d.w.Duplicate("b", Point{30, 100}) {
		t.Fatal("no duplicate")
	}
	to := bottomOf(d.box("fm")).Add(Point{d.w.m.PadX + 2, d.w.m.PadY + 3})
	d.send(PointerMove, PaneScripts, to)
	if g := d.send(PointerUp, PaneScripts, to); g.Kind != Dropped {
		t.Fatalf("drop gave %+v", g)
	}
	if got := scripts(d.w); got != lines(lineFlag, lineIf, "400,300: ever:forever{ fm:movesteps[5] b1:turnright[15] b2:say[hi] }", lineDef) {
		t.Errorf("after duplicating b:\n%s", got)
	}
	// A reporter alone, into a slot.
	if !d.w.Duplicate("x", Point{}) {
		t.Fatal("no duplicate of the reporter")
	}
	to = slotAt(d, "a", "STEPS").Add(Point{d.w.m.PadX + 2, d.w.m.PadY + 1})
	d.send(PointerMove, PaneScripts, to)
	if g := d.send(PointerUp, PaneScripts, to); g.Kind != Dropped || !strings.Contains(scripts(d.w), "a:movesteps[b3:xposition]") {
		t.Errorf("drop gave %+v:\n%s", g, scripts(d.w))
	}
	// Over the palette it goes.
	before := d.json()
	d.w.Duplicate("flag", Point{30, 30})
	d.send(PointerMove, PanePalette, Point{20, 20})
	if g := d.send(PointerUp, PanePalette, Point{20, 20}); g.Kind != Deleted || d.json() != before {
		t.Errorf("dropping on the palette gave %+v", g)
	}
}
