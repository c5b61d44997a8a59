package main

import "image"

// The animals face right, as sprites in direction 90 do, except the rabbit and the frog, who
// look at the children.

// cat is an orange tabby standing on four legs, its tail up.
func cat() *image.NRGBA {
	c := newCanvas(220, 200)
	edge, fur, dark, light := rgb(0x7A3E10), rgb(0xF7A440), rgb(0xE0801F), rgb(0xFFEBCB)
	far := mix(fur, edge, 0.18)
	c.outlined(polyline(9, pt{64, 128}, pt{38, 118}, pt{24, 94}, pt{26, 64}), fur, edge)
	c.fill(polyline(9, pt{25, 78}, pt{26, 64}), dark)
	c.outlined(capsule(pt{74, 150}, pt{70, 178}, 10), far, edge)
	c.outlined(capsule(pt{130, 150}, pt{134, 178}, 10), far, edge)
	body := ellipse(pt{100, 140}, 54, 34, 0)
	c.outlined(body, fur, edge)
	c.fill(intersect(body, ellipse(pt{106, 166}, 40, 16, 0)), light)
	for _, x := range []float64{72, 92, 112} {
		c.fill(intersect(body, capsule(pt{x, 100}, pt{x - 4, 122}, 5)), dark)
	}
	c.outlined(capsule(pt{90, 156}, pt{88, 180}, 11), fur, edge)
	c.outlined(capsule(pt{144, 154}, pt{148, 180}, 11), fur, edge)

	ears := union(grow(polygon(pt{112, 66}, pt{114, 24}, pt{146, 48}), 4), grow(polygon(pt{158, 46}, pt{190, 22}, pt{194, 66}), 4))
	head := ellipse(pt{152, 86}, 50, 44, 0)
	c.outlined(union(ears, head), fur, edge)
	c.fill(polygon(pt{120, 60}, pt{119, 36}, pt{138, 52}), rgb(0xF9B7A6))
	c.fill(polygon(pt{166, 50}, pt{185, 34}, pt{187, 60}), rgb(0xF9B7A6))
	c.fill(intersect(head, union(capsule(pt{152, 40}, pt{152, 56}, 4.5), capsule(pt{138, 42}, pt{140, 56}, 4), capsule(pt{166, 42}, pt{164, 56}, 4))), dark)
	c.fill(ellipse(pt{160, 108}, 24, 15, 0), light)
	c.eye(pt{140, 86}, 7.5, 10.5)
	c.eye(pt{178, 86}, 7.5, 10.5)
	c.blush(pt{126, 106}, 9)
	c.blush(pt{192, 104}, 7)
	c.fill(grow(polygon(pt{154, 98}, pt{166, 98}, pt{160, 104}), 2), rgb(0xE86A6A))
	c.fill(polyline(1.8, pt{149, 110}, pt{154, 114}, pt{160, 109}, pt{166, 114}, pt{171, 110}), edge)
	whiskers := union(
		capsule(pt{124, 110}, pt{100, 104}, 1.6), capsule(pt{124, 116}, pt{100, 118}, 1.6),
		capsule(pt{192, 112}, pt{214, 104}, 1.6), capsule(pt{192, 118}, pt{214, 120}, 1.6))
	c.fill(whiskers, edge)
	return c.image()
}

// dog is a tan puppy with floppy brown ears and a red collar, wagging its tail.
func dog() *image.NRGBA {
	c := newCanvas(230, 200)
	edge, fur, light, ear := rgb(0x5B3A1E), rgb(0xE9B77A), rgb(0xFFF3E0), rgb(0x9A6438)
	far := mix(fur, edge, 0.18)
	c.outlined(capsule(pt{60, 126}, pt{34, 92}, 9), fur, edge)
	c.outlined(capsule(pt{74, 150}, pt{70, 178}, 10), far, edge)
	c.outlined(capsule(pt{128, 150}, pt{132, 178}, 10), far, edge)
	body := ellipse(pt{100, 140}, 54, 34, 0)
	c.outlined(body, fur, edge)
	c.fill(intersect(body, ellipse(pt{110, 166}, 40, 16, 0)), light)
	c.fill(intersect(body, ellipse(pt{70, 118}, 22, 14, -15)), ear)
	c.outlined(capsule(pt{90, 156}, pt{88, 180}, 11), fur, edge)
	c.outlined(capsule(pt{142, 154}, pt{146, 180}, 11), fur, edge)

	c.outlined(capsule(pt{118, 122}, pt{150, 138}, 6), red, rgb(0x7A1E1A))
	c.outlined(circle(pt{136, 144}, 6), rgb(0xFFD23F), rgb(0x8A5A00))
	head := union(ellipse(pt{150, 88}, 46, 42, 0), ellipse(pt{184, 108}, 30, 22, 0))
	c.outlined(head, fur, edge)
	c.fill(intersect(head, ellipse(pt{188, 112}, 28, 19, 0)), light)
	c.eye(pt{146, 84}, 7.5, 10.5)
	c.eye(pt{180, 82}, 7, 10)
	c.outlined(ellipse(pt{208, 100}, 9, 7, 0), ink, ink)
	c.fill(circle(pt{205, 97}, 2.5), white)
	c.fill(polyline(1.8, pt{208, 106}, pt{206, 116}, pt{196, 120}), edge)
	tongue := intersect(ellipse(pt{200, 124}, 8, 10, 0), halfPlane(pt{0, 119}, pt{0, -1}))
	c.outlined(tongue, rgb(0xF07A7A), edge)
	c.blush(pt{130, 106}, 9)
	c.outlined(ellipse(pt{118, 86}, 16, 32, 18), ear, edge)
	c.fill(shine(ellipse(pt{118, 86}, 16, 32, 18), pt{4, 4}, 3), mix(ear, white, 0.25))
	return c.image()
}

