package editor

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

// paletteOpcodes lists the blocks the palette offers, in order.
func paletteOpcodes(w *Workspace) []string {
	var ops []string
	for _, s := range w.Palette().Scripts {
		ops = append(ops, s.Boxes[0].Block.Opcode)
	}
	return ops
}

// TestSetPaletteOnly narrows the palette as a lesson's step does: only the blocks named, in
// the palette's order, with the categories that still have blocks and their buttons; nil
// offers everything again.
func TestSetPaletteOnly(t *testing.T) {
	p := project(t, `{"x": 20, "y": 20, "blocks": [{"id": "flag", "opcode": "event_whenflagclicked"}]}`)
	d := newDriver(t, p, Options{})
	all, fullHeight := paletteOpcodes(d.w), d.w.PaletteView().Height

	d.w.SetPaletteOnly([]string{"motion_movesteps", "event_whenflagclicked", "motion_movesteps", "control_repeat"})
	v := d.w.PaletteView()
	if diff := cmp.Diff([]string{"motion_movesteps", "event_whenflagclicked", "control_repeat"}, paletteOpcodes(d.w)); diff != "" {
		t.Errorf("narrowed palette (-want +got):\n%s", diff)
	}
	var cats []string
	for _, c := range v.Categories {
		cats = append(cats, c.Category.ID)
	}
	if diff := cmp.Diff([]string{blocks.Motion.ID, blocks.Events.ID, blocks.Control.ID}, cats); diff != "" {
		t.Errorf("categories (-want +got):\n%s", diff)
	}
	if len(v.Buttons) != 0 || len(v.Checkboxes) != 0 {
		t.Errorf("buttons %+v and checkboxes %+v without a data block", v.Buttons, v.Checkboxes)
	}
	if _, ok := v.CategoryTop(blocks.Looks.ID); ok {
		t.Error("Looks has a place with none of its blocks offered")
	}
	if top, ok := v.CategoryTop(blocks.Events.ID); !ok || top != d.palette("event_whenflagclicked").Rect.Y {
		t.Errorf("Events begins at %g, %v, not at its block", top, ok)
	}
	if v.Height >= fullHeight/10 {
		t.Errorf("the narrowed palette is %g high, the whole one %g", v.Height, fullHeight)
	}

	// Dragging an offered block out still works on the narrowed palette.
	if g := d.dragBlock(d.palette("motion_movesteps"), PanePalette, PaneScripts, Point{300, 300}); g.Kind != Dropped {
		t.Fatalf("dragging move out gave %+v", g)
	}

	// A data block brings its category's button and the variables' reporters.
	d.w.SetPaletteOnly([]string{"data_variable", "data_setvariableto"})
	v = d.w.PaletteView()
	if v.Button(MakeVariableButton) == nil || v.Button(MakeListButton) != nil || v.Button(MakeBlockButton) != nil {
		t.Errorf("buttons with variables allowed: %+v", v.Buttons)
	}
	if v.Checkbox("score", false) == nil {
		t.Error("no reporter of score with data_variable allowed")
	}
	if got := paletteOpcodes(d.w); !slices.Equal(got, []string{"data_variable", "data_setvariableto"}) {
		t.Errorf("data palette: %q", got)
	}

	// The narrowing stays through a new language, a new target and SetPalette.
	d.w.SetLang(blocks.Japanese)
	must(t, d.w.SetTarget(StageTarget))
	d.w.SetPalette(blocks.All())
	if got := paletteOpcodes(d.w); !slices.Equal(got, []string{"data_variable", "data_setvariableto"}) {
		t.Errorf("after SetLang, SetTarget and SetPalette: %q", got)
	}
	if got := d.w.PaletteOnly(); !slices.Equal(got, []string{"data_setvariableto", "data_variable"}) {
		t.Errorf("PaletteOnly = %q", got)
	}

	// nil offers everything again.
	must(t, d.w.SetTarget(0))
	d.w.SetLang(blocks.English)
	d.w.SetPaletteOnly(nil)
	if diff := cmp.Diff(all, paletteOpcodes(d.w)); diff != "" {
		t.Errorf("after SetPaletteOnly(nil) (-want +got):\n%s", diff)
	}
	if d.w.PaletteOnly() != nil {
		t.Errorf("PaletteOnly = %q, want nil", d.w.PaletteOnly())
	}
}

// TestLayoutStack lays out a stack on its own as a workspace lays out the same script.
func TestLayoutStack(t *testing.T) {
	p := project(t, `{"x": 0, "y": 0, "blocks": [
  {"id": "flag", "opcode": "event_whenflagclicked"},
  {"id": "rep", "opcode": "control_repeat", "inputs": {"TIMES": 10}, "stacks": {"SUBSTACK": [
    {"id": "move", "opcode": "motion_movesteps", "inputs": {"STEPS": 10}}]}}]}`)
	for _, lang := range []blocks.Lang{blocks.English, blocks.Hiragana} {
		d := newDriver(t, p, Options{Lang: lang})
		want := d.w.Layout()
		got := LayoutStack(p.Sprites[0].Scripts[0].Blocks, Options{Lang: lang})
		if got.Bounds != want.Bounds || len(got.Boxes) != len(want.Boxes) {
			t.Fatalf("%v: bounds %+v with %d boxes, want %+v with %d", lang, got.Bounds, len(got.Boxes), want.Bounds, len(want.Boxes))
		}
		for i, b := range got.Boxes {
			if w := want.Boxes[i]; b.Block != w.Block || b.Rect != w.Rect || len(b.Parts) != len(w.Parts) {
				t.Errorf("%v: box %d: %s at %+v, want %s at %+v", lang, i, b.Block.Opcode, b.Rect, w.Block.Opcode, w.Rect)
			}
		}
		if r := got.Boxes[0].Rect; r.X != 0 || r.Y != 0 {
			t.Errorf("%v: the stack starts at %+v, want 0, 0", lang, r)
		}
	}
}
