package main

import "math"

// pt is a point on the canvas in pixels, +y down.
type pt struct{ x, y float64 }

func (p pt) add(q pt) pt        { return pt{p.x + q.x, p.y + q.y} }
func (p pt) sub(q pt) pt        { return pt{p.x - q.x, p.y - q.y} }
func (p pt) scale(k float64) pt { return pt{p.x * k, p.y * k} }
func (p pt) dot(q pt) float64   { return p.x*q.x + p.y*q.y }
func (p pt) len() float64       { return math.Hypot(p.x, p.y) }
func polar(r, deg float64) pt   { s, c := math.Sincos(deg * math.Pi / 180); return pt{r * c, r * s} }
func (p pt) rotate(deg float64) pt {
	s, c := math.Sincos(deg * math.Pi / 180)
	return pt{p.x*c - p.y*s, p.x*s + p.y*c}
}

// circle is a disc of radius r around c.
func circle(c pt, r float64) shape {
	return func(x, y float64) float64 { return math.Hypot(x-c.x, y-c.y) - r }
}

// ellipse is an axis-aligned ellipse with radii rx and ry, turned by deg degrees around its
// centre. The distance is the usual first-order estimate, exact enough for anti-aliasing.
func ellipse(c pt, rx, ry, deg float64) shape {
	return func(x, y float64) float64 {
		p := pt{x - c.x, y - c.y}.rotate(-deg)
		k0 := math.Hypot(p.x/rx, p.y/ry)
		k1 := math.Hypot(p.x/(rx*rx), p.y/(ry*ry))
		if k1 == 0 {
			return -math.Min(rx, ry)
		}
		return k0 * (k0 - 1) / k1
	}
}

// roundRect is the rectangle from (x0, y0) to (x1, y1) with corners rounded to radius r.
func roundRect(x0, y0, x1, y1, r float64) shape {
	cx, cy := (x0+x1)/2, (y0+y1)/2
	hx, hy := (x1-x0)/2-r, (y1-y0)/2-r
	return func(x, y float64) float64 {
		qx, qy := math.Abs(x-cx)-hx, math.Abs(y-cy)-hy
		out := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
		return out + math.Min(math.Max(qx, qy), 0) - r
	}
}

// capsule is a line from a to b, r pixels thick on each side, with round ends.
func capsule(a, b pt, r float64) shape {
	ab := b.sub(a)
	l2 := ab.dot(ab)
	return func(x, y float64) float64 {
		ap := pt{x - a.x, y - a.y}
		t := 0.0
		if l2 > 0 {
			t = math.Max(0, math.Min(1, ap.dot(ab)/l2))
		}
		return ap.sub(ab.scale(t)).len() - r
	}
}

// polyline is a stroke r pixels thick along the points, with round joins and ends.
func polyline(r float64, pts ...pt) shape {
	var parts []shape
	for i := 1; i < len(pts); i++ {
		parts = append(parts, capsule(pts[i-1], pts[i], r))
	}
	return union(parts...)
}

// polygon is the inside of a simple polygon. The distance is exact.
func polygon(v ...pt) shape {
	return func(x, y float64) float64 {
		p := pt{x, y}
		d := p.sub(v[0]).dot(p.sub(v[0]))
		sign := 1.0
		for i, j := 0, len(v)-1; i < len(v); j, i = i, i+1 {
			e := v[j].sub(v[i])
			w := p.sub(v[i])
			t := math.Max(0, math.Min(1, w.dot(e)/e.dot(e)))
			b := w.sub(e.scale(t))
			d = math.Min(d, b.dot(b))
			c1, c2, c3 := p.y >= v[i].y, p.y < v[j].y, e.x*w.y > e.y*w.x
			if (c1 && c2 && c3) || (!c1 && !c2 && !c3) {
				sign = -sign
			}
		}
		return sign * math.Sqrt(d)
	}
}

// halfPlane is everything on the side of the line through p that normal n points away from.
func halfPlane(p, n pt) shape {
	n = n.scale(1 / n.len())
	return func(x, y float64) float64 { return (x-p.x)*n.x + (y-p.y)*n.y }
}

// leaf is a pointed leaf shape from base, length l and width w, pointing at deg degrees: the
// overlap of two discs.
func leaf(base pt, l, w, deg float64) shape {
	h := w / 2
	c := (l*l/4 - h*h) / (2 * h)
	r := c + h
	mid := base.add(polar(l/2, deg))
	side := polar(c, deg+90)
	return intersect(circle(mid.add(side), r), circle(mid.sub(side), r))
}

func union(ss ...shape) shape {
	return func(x, y float64) float64 {
		d := math.Inf(1)
		for _, s := range ss {
			d = math.Min(d, s(x, y))
		}
		return d
	}
}

func intersect(ss ...shape) shape {
	return func(x, y float64) float64 {
		d := math.Inf(-1)
		for _, s := range ss {
			d = math.Max(d, s(x, y))
		}
		return d
	}
}

// subtract is a with b cut out of it.
func subtract(a, b shape) shape {
	return func(x, y float64) float64 { return math.Max(a(x, y), -b(x, y)) }
}

// grow makes s r pixels larger all round (smaller when r < 0), for outlines.
func grow(s shape, r float64) shape {
	return func(x, y float64) float64 { return s(x, y) - r }
}

// move shifts s by d.
func move(s shape, d pt) shape {
	return func(x, y float64) float64 { return s(x-d.x, y-d.y) }
}

// everywhere covers the whole canvas.
func everywhere(x, y float64) float64 { return -1e9 }