// rabbit is a white rabbit sitting up, long ears and all.
func rabbit() *image.NRGBA {
	c := newCanvas(180, 244)
	edge, fur, pink, shade := rgb(0x5E5A78), rgb(0xFFFFFF), rgb(0xF9B7C6), rgb(0xE9E7F3)
	for _, deg := range []float64{-10, 10} {
		x := 90 + deg*2.6
		e := ellipse(pt{x, 62}, 17, 50, deg)
		c.outlined(e, fur, edge)
		c.fill(ellipse(pt{x, 68}, 8, 36, deg), pink)
	}
	body := ellipse(pt{90, 180}, 54, 48, 0)
	c.outlined(body, fur, edge)
	c.fill(intersect(body, ellipse(pt{90, 194}, 32, 30, 0)), shade)
	c.outlined(ellipse(pt{60, 224}, 22, 11, 0), fur, edge)
	c.outlined(ellipse(pt{120, 224}, 22, 11, 0), fur, edge)
	c.outlined(ellipse(pt{70, 170}, 11, 9, 0), fur, edge)
	c.outlined(ellipse(pt{110, 170}, 11, 9, 0), fur, edge)
	c.outlined(ellipse(pt{90, 122}, 54, 44, 0), fur, edge)
	c.eye(pt{70, 118}, 7, 9.5)
	c.eye(pt{110, 118}, 7, 9.5)
	c.blush(pt{54, 136}, 9)
	c.blush(pt{126, 136}, 9)
	c.fill(ellipse(pt{90, 132}, 5.5, 4, 0), rgb(0xE86A8A))
	c.fill(polyline(1.8, pt{90, 134}, pt{90, 140}, pt{84, 145}), edge)
	c.fill(polyline(1.8, pt{90, 140}, pt{96, 145}), edge)
	return c.image()
}

// fish is an orange clownfish with white bands.
func fish() *image.NRGBA {
	c := newCanvas(220, 150)
	edge, body, fin := rgb(0x8A2E12), rgb(0xFF8A3D), rgb(0xFFB067)
	c.outlined(grow(polygon(pt{70, 76}, pt{20, 38}, pt{34, 76}, pt{20, 114}), 6), fin, edge)
	c.outlined(grow(polygon(pt{86, 44}, pt{112, 14}, pt{148, 38}), 5), fin, edge)
	c.outlined(grow(polygon(pt{104, 110}, pt{118, 134}, pt{136, 110}), 4), fin, edge)
	b := ellipse(pt{122, 76}, 80, 46, 0)
	c.outlined(b, body, edge)
	for _, band := range []shape{capsule(pt{98, 20}, pt{94, 130}, 9), capsule(pt{150, 20}, pt{154, 130}, 7)} {
		c.fill(intersect(b, grow(band, 3)), edge)
		c.fill(intersect(b, band), white)
	}
	c.fill(intersect(b, shine(b, pt{0, 8}, 5), halfPlane(pt{0, 60}, pt{0, 1})), mix(body, white, 0.3))
	c.eye(pt{176, 64}, 7.5, 10)
	c.fill(polyline(2, pt{196, 86}, pt{188, 90}, pt{182, 88}), edge)
	c.outlined(ellipse(pt{124, 86}, 16, 9, -25), fin, edge)
	return c.image()
}

