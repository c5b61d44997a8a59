package stage

import (
	"image/color"
	"math"
)

// PenState is a sprite's pen, as in Scratch 3's pen extension. Color,
// Saturation, Brightness and Transparency run from 0 to 100; Size is the
// line diameter in stage pixels, 1 to 1200.
type PenState struct {
	Down                                        bool
	Color, Saturation, Brightness, Transparency float64
	Size                                        float64
}

// DefaultPen returns the pen a sprite starts with: up, blue (color 66.66,
// saturation and brightness 100), opaque, size 1.
func DefaultPen() PenState {
	return PenState{Color: 66.66, Saturation: 100, Brightness: 100, Size: 1}
}

// Pen size limits, as in Scratch.
const (
	MinPenSize = 1
	MaxPenSize = 1200
)

// RGBA returns the colour the pen draws with, converted from its HSV
// parameters as Scratch's pen extension does: each channel is
// floor(255·component), and the alpha is 1 - transparency/100, rounded to
// the nearest 1/255.
func (p PenState) RGBA() color.NRGBA {
	r, g, b := hsvToRGB(p.Color*360/100, p.Saturation/100, p.Brightness/100)
	a := 1 - p.Transparency/100
	return color.NRGBA{R: r, G: g, B: b, A: uint8(math.Round(math.Min(math.Max(a, 0), 1) * 255))}
}

// PenOpKind is the kind of a pen operation.
type PenOpKind int

// The pen operations.
const (
	PenLine  PenOpKind = iota // a line from X1,Y1 to X2,Y2 with round ends
	PenDot                    // a dot at X1,Y1 (pen down)
	PenStamp                  // a copy of a sprite (Stamp is set)
	PenClear                  // erase the pen layer
)

// PenOp is one drawing operation on the pen layer, in stage coordinates.
type PenOp struct {
	Kind           PenOpKind
	X1, Y1, X2, Y2 float64
	Color          color.NRGBA
	Size           float64
	Stamp          *StampInfo
}

// StampInfo is what a stamp draws: a snapshot of the sprite taken when it
// stamped. The drawing code places and rotates the costume as it does for
// sprites (at the rounded position, after the rotation style), with the
// graphic effects applied. Hidden sprites stamp too.
type StampInfo struct {
	SpriteID      int
	SpriteName    string
	Costume       Costume
	CostumeIndex  int
	X, Y          float64
	Direction     float64
	Size          float64
	RotationStyle RotationStyle
	Effects       [NumEffects]float64
}

// penQueue keeps the newest pending pen operations. ops[start:] are live;
// dropping the oldest moves start, and the slice is compacted now and then.
type penQueue struct {
	ops     []PenOp
	start   int
	dropped int
}

func (q *penQueue) push(op PenOp, limit int) {
	if limit < 1 {
		limit = DefaultPenOpLimit
	}
	for len(q.ops)-q.start >= limit {
		q.start++
		q.dropped++
	}
	// Compact once the dead prefix is as long as the limit, so each
	// operation is copied at most once on average.
	if q.start >= limit {
		n := copy(q.ops, q.ops[q.start:])
		clear(q.ops[n:])
		q.ops = q.ops[:n]
		q.start = 0
	}
	q.ops = append(q.ops, op)
}

func (w *World) pushPen(op PenOp) {
	w.pen.push(op, w.PenOpLimit)
	w.Redraw = true
}

func (w *World) penLine(s *Sprite, x1, y1, x2, y2 float64) {
	w.pushPen(PenOp{Kind: PenLine, X1: x1, Y1: y1, X2: x2, Y2: y2, Color: s.Pen.RGBA(), Size: s.Pen.Size})
}

// TakePenOps returns the pen operations queued since the last call, oldest
// first, and empties the queue.
func (w *World) TakePenOps() []PenOp {
	ops := w.pen.ops[w.pen.start:]
	w.pen.ops, w.pen.start = nil, 0
	if len(ops) == 0 {
		return nil
	}
	return ops
}

// PenOpsDropped returns how many pen operations were dropped, in all,
// because the queue was full.
func (w *World) PenOpsDropped() int { return w.pen.dropped }

// PenDown puts s's pen down and draws a dot where s is, as Scratch does
// every time "pen down" runs.
func (w *World) PenDown(s *Sprite) {
	s.Pen.Down = true
	w.pushPen(PenOp{Kind: PenDot, X1: s.X, Y1: s.Y, X2: s.X, Y2: s.Y, Color: s.Pen.RGBA(), Size: s.Pen.Size})
}

// PenUp lifts s's pen.
func (w *World) PenUp(s *Sprite) {
	s.Pen.Down = false
}

// wrapPenColor wraps a pen colour as scratch-vm's wrapClamp(v, 0, 100)
// does. Its range holds 101 whole values, so 100 stays 100 and 101 becomes
// 0.
func wrapPenColor(v float64) float64 {
	return v - math.Floor(v/101)*101
}

func clampPenParam(v float64) float64 { return math.Min(math.Max(v, 0), 100) }

