package editor

import (
	"strings"
	"testing"

	"tsumiki/blocks"
)

// dragScripts are four scripts: a hat with three blocks, a loose if with a wait holding a
// reporter, a forever holding a block, and a custom block's definition.
const dragScripts = `
{"x": 20, "y": 20, "blocks": [{"id": "flag", "opcode": "event_whenflagclicked"},
  {"id": "a", "opcode": "motion_movesteps", "inputs": {"STEPS": 10}},
  {"id": "b", "opcode": "motion_turnright", "inputs": {"DEGREES": 15}},
  {"id": "c", "opcode": "looks_say", "inputs": {"MESSAGE": "hi"}}]},
{"x": 400, "y": 20, "blocks": [
  {"id": "iff", "opcode": "control_if", "stacks": {"SUBSTACK": [{"id": "show", "opcode": "looks_show"}]}},
  {"id": "wt", "opcode": "control_wait", "inputs": {"DURATION": {"id": "x", "opcode": "motion_xposition"}}}]},
{"x": 400, "y": 300, "blocks": [
  {"id": "ever", "opcode": "control_forever", "stacks": {"SUBSTACK": [
    {"id": "fm", "opcode": "motion_movesteps", "inputs": {"STEPS": 5}}]}}]},
{"x": 20, "y": 500, "blocks": [
  {"id": "def", "opcode": "procedures_definition", "proc": {"code": "jump %n", "params": ["height"]}},
  {"id": "jy", "opcode": "motion_changeyby", "inputs": {"DY": 10}}]}`

// The scripts as scripts() writes them, line by line, before any drag.
const (
	lineFlag = "20,20: flag:whenflagclicked a:movesteps[10] b:turnright[15] c:say[hi]"
	lineIf   = "400,20: iff:if[_]{ show:show } wt:wait[x:xposition]"
	lineEver = "400,300: ever:forever{ fm:movesteps[5] }"
	lineDef  = "20,500: def:definition jy:changeyby[10]"
)

func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

func slotAt(d *driver, id, input string) Point { return d.box(id).Part(input).Rect.Min() }

