package stage

import (
	"math"
	"math/rand/v2"
	"testing"
)

// refShape returns whether s is opaque at a stage point, worked out afresh:
// the sprite's forward transform (size, mirror, turn) is built as a matrix
// and inverted, the point is taken back into the costume, and the mask is
// read at scratch-render's nearest texel.
func refShape(s *Sprite) func(x, y float64) bool {
	c := s.Costumes[s.Costume]
	px, py := math.Floor(s.X+0.5), math.Floor(s.Y+0.5)
	dir, kx, ky := s.Direction, s.Size/100, s.Size/100
	switch s.RotationStyle {
	case LeftRight:
		dir = 90
		if s.Direction < 0 {
			kx = -kx
		}
	case DontRotate:
		dir = 90
	}
	// Forward: a costume point lx, ly (stage pixels from the rotation
	// centre, +y up) is scaled, then turned clockwise by dir-90 degrees.
	t := (dir - 90) * math.Pi / 180
	a, b := math.Cos(t)*kx, math.Sin(t)*ky
	c2, d := -math.Sin(t)*kx, math.Cos(t)*ky
	det := a*d - b*c2
	texel := func(u float64, n int) int {
		u = math.Min(math.Max(u, 0), 1)
		return min(int(math.Floor(u*float64(n-1))), n-1)
	}
	return func(x, y float64) bool {
		ox, oy := x-px, y-py
		lx := (d*ox - b*oy) / det
		ly := (-c2*ox + a*oy) / det
		u := (c.CenterX + lx) / c.Width
		v := (c.CenterY - ly) / c.Height
		const slack = 1e-6
		if u < -slack || u > 1+slack || v < -slack || v > 1+slack {
			return false
		}
		if c.Mask == nil {
			return true
		}
		return c.Mask.Opaque(texel(u, c.Mask.Width()), texel(v, c.Mask.Height()))
	}
}

// refTouching samples every whole-pixel point of the stage.
func refTouching(a, b *Sprite) bool {
	if a == b || !a.Visible || !b.Visible || b.Dragging {
		return false
	}
	inA, inB := refShape(a), refShape(b)
	for x := -Width / 2; x <= Width/2; x++ {
		for y := -Height / 2; y <= Height/2; y++ {
			if inA(float64(x), float64(y)) && inB(float64(x), float64(y)) {
				return true
			}
		}
	}
	return false
}

// checkTouching compares TouchingSprite with the reference, both ways
// round, and with the footprints made, partly made and not made.
func checkTouching(t *testing.T, name string, w *World, a, b *Sprite) bool {
	t.Helper()
	want := refTouching(a, b)
	a.touch, b.touch = nil, nil
	got := [5]bool{
		w.TouchingSprite(a, b), // sampled directly
		w.TouchingSprite(a, b), // both footprints made now
		w.TouchingSprite(b, a),
	}
	b.touch = nil
	got[3] = w.TouchingSprite(a, b) // a's footprint, b sampled
	got[4] = w.TouchingSprite(b, a) // b sampled, a's footprint
	for i, g := range got {
		if g != want {
			t.Errorf("%s: TouchingSprite (way %d) = %v, reference says %v; A at %v,%v dir %v size %v %v, B at %v,%v dir %v size %v %v",
				name, i, g, want, a.X, a.Y, a.Direction, a.Size, a.RotationStyle, b.X, b.Y, b.Direction, b.Size, b.RotationStyle)
			break
		}
	}
	return want
}

// testCostumes are made once: a ring with a hole, a ring with a gap 30
// pixels high on its right (a "C"), a small ball, an L at 1x, a picture with odd sizes, and a
// plain box without a mask.
var testCostumes = func() map[string]Costume {
	gapRing := func(x, y float64) bool { return ring(100, 60)(x, y) && !(x > 0 && math.Abs(y) < 30) }
	ell := func(x, y float64) bool { return x < -5 || y > 8 }
	return map[string]Costume{
		"ring": maskCostume("ring", picture(200, 200, ring(100, 60)), 2), // 100×100, hole of radius 30
		"c":    maskCostume("c", picture(200, 200, gapRing), 2),
		"ball": maskCostume("ball", picture(40, 40, disc(20)), 2), // radius 10
		"ell":  maskCostume("ell", picture(30, 30, ell), 1),
		"odd":  maskCostume("odd", picture(37, 23, disc(15)), 2),
		"box":  box(24, 16),
	}
}()

