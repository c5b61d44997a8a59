package main

import (
	"image"
	"image/color"
)

// People are drawn from the front, as children draw them: a big head, a short body, and one
// hand raised to wave.

var (
	skinEdge  = rgb(0x8A5A3C)
	hairBlack = rgb(0x2E2A36)
	hairEdge  = rgb(0x15131A)
)

// boy is a first-year pupil in the yellow cap Japanese children wear to walk to school.
func boy() *image.NRGBA {
	c := newCanvas(180, 280)
	shirt, shirtEdge := rgb(0x6FB7F0), rgb(0x1F5A8A)
	shorts := rgb(0x34466B)
	child(c, shirt, shirtEdge, func(c *canvas) {
		c.outlined(roundRect(50, 190, 130, 218, 8), shorts, navy)
		c.fill(capsule(pt{90, 196}, pt{90, 218}, 1.5), navy)
	})
	head := pt{90, 86}
	hat := union(intersect(circle(head.add(pt{0, -2}), 56), halfPlane(pt{0, 60}, pt{0, 1})), ellipse(pt{90, 60}, 66, 12, 0))
	hair := intersect(circle(head, 53), halfPlane(pt{0, 74}, pt{0, 1}))
	c.outlined(hair, hairBlack, hairEdge)
	c.fill(union(circle(pt{62, 72}, 9), circle(pt{80, 74}, 9), circle(pt{100, 74}, 9), circle(pt{118, 72}, 9)), hairBlack)
	yellow, yellowEdge := rgb(0xFFD23F), rgb(0x9A6A00)
	c.outlined(hat, yellow, yellowEdge)
	c.fill(intersect(hat, capsule(pt{20, 56}, pt{160, 56}, 3)), yellowEdge)
	c.fill(shine(intersect(circle(head.add(pt{0, -2}), 56), halfPlane(pt{0, 52}, pt{0, 1})), pt{6, 6}, 4), mix(yellow, white, 0.45))
	return c.image()
}

// girl is a pupil with her hair in two bunches tied with red ribbons.
func girl() *image.NRGBA {
	c := newCanvas(180, 280)
	dress, dressEdge := rgb(0xF78FB3), rgb(0xA3335E)
	head := pt{90, 86}
	for _, s := range []float64{-1, 1} {
		c.outlined(ellipse(pt{90 + s*60, 106}, 17, 24, s*-20), hairBlack, hairEdge)
	}
	c.outlined(roundRect(30, 34, 150, 138, 52), hairBlack, hairEdge)
	child(c, dress, dressEdge, func(c *canvas) {
		c.outlined(grow(polygon(pt{56, 186}, pt{124, 186}, pt{138, 220}, pt{42, 220}), 3), dress, dressEdge)
		c.fill(capsule(pt{50, 212}, pt{130, 212}, 2.5), white)
	})
	fringe := intersect(circle(head, 53), union(halfPlane(pt{0, 66}, pt{0, 1}), halfPlane(pt{52, 0}, pt{1, 0}), halfPlane(pt{128, 0}, pt{-1, 0})))
	c.outlined(fringe, hairBlack, hairEdge)
	c.fill(intersect(fringe, capsule(pt{58, 54}, pt{84, 46}, 4)), mix(hairBlack, white, 0.25))
	for _, s := range []float64{-1, 1} {
		p := pt{90 + s*50, 78}
		bow := union(grow(polygon(p, p.add(pt{-14, -12}), p.add(pt{-14, 12})), 3), grow(polygon(p, p.add(pt{14, -12}), p.add(pt{14, 12})), 3))
		c.outlined(bow, red, rgb(0x7A1E1A))
		c.fill(circle(p, 5), rgb(0xB3302A))
	}
	return c.image()
}

