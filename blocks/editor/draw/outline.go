package draw

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks/editor"
)

// Colours of outlines drawn around blocks.
var (
	// Glow is the yellow Scratch draws around a running script.
	Glow = color.NRGBA{0xff, 0xf2, 0x00, 0xff}
	// Mark is the red around a block that raised an error.
	Mark = color.NRGBA{0xe6, 0x2e, 0x2e, 0xff}
	// Selected is the blue around the block whose Lua the code panel shows.
	Selected = color.NRGBA{0x2e, 0x8e, 0xff, 0xff}
)

// DrawOutline draws a band width units wide around each of boxes, in col, as Scratch's glow
// around running scripts. Draw the blocks after it: the band is the part that shows around
// them. origin and zoom are as Draw takes them.
func (d *Drawer) DrawOutline(dst *ebiten.Image, boxes []*editor.Box, origin image.Point, zoom float64, col color.NRGBA, width float64) {
	if len(boxes) == 0 || zoom <= 0 {
		return
	}
	v := view{float64(origin.X), float64(origin.Y), zoom}
	d.start(v)
	clip := dst.Bounds()
	for _, b := range boxes {
		if !v.pixels(b.Rect, d.margin()+width).Overlaps(clip) {
			continue
		}
		d.paint(dst, blockShape(&d.ch, &d.Metrics, b, 0, 0), col, col, 2*width)
	}
	d.mesh.flush(dst)
}
