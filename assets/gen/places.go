package main

import (
	"image"
	"image/color"
	"math"
)

// The places are backdrops in flat colours with no outlines, so the costumes, which have
// them, stand out in front. The ground is low and the middle of the stage is left quiet, for
// sprites to walk and talk in.

// rect paints the rectangle from (x0, y0) to (x1, y1).
func (c *canvas) rect(x0, y0, x1, y1 float64, col color.NRGBA) {
	c.fillIn(box{x0, y0, x1, y1}, roundRect(x0, y0, x1, y1, 0), col)
}

// disc paints a disc of radius r around p.
func (c *canvas) disc(p pt, r float64, col color.NRGBA) {
	c.fillIn(box{p.x - r, p.y - r, p.x + r, p.y + r}, circle(p, r), col)
}

// around is the box of radius r around p.
func around(p pt, r float64) box { return box{p.x - r, p.y - r, p.x + r, p.y + r} }

// wavy is everything below a line that waves around height y, amp pixels up and down, once
// every period pixels, starting at phase.
func wavy(y, amp, period, phase float64) shape {
	return func(x, yy float64) float64 {
		return y + amp*math.Sin(2*math.Pi*x/period+phase) - yy
	}
}

// tree draws a round tree standing at base, k times the usual size (180 pixels tall).
func tree(c *canvas, base pt, k float64, leaves color.NRGBA) {
	c.fillIn(box{base.x - 12*k, base.y - 100*k, base.x + 12*k, base.y}, roundRect(base.x-11*k, base.y-100*k, base.x+11*k, base.y, 5*k), rgb(0x8A5A34))
	top := base.add(pt{0, -120 * k})
	crown := union(circle(top, 58*k), circle(top.add(pt{-44 * k, 26 * k}), 40*k), circle(top.add(pt{44 * k, 26 * k}), 40*k))
	b := box{base.x - 90*k, top.y - 60*k, base.x + 90*k, top.y + 70*k}
	c.fillIn(b, crown, mix(leaves, rgb(0x1E3A20), 0.18))
	c.fillIn(b, intersect(crown, move(crown, pt{-6 * k, -10 * k})), leaves)
	c.fillIn(b, intersect(circle(top.add(pt{-18 * k, -20 * k}), 22*k), crown), mix(leaves, white, 0.25))
}

// lcg is a small random number generator with a fixed sequence, for scattering stars.
type lcg uint32

// next returns a number in [0, 1).
func (r *lcg) next() float64 {
	*r = *r*1664525 + 1013904223
	return float64(*r>>8) / (1 << 24)
}

// schoolYard is a Japanese primary school with its clock tower, seen across the sandy yard.
func schoolYard() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	c.fill(everywhere, rgb(0x9ED8F5))
	cloud(c, pt{140, 80}, 0.7)
	cloud(c, pt{850, 60}, 0.55)
	tree(c, pt{110, 330}, 1.1, rgb(0x5DAE4A))
	tree(c, pt{860, 330}, 1.2, rgb(0x5DAE4A))

	wall, trim, roof := rgb(0xF4EBD9), rgb(0xD9CBB0), rgb(0xA8927A)
	c.rect(140, 170, 820, 400, wall)
	c.rect(130, 160, 830, 178, roof)
	c.rect(400, 76, 560, 170, wall)
	c.rect(392, 66, 568, 82, roof)
	c.rect(140, 236, 820, 242, trim)
	c.rect(140, 316, 820, 322, trim)
	for row := 0; row < 3; row++ {
		y := 190 + float64(row)*80
		for i := 0; i < 9; i++ {
			x := 159 + float64(i)*74
			if row == 2 && i == 4 {
				continue
			}
			c.rect(x-3, y-3, x+53, y+39, trim)
			c.rect(x, y, x+50, y+36, rgb(0x9CCFEA))
			c.rect(x+24, y, x+26, y+36, trim)
		}
	}
	c.rect(444, 340, 516, 400, trim)
	c.rect(450, 346, 510, 400, rgb(0x6E8CA8))
	c.rect(479, 346, 481, 400, trim)
	clock := pt{480, 124}
	c.disc(clock, 38, roof)
	c.disc(clock, 32, white)
	c.fillIn(around(clock, 32), union(capsule(clock, clock.add(pt{0, -22}), 3), capsule(clock, clock.add(pt{15, 6}), 3)), navy)

	c.rect(0, 392, 960, 420, rgb(0x5DAE4A))
	var hedge []shape
	for x := 0.0; x <= 960; x += 40 {
		hedge = append(hedge, circle(pt{x + 20, 396}, 22))
	}
	c.fillIn(box{0, 370, 960, 420}, union(hedge...), rgb(0x5DAE4A))
	c.fillIn(box{0, 370, 960, 420}, intersect(union(hedge...), move(union(hedge...), pt{0, 8})), rgb(0x6DBE5A))
	tree(c, pt{40, 430}, 1.5, rgb(0xF6B8CC))
	tree(c, pt{930, 430}, 1.4, rgb(0xF6B8CC))

	ground := box{0, 410, 960, 720}
	c.fillIn(ground, halfPlane(pt{0, 416}, pt{0, -1}), rgb(0xE8CF9A))
	track := subtract(ellipse(pt{480, 580}, 380, 104, 0), ellipse(pt{480, 580}, 372, 97, 0))
	c.fillIn(ground, track, alpha(white, 0.85))
	c.fillIn(ground, capsule(pt{480, 476}, pt{480, 684}, 3), alpha(white, 0.85))
	// A horizontal bar at the side of the yard.
	bar := rgb(0x6E7F98)
	c.fillIn(box{40, 440, 240, 560}, union(capsule(pt{60, 470}, pt{60, 560}, 5), capsule(pt{220, 470}, pt{220, 560}, 5), capsule(pt{60, 474}, pt{220, 474}, 4)), bar)
	return c.image()
}

