package stage

import (
	"math"
	"testing"
)

// box returns a w×h costume with its rotation centre in the middle.
func box(w, h float64) Costume {
	return Costume{Name: "box", Width: w, Height: h, CenterX: w / 2, CenterY: h / 2}
}

// addSprite adds a sprite wearing costume to a new world and returns both.
func addSprite(t testing.TB, c Costume) (*World, *Sprite) {
	t.Helper()
	w := NewWorld()
	s := NewSprite("S", c)
	w.Add(s)
	return w, s
}

// place puts s at x, y without fencing, pen or redraw, for setting up tests.
func place(s *Sprite, x, y float64) { s.X, s.Y = x, y }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
