// Package raster draws on the CPU what a stage holds only as pixels, and
// answers the questions that need those pixels.
//
// A [Canvas] keeps the pen layer as a picture at twice the stage's
// resolution and draws the world's pen operations onto it: lines with round
// ends, dots, stamps of sprites, and clears. It answers "touching color?"
// and "color is touching color?" as scratch-render's CPU path does, from the
// backdrop, the pen layer and the other sprites.
//
// Everything here is deterministic: the same operations give the same
// pixels, bit for bit, with integer arithmetic wherever pixels are blended.
// Nothing depends on a clock or on map order, and nothing imports a
// graphics library that needs a screen, so the headless runner can use it.
//
// A Canvas is not safe for concurrent use.
package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"

	"tsumiki/stage"
)

// Scale is how many canvas pixels make one stage pixel, in each direction.
const Scale = 2

// Width and Height are the size of the pen layer in canvas pixels.
const Width, Height = stage.Width * Scale, stage.Height * Scale

// Pictures gives the decoded picture for a costume's Asset key.
// assets.Store implements it.
type Pictures interface {
	Image(asset string) (image.Image, error)
}

// Canvas is the pen layer of one stage, with the pictures it needs to draw
// stamps and to sample sprites.
type Canvas struct {
	pics Pictures

	pen     *image.NRGBA // nil until the first drawing
	version uint64
	dirty   image.Rectangle
	drawn   int

	images map[string]*image.RGBA // premultiplied copies, by asset; nil: not to be had

	// Buffers kept between operations.
	rast  vector.Rasterizer
	cover image.Alpha
	tmp   image.RGBA
	cands []candidate
	base  baseCache
}

// NewCanvas returns an empty canvas that finds pictures through pics, which
// may be nil: then stamps draw nothing and sprites are seen only by shape.
func NewCanvas(pics Pictures) *Canvas {
	return &Canvas{pics: pics, images: make(map[string]*image.RGBA)}
}

// PenLayer returns the pen layer: Width×Height pixels, not premultiplied,
// with stage point x, y at canvas point (x+240)·2, (180-y)·2. Pixels the pen
// has not touched are transparent. The Canvas keeps drawing into the image
// it returns; read it between calls to Apply.
func (c *Canvas) PenLayer() *image.NRGBA {
	c.layer()
	return c.pen
}

// layer returns the pen layer, made on first use so that a project that
// never draws costs nothing.
func (c *Canvas) layer() *image.NRGBA {
	if c.pen == nil {
		c.pen = image.NewNRGBA(image.Rect(0, 0, Width, Height))
	}
	return c.pen
}

// Version counts the changes to the pen layer: it grows whenever pixels may
// have changed.
func (c *Canvas) Version() uint64 { return c.version }

// TakeDirty returns the part of the pen layer that changed since the last
// call, and forgets it. It is empty when nothing changed.
func (c *Canvas) TakeDirty() image.Rectangle {
	r := c.dirty
	c.dirty = image.Rectangle{}
	return r
}

// Drawn returns how many pen operations the canvas has drawn so far,
// clears included.
func (c *Canvas) Drawn() int { return c.drawn }

// changed records that the pixels in r changed.
func (c *Canvas) changed(r image.Rectangle) {
	if r.Empty() {
		return
	}
	c.version++
	c.dirty = c.dirty.Union(r)
}

// Apply draws pen operations onto the pen layer, oldest first, as they come
// from [stage.World.TakePenOps].
//
// The time an operation takes grows with the area it covers: a line of the
// largest pen size covers the whole layer and takes milliseconds. Operations
// that a later one hides wholly (everything before a clear, or before an
// opaque line that covers the whole layer) are counted as drawn but skip
// the pixel work.
func (c *Canvas) Apply(ops []stage.PenOp) {
	from := 0
	for i := len(ops) - 1; i > 0; i-- {
		if hidesAll(&ops[i]) {
			from = i
			break
		}
	}
	c.drawn += from
	for i := from; i < len(ops); i++ {
		op := &ops[i]
		switch op.Kind {
		case stage.PenClear:
			c.clear()
		case stage.PenLine:
			c.line(op.X1, op.Y1, op.X2, op.Y2, op.Size, op.Color)
		case stage.PenDot:
			c.line(op.X1, op.Y1, op.X1, op.Y1, op.Size, op.Color)
		case stage.PenStamp:
			if op.Stamp != nil {
				c.stamp(op.Stamp)
			}
		}
		c.drawn++
	}
}