func TestDrag(t *testing.T) {
	fromPalette := func(opcode string, to func(d *driver) Point) func(d *driver) Gesture {
		return func(d *driver) Gesture {
			return d.dragBlock(d.palette(opcode), PanePalette, PaneScripts, to(d))
		}
	}
	move := func(id string, to func(d *driver) Point) func(d *driver) Gesture {
		return func(d *driver) Gesture {
			return d.dragBlock(d.box(id), PaneScripts, PaneScripts, to(d))
		}
	}
	near := func(id string, dx, dy float64) func(d *driver) Point {
		return func(d *driver) Point { return bottomOf(d.box(id)).Add(Point{dx, dy}) }
	}
	slot := func(id, input string) func(d *driver) Point {
		return func(d *driver) Point { return slotAt(d, id, input).Add(Point{3, 2}) }
	}
	at := func(x, y float64) func(d *driver) Point { return func(*driver) Point { return Point{x, y} } }
	param := func(to func(d *driver) Point) func(d *driver) Gesture {
		return func(d *driver) Gesture {
			p := d.box("def").Part("height")
			grab := Point{4, 10}
			return d.drag(PaneScripts, p.Rect.Min().Add(grab), PaneScripts, to(d).Add(grab))
		}
	}
	toPalette := func(src func(d *driver) (*Box, Pane)) func(d *driver) Gesture {
		return func(d *driver) Gesture {
			b, pane := src(d)
			return d.drag(pane, b.Rect.Min().Add(grabOffset), PanePalette, Point{30, 200})
		}
	}
	unchanged := lines(lineFlag, lineIf, lineEver, lineDef)

	tests := []struct {
		name    string
		do      func(d *driver) Gesture
		gesture GestureKind
		cand    CandidateKind // where the blocks were about to land just before the drop; 0: nowhere
		want    string
	}{
		{"a reporter snaps into a round slot", fromPalette("operator_add", slot("a", "STEPS")), Dropped, InSlot,
			lines("20,20: flag:whenflagclicked a:movesteps[b1:add[\"\"][\"\"]] b:turnright[15] c:say[hi]", lineIf, lineEver, lineDef)},
		{"a boolean snaps into an if's hexagonal slot", fromPalette("sensing_mousedown", slot("iff", "CONDITION")), Dropped, InSlot,
			lines(lineFlag, "400,20: iff:if[b1:mousedown]{ show:show } wt:wait[x:xposition]", lineEver, lineDef)},
		{"a round reporter does not go into a hexagonal slot", fromPalette("motion_xposition", slot("iff", "CONDITION")), Refused, 0,
			unchanged},
		{"a boolean goes into a round slot too", fromPalette("sensing_mousedown", slot("a", "STEPS")), Dropped, InSlot,
			lines("20,20: flag:whenflagclicked a:movesteps[b1:mousedown] b:turnright[15] c:say[hi]", lineIf, lineEver, lineDef)},
		{"a reporter does not replace the one in a slot", fromPalette("operator_add", slot("wt", "DURATION")), Refused, 0,
			unchanged},
		{"a reporter moves to another slot, and the first gets its default back", move("x", slot("a", "STEPS")), Dropped, InSlot,
			lines("20,20: flag:whenflagclicked a:movesteps[x:xposition] b:turnright[15] c:say[hi]",
				"400,20: iff:if[_]{ show:show } wt:wait[1]", lineEver, lineDef)},
		{"a reporter dropped on nothing goes back", move("x", at(700, 700)), Refused, 0, unchanged},
		{"a stack dragged from the middle takes the blocks below it", move("b", at(20, 300)), Dropped, 0,
			lines("20,20: flag:whenflagclicked a:movesteps[10]", lineIf, lineEver, lineDef,
				"20,300: b:turnright[15] c:say[hi]")},
		{"a whole script moves and keeps its place in the file", move("flag", at(100, 260)), Dropped, 0,
			lines("100,260: flag:whenflagclicked a:movesteps[10] b:turnright[15] c:say[hi]", lineIf, lineEver, lineDef)},
		{"a block goes between two others", fromPalette("looks_hide", near("a", 3, 4)), Dropped, Under,
			lines("20,20: flag:whenflagclicked a:movesteps[10] b1:hide b:turnright[15] c:say[hi]", lineIf, lineEver, lineDef)},
		{"a block goes first inside a C block", fromPalette("looks_hide", func(d *driver) Point {
			return d.box("iff").Mouth("SUBSTACK").Rect.Min().Add(Point{2, 2})
		}), Dropped, Inside,
			lines(lineFlag, "400,20: iff:if[_]{ b1:hide show:show } wt:wait[x:xposition]", lineEver, lineDef)},
		{"a block dragged out of a C block", move("show", at(700, 40)), Dropped, 0,
			lines(lineFlag, "400,20: iff:if[_]{ } wt:wait[x:xposition]", lineEver, lineDef, "700,40: show:show")},
		{"an empty C block wraps the blocks below", fromPalette("control_repeat", near("a", 2, 3)), Dropped, Under,
			lines("20,20: flag:whenflagclicked a:movesteps[10] b1:repeat[10]{ b:turnright[15] c:say[hi] }", lineIf, lineEver, lineDef)},
		{"a forever wraps the blocks below", fromPalette("control_forever", near("a", 2, 3)), Dropped, Under,
			lines("20,20: flag:whenflagclicked a:movesteps[10] b1:forever{ b:turnright[15] c:say[hi] }", lineIf, lineEver, lineDef)},
		{"a forever holding blocks does not go in the middle", move("ever", near("a", 2, 3)), Dropped, 0,
			lines(lineFlag, lineIf, "22,135: ever:forever{ fm:movesteps[5] }", lineDef)},
		{"nothing goes under a forever", fromPalette("motion_turnleft", near("ever", 0, 40)), Dropped, 0,
			lines(lineFlag, lineIf, lineEver, lineDef, "400,460: b1:turnleft[15]")},
		{"stop all does not go in the middle", fromPalette("control_stop", near("a", 2, 3)), Dropped, 0,
			lines(lineFlag, lineIf, lineEver, lineDef, "22,135: b1:stop")},
		{"stop all goes at the end", fromPalette("control_stop", near("c", 2, 3)), Dropped, Under,
			lines("20,20: flag:whenflagclicked a:movesteps[10] b:turnright[15] c:say[hi] b1:stop", lineIf, lineEver, lineDef)},
		{"a hat does not snap under a block", fromPalette("event_whenkeypressed", near("c", 2, 4)), Dropped, 0,
			lines(lineFlag, lineIf, lineEver, lineDef, "22,232: b1:whenkeypressed")},
		{"a hat snaps on top of a loose stack", fromPalette("event_whenflagclicked", func(d *driver) Point {
			return d.box("iff").Rect.Min().Add(Point{3, -64 + 5})
		}), Dropped, Above,
			lines(lineFlag, "400,-44: b1:whenflagclicked iff:if[_]{ show:show } wt:wait[x:xposition]", lineEver, lineDef)},
		{"an empty C block wraps a loose stack from above", fromPalette("control_repeat", func(d *driver) Point {
			return d.box("iff").Rect.Min().Add(Point{-16 + 2, -48 + 3})
		}), Dropped, Above,
			lines(lineFlag, "384,-28: b1:repeat[10]{ iff:if[_]{ show:show } wt:wait[x:xposition] }", lineEver, lineDef)},
		{"a parameter goes into its definition", param(slot("jy", "DY")), Dropped, InSlot,
			lines(lineFlag, lineIf, lineEver, "20,500: def:definition jy:changeyby[b1:reporter_string_number]")},
		{"a parameter goes nowhere outside its definition", param(slot("a", "STEPS")), Refused, 0, unchanged},
		{"dropping on the palette deletes", toPalette(func(d *driver) (*Box, Pane) { return d.box("b"), PaneScripts }), Deleted, 0,
			lines("20,20: flag:whenflagclicked a:movesteps[10]", lineIf, lineEver, lineDef)},
		{"a palette block dropped back on the palette is nothing",
			toPalette(func(d *driver) (*Box, Pane) { return d.palette("looks_hide"), PanePalette }), Deleted, 0, unchanged},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, project(t, dragScripts), Options{})
			if got := scripts(d.w); got != unchanged {
				t.Fatalf("start:\n%s", got)
			}
			g := tc.do(d)
			if g.Kind != tc.gesture {
				t.Errorf("gesture %v (%v), want %v", g.Kind, g.Err, tc.gesture)
			}
			var cand CandidateKind
			if d.view.Candidate != nil {
				cand = d.view.Candidate.Kind
			}
			if cand != tc.cand {
				t.Errorf("candidate before the drop %+v, want kind %v", d.view.Candidate, tc.cand)
			}
			if got := scripts(d.w); got != tc.want {
				t.Errorf("scripts:\n%s\nwant:\n%s", got, tc.want)
			}
			if _, dragging := d.w.Dragging(); dragging {
				t.Error("still dragging after the drop")
			}
			// Every change is one undo away.
			if tc.want != unchanged {
				must(t, d.w.Undo())
				if got := scripts(d.w); got != unchanged {
					t.Errorf("after undo:\n%s", got)
				}
			} else if d.w.CanUndo() {
				t.Error("a drag that changed nothing can be undone")
			}
		})
	}
}

