package render

import (
	"image"
	"image/color"
	"math"
	"testing"

	"tsumiki/stage"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestToStage(t *testing.T) {
	// A 40×20 costume with its rotation centre 10 from the left, in the middle vertically.
	c := stage.Costume{Width: 40, Height: 20, CenterX: 10, CenterY: 10}
	tests := []struct {
		name string
		p    pose
		// where the costume's top-right corner (40, 0) lands
		x, y float64
	}{
		{"upright", pose{x: 5, y: 7, direction: 90, scaleX: 1, scaleY: 1}, 35, 17},
		{"double size", pose{direction: 90, scaleX: 2, scaleY: 2}, 60, 20},
		{"pointing down", pose{direction: 180, scaleX: 1, scaleY: 1}, 10, -30},
		{"pointing up", pose{direction: 0, scaleX: 1, scaleY: 1}, -10, 30},
		{"mirrored about the centre", pose{direction: 90, scaleX: -1, scaleY: 1}, -30, 10},
	}
	for _, tt := range tests {
		x, y := tt.p.toStage(c).apply(40, 0)
		if !near(x, tt.x) || !near(y, tt.y) {
			t.Errorf("%s: corner at %v, %v; want %v, %v", tt.name, x, y, tt.x, tt.y)
		}
		// The rotation centre stays at the position.
		x, y = tt.p.toStage(c).apply(10, 10)
		if !near(x, tt.p.x) || !near(y, tt.p.y) {
			t.Errorf("%s: centre at %v, %v; want %v, %v", tt.name, x, y, tt.p.x, tt.p.y)
		}
	}
}

func TestSpritePose(t *testing.T) {
	s := stage.NewSprite("s")
	s.X, s.Y, s.Size, s.Direction = 10.5, -3.5, 50, -45
	tests := []struct {
		style stage.RotationStyle
		want  pose
	}{
		{stage.AllAround, pose{x: 11, y: -3, direction: -45, scaleX: 0.5, scaleY: 0.5}},
		{stage.LeftRight, pose{x: 11, y: -3, direction: 90, scaleX: -0.5, scaleY: 0.5}},
		{stage.DontRotate, pose{x: 11, y: -3, direction: 90, scaleX: 0.5, scaleY: 0.5}},
	}
	for _, tt := range tests {
		s.RotationStyle = tt.style
		if got := spritePose(s); got != tt.want {
			t.Errorf("%v: spritePose = %+v, want %+v", tt.style, got, tt.want)
		}
	}
}

func TestView(t *testing.T) {
	v := newView(image.Rect(100, 50, 100+960, 50+720))
	for _, tt := range []struct{ x, y, dx, dy float64 }{
		{-240, 180, 100, 50},
		{0, 0, 580, 410},
		{240, -180, 1060, 770},
	} {
		dx, dy := v.at(tt.x, tt.y)
		if !near(dx, tt.dx) || !near(dy, tt.dy) {
			t.Errorf("at(%v, %v) = %v, %v; want %v, %v", tt.x, tt.y, dx, dy, tt.dx, tt.dy)
		}
	}
	// onto agrees with at.
	m := pose{x: 30, y: -20, direction: 120, scaleX: 1.5, scaleY: 1.5}.toStage(stage.Costume{Width: 10, Height: 10, CenterX: 5, CenterY: 5})
	x, y := m.apply(3, 7)
	wantX, wantY := v.at(x, y)
	gotX, gotY := v.onto(m).apply(3, 7)
	if !near(gotX, wantX) || !near(gotY, wantY) {
		t.Errorf("onto: %v, %v; want %v, %v", gotX, gotY, wantX, wantY)
	}
}

func TestOutlineAndTopSlice(t *testing.T) {
	// A 2x picture of a triangle pointing up: row y is opaque from 20-y/2 to 20+y/2.
	img := image.NewNRGBA(image.Rect(0, 0, 40, 40))
	for y := 0; y < 40; y++ {
		for x := 20 - y/2; x < 20+y/2+1; x++ {
			img.SetNRGBA(x, y, color.NRGBA{A: 255})
		}
	}
	ol := outline(img, 2, 2)
	if len(ol) < 3 || len(ol) > 8 {
		t.Fatalf("outline has %d points: %v", len(ol), ol)
	}
	for _, p := range ol {
		if p.x < 0 || p.x > 20 || p.y < 0 || p.y > 20 {
			t.Errorf("outline point %v outside the 20×20 costume", p)
		}
	}
	// Drawn upright with its centre at 0, 0, the tip is at y 10. Only the outline's corners
	// count, as in Scratch, so the top slice is the tip.
	m := backdropPose.toStage(stage.Costume{Width: 20, Height: 20, CenterX: 10, CenterY: 10})
	r, ok := topSliceBounds(ol, m)
	if !ok {
		t.Fatal("no top slice")
	}
	if r.top != 10 || r.bottom <= 2 || r.left < -1 || r.right > 1 {
		t.Errorf("top slice %+v; want the top 8 pixels of the triangle", r)
	}
	if got := outline(image.NewNRGBA(image.Rect(0, 0, 4, 4)), 1, 1); got != nil {
		t.Errorf("outline of a transparent picture = %v, want nil", got)
	}
}

func TestFootprint(t *testing.T) {
	// A 40×40 picture with an opaque disc in the middle: the footprint cuts the corners but
	// keeps, inside the picture, every point where filtering reads an opaque pixel: each
	// opaque pixel's square grown by half a pixel.
	img := image.NewNRGBA(image.Rect(0, 0, 40, 40))
	for y := 0; y < 40; y++ {
		for x := 0; x < 40; x++ {
			if math.Hypot(float64(x)+0.5-20, float64(y)+0.5-20) < 15 {
				img.SetNRGBA(x, y, color.NRGBA{A: 255})
			}
		}
	}
	fp := footprint(outline(img, 1, 1), 40, 40)
	if len(fp) < 3 || len(fp) > 8 {
		t.Fatalf("footprint has %d corners: %v", len(fp), fp)
	}
	inside := func(x, y float64) bool {
		for i, p := range fp {
			q := fp[(i+1)%len(fp)]
			if (q.x-p.x)*(y-p.y)-(q.y-p.y)*(x-p.x) < -1e-9 {
				return false
			}
		}
		return true
	}
	for y := 0; y < 40; y++ {
		for x := 0; x < 40; x++ {
			if img.NRGBAAt(x, y).A == 0 {
				continue
			}
			for _, c := range [][2]float64{{-0.5, -0.5}, {1.5, -0.5}, {-0.5, 1.5}, {1.5, 1.5}} {
				if px, py := float64(x)+c[0], float64(y)+c[1]; px >= 0 && py >= 0 && px <= 40 && py <= 40 && !inside(px, py) {
					t.Fatalf("opaque pixel %d,%d: %v, %v is outside the footprint %v", x, y, px, py, fp)
				}
			}
		}
	}
	for _, p := range fp {
		if p.x < 0 || p.x > 40 || p.y < 0 || p.y > 40 {
			t.Errorf("footprint corner %v outside the picture", p)
		}
	}
	if inside(1, 1) || inside(39, 39) {
		t.Errorf("footprint %v keeps the transparent corners", fp)
	}
	if footprint(nil, 4, 4) != nil {
		t.Error("the footprint of an empty outline is not nil")
	}
}
