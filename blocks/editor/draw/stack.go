package draw

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
)

// stackLayout lays out stack in lang with the Drawer's font and metrics.
func (d *Drawer) stackLayout(stack []*blocks.Block, lang blocks.Lang) *editor.Layout {
	if len(stack) == 0 {
		return nil
	}
	return editor.LayoutStack(stack, editor.Options{Lang: lang, Measure: d.Measurer(), Metrics: &d.Metrics})
}

// StackSize returns the size in pixels DrawStack takes to draw stack at zoom, the tab under
// its last block and a thin edge for the outlines included: the image to draw it in, once,
// and keep.
func (d *Drawer) StackSize(stack []*blocks.Block, lang blocks.Lang, zoom float64) (w, h float64) {
	l := d.stackLayout(stack, lang)
	if l == nil {
		return 0, 0
	}
	e := stackEdge(zoom)
	return l.Bounds.W*zoom + 2*e, (l.Bounds.H+d.Metrics.NotchH)*zoom + 2*e
}

// stackEdge is the room in pixels DrawStack leaves around the blocks for their outlines.
func stackEdge(zoom float64) float64 { return math.Ceil(max(2, 1.5*zoom)) }

// DrawStack draws one stack of blocks, as the block catalog labels them in lang, with its
// top-left at x, y pixels of dst and zoom pixels a unit: the picture on a lesson's step card.
// It returns the size drawn, as StackSize does.
func (d *Drawer) DrawStack(dst *ebiten.Image, stack []*blocks.Block, lang blocks.Lang, x, y, zoom float64) (w, h float64) {
	l := d.stackLayout(stack, lang)
	if l == nil || zoom <= 0 {
		return 0, 0
	}
	// Blocks are drawn from whole pixels, as the workspace's origin is.
	e := stackEdge(zoom)
	origin := image.Pt(int(math.Round(x+e-l.Bounds.X*zoom)), int(math.Round(y+e-l.Bounds.Y*zoom)))
	d.layout(dst, l, view{float64(origin.X), float64(origin.Y), zoom}, dst.Bounds())
	return l.Bounds.W*zoom + 2*e, (l.Bounds.H+d.Metrics.NotchH)*zoom + 2*e
}