// TestDragView checks what a renderer sees during a drag: the dragged blocks under the
// pointer, and the candidate while the blocks are near a place.
func TestDragView(t *testing.T) {
	d := newDriver(t, project(t, dragScripts), Options{})
	b := d.box("b")
	from := b.Rect.Min().Add(grabOffset)
	d.send(PointerDown, PaneScripts, from)
	if _, ok := d.w.Dragging(); ok {
		t.Fatal("dragging after a press alone")
	}
	d.send(PointerMove, PaneScripts, from.Add(Point{3, 0})) // within the slop
	if _, ok := d.w.Dragging(); ok {
		t.Fatal("dragging after moving less than the slop")
	}
	if g := d.send(PointerMove, PaneScripts, Point{300, 400}); g.Kind != DragStarted {
		t.Fatalf("moving past the slop gave %+v", g)
	}
	v, ok := d.w.Dragging()
	if !ok || v.Candidate != nil || v.Deletes {
		t.Fatalf("far from everything: %+v", v)
	}
	if got := v.Layout.Boxes[0].Rect.Min(); got != (Point{300, 400}).Sub(grabOffset) {
		t.Errorf("dragged block at %v", got)
	}
	if n := len(v.Layout.Boxes); n != 2 {
		t.Errorf("%d dragged blocks, want b and c", n)
	}
	// The workspace shows the rest without the dragged blocks.
	if d.w.Layout().Box("b") != nil || d.w.Layout().Box("a") == nil {
		t.Error("the layout during the drag should hold a but not b")
	}
	// Near the bottom of a: under a.
	d.send(PointerMove, PaneScripts, bottomOf(d.box("a")).Add(grabOffset).Add(Point{10, 10}))
	v, _ = d.w.Dragging()
	if v.Candidate == nil || v.Candidate.Kind != Under || v.Candidate.Block != "a" || v.Candidate.At != bottomOf(d.box("a")) {
		t.Errorf("near a: %+v", v.Candidate)
	}
	d.send(PointerMove, PanePalette, Point{20, 20})
	if v, _ = d.w.Dragging(); !v.Deletes || v.Candidate != nil {
		t.Errorf("over the palette: %+v", v)
	}
	// The project is as it was until the drop.
	if got := scripts(d.w); !strings.HasPrefix(got, lineFlag) {
		t.Errorf("the project changed during the drag:\n%s", got)
	}
	if g := d.send(PointerCancel, PanePalette, Point{20, 20}); g.Kind != Refused {
		t.Errorf("cancel gave %+v", g)
	}
	if d.w.Layout().Box("b") == nil {
		t.Error("b did not come back after the cancel")
	}
}