// beach is the sandy beach of a southern island: sea, a far island, a palm tree and the sun.
func beach() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	c.fill(everywhere, rgb(0x8FD8F8))
	c.rect(0, 230, 960, 300, rgb(0xB5E6FB))
	sunAt := pt{800, 110}
	c.disc(sunAt, 74, alpha(rgb(0xFFF4B0), 0.5))
	c.disc(sunAt, 54, rgb(0xFFE35A))
	cloud(c, pt{220, 100}, 0.8)
	cloud(c, pt{560, 190}, 0.5)

	c.rect(0, 300, 960, 720, rgb(0x2FA6D9))
	c.rect(0, 300, 960, 330, rgb(0x2590C4))
	isle := box{100, 240, 400, 306}
	c.fillIn(isle, intersect(ellipse(pt{250, 304}, 136, 20, 0), halfPlane(pt{0, 304}, pt{0, 1})), rgb(0xF5DFA8))
	c.fillIn(isle, intersect(ellipse(pt{250, 304}, 120, 48, 0), halfPlane(pt{0, 300}, pt{0, 1})), rgb(0x4FAF5A))
	c.fillIn(isle, intersect(ellipse(pt{230, 300}, 60, 30, 0), halfPlane(pt{0, 300}, pt{0, 1})), rgb(0x6DC46A))
	glint := alpha(white, 0.6)
	for _, g := range []struct{ x, y, l float64 }{{80, 360, 40}, {400, 350, 30}, {640, 380, 50}, {880, 340, 30}, {260, 420, 44}, {540, 450, 36}, {760, 470, 40}, {120, 470, 30}} {
		c.fillIn(box{g.x - 4, g.y - 4, g.x + g.l + 4, g.y + 4}, capsule(pt{g.x, g.y}, pt{g.x + g.l, g.y}, 2.5), glint)
	}

	shore := box{0, 480, 960, 720}
	c.fillIn(shore, wavy(516, 14, 320, 0), rgb(0xFFFFFF))
	c.fillIn(shore, wavy(530, 14, 320, 0.3), rgb(0xF5DFA8))
	c.fillIn(shore, wavy(640, 10, 480, 1), rgb(0xEFD393))

	// The palm tree leans over the sand from the right.
	trunk := []pt{{880, 690}, {866, 600}, {846, 500}, {822, 410}, {800, 340}}
	c.fillIn(box{760, 320, 920, 710}, polyline(15, trunk...), rgb(0xB07A4A))
	for i := 1; i < len(trunk)-1; i++ {
		p := trunk[i]
		c.fillIn(around(p, 20), capsule(p.add(pt{-14, 3}), p.add(pt{14, -3}), 2.5), rgb(0x8A5A34))
	}
	crown := trunk[len(trunk)-1]
	for _, deg := range []float64{-175, -140, -100, -60, -20, 15, 160} {
		c.fillIn(around(crown, 150), leaf(crown, 150, 44, deg), rgb(0x3E9E4F))
		c.fillIn(around(crown, 150), capsule(crown, crown.add(polar(120, deg)), 2), rgb(0x2E7A3A))
	}
	for _, d := range []pt{{-14, 14}, {10, 16}, {-2, 28}} {
		c.disc(crown.add(d), 13, rgb(0x8A5A34))
	}
	// A starfish and a shell on the sand.
	var arms []pt
	for i := 0; i < 10; i++ {
		r := 26.0
		if i%2 == 1 {
			r = 11
		}
		arms = append(arms, pt{150, 640}.add(polar(r, float64(i)*36-90+10)))
	}
	c.fillIn(around(pt{150, 640}, 34), grow(polygon(arms...), 3), rgb(0xFF8A5B))
	shell := intersect(circle(pt{330, 690}, 22), halfPlane(pt{0, 692}, pt{0, 1}))
	c.fillIn(around(pt{330, 690}, 26), shell, rgb(0xFBC6D0))
	for _, deg := range []float64{-150, -115, -90, -65, -30} {
		c.fillIn(around(pt{330, 690}, 26), intersect(shell, capsule(pt{330, 690}, pt{330, 690}.add(polar(22, deg)), 1.5)), rgb(0xE08FA2))
	}
	return c.image()
}

