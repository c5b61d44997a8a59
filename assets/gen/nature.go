package main

import "image"

// sun is a smiling sun with eight rays.
func sun() *image.NRGBA {
	c := newCanvas(180, 180)
	centre := pt{90, 90}
	edge := rgb(0xC2620A)
	var rays []shape
	for i := 0; i < 8; i++ {
		deg := float64(i) * 45
		rays = append(rays, grow(polygon(centre.add(polar(52, deg-13)), centre.add(polar(78, deg)), centre.add(polar(52, deg+13))), 4))
	}
	c.outlined(union(rays...), rgb(0xFFA53D), edge)
	disc := circle(centre, 54)
	c.outlined(disc, rgb(0xFFD23F), edge)
	c.fill(shine(disc, pt{7, 7}, 6), rgb(0xFFE68A))
	c.eye(pt{72, 84}, 6.5, 9)
	c.eye(pt{108, 84}, 6.5, 9)
	c.blush(pt{60, 104}, 8)
	c.blush(pt{120, 104}, 8)
	c.smile(pt{90, 104}, 26, 2.4, edge)
	return c.image()
}

// tulip is a red tulip with two leaves.
func tulip() *image.NRGBA {
	c := newCanvas(140, 240)
	green, greenEdge := rgb(0x5DBB4A), rgb(0x2E6B2A)
	c.outlined(capsule(pt{70, 100}, pt{70, 228}, 5), green, greenEdge)
	c.outlined(leaf(pt{68, 230}, 96, 34, -118), green, greenEdge)
	c.outlined(leaf(pt{72, 230}, 80, 30, -58), rgb(0x86D46F), greenEdge)
	petal, edge := rgb(0xF0506E), rgb(0xA3233D)
	// The cup: a bowl with three pointed petals along its rim.
	bowl := intersect(ellipse(pt{70, 74}, 40, 46, 0), halfPlane(pt{0, 70}, pt{0, -1}))
	rim := grow(polygon(pt{32, 78}, pt{34, 28}, pt{54, 52}, pt{70, 20}, pt{86, 52}, pt{106, 28}, pt{108, 78}), 4)
	cup := union(bowl, rim)
	c.outlined(cup, petal, edge)
	c.fill(intersect(cup, halfPlane(pt{70, 0}, pt{-1, 0}), shine(cup, pt{-8, 0}, 0)), mix(petal, edge, 0.25))
	c.fill(intersect(cup, union(polyline(2, pt{54, 54}, pt{57, 84}, pt{65, 108}), polyline(2, pt{86, 54}, pt{83, 84}, pt{75, 108}))), edge)
	c.fill(ellipse(pt{50, 80}, 5, 14, 10), alpha(white, 0.6))
	return c.image()
}
