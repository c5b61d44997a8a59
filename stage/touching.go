package stage

import "math"

// This file holds every touching test. scratch-render answers them by
// sampling whole-pixel points in stage coordinates and asking each
// sprite's silhouette whether the costume is opaque there. We do the same;
// until costumes carry alpha masks, costumeOpaqueAt treats a costume as an
// opaque rectangle, which makes touching follow the sprites' rotated
// rectangles. Masks will change costumeOpaqueAt and nothing else.

// texelSlack is how far outside the costume, as a fraction of its size, a
// point still counts as inside. scratch-render snaps texture coordinates
// within 1e-6 of the edge, and its nearest-texel lookup includes the far
// edge, so a costume covers its closed rectangle.
const texelSlack = 1e-6

// costumeOpaqueAt reports whether c is opaque at u, v: costume pixels from
// its top-left corner, +v down, at size 100%.
func costumeOpaqueAt(c *Costume, u, v float64) bool {
	fu, fv := u/c.Width, v/c.Height
	return fu >= -texelSlack && fu <= 1+texelSlack && fv >= -texelSlack && fv <= 1+texelSlack
}

// silhouette maps stage points into a sprite's costume.
type silhouette struct {
	c            *Costume
	px, py       float64 // drawn position
	cos, sin     float64 // of the clockwise turn from facing right
	invSX, invSY float64 // 100 / signed scale percent
}

// silhouetteOf returns the silhouette of s, and false when s has nothing
// that can touch: no costume, or an empty one.
func silhouetteOf(s *Sprite) (silhouette, bool) {
	if s.Costume < 0 || s.Costume >= len(s.Costumes) {
		return silhouette{}, false
	}
	c := &s.Costumes[s.Costume]
	dir, sx, sy := drawnDirectionScale(s)
	if c.Width <= 0 || c.Height <= 0 || sx == 0 || sy == 0 {
		return silhouette{}, false
	}
	px, py := drawnPosition(s)
	turn := (dir - 90) * math.Pi / 180
	return silhouette{
		c: c, px: px, py: py,
		cos: math.Cos(turn), sin: math.Sin(turn),
		invSX: 100 / sx, invSY: 100 / sy,
	}, true
}

// at reports whether the costume is opaque at stage point x, y.
func (h *silhouette) at(x, y float64) bool {
	ox, oy := x-h.px, y-h.py
	// Undo the clockwise turn: rotate the offset counter-clockwise.
	lx := ox*h.cos - oy*h.sin
	ly := ox*h.sin + oy*h.cos
	u := h.c.CenterX + lx*h.invSX
	v := h.c.CenterY - ly*h.invSY
	return costumeOpaqueAt(h.c, u, v)
}

// touchBounds returns the whole-pixel area in which s can touch anything:
// its bounds limited to the stage (scratch-render's _touchingBounds).
// Sprites wholly off stage touch nothing.
func touchBounds(s *Sprite) (Rect, bool) {
	r := spriteBounds(s).clampToStage().snapOut()
	if r.Width() == 0 || r.Height() == 0 {
		return Rect{}, false
	}
	return r, true
}

// TouchingEdge reports whether s's bounds reach outside the stage. Like
// Scratch it ignores visibility.
func (w *World) TouchingEdge(s *Sprite) bool {
	const hw, hh = Width / 2, Height / 2
	b := spriteBounds(s)
	return b.Left < -hw || b.Right > hw || b.Top > hh || b.Bottom < -hh
}

// TouchingSprite reports whether s touches other on stage. Hidden sprites
// never touch, a sprite never touches itself, and a sprite being dragged
// is not seen by others (though it sees them). To test "touching (name)",
// ask for each sprite and clone with that name.
func (w *World) TouchingSprite(s, other *Sprite) bool {
	if s == nil || other == nil || s == other || !s.Visible || !other.Visible || other.Dragging {
		return false
	}
	area, ok := touchBounds(s)
	if !ok {
		return false
	}
	ob := spriteBounds(other).snapOut()
	if !area.intersects(ob) {
		return false
	}
	me, ok := silhouetteOf(s)
	if !ok {
		return false
	}
	them, ok := silhouetteOf(other)
	if !ok {
		return false
	}
	r := area.intersect(ob)
	for x := r.Left; x <= r.Right; x++ {
		for y := r.Bottom; y <= r.Top; y++ {
			if me.at(x, y) && them.at(x, y) {
				return true
			}
		}
	}
	return false
}

// pixelOf returns the whole-pixel point Scratch tests for a pointer at x, y.
func pixelOf(x, y float64) (float64, float64) {
	return math.Floor(x), math.Ceil(y)
}

// TouchingPoint reports whether s covers the stage point x, y, as "touching
// mouse-pointer" does. Like Scratch (and Scratch 2) it ignores visibility.
func (w *World) TouchingPoint(s *Sprite, x, y float64) bool {
	h, ok := silhouetteOf(s)
	if !ok {
		return false
	}
	return h.at(pixelOf(x, y))
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
		if h, ok := silhouetteOf(s); ok && h.at(px, py) {
			return s
		}
	}
	return nil
}
