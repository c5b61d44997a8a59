package render

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/stage"
)

// costumeTex is a costume picture on the GPU.
type costumeTex struct {
	img *ebiten.Image // nil when the picture could not be had

	w, h   int         // size in pixels
	src    image.Image // the decoded picture, kept to find the outline when a bubble needs it
	opaque bool        // whether every pixel is opaque, as backdrops often are

	outline     []vec // in pixels; see outlineFor
	outlineDone bool
	footprint   []vec // in pixels; see footprint
}

// costume returns the texture for a costume's picture, loading it the first time. A picture
// that cannot be had is remembered, and its costume is not drawn.
func (r *Renderer) costume(asset string) *costumeTex {
	if t, ok := r.costumes[asset]; ok {
		return t
	}
	t := &costumeTex{}
	r.costumes[asset] = t
	if asset == "" || r.pics == nil {
		return t
	}
	img, err := r.pics.Image(asset)
	if err != nil || img == nil || img.Bounds().Empty() {
		return t
	}
	t.img = ebiten.NewImageFromImage(img)
	t.w, t.h = img.Bounds().Dx(), img.Bounds().Dy()
	t.src = img
	if o, ok := img.(interface{ Opaque() bool }); ok {
		t.opaque = o.Opaque()
	}
	return t
}

// effectsNeedShader reports whether any effect other than ghost is on: those are drawn by
// the sprite shader, the rest by ebiten's own (which also uses mipmaps when shrinking).
func effectsNeedShader(e *[stage.NumEffects]float64) bool {
	for i, v := range e {
		if stage.Effect(i) != stage.EffectGhost && v != 0 {
			return true
		}
	}
	return false
}

// ghostAlpha returns the alpha factor of the ghost effect.
func ghostAlpha(e *[stage.NumEffects]float64) float32 {
	g := min(max(e[stage.EffectGhost], 0), 100)
	return float32(1 - g/100)
}

// drawCostume queues costume c in pose p with effects e. replace says to write its pixels
// over what is behind instead of blending, which is the same for an opaque backdrop drawn
// pixel for pixel, and less work.
func (r *Renderer) drawCostume(dst *ebiten.Image, v view, c stage.Costume, p pose, e *[stage.NumEffects]float64, replace bool) {
	t, m, ok := r.placeCostume(v, c, p)
	if !ok {
		return
	}
	alpha := ghostAlpha(e)
	if alpha <= 0 {
		return
	}
	shaded := effectsNeedShader(e)
	filter := ebiten.FilterLinear
	if pixelExact(m, c, t) {
		filter = ebiten.FilterNearest
	}

	// The corners to draw, in picture pixels: the footprint, or the whole picture when a
	// shape effect may move its pixels anywhere.
	var poly []vec
	if !shapeEffects(e) {
		t.ensureOutline()
		poly = t.footprint
		if len(poly) < 3 {
			return // nothing but transparent pixels
		}
	} else {
		poly = []vec{{0, 0}, {float64(t.w), 0}, {float64(t.w), float64(t.h)}, {0, float64(t.h)}}
	}
	q := r.poly[:0]
	ux, uy := c.Width/float64(t.w), c.Height/float64(t.h) // costume units a pixel
	for _, p := range poly {
		var vx ebiten.Vertex
		x, y := m.apply(p.x*ux, p.y*uy)
		vx.DstX, vx.DstY = float32(x), float32(y)
		vx.SrcX, vx.SrcY = float32(p.x), float32(p.y)
		if shaded {
			vx.ColorR = alpha
			vx.ColorG = float32(e[stage.EffectColor] / 200)
			vx.ColorB = float32(min(max(e[stage.EffectBrightness], -100), 100) / 100)
			vx.ColorA = float32(float64(t.w) / c.Width)
			vx.Custom0 = float32(e[stage.EffectFisheye])
			vx.Custom1 = float32(e[stage.EffectWhirl])
			vx.Custom2 = float32(e[stage.EffectPixelate])
			vx.Custom3 = float32(e[stage.EffectMosaic])
		} else {
			vx.ColorR, vx.ColorG, vx.ColorB, vx.ColorA = 1, 1, 1, alpha
		}
		q = append(q, vx)
	}
	r.poly = q
	blend := ebiten.BlendSourceOver
	if replace {
		blend = ebiten.BlendCopy
	}
	r.queue(dst, t.img, shaded, filter, blend, q)
}

