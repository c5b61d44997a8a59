package main

import (
	"image"
	"image/color"
)

// The vehicles face right, as sprites in direction 90 do, except the rocket, which points up
// to fly into the sky.

var (
	tyre    = rgb(0x3A3A48)
	hubcap  = rgb(0xC9D1DC)
	chrome  = rgb(0xDDE3EA)
	lamp    = rgb(0xFFE14D)
	redEdge = rgb(0x7A1E1A)
)

// wheel draws a tyre of radius r around p.
func (c *canvas) wheel(p pt, r float64) {
	c.outlined(circle(p, r), tyre, ink)
	c.fill(circle(p, r*0.48), hubcap)
	c.fill(circle(p, r*0.16), tyre)
}

// window draws a pane of glass with a white glint, inside a thin frame of edge.
func (c *canvas) window(s shape, edge color.NRGBA) {
	c.fill(grow(s, 3), edge)
	c.fill(s, glass)
	c.fill(shine(s, pt{-6, 6}, 3), mix(glass, white, 0.6))
}

// car is a little red car.
func car() *image.NRGBA {
	c := newCanvas(240, 150)
	body := union(roundRect(12, 62, 228, 116, 20), grow(polygon(pt{64, 68}, pt{88, 24}, pt{156, 24}, pt{190, 68}), 8))
	c.outlined(body, red, redEdge)
	c.fill(shine(roundRect(12, 62, 228, 116, 20), pt{0, 6}, 5), mix(red, white, 0.3))
	c.window(grow(polygon(pt{96, 34}, pt{120, 34}, pt{120, 62}, pt{80, 62}), 3), redEdge)
	c.window(grow(polygon(pt{132, 34}, pt{152, 34}, pt{176, 62}, pt{132, 62}), 3), redEdge)
	c.fill(capsule(pt{126, 66}, pt{126, 108}, 1.8), redEdge)
	c.fill(capsule(pt{134, 78}, pt{146, 78}, 3), redEdge)
	c.outlined(ellipse(pt{218, 80}, 8, 10, 0), lamp, redEdge)
	c.outlined(roundRect(10, 74, 20, 90, 4), rgb(0xFF9A2E), redEdge)
	c.outlined(roundRect(200, 104, 232, 116, 5), chrome, rgb(0x6E7F98))
	c.outlined(roundRect(8, 104, 36, 116, 5), chrome, rgb(0x6E7F98))
	c.wheel(pt{64, 116}, 22)
	c.wheel(pt{178, 116}, 22)
	return c.image()
}

// bus is a yellow kindergarten bus, as Japanese children ride to school.
func bus() *image.NRGBA {
	c := newCanvas(300, 180)
	yellow, edge := rgb(0xFFC83D), rgb(0x8A5A00)
	body := roundRect(10, 16, 290, 142, 26)
	c.outlined(body, yellow, edge)
	c.fill(shine(body, pt{0, 8}, 6), mix(yellow, white, 0.4))
	c.fill(intersect(body, roundRect(0, 98, 300, 112, 0)), rgb(0x3DA35D))
	for i := 0; i < 3; i++ {
		x := 28 + float64(i)*44
		c.window(roundRect(x, 34, x+34, 74, 8), edge)
	}
	c.window(roundRect(204, 34, 238, 74, 8), edge)
	c.window(roundRect(252, 34, 278, 86, 8), edge)
	c.outlined(roundRect(160, 34, 190, 132, 6), mix(yellow, edge, 0.15), edge)
	c.window(roundRect(166, 42, 184, 82, 4), edge)
	c.outlined(ellipse(pt{284, 114}, 7, 9, 0), lamp, edge)
	c.outlined(roundRect(268, 130, 294, 142, 5), chrome, rgb(0x6E7F98))
	c.wheel(pt{70, 142}, 24)
	c.wheel(pt{234, 142}, 24)
	return c.image()
}

