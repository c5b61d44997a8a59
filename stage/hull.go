package stage

import "slices"

// Point is a point in the plane: the geometry the world and its drawing share.
type Point struct{ X, Y float64 }

// ConvexHull returns the convex hull of pts by Andrew's monotone chain, without collinear or
// repeated points, counter-clockwise when +y points down. pts is left as it was.
func ConvexHull(pts []Point) []Point {
	pts = slices.Clone(pts)
	slices.SortFunc(pts, func(p, q Point) int {
		switch {
		case p.X < q.X:
			return -1
		case p.X > q.X:
			return 1
		case p.Y < q.Y:
			return -1
		case p.Y > q.Y:
			return 1
		}
		return 0
	})
	pts = slices.Compact(pts)
	if len(pts) < 3 {
		return pts
	}
	cross := func(o, a, b Point) float64 {
		return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X)
	}
	hull := make([]Point, 0, 2*len(pts))
	for _, p := range pts {
		for len(hull) >= 2 && cross(hull[len(hull)-2], hull[len(hull)-1], p) <= 0 {
			hull = hull[:len(hull)-1]
		}
		hull = append(hull, p)
	}
	lower := len(hull) + 1
	for i := len(pts) - 2; i >= 0; i-- {
		p := pts[i]
		for len(hull) >= lower && cross(hull[len(hull)-2], hull[len(hull)-1], p) <= 0 {
			hull = hull[:len(hull)-1]
		}
		hull = append(hull, p)
	}
	return hull[:len(hull)-1]
}