// teacher is a grown-up in glasses and a green cardigan, holding a book.
func teacher() *image.NRGBA {
	c := newCanvas(190, 320)
	top, topEdge := rgb(0x4FA06A), rgb(0x25573A)
	trousers := rgb(0x4A4F63)
	// Legs and shoes.
	for _, x := range []float64{78, 112} {
		c.outlined(roundRect(x-13, 210, x+13, 290, 8), trousers, navy)
		c.outlined(roundRect(x-17, 284, x+17, 302, 8), rgb(0x5B3A1E), rgb(0x33241A))
	}
	// Arms: the left one raised, the right one holding a book against the body.
	c.outlined(capsule(pt{56, 132}, pt{30, 86}, 12), top, topEdge)
	c.outlined(circle(pt{28, 78}, 13), skin, skinEdge)
	body := roundRect(46, 118, 144, 222, 24)
	c.outlined(body, top, topEdge)
	c.outlined(grow(polygon(pt{80, 118}, pt{110, 118}, pt{95, 150}), 2), white, topEdge)
	c.fill(capsule(pt{95, 150}, pt{95, 214}, 1.5), topEdge)
	for _, y := range []float64{166, 190} {
		c.fill(circle(pt{100, y}, 4), rgb(0xFFE08A))
	}
	c.outlined(roundRect(104, 150, 152, 204, 4), rgb(0xE8483F), rgb(0x7A1E1A))
	c.fill(roundRect(112, 158, 144, 170, 2), rgb(0xFFF3E0))
	c.outlined(capsule(pt{140, 132}, pt{146, 176}, 12), top, topEdge)
	c.outlined(circle(pt{142, 182}, 13), skin, skinEdge)
	// Head.
	head := pt{95, 72}
	c.outlined(union(circle(head.add(pt{-42, 6}), 9), circle(head.add(pt{42, 6}), 9)), skin, skinEdge)
	c.outlined(circle(head, 44), skin, skinEdge)
	brown, brownEdge := rgb(0x6B4426), rgb(0x3A2412)
	cut := union(halfPlane(pt{0, 54}, pt{0, 1}), halfPlane(head.add(pt{-40, 0}), pt{1, 0}), halfPlane(head.add(pt{40, 0}), pt{-1, 0}))
	style := intersect(circle(head.add(pt{0, -4}), 47), union(cut, halfPlane(pt{60, 40}, pt{-1, 2})))
	c.outlined(style, brown, brownEdge)
	for _, x := range []float64{-17, 17} {
		e := head.add(pt{x, 10})
		c.eye(e, 5, 7)
		c.fill(subtract(circle(e, 14), circle(e, 11)), navy)
	}
	c.fill(capsule(head.add(pt{-3, 8}), head.add(pt{3, 8}), 2), navy)
	c.blush(head.add(pt{-28, 28}), 7)
	c.blush(head.add(pt{28, 28}), 7)
	c.smile(head.add(pt{0, 28}), 20, 2, skinEdge)
	return c.image()
}

// child draws a child's body, legs, arms and face, with the shirt in col and edge, and below
// it what bottom draws. The left hand waves. The head is a circle of radius 50 at (90, 86),
// for the hair and hat to go on.
func child(c *canvas, col, edge color.NRGBA, bottom func(*canvas)) {
	for _, x := range []float64{74, 106} {
		c.outlined(capsule(pt{x, 206}, pt{x, 246}, 9), skin, skinEdge)
		c.outlined(capsule(pt{x, 244}, pt{x, 252}, 8), white, rgb(0x8C8FA3))
		c.outlined(roundRect(x-16, 252, x+16, 270, 9), rgb(0xE5483B), rgb(0x7A1E1A))
	}
	c.outlined(capsule(pt{58, 148}, pt{30, 104}, 10), col, edge)
	c.outlined(circle(pt{28, 96}, 11), skin, skinEdge)
	c.outlined(capsule(pt{122, 148}, pt{138, 194}, 10), col, edge)
	c.outlined(circle(pt{140, 200}, 11), skin, skinEdge)
	bottom(c)
	body := roundRect(50, 130, 130, 200, 24)
	c.outlined(body, col, edge)
	c.fill(shine(body, pt{5, 5}, 4), mix(col, white, 0.35))
	head := pt{90, 86}
	c.outlined(union(circle(head.add(pt{-48, 8}), 10), circle(head.add(pt{48, 8}), 10)), skin, skinEdge)
	c.outlined(circle(head, 50), skin, skinEdge)
	c.eye(head.add(pt{-18, 10}), 6.5, 9)
	c.eye(head.add(pt{18, 10}), 6.5, 9)
	c.blush(head.add(pt{-30, 28}), 8)
	c.blush(head.add(pt{30, 28}), 8)
	mouth := intersect(ellipse(head.add(pt{0, 28}), 10, 10, 0), halfPlane(head.add(pt{0, 28}), pt{0, -1}))
	c.outlined(mouth, rgb(0xEE7468), rgb(0x8C2F2A))
}