func touchWorld(ca, cb string) (*World, *Sprite, *Sprite) {
	w := NewWorld()
	a, b := NewSprite("A", testCostumes[ca]), NewSprite("B", testCostumes[cb])
	w.Add(a)
	w.Add(b)
	return w, a, b
}

func TestTouchingWithMasks(t *testing.T) {
	type pose struct {
		x, y, dir, size float64
		style           RotationStyle
	}
	tests := []struct {
		name   string
		ca, cb string
		a, b   pose
		want   bool
	}{
		{"ball in the hole", "ring", "ball", pose{0, 0, 90, 100, AllAround}, pose{0, 0, 90, 100, AllAround}, false},
		{"ball in the hole, off centre", "ring", "ball", pose{0, 0, 90, 100, AllAround}, pose{15, -10, 30, 100, AllAround}, false},
		{"ball on the ring", "ring", "ball", pose{0, 0, 90, 100, AllAround}, pose{40, 0, 90, 100, AllAround}, true},
		{"ball outside", "ring", "ball", pose{0, 0, 90, 100, AllAround}, pose{45, 45, 90, 100, AllAround}, false},
		{"ring shrunk", "ring", "ball", pose{0, 0, 90, 50, AllAround}, pose{40, 0, 90, 100, AllAround}, false},
		{"ring grown", "ring", "ball", pose{0, 0, 90, 200, AllAround}, pose{40, 0, 90, 100, AllAround}, false},
		{"ring grown, ball on it", "ring", "ball", pose{0, 0, 90, 200, AllAround}, pose{80, 0, 90, 100, AllAround}, true},
		{"ball in the gap", "c", "ball", pose{0, 0, 90, 100, AllAround}, pose{40, 0, 90, 100, AllAround}, false},
		{"gap turned up", "c", "ball", pose{0, 0, 0, 100, AllAround}, pose{40, 0, 90, 100, AllAround}, true},
		{"ball in the turned gap", "c", "ball", pose{0, 0, 0, 100, AllAround}, pose{0, 40, 90, 100, AllAround}, false},
		{"gap mirrored left", "c", "ball", pose{0, 0, -90, 100, LeftRight}, pose{40, 0, 90, 100, AllAround}, true},
		{"ball in the mirrored gap", "c", "ball", pose{0, 0, -90, 100, LeftRight}, pose{-40, 0, 90, 100, AllAround}, false},
		{"gap not rotating", "c", "ball", pose{0, 0, 0, 100, DontRotate}, pose{40, 0, 90, 100, AllAround}, false},
		{"gap turned half", "c", "ball", pose{0, 0, -90, 100, AllAround}, pose{-40, 0, 90, 100, AllAround}, false},
		{"box in the hole", "ring", "box", pose{0, 0, 90, 100, AllAround}, pose{0, 0, 45, 100, AllAround}, false},
		{"box across the ring", "ring", "box", pose{0, 0, 90, 100, AllAround}, pose{0, 0, 45, 300, AllAround}, true},
	}
	for _, tt := range tests {
		w, a, b := touchWorld(tt.ca, tt.cb)
		for _, p := range []struct {
			s *Sprite
			pose
		}{{a, tt.a}, {b, tt.b}} {
			place(p.s, p.x, p.y)
			p.s.Direction, p.s.Size, p.s.RotationStyle = p.dir, p.size, p.style
		}
		if got := checkTouching(t, tt.name, w, a, b); got != tt.want {
			t.Errorf("%s: reference says %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTouchingWithMasksRandom(t *testing.T) {
	names := []string{"ring", "c", "ball", "ell", "odd", "box"}
	rng := rand.New(rand.NewPCG(1, 2))
	n := 160
	if testing.Short() {
		n = 40
	}
	var touching int
	for i := range n {
		ca, cb := names[rng.IntN(len(names))], names[rng.IntN(len(names))]
		w, a, b := touchWorld(ca, cb)
		for _, s := range []*Sprite{a, b} {
			place(s, rng.Float64()*60-30, rng.Float64()*60-30)
			s.Direction = math.Round(rng.Float64()*3600)/10 - 179.9
			s.Size = 30 + rng.Float64()*170
			s.RotationStyle = RotationStyle(rng.IntN(3))
		}
		if i%10 == 0 { // now and then one sits on the stage's edge
			place(b, 235, -175)
		}
		if checkTouching(t, "random", w, a, b) {
			touching++
		}
		// Moved by whole pixels, the footprints stay and must still agree.
		place(a, a.X+float64(rng.IntN(21)-10), a.Y+float64(rng.IntN(21)-10))
		if got, want := w.TouchingSprite(a, b), refTouching(a, b); got != want {
			t.Errorf("after moving A to %v,%v: TouchingSprite = %v, reference %v", a.X, a.Y, got, want)
		}
	}
	t.Logf("%d of %d poses touch", touching, n)
	if touching < n/5 || touching > n*4/5 {
		t.Errorf("%d of %d poses touch: the poses test too little", touching, n)
	}
}

func TestTouchingPointWithMask(t *testing.T) {
	w, s := addSprite(t, testCostumes["ring"])
	tests := []struct {
		x, y float64
		want bool
	}{{0, 0, false}, {20, 20, false}, {40, 0, true}, {0, -45, true}, {49, 49, false}}
	for _, tt := range tests {
		if got := w.TouchingPoint(s, tt.x, tt.y); got != tt.want {
			t.Errorf("TouchingPoint(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
		if got, want := w.SpriteAt(tt.x, tt.y) == s, tt.want; got != want {
			t.Errorf("SpriteAt(%v, %v) is the ring: %v, want %v", tt.x, tt.y, got, want)
		}
	}
}

func TestFootprintWord(t *testing.T) {
	// Points 0, 63, 69 and 129 of a 130-point row are set.
	fp := &footprint{w: 130, h: 1, stride: 3, bits: []uint64{1 | 1<<63, 1 << 5, 1 << 1}}
	tests := []struct {
		start int
		want  uint64
	}{
		{0, 1 | 1<<63},
		{63, 1 | 1<<6},
		{64, 1 << 5},
		{-1, 1 << 1},
		{-63, 1 << 63},
		{-64, 0},
		{129, 1},
		{130, 0},
	}
	for _, tt := range tests {
		if got := fp.word(0, tt.start); got != tt.want {
			t.Errorf("word(0, %d) = %#x, want %#x", tt.start, got, tt.want)
		}
	}
}

// BenchmarkTouching300Clones runs one frame of a clone game: each of 300
// clones (and their original) moves a pixel and asks "touching Ring?".
func BenchmarkTouching300Clones(b *testing.B) {
	cases := []struct {
		name   string
		spread float64 // how far from the ring's centre the balls are
		turn   float64 // degrees each ball turns a frame
	}{
		{"scattered", 200, 0},
		{"scattered turning", 200, 7},
		// Every ball in the ring's hole: all bounds overlap, nothing touches.
		{"all near misses", 16, 0},
		{"all near misses turning", 16, 7},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			w := NewWorld()
			target := NewSprite("Ring", testCostumes["ring"])
			ball := NewSprite("Ball", testCostumes["ball"])
			w.Add(target)
			w.Add(ball)
			rng := rand.New(rand.NewPCG(3, 4))
			for range MaxClones {
				c := w.Clone(ball)
				r, a := rng.Float64()*bc.spread, rng.Float64()*2*math.Pi
				c.X, c.Y = math.Round(r*math.Cos(a)), math.Round(r*math.Sin(a))
			}
			var balls []*Sprite
			for _, s := range w.Sprites {
				if s.Name == "Ball" {
					balls = append(balls, s)
				}
			}
			b.ReportAllocs()
			frames, hits := 0, 0
			for b.Loop() {
				step := float64(1 - 2*(frames%2))
				for _, s := range balls {
					s.X += step
					s.Direction += bc.turn
					if w.TouchingSprite(s, target) {
						hits++
					}
				}
				frames++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(frames*len(balls)), "ns/ask")
			b.ReportMetric(float64(hits)/float64(frames), "hits/frame")
		})
	}
}

// TestBenchmarkShapesAreRight checks that the near-miss benchmark's balls
// really sit in the hole, so it measures what it says.
func TestBenchmarkShapesAreRight(t *testing.T) {
	w, ring := addSprite(t, testCostumes["ring"])
	ball := NewSprite("Ball", testCostumes["ball"])
	w.Add(ball)
	for _, p := range [][2]float64{{16, 0}, {0, -16}, {11, 11}, {-12, 10}} {
		place(ball, p[0], p[1])
		if w.TouchingSprite(ball, ring) {
			t.Errorf("a ball at %v touches the ring", p)
		}
	}
}