// setPenParam sets or changes one colour parameter; it reports false for
// an unknown parameter name.
func setPenParam(p *PenState, param string, v float64, change bool) bool {
	if math.IsNaN(v) {
		return true
	}
	switch param {
	case "color":
		if change {
			v += p.Color
		}
		p.Color = wrapPenColor(v)
	case "saturation":
		if change {
			v += p.Saturation
		}
		p.Saturation = clampPenParam(v)
	case "brightness":
		if change {
			v += p.Brightness
		}
		p.Brightness = clampPenParam(v)
	case "transparency":
		if change {
			v += p.Transparency
		}
		p.Transparency = clampPenParam(v)
	default:
		return false
	}
	return true
}

// SetPenParam sets one of s's pen colour parameters ("color",
// "saturation", "brightness" or "transparency", matched exactly). Color
// wraps; the others are clamped to 0..100. It reports false, changing
// nothing, for any other name.
func (w *World) SetPenParam(s *Sprite, param string, v float64) bool {
	return setPenParam(&s.Pen, param, v, false)
}

// ChangePenParam adds v to one of s's pen colour parameters, as
// SetPenParam sets it.
func (w *World) ChangePenParam(s *Sprite, param string, v float64) bool {
	return setPenParam(&s.Pen, param, v, true)
}

// SetPenSize sets s's pen diameter, clamped to 1..1200.
func (w *World) SetPenSize(s *Sprite, size float64) {
	if math.IsNaN(size) {
		return
	}
	s.Pen.Size = math.Min(math.Max(size, MinPenSize), MaxPenSize)
}

// ChangePenSize adds delta to s's pen diameter, clamped to 1..1200.
func (w *World) ChangePenSize(s *Sprite, delta float64) {
	w.SetPenSize(s, s.Pen.Size+delta)
}

// SetPenColor sets s's pen to the colour c, as "set pen color to (colour)"
// does: the RGB becomes Scratch's hue, saturation and brightness, and the
// alpha becomes the transparency. Pass A = 255 for a colour without alpha
// (Scratch reads a 24-bit colour number, or one whose alpha byte is 0, as
// opaque).
func (w *World) SetPenColor(s *Sprite, c color.NRGBA) {
	h, sat, v := rgbToHSV(c.R, c.G, c.B)
	s.Pen.Color = h / 360 * 100
	s.Pen.Saturation = sat * 100
	s.Pen.Brightness = v * 100
	s.Pen.Transparency = 100 * (1 - float64(c.A)/255)
}

// Stamp draws a copy of s onto the pen layer. As in Scratch a hidden sprite
// stamps too; a sprite with nothing on stage stamps nothing.
func (w *World) Stamp(s *Sprite) {
	if _, ok := touchBounds(s); !ok {
		return
	}
	c, ok := s.CurrentCostume()
	if !ok {
		return
	}
	w.pushPen(PenOp{Kind: PenStamp, Stamp: &StampInfo{
		SpriteID:      s.ID,
		SpriteName:    s.Name,
		Costume:       c,
		CostumeIndex:  s.Costume,
		X:             s.X,
		Y:             s.Y,
		Direction:     s.Direction,
		Size:          s.Size,
		RotationStyle: s.RotationStyle,
		Effects:       s.Effects,
	}})
}

// ClearPen erases the pen layer. Pending operations are dropped, since the
// clear would erase them anyway.
func (w *World) ClearPen() {
	clear(w.pen.ops)
	w.pen.ops, w.pen.start = w.pen.ops[:0], 0
	w.pushPen(PenOp{Kind: PenClear})
}

// hsvToRGB converts as scratch-vm's Color.hsvToRgb does: h in degrees,
// s and v in 0..1, channels floor(255·c).
func hsvToRGB(h, s, v float64) (r, g, b uint8) {
	h = math.Mod(h, 360)
	if h < 0 {
		h += 360
	}
	s = math.Min(math.Max(s, 0), 1)
	v = math.Min(math.Max(v, 0), 1)

	i := math.Floor(h / 60)
	f := h/60 - i
	p := v * (1 - s)
	q := v * (1 - s*f)
	t := v * (1 - s*(1-f))

	var rf, gf, bf float64
	switch i {
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
	default:
		rf, gf, bf = v, t, p
	}
	return uint8(math.Floor(rf * 255)), uint8(math.Floor(gf * 255)), uint8(math.Floor(bf * 255))
}

// rgbToHSV converts as scratch-vm's Color.rgbToHsv does: h in degrees
// [0, 360), s and v in 0..1; greys have hue 0.
func rgbToHSV(r8, g8, b8 uint8) (h, s, v float64) {
	r, g, b := float64(r8)/255, float64(g8)/255, float64(b8)/255
	x := math.Min(math.Min(r, g), b)
	v = math.Max(math.Max(r, g), b)
	if x == v {
		return 0, 0, v
	}
	var f, i float64
	switch {
	case r == x:
		f, i = g-b, 3
	case g == x:
		f, i = b-r, 5
	default:
		f, i = r-g, 1
	}
	h = math.Mod((i-f/(v-x))*60, 360)
	s = (v - x) / v
	return h, s, v
}

// PenOpsPending reports how many pen operations wait for the renderer.
func (w *World) PenOpsPending() int { return len(w.pen.ops) - w.pen.start }
