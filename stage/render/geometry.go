package render

import (
	"image"
	"math"

	"tsumiki/stage"
)

// view maps stage coordinates (origin at the centre, +y up) onto destination pixels.
type view struct {
	x0, y0 float64 // where the stage's top-left corner (-240, 180) lands
	sx, sy float64 // destination pixels a stage pixel
}

func newView(area image.Rectangle) view {
	return view{
		x0: float64(area.Min.X),
		y0: float64(area.Min.Y),
		sx: float64(area.Dx()) / stage.Width,
		sy: float64(area.Dy()) / stage.Height,
	}
}

// at returns the destination position of the stage point x, y.
func (v view) at(x, y float64) (float64, float64) {
	return v.x0 + (x+stage.Width/2)*v.sx, v.y0 + (stage.Height/2-y)*v.sy
}

// scale is the one scale for things drawn without stretching, such as bubbles: the larger
// of the two, as scratch-render takes the larger of a skin's two scales.
func (v view) scale() float64 { return math.Max(v.sx, v.sy) }

// affine maps a point u, v to a*u + c*v + tx, b*u + d*v + ty.
type affine struct {
	a, b, c, d, tx, ty float64
}

func (m affine) apply(u, v float64) (float64, float64) {
	return m.a*u + m.c*v + m.tx, m.b*u + m.d*v + m.ty
}

// onto returns the map that applies m, then maps stage coordinates to destination pixels.
func (v view) onto(m affine) affine {
	return affine{
		a:  v.sx * m.a,
		b:  -v.sy * m.b,
		c:  v.sx * m.c,
		d:  -v.sy * m.d,
		tx: v.x0 + v.sx*(m.tx+stage.Width/2),
		ty: v.y0 + v.sy*(stage.Height/2-m.ty),
	}
}

// pose is where and how a costume is drawn.
type pose struct {
	x, y           float64 // where the rotation centre goes, in stage coordinates
	direction      float64 // 90 draws the costume upright
	scaleX, scaleY float64 // 1 is 100%; a negative scale mirrors
}

// jsRound rounds as JavaScript's Math.round does: halves go toward +∞.
func jsRound(v float64) float64 { return math.Floor(v + 0.5) }

// spritePose returns how a sprite is drawn, as scratch-vm and scratch-render draw it: at its
// position rounded to whole stage pixels, with the rotation style applied (left-right draws
// the costume upright, mirrored when the direction is below 0; don't rotate draws it
// upright).
func spritePose(s *stage.Sprite) pose {
	p := pose{x: jsRound(s.X), y: jsRound(s.Y), direction: s.Direction, scaleX: s.Size / 100, scaleY: s.Size / 100}
	switch s.RotationStyle {
	case stage.LeftRight:
		p.direction = 90
		if s.Direction < 0 {
			p.scaleX = -p.scaleX
		}
	case stage.DontRotate:
		p.direction = 90
	}
	return p
}

// backdropPose is how the stage draws its backdrop: its rotation centre at the middle.
var backdropPose = pose{direction: 90, scaleX: 1, scaleY: 1}

// toStage returns the map from costume coordinates (costume units from the top-left corner,
// +y down) to stage coordinates for a costume c drawn in pose p. The costume turns about its
// rotation centre, and mirroring happens about it too.
func (p pose) toStage(c stage.Costume) affine {
	phi := (90 - p.direction) * math.Pi / 180
	sin, cos := math.Sincos(phi)
	m := affine{
		a: cos * p.scaleX,
		b: sin * p.scaleX,
		c: sin * p.scaleY,
		d: -cos * p.scaleY,
	}
	m.tx = p.x - m.a*c.CenterX - m.c*c.CenterY
	m.ty = p.y - m.b*c.CenterX - m.d*c.CenterY
	return m
}

// rect is a rectangle in stage coordinates, +y up.
type rect struct {
	left, right, bottom, top float64
}

// vec is a point.
type vec struct{ x, y float64 }

// topSliceBounds returns the bounds of the top 8 stage pixels of a costume's outline, as
// scratch-render's Drawable.getBoundsForBubble measures them: the outline's points (in
// costume units) are mapped onto the stage by m, and those within 8 pixels of the highest
// one are bounded. It reports false when there are no points.
func topSliceBounds(outline []vec, m affine) (rect, bool) {
	if len(outline) == 0 {
		return rect{}, false
	}
	const slice = 8
	pts := make([]vec, len(outline))
	maxY := math.Inf(-1)
	for i, p := range outline {
		x, y := m.apply(p.x, p.y)
		pts[i] = vec{x, y}
		maxY = math.Max(maxY, y)
	}
	r := rect{left: math.Inf(1), right: math.Inf(-1), bottom: math.Inf(1), top: math.Inf(-1)}
	for _, p := range pts {
		if p.y <= maxY-slice {
			continue
		}
		r.left = math.Min(r.left, p.x)
		r.right = math.Max(r.right, p.x)
		r.bottom = math.Min(r.bottom, p.y)
		r.top = math.Max(r.top, p.y)
	}
	return r, true
}