// bird is a round little bluebird.
func bird() *image.NRGBA {
	c := newCanvas(190, 180)
	edge, body, wing, belly, beak := rgb(0x1F5A8A), rgb(0x5AB4F0), rgb(0x3D8FD6), rgb(0xFFF4DC), rgb(0xFFB02E)
	beakEdge := rgb(0x9A5A00)
	for _, x := range []float64{78, 102} {
		leg := union(capsule(pt{x, 140}, pt{x, 164}, 3), capsule(pt{x, 164}, pt{x - 9, 170}, 3), capsule(pt{x, 164}, pt{x + 9, 170}, 3))
		c.outlined(leg, beak, beakEdge)
	}
	c.outlined(grow(polygon(pt{40, 96}, pt{8, 74}, pt{14, 112}), 5), wing, edge)
	c.outlined(union(leaf(pt{92, 34}, 26, 12, -100), leaf(pt{94, 36}, 22, 10, -60)), wing, edge)
	b := circle(pt{92, 96}, 60)
	c.outlined(b, body, edge)
	c.fill(intersect(b, ellipse(pt{104, 126}, 44, 34, 0)), belly)
	c.fill(shine(b, pt{6, 6}, 5), mix(body, white, 0.35))
	w := leaf(pt{116, 114}, 70, 34, 192)
	c.outlined(w, wing, edge)
	c.outlined(grow(polygon(pt{146, 84}, pt{176, 96}, pt{146, 108}), 2), beak, beakEdge)
	c.eye(pt{124, 80}, 7.5, 10)
	c.blush(pt{132, 106}, 8)
	return c.image()
}

// turtle is a green turtle walking right.
func turtle() *image.NRGBA {
	c := newCanvas(250, 160)
	edge, shell, plate, skin, rim := rgb(0x2C5E2F), rgb(0x4FAF5A), rgb(0x7FCC6E), rgb(0xB7DD72), rgb(0xE9D68A)
	far := mix(skin, edge, 0.18)
	c.outlined(grow(polygon(pt{40, 104}, pt{10, 114}, pt{40, 118}), 3), skin, edge)
	c.outlined(ellipse(pt{70, 126}, 13, 18, 0), far, edge)
	c.outlined(ellipse(pt{164, 126}, 13, 18, 0), far, edge)
	c.outlined(capsule(pt{178, 102}, pt{204, 86}, 15), skin, edge)
	head := ellipse(pt{212, 78}, 28, 24, 0)
	c.outlined(head, skin, edge)
	c.eye(pt{220, 72}, 6.5, 9)
	c.blush(pt{222, 90}, 6)
	c.smile(pt{224, 86}, 14, 1.8, edge)
	c.outlined(ellipse(pt{90, 132}, 14, 18, 0), skin, edge)
	c.outlined(ellipse(pt{186, 130}, 14, 18, 0), skin, edge)
	dome := intersect(ellipse(pt{118, 100}, 86, 78, 0), halfPlane(pt{0, 104}, pt{0, 1}))
	c.outlined(roundRect(28, 96, 208, 118, 11), rim, edge)
	c.outlined(dome, shell, edge)
	var hex []pt
	for i := 0; i < 6; i++ {
		hex = append(hex, pt{118, 66}.add(polar(24, float64(i)*60)))
	}
	plates := []shape{grow(polygon(hex...), -2)}
	for _, d := range []pt{{-48, 22}, {48, 22}, {-42, -24}, {42, -24}, {0, -46}, {-86, 0}, {86, 0}} {
		plates = append(plates, move(plates[0], d))
	}
	c.fill(intersect(grow(dome, -5), union(plates...)), plate)
	c.fill(intersect(dome, shine(dome, pt{8, 8}, 4), halfPlane(pt{0, 70}, pt{0, 1})), mix(plate, white, 0.35))
	return c.image()
}

// frog is a green frog sitting, seen from the front.
func frog() *image.NRGBA {
	c := newCanvas(210, 180)
	edge, skin, belly := rgb(0x2E6B2A), rgb(0x6CC24A), rgb(0xD9F2A6)
	dark := mix(skin, edge, 0.2)
	for _, s := range []float64{-1, 1} {
		c.outlined(ellipse(pt{105 + s*70, 140}, 26, 20, s*-30), dark, edge)
		toes := union(circle(pt{105 + s*84, 166}, 7), circle(pt{105 + s*96, 160}, 7), circle(pt{105 + s*70, 168}, 7), capsule(pt{105 + s*70, 150}, pt{105 + s*86, 162}, 9))
		c.outlined(toes, skin, edge)
	}
	body := ellipse(pt{105, 114}, 72, 56, 0)
	bumps := union(circle(pt{66, 56}, 27), circle(pt{144, 56}, 27))
	c.outlined(union(body, bumps), skin, edge)
	c.fill(intersect(body, ellipse(pt{105, 142}, 46, 28, 0)), belly)
	for _, s := range []float64{-1, 1} {
		hand := union(capsule(pt{105 + s*30, 142}, pt{105 + s*32, 166}, 8), circle(pt{105 + s*26, 168}, 6), circle(pt{105 + s*38, 168}, 6))
		c.outlined(hand, skin, edge)
	}
	for _, x := range []float64{66, 144} {
		c.outlined(circle(pt{x, 54}, 18), white, edge)
		c.eye(pt{x + 3, 56}, 8, 10.5)
	}
	c.fill(shine(union(body, bumps), pt{5, 6}, 4), mix(skin, white, 0.3))
	c.smile(pt{105, 100}, 54, 2.4, edge)
	c.blush(pt{52, 104}, 10)
	c.blush(pt{158, 104}, 10)
	return c.image()
}