// hidesAll reports whether op leaves nothing of what was drawn before it: a
// clear, or an opaque line or dot whose inside covers every pixel.
func hidesAll(op *stage.PenOp) bool {
	switch op.Kind {
	case stage.PenClear:
		return true
	case stage.PenLine, stage.PenDot:
	default:
		return false
	}
	if op.Color.A != 0xff || !finite(op.X1, op.Y1, op.X2, op.Y2, op.Size) {
		return false
	}
	x2, y2 := op.X2, op.Y2
	if op.Kind == stage.PenDot {
		x2, y2 = op.X1, op.Y1
	}
	// A pixel is surely covered when its corners are a pixel inside the edge
	// (the offset of thin lines does not matter for lines this wide).
	r := op.Size/2 - 1.0/Scale
	const hw, hh = stage.Width / 2, stage.Height / 2
	for _, p := range [4][2]float64{{-hw, -hh}, {-hw, hh}, {hw, -hh}, {hw, hh}} {
		if distToSegment(p[0], p[1], op.X1, op.Y1, x2, y2) > r {
			return false
		}
	}
	return true
}

// distToSegment returns the distance from the point px, py to the segment
// from a to b.
func distToSegment(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		t = min(max(((px-ax)*dx+(py-ay)*dy)/l2, 0), 1)
	}
	return math.Hypot(px-(ax+t*dx), py-(ay+t*dy))
}

// clear makes the pen layer transparent.
func (c *Canvas) clear() {
	if c.pen == nil {
		return
	}
	clear(c.pen.Pix)
	c.changed(c.pen.Rect)
}

// picture returns the premultiplied picture for asset, or nil when it cannot
// be had. Each asset is asked for once.
func (c *Canvas) picture(asset string) *image.RGBA {
	if asset == "" || c.pics == nil {
		return nil
	}
	if img, ok := c.images[asset]; ok {
		return img
	}
	var rgba *image.RGBA
	if img, err := c.pics.Image(asset); err == nil && img != nil && !img.Bounds().Empty() {
		b := img.Bounds()
		rgba = image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(rgba, rgba.Rect, img, b.Min, draw.Src)
	}
	c.images[asset] = rgba
	return rgba
}

// toCanvas returns the canvas point of the stage point x, y.
func toCanvas(x, y float64) (float64, float64) {
	return (x + stage.Width/2) * Scale, (stage.Height/2 - y) * Scale
}

// rgba64 is a premultiplied colour with 16-bit channels.
type rgba64 struct{ r, g, b, a uint32 }

// premultiply returns c premultiplied at 16 bits.
func premultiply(c color.NRGBA) rgba64 {
	a := uint32(c.A) * 0x101
	return rgba64{
		r: uint32(c.R) * 0x101 * a / 0xffff,
		g: uint32(c.G) * 0x101 * a / 0xffff,
		b: uint32(c.B) * 0x101 * a / 0xffff,
		a: a,
	}
}

// over blends the premultiplied colour s over the non-premultiplied pixel d
// (4 bytes), in integers.
func over(d []uint8, s rgba64) {
	switch {
	case s.a == 0:
		return
	case s.a == 0xffff:
		d[0], d[1], d[2], d[3] = to8(s.r), to8(s.g), to8(s.b), 0xff
		return
	}
	da := uint32(d[3]) * 0x101
	inv := 0xffff - s.a
	oa := s.a + da*inv/0xffff
	if oa == 0 {
		d[0], d[1], d[2], d[3] = 0, 0, 0, 0
		return
	}
	mix := func(sc uint32, dc uint8) uint8 {
		pd := uint32(dc) * 0x101 * da / 0xffff // premultiplied destination
		oc := sc + pd*inv/0xffff
		return uint8(min((oc*0xff+oa/2)/oa, 0xff))
	}
	d[0], d[1], d[2] = mix(s.r, d[0]), mix(s.g, d[1]), mix(s.b, d[2])
	d[3] = to8(oa)
}

// to8 rounds a 16-bit channel to 8 bits.
func to8(v uint32) uint8 { return uint8((v*0xff + 0x7fff) / 0xffff) }
