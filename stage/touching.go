package stage

import "math"

// This file holds every touching test. scratch-render answers them on the
// CPU by sampling whole-pixel points in stage coordinates and asking each
// sprite's silhouette whether its costume is opaque there; so do we. A
// costume with an alpha mask is opaque where its picture is, read as
// scratch-render's nearest-texel lookup reads it (see [TexelIndex]); a
// costume without one is an opaque rectangle.

// texelSlack is how far outside the costume, as a fraction of its size, a
// point still counts as inside. scratch-render snaps texture coordinates
// within 1e-6 of the edge, and its nearest-texel lookup includes the far
// edge, so a costume covers its closed rectangle.
const texelSlack = 1e-6

// Placement maps stage points into a costume placed on stage: a sprite's
// costume at the sprite's drawn position, direction and size, or the
// backdrop. It answers as scratch-render's CPU queries (Drawable.isTouching
// and sampleColor4b) do. A Placement is a snapshot: make a new one after the
// sprite changes.
type Placement struct {
	c            *Costume
	px, py       float64 // drawn position
	cos, sin     float64 // of the clockwise turn from facing right
	invSX, invSY float64 // 100 / signed scale percent
}

// SpritePlacement returns where s's costume lies on stage, after the
// rotation style, and false when s has nothing that can be there: no
// costume, or an empty one. It ignores visibility.
func SpritePlacement(s *Sprite) (Placement, bool) {
	if s.Costume < 0 || s.Costume >= len(s.Costumes) {
		return Placement{}, false
	}
	dir, sx, sy := drawnDirectionScale(s)
	px, py := drawnPosition(s)
	return newPlacement(&s.Costumes[s.Costume], dir, sx, sy, px, py)
}

// BackdropPlacement returns where the current backdrop lies: its rotation
// centre at the middle of the stage, facing right, at size 100%, as
// scratch-render draws the stage.
func BackdropPlacement(st *Stage) (Placement, bool) {
	if st.Backdrop < 0 || st.Backdrop >= len(st.Backdrops) {
		return Placement{}, false
	}
	return newPlacement(&st.Backdrops[st.Backdrop], 90, 100, 100, 0, 0)
}

func newPlacement(c *Costume, dir, sx, sy, px, py float64) (Placement, bool) {
	if !(c.Width > 0 && c.Height > 0) || sx == 0 || sy == 0 {
		return Placement{}, false
	}
	turn := (dir - 90) * math.Pi / 180
	return Placement{
		c: c, px: px, py: py,
		cos: math.Cos(turn), sin: math.Sin(turn),
		invSX: 100 / sx, invSY: 100 / sy,
	}, true
}

// Costume returns the placed costume.
func (p *Placement) Costume() *Costume { return p.c }

// UV returns the texture coordinates of the stage point x, y in the
// costume: 0, 0 at its top-left corner and 1, 1 at its bottom-right. It
// reports false for a point outside the costume's rectangle.
func (p *Placement) UV(x, y float64) (u, v float64, ok bool) {
	return p.uvAt(x-p.px, y-p.py)
}

// uvAt is UV for the offset ox, oy from the drawn position. Working from
// offsets makes the answer the same wherever the sprite is drawn, since
// drawn positions are whole numbers.
func (p *Placement) uvAt(ox, oy float64) (u, v float64, ok bool) {
	// Undo the clockwise turn: rotate the offset counter-clockwise.
	lx := ox*p.cos - oy*p.sin
	ly := ox*p.sin + oy*p.cos
	u = (p.c.CenterX + lx*p.invSX) / p.c.Width
	v = (p.c.CenterY - ly*p.invSY) / p.c.Height
	if !(u >= -texelSlack && u <= 1+texelSlack && v >= -texelSlack && v <= 1+texelSlack) {
		return 0, 0, false
	}
	return clamp01(u), clamp01(v), true
}

// clamp01 limits u, which is not NaN, to 0..1.
func clamp01(u float64) float64 {
	switch {
	case u < 0:
		return 0
	case u > 1:
		return 1
	}
	return u
}

