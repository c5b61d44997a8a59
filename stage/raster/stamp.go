package raster

import (
	"image"
	"math"

	"golang.org/x/image/draw"
	"golang.org/x/image/math/f64"

	"tsumiki/stage"
)

// stamp draws the snapshot of a sprite onto the pen layer: its costume at
// its drawn position, direction and size after the rotation style, with its
// colour, brightness and ghost effects.
func (c *Canvas) stamp(st *stage.StampInfo) {
	pic := c.picture(st.Costume.Asset)
	if pic == nil {
		return
	}
	s := &stage.Sprite{
		X: st.X, Y: st.Y, Direction: st.Direction, Size: st.Size,
		RotationStyle: st.RotationStyle, Costumes: []stage.Costume{st.Costume},
	}
	pl, ok := stage.SpritePlacement(s)
	if !ok {
		return
	}
	m, ok := pictureToCanvas(&pl, pic.Rect.Size())
	if !ok {
		return
	}
	box := transformedBox(&m, pic.Rect).Intersect(image.Rect(0, 0, Width, Height))
	if box.Empty() {
		return
	}

	// Draw the picture into a transparent scratch image the size of box,
	// then blend that onto the pen layer with the effects.
	n := 4 * box.Dx() * box.Dy()
	if cap(c.tmp.Pix) < n {
		c.tmp.Pix = make([]uint8, n)
	}
	c.tmp.Pix = c.tmp.Pix[:n]
	clear(c.tmp.Pix)
	c.tmp.Stride, c.tmp.Rect = 4*box.Dx(), image.Rect(0, 0, box.Dx(), box.Dy())
	m[2] -= float64(box.Min.X)
	m[5] -= float64(box.Min.Y)
	draw.ApproxBiLinear.Transform(&c.tmp, m, pic, pic.Rect, draw.Src, nil)

	fx := effectsOf(&st.Effects)
	pen := c.layer()
	for y := 0; y < box.Dy(); y++ {
		row := pen.Pix[pen.PixOffset(box.Min.X, box.Min.Y+y):]
		src := c.tmp.Pix[y*c.tmp.Stride:]
		for x := 0; x < box.Dx(); x++ {
			p := [4]uint8(src[4*x : 4*x+4])
			if p[3] == 0 {
				continue
			}
			if !fx.none() {
				p = fx.apply(p, true)
			}
			if p[3] == 0xff {
				copy(row[4*x:4*x+4], p[:]) // premultiplied and opaque: as it is
				continue
			}
			over(row[4*x:4*x+4], rgba64{uint32(p[0]) * 0x101, uint32(p[1]) * 0x101, uint32(p[2]) * 0x101, uint32(p[3]) * 0x101})
		}
	}
	c.changed(box)
}

// pictureToCanvas returns the affine map from pixels of a picture of the
// given size, placed as pl places its costume, to canvas pixels.
func pictureToCanvas(pl *stage.Placement, size image.Point) (f64.Aff3, bool) {
	ox, oy := pl.Point(0, 0)
	ux, uy := pl.Point(1, 0)
	vx, vy := pl.Point(0, 1)
	w, h := float64(size.X), float64(size.Y)
	m := f64.Aff3{
		Scale * (ux - ox) / w, Scale * (vx - ox) / h, Scale * (ox + stage.Width/2),
		-Scale * (uy - oy) / w, -Scale * (vy - oy) / h, Scale * (stage.Height/2 - oy),
	}
	for _, v := range m {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return m, false
		}
	}
	return m, true
}

// transformedBox returns the whole-pixel box around r mapped by m, one pixel
// larger on each side.
func transformedBox(m *f64.Aff3, r image.Rectangle) image.Rectangle {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range [4]image.Point{r.Min, {r.Max.X, r.Min.Y}, {r.Min.X, r.Max.Y}, r.Max} {
		x := m[0]*float64(p.X) + m[1]*float64(p.Y) + m[2]
		y := m[3]*float64(p.X) + m[4]*float64(p.Y) + m[5]
		minX, maxX = math.Min(minX, x), math.Max(maxX, x)
		minY, maxY = math.Min(minY, y), math.Max(maxY, y)
	}
	// Keep far-off boxes from overflowing int: the canvas clips them anyway.
	clamp := func(v float64) int { return int(math.Max(-1e6, math.Min(v, 1e6))) }
	return image.Rect(clamp(math.Floor(minX))-1, clamp(math.Floor(minY))-1, clamp(math.Ceil(maxX))+1, clamp(math.Ceil(maxY))+1)
}
