package raster

import (
	"image"
	"image/color"
	"math"

	"tsumiki/stage"
)

// TouchingColor reports whether sprite s touches the colour col, as
// "touching (colour)?" asks: whether, at some whole-pixel point where s is
// opaque, the stage drawn without s (the backdrop, the pen layer, and the
// other visible sprites with their effects, ghost included) has that
// colour. Colours match as in scratch-render: the top 5 bits of red and
// green and the top 4 bits of blue agree; alpha is not looked at. As in
// Scratch, s is tested even when hidden.
//
// The stage is sampled at stage resolution: each sprite and the backdrop at
// scratch-render's nearest texel, the pen layer likewise (at its double
// resolution).
func (c *Canvas) TouchingColor(w *stage.World, s *stage.Sprite, col color.NRGBA) bool {
	return c.touchingColor(w, s, col, nil)
}

// ColorTouchingColor reports whether the parts of sprite s that have the
// colour mine touch the colour other, as "color (mine) is touching
// (other)?" asks. s's own colour is taken with its colour and brightness
// effects but not its ghost, and matches mine when the top 6 bits of each
// channel agree and it is not transparent (scratch-render's maskMatches).
// Otherwise it works as TouchingColor.
func (c *Canvas) ColorTouchingColor(w *stage.World, s *stage.Sprite, mine, other color.NRGBA) bool {
	return c.touchingColor(w, s, other, &mine)
}

// candidate is something drawn on stage that a colour query samples: a
// sprite, the pen layer or the backdrop.
type candidate struct {
	pl  stage.Placement
	pic *image.RGBA // nil: seen as transparent
	fx  effects
	box image.Rectangle // in whole stage points, +y up: Min is left, bottom; Max is right+1, top+1
	pen bool
	// layer marks the pen layer and the backdrop, which come last.
	layer bool
}

func (c *Canvas) touchingColor(w *stage.World, s *stage.Sprite, target color.NRGBA, mask *color.NRGBA) bool {
	area, ok := w.TouchArea(s)
	if !ok {
		return false
	}
	me, ok := stage.SpritePlacement(s)
	if !ok {
		return false
	}
	var mine candidate
	if mask != nil {
		within := image.Rect(int(area.Left), int(area.Bottom), int(area.Right)+1, int(area.Top)+1)
		mine = candidate{pl: me, pic: c.picture(me.Costume().Asset), fx: effectsOf(&s.Effects), box: within}
		if mine.pic == nil {
			return false // no colours to match
		}
	}
	cands := c.candidates(w, s, area)
	c.base.update(c, w)
	for y := int(area.Bottom); y <= int(area.Top); y++ {
		for x := int(area.Left); x <= int(area.Right); x++ {
			if mask != nil {
				if p := mine.sample(c, x, y, false); !maskMatches(p, *mask) {
					continue
				}
			} else if !me.Opaque(float64(x), float64(y)) {
				continue
			}
			if colorMatches(c.scene(cands, x, y), target) {
				return true
			}
		}
	}
	return false
}

// candidates lists what is drawn in area besides s, front-most first: the
// other visible sprites that may reach into area, the pen layer, and the
// backdrop. (scratch-render keeps only the sprites whose boxes meet area;
// the others would add nothing but transparent samples, so a rougher test
// that keeps a few more gives the same answers.)
func (c *Canvas) candidates(w *stage.World, s *stage.Sprite, area stage.Rect) []candidate {
	within := image.Rect(int(area.Left), int(area.Bottom), int(area.Right)+1, int(area.Top)+1)
	cands := c.cands[:0]
	for i := len(w.Sprites) - 1; i >= 0; i-- {
		o := w.Sprites[i]
		if o == s || !o.Visible {
			continue
		}
		box, ok := reach(o, area)
		if !ok {
			continue
		}
		pl, ok := stage.SpritePlacement(o)
		if !ok {
			continue
		}
		cands = append(cands, candidate{pl: pl, pic: c.picture(pl.Costume().Asset), fx: effectsOf(&o.Effects), box: box})
	}
	if c.pen != nil {
		cands = append(cands, candidate{pen: true, layer: true, box: within})
	}
	if pl, ok := stage.BackdropPlacement(&w.Stage); ok {
		cands = append(cands, candidate{pl: pl, pic: c.picture(pl.Costume().Asset), fx: effectsOf(&w.Stage.Effects), box: within, layer: true})
	} else {
		cands = append(cands, candidate{layer: true}) // nothing: white shows
	}
	c.cands = cands
	return cands
}

// reach returns a box of whole stage points, +y up, that holds every point
// o's costume can cover whatever its direction: the square around its
// drawn position as wide as the costume's farthest corner is from the
// rotation centre. It reports false when that box misses area.
func reach(o *stage.Sprite, area stage.Rect) (image.Rectangle, bool) {
	if o.Costume < 0 || o.Costume >= len(o.Costumes) {
		return image.Rectangle{}, false
	}
	k := &o.Costumes[o.Costume]
	dx, dy := max(k.CenterX, k.Width-k.CenterX), max(k.CenterY, k.Height-k.CenterY)
	r := math.Sqrt(dx*dx+dy*dy)*math.Abs(o.Size)/100 + 1
	x, y := math.Floor(o.X+0.5), math.Floor(o.Y+0.5)
	// Written so that NaN misses.
	if !(x+r >= area.Left && x-r <= area.Right && y+r >= area.Bottom && y-r <= area.Top) {
		return image.Rectangle{}, false
	}
	return image.Rect(clampInt(x-r), clampInt(y-r), clampInt(x+r)+1, clampInt(y+r)+1), true
}

