package stage

import "testing"

// BenchmarkMoveBounce300 moves every one of 300 clones (and their original)
// ten steps and bounces it off the edge: one frame of a typical clone
// project.
func BenchmarkMoveBounce300(b *testing.B) {
	b.Run("box", func(b *testing.B) { benchMoveBounce(b, box(20, 20)) })
	// With a mask, bouncing works from the hull of the opaque pixels.
	b.Run("masked ball", func(b *testing.B) { benchMoveBounce(b, testCostumes["ball"]) })
}

func benchMoveBounce(b *testing.B, c Costume) {
	w := NewWorld()
	s := NewSprite("ball", c)
	w.Add(s)
	for i := range MaxClones {
		c := w.Clone(s)
		c.X = float64(i%48)*10 - 235
		c.Y = float64(i/48)*50 - 170
		c.Direction = float64(i*37%360) - 179
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range w.Sprites {
			w.Move(s, 10)
			w.BounceOffEdge(s)
		}
	}
}

func BenchmarkTouchingSprite(b *testing.B) {
	cases := []struct {
		name   string
		bx, by float64
		aDir   float64
	}{
		{"overlap", 30, 0, 90},
		{"apart", 200, 0, 90},
		// The bounds overlap but the shapes do not, so every shared
		// pixel is tested.
		{"near miss", 100, 100, 45},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			w := NewWorld()
			s1, s2 := NewSprite("A", box(100, 100)), NewSprite("B", box(100, 100))
			w.Add(s1)
			w.Add(s2)
			s1.Direction = c.aDir
			place(s2, c.bx, c.by)
			want := c.name == "overlap"
			b.ReportAllocs()
			for b.Loop() {
				if w.TouchingSprite(s1, s2) != want {
					b.Fatal("wrong answer")
				}
			}
		})
	}
}