// Point returns the stage point at the texture coordinates u, v of the
// costume; it undoes UV.
func (p *Placement) Point(u, v float64) (x, y float64) {
	lx := (u*p.c.Width - p.c.CenterX) / p.invSX
	ly := (p.c.CenterY - v*p.c.Height) / p.invSY
	return p.px + lx*p.cos + ly*p.sin, p.py - lx*p.sin + ly*p.cos
}

// Opaque reports whether the costume is opaque at the stage point x, y.
func (p *Placement) Opaque(x, y float64) bool {
	return p.opaqueAt(x-p.px, y-p.py)
}

// opaqueAt is Opaque for the offset ox, oy from the drawn position.
func (p *Placement) opaqueAt(ox, oy float64) bool {
	u, v, ok := p.uvAt(ox, oy)
	if !ok {
		return false
	}
	return p.c.Mask == nil || p.c.Mask.at(u, v)
}

// touchBounds returns the whole-pixel area in which s can touch anything:
// its AABB limited to the stage (scratch-render's _touchingBounds). Sprites
// wholly off stage touch nothing.
func touchBounds(s *Sprite) (Rect, bool) {
	r := spriteAABB(s).clampToStage().snapOut()
	if !(r.Width() > 0 && r.Height() > 0) {
		return Rect{}, false
	}
	return r, true
}

// TouchArea returns the whole-pixel area of the stage in which s can touch
// anything (scratch-render's _touchingBounds): its AABB limited to the stage
// and pushed out to whole pixels. Touching tests sample the whole-number
// points of this area, edges included. It reports false when s has nothing
// on stage.
func (w *World) TouchArea(s *Sprite) (Rect, bool) {
	return touchBounds(s)
}

// TouchingEdge reports whether s's bounds (see [World.Bounds]) reach outside
// the stage. Like Scratch it ignores visibility.
func (w *World) TouchingEdge(s *Sprite) bool {
	const hw, hh = Width / 2, Height / 2
	b := spriteBounds(s)
	return b.Left < -hw || b.Right > hw || b.Top > hh || b.Bottom < -hh
}

// TouchingSprite reports whether s touches other on stage: whether some
// whole-pixel point of the stage is opaque in both. Hidden sprites never
// touch, a sprite never touches itself, and a sprite being dragged is not
// seen by others (though it sees them). To test "touching (name)", ask for
// each sprite and clone with that name.
func (w *World) TouchingSprite(s, other *Sprite) bool {
	if s == nil || other == nil || s == other || !s.Visible || !other.Visible || other.Dragging {
		return false
	}
	area, ok := touchBounds(s)
	if !ok {
		return false
	}
	ob := spriteAABB(other).snapOut()
	if !area.intersects(ob) {
		return false
	}
	a, ok := shapeOf(s)
	if !ok {
		return false
	}
	b, ok := shapeOf(other)
	if !ok {
		return false
	}
	r := area.intersect(ob)
	return overlap(&a, &b, int(r.Left), int(r.Right), int(r.Bottom), int(r.Top))
}

// pixelOf returns the whole-pixel point Scratch tests for a pointer at x, y.
func pixelOf(x, y float64) (float64, float64) {
	return math.Floor(x), math.Ceil(y)
}

// TouchingPoint reports whether s covers the stage point x, y, as "touching
// mouse-pointer" does. Like Scratch (and Scratch 2) it ignores visibility.
func (w *World) TouchingPoint(s *Sprite, x, y float64) bool {
	p, ok := SpritePlacement(s)
	if !ok {
		return false
	}
	return p.Opaque(pixelOf(x, y))
}

// SpriteAt returns the front-most sprite under the stage point x, y that a
// click would reach, or nil when the click falls on the stage. Hidden
// sprites and fully ghosted ones are passed over, as scratch-render's pick
// does.
func (w *World) SpriteAt(x, y float64) *Sprite {
	px, py := pixelOf(x, y)
	for i := len(w.Sprites) - 1; i >= 0; i-- {
		s := w.Sprites[i]
		if !s.Visible || s.Effects[EffectGhost] >= 100 {
			continue
		}
		if p, ok := SpritePlacement(s); ok && p.Opaque(px, py) {
			return s
		}
	}
	return nil
}
