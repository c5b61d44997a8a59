package draw

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
	"tsumiki/stage/render/gltest"
)

// The golden images are in testdata; go test -update draws them again. Look at them after a
// change: they must look like Scratch's blocks to a child who knows Scratch.

// drawLayout draws l into a new width×height image on the workspace colour and reads it back.
func drawLayout(d *Drawer, l *editor.Layout, width, height int, origin image.Point, zoom float64) *image.RGBA {
	dst := ebiten.NewImage(width, height)
	defer dst.Deallocate()
	dst.Fill(workspaceBack)
	d.Draw(dst, l, origin, zoom)
	return gltest.ReadBack(dst)
}

func TestGoldenProgram(t *testing.T) {
	d := newTestDrawer(t)
	for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
		t.Run(lang.String(), func(t *testing.T) {
			w := newWorkspace(t, project(t, program()), lang)
			gltest.CheckGolden(t, "program-"+lang.String(), drawLayout(d, w.Layout(), 480, 470, image.Point{}, 1))
		})
	}
}

// TestGoldenZoom draws the program at twice the size, as on a large screen: the shapes and
// words are drawn at that size, not scaled up.
func TestGoldenZoom(t *testing.T) {
	d := newTestDrawer(t)
	w := newWorkspace(t, project(t, program()), blocks.Japanese)
	gltest.CheckGolden(t, "program-ja-zoom2", drawLayout(d, w.Layout(), 900, 760, image.Pt(-30, -50), 2))
}

// TestGoldenDrag draws the palette, the program, and "turn left" dragged from the palette to
// just under "move 10 steps", with the grey preview of where it will go.
func TestGoldenDrag(t *testing.T) {
	d := newTestDrawer(t)
	w := newWorkspace(t, project(t, program()), blocks.English)
	w.SetPalette(editor.CategoryDefs(blocks.Motion)[:6])
	var turn *editor.Box
	for _, s := range w.Palette().Scripts {
		if s.Boxes[0].Block.Opcode == "motion_turnleft" {
			turn = s.Boxes[0]
		}
	}
	if turn == nil {
		t.Fatal("turn left is not in the palette")
	}
	var move *editor.Box
	for _, b := range w.Layout().Boxes {
		if b.Block.Opcode == "motion_movesteps" {
			move = b
		}
	}
	const paletteW = 250
	grab := editor.Point{X: 4, Y: 20}
	w.HandlePointer(editor.Pointer{Kind: editor.PointerDown, Tick: 1, Pos: turn.Rect.Min().Add(grab), Pane: editor.PanePalette})
	// Over the workspace, a little right of and below the place under "move".
	to := editor.Point{X: move.Rect.X + 36, Y: move.Rect.Y + move.Rect.H + 10}.Add(grab)
	w.HandlePointer(editor.Pointer{Kind: editor.PointerMove, Tick: 2, Pos: turn.Rect.Min().Add(grab).Add(editor.Point{X: 40}), Pane: editor.PanePalette})
	w.HandlePointer(editor.Pointer{Kind: editor.PointerMove, Tick: 3, Pos: to, Pane: editor.PaneScripts})
	v, ok := w.Dragging()
	if !ok || v.Candidate == nil || v.Candidate.Kind != editor.Under {
		t.Fatalf("no drag with a place under a block: %+v", v)
	}

	dst := ebiten.NewImage(paletteW+480, 470)
	defer dst.Deallocate()
	dst.Fill(workspaceBack)
	d.DrawPalette(dst, w.Palette(), image.Rect(0, 0, paletteW, 470), image.Point{}, 1)
	ws := image.Pt(paletteW, 0)
	d.Draw(dst, w.Layout(), ws, 1)
	d.DrawDrag(dst, v, ws, 1)
	gltest.CheckGolden(t, "drag", gltest.ReadBack(dst))
}

// TestGoldenShapes draws every shape and kind of slot: a hat with a dropdown, if-else,
// a cap block, empty hexagonal slots, a colour slot, a menu slot, and a custom block's
// definition with its parameters, at 1.5 times the size.
func TestGoldenShapes(t *testing.T) {
	d := newTestDrawer(t)
	var bd builder
	key := bd.block("event_whenkeypressed", nil)
	key.Fields = map[string]string{"KEY_OPTION": "space"}
	and := bd.block("operator_and", nil)
	ifElse := bd.block("control_if_else", map[string]*blocks.Input{"CONDITION": rep(and)})
	costume := bd.block("looks_switchcostumeto", map[string]*blocks.Input{"COSTUME": txt("walk1")})
	ifElse.Stacks = map[string][]*blocks.Block{
		"SUBSTACK":  {costume},
		"SUBSTACK2": {bd.block("pen_setPenColorToColor", map[string]*blocks.Input{"COLOR": txt("#33cc66")})},
	}
	stop := bd.block("control_stop", nil)
	stop.Fields = map[string]string{"STOP_OPTION": "all"}
	def := bd.block("procedures_definition", nil)
	def.Proc = &blocks.Proc{Code: "jump %n times if %b", Params: []string{"height", "ok"}}
	call := bd.block("procedures_call", map[string]*blocks.Input{"height": num("3")})
	call.Proc = &blocks.Proc{Code: "jump %n times if %b"}
	set := bd.block("data_setvariableto", map[string]*blocks.Input{"VALUE": txt("0")})
	set.Fields = map[string]string{"VARIABLE": "score"}
	p := project(t,
		blocks.Script{X: 20, Y: 30, Blocks: []*blocks.Block{key, ifElse, stop}},
		blocks.Script{X: 20, Y: 370, Blocks: []*blocks.Block{def, set, call}},
	)
	w := newWorkspace(t, p, blocks.English)
	gltest.CheckGolden(t, "shapes", drawLayout(d, w.Layout(), 640, 840, image.Point{}, 1.5))
}
