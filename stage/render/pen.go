package render

import (
	"bytes"
	"image"
	"image/draw"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/stage"
)

// penLayer is the pen layer's copy on the GPU.
//
// On a software renderer every pixel drawn costs, so the layer keeps, for each row, where
// its drawn (not fully transparent) pixels are, and draws only the rectangle that holds
// them; and it keeps a copy of what it uploaded, so a new version uploads only the rows that
// changed.
type penLayer struct {
	img     *ebiten.Image // straight-alpha pixels; see pen.kage
	version int
	size    image.Point

	shadow []byte          // the pixels on the GPU, NRGBA, rows packed
	rows   []span          // per row, the columns with drawn pixels
	bounds image.Rectangle // of all drawn pixels
	buf    *image.NRGBA    // for pen images that are not packed NRGBA
}

// span is the columns [min, max) of a row that hold drawn pixels; empty when min >= max.
type span struct{ min, max int }

// drawPen uploads pen when its version or size changed, and draws it over the stage.
func (r *Renderer) drawPen(dst *ebiten.Image, v view, pen image.Image, version int) {
	if pen == nil || pen.Bounds().Empty() {
		return
	}
	l := &r.pen
	if size := pen.Bounds().Size(); l.img == nil || l.size != size {
		l.reset(size)
		l.upload(pen)
	} else if version != l.version {
		l.upload(pen)
	}
	l.version = version
	if l.bounds.Empty() {
		return
	}

	// Pen pixel (px, py) is at stage (px·480/w - 240, 180 - py·360/h).
	b := l.bounds
	kx, ky := float64(stage.Width)/float64(l.size.X), float64(stage.Height)/float64(l.size.Y)
	x0, y0 := v.at(float64(b.Min.X)*kx-stage.Width/2, stage.Height/2-float64(b.Min.Y)*ky)
	x1, y1 := v.at(float64(b.Max.X)*kx-stage.Width/2, stage.Height/2-float64(b.Max.Y)*ky)
	sx0, sy0, sx1, sy1 := float32(b.Min.X), float32(b.Min.Y), float32(b.Max.X), float32(b.Max.Y)
	vs := []ebiten.Vertex{
		{DstX: float32(x0), DstY: float32(y0), SrcX: sx0, SrcY: sy0},
		{DstX: float32(x1), DstY: float32(y0), SrcX: sx1, SrcY: sy0},
		{DstX: float32(x0), DstY: float32(y1), SrcX: sx0, SrcY: sy1},
		{DstX: float32(x1), DstY: float32(y1), SrcX: sx1, SrcY: sy1},
	}
	op := &ebiten.DrawTrianglesShaderOptions{}
	op.Images[0] = l.img
	// One pen pixel a destination pixel, on whole pixels: no need to filter.
	exact := v.sx*kx == 1 && v.sy*ky == 1 && x0 == float64(int(x0)) && y0 == float64(int(y0))
	op.Uniforms = map[string]any{"Nearest": boolFloat(exact)}
	dst.DrawTrianglesShader32(vs, []uint32{0, 1, 2, 1, 3, 2}, r.shaders.pen, op)
}

func boolFloat(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// reset makes a new, empty GPU image of size.
func (l *penLayer) reset(size image.Point) {
	if l.img != nil {
		l.img.Deallocate()
	}
	l.img = ebiten.NewImageWithOptions(image.Rectangle{Max: size}, &ebiten.NewImageOptions{Unmanaged: true})
	l.size = size
	l.shadow = make([]byte, 4*size.X*size.Y)
	l.rows = make([]span, size.Y)
	l.bounds = image.Rectangle{}
}

// upload copies the rows of pen that changed to the GPU, as straight-alpha RGBA. A packed
// NRGBA image, as the pen raster is, is read as it is, with no conversion.
func (l *penLayer) upload(pen image.Image) {
	pix := l.packed(pen)
	stride := 4 * l.size.X
	first, last := -1, -1
	for y := range l.size.Y {
		row := pix[y*stride : (y+1)*stride]
		old := l.shadow[y*stride : (y+1)*stride]
		if bytes.Equal(row, old) {
			continue
		}
		copy(old, row)
		l.rows[y] = drawnSpan(row)
		if first < 0 {
			first = y
		}
		last = y
	}
	if first < 0 {
		return
	}
	band := image.Rect(0, first, l.size.X, last+1)
	l.img.SubImage(band).(*ebiten.Image).WritePixels(l.shadow[first*stride : (last+1)*stride])

	l.bounds = image.Rectangle{}
	for y, s := range l.rows {
		if s.min < s.max {
			l.bounds = l.bounds.Union(image.Rect(s.min, y, s.max, y+1))
		}
	}
}

// packed returns pen's pixels as packed NRGBA rows.
func (l *penLayer) packed(pen image.Image) []byte {
	b := pen.Bounds()
	if p, ok := pen.(*image.NRGBA); ok && p.Stride == 4*b.Dx() {
		i := p.PixOffset(b.Min.X, b.Min.Y)
		return p.Pix[i : i+4*b.Dx()*b.Dy()]
	}
	if l.buf == nil || l.buf.Rect.Size() != b.Size() {
		l.buf = image.NewNRGBA(image.Rectangle{Max: b.Size()})
	}
	draw.Draw(l.buf, l.buf.Rect, pen, b.Min, draw.Src)
	return l.buf.Pix
}

// drawnSpan returns the columns of an NRGBA row whose alpha is not 0.
func drawnSpan(row []byte) span {
	n := len(row) / 4
	lo := 0
	for lo < n && row[4*lo+3] == 0 {
		lo++
	}
	if lo == n {
		return span{}
	}
	hi := n
	for row[4*(hi-1)+3] == 0 {
		hi--
	}
	return span{lo, hi}
}
