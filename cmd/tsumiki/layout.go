package main

import (
	"image"
	"math"

	"tsumiki/stage"
)

// Sizes of the window's parts in logical pixels (device-independent; a high-DPI screen has more
// screen pixels to each). Buttons are large enough for small fingers.
const (
	barHeight  = 64 // the top bar with the buttons
	buttonSize = 56 // each square button
	barPadding = 4  // between the bar's edge and the buttons
	buttonGap  = 12 // between the flag and the stop button
	margin     = 8  // around the stage in a window; none in full screen
	minUnit    = 2  // the smallest stage is 4×minUnit by 3×minUnit screen pixels
)

// Layout says where everything is on the screen, in screen pixels: the unit Layout of the game
// returns, which is the window's size times the device scale factor.
type Layout struct {
	Screen image.Rectangle
	Scale  float64 // screen pixels a logical pixel
	Full   bool    // full screen: only the bar and the stage, the stage as large as it fits

	Bar                image.Rectangle
	Flag, Stop, Toggle image.Rectangle // the green flag, the stop sign, the full-screen switch
	Title              image.Rectangle // where the project's name goes; empty in full screen
	Stage              image.Rectangle // exactly 4:3
	Zoom               float64         // screen pixels a stage unit

	Editor EditorPanes // the editor's panes; Editor.On is false when the stage is shown alone
}

// NewLayout lays out a screen of w×h screen pixels at scale screen pixels a logical pixel.
func NewLayout(w, h int, scale float64, full bool) Layout {
	if !(scale > 0) {
		scale = 1
	}
	px := func(logical float64) int { return int(math.Round(logical * scale)) }
	l := Layout{Screen: image.Rect(0, 0, w, h), Scale: scale, Full: full}

	l.Bar = image.Rect(0, 0, w, min(h, px(barHeight)))
	pad, size := px(barPadding), px(buttonSize)
	by := (l.Bar.Dy() - size) / 2
	l.Flag = image.Rect(pad, by, pad+size, by+size)
	l.Stop = l.Flag.Add(image.Pt(size+px(buttonGap), 0))
	l.Toggle = image.Rect(w-pad-size, by, w-pad, by+size)
	if x0, x1 := l.Stop.Max.X+px(buttonGap), l.Toggle.Min.X-px(buttonGap); !full && x1 > x0 {
		l.Title = image.Rect(x0, 0, x1, l.Bar.Max.Y)
	}

	m := 0
	if !full {
		m = px(margin)
	}
	top := l.Bar.Max.Y + m
	area := image.Rectangle{Min: image.Pt(m, top), Max: image.Pt(max(m, w-m), max(top, h-m))}
	// The stage is 4u×3u for a whole number u, so it is exactly 4:3 and a stage unit is the
	// same number of screen pixels across and down.
	u := max(min(area.Dx()/4, area.Dy()/3), minUnit)
	sw, sh := 4*u, 3*u
	x0 := area.Min.X + max(0, (area.Dx()-sw)/2)
	y0 := area.Min.Y + max(0, (area.Dy()-sh)/2)
	l.Stage = image.Rect(x0, y0, x0+sw, y0+sh)
	l.Zoom = float64(sw) / stage.Width
	return l
}

// ToStage turns a screen pixel into stage coordinates as Scratch does: the centre of the
// stage is 0, 0, +y is up, whole numbers, clamped to the stage's edges. As in Scratch, a pixel
// counts from its top left corner, so the top left pixel is -240, 180.
func (l Layout) ToStage(x, y int) (sx, sy float64) {
	fx := float64(x-l.Stage.Min.X)/l.Zoom - stage.Width/2
	fy := stage.Height/2 - float64(y-l.Stage.Min.Y)/l.Zoom
	return clamp(jsRound(fx), stage.Width/2), clamp(jsRound(fy), stage.Height/2)
}

// FromStage returns the screen point of stage coordinates sx, sy.
func (l Layout) FromStage(sx, sy float64) (x, y float64) {
	return float64(l.Stage.Min.X) + (sx+stage.Width/2)*l.Zoom,
		float64(l.Stage.Min.Y) + (stage.Height/2-sy)*l.Zoom
}

// OnStage reports whether the screen pixel x, y is on the stage.
func (l Layout) OnStage(x, y int) bool { return image.Pt(x, y).In(l.Stage) }

// unit is the size of a logical pixel for what is drawn on the stage: it grows with the stage
// in full screen, so the answer box and messages keep their proportions to the stage.
func (l Layout) unit() float64 { return math.Max(l.Scale, l.Zoom/2) }

// Prompt lays out the answer box of "ask and wait" along the bottom of the stage: the box, the
// text field and the check-mark button that sends the answer, as Enter does. The box is taller
// when it shows the question.
func (l Layout) Prompt(question bool) (box, field, check image.Rectangle) {
	u := l.unit()
	px := func(v float64) int { return int(math.Round(v * u)) }
	h := px(64)
	if question {
		h += px(32)
	}
	h = min(h, l.Stage.Dy()/2)
	box = image.Rect(l.Stage.Min.X+px(8), l.Stage.Max.Y-px(8)-h, l.Stage.Max.X-px(8), l.Stage.Max.Y-px(8))
	side := max(0, min(px(48), box.Dy()-2*px(8)))
	check = image.Rect(box.Max.X-px(8)-side, box.Max.Y-px(8)-side, box.Max.X-px(8), box.Max.Y-px(8))
	field = image.Rect(box.Min.X+px(8), check.Min.Y, check.Min.X-px(8), check.Max.Y)
	return box, field, check
}

// jsRound rounds as JavaScript's Math.round: halves go up.
func jsRound(v float64) float64 { return math.Floor(v + 0.5) }

func clamp(v, limit float64) float64 { return math.Max(-limit, math.Min(limit, v)) }

// windowSize is the window's default size in logical pixels: the stage at the largest of a few
// comfortable zooms that fits in most of a monitor of mw×mh logical pixels.
func windowSize(mw, mh int) (w, h int) {
	for _, u := range []int{240, 180, 150, 120} { // zoom 2, 1.5, 1.25, 1
		w, h = 4*u+2*margin, 3*u+2*margin+barHeight
		if mw <= 0 || mh <= 0 || (w <= mw*9/10 && h <= mh*9/10) {
			return w, h
		}
	}
	return w, h
}
