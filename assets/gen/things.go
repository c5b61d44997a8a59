package main

import (
	"image"
	"math"
)

// ball is a beach ball in six coloured panels.
func ball() image.Image {
	c := newCanvas(100, 100)
	centre := pt{50, 50}
	disc := circle(centre, 44)
	c.fill(grow(disc, 4), rgb(0x2B3A55))
	colors := []uint32{0xE8483F, 0xFFFFFF, 0xFFC83D, 0xFFFFFF, 0x3D8BEA, 0xFFFFFF}
	for i, col := range colors {
		// A panel is the part of the disc between two rays from the centre.
		from, to := float64(i)*60-150, float64(i+1)*60-150
		panel := intersect(disc,
			halfPlane(centre, polar(1, from-90)),
			halfPlane(centre, polar(1, to+90)))
		c.fill(panel, rgb(col))
	}
	c.fill(circle(centre, 7), rgb(0xFFC83D))
	c.fill(subtract(circle(centre, 8.5), circle(centre, 7)), rgb(0x2B3A55))
	shine := ellipse(pt{32, 28}, 12, 6, -40)
	c.fill(shine, alpha(rgb(0xFFFFFF), 0.7))
	return c.image()
}

// star is a five-pointed star with rounded points.
func star() image.Image {
	c := newCanvas(120, 120)
	var v []pt
	centre := pt{60, 64}
	for i := 0; i < 10; i++ {
		r := 50.0
		if i%2 == 1 {
			r = 21
		}
		v = append(v, centre.add(polar(r, float64(i)*36-90)))
	}
	s := grow(polygon(v...), 2)
	c.fill(grow(s, 4), rgb(0xD97A00))
	c.fill(s, rgb(0xFFD23F))
	c.fill(intersect(s, grow(move(s, pt{3, 4}), -3), halfPlane(centre, pt{0, 1})), rgb(0xFFE68A))
	return c.image()
}

// heart is a heart drawn from the classic heart curve.
func heart() image.Image {
	c := newCanvas(120, 110)
	var v []pt
	for i := 0; i < 120; i++ {
		t := float64(i) / 120 * 2 * math.Pi
		x := 16 * math.Pow(math.Sin(t), 3)
		y := 13*math.Cos(t) - 5*math.Cos(2*t) - 2*math.Cos(3*t) - math.Cos(4*t)
		v = append(v, pt{60 + 3.1*x, 47 - 3.1*y})
	}
	h := polygon(v...)
	c.fill(grow(h, 4), rgb(0xA3233D))
	c.fill(h, rgb(0xF0506E))
	c.fill(ellipse(pt{36, 32}, 10, 6, -35), alpha(rgb(0xFFFFFF), 0.75))
	return c.image()
}

// arrow points right, the way a sprite in direction 90 faces.
func arrow() image.Image {
	c := newCanvas(120, 80)
	a := grow(polygon(
		pt{14, 31}, pt{68, 31}, pt{68, 15}, pt{106, 40},
		pt{68, 65}, pt{68, 49}, pt{14, 49}), 3)
	c.fill(grow(a, 4), rgb(0x1E4F91))
	c.fill(a, rgb(0x3D8BEA))
	c.fill(intersect(a, halfPlane(pt{0, 40}, pt{0, 1}), grow(a, -4)), rgb(0x6DAAF2))
	return c.image()
}

// button is a round green push button seen a little from above.
func button() image.Image {
	c := newCanvas(160, 80)
	top := roundRect(8, 8, 152, 62, 27)
	base := move(top, pt{0, 8})
	c.fill(grow(union(top, base), 4), rgb(0x1E6B36))
	c.fill(base, rgb(0x2E9A4E))
	c.fill(grow(top, 2), rgb(0x1E6B36))
	c.fill(top, rgb(0x4CC36B))
	c.fill(roundRect(26, 16, 134, 30, 7), rgb(0x8DE0A2))
	return c.image()
}

// snowflake has six arms, each with two pairs of branches.
func snowflake() image.Image {
	c := newCanvas(120, 120)
	centre := pt{60, 60}
	var parts []shape
	for i := 0; i < 6; i++ {
		deg := float64(i)*60 - 90
		tip := centre.add(polar(50, deg))
		parts = append(parts, capsule(centre, tip, 4), circle(tip, 5.5))
		for _, b := range []struct{ at, l float64 }{{24, 15}, {38, 9}} {
			p := centre.add(polar(b.at, deg))
			parts = append(parts,
				capsule(p, p.add(polar(b.l, deg-50)), 3.2),
				capsule(p, p.add(polar(b.l, deg+50)), 3.2))
		}
	}
	var hex []pt
	for i := 0; i < 6; i++ {
		hex = append(hex, centre.add(polar(13, float64(i)*60-90)))
	}
	parts = append(parts, grow(polygon(hex...), 2))
	flake := union(parts...)
	c.fill(grow(flake, 3.5), rgb(0x2F78B8))
	c.fill(flake, rgb(0xA6DAF7))
	c.fill(circle(centre, 6), rgb(0xFFFFFF))
	return c.image()
}
