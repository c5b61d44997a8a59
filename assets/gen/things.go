package main

import (
	"image"
	"image/color"
	"math"
)

// ball is a beach ball in six coloured panels.
func ball() *image.NRGBA {
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
func star() *image.NRGBA {
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
func heart() *image.NRGBA {
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
func arrow() *image.NRGBA {
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
func button() *image.NRGBA {
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
func snowflake() *image.NRGBA {
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

// pencil is a yellow pencil lying from its eraser at the top right down to its point at the
// bottom left, so a sprite with its rotation centre on the point draws where the point is.
func pencil() *image.NRGBA {
	c := newCanvas(200, 200)
	tip := pt{16, 184}
	u, n := pt{1, -1}.scale(1/math.Sqrt2), pt{1, 1}.scale(1/math.Sqrt2)
	at := func(t, s float64) pt { return tip.add(u.scale(t)).add(n.scale(s)) }
	band := func(t0, t1, s0, s1 float64) shape { return polygon(at(t0, s0), at(t1, s0), at(t1, s1), at(t0, s1)) }
	edge := rgb(0x5B3A1E)
	all := union(polygon(tip, at(44, 17), at(44, -17)), grow(band(44, 230, -15, 15), 2))
	c.fill(grow(all, stroke), edge)
	c.fill(grow(band(210, 230, -15, 15), 2), rgb(0xF7A1B5))
	c.fill(band(186, 210, -17, 17), rgb(0xB8C2CF))
	for _, t := range []float64{194, 202} {
		c.fill(capsule(at(t, -16), at(t, 16), 1.2), rgb(0x6E7F98))
	}
	c.fill(band(44, 186, -17, 17), rgb(0xFFC83D))
	c.fill(band(44, 186, -6, 6), rgb(0xFFDD6E))
	c.fill(band(44, 186, 6, 17), rgb(0xF0A92A))
	c.fill(polygon(tip, at(44, 17), at(44, -17)), rgb(0xF4D2A2))
	c.fill(polygon(tip, at(16, 6), at(16, -6)), rgb(0x3A3A48))
	return c.image()
}

// balloon is a red balloon on a string.
func balloon() *image.NRGBA {
	c := newCanvas(130, 250)
	edge := redEdge
	var str []pt
	for i := 0; i <= 12; i++ {
		y := 142 + float64(i)*8
		str = append(str, pt{65 + 7*math.Sin(float64(i)*0.9), y})
	}
	c.fill(polyline(1.8, str...), rgb(0x6E7F98))
	body := ellipse(pt{65, 74}, 54, 64, 0)
	c.outlined(union(body, grow(polygon(pt{65, 130}, pt{56, 146}, pt{74, 146}), 2)), red, edge)
	c.fill(intersect(body, shine(body, pt{-10, -10}, 0)), rgb(0xC93028))
	c.fill(ellipse(pt{40, 50}, 10, 18, 30), alpha(white, 0.8))
	return c.image()
}

// randoseru is the leather school bag Japanese pupils carry on their backs.
func randoseru() *image.NRGBA {
	c := newCanvas(190, 200)
	leather, edge, dark := rgb(0xD8363A), rgb(0x6E1418), rgb(0xB02A2E)
	c.outlined(polyline(7, pt{70, 34}, pt{76, 14}, pt{114, 14}, pt{120, 34}), dark, edge)
	bag := roundRect(22, 28, 168, 186, 28)
	c.outlined(bag, dark, edge)
	flap := union(roundRect(22, 28, 168, 110, 28), ellipse(pt{95, 108}, 73, 44, 0))
	c.outlined(intersect(grow(bag, 1), flap), leather, edge)
	c.fill(shine(flap, pt{6, 8}, 6), mix(leather, white, 0.3))
	c.fill(capsule(pt{40, 176}, pt{150, 176}, 3), rgb(0xFFD23F))
	c.outlined(roundRect(83, 132, 107, 160, 6), rgb(0xFFD23F), rgb(0x8A5A00))
	c.fill(roundRect(90, 140, 100, 152, 2), rgb(0xC99A1E))
	return c.image()
}

// circleShape is a plain green disc.
func circleShape() *image.NRGBA {
	return plainShape(120, 120, circle(pt{60, 60}, 50), rgb(0x4CC36B), rgb(0x1E6B36))
}

// square is a plain orange square with rounded corners.
func square() *image.NRGBA {
	return plainShape(120, 120, roundRect(12, 12, 108, 108, 8), rgb(0xFF9A2E), rgb(0xA3520C))
}

// triangle is a plain purple triangle, pointing up.
func triangle() *image.NRGBA {
	return plainShape(130, 120, grow(polygon(pt{65, 14}, pt{118, 104}, pt{12, 104}), 4), rgb(0x9B6FE0), rgb(0x52309A))
}

// plainShape draws s on a w×h canvas in col with an outline and a highlight, as the star is.
func plainShape(w, h int, s shape, col, edge color.NRGBA) *image.NRGBA {
	c := newCanvas(w, h)
	c.outlined(s, col, edge)
	c.fill(shine(s, pt{6, 6}, 5), mix(col, white, 0.35))
	return c.image()
}