// clampInt converts v, which is finite, to an int within ±1e6.
func clampInt(v float64) int { return int(min(max(v, -1e6), 1e6)) }

// scene returns the colour of the stage at x, y drawn from cands, as
// scratch-render's sampleColor3b blends it: front to back, premultiplied,
// rounding to bytes at every step, over white.
//
// Where no sprite shows, what is left is the pen layer over the backdrop
// over white, the same for every query until one of them changes: c.base
// keeps it.
func (c *Canvas) scene(cands []candidate, x, y int) [3]uint8 {
	var dst [3]uint8
	blend := 1.0
	i := 0
	for ; i < len(cands) && blend != 0; i++ {
		cd := &cands[i]
		if cd.layer {
			if blend == 1 {
				return c.base.at(c, cands[i:], x, y)
			}
		}
		p := cd.sample(c, x, y, true)
		if p[3] == 0 {
			continue
		}
		for k := range dst {
			dst[k] = clampU8(float64(dst[k]) + float64(p[k])*blend)
		}
		blend *= 1 - float64(p[3])/255
	}
	for k := range dst {
		dst[k] = clampU8(float64(dst[k]) + blend*255)
	}
	return dst
}

// baseCache keeps the colour of the pen layer over the backdrop over white
// at each whole-number point of the stage, worked out when first needed.
// A point's colour is good while its generation is the cache's.
type baseCache struct {
	key  baseKey
	gen  uint32
	gens []uint32
	cols [][3]uint8
}

// baseKey is everything the base colours depend on.
type baseKey struct {
	penVersion uint64
	pen        bool
	backdrop   stage.Costume
	hasDrop    bool
	effects    [stage.NumEffects]float64
}

const baseW, baseH = stage.Width + 1, stage.Height + 1

// update starts a new generation when the pen layer or the backdrop changed.
func (b *baseCache) update(c *Canvas, w *stage.World) {
	key := baseKey{penVersion: c.version, pen: c.pen != nil, effects: w.Stage.Effects}
	key.backdrop, key.hasDrop = w.Stage.CurrentBackdrop()
	if b.gens != nil && key == b.key {
		return
	}
	if b.gens == nil || b.gen == math.MaxUint32 {
		b.gens, b.cols = make([]uint32, baseW*baseH), make([][3]uint8, baseW*baseH)
		b.gen = 0
	}
	b.key = key
	b.gen++
}

// at returns the base colour at x, y, sampling layers (the pen layer and
// the backdrop, as candidates) when it is not known yet.
func (b *baseCache) at(c *Canvas, layers []candidate, x, y int) [3]uint8 {
	i := (y+stage.Height/2)*baseW + x + stage.Width/2
	if b.gens[i] == b.gen {
		return b.cols[i]
	}
	var dst [3]uint8
	blend := 1.0
	for j := 0; j < len(layers) && blend != 0; j++ {
		p := layers[j].sample(c, x, y, true)
		if p[3] == 0 {
			continue
		}
		for k := range dst {
			dst[k] = clampU8(float64(dst[k]) + float64(p[k])*blend)
		}
		blend *= 1 - float64(p[3])/255
	}
	for k := range dst {
		dst[k] = clampU8(float64(dst[k]) + blend*255)
	}
	b.gens[i], b.cols[i] = b.gen, dst
	return dst
}

// sample returns the premultiplied colour of the candidate at the stage
// point x, y, with its effects (the ghost only when withGhost).
func (cd *candidate) sample(c *Canvas, x, y int, withGhost bool) [4]uint8 {
	if cd.pen {
		pen := c.pen
		col := stage.TexelIndex(float64(x+stage.Width/2)/stage.Width, Width)
		row := stage.TexelIndex(float64(stage.Height/2-y)/stage.Height, Height)
		q := pen.Pix[pen.PixOffset(col, row):]
		a := float64(q[3]) / 255
		return [4]uint8{clampU8(float64(q[0]) * a), clampU8(float64(q[1]) * a), clampU8(float64(q[2]) * a), q[3]}
	}
	if cd.pic == nil || !(image.Point{x, y}).In(cd.box) {
		return [4]uint8{}
	}
	u, v, ok := cd.pl.UV(float64(x), float64(y))
	if !ok {
		return [4]uint8{}
	}
	pic := cd.pic
	i := pic.PixOffset(stage.TexelIndex(u, pic.Rect.Dx()), stage.TexelIndex(v, pic.Rect.Dy()))
	p := [4]uint8(pic.Pix[i : i+4])
	if !cd.fx.none() {
		p = cd.fx.apply(p, withGhost)
	}
	return p
}

// colorMatches reports whether a is col to scratch-render: the top 5 bits of
// red and green and the top 4 bits of blue agree.
func colorMatches(a [3]uint8, col color.NRGBA) bool {
	return a[0]&0xf8 == col.R&0xf8 && a[1]&0xf8 == col.G&0xf8 && a[2]&0xf0 == col.B&0xf0
}

// maskMatches reports whether a is the mask colour m to scratch-render: it
// is not transparent, and the top 6 bits of each channel agree.
func maskMatches(a [4]uint8, m color.NRGBA) bool {
	return a[3] > 0 && a[0]&0xfc == m.R&0xfc && a[1]&0xfc == m.G&0xfc && a[2]&0xfc == m.B&0xfc
}
