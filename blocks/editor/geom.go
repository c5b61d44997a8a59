package editor

import "math"

// Point is a position in workspace units: x to the right, y down, as on the screen at zoom 1.
type Point struct{ X, Y float64 }

// Add returns p moved by q.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Sub returns the vector from q to p.
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

// Dist returns the distance between p and q.
func (p Point) Dist(q Point) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }

// Rect is a rectangle in workspace units: its top-left corner and its size.
type Rect struct{ X, Y, W, H float64 }

// Min returns the top-left corner.
func (r Rect) Min() Point { return Point{r.X, r.Y} }

// Max returns the bottom-right corner.
func (r Rect) Max() Point { return Point{r.X + r.W, r.Y + r.H} }

// Contains reports whether p is inside r, its top and left edges included.
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X < r.X+r.W && p.Y >= r.Y && p.Y < r.Y+r.H
}

// Union returns the smallest rectangle holding r and s. An empty rectangle adds nothing.
func (r Rect) Union(s Rect) Rect {
	if r.W <= 0 && r.H <= 0 {
		return s
	}
	if s.W <= 0 && s.H <= 0 {
		return r
	}
	x0, y0 := math.Min(r.X, s.X), math.Min(r.Y, s.Y)
	x1, y1 := math.Max(r.X+r.W, s.X+s.W), math.Max(r.Y+r.H, s.Y+s.H)
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

func (r Rect) moved(d Point) Rect { return Rect{r.X + d.X, r.Y + d.Y, r.W, r.H} }
