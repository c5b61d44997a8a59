package render

import (
	"errors"
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"tsumiki/stage"
	"tsumiki/stage/render/gltest"
)

// stageAt returns the colour at stage point x, y of a 480×360 drawing.
func stageAt(img *image.RGBA, x, y float64) color.RGBA {
	return img.RGBAAt(int(x+240), int(180-y))
}

func closeTo(c, want color.RGBA) bool {
	d := func(a, b uint8) bool { return math.Abs(float64(a)-float64(b)) <= 2 }
	return d(c.R, want.R) && d(c.G, want.G) && d(c.B, want.B) && d(c.A, want.A)
}

func allWhite(img *image.RGBA) bool {
	for i := 0; i < len(img.Pix); i++ {
		if img.Pix[i] != 0xff {
			return false
		}
	}
	return true
}

func TestEmptyStageIsWhite(t *testing.T) {
	r, store := newTestRenderer(t)
	if !allWhite(drawStage(r, nil, nil, 48, 36)) {
		t.Error("a nil world is not drawn as a white stage")
	}
	w := newWorld(t, store, "")
	s := addSprite(t, w, store, "ball", 0, 0)
	w.Say(s, stage.BubbleSay, "見えない")
	w.Hide(s)
	ghost := addSprite(t, w, store, "ball", 50, 0)
	w.SetEffect(ghost, stage.EffectGhost, 100)
	if !allWhite(drawStage(r, w, nil, 480, 360)) {
		t.Error("a hidden sprite, its bubble or a sprite with ghost 100 was drawn")
	}
}

// brokenPictures has no pictures at all.
type brokenPictures struct{}

func (brokenPictures) Image(string) (image.Image, error) { return nil, errors.New("no pictures") }

func TestMissingPicture(t *testing.T) {
	needGL(t)
	r, err := New(brokenPictures{})
	if err != nil {
		t.Fatal(err)
	}
	w := stage.NewWorld()
	s := stage.NewSprite("s", stage.Costume{Name: "gone", Width: 50, Height: 50, CenterX: 25, CenterY: 25, Asset: "library:gone"})
	w.Add(s)
	w.Say(s, stage.BubbleSay, "hello")
	img := drawStage(r, w, nil, 480, 360)
	// The costume is not drawn, but the bubble is, above the sprite's position.
	if c := stageAt(img, 0, 0); !closeTo(c, color.RGBA{255, 255, 255, 255}) {
		t.Errorf("at the sprite: %v, want white", c)
	}
	if allWhite(img) {
		t.Error("the bubble of a sprite whose picture is missing was not drawn")
	}
}

func TestPenUploadsOnlyOnNewVersion(t *testing.T) {
	r, _ := newTestRenderer(t)
	pen := image.NewNRGBA(image.Rect(0, 0, 960, 720))
	fill := func(c color.NRGBA) {
		for i := 0; i < len(pen.Pix); i += 4 {
			pen.Pix[i], pen.Pix[i+1], pen.Pix[i+2], pen.Pix[i+3] = c.R, c.G, c.B, c.A
		}
	}
	draw := func(version int) color.RGBA {
		dst := ebiten.NewImage(480, 360)
		defer dst.Deallocate()
		r.Draw(dst, dst.Bounds(), nil, pen, version)
		return stageAt(gltest.ReadBack(dst), 10, 10)
	}
	fill(color.NRGBA{255, 0, 0, 255})
	if c := draw(1); !closeTo(c, color.RGBA{255, 0, 0, 255}) {
		t.Fatalf("pen version 1: %v, want red", c)
	}
	fill(color.NRGBA{0, 0, 255, 255})
	if c := draw(1); !closeTo(c, color.RGBA{255, 0, 0, 255}) {
		t.Errorf("same version again: %v, want the red already uploaded", c)
	}
	if c := draw(2); !closeTo(c, color.RGBA{0, 0, 255, 255}) {
		t.Errorf("pen version 2: %v, want blue", c)
	}
	// Half-transparent pen over the white stage.
	fill(color.NRGBA{0, 0, 0, 128})
	if c := draw(3); !closeTo(c, color.RGBA{127, 127, 127, 255}) {
		t.Errorf("half-transparent black pen: %v, want grey", c)
	}
	if c := draw(3); !closeTo(c, color.RGBA{127, 127, 127, 255}) {
		t.Errorf("half-transparent black pen drawn again: %v, want grey", c)
	}
}

func TestPenOfAnyImageType(t *testing.T) {
	r, _ := newTestRenderer(t)
	// A premultiplied RGBA pen, a quarter of the usual size: it still covers the stage.
	pen := image.NewRGBA(image.Rect(0, 0, 240, 180))
	for y := 0; y < 90; y++ {
		for x := 0; x < 240; x++ {
			pen.SetRGBA(x, y, color.RGBA{0, 100, 0, 200}) // green at 78%
		}
	}
	img := drawStage(r, nil, pen, 480, 360)
	if c := stageAt(img, 0, 100); !closeTo(c, color.RGBA{55, 155, 55, 255}) {
		t.Errorf("top half: %v, want green over white", c)
	}
	if c := stageAt(img, 0, -100); !closeTo(c, color.RGBA{255, 255, 255, 255}) {
		t.Errorf("bottom half: %v, want white", c)
	}
}

