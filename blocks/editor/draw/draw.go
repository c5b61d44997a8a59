// Package draw draws the block editor with ebiten, as Scratch 3 draws its blocks: an
// editor.Layout's blocks in their shapes and category colours, with their words, slots and
// dropdowns; a drag in progress with its landing preview; and the palette column.
//
// Everything is drawn at the destination's own resolution (shapes cut into triangles at the
// zoomed size, with anti-aliased outlines; text set at the zoomed size), so blocks are sharp
// at any zoom. The shapes of a whole layout go to the GPU in a few DrawTriangles32 calls:
// ebiten/v2/vector's FillPath rasterises a stencil of each path's bounds, which for a screen
// of blocks took about a second a frame under Mesa's software renderer. Positions are in the
// editor's workspace units: a point p of the layout is drawn at origin + p·zoom pixels of the
// destination image.
//
// The words are set in the same font the editor's UIMeasurer measures them with, M+ 1p
// (tsumiki/assets/fonts), so that they fit the places the layout made for them.
package draw

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"tsumiki/assets/fonts"
	"tsumiki/blocks"
	"tsumiki/blocks/editor"
)

// Drawer draws editor layouts. It keeps the font, a path and an offscreen image between
// frames; like ebiten's drawing it is for one goroutine.
type Drawer struct {
	// Metrics are the sizes the layouts were made with. New sets editor.DefaultMetrics; set
	// them to Workspace.Metrics when a workspace uses others.
	Metrics editor.Metrics

	src   *text.GoTextFaceSource
	faces map[float64]*text.GoTextFace
	ch    chains
	mesh  *mesh         // made on the first draw, when ebiten can make images
	words []word        // words waiting to be drawn over the shapes
	off   *ebiten.Image // for drawing dragged blocks before they are laid over the workspace
}

// word is text to draw, in pixels: the left end and the top of its line.
type word struct {
	s    string
	x, y float64
	c    color.NRGBA
}

// New returns a Drawer with the app's font.
func New() (*Drawer, error) {
	src, err := text.NewGoTextFaceSource(bytes.NewReader(fonts.MPlus1pRegular))
	if err != nil {
		return nil, fmt.Errorf("draw: reading the font: %w", err)
	}
	return &Drawer{Metrics: editor.DefaultMetrics(), src: src, faces: make(map[float64]*text.GoTextFace)}, nil
}

// liga is the OpenType feature of ligatures ("fi", "ff"), which the editor's measurer does
// not apply: without them the words are exactly as wide as the layout measured them.
var liga = text.MustParseTag("liga")

// Face returns the font at size pixels, as the blocks' words are set.
func (d *Drawer) Face(size float64) text.Face {
	if f, ok := d.faces[size]; ok {
		return f
	}
	if len(d.faces) >= 64 { // a zoom gesture goes through many sizes
		clear(d.faces)
	}
	f := &text.GoTextFace{Source: d.src, Size: size}
	f.SetFeature(liga, 0)
	d.faces[size] = f
	return f
}

// Measurer returns an editor.Measurer that measures with the font and shaping Drawer draws
// with. editor.UIMeasurer measures the same font with another engine; the two agree to a
// hundredth of a unit. Unlike the Drawer, the Measurer may be used from any goroutine.
func (d *Drawer) Measurer() editor.Measurer {
	return func(s string, size float64) float64 {
		f := &text.GoTextFace{Source: d.src, Size: size}
		f.SetFeature(liga, 0)
		return text.Advance(s, f)
	}
}

// minTextPx is the smallest text drawn, in pixels; smaller words would be a smudge.
const minTextPx = 3.5

// minPartPx is the smallest height of slots and dropdowns drawn, in pixels.
const minPartPx = 3

// Draw draws every block of l: a point p of the layout lands at origin + p·zoom in dst.
// Only what falls inside dst's bounds is drawn; the background is the caller's.
func (d *Drawer) Draw(dst *ebiten.Image, l *editor.Layout, origin image.Point, zoom float64) {
	if l == nil || zoom <= 0 {
		return
	}
	d.layout(dst, l, view{float64(origin.X), float64(origin.Y), zoom}, dst.Bounds())
}

