package stage

import "math"

// fenceWidth is how many pixels of a sprite fencing keeps on stage at most
// (scratch-render's FENCE_WIDTH).
const fenceWidth = 15

// Rect is an axis-aligned rectangle in stage coordinates, +y up.
type Rect struct {
	Left, Right, Bottom, Top float64
}

// Width returns the width of r.
func (r Rect) Width() float64 { return math.Abs(r.Right - r.Left) }

// Height returns the height of r.
func (r Rect) Height() float64 { return math.Abs(r.Top - r.Bottom) }

// intersects reports whether r and o overlap or share an edge.
func (r Rect) intersects(o Rect) bool {
	return r.Left <= o.Right && o.Left <= r.Right && r.Top >= o.Bottom && o.Top >= r.Bottom
}

// intersect returns the overlap of r and o.
func (r Rect) intersect(o Rect) Rect {
	return Rect{
		Left:   math.Max(r.Left, o.Left),
		Right:  math.Min(r.Right, o.Right),
		Bottom: math.Max(r.Bottom, o.Bottom),
		Top:    math.Min(r.Top, o.Top),
	}
}

// snapOut pushes r out to whole-pixel edges.
func (r Rect) snapOut() Rect {
	return Rect{
		Left:   math.Floor(r.Left),
		Right:  math.Ceil(r.Right),
		Bottom: math.Floor(r.Bottom),
		Top:    math.Ceil(r.Top),
	}
}

// clampToStage limits r to the stage the way scratch-render's
// Rectangle.clamp does: a rectangle wholly off stage collapses onto the edge.
func (r Rect) clampToStage() Rect {
	const hw, hh = Width / 2, Height / 2
	r.Left = math.Min(math.Max(r.Left, -hw), hw)
	r.Right = math.Max(math.Min(r.Right, hw), -hw)
	r.Bottom = math.Min(math.Max(r.Bottom, -hh), hh)
	r.Top = math.Max(math.Min(r.Top, hh), -hh)
	return r
}

// jsRound rounds as JavaScript's Math.round does: halves go toward +∞.
func jsRound(v float64) float64 {
	r := math.Floor(v)
	if v-r >= 0.5 {
		r++
	}
	return r
}

// f32 rounds v to the nearest float32. scratch-render keeps its transform
// in Float32Arrays; rounding the same intermediate values keeps our bounds
// equal to Scratch's where floor and ceil would otherwise tip.
func f32(v float64) float64 { return float64(float32(v)) }

// drawnPosition returns where the sprite is drawn: its position rounded to
// whole pixels, as scratch-render's Drawable.updatePosition stores it.
func drawnPosition(s *Sprite) (x, y float64) {
	return f32(jsRound(s.X)), f32(jsRound(s.Y))
}

// drawnDirectionScale returns the direction the costume is drawn at and the
// signed horizontal and vertical scale in percent, after the rotation style
// (scratch-vm's _getRenderedDirectionAndScale).
func drawnDirectionScale(s *Sprite) (dir, sx, sy float64) {
	switch s.RotationStyle {
	case DontRotate:
		return 90, s.Size, s.Size
	case LeftRight:
		if s.Direction < 0 {
			return 90, -s.Size, s.Size
		}
		return 90, s.Size, s.Size
	default:
		return s.Direction, s.Size, s.Size
	}
}

// Bounds returns the tight axis-aligned bounds of the sprite on stage, as
// scratch-render's getBounds gives them: for a visible sprite whose costume
// has an alpha mask, the box around the convex hull of its opaque pixels,
// rotated and scaled with the sprite; otherwise (hidden, no mask, nothing
// opaque) the box around its whole costume rectangle, like [World.AABB].
// Touching the edge and "if on edge, bounce" use these bounds. Like
// scratch-render, Bounds works from the drawn (rounded) position, and a
// sprite without costumes has empty bounds at that position.
func (w *World) Bounds(s *Sprite) Rect {
	return spriteBounds(s)
}

// AABB returns the axis-aligned box around the sprite's whole costume
// rectangle, rotated and scaled (scratch-render's getAABB), whatever the
// costume's pixels. Fencing keeps part of this box on stage, and touching
// tests look for pixels only inside it.
func (w *World) AABB(s *Sprite) Rect {
	return spriteAABB(s)
}

// modelMatrix is the 2D part of scratch-render's Drawable model matrix: it
// takes the unit quad, centred on the origin, to the costume on stage. Every
// entry is rounded to float32, as scratch-render keeps it in a Float32Array.
type modelMatrix struct {
	m0, m1, m4, m5 float64
	tx, ty         float64
}

