package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// cache keeps a widget's last drawing, so that a frame in which nothing changed copies one
// image instead of drawing dozens of anti-aliased shapes and texts again (that is most of a
// frame on a slow GPU, and all of it on a software one).
type cache struct {
	img *ebiten.Image
	key int
	ok  bool
}

// draw copies the drawing of area to dst, painting it again first when key changed. paint
// draws in screen coordinates, as onto dst.
func (c *cache) draw(dst *ebiten.Image, area image.Rectangle, key int, paint func(*ebiten.Image)) {
	if area.Empty() {
		return
	}
	if c.img == nil || c.img.Bounds() != area {
		if c.img != nil {
			c.img.Deallocate()
		}
		c.img = ebiten.NewImageWithOptions(area, nil)
		c.ok = false
	}
	if !c.ok || c.key != key {
		c.img.Clear()
		paint(c.img)
		c.key, c.ok = key, true
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(float64(area.Min.X), float64(area.Min.Y))
	dst.DrawImage(c.img, op)
}

// Release frees the image a widget keeps of its drawing; call it when the widget closes. A
// widget drawn again afterwards makes a new one.
func (c *cache) Release() {
	if c.img != nil {
		c.img.Deallocate()
		c.img = nil
	}
	c.ok = false
}
