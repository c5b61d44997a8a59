package draw

import (
	"image"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/stage/render/gltest"
)

// stepPicture is the picture of a lesson's step: when green flag clicked, repeat 10 { move
// 10 steps; next costume }, say Hello!, with no ids, as a lesson file gives it.
func stepPicture() []*blocks.Block {
	repeat := &blocks.Block{Opcode: "control_repeat", Inputs: map[string]*blocks.Input{"TIMES": num("10")}}
	repeat.Stacks = map[string][]*blocks.Block{"SUBSTACK": {
		{Opcode: "motion_movesteps", Inputs: map[string]*blocks.Input{"STEPS": num("10")}},
		{Opcode: "looks_nextcostume"},
	}}
	return []*blocks.Block{
		{Opcode: "event_whenflagclicked"},
		repeat,
		{Opcode: "looks_say", Inputs: map[string]*blocks.Input{"MESSAGE": txt("Hello!")}},
	}
}

// TestGoldenStack draws a step's picture in each language at a step card's zoom, 10 pixels
// in from the corner, and checks that DrawStack reports the size StackSize does and draws
// nothing outside it.
func TestGoldenStack(t *testing.T) {
	d := newTestDrawer(t)
	stack := stepPicture()
	const zoom = 0.8
	for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
		t.Run(lang.String(), func(t *testing.T) {
			sw, sh := d.StackSize(stack, lang, zoom)
			if sw < 100 || sh < 100 {
				t.Fatalf("StackSize = %g×%g, too small for three blocks and a repeat", sw, sh)
			}
			dst := ebiten.NewImage(320, 260)
			defer dst.Deallocate()
			dst.Fill(workspaceBack)
			w, h := d.DrawStack(dst, stack, lang, 10, 10, zoom)
			if w != sw || h != sh {
				t.Errorf("DrawStack drew %g×%g, StackSize said %g×%g", w, h, sw, sh)
			}
			img := gltest.ReadBack(dst)
			drawn := image.Rect(10, 10, 10+int(math.Ceil(w)), 10+int(math.Ceil(h)))
			for y := 0; y < img.Bounds().Dy(); y++ {
				for x := 0; x < img.Bounds().Dx(); x++ {
					if image.Pt(x, y).In(drawn) {
						continue
					}
					if c := img.RGBAAt(x, y); c != workspaceBack {
						t.Fatalf("pixel %d,%d outside the %v drawn is %v", x, y, drawn, c)
					}
				}
			}
			if c := img.RGBAAt(30, 44); c == workspaceBack {
				t.Error("nothing drawn in the hat")
			}
			gltest.CheckGolden(t, "stack-"+lang.String(), img)
		})
	}
}