// shapeEffects reports whether an effect that moves a costume's pixels is on.
func shapeEffects(e *[stage.NumEffects]float64) bool {
	return e[stage.EffectFisheye] != 0 || e[stage.EffectWhirl] != 0 || e[stage.EffectPixelate] != 0 || e[stage.EffectMosaic] != 0
}

// placeCostume returns costume c's texture and the map from costume units to destination
// pixels for pose p; ok is false when there is nothing to draw.
func (r *Renderer) placeCostume(v view, c stage.Costume, p pose) (t *costumeTex, m affine, ok bool) {
	if c.Width <= 0 || c.Height <= 0 {
		return nil, affine{}, false
	}
	t = r.costume(c.Asset)
	if t.img == nil {
		return nil, affine{}, false
	}
	return t, v.onto(p.toStage(c)), true
}

// pixelExact reports whether m draws t's pixels one for one onto whole destination pixels,
// upright and unmirrored, as a 2x picture at size 100% on a 960×720 stage is drawn. Then
// nearest sampling gives the same picture as linear, for less work.
func pixelExact(m affine, c stage.Costume, t *costumeTex) bool {
	const eps = 1e-6
	kx, ky := c.Width/float64(t.w), c.Height/float64(t.h) // costume units a pixel
	whole := func(v float64) bool { return math.Abs(v-math.Round(v)) < eps }
	return math.Abs(m.a*kx-1) < eps && math.Abs(m.d*ky-1) < eps &&
		math.Abs(m.b) < eps && math.Abs(m.c) < eps && whole(m.tx) && whole(m.ty)
}

// backdropCover says how much of area an opaque backdrop hides: none (everything needs the
// white behind it), all of it (drawn pixel for pixel), or all but a ring of edge pixels
// whose filtered colours fade into what is behind, as wide as edge.
func backdropCover(t *costumeTex, m affine, c stage.Costume, e *[stage.NumEffects]float64, area image.Rectangle) (covers bool, edge int) {
	if !t.opaque {
		return false, 0
	}
	for _, fx := range []stage.Effect{stage.EffectGhost, stage.EffectFisheye, stage.EffectWhirl, stage.EffectPixelate, stage.EffectMosaic} {
		if e[fx] != 0 {
			return false, 0
		}
	}
	x0, y0 := m.apply(0, 0)
	x1, y1 := m.apply(c.Width, c.Height)
	if x0 > float64(area.Min.X) || y0 > float64(area.Min.Y) || x1 < float64(area.Max.X) || y1 < float64(area.Max.Y) {
		return false, 0
	}
	if pixelExact(m, c, t) {
		return true, 0
	}
	// Half a picture pixel fades at each edge.
	texel := math.Max(m.a*c.Width/float64(t.w), m.d*c.Height/float64(t.h))
	return true, int(math.Ceil(texel/2)) + 1
}

// ensureOutline finds t's outline and footprint, the first time.
func (t *costumeTex) ensureOutline() {
	if !t.outlineDone {
		t.outline = outline(t.src, 1, 1)
		t.footprint = footprint(t.outline, t.w, t.h)
		t.outlineDone = true
	}
}

// outlineFor returns the outline of costume c's picture in costume units, or nil.
func (r *Renderer) outlineFor(c stage.Costume) []vec {
	t := r.costume(c.Asset)
	if t.img == nil || c.Width <= 0 || c.Height <= 0 {
		return nil
	}
	t.ensureOutline()
	out := make([]vec, len(t.outline))
	for i, p := range t.outline {
		out[i] = vec{p.x * c.Width / float64(t.w), p.y * c.Height / float64(t.h)}
	}
	return out
}