// forest is a green wood with a path leading into the trees.
func forest() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	c.fill(everywhere, rgb(0xCDEFFA))
	far := rgb(0x4E9E5C)
	var back []shape
	for i, r := range []float64{110, 90, 120, 100, 115, 95, 120, 100, 110} {
		back = append(back, circle(pt{float64(i)*120 - 10, 250 + float64(i%2)*30}, r))
	}
	c.fillIn(box{0, 120, 960, 460}, union(append(back, halfPlane(pt{0, 260}, pt{0, -1}))...), far)

	ground := rgb(0x8CCB5E)
	c.rect(0, 440, 960, 720, ground)
	c.fillIn(box{0, 430, 960, 720}, grow(polygon(pt{446, 452}, pt{514, 452}, pt{700, 730}, pt{240, 730}), 6), rgb(0xE3C98F))
	for _, t := range []struct {
		x, y, k float64
	}{{90, 470, 1.5}, {300, 440, 1.1}, {640, 440, 1.2}, {870, 480, 1.6}} {
		tree(c, pt{t.x, t.y}, t.k, rgb(0x5DB552))
	}
	for _, p := range []pt{{60, 700}, {180, 720}, {800, 720}, {930, 690}} {
		c.disc(p, 70, rgb(0x4E9E5C))
		c.disc(p.add(pt{-8, -10}), 56, rgb(0x5DB552))
	}
	// Mushrooms and flowers by the path.
	for _, m := range []pt{{200, 590}, {236, 604}, {760, 620}} {
		c.fillIn(around(m, 30), roundRect(m.x-8, m.y-10, m.x+8, m.y+16, 6), rgb(0xFFF3E0))
		shroom := intersect(ellipse(m.add(pt{0, -8}), 26, 22, 0), halfPlane(m.add(pt{0, -6}), pt{0, 1}))
		c.fillIn(around(m, 30), shroom, rgb(0xE8483F))
		for _, d := range []pt{{-10, -18}, {8, -22}, {14, -12}} {
			c.disc(m.add(d), 4, white)
		}
	}
	for i, p := range []pt{{380, 520}, {340, 600}, {620, 540}, {660, 600}, {120, 560}, {880, 580}, {560, 680}} {
		col := rgb(0xFFF3A0)
		if i%2 == 1 {
			col = rgb(0xFFFFFF)
		}
		for k := 0; k < 5; k++ {
			c.disc(p.add(polar(6, float64(k)*72-90)), 5, col)
		}
		c.disc(p, 4, rgb(0xFFB02E))
	}
	return c.image()
}