// margin is how far a block's drawing may reach outside its rectangle, in units: the tab under
// it and the outline.
func (d *Drawer) margin() float64 { return d.Metrics.NotchH + 2 }

// pixels returns the pixels that r, grown by m units, covers.
func (v view) pixels(r editor.Rect, m float64) image.Rectangle {
	return image.Rect(
		int(math.Floor(v.ox+(r.X-m)*v.z)), int(math.Floor(v.oy+(r.Y-m)*v.z)),
		int(math.Ceil(v.ox+(r.X+r.W+m)*v.z)), int(math.Ceil(v.oy+(r.Y+r.H+m)*v.z)))
}

// layout draws l's blocks that fall in clip. The words of a script are drawn after its
// shapes, and those of several scripts together unless a later script overlaps them, so
// that ebiten can batch the shapes.
func (d *Drawer) layout(dst *ebiten.Image, l *editor.Layout, v view, clip image.Rectangle) {
	clip = clip.Intersect(dst.Bounds())
	if clip.Empty() {
		return
	}
	d.start(v)
	face := d.Face(d.Metrics.FontSize * v.z)
	margin := d.margin()
	var pending image.Rectangle // the scripts whose words are waiting
	for _, s := range l.Scripts {
		sr := v.pixels(s.Bounds, margin)
		if !sr.Overlaps(clip) {
			continue
		}
		if sr.Overlaps(pending) {
			d.flush(dst, face)
			pending = image.Rectangle{}
		}
		for _, b := range s.Boxes {
			if v.pixels(b.Rect, margin).Overlaps(clip) {
				d.box(dst, b, face)
			}
		}
		pending = pending.Union(sr)
	}
	d.flush(dst, face)
}

// start gets ready to draw at v.
func (d *Drawer) start(v view) {
	if d.mesh == nil {
		d.mesh = newMesh()
	}
	d.ch.v = v
}

// flush draws the shapes so far, then the words over them.
func (d *Drawer) flush(dst *ebiten.Image, face text.Face) {
	d.mesh.flush(dst)
	d.flushWords(dst, face)
}

// line returns the width in pixels of a line width units wide, at least a faint pixel.
func (d *Drawer) line(width float64) float64 { return max(width*d.ch.v.z, 0.6) }

// paint fills s in fill and outlines it in line, width units wide.
func (d *Drawer) paint(dst *ebiten.Image, s shape, fill, line color.NRGBA, width float64) {
	d.mesh.fill(dst, &d.ch, s, fill)
	d.mesh.stroke(dst, &d.ch, s, line, d.line(width))
	d.ch.pts = d.ch.pts[:0]
}

// colors returns the colours b is drawn in.
func colors(b *editor.Box) palette {
	if b.Def == nil {
		return unknownBlock
	}
	return colorsOf(b.Def.Category)
}

// box draws one block: its shape, its slots and dropdowns, and queues its words. Reporters in
// its slots are boxes of their own, drawn after it.
func (d *Drawer) box(dst *ebiten.Image, b *editor.Box, face text.Face) {
	m := &d.Metrics
	c := &d.ch
	v := c.v
	pal := colors(b)
	d.paint(dst, blockShape(c, m, b, 0, 0), pal.fill, pal.tertiary, 1)
	if m.SlotH*v.z < minPartPx {
		return // far out: the slots would be specks
	}
	for i := range b.Parts {
		p := &b.Parts[i]
		r := p.Rect
		switch p.Kind {
		case editor.Label:
			d.word(v, face, p.Text, r.X, r, white)
		case editor.Slot:
			if p.Block != nil {
				continue // the reporter in it is drawn instead
			}
			switch p.Input {
			case blocks.BoolInput:
				d.paint(dst, hexShape(c, r.X, r.Y, r.W, r.H), pal.tertiary, pal.tertiary, 1)
			case blocks.ColorInput:
				col, ok := parseHex(p.Text)
				if !ok {
					col = white
				}
				d.paint(dst, roundShape(c, r.X, r.Y, r.W, r.H, r.H/2), col, white, 2)
			case blocks.MenuInput:
				d.paint(dst, roundShape(c, r.X, r.Y, r.W, r.H, r.H/2), pal.secondary, pal.tertiary, 1)
				d.menu(dst, face, p)
			default: // a number or text typed in
				d.paint(dst, roundShape(c, r.X, r.Y, r.W, r.H, r.H/2), white, pal.tertiary, 1)
				d.centred(v, face, p.Text, r, textDark)
			}
		case editor.Dropdown:
			d.paint(dst, roundShape(c, r.X, r.Y, r.W, r.H, cornerR), pal.secondary, pal.tertiary, 1)
			d.menu(dst, face, p)
		case editor.Param:
			pp := colorsOf(blocks.MyBlocks)
			var s shape
			if p.Input == blocks.BoolInput {
				s = hexShape(c, r.X, r.Y, r.W, r.H)
			} else {
				s = roundShape(c, r.X, r.Y, r.W, r.H, r.H/2)
			}
			d.paint(dst, s, pp.fill, pp.tertiary, 1)
			d.centred(v, face, p.Text, r, white)
		}
	}
}