// train is a Shinkansen bullet train, white with a blue stripe and a long nose.
func train() *image.NRGBA {
	c := newCanvas(330, 150)
	paint, blue := rgb(0xF7F9FC), rgb(0x2F6FD0)
	for _, x := range []float64{44, 70, 176, 202} {
		c.wheel(pt{x, 120}, 11)
	}
	body := union(roundRect(8, 26, 230, 120, 14),
		grow(polygon(pt{200, 30}, pt{236, 32}, pt{276, 52}, pt{310, 88}, pt{316, 106}, pt{306, 114}, pt{200, 114}), 6))
	c.outlined(body, paint, navy)
	c.fill(intersect(body, union(roundRect(0, 84, 330, 96, 0), roundRect(0, 104, 330, 108, 0))), blue)
	for i := 0; i < 7; i++ {
		x := 22 + float64(i)*26
		c.window(roundRect(x, 46, x+16, 64, 5), navy)
	}
	c.window(grow(polygon(pt{232, 44}, pt{260, 48}, pt{282, 66}, pt{240, 66}), 3), navy)
	c.fill(capsule(pt{206, 40}, pt{206, 78}, 1.8), navy)
	c.outlined(ellipse(pt{300, 100}, 6, 4, -30), lamp, navy)
	return c.image()
}

// boat is a sailing boat with two white sails.
func boat() *image.NRGBA {
	c := newCanvas(220, 200)
	sail, sailEdge := rgb(0xFFFFFF), navy
	c.outlined(capsule(pt{104, 22}, pt{104, 136}, 4), rgb(0xB07A4A), rgb(0x5B3A1E))
	c.outlined(grow(polygon(pt{104, 14}, pt{130, 22}, pt{104, 30}), 2), red, redEdge)
	mainsail := grow(polygon(pt{114, 30}, pt{190, 120}, pt{114, 120}), 3)
	c.outlined(mainsail, sail, sailEdge)
	c.fill(intersect(mainsail, capsule(pt{100, 94}, pt{200, 94}, 5)), rgb(0x3D8BEA))
	c.outlined(grow(polygon(pt{96, 46}, pt{96, 120}, pt{40, 120}), 3), rgb(0xE6F2FF), sailEdge)
	hull := grow(polygon(pt{16, 134}, pt{206, 134}, pt{178, 176}, pt{42, 176}), 5)
	c.outlined(hull, rgb(0x2F6FD0), navy)
	c.fill(intersect(hull, roundRect(0, 132, 220, 146, 0)), white)
	for _, x := range []float64{80, 112, 144} {
		c.outlined(circle(pt{x, 160}, 5), glass, navy)
	}
	return c.image()
}

// rocket is a space rocket pointing up, its engine lit.
func rocket() *image.NRGBA {
	c := newCanvas(160, 280)
	body := intersect(ellipse(pt{80, 128}, 42, 110, 0), halfPlane(pt{0, 204}, pt{0, 1}))
	flame := union(circle(pt{80, 226}, 20), polygon(pt{60, 226}, pt{80, 276}, pt{100, 226}))
	c.fill(grow(flame, 2), rgb(0xFF9A2E))
	c.fill(move(grow(flame, -7), pt{0, -4}), lamp)
	c.outlined(roundRect(58, 196, 102, 214, 5), rgb(0x9AA6B8), navy)
	for _, s := range []float64{-1, 1} {
		fin := grow(polygon(pt{80 + s*34, 140}, pt{80 + s*64, 196}, pt{80 + s*64, 222}, pt{80 + s*34, 202}), 4)
		c.outlined(fin, red, redEdge)
	}
	c.outlined(body, rgb(0xF4F6FA), navy)
	c.fill(intersect(body, halfPlane(pt{0, 66}, pt{0, 1})), red)
	c.fill(intersect(body, capsule(pt{0, 66}, pt{160, 66}, 2)), redEdge)
	c.fill(shine(body, pt{8, 0}, 6), rgb(0xFFFFFF))
	c.fill(intersect(body, shine(body, pt{-8, 0}, 0)), rgb(0xD5DCE8))
	c.outlined(circle(pt{80, 116}, 20), rgb(0x9AA6B8), navy)
	c.window(circle(pt{80, 116}, 13), navy)
	c.outlined(capsule(pt{80, 172}, pt{80, 204}, 6), red, redEdge)
	return c.image()
}