// nightSky is a starry night with a crescent moon over dark hills and a sleeping village.
func nightSky() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	high, low := rgb(0x141B45), rgb(0x2F3F85)
	c.paint(everywhere, func(x, y float64) color.NRGBA { return mix(high, low, y/600) })
	moon := pt{760, 150}
	c.disc(moon, 100, alpha(rgb(0xFFF4C2), 0.08))
	c.disc(moon, 80, alpha(rgb(0xFFF4C2), 0.1))
	c.fillIn(around(moon, 64), subtract(circle(moon, 60), circle(moon.add(pt{28, -20}), 52)), rgb(0xFFE9A0))
	starCol := rgb(0xFFF4C2)
	r := lcg(7)
	for i := 0; i < 70; i++ {
		p := pt{r.next() * 960, r.next() * 560}
		if p.sub(moon).len() < 110 {
			continue
		}
		size := r.next()
		switch {
		case size < 0.8:
			c.disc(p, 1.5+2*size, alpha(starCol, 0.6+0.4*size))
		default:
			l := 10 + 10*size
			sparkle := union(polygon(p.add(pt{0, -l}), p.add(pt{3, 0}), p.add(pt{0, l}), p.add(pt{-3, 0})),
				polygon(p.add(pt{-l, 0}), p.add(pt{0, 3}), p.add(pt{l, 0}), p.add(pt{0, -3})))
			c.fillIn(around(p, l+1), sparkle, starCol)
		}
	}
	hills := box{0, 520, 960, 720}
	c.fillIn(hills, union(ellipse(pt{180, 720}, 420, 170, 0), ellipse(pt{820, 740}, 380, 180, 0)), rgb(0x1F2A5C))
	c.fillIn(hills, wavy(650, 14, 700, 2), rgb(0x161E48))
	for _, h := range []struct{ x, y, w float64 }{{130, 612, 60}, {220, 600, 46}, {740, 618, 56}} {
		body := roundRect(h.x, h.y, h.x+h.w, h.y+60, 0)
		roof := polygon(pt{h.x - 8, h.y + 2}, pt{h.x + h.w/2, h.y - 28}, pt{h.x + h.w + 8, h.y + 2})
		c.fillIn(box{h.x - 10, h.y - 30, h.x + h.w + 10, h.y + 60}, union(body, roof), rgb(0x10163A))
		c.rect(h.x+h.w/2-8, h.y+14, h.x+h.w/2+8, h.y+30, rgb(0xFFD96A))
	}
	return c.image()
}

// town is a street of shops and flats, with a pavement and a road in front.
func town() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	c.fill(everywhere, rgb(0xA8DDF7))
	cloud(c, pt{200, 70}, 0.6)
	cloud(c, pt{700, 50}, 0.5)
	const street = 500
	for _, b := range []struct {
		x0, x1, top float64
		col         uint32
	}{{-10, 150, 220, 0xF2B880}, {150, 290, 110, 0x9CC7E8}, {290, 440, 250, 0xF4D35E}, {440, 600, 170, 0xE59AA8},
		{600, 740, 90, 0xB5D98C}, {740, 870, 230, 0xD9B8E8}, {870, 970, 150, 0x9CC7E8}} {
		col := rgb(b.col)
		c.rect(b.x0, b.top, b.x1, street, col)
		c.rect(b.x0-4, b.top-10, b.x1+4, b.top+6, mix(col, navy, 0.35))
		for y := b.top + 30; y+34 < street-70; y += 56 {
			for x := b.x0 + 22; x+24 <= b.x1-14; x += 42 {
				c.rect(x, y, x+24, y+32, rgb(0xE6F5FD))
				c.rect(x, y+20, x+24, y+32, rgb(0xCDEBFA))
			}
		}
		c.rect(b.x0+14, street-64, b.x1-14, street, mix(col, navy, 0.2))
		c.rect(b.x0+22, street-56, b.x1-22, street-4, rgb(0xCDEBFA))
	}
	// A striped awning over the shop in the middle.
	for i := 0; i < 8; i++ {
		x := 450 + float64(i)*20
		col := red
		if i%2 == 1 {
			col = white
		}
		c.fillIn(box{x, 416, x + 20, 450}, union(roundRect(x, 420, x+20, 440, 0), circle(pt{x + 10, 440}, 10)), col)
	}
	c.rect(0, street, 960, 560, rgb(0xE0DAD0))
	for x := 0.0; x < 960; x += 64 {
		c.rect(x, street, x+2, 560, rgb(0xCFC8BC))
	}
	c.rect(0, 556, 960, 568, rgb(0xB8B2A8))
	c.rect(0, 568, 960, 720, rgb(0x6B6F7D))
	for x := 20.0; x < 960; x += 120 {
		c.rect(x, 640, x+64, 648, white)
	}
	for _, x := range []float64{60, 330, 900} {
		tree(c, pt{x, 540}, 0.75, rgb(0x5DB552))
	}
	// A Japanese traffic light: its lamps side by side.
	c.rect(694, 390, 704, 548, rgb(0x6E7F98))
	c.fillIn(box{640, 360, 760, 404}, roundRect(644, 364, 756, 400, 12), rgb(0x3A3A48))
	for i, col := range []uint32{0x4CC36B, 0x5A5A66, 0x5A5A66} {
		c.disc(pt{668 + float64(i)*32, 382}, 12, rgb(col))
	}
	return c.image()
}

