package ui

import (
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/stage/render/gltest"
)

// BenchmarkDraw draws each widget on a 960×720 screen: "changed" as in a frame after an
// event (every shape and text drawn again), "still" as in a frame with nothing new (the
// widget copies its kept drawing). One pixel is read back after each draw, which waits for
// the GPU, so ns/op is the whole draw (under Xvfb, Mesa's software renderer: mostly the CPU
// filling pixels); cpu-ns/op is the part before the wait, the widget's own work.
func BenchmarkDraw(b *testing.B) {
	env := testEnv(960, 720, 1)
	anchor := rectWH(100, 100, 120, 40)
	var items []MenuItem
	for i := range 12 {
		items = append(items, MenuItem{Label: "メニューの項目 item", Separator: i == 6})
	}
	widgets := []struct {
		name string
		w    func() Widget
	}{
		{"Menu", func() Widget { return NewMenu(env, items, anchor, 2) }},
		{"Dialog", func() Widget {
			d := NewDialog(env, newVariable("ja"))
			send(d, Type("スコア"))
			return d
		}},
		{"MakeBlock", func() Widget {
			o := makeBlockOptions("en")
			o.Parts = []Part{{Label, "jump"}, {NumberOrText, "height"}, {Boolean, "fast"}}
			return NewMakeBlockDialog(env, o)
		}},
		{"ColorPicker", func() Widget { return NewColorPicker(env, "#4c97ff", anchor, colorLabels("en")) }},
		{"Confirm", func() Widget {
			return NewConfirm(env, ConfirmOptions{Message: "じどうで ほぞんした さくひんを ひらきますか？",
				Buttons: []string{"はじめから", "ひらく"}, Default: 1})
		}},
	}
	for _, bc := range widgets {
		for _, changed := range []bool{true, false} {
			name := bc.name + "/still"
			if changed {
				name = bc.name + "/changed"
			}
			b.Run(name, func(b *testing.B) {
				gltest.Need(b)
				w := bc.w()
				defer w.Release()
				dst := ebiten.NewImage(960, 720)
				defer dst.Deallocate()
				probe := ebiten.NewImage(1, 1)
				defer probe.Deallocate()
				one := make([]byte, 4)
				var cpu time.Duration
				b.ReportAllocs()
				for b.Loop() {
					if changed {
						w.Handle(Move(1, 1)) // a pointer move, outside: everything is drawn again
					}
					start := time.Now()
					dst.Fill(colorBackdrop)
					w.Draw(dst)
					cpu += time.Since(start)
					probe.DrawImage(dst.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image), nil)
					probe.ReadPixels(one)
				}
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
			})
		}
	}
}
