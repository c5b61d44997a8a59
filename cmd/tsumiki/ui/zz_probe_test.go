package ui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"tsumiki/stage/render/gltest"
)

func BenchmarkProbe(b *testing.B) {
	env := testEnv(960, 720, 1)
	for _, c := range []struct {
		name string
		f    func(dst *ebiten.Image)
	}{
		{"fill", func(dst *ebiten.Image) {}},
		{"overlay", func(dst *ebiten.Image) { fillRect(dst, env.Screen, colorOverlay) }},
		{"round400", func(dst *ebiten.Image) { fillRound(dst, rectWH(100, 100, 400, 300), 10, colorWhite) }},
		{"stroke400", func(dst *ebiten.Image) { strokeRound(dst, rectWH(100, 100, 400, 300), 10, 1, colorBorder) }},
		{"circles", func(dst *ebiten.Image) {
			for _, p := range [][2]float32{{110, 110}, {490, 110}, {110, 390}, {490, 390}} {
				vector.FillCircle(dst, p[0], p[1], 10, colorWhite, true)
			}
			fillRect(dst, rectWH(110, 100, 380, 300), colorWhite)
			fillRect(dst, rectWH(100, 110, 400, 280), colorWhite)
		}},
		{"text", func(dst *ebiten.Image) { drawText(dst, "New Variable スコア", env.face(16), 100, 100, colorText) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			gltest.Need(b)
			dst := ebiten.NewImage(960, 720)
			probe := ebiten.NewImage(1, 1)
			one := make([]byte, 4)
			for b.Loop() {
				dst.Fill(colorBackdrop)
				c.f(dst)
				probe.DrawImage(dst.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image), nil)
				probe.ReadPixels(one)
			}
		})
	}
}