// menu draws the words and the arrow of a dropdown or a menu slot, in white.
func (d *Drawer) menu(dst *ebiten.Image, face text.Face, p *editor.Part) {
	m := &d.Metrics
	r := p.Rect
	d.word(d.ch.v, face, p.Text, r.X+m.SlotPadX, r, white)
	d.paint(dst, arrowShape(&d.ch, r.X+r.W-m.SlotPadX-m.ArrowW, r.Y, m.ArrowW, r.H), white, white, 0.5)
}

// word queues s with its left end at x units, centred on the height of r.
func (d *Drawer) word(v view, face text.Face, s string, x float64, r editor.Rect, c color.NRGBA) {
	if s == "" || d.Metrics.FontSize*v.z < minTextPx {
		return
	}
	fm := face.Metrics()
	top := v.oy + (r.Y+r.H/2)*v.z - (fm.HAscent+fm.HDescent)/2
	d.words = append(d.words, word{s: s, x: math.Round(v.ox + x*v.z), y: math.Round(top), c: c})
}

// centred queues s centred in r.
func (d *Drawer) centred(v view, face text.Face, s string, r editor.Rect, c color.NRGBA) {
	if s == "" || d.Metrics.FontSize*v.z < minTextPx {
		return
	}
	w := text.Advance(s, face) / v.z
	d.word(v, face, s, r.X+(r.W-w)/2, r, c)
}

// flushWords draws the queued words.
func (d *Drawer) flushWords(dst *ebiten.Image, face text.Face) {
	op := &text.DrawOptions{}
	for _, w := range d.words {
		op.GeoM.Reset()
		op.GeoM.Translate(w.x, w.y)
		op.ColorScale.Reset()
		op.ColorScale.ScaleWithColor(w.c)
		text.Draw(dst, w.s, face, op)
	}
	d.words = d.words[:0]
}

// The look of dragged blocks.
const (
	dragAlpha    = 0.85 // dragged blocks are slightly see-through
	deleteAlpha  = 0.5  // and more so over the palette, where letting go deletes them
	shadowAlpha  = 0.25
	shadowOffset = 4 // units, down and right
)

