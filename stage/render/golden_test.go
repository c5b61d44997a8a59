package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/stage"
	"tsumiki/stage/render/gltest"
)

// The golden images are in testdata; go test -update draws them again. Look at them after
// a change: a child must be able to read the bubbles.

func TestGoldenBubbles(t *testing.T) {
	r, store := newTestRenderer(t)
	w := newWorld(t, store, "sky")
	a := addSprite(t, w, store, "tsumi-walk1", -170, -90)
	w.Say(a, stage.BubbleSay, "こんにちは")
	b := addSprite(t, w, store, "ball", -40, 70)
	w.Say(b, stage.BubbleThink, "漢字のテスト")
	// Near the right edge there is no room on the right, so the bubble goes left.
	c := addSprite(t, w, store, "tsumi-walk2", 180, -110)
	w.SetSize(c, 70)
	w.Say(c, stage.BubbleSay, "みんなで あそぼう！今日は いい天気ですね。Let's play!")
	gltest.CheckGolden(t, "bubbles", drawStage(r, w, nil, 960, 720))
}

func TestGoldenRotationStyles(t *testing.T) {
	r, store := newTestRenderer(t)
	w := newWorld(t, store, "grid")
	styles := []stage.RotationStyle{stage.AllAround, stage.LeftRight, stage.DontRotate}
	for i, style := range styles {
		x := float64(i-1) * 150
		s := addSprite(t, w, store, "tsumi-walk1", x, 60)
		w.SetSize(s, 80)
		w.SetRotationStyle(s, style)
		w.SetDirection(s, -45)
		a := addSprite(t, w, store, "arrow", x, -110)
		w.SetRotationStyle(a, style)
		w.SetDirection(a, 150)
	}
	gltest.CheckGolden(t, "rotation-styles", drawStage(r, w, nil, 480, 360))
}

func TestGoldenEffects(t *testing.T) {
	r, store := newTestRenderer(t)
	w := newWorld(t, store, "grid")
	effects := []struct {
		effect stage.Effect
		value  float64
	}{
		{stage.EffectGhost, 0}, // none, to compare with
		{stage.EffectGhost, 50},
		{stage.EffectBrightness, 50},
		{stage.EffectBrightness, -50},
		{stage.EffectColor, 50},
		{stage.EffectColor, 120},
		{stage.EffectFisheye, 80},
		{stage.EffectWhirl, 90},
		{stage.EffectPixelate, 30},
		{stage.EffectMosaic, 15},
	}
	for i, e := range effects {
		s := addSprite(t, w, store, "tsumi-walk1", float64(i%5-2)*95, float64(1-2*(i/5))*85)
		w.SetSize(s, 65)
		w.SetEffect(s, e.effect, e.value)
	}
	gltest.CheckGolden(t, "effects", drawStage(r, w, nil, 960, 720))
}

// handPen returns a pen layer drawn by hand: thick lines in two colours, a half-transparent
// dot, and a stamp of Tsumi (drawn as the pen raster would stamp it).
func handPen(t *testing.T, r *Renderer) *image.NRGBA {
	t.Helper()
	pen := image.NewNRGBA(image.Rect(0, 0, 960, 720))
	line := func(x0, y0, x1, y1, width float64, c color.NRGBA) {
		// A line with round ends, in pen pixels.
		for y := 0; y < 720; y++ {
			for x := 0; x < 960; x++ {
				px, py := float64(x)+0.5, float64(y)+0.5
				dx, dy := x1-x0, y1-y0
				u := 0.0
				if l2 := dx*dx + dy*dy; l2 > 0 {
					u = math.Max(0, math.Min(1, ((px-x0)*dx+(py-y0)*dy)/l2))
				}
				ex, ey := px-(x0+u*dx), py-(y0+u*dy)
				if math.Hypot(ex, ey) <= width/2 {
					pen.SetNRGBA(x, y, c)
				}
			}
		}
	}
	line(80, 600, 880, 120, 24, color.NRGBA{0x00, 0x66, 0xff, 0xff})
	line(100, 100, 860, 640, 10, color.NRGBA{0xff, 0x33, 0x66, 0xff})
	line(480, 360, 480, 360, 160, color.NRGBA{0x33, 0xcc, 0x66, 0x80})
	tsumi := r.costume("library:tsumi-walk1").src
	draw.Draw(pen, tsumi.Bounds().Add(image.Pt(80, 360)), tsumi, tsumi.Bounds().Min, draw.Over)
	return pen
}

func TestGoldenPenAndStamp(t *testing.T) {
	r, store := newTestRenderer(t)
	w := newWorld(t, store, "grid")
	s := addSprite(t, w, store, "tsumi-walk1", 120, 0) // drawn over the pen layer
	w.SetDirection(s, 70)
	gltest.CheckGolden(t, "pen-and-stamp", drawStage(r, w, handPen(t, r), 480, 360))
}

func TestGoldenLayers(t *testing.T) {
	r, store := newTestRenderer(t)
	w := newWorld(t, store, "blank")
	star := addSprite(t, w, store, "star", -40, 30)
	w.SetSize(star, 250)
	addSprite(t, w, store, "heart", 0, 0)
	ball := addSprite(t, w, store, "ball", 40, -20)
	tsumi := addSprite(t, w, store, "tsumi-walk3", -100, -40)
	// A clone goes one layer behind its parent.
	c := w.Clone(tsumi)
	w.SetXY(c, -60, -60)
	w.SetEffect(c, stage.EffectColor, 80)
	// The ball goes to the front; the star stays at the back.
	w.GoToFront(ball)
	hidden := addSprite(t, w, store, "snowflake", 0, 0)
	w.Hide(hidden)
	gltest.CheckGolden(t, "layers", drawStage(r, w, nil, 480, 360))
}

func TestGoldenScaled(t *testing.T) {
	r, store := newTestRenderer(t)
	w := newWorld(t, store, "sky")
	s := addSprite(t, w, store, "tsumi-walk1", -60, -40)
	w.SetDirection(s, 100)
	w.Say(s, stage.BubbleSay, "大きくても小さくても、くっきり！")
	star := addSprite(t, w, store, "star", 150, 100)
	w.SetDirection(star, 20)
	pen := handPen(t, r)

	// Small, in a window, and full screen (1440×1080, 3 pixels a stage pixel).
	gltest.CheckGolden(t, "scaled-small", drawStage(r, w, pen, 320, 240))
	gltest.CheckGolden(t, "scaled-large", drawStage(r, w, pen, 1440, 1080))
}

func TestGoldenLetterbox(t *testing.T) {
	// The stage drawn into part of a larger image, as the app draws it beside its buttons:
	// nothing lands outside the area, even a sprite half off the stage or its bubble.
	r, store := newTestRenderer(t)
	w := newWorld(t, store, "grid")
	s := addSprite(t, w, store, "tsumi-walk1", 0, 0)
	s.X, s.Y = 230, 170 // half off the stage corner
	w.Say(s, stage.BubbleThink, "はみ出さない")
	dst := ebiten.NewImage(500, 300)
	defer dst.Deallocate()
	dst.Fill(color.RGBA{0x20, 0x20, 0x30, 0xff})
	r.Draw(dst, image.Rect(130, 30, 130+320, 30+240), w, nil, 0)
	gltest.CheckGolden(t, "letterbox", gltest.ReadBack(dst))
}