// solidPictures has one picture, "solid": a red 100×60 rectangle, drawn at 2x.
type solidPictures struct{}

func (solidPictures) Image(asset string) (image.Image, error) {
	if asset != "solid" {
		return nil, errors.New("no such picture")
	}
	img := image.NewNRGBA(image.Rect(0, 0, 100, 60))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+3] = 255, 255
	}
	return img, nil
}

func TestSpriteLandsWhereTheStageSays(t *testing.T) {
	needGL(t)
	r, err := New(solidPictures{})
	if err != nil {
		t.Fatal(err)
	}
	w := stage.NewWorld()
	s := stage.NewSprite("s", stage.Costume{Width: 50, Height: 30, CenterX: 10, CenterY: 5, Asset: "solid"})
	w.Add(s)
	w.SetXY(s, 30.4, -20.6)
	w.SetSize(s, 150)
	for _, dir := range []float64{90, 30, -135} {
		w.SetDirection(s, dir)
		b := w.Bounds(s)
		for _, size := range []struct{ w, h int }{{480, 360}, {960, 720}, {320, 240}} {
			img := drawStage(r, w, nil, size.w, size.h)
			kx, ky := float64(size.w)/480, float64(size.h)/360
			at := func(x, y float64) color.RGBA {
				return img.RGBAAt(int((x+240)*kx), int((180-y)*ky))
			}
			// The drawing fills the stage's bounds of the sprite: red reaches within a
			// pixel or two of each edge (the tip of a turned corner fades) and never past.
			var minX, maxX, minY, maxY = math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
			for py := 0; py < size.h; py++ {
				for px := 0; px < size.w; px++ {
					if c := img.RGBAAt(px, py); c.G < 128 {
						x, y := (float64(px)+0.5)/kx-240, 180-(float64(py)+0.5)/ky
						minX, maxX = math.Min(minX, x), math.Max(maxX, x)
						minY, maxY = math.Min(minY, y), math.Max(maxY, y)
					}
				}
			}
			tol := 0.5 + 1.5/kx
			if math.Abs(minX-b.Left) > tol || math.Abs(maxX-b.Right) > tol || math.Abs(minY-b.Bottom) > tol || math.Abs(maxY-b.Top) > tol {
				t.Errorf("direction %v, %dx%d: red from x %.1f to %.1f, y %.1f to %.1f; bounds %+v",
					dir, size.w, size.h, minX, maxX, minY, maxY, b)
			}
			if c := at(30, -21); !closeTo(c, color.RGBA{255, 0, 0, 255}) {
				t.Errorf("direction %v, %dx%d: at the rotation centre %v, want red", dir, size.w, size.h, c)
			}
		}
	}
}

func TestFace(t *testing.T) {
	r, _ := newTestRenderer(t)
	for _, size := range []float64{14, 48} {
		f := r.Face(size)
		if w := text.Advance("あいう", f); math.Abs(w-3*size) > 0.5 {
			t.Errorf("Face(%v): three kana are %v wide, want %v", size, w, 3*size)
		}
		if m := f.Metrics(); m.HAscent < 0.8*size || m.HAscent > 1.2*size {
			t.Errorf("Face(%v): ascent %v", size, m.HAscent)
		}
	}
}

func TestBubbleKeepsItsSide(t *testing.T) {
	// As in Scratch, a bubble moves to the left of its sprite only when it does not fit on
	// the right, and then stays on the left while it fits there.
	r, store := newTestRenderer(t)
	w := newWorld(t, store, "")
	s := addSprite(t, w, store, "ball", 0, 0)
	w.Say(s, stage.BubbleSay, "こんにちは")
	steps := []struct {
		x     float64
		right bool
	}{
		{0, true},
		{200, false}, // no room on the right
		{0, false},   // room on both sides: stays left
		{-200, true}, // no room on the left
	}
	for _, st := range steps {
		w.SetXY(s, st.x, 0)
		drawStage(r, w, nil, 480, 360)
		if got := r.bubbles[s].onRight; got != st.right {
			t.Errorf("at x %v: bubble on the right %v, want %v", st.x, got, st.right)
		}
	}
	// A sprite that leaves the world takes its bubble state with it.
	w.Say(s, stage.BubbleSay, "")
	c := w.Clone(s)
	w.Say(c, stage.BubbleThink, "クローン")
	drawStage(r, w, nil, 480, 360)
	w.Remove(c)
	drawStage(r, w, nil, 480, 360)
	if _, ok := r.bubbles[c]; ok {
		t.Error("the bubble state of a deleted clone is kept")
	}
}