// spriteMatrix returns the model matrix of s wearing c
// (Drawable._calculateTransform): a unit quad scaled to the costume, rotated
// by (270-direction) degrees, offset so the rotation centre lands on the
// drawn position.
func spriteMatrix(s *Sprite, c *Costume) modelMatrix {
	px, py := drawnPosition(s)
	dir, sx, sy := drawnDirectionScale(s)
	rot := (270 - dir) * math.Pi / 180
	cos, sin := f32(math.Cos(rot)), f32(math.Sin(rot))
	skinW, skinH := f32(c.Width*sx/100), f32(c.Height*sy/100)
	cx, cy := f32(c.CenterX), f32(c.CenterY)
	adjX := f32((cx - c.Width/2) * sx / 100)
	adjY := f32((cy - c.Height/2) * sy / 100 * -1)
	return modelMatrix{
		m0: f32(skinW * cos), m1: f32(skinW * sin),
		m4: f32(skinH * -sin), m5: f32(skinH * cos),
		tx: f32(cos*adjX + -sin*adjY + px),
		ty: f32(sin*adjX + cos*adjY + py),
	}
}

// aabb returns the box around the transformed unit quad
// (Rectangle.initFromModelMatrix).
func (m modelMatrix) aabb() Rect {
	hx := math.Abs(0.5*m.m0) + math.Abs(0.5*m.m4)
	hy := math.Abs(0.5*m.m1) + math.Abs(0.5*m.m5)
	return Rect{Left: -hx + m.tx, Right: hx + m.tx, Bottom: -hy + m.ty, Top: hy + m.ty}
}

// hullBounds returns the box around the mask's convex hull points, each
// taken to the centre of its skin pixel and through the matrix as
// Drawable._getTransformedHullPoints does, float32 rounding included.
func (m modelMatrix) hullBounds(k *Mask) Rect {
	halfX, halfY := 1/k.skinW/2, 1/k.skinH/2
	r := Rect{Left: math.Inf(1), Right: math.Inf(-1), Bottom: math.Inf(1), Top: math.Inf(-1)}
	for _, p := range k.hull {
		p0 := f32(0.5 + (-float64(p.X) / k.skinW) - halfX)
		p1 := f32(float64(p.Y)/k.skinH - 0.5 + halfY)
		x := f32(p0*m.m0 + p1*m.m4 + m.tx)
		y := f32(p0*m.m1 + p1*m.m5 + m.ty)
		r.Left, r.Right = math.Min(r.Left, x), math.Max(r.Right, x)
		r.Bottom, r.Top = math.Min(r.Bottom, y), math.Max(r.Top, y)
	}
	return r
}

func spriteAABB(s *Sprite) Rect {
	c, ok := s.CurrentCostume()
	if !ok {
		px, py := drawnPosition(s)
		return Rect{Left: px, Right: px, Bottom: py, Top: py}
	}
	return spriteMatrix(s, &c).aabb()
}

func spriteBounds(s *Sprite) Rect {
	if s.Costume < 0 || s.Costume >= len(s.Costumes) {
		px, py := drawnPosition(s)
		return Rect{Left: px, Right: px, Bottom: py, Top: py}
	}
	c := &s.Costumes[s.Costume]
	m := spriteMatrix(s, c)
	// scratch-render finds no hull points for a hidden drawable, and then
	// falls back on the AABB (Drawable.getFastBounds).
	if s.Visible && c.Mask != nil && len(c.Mask.hull) > 0 {
		return m.hullBounds(c.Mask)
	}
	return m.aabb()
}

// fencedPosition returns where the sprite may go when asked to go to x, y:
// at least min(15, floor(min(w, h)/2)) pixels stay on stage
// (scratch-render's getFencedPositionOfDrawable). A coordinate that had to
// be moved comes back a whole number.
func fencedPosition(s *Sprite, x, y float64) (float64, float64) {
	px, py := drawnPosition(s)
	dx, dy := x-px, y-py
	b := spriteAABB(s)
	inset := math.Floor(math.Min(b.Width(), b.Height()) / 2)
	keep := math.Min(fenceWidth, inset)

	sx := Width/2 - keep
	if b.Right+dx < -sx {
		x = math.Ceil(px - (sx + b.Right))
	} else if b.Left+dx > sx {
		x = math.Floor(px + (sx - b.Left))
	}
	sy := Height/2 - keep
	if b.Top+dy < -sy {
		y = math.Ceil(py - (sy + b.Top))
	} else if b.Bottom+dy > sy {
		y = math.Floor(py + (sy - b.Bottom))
	}
	return x, y
}

// keepInStage returns the position nearest to x, y at which the sprite's
// bounds lie wholly on stage (scratch-vm's RenderedTarget.keepInFence with
// the stage as the fence).
func keepInStage(s *Sprite, x, y float64) (float64, float64) {
	const hw, hh = Width / 2, Height / 2
	b := spriteBounds(s)
	b.Left += x - s.X
	b.Right += x - s.X
	b.Top += y - s.Y
	b.Bottom += y - s.Y
	var dx, dy float64
	if b.Left < -hw {
		dx += -hw - b.Left
	}
	if b.Right > hw {
		dx += hw - b.Right
	}
	if b.Top > hh {
		dy += hh - b.Top
	}
	if b.Bottom < -hh {
		dy += -hh - b.Bottom
	}
	return x + dx, y + dy
}
