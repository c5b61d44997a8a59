package main

import "image"

// apple is a shiny red apple with a leaf.
func apple() *image.NRGBA {
	c := newCanvas(150, 160)
	edge := rgb(0x8A1F1A)
	c.outlined(capsule(pt{75, 54}, pt{80, 20}, 4.5), rgb(0x8A5A34), rgb(0x4A2E16))
	l := leaf(pt{82, 34}, 40, 20, -25)
	c.outlined(l, rgb(0x5DBB4A), rgb(0x2E6B2A))
	c.fill(capsule(pt{84, 33}, pt{112, 20}, 1.5), rgb(0x2E6B2A))
	body := union(circle(pt{54, 94}, 46), circle(pt{96, 94}, 46), ellipse(pt{75, 112}, 56, 38, 0))
	c.outlined(body, red, edge)
	c.fill(intersect(body, shine(body, pt{-8, -8}, 0), halfPlane(pt{0, 100}, pt{0, -1})), rgb(0xC93028))
	c.fill(ellipse(pt{44, 80}, 9, 16, 25), alpha(white, 0.8))
	return c.image()
}

// onigiri is a rice ball wrapped in a strip of nori.
func onigiri() *image.NRGBA {
	c := newCanvas(180, 170)
	edge := rgb(0x5A6470)
	rice := grow(polygon(pt{90, 26}, pt{154, 130}, pt{26, 130}), 20)
	c.outlined(rice, white, edge)
	c.fill(intersect(rice, shine(rice, pt{-8, -8}, 0)), rgb(0xE9EDF2))
	for _, g := range []struct {
		p   pt
		deg float64
	}{{pt{70, 62}, 30}, {pt{110, 58}, -20}, {pt{56, 100}, 70}, {pt{126, 98}, 10}, {pt{92, 40}, 80}} {
		c.fill(ellipse(g.p, 5, 2.5, g.deg), rgb(0xDCE2EA))
	}
	nori := intersect(rice, roundRect(56, 100, 124, 200, 6))
	c.fill(grow(nori, 1), edge)
	c.fill(nori, rgb(0x23352B))
	c.fill(intersect(nori, capsule(pt{66, 112}, pt{66, 140}, 3)), rgb(0x3E5A48))
	return c.image()
}

// iceCream is two scoops, strawberry on mint, on a waffle cone with a cherry on top.
func iceCream() *image.NRGBA {
	c := newCanvas(140, 250)
	coneEdge := rgb(0x8A5A2A)
	cone := grow(polygon(pt{28, 118}, pt{112, 118}, pt{70, 236}), 4)
	c.outlined(cone, rgb(0xE9B06A), coneEdge)
	for i := -3; i <= 3; i++ {
		x := 70 + float64(i)*22
		c.fill(intersect(cone, union(capsule(pt{x - 60, 110}, pt{x + 60, 250}, 1.6), capsule(pt{x + 60, 110}, pt{x - 60, 250}, 1.6))), coneEdge)
	}
	mint := union(circle(pt{70, 108}, 42), circle(pt{40, 130}, 12), circle(pt{64, 134}, 13), circle(pt{92, 132}, 12))
	c.outlined(mint, rgb(0x9DE3C8), rgb(0x2E8A66))
	c.fill(shine(mint, pt{7, 7}, 5), rgb(0xCFF3E4))
	straw := union(circle(pt{70, 62}, 38), circle(pt{44, 82}, 11), circle(pt{70, 88}, 12), circle(pt{96, 82}, 11))
	c.outlined(straw, rgb(0xFF9FBF), rgb(0xB0406A))
	c.fill(shine(straw, pt{7, 7}, 5), rgb(0xFFD1E1))
	c.outlined(polyline(2, pt{76, 18}, pt{84, 6}, pt{94, 2}), rgb(0x5DBB4A), rgb(0x2E6B2A))
	c.outlined(circle(pt{72, 24}, 11), red, redEdge)
	c.fill(circle(pt{68, 20}, 3.5), alpha(white, 0.85))
	return c.image()
}

// dango is hanami dango: pink, white and green rice dumplings on a skewer.
func dango() *image.NRGBA {
	c := newCanvas(180, 250)
	from, to := pt{40, 236}, pt{148, 16}
	at := func(t float64) pt { return from.add(to.sub(from).scale(t)) }
	c.outlined(capsule(from, at(0.92), 4.5), rgb(0xE9C58A), rgb(0x8A5A2A))
	balls := []struct {
		t         float64
		col, edge uint32
	}{{0.32, 0x9CCB6B, 0x4A7A2A}, {0.56, 0xFFFBF2, 0x8C8FA3}, {0.8, 0xF9A8C4, 0xB0406A}}
	for _, b := range balls {
		p := at(b.t)
		ball := circle(p, 33)
		c.outlined(ball, rgb(b.col), rgb(b.edge))
		c.fill(shine(ball, pt{6, 6}, 5), mix(rgb(b.col), white, 0.5))
	}
	return c.image()
}
