package stage

import (
	"math"
	"testing"
)

func TestBounds(t *testing.T) {
	topLeft := Costume{Width: 100, Height: 100}
	tests := []struct {
		name  string
		c     Costume
		x, y  float64
		dir   float64
		size  float64
		style RotationStyle
		want  Rect
	}{
		{"centred", box(100, 100), 0, 0, 90, 100, AllAround, Rect{-50, 50, -50, 50}},
		{"moved", box(100, 100), 10, -20, 90, 100, AllAround, Rect{-40, 60, -70, 30}},
		// Drawn at the rounded position: 10.5 rounds up, -20.5 rounds up too.
		{"rounded", box(100, 100), 10.5, -20.5, 90, 100, AllAround, Rect{-39, 61, -70, 30}},
		{"sized", box(100, 60), 0, 0, 90, 50, AllAround, Rect{-25, 25, -15, 15}},
		{"off-centre", topLeft, 0, 0, 90, 100, AllAround, Rect{0, 100, -100, 0}},
		{"left-right facing left", topLeft, 0, 0, -90, 100, LeftRight, Rect{-100, 0, -100, 0}},
		{"left-right facing right", topLeft, 0, 0, 10, 100, LeftRight, Rect{0, 100, -100, 0}},
		{"don't rotate", topLeft, 0, 0, -45, 100, DontRotate, Rect{0, 100, -100, 0}},
		{"upside down", topLeft, 0, 0, -90, 100, AllAround, Rect{-100, 0, 0, 100}},
	}
	for _, tt := range tests {
		w, s := addSprite(t, tt.c)
		place(s, tt.x, tt.y)
		s.Direction, s.Size, s.RotationStyle = tt.dir, tt.size, tt.style
		if got := w.Bounds(s); !rectNear(got, tt.want, 1e-12) {
			t.Errorf("%s: Bounds = %+v, want %+v", tt.name, got, tt.want)
		}
	}

	// Like scratch-render, Bounds carries the rounding of sin(π) ≠ 0: at
	// direction 90 the 100×100 box reaches 50.00000000000001, not 50.
	w, s := addSprite(t, box(100, 100))
	if got := w.Bounds(s).Right; got != 50.00000000000001 {
		t.Errorf("Right = %v, want 50.00000000000001", got)
	}

	// Turned a quarter, a 100×60 box is 60 wide and 100 tall, up to the
	// float32 rounding of scratch-render's matrix.
	s.Costumes[0] = box(100, 60)
	s.Direction = 0
	if b := w.Bounds(s); !rectNear(b, Rect{-30, 30, -50, 50}, 1e-5) {
		t.Errorf("quarter turn: Bounds = %+v", b)
	}
	// Turned 45°, half the width is 50·√2.
	s.Costumes[0] = box(100, 100)
	s.Direction = 45
	h := 50 * math.Sqrt2
	if b := w.Bounds(s); !rectNear(b, Rect{-h, h, -h, h}, 1e-5) {
		t.Errorf("45°: Bounds = %+v, want ±%v", b, h)
	}
}

func rectNear(a, b Rect, tol float64) bool {
	return math.Abs(a.Left-b.Left) <= tol && math.Abs(a.Right-b.Right) <= tol &&
		math.Abs(a.Bottom-b.Bottom) <= tol && math.Abs(a.Top-b.Top) <= tol
}

func TestTouchingEdge(t *testing.T) {
	tests := []struct {
		x, y    float64
		visible bool
		want    bool
	}{
		{0, 0, true, false},
		{190, 0, true, false}, // right edge exactly on the stage edge
		{191, 0, true, true},
		{-191, 0, true, true},
		{0, 130, true, false},
		{0, 131, true, true},
		{0, -131, true, true},
		{191, 0, false, true}, // Scratch ignores visibility here
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(100, 100))
		place(s, tt.x, tt.y)
		s.Visible = tt.visible
		if got := w.TouchingEdge(s); got != tt.want {
			t.Errorf("at %v,%v visible %v: TouchingEdge = %v, want %v", tt.x, tt.y, tt.visible, got, tt.want)
		}
	}
}

