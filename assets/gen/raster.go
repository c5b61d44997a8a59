package main

import (
	"image"
	"image/color"
	"math"
)

// A shape is a signed distance function: the distance in pixels from (x, y) to the shape's
// edge, negative inside. Drawing turns the distance at each pixel centre into coverage, which
// anti-aliases every edge without supersampling.
type shape func(x, y float64) float64

// canvas is a picture being drawn, in premultiplied RGBA with float channels in [0, 1].
type canvas struct {
	w, h int
	pix  []float64 // 4 values a pixel, rows top to bottom
}

func newCanvas(w, h int) *canvas {
	return &canvas{w: w, h: h, pix: make([]float64, 4*w*h)}
}

// box is a rectangle on the canvas that holds a shape, to draw big pictures faster.
type box struct{ x0, y0, x1, y1 float64 }

// fill paints s in col over what is already there.
func (c *canvas) fill(s shape, col color.NRGBA) {
	c.fillIn(box{0, 0, float64(c.w), float64(c.h)}, s, col)
}

// fillIn is fill for a shape that lies inside b.
func (c *canvas) fillIn(b box, s shape, col color.NRGBA) {
	c.paintIn(b, s, func(x, y float64) color.NRGBA { return col })
}

// paint paints s with a colour that may vary over the canvas, as a gradient does.
func (c *canvas) paint(s shape, colorAt func(x, y float64) color.NRGBA) {
	c.paintIn(box{0, 0, float64(c.w), float64(c.h)}, s, colorAt)
}

// paintIn is paint for a shape that lies inside b.
func (c *canvas) paintIn(b box, s shape, colorAt func(x, y float64) color.NRGBA) {
	x0, y0 := max(0, int(math.Floor(b.x0))-1), max(0, int(math.Floor(b.y0))-1)
	x1, y1 := min(c.w, int(math.Ceil(b.x1))+1), min(c.h, int(math.Ceil(b.y1))+1)
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			px, py := float64(x)+0.5, float64(y)+0.5
			cov := coverage(s(px, py))
			if cov == 0 {
				continue
			}
			col := colorAt(px, py)
			a := cov * float64(col.A) / 255
			p := c.pix[4*(y*c.w+x):]
			p[0] = float64(col.R)/255*a + p[0]*(1-a)
			p[1] = float64(col.G)/255*a + p[1]*(1-a)
			p[2] = float64(col.B)/255*a + p[2]*(1-a)
			p[3] = a + p[3]*(1-a)
		}
	}
}

// coverage is how much of a pixel a shape covers when its centre is d pixels from the edge:
// a box filter one pixel wide across the edge.
func coverage(d float64) float64 {
	return math.Max(0, math.Min(1, 0.5-d))
}

// image returns the canvas as 8-bit non-premultiplied RGBA. Pixels that are fully
// transparent are zero in every channel, so they compress well.
func (c *canvas) image() *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, c.w, c.h))
	for i := 0; i < c.w*c.h; i++ {
		p := c.pix[4*i:]
		a := math.Round(p[3] * 255)
		if a == 0 {
			continue
		}
		q := img.Pix[4*i:]
		for k := 0; k < 3; k++ {
			q[k] = uint8(math.Round(math.Min(1, p[k]/p[3]) * 255))
		}
		q[3] = uint8(a)
	}
	return img
}

// rgb returns an opaque colour from its hex code, such as 0xF2C27B.
func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 255}
}

// mix returns the colour a fraction t of the way from a to b.
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	l := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t)) }
	return color.NRGBA{R: l(a.R, b.R), G: l(a.G, b.G), B: l(a.B, b.B), A: l(a.A, b.A)}
}

// alpha returns col with its opacity multiplied by a.
func alpha(col color.NRGBA, a float64) color.NRGBA {
	col.A = uint8(math.Round(float64(col.A) * a))
	return col
}
