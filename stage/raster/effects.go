package raster

import (
	"math"

	"tsumiki/stage"
)

// effects holds the graphic effects that change colours, as scratch-render's
// shaders take them (ShaderManager.EFFECT_INFO's converters). Effects that
// change shape (fisheye, whirl, pixelate, mosaic) are not drawn.
type effects struct {
	color, brightness, ghost          float64
	hasColor, hasBrightness, hasGhost bool
}

// effectsOf converts a sprite's or the stage's effect values.
func effectsOf(v *[stage.NumEffects]float64) effects {
	var e effects
	if x := v[stage.EffectColor]; x != 0 && !math.IsNaN(x) {
		e.hasColor, e.color = true, math.Mod(x/200, 1)
	}
	if x := v[stage.EffectBrightness]; x != 0 && !math.IsNaN(x) {
		e.hasBrightness, e.brightness = true, math.Max(-100, math.Min(x, 100))/100
	}
	if x := v[stage.EffectGhost]; x != 0 && !math.IsNaN(x) {
		e.hasGhost, e.ghost = true, 1-math.Max(0, math.Min(x, 100))/100
	}
	return e
}

// none reports whether e leaves colours as they are.
func (e *effects) none() bool { return !e.hasColor && !e.hasBrightness && !e.hasGhost }

// apply changes the premultiplied 8-bit colour p as scratch-render's
// EffectTransform.transformColor does, with its Uint8ClampedArray rounding
// at every step. withGhost false leaves the ghost effect out, as a sprite's
// own colour in "color is touching color" does.
func (e *effects) apply(p [4]uint8, withGhost bool) [4]uint8 {
	if p[3] == 0 {
		return p
	}
	if e.hasColor || e.hasBrightness {
		alpha := float64(p[3]) / 255
		c := [3]float64{
			float64(clampU8(float64(p[0]) / alpha)),
			float64(clampU8(float64(p[1]) / alpha)),
			float64(clampU8(float64(p[2]) / alpha)),
		}
		if e.hasColor {
			h, s, v := rgbToHSV(c[0], c[1], c[2])
			// Greys get a little saturation so that a hue change shows.
			const minV, minS = 0.11 / 2.0, 0.09
			if v < minV {
				h, s, v = 0, 1, minV
			} else if s < minS {
				h, s = 0, minS
			}
			r, g, b := hsvToRGB(e.color+h+1, s, v)
			c = [3]float64{float64(r), float64(g), float64(b)}
		}
		if e.hasBrightness {
			d := e.brightness * 255
			for i := range c {
				c[i] = float64(clampU8(c[i] + d))
			}
		}
		for i := range c {
			p[i] = clampU8(c[i] * alpha)
		}
	}
	if e.hasGhost && withGhost {
		for i := range p {
			p[i] = clampU8(float64(p[i]) * e.ghost)
		}
	}
	return p
}

// clampU8 converts v as storing it in a JavaScript Uint8ClampedArray does:
// NaN is 0, the range is 0..255, and halves round to even.
func clampU8(v float64) uint8 {
	switch {
	case !(v > 0):
		return 0
	case v >= 255:
		return 255
	}
	f := uint8(v) // v is in (0, 255): this floors
	switch d := v - float64(f); {
	case d > 0.5:
		f++
	case d == 0.5 && f&1 == 1:
		f++
	}
	return f
}

// rgbToHSV converts as scratch-render's color-conversions rgbToHsv does:
// r, g, b in 0..255; h, s, v in 0..1.
func rgbToHSV(r, g, b float64) (h, s, v float64) {
	const eps = 2.220446049250313e-16 // Number.EPSILON
	r, g, b = r/255, g/255, b/255
	k := 0.0
	if g < b {
		g, b = b, g
		k = -1
	}
	if r < g {
		r, g = g, r
		k = -2.0/6 - k
	}
	chroma := r - math.Min(g, b)
	h = math.Abs(k + (g-b)/(6*chroma+eps))
	s = chroma / (r + eps)
	return h, s, r
}

// hsvToRGB converts as scratch-render's color-conversions hsvToRgb does,
// storing into a Uint8ClampedArray.
func hsvToRGB(h, s, v float64) (r, g, b uint8) {
	if s == 0 {
		c := clampU8(v*255 + 0.5)
		return c, c, c
	}
	h = math.Mod(h, 1)
	i := int(h * 6)
	f := h*6 - float64(i)
	p := v * (1 - s)
	q := v * (1 - s*f)
	t := v * (1 - s*(1-f))
	var rf, gf, bf float64
	switch i {
	case 0:
		rf, gf, bf = v, t, p
	case 1:
		rf, gf, bf = q, v, p
	case 2:
		rf, gf, bf = p, v, t
	case 3:
		rf, gf, bf = p, q, v
	case 4:
		rf, gf, bf = t, p, v
	case 5:
		rf, gf, bf = v, p, q
	}
	return clampU8(rf*255 + 0.5), clampU8(gf*255 + 0.5), clampU8(bf*255 + 0.5)
}
