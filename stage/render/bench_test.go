package render

import (
	"image"
	"image/color"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/stage"
)

// BenchmarkFrame300Clones is one frame of a busy clone project: 300 clones (and their
// original) of a library costume move and bounce, the pen draws a line, and the whole stage
// is drawn into an offscreen image.
//
// One pixel of the result is read back at the end of each frame, which waits for the GPU, so
// ns/op is the whole frame, drawing included; under Xvfb the GPU is Mesa's software
// renderer, so that is mostly the CPU filling pixels. cpu-ns/op is the part before the wait:
// moving the sprites and the renderer's own work, queueing the draw calls.
func BenchmarkFrame300Clones(b *testing.B) {
	for _, bc := range []struct {
		name    string
		costume string
		w, h    int
	}{
		{"ball/960x720", "ball", 960, 720},
		{"tsumi/960x720", "tsumi-walk1", 960, 720},
		{"ball/1440x1080", "ball", 1440, 1080},
	} {
		b.Run(bc.name, func(b *testing.B) {
			r, store := newTestRenderer(b)
			w := newWorld(b, store, "sky")
			s := addSprite(b, w, store, bc.costume, 0, 0)
			w.SetSize(s, 50)
			for i := range stage.MaxClones {
				c := w.Clone(s)
				c.X = float64(i%30)*15 - 220
				c.Y = float64(i/30)*30 - 150
				c.Direction = float64(i*37%360) - 179
				if i%10 == 0 {
					w.SetEffect(c, stage.EffectGhost, 40)
				}
			}
			pen := image.NewNRGBA(image.Rect(0, 0, 960, 720))
			dst := ebiten.NewImage(bc.w, bc.h)
			defer dst.Deallocate()
			probe := ebiten.NewImage(1, 1)
			defer probe.Deallocate()
			one := make([]byte, 4)
			wait := func() {
				probe.DrawImage(dst.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image), nil)
				probe.ReadPixels(one)
			}
			version := 0
			var cpu time.Duration
			b.ReportAllocs()
			for b.Loop() {
				start := time.Now()
				for _, s := range w.Sprites {
					w.Move(s, 5)
					w.BounceOffEdge(s)
				}
				// The pen draws a little each frame.
				y := 100 + version%500
				for x := 100; x < 860; x++ {
					pen.SetNRGBA(x, y, color.NRGBA{0, 0x66, 0xff, 0xff})
				}
				version++
				r.Draw(dst, dst.Bounds(), w, pen, version)
				cpu += time.Since(start)
				wait()
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}