// classroom is the front of a Japanese classroom: the green board, a clock, the windows and
// the wooden floor.
func classroom() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	c.fill(everywhere, rgb(0xF6EBD5))
	// Windows on the left.
	c.rect(20, 60, 180, 370, rgb(0xBFC8D4))
	for _, y := range []float64{72, 222} {
		for _, x := range []float64{32, 106} {
			c.rect(x, y, x+62, y+136, rgb(0xBDE7FA))
		}
	}
	cloud(c, pt{90, 130}, 0.3)
	// The board, with a few chalk marks.
	c.rect(210, 60, 750, 350, rgb(0xA8743F))
	c.rect(222, 72, 738, 338, rgb(0x2F6B4F))
	chalk := alpha(white, 0.8)
	board := box{222, 72, 738, 338}
	c.fillIn(board, union(capsule(pt{270, 120}, pt{420, 120}, 3), capsule(pt{270, 160}, pt{380, 160}, 3), capsule(pt{270, 200}, pt{400, 200}, 3)), chalk)
	flower := pt{620, 190}
	for k := 0; k < 5; k++ {
		p := flower.add(polar(30, float64(k)*72-90))
		c.fillIn(around(p, 24), subtract(circle(p, 20), circle(p, 16)), alpha(rgb(0xF9B7C6), 0.9))
	}
	c.fillIn(around(flower, 16), subtract(circle(flower, 13), circle(flower, 9)), alpha(rgb(0xFFF3A0), 0.9))
	c.fillIn(box{600, 200, 650, 320}, capsule(pt{620, 226}, pt{620, 310}, 2.5), alpha(rgb(0xB8F0A0), 0.9))
	c.rect(210, 346, 750, 362, rgb(0x8A5A34))
	for i, col := range []uint32{0xFFFFFF, 0xFFE14D, 0xF78FB3} {
		x := 560 + float64(i)*40
		c.fillIn(box{x - 4, 338, x + 30, 350}, capsule(pt{x, 343}, pt{x + 24, 343}, 4), rgb(col))
	}
	// The clock and the notice board.
	clock := pt{850, 100}
	c.disc(clock, 44, rgb(0x6E7F98))
	c.disc(clock, 38, white)
	for k := 0; k < 12; k++ {
		p := clock.add(polar(31, float64(k)*30))
		c.disc(p, 2.5, navy)
	}
	c.fillIn(around(clock, 38), union(capsule(clock, clock.add(pt{0, -26}), 3), capsule(clock, clock.add(pt{-16, 4}), 3.5)), navy)
	c.rect(790, 180, 930, 360, rgb(0xA8743F))
	c.rect(798, 188, 922, 352, rgb(0xD6A86A))
	for _, n := range []struct {
		x, y   float64
		col    uint32
		w, h   float64
		pinCol uint32
	}{{808, 200, 0xFFFFFF, 56, 70, 0xE8483F}, {872, 206, 0xFFF3A0, 42, 56, 0x3D8BEA}, {812, 284, 0xCDEBFA, 48, 54, 0x4CC36B}, {870, 276, 0xFFD1E1, 44, 64, 0xFFC83D}} {
		c.rect(n.x, n.y, n.x+n.w, n.y+n.h, rgb(n.col))
		c.disc(pt{n.x + n.w/2, n.y + 6}, 5, rgb(n.pinCol))
	}
	// The floor.
	c.rect(0, 430, 960, 470, rgb(0xD9B98A))
	c.rect(0, 466, 960, 474, rgb(0xB8935E))
	floor := rgb(0xDDB07A)
	c.rect(0, 474, 960, 720, floor)
	seam := mix(floor, rgb(0x8A5A34), 0.3)
	rows := []float64{474, 530, 600, 680, 720}
	for i := 0; i+1 < len(rows); i++ {
		if i > 0 {
			c.rect(0, rows[i], 960, rows[i]+3, seam)
		}
		for x := float64(i%2)*120 + 60; x < 960; x += 240 {
			c.rect(x, rows[i], x+3, rows[i+1], seam)
		}
	}
	return c.image()
}

