package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// kappa places the control points of a cubic Bézier that follows a quarter
// circle.
const kappa = 0.5522847498307936

// line draws a pen line from x1, y1 to x2, y2 (stage points) with round
// ends, size stage pixels across, anti-aliased; equal ends draw a dot. Like
// scratch-render's PenSkin, lines 1 and 3 pixels across move half a pixel
// right and up so that they cover whole stage pixels.
func (c *Canvas) line(x1, y1, x2, y2, size float64, col color.NRGBA) {
	if col.A == 0 || !(size > 0) || !finite(x1, y1, x2, y2, size) {
		return
	}
	if size == 1 || size == 3 {
		x1, y1, x2, y2 = x1+0.5, y1+0.5, x2+0.5, y2+0.5
	}
	ax, ay := toCanvas(x1, y1)
	bx, by := toCanvas(x2, y2)
	r := size / 2 * Scale
	box := image.Rect(
		int(math.Floor(math.Min(ax, bx)-r))-1, int(math.Floor(math.Min(ay, by)-r))-1,
		int(math.Ceil(math.Max(ax, bx)+r))+1, int(math.Ceil(math.Max(ay, by)+r))+1,
	).Intersect(image.Rect(0, 0, Width, Height))
	if box.Empty() {
		return
	}
	c.startCoverage(box)
	p := path{&c.rast}
	p.capsule(ax-float64(box.Min.X), ay-float64(box.Min.Y), bx-float64(box.Min.X), by-float64(box.Min.Y), r)
	cover := c.coverage()
	src := premultiply(col)
	opaque := col.A == 0xff
	pen := c.layer()
	w := box.Dx()
	for y := 0; y < box.Dy(); y++ {
		row := pen.Pix[pen.PixOffset(box.Min.X, box.Min.Y+y):][:4*w]
		for x, m := range cover.Pix[y*cover.Stride:][:w] {
			switch {
			case m == 0:
			case m == 0xff && opaque:
				d := row[4*x : 4*x+4 : 4*x+4]
				d[0], d[1], d[2], d[3] = col.R, col.G, col.B, 0xff
			default:
				m16 := uint32(m) * 0x101
				over(row[4*x:4*x+4], rgba64{src.r * m16 / 0xffff, src.g * m16 / 0xffff, src.b * m16 / 0xffff, src.a * m16 / 0xffff})
			}
		}
	}
	c.changed(box)
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// startCoverage readies the rasterizer for paths in coordinates from box's
// corner.
func (c *Canvas) startCoverage(box image.Rectangle) {
	c.rast.Reset(box.Dx(), box.Dy())
	c.rast.DrawOp = draw.Src
}

// coverage fills the paths added since startCoverage and returns how much
// of each pixel of the box they cover.
func (c *Canvas) coverage() *image.Alpha {
	size := c.rast.Size()
	w, h := size.X, size.Y
	if n := w * h; cap(c.cover.Pix) < n {
		c.cover.Pix = make([]uint8, n)
	} else {
		c.cover.Pix = c.cover.Pix[:n]
	}
	c.cover.Stride, c.cover.Rect = w, image.Rect(0, 0, w, h)
	c.rast.Draw(&c.cover, c.cover.Rect, image.Opaque, image.Point{})
	return &c.cover
}

// path adds shapes to a rasterizer.
type path struct{ z *vector.Rasterizer }

func (p *path) moveTo(x, y float64) { p.z.MoveTo(float32(x), float32(y)) }
func (p *path) lineTo(x, y float64) { p.z.LineTo(float32(x), float32(y)) }

// quarter adds a quarter circle around cx, cy of radius r, from the
// direction ux, uy to the direction vx, vy (unit vectors at right angles).
func (p *path) quarter(cx, cy, r, ux, uy, vx, vy float64) {
	k := kappa * r
	p.z.CubeTo(
		float32(cx+r*ux+k*vx), float32(cy+r*uy+k*vy),
		float32(cx+r*vx+k*ux), float32(cy+r*vy+k*uy),
		float32(cx+r*vx), float32(cy+r*vy),
	)
}

// capsule adds the points within r of the segment from a to b.
func (p *path) capsule(ax, ay, bx, by, r float64) {
	dx, dy := bx-ax, by-ay
	l := math.Hypot(dx, dy)
	if l < 1e-9 {
		// A dot: four quarters around a.
		p.moveTo(ax+r, ay)
		p.quarter(ax, ay, r, 1, 0, 0, 1)
		p.quarter(ax, ay, r, 0, 1, -1, 0)
		p.quarter(ax, ay, r, -1, 0, 0, -1)
		p.quarter(ax, ay, r, 0, -1, 1, 0)
		p.z.ClosePath()
		return
	}
	nx, ny := dx/l, dy/l // along the line
	px, py := -ny, nx    // across it
	p.moveTo(ax+r*px, ay+r*py)
	p.lineTo(bx+r*px, by+r*py)
	p.quarter(bx, by, r, px, py, nx, ny)
	p.quarter(bx, by, r, nx, ny, -px, -py)
	p.lineTo(ax-r*px, ay-r*py)
	p.quarter(ax, ay, r, -px, -py, -nx, -ny)
	p.quarter(ax, ay, r, -nx, -ny, px, py)
	p.z.ClosePath()
}