func TestTouchingSprite(t *testing.T) {
	type pose struct {
		x, y, dir float64
		hidden    bool
		dragging  bool
	}
	tests := []struct {
		name string
		a, b pose
		want bool
	}{
		{"overlapping", pose{x: 0}, pose{x: 30}, true},
		{"edges meet", pose{x: 0}, pose{x: 100}, true},
		{"one pixel apart", pose{x: 0}, pose{x: 101}, false},
		{"far apart", pose{x: -150}, pose{x: 150}, false},
		{"other hidden", pose{x: 0}, pose{x: 30, hidden: true}, false},
		{"self hidden", pose{x: 0, hidden: true}, pose{x: 30}, false},
		{"other dragged", pose{x: 0}, pose{x: 30, dragging: true}, false},
		{"self dragged", pose{x: 0, dragging: true}, pose{x: 30}, true},
		// Diamonds whose tips overlap along the x axis.
		{"turned tips", pose{x: 0, dir: 45}, pose{x: 110, dir: 45}, true},
		// The bounds overlap, but the diamond does not reach the corner
		// of the square: |50|+|50| > 50·√2.
		{"turned miss", pose{x: 0, dir: 45}, pose{x: 100, y: 100}, false},
		{"turned hit", pose{x: 0, dir: 45}, pose{x: 80, y: 0}, true},
	}
	for _, tt := range tests {
		w := NewWorld()
		a, b := NewSprite("A", box(100, 100)), NewSprite("B", box(100, 100))
		w.Add(a)
		w.Add(b)
		for _, p := range []struct {
			s *Sprite
			pose
		}{{a, tt.a}, {b, tt.b}} {
			place(p.s, p.x, p.y)
			if p.dir != 0 {
				p.s.Direction = p.dir
			}
			p.s.Visible = !p.hidden
			p.s.Dragging = p.dragging
		}
		if got := w.TouchingSprite(a, b); got != tt.want {
			t.Errorf("%s: TouchingSprite = %v, want %v", tt.name, got, tt.want)
		}
	}

	w, a := addSprite(t, box(100, 100))
	if w.TouchingSprite(a, a) {
		t.Error("a sprite touches itself")
	}

	// Only what is on stage counts: two sprites overlapping wholly off
	// stage do not touch, but fenced ones overlap on the 15-pixel strip.
	b := NewSprite("B", box(100, 100))
	w.Add(b)
	place(a, 400, 0)
	place(b, 400, 0)
	if w.TouchingSprite(a, b) {
		t.Error("sprites off stage touch")
	}
	w.SetXY(a, 1000, 0)
	w.SetXY(b, 1000, 0)
	if !w.TouchingSprite(a, b) {
		t.Error("fenced sprites on the same spot do not touch")
	}
}

func TestTouchingPoint(t *testing.T) {
	tests := []struct {
		x, y float64
		want bool
	}{
		{0, 0, true},
		{49.5, 0, true},
		{50, 0, true},   // the costume covers its closed rectangle
		{50.5, 0, true}, // the pointer's pixel is floor(x) ...
		{51, 0, false},
		{-50, 0, true},
		{-50.5, 0, false},
		{0, -50.5, true}, // ... and ceil(y)
		{0, -51, false},
		{0, 50.5, false},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(100, 100))
		if got := w.TouchingPoint(s, tt.x, tt.y); got != tt.want {
			t.Errorf("TouchingPoint(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
		s.Visible = false
		if got := w.TouchingPoint(s, tt.x, tt.y); got != tt.want {
			t.Errorf("hidden: TouchingPoint(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}

	w, s := addSprite(t, box(100, 20))
	s.Direction = 0 // now 20 wide and 100 tall
	if w.TouchingPoint(s, 30, 0) || !w.TouchingPoint(s, 0, 45) {
		t.Error("TouchingPoint ignores the turn")
	}
	bare := NewSprite("bare")
	w.Add(bare)
	if w.TouchingPoint(bare, 0, 0) {
		t.Error("a sprite without costumes touches a point")
	}
}

func TestSpriteAt(t *testing.T) {
	w := NewWorld()
	back, front := NewSprite("back", box(100, 100)), NewSprite("front", box(100, 100))
	w.Add(back)
	w.Add(front)
	place(front, 30, 0)

	tests := []struct {
		name  string
		setup func()
		x, y  float64
		want  *Sprite
	}{
		{"front wins", func() {}, 40, 0, front},
		{"only back", func() {}, -40, 0, back},
		{"nothing", func() {}, 200, 0, nil},
		{"front hidden", func() { front.Visible = false }, 40, 0, back},
		{"front ghosted", func() { front.Effects[EffectGhost] = 100 }, 40, 0, back},
		{"front nearly ghosted", func() { front.Effects[EffectGhost] = 99 }, 40, 0, front},
		{"back in front", func() { w.GoToFront(back) }, 40, 0, back},
	}
	for _, tt := range tests {
		front.Visible, front.Effects = true, [NumEffects]float64{}
		w.Sprites = []*Sprite{back, front}
		tt.setup()
		if got := w.SpriteAt(tt.x, tt.y); got != tt.want {
			t.Errorf("%s: SpriteAt = %v, want %v", tt.name, got, tt.want)
		}
	}
}