// DrawDrag draws a drag in progress: a grey preview where the blocks would land, then the
// dragged blocks, slightly see-through and with a shadow. v.Layout is in the coordinates of
// v.Pane; origin and zoom are that pane's, as given to Draw or DrawPalette.
func (d *Drawer) DrawDrag(dst *ebiten.Image, v editor.DragView, origin image.Point, zoom float64) {
	if v.Layout == nil || len(v.Layout.Boxes) == 0 || zoom <= 0 {
		return
	}
	vw := view{float64(origin.X), float64(origin.Y), zoom}
	if c := v.Candidate; c != nil {
		d.preview(dst, vw, v.Layout, c)
	}
	clip := dst.Bounds()
	r := vw.pixels(v.Layout.Bounds, d.margin()).Intersect(clip)
	if r.Empty() {
		return
	}
	off := d.offscreen(r.Dx(), r.Dy())
	d.layout(off, v.Layout, view{vw.ox - float64(r.Min.X), vw.oy - float64(r.Min.Y), zoom}, off.Bounds())

	alpha := float32(dragAlpha)
	if v.Deletes {
		alpha = deleteAlpha
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(float64(r.Min.X)+shadowOffset*zoom, float64(r.Min.Y)+shadowOffset*zoom)
	op.ColorScale.Scale(0, 0, 0, shadowAlpha*alpha)
	dst.DrawImage(off, op)
	op.GeoM.Reset()
	op.GeoM.Translate(float64(r.Min.X), float64(r.Min.Y))
	op.ColorScale.Reset()
	op.ColorScale.ScaleAlpha(alpha)
	dst.DrawImage(off, op)
}

// preview draws where dragged blocks would land: the first block's shape in grey at its place,
// or, for a reporter going into a slot, the slot outlined in white.
func (d *Drawer) preview(dst *ebiten.Image, v view, l *editor.Layout, c *editor.Candidate) {
	d.start(v)
	ch := &d.ch
	first := l.Boxes[0]
	if c.Kind == editor.InSlot {
		r := c.Rect
		var s shape
		if first.Shape == blocks.Boolean {
			s = hexShape(ch, r.X, r.Y, r.W, r.H)
		} else {
			s = roundShape(ch, r.X, r.Y, r.W, r.H, r.H/2)
		}
		d.paint(dst, s, previewFill, white, 3)
	} else {
		s := blockShape(ch, &d.Metrics, first, c.At.X-first.Rect.X, c.At.Y-first.Rect.Y)
		d.paint(dst, s, previewFill, previewLine, 1)
	}
	d.mesh.flush(dst)
}

// offscreen returns a cleared image of w×h pixels at (0, 0), part of one kept between frames.
func (d *Drawer) offscreen(w, h int) *ebiten.Image {
	if d.off != nil {
		b := d.off.Bounds()
		if b.Dx() < w || b.Dy() < h {
			w0, h0 := max(w, b.Dx()), max(h, b.Dy())
			d.off.Deallocate()
			d.off = nil
			w, h = w0, h0
		}
	}
	if d.off == nil {
		d.off = ebiten.NewImage(w, h)
	}
	sub := d.off.SubImage(image.Rect(0, 0, w, h)).(*ebiten.Image)
	sub.Clear()
	return sub
}

// DrawPalette draws the palette column into area of dst: its background and edge, a strip of
// each category's colour beside its blocks, and p's blocks (Workspace.Palette) with origin
// and zoom as Draw takes them. Nothing is drawn outside area.
func (d *Drawer) DrawPalette(dst *ebiten.Image, p *editor.Layout, area image.Rectangle, origin image.Point, zoom float64) {
	area = area.Intersect(dst.Bounds())
	if area.Empty() {
		return
	}
	sub := dst.SubImage(area).(*ebiten.Image)
	sub.Fill(paletteBack)
	edge := max(1, math.Round(zoom))
	vector.FillRect(sub, float32(area.Max.X)-float32(edge), float32(area.Min.Y), float32(edge), float32(area.Dy()), paletteEdge, false)
	if p == nil || zoom <= 0 {
		return
	}
	v := view{float64(origin.X), float64(origin.Y), zoom}
	d.start(v)
	// The strips: one for each run of blocks of a category, in the margin left of the blocks.
	m := &d.Metrics
	stripW := min(4, m.PaletteX/2)
	x := (m.PaletteX - stripW) / 2
	for i := 0; i < len(p.Scripts); {
		cat := category(p.Scripts[i])
		r := p.Scripts[i].Bounds
		j := i + 1
		for ; j < len(p.Scripts) && category(p.Scripts[j]).ID == cat.ID; j++ {
			r = r.Union(p.Scripts[j].Bounds)
		}
		if cat.Color != "" {
			col := colorsOf(cat).fill
			d.paint(sub, roundShape(&d.ch, x, r.Y, stripW, r.H, stripW/2), col, col, 0.5)
		}
		i = j
	}
	d.mesh.flush(sub)
	d.layout(sub, p, v, area)
}

// category returns the category of a palette item.
func category(s editor.ScriptBox) blocks.Category {
	if len(s.Boxes) == 0 || s.Boxes[0].Def == nil {
		return blocks.Category{}
	}
	return s.Boxes[0].Def.Category
}
