package stage

import (
	"image"
	"image/color"
	"math"
	"testing"
)

// picture returns a w×h picture that is opaque red where opaque says, given
// the centre of each pixel measured from the picture's middle.
func picture(w, h int, opaque func(x, y float64) bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if opaque(float64(x)+0.5-float64(w)/2, float64(y)+0.5-float64(h)/2) {
				img.SetNRGBA(x, y, color.NRGBA{255, 0, 0, 255})
			}
		}
	}
	return img
}

// maskCostume returns a costume made from img drawn at scale (pixels a
// stage pixel), centred.
func maskCostume(name string, img image.Image, scale float64) Costume {
	b := img.Bounds()
	w, h := float64(b.Dx())/scale, float64(b.Dy())/scale
	return Costume{Name: name, Width: w, Height: h, CenterX: w / 2, CenterY: h / 2, Mask: NewMask(img, scale)}
}

func disc(r float64) func(x, y float64) bool {
	return func(x, y float64) bool { return x*x+y*y <= r*r }
}

func ring(outer, inner float64) func(x, y float64) bool {
	return func(x, y float64) bool { d := x*x + y*y; return d <= outer*outer && d >= inner*inner }
}

func solid(x, y float64) bool { return true }

func TestNewMask(t *testing.T) {
	img := image.NewNRGBA(image.Rect(10, 20, 110, 70)) // bounds need not start at 0,0
	img.SetNRGBA(15, 25, color.NRGBA{0, 0, 0, 1})      // the faintest alpha counts
	img.SetNRGBA(80, 60, color.NRGBA{255, 255, 255, 255})
	img.SetNRGBA(90, 22, color.NRGBA{255, 255, 255, 0}) // white but transparent
	m := NewMask(img, 2)
	if m.Width() != 100 || m.Height() != 50 || m.Scale() != 2 {
		t.Errorf("mask is %d×%d at %v, want 100×50 at 2", m.Width(), m.Height(), m.Scale())
	}
	for _, tt := range []struct {
		x, y int
		want bool
	}{{5, 5, true}, {70, 40, true}, {80, 2, false}, {0, 0, false}, {-1, 5, false}, {100, 5, false}, {5, 50, false}} {
		if got := m.Opaque(tt.x, tt.y); got != tt.want {
			t.Errorf("Opaque(%d, %d) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
	if got, want := m.OpaqueBounds(), image.Rect(5, 5, 71, 41); got != want || m.Empty() {
		t.Errorf("OpaqueBounds = %v (empty %v), want %v", got, m.Empty(), want)
	}

	// Other image types go through At; 16-bit alpha rounds to 8 bits.
	deep := image.NewNRGBA64(image.Rect(0, 0, 3, 1))
	deep.SetNRGBA64(0, 0, color.NRGBA64{A: 128})
	deep.SetNRGBA64(1, 0, color.NRGBA64{A: 129})
	deep.SetNRGBA64(2, 0, color.NRGBA64{A: 0xffff})
	m = NewMask(deep, 0)
	if m.Opaque(0, 0) || !m.Opaque(1, 0) || !m.Opaque(2, 0) || m.Scale() != 1 {
		t.Errorf("16-bit alpha: %v %v %v, scale %v", m.Opaque(0, 0), m.Opaque(1, 0), m.Opaque(2, 0), m.Scale())
	}

	empty := NewMask(image.NewNRGBA(image.Rect(0, 0, 70, 3)), 1)
	if !empty.Empty() || !empty.OpaqueBounds().Empty() || len(empty.hull) != 0 {
		t.Errorf("transparent picture: empty %v, bounds %v, hull %v", empty.Empty(), empty.OpaqueBounds(), empty.hull)
	}
}

func TestTexelIndex(t *testing.T) {
	tests := []struct {
		u    float64
		n    int
		want int
	}{
		{0, 200, 0},
		{0.5, 200, 99}, // floor(99.5)
		{0.999, 200, 198},
		{1, 200, 199}, // only u = 1 reads the last texel
		{1.5, 200, 199},
		{-0.5, 200, 0},
		{0.7, 1, 0},
		{0.3, 0, 0},
	}
	for _, tt := range tests {
		if got := TexelIndex(tt.u, tt.n); got != tt.want {
			t.Errorf("TexelIndex(%v, %d) = %d, want %d", tt.u, tt.n, got, tt.want)
		}
	}
}

func TestBoundsWithMask(t *testing.T) {
	// A 100×100 costume at 2x whose only opaque pixels are the block of
	// columns 40..59 and rows 100..109. scratch-render's hull walks the skin
	// one stage pixel at a time and asks isTouchingLinear at
	// floor(x/100·199) and the texel after it: skin columns 20..30 and rows
	// 50..55 touch. Their centres, 20.5..30.5 and 50.5..55.5, are 29.5..19.5
	// left of the rotation centre and 0.5..5.5 below it.
	img := image.NewNRGBA(image.Rect(0, 0, 200, 200))
	for y := 100; y < 110; y++ {
		for x := 40; x < 60; x++ {
			img.SetNRGBA(x, y, color.NRGBA{0, 0, 0, 255})
		}
	}
	block := maskCostume("block", img, 2)
	full := maskCostume("full", picture(200, 200, solid), 2)
	tests := []struct {
		name    string
		c       Costume
		x, y    float64
		dir     float64
		size    float64
		style   RotationStyle
		visible bool
		want    Rect
	}{
		// Pixel centres: half a pixel inside the picture's edge.
		{"full", full, 0, 0, 90, 100, AllAround, true, Rect{-49.5, 49.5, -49.5, 49.5}},
		{"block", block, 0, 0, 90, 100, AllAround, true, Rect{-29.5, -19.5, -5.5, -0.5}},
		{"block moved", block, 10.4, -20.6, 90, 100, AllAround, true, Rect{-19.5, -9.5, -26.5, -21.5}},
		{"block half size", block, 0, 0, 90, 50, AllAround, true, Rect{-14.75, -9.75, -2.75, -0.25}},
		// Facing up, the block turns a quarter to the left.
		{"block up", block, 0, 0, 0, 100, AllAround, true, Rect{0.5, 5.5, -29.5, -19.5}},
		{"block mirrored", block, 0, 0, -90, 100, LeftRight, true, Rect{19.5, 29.5, -5.5, -0.5}},
		{"block not rotating", block, 0, 0, -30, 100, DontRotate, true, Rect{-29.5, -19.5, -5.5, -0.5}},
		// scratch-render finds no hull for a hidden sprite and falls back
		// on the whole costume.
		{"block hidden", block, 0, 0, 90, 100, AllAround, false, Rect{-50, 50, -50, 50}},
	}
	for _, tt := range tests {
		w, s := addSprite(t, tt.c)
		place(s, tt.x, tt.y)
		s.Direction, s.Size, s.RotationStyle, s.Visible = tt.dir, tt.size, tt.style, tt.visible
		if got := w.Bounds(s); !rectNear(got, tt.want, 1e-5) {
			t.Errorf("%s: Bounds = %+v, want %+v", tt.name, got, tt.want)
		}
		if got, want := w.AABB(s), spriteMatrix(s, &tt.c).aabb(); got != want {
			t.Errorf("%s: AABB = %+v, want %+v", tt.name, got, want)
		}
	}

	// Turned 45°, the tight box of a disc stays about as wide as the disc,
	// while the box of the whole costume grows by √2.
	w, s := addSprite(t, maskCostume("disc", picture(100, 100, disc(40)), 1))
	s.Direction = 45
	if b := w.Bounds(s); b.Width() > 81 || b.Width() < 79 {
		t.Errorf("turned disc is %v wide, want about 80", b.Width())
	}
	if b := w.AABB(s); !near(math.Round(b.Width()*1e4)/1e4, 141.4214) {
		t.Errorf("turned AABB is %v wide, want 141.4214", b.Width())
	}
}

func TestTouchingEdgeWithMask(t *testing.T) {
	// A disc of radius 10 in a 100×100 costume: only the disc counts.
	c := maskCostume("ball", picture(100, 100, disc(10)), 1)
	tests := []struct {
		x, y    float64
		visible bool
		want    bool
	}{
		{200, 0, true, false}, // the costume's rectangle reaches 250, the disc 210
		{229, 0, true, false},
		{231, 0, true, true},
		{0, -171, true, true},
		{200, 0, false, true}, // hidden: the whole rectangle counts, as in Scratch
	}
	for _, tt := range tests {
		w, s := addSprite(t, c)
		place(s, tt.x, tt.y)
		s.Visible = tt.visible
		if got := w.TouchingEdge(s); got != tt.want {
			t.Errorf("at %v,%v visible %v: TouchingEdge = %v, want %v (bounds %+v)",
				tt.x, tt.y, tt.visible, got, tt.want, w.Bounds(s))
		}
	}
}

func TestBounceOffEdgeWithMask(t *testing.T) {
	c := maskCostume("ball", picture(100, 100, disc(10)), 1)

	// Well inside by its disc, though its rectangle is past the edge.
	w, s := addSprite(t, c)
	place(s, 220, 0)
	w.BounceOffEdge(s)
	if s.Direction != 90 || s.X != 220 {
		t.Errorf("bounced from 220: direction %v at %v", s.Direction, s.X)
	}

	// Past the edge by its disc: it turns, and moves back until the disc's
	// bounds are on stage. The lookup scratch-render's hull uses reaches one
	// pixel right of the opaque columns, so facing right the bounds run from
	// 9.5 left of the centre to 10.5 right of it, and turned around from
	// 10.5 left to 9.5 right: 235+9.5 is 4.5 past the edge. As in Scratch,
	// the sprite is then drawn at 231, and its bounds end at 240.5.
	place(s, 235, 0)
	w.BounceOffEdge(s)
	if b := w.Bounds(s); s.Direction != -90 || s.X != 230.5 || b.Right != 240.5 {
		t.Errorf("bounced from 235: direction %v at %v, bounds %+v; want -90 at 230.5, right 240.5", s.Direction, s.X, b)
	}
}
