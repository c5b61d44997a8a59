package stage

import "math"

// Position returns a coordinate as Scratch's x position and y position
// blocks report it: within 1e-9 of a whole number, it is that number
// (scratch-vm's limitPrecision).
func Position(v float64) float64 {
	r := jsRound(v)
	if math.Abs(v-r) < 1e-9 {
		return r
	}
	return v
}

// SetXY moves s to x, y, fenced so that part of it stays on stage. With the
// pen down it draws a line from the old position to the new one, even when
// the sprite did not move. It does nothing while the user drags s, and
// ignores a NaN coordinate pair.
func (w *World) SetXY(s *Sprite, x, y float64) {
	w.setXY(s, x, y, false)
}

// DragTo moves s to x, y for a mouse drag: fenced like SetXY, allowed while
// dragging, and without a pen line.
func (w *World) DragTo(s *Sprite, x, y float64) {
	w.setXY(s, x, y, true)
}

func (w *World) setXY(s *Sprite, x, y float64, force bool) {
	if s.Dragging && !force {
		return
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return
	}
	oldX, oldY := s.X, s.Y
	s.X, s.Y = fencedPosition(s, x, y)
	if s.Visible {
		w.Redraw = true
	}
	if s.Pen.Down && !force {
		w.penLine(s, oldX, oldY, s.X, s.Y)
	}
}

// Move moves s steps in its direction, as "move (steps) steps" does.
func (w *World) Move(s *Sprite, steps float64) {
	rad := (90 - s.Direction) * math.Pi / 180
	w.SetXY(s, s.X+steps*math.Cos(rad), s.Y+steps*math.Sin(rad))
}

// wrapDirection keeps a direction in Scratch's range, as scratch-vm's
// wrapClamp(d, -179, 180) does. Whole directions land in -179..180; -180
// becomes 180. Fractions below -179 wrap up past 180: -179.5 becomes 180.5.
func wrapDirection(d float64) float64 {
	return d - math.Floor((d+179)/360)*360
}

// SetDirection points s in direction d, wrapped into Scratch's range. It
// ignores infinite and NaN directions.
func (w *World) SetDirection(s *Sprite, d float64) {
	if math.IsInf(d, 0) || math.IsNaN(d) {
		return
	}
	s.Direction = wrapDirection(d)
	if s.Visible {
		w.Redraw = true
	}
}

// SetRotationStyle sets how s's costume follows its direction.
func (w *World) SetRotationStyle(s *Sprite, r RotationStyle) {
	s.RotationStyle = r
	if s.Visible {
		w.Redraw = true
	}
}

// SetDraggable sets whether the user may drag s in the player.
func (w *World) SetDraggable(s *Sprite, draggable bool) {
	s.Draggable = draggable
}

// BounceOffEdge does what "if on edge, bounce" does in scratch-vm: when the
// sprite's bounds reach the stage edge, it turns away from the nearest edge
// (keeping at least a 0.2 component away from it) and then moves just far
// enough to be wholly on stage.
func (w *World) BounceOffEdge(s *Sprite) {
	const hw, hh = Width / 2, Height / 2
	b := spriteBounds(s)
	dist := [4]float64{
		math.Max(0, hw+b.Left),   // left
		math.Max(0, hh-b.Top),    // top
		math.Max(0, hw-b.Right),  // right
		math.Max(0, hh+b.Bottom), // bottom
	}
	nearest, minDist := -1, math.Inf(1)
	for i, d := range dist {
		if d < minDist {
			nearest, minDist = i, d
		}
	}
	if minDist > 0 {
		return
	}
	rad := (90 - s.Direction) * math.Pi / 180
	dx, dy := math.Cos(rad), -math.Sin(rad)
	switch nearest {
	case 0:
		dx = math.Max(0.2, math.Abs(dx))
	case 1:
		dy = math.Max(0.2, math.Abs(dy))
	case 2:
		dx = -math.Max(0.2, math.Abs(dx))
	case 3:
		dy = -math.Max(0.2, math.Abs(dy))
	}
	w.SetDirection(s, math.Atan2(dy, dx)*180/math.Pi+90)
	x, y := keepInStage(s, s.X, s.Y)
	w.SetXY(s, x, y)
}
