package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// button is a button of a dialog: its place, its label (wrapped to lines when long) and
// whether it is the main one (Scratch blue) or may be pressed.
type button struct {
	Rect     image.Rectangle
	Label    string
	Primary  bool
	Danger   bool // the main button of a confirmation that deletes: red
	Disabled bool
	lines    []string
}

// buttonSize measures a button's label: its width, wrapped to at most maxW, and its lines.
func buttonSize(env Env, label string, maxW int) (w, h int, lines []string) {
	face := env.face(16)
	pad := env.px(20)
	lines = wrapBalanced(label, float64(maxW)-2*pad, face, 3)
	tw := 0.0
	for _, l := range lines {
		tw = math.Max(tw, advance(l, face))
	}
	w = max(int(math.Ceil(tw+2*pad)), env.ipx(88))
	h = max(env.ipx(Target), int(math.Ceil(float64(len(lines))*LineHeight(face)+env.px(16))))
	return min(w, maxW), h, lines
}

func (b *button) draw(dst *ebiten.Image, env Env, pressed bool) {
	u := env.px(1)
	radius := env.px(8)
	face := env.face(16)
	fill, edge, ink := colorWhite, colorBorder, colorText
	switch {
	case b.Disabled && b.Primary:
		fill, edge, ink = colorDisabled, colorDisabled, colorWhite
	case b.Disabled:
		ink = colorTextLight
	case b.Primary && b.Danger:
		fill, edge, ink = colorError, colorError, colorWhite
	case b.Primary:
		fill, edge, ink = colorBlue, colorBlue, colorWhite
	}
	if pressed && !b.Disabled {
		if b.Primary {
			fill, edge = colorBlueDark, colorBlueDark
			if b.Danger {
				fill, edge = colorPinkEdge, colorPinkEdge
			}
		} else {
			fill = colorHover
		}
	}
	FillRound(dst, b.Rect, radius, fill)
	StrokeRound(dst, b.Rect, radius, math.Max(1, u), edge)
	lines := b.lines
	if lines == nil {
		lines = []string{b.Label}
	}
	drawLines(dst, lines, face, b.Rect, ink)
}

// drawCheckbox draws a checkbox (a rounded square, blue with a tick when on) in box.
func drawCheckbox(dst *ebiten.Image, env Env, box image.Rectangle, on bool) {
	u := env.px(1)
	if on {
		FillRound(dst, box, 4*u, colorBlue)
		drawCheck(dst, box, 2.5*u, colorWhite)
		return
	}
	FillRound(dst, box, 4*u, colorWhite)
	StrokeRound(dst, box, 4*u, math.Max(1, 1.5*u), colorDisabled)
}

// drawRadio draws a radio button (a circle, with a blue dot when chosen) in box.
func drawRadio(dst *ebiten.Image, env Env, box image.Rectangle, on bool) {
	u := env.px(1)
	r := float32(box.Dx()) / 2
	cx, cy := float32(box.Min.X)+r, float32(box.Min.Y)+r
	vector.FillCircle(dst, cx, cy, r, colorWhite, true)
	if on {
		vector.StrokeCircle(dst, cx, cy, r-float32(u), float32(2*u), colorBlue, true)
		vector.FillCircle(dst, cx, cy, r*0.5, colorBlue, true)
		return
	}
	vector.StrokeCircle(dst, cx, cy, r-float32(0.75*u), float32(math.Max(1, 1.5*u)), colorDisabled, true)
}

// pressTracker remembers which control a press began on: a control acts when the press is
// released over the same control, as buttons do.
type pressTracker struct {
	id     int // the control pressed, or -1
	active bool
}

func (p *pressTracker) down(id int) { p.id, p.active = id, id >= 0 }

// up ends the press and returns the control it acts on, or -1.
func (p *pressTracker) up(id int) int {
	was := p.id
	p.id, p.active = -1, false
	if was >= 0 && was == id {
		return id
	}
	return -1
}

// pressed reports whether control id is being pressed with the pointer over it.
func (p *pressTracker) pressed(id, over int) bool { return p.active && p.id == id && over == id }