// underwater is the sea floor, with weed, coral and bubbles, for fish to swim in.
func underwater() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	high, low := rgb(0x49C0E8), rgb(0x1C6FA8)
	c.paint(everywhere, func(x, y float64) color.NRGBA { return mix(high, low, y/backdropH) })
	for _, x := range []float64{120, 380, 700} {
		c.fillIn(box{x - 200, 0, x + 200, 600}, polygon(pt{x, 0}, pt{x + 90, 0}, pt{x + 200, 600}, pt{x - 20, 600}), alpha(white, 0.08))
	}
	floor := box{0, 560, 960, 720}
	c.fillIn(floor, wavy(610, 16, 520, 0.5), rgb(0xEED9A4))
	c.fillIn(floor, wavy(660, 10, 360, 2), rgb(0xE3C98F))
	for _, r := range []struct{ x, y, rx, ry float64 }{{90, 640, 70, 44}, {150, 660, 50, 30}, {840, 650, 80, 46}} {
		c.fillIn(box{r.x - r.rx, r.y - r.ry, r.x + r.rx, r.y + r.ry}, ellipse(pt{r.x, r.y}, r.rx, r.ry, 0), rgb(0x7F8FA6))
		c.fillIn(box{r.x - r.rx, r.y - r.ry, r.x + r.rx, r.y + r.ry}, intersect(ellipse(pt{r.x, r.y}, r.rx, r.ry, 0), move(ellipse(pt{r.x, r.y}, r.rx, r.ry, 0), pt{10, 10})), rgb(0x9AA8BC))
	}
	for _, w := range []struct{ x, h float64 }{{240, 260}, {270, 190}, {620, 300}, {650, 220}, {900, 240}} {
		var v []pt
		for i := 0; i <= 10; i++ {
			t := float64(i) / 10
			v = append(v, pt{w.x + 14*math.Sin(t*3*math.Pi), 640 - t*w.h})
		}
		c.fillIn(box{w.x - 40, 640 - w.h - 20, w.x + 40, 660}, polyline(9, v...), rgb(0x3E9E4F))
	}
	coral := pt{440, 650}
	var branches []shape
	for _, b := range [][]pt{{{0, 0}, {0, -60}, {-20, -100}}, {{0, -50}, {30, -90}, {34, -120}}, {{0, -20}, {-40, -50}, {-50, -80}}, {{0, -70}, {10, -110}}} {
		var v []pt
		for _, q := range b {
			v = append(v, coral.add(q))
		}
		branches = append(branches, polyline(10, v...))
	}
	c.fillIn(box{coral.x - 70, coral.y - 140, coral.x + 60, coral.y + 20}, union(branches...), rgb(0xFF7F8E))
	for _, b := range []struct{ x, y, r float64 }{{520, 420, 14}, {540, 360, 9}, {530, 310, 6}, {180, 300, 12}, {196, 250, 7}, {800, 200, 10}, {786, 150, 6}} {
		p := pt{b.x, b.y}
		c.fillIn(around(p, b.r+1), subtract(circle(p, b.r), circle(p, b.r-3)), alpha(white, 0.7))
		c.disc(p.add(pt{b.r * 0.35, -b.r * 0.35}), b.r*0.25, alpha(white, 0.8))
	}
	return c.image()
}