// TestTapAndLongPress checks the gestures that are not drags.
func TestTapAndLongPress(t *testing.T) {
	d := newDriver(t, project(t, dragScripts), Options{LongPressTicks: 10})
	slot := d.box("a").Part("STEPS").Rect.Min().Add(Point{5, 5})
	if g := d.tap(slot); g.Kind != Tap || g.Hit.Kind != HitSlot || g.Hit.Box.Block.ID != "a" {
		t.Errorf("tap on a slot: %+v", g)
	}
	if id, in, text, ok := d.w.Editing(); !ok || id != "a" || in != "STEPS" || text != "10" {
		t.Errorf("the tap did not start typing into the slot: %q %q %q %v", id, in, text, ok)
	}
	// A press elsewhere ends the typing.
	d.w.Type("7")
	if g := d.tap(d.box("c").Rect.Min().Add(grabOffset)); g.Kind != Tap || g.Hit.Kind != HitBlock {
		t.Errorf("tap on a block: %+v", g)
	}
	if _, _, _, ok := d.w.Editing(); ok {
		t.Error("still typing after tapping elsewhere")
	}
	if got := scripts(d.w); !strings.Contains(got, "a:movesteps[7]") {
		t.Errorf("typing 7 gave\n%s", got)
	}

	// A finger held still opens the menu; a mouse held still does not.
	p := d.box("b").Rect.Min().Add(grabOffset)
	for _, touch := range []bool{true, false} {
		d.tick++
		d.w.HandlePointer(Pointer{Kind: PointerDown, Tick: d.tick, Pos: p, Touch: touch})
		var long bool
		for range 12 {
			d.tick++
			g := d.w.HandlePointer(Pointer{Kind: PointerMove, Tick: d.tick, Pos: p.Add(Point{1, 1}), Touch: touch})
			long = long || g.Kind == LongPress
		}
		d.tick++
		g := d.w.HandlePointer(Pointer{Kind: PointerUp, Tick: d.tick, Pos: p, Touch: touch})
		if long != touch {
			t.Errorf("touch %v: long press %v", touch, long)
		}
		if touch && g.Kind != NoGesture || !touch && g.Kind != Tap {
			t.Errorf("touch %v: letting go gave %v", touch, g.Kind)
		}
	}
}

// TestDropRefusedByCheck drops a block whose place passes the shape rules but not the
// project's checks: the project stays as it was.
func TestDropRefusedByCheck(t *testing.T) {
	// Deleting a custom block's definition while a call uses it is refused.
	scripts := dragScripts + `,{"x": 600, "y": 600, "blocks": [{"id": "call", "opcode": "procedures_call",
	  "proc": {"code": "jump %n"}, "inputs": {"height": 3}}]}`
	d := newDriver(t, project(t, scripts), Options{})
	before := d.json()
	g := d.drag(PaneScripts, d.box("def").Rect.Min().Add(grabOffset), PanePalette, Point{30, 30})
	if g.Kind != Refused || g.Err == nil {
		t.Fatalf("deleting a definition in use gave %+v", g)
	}
	if _, ok := g.Err.(blocks.Problems); !ok {
		t.Errorf("the refusal is a %T, want blocks.Problems", g.Err)
	}
	if d.json() != before {
		t.Error("the refused drop changed the project")
	}
	// The call shows its parameter's name in its slot, and the palette offers a call.
	if p := d.box("call").Part("height"); p == nil || p.Text != "3" {
		t.Errorf("call's slot: %+v", d.box("call").Parts)
	}
	var calls int
	for _, s := range d.w.Palette().Scripts {
		if s.Boxes[0].Block.Opcode == "procedures_call" {
			calls++
		}
	}
	if calls != 1 {
		t.Errorf("the palette offers %d calls, want 1", calls)
	}
}

// TestNewIDs gives new blocks ids no block of the project has, in any target.
func TestNewIDs(t *testing.T) {
	p := project(t, `{"x": 20, "y": 20, "blocks": [{"id": "b1", "opcode": "event_whenflagclicked"}]}`)
	p.Sprites[1].Scripts = []blocks.Script{{X: 0, Y: 0, Blocks: []*blocks.Block{{ID: "b7", Opcode: "looks_show"}}}}
	d := newDriver(t, p, Options{})
	for _, y := range []float64{300, 500} {
		d.dragBlock(d.palette("looks_hide"), PanePalette, PaneScripts, Point{300, y})
	}
	if got, want := scripts(d.w), lines("20,20: b1:whenflagclicked", "300,300: b8:hide", "300,500: b9:hide"); got != want {
		t.Errorf("scripts:\n%s\nwant:\n%s", got, want)
	}
	// Putting blocks back where they were changes nothing.
	d.dragBlock(d.box("b9"), PaneScripts, PaneScripts, Point{300, 500})
	must(t, d.w.Undo())
	if got := scripts(d.w); got != lines("20,20: b1:whenflagclicked", "300,300: b8:hide") {
		t.Errorf("after moving b9 back and undoing:\n%s", got)
	}
}
