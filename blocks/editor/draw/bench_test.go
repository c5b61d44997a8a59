package draw

import (
	"fmt"
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
)

// bigProject returns the editor's benchmark project: 20 scripts of 100 blocks (a hat and nine
// units of a repeat holding a move with nested reporters and an if-else with a comparison,
// a say of a join, and a turn), 2,000 blocks in all, in four columns.
func bigProject(tb testing.TB) *blocks.Project {
	var bd builder
	blk := bd.block
	var scripts []blocks.Script
	for s := range 20 {
		bs := []*blocks.Block{blk("event_whenflagclicked", nil)}
		for range 9 {
			move := blk("motion_movesteps", map[string]*blocks.Input{"STEPS": rep(blk("operator_add",
				map[string]*blocks.Input{"NUM1": rep(blk("motion_xposition", nil)), "NUM2": num("1")}))})
			gt := blk("operator_gt", map[string]*blocks.Input{"OPERAND1": rep(blk("motion_xposition", nil)), "OPERAND2": num("50")})
			say := blk("looks_say", map[string]*blocks.Input{"MESSAGE": rep(blk("operator_join",
				map[string]*blocks.Input{"STRING1": txt("y is "), "STRING2": rep(blk("motion_yposition", nil))}))})
			ifElse := blk("control_if_else", map[string]*blocks.Input{"CONDITION": rep(gt)})
			ifElse.Stacks = map[string][]*blocks.Block{"SUBSTACK": {say}, "SUBSTACK2": {blk("motion_turnright", map[string]*blocks.Input{"DEGREES": num("15")})}}
			loop := blk("control_repeat", map[string]*blocks.Input{"TIMES": num("10")})
			loop.Stacks = map[string][]*blocks.Block{"SUBSTACK": {move, ifElse}}
			bs = append(bs, loop)
		}
		scripts = append(scripts, blocks.Script{X: float64(20 + s%4*600), Y: float64(20 + s/4*2400), Blocks: bs})
	}
	p := project(tb, scripts...)
	if n := len(p.BlockIndex()); n != 2000 {
		tb.Fatalf("%d blocks", n)
	}
	return p
}

// BenchmarkDraw2000 draws the 2,000-block layout into a 1280×800 image: only the background,
// to compare with; at zoom 1 from its
// top-left corner (what a child sees: the blocks off screen are skipped), at zoom 0.5, and
// zoomed out until every block is on screen (all 2,000 shapes; the words are too small to
// draw).
//
// One pixel of the result is read back at the end of each frame, which waits for the GPU, so
// ns/op is the whole frame; under Xvfb the GPU is Mesa's software renderer. cpu-ns/op is the
// part before the wait: the Drawer's work until everything is queued.
func BenchmarkDraw2000(b *testing.B) {
	d := newTestDrawer(b)
	w := newWorkspace(b, bigProject(b), blocks.English)
	l := w.Layout()
	const width, height = 1280, 800
	fit := min(width/(l.Bounds.W+40), height/(l.Bounds.H+40))
	for _, bc := range []struct {
		name string
		zoom float64
	}{{"background-only", 0}, {"zoom1", 1}, {"zoom0.5", 0.5}, {fmt.Sprintf("all/zoom%.3f", fit), fit}} {
		b.Run(bc.name, func(b *testing.B) {
			dst := ebiten.NewImage(width, height)
			defer dst.Deallocate()
			probe := ebiten.NewImage(1, 1)
			defer probe.Deallocate()
			one := make([]byte, 4)
			origin := image.Pt(int(-l.Bounds.X*bc.zoom)+20, int(-l.Bounds.Y*bc.zoom)+20)
			var cpu time.Duration
			b.ReportAllocs()
			for b.Loop() {
				start := time.Now()
				dst.Fill(workspaceBack)
				d.Draw(dst, l, origin, bc.zoom) // zoom 0 draws nothing
				// Using dst queues the paths ebiten's vector package keeps back until then.
				probe.DrawImage(dst.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image), nil)
				cpu += time.Since(start)
				probe.ReadPixels(one)
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}
