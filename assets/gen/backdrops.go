package main

import (
	"image"
	"image/color"
)

// Backdrops fill the stage: 480×360 stage pixels, drawn at 2x.
const (
	backdropW, backdropH = 960, 720
	px                   = 2 // pixels a stage pixel
)

// stagePt is the canvas point of a stage position: x from -240 to 240 and y from -180 to
// 180, +y up.
func stagePt(x, y float64) pt {
	return pt{(x + 240) * px, (180 - y) * px}
}

// blank is a white backdrop.
func blank() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	c.fill(everywhere, rgb(0xFFFFFF))
	return c.image()
}

// grid is graph paper with the x and y axes and their numbers, to learn stage positions.
func grid() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	c.fill(everywhere, rgb(0xFFFFFF))
	// Lines every 10 stage pixels, darker every 50, and the axes. A line 2 pixels wide centred
	// on an even pixel covers whole pixels, so the lines are crisp.
	line := func(horizontal bool, at float64, col color.NRGBA, width float64) {
		p := stagePt(at, at)
		b := box{p.x - width/2, -1, p.x + width/2, backdropH + 1}
		if horizontal {
			b = box{-1, p.y - width/2, backdropW + 1, p.y + width/2}
		}
		c.fillIn(b, roundRect(b.x0, b.y0, b.x1, b.y1, 0), col)
	}
	for _, pass := range []struct {
		step  int
		col   color.NRGBA
		width float64
	}{{10, rgb(0xE9EEF5), 2}, {50, rgb(0xC9D4E2), 2}} {
		for x := -240; x <= 240; x += pass.step {
			line(false, float64(x), pass.col, pass.width)
		}
		for y := -180; y <= 180; y += pass.step {
			line(true, float64(y), pass.col, pass.width)
		}
	}
	axis := rgb(0x6E7F98)
	line(true, 0, axis, 4)
	line(false, 0, axis, 4)
	// Arrowheads at the positive ends.
	c.fill(polygon(stagePt(240, 0), stagePt(228, 7), stagePt(228, -7)), axis)
	c.fill(polygon(stagePt(0, 180), stagePt(-7, 168), stagePt(7, 168)), axis)

	ink := rgb(0x4E5D75)
	write := func(p pt, s string, ax, ay float64) {
		b, t := text(p, s, ax, ay)
		c.fillIn(b, t, ink)
	}
	for _, x := range []float64{-200, -100, 100, 200} {
		write(stagePt(x+1, -6), label(x), 0.5, 0)
	}
	for _, y := range []float64{-100, 100} {
		write(stagePt(-6, y+1), label(y), 1, 0.5)
	}
	write(stagePt(-6, -6), "0", 1, 0)
	write(stagePt(228, 10), "x", 0.5, 1)
	write(stagePt(10, 170), "y", 0, 0.5)
	return c.image()
}

func label(v float64) string {
	s := ""
	if v < 0 {
		s, v = "-", -v
	}
	return s + map[float64]string{100: "100", 200: "200"}[v]
}

// sky is a blue sky that pales towards the horizon, with a few clouds.
func sky() *image.NRGBA {
	c := newCanvas(backdropW, backdropH)
	high, low := rgb(0x4FB0EE), rgb(0xD3F0FF)
	c.paint(everywhere, func(x, y float64) color.NRGBA { return mix(high, low, y/backdropH) })
	for _, cl := range []struct {
		at    pt
		scale float64
	}{{pt{190, 150}, 1.2}, {pt{640, 90}, 0.8}, {pt{780, 330}, 1.4}, {pt{330, 470}, 0.9}, {pt{120, 600}, 0.6}} {
		cloud(c, cl.at, cl.scale)
	}
	return c.image()
}

// cloud draws a flat-bottomed cloud of puffs with a soft shade under it, centred at p.
func cloud(c *canvas, p pt, k float64) {
	puffs := []struct {
		x, y, r float64
	}{{-62, 8, 30}, {-28, -14, 40}, {18, -26, 48}, {60, -4, 36}, {86, 14, 24}}
	var parts []shape
	for _, q := range puffs {
		parts = append(parts, circle(p.add(pt{q.x * k, q.y * k}), q.r*k))
	}
	parts = append(parts, roundRect(p.x-82*k, p.y-4*k, p.x+104*k, p.y+38*k, 21*k))
	s := union(parts...)
	b := box{p.x - 92*k, p.y - 74*k, p.x + 110*k, p.y + 38*k}
	c.fillIn(b, s, rgb(0xDCEBF6))
	c.fillIn(b, intersect(s, move(s, pt{0, -9 * k})), rgb(0xFFFFFF))
}
