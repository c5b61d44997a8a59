package main

import (
	"image"
	"image/color"
	"math"
	"tsumiki/cmd/tsumiki/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// The app's colours.
var (
	colorBackground = color.RGBA{0xe5, 0xf0, 0xff, 0xff} // around the stage in a window
	colorBlack      = color.RGBA{0x00, 0x00, 0x00, 0xff} // around the stage in full screen
	colorBar        = color.RGBA{0x4c, 0x97, 0xff, 0xff}
	colorButton     = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colorButtonEdge = color.RGBA{0x2e, 0x6f, 0xd1, 0xff}
	colorFlagOn     = color.RGBA{0xff, 0xe0, 0x66, 0xff} // behind the flag while the project runs
	colorFlagOnEdge = color.RGBA{0xff, 0x99, 0x00, 0xff}
	colorFlag       = color.RGBA{0x4c, 0xbf, 0x56, 0xff}
	colorFlagEdge   = color.RGBA{0x38, 0x8e, 0x3f, 0xff}
	colorStop       = color.RGBA{0xec, 0x59, 0x59, 0xff}
	colorStopEdge   = color.RGBA{0xb8, 0x3a, 0x3a, 0xff}
	colorIcon       = color.RGBA{0x57, 0x5e, 0x75, 0xff}
	colorStage      = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colorText       = color.RGBA{0x33, 0x38, 0x47, 0xff}
	colorTextLight  = color.RGBA{0x8a, 0x91, 0xa3, 0xff}
	colorTitle      = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colorField      = color.RGBA{0xf2, 0xf5, 0xfa, 0xff}
	colorBadBG      = color.RGBA{0xff, 0xee, 0xee, 0xff}
	colorBadEdge    = color.RGBA{0xd6, 0x45, 0x45, 0xff}
	colorWarnBG     = color.RGBA{0xff, 0xf6, 0xdd, 0xff}
	colorWarnEdge   = color.RGBA{0xe6, 0x95, 0x00, 0xff}
)

// Draw draws the bar, the stage and what lies on it.
func (a *App) Draw(screen *ebiten.Image) {
	l := a.layout
	if l.Screen != screen.Bounds() {
		l = screenLayout(screen.Bounds().Dx(), screen.Bounds().Dy(), l.Scale, l.Full, a.editing, a.bench != nil && a.bench.showCode)
	}
	if l.Full {
		screen.Fill(colorBlack)
	} else {
		screen.Fill(colorBackground)
	}
	if l.Editor.On {
		a.drawEditor(screen, l)
	}
	a.drawStage(screen, l)
	a.drawMonitors(screen, l)
	if a.prompt.open {
		a.drawPrompt(screen, l)
	}
	if a.notice != "" {
		a.drawNotice(screen, l)
	}
	a.drawBar(screen, l)
	if a.pop != nil {
		a.pop.w.Draw(screen)
	}
	for _, f := range a.afterDraw {
		f(screen, l)
	}
	a.afterDraw = a.afterDraw[:0]
}

func (a *App) drawStage(screen *ebiten.Image, l Layout) {
	if a.cur == nil {
		a.blank.Draw(screen, l.Stage, nil, nil, 0)
		face := a.face(l, 18)
		msg := msgEmptyStage.In(a.lang)
		w := text.Advance(msg, face)
		ui.DrawText(screen, msg, face, float64(l.Stage.Min.X)+(float64(l.Stage.Dx())-w)/2,
			float64(l.Stage.Min.Y+l.Stage.Max.Y)/2-ui.LineHeight(face)/2, colorTextLight)
		return
	}
	pen, version := a.cur.pen()
	a.cur.rend.Draw(screen, l.Stage, a.cur.rt.World(), pen, version)
}

func (a *App) drawBar(screen *ebiten.Image, l Layout) {
	ui.FillRect(screen, l.Bar, colorBar)
	running := a.cur != nil && a.cur.rt.Running()
	if running {
		drawButton(screen, l.Flag, colorFlagOn, colorFlagOnEdge)
	} else {
		drawButton(screen, l.Flag, colorButton, colorButtonEdge)
	}
	drawFlag(screen, l.Flag)
	drawButton(screen, l.Stop, colorButton, colorButtonEdge)
	drawStop(screen, l.Stop)
	drawButton(screen, l.Toggle, colorButton, colorButtonEdge)
	drawToggle(screen, l.Toggle, l.Full)
	if l.Editor.On {
		a.drawEditorBar(screen, l)
	}
	if !l.Title.Empty() && a.cur != nil {
		face := a.face(l, 22)
		title := ui.Fit(a.cur.proj.Name, float64(l.Title.Dx()), face)
		ui.DrawText(screen, title, face, float64(l.Title.Min.X),
			float64(l.Title.Min.Y+l.Title.Max.Y)/2-ui.LineHeight(face)/2, colorTitle)
	}
}

// face returns the UI font at a size in units.
func (a *App) face(l Layout, size float64) text.Face { return a.blank.Face(size * l.unit()) }

func (a *App) drawPrompt(screen *ebiten.Image, l Layout) {
	box, field, check := l.Prompt(a.prompt.question != "")
	u := l.unit()
	ui.FillRound(screen, box, 10*u, colorButton)
	ui.StrokeRound(screen, box, 10*u, 2*u, colorBar)
	face := a.face(l, 18)
	if q := a.prompt.question; q != "" {
		q = ui.Fit(q, float64(box.Dx())-24*u, face)
		ui.DrawText(screen, q, face, float64(box.Min.X)+12*u, float64(box.Min.Y)+8*u, colorText)
	}
	ui.FillRound(screen, field, 8*u, colorField)
	ui.StrokeRound(screen, field, 8*u, 1.5*u, colorButtonEdge)

	// The text, scrolled so its end (where the caret is) shows, clipped to the field.
	pad := 10 * u
	inner := field.Inset(int(pad / 2))
	clip := screen.SubImage(inner).(*ebiten.Image)
	typed, comp := a.prompt.text, a.prompt.composition
	tw, cw := text.Advance(typed, face), text.Advance(comp, face)
	x := float64(field.Min.X) + pad
	if over := tw + cw + 2*u - (float64(field.Dx()) - 2*pad); over > 0 {
		x -= over
	}
	y := float64(field.Min.Y+field.Max.Y)/2 - ui.LineHeight(face)/2
	if typed == "" && comp == "" {
		ui.DrawText(clip, msgAnswerHint.In(a.lang), face, x+6*u, y, colorTextLight)
	}
	ui.DrawText(clip, typed, face, x, y, colorText)
	if comp != "" {
		ui.DrawText(clip, comp, face, x+tw, y, colorText)
		vector.StrokeLine(clip, float32(x+tw), float32(y+ui.LineHeight(face)), float32(x+tw+cw),
			float32(y+ui.LineHeight(face)), float32(1.5*u), colorText, true)
	}
	cx := x + tw + cw
	a.prompt.caret = image.Rect(int(cx), int(y), int(cx)+1, int(y+ui.LineHeight(face)))
	if a.frame/30%2 == 0 {
		vector.StrokeLine(clip, float32(cx+u), float32(y), float32(cx+u), float32(y+ui.LineHeight(face)),
			float32(2*u), colorText, false)
	}

	// The check mark that sends the answer, for fingers.
	r := float32(check.Dx()) / 2
	ccx, ccy := float32(check.Min.X)+r, float32(check.Min.Y)+r
	vector.FillCircle(screen, ccx, ccy, r, colorBar, true)
	var p vector.Path
	p.MoveTo(ccx-r*0.45, ccy)
	p.LineTo(ccx-r*0.1, ccy+r*0.35)
	p.LineTo(ccx+r*0.45, ccy-r*0.35)
	vector.StrokePath(screen, &p, &vector.StrokeOptions{Width: r * 0.22, LineCap: vector.LineCapRound,
		LineJoin: vector.LineJoinRound}, ui.Colored(colorTitle))
}

// noticeLines wraps the notice to the stage's width and returns its box and lines.
func (a *App) noticeLines(l Layout) (image.Rectangle, []string, text.Face) {
	u := l.unit()
	face := a.face(l, 17)
	width := float64(l.Stage.Dx()) - 40*u
	lines := ui.Wrap(a.notice, width, func(s string) float64 { return text.Advance(s, face) })
	maxLines := max(1, int((float64(l.Stage.Dy())*0.6)/ui.LineHeight(face)))
	if len(lines) > maxLines {
		lines = append(lines[:maxLines-1], ui.Fit(lines[maxLines-1]+"…", width, face))
	}
	h := int(float64(len(lines))*ui.LineHeight(face) + 20*u)
	x0, y0 := l.Stage.Min.X+int(8*u), l.Stage.Min.Y+int(8*u)
	return image.Rect(x0, y0, l.Stage.Max.X-int(8*u), y0+h), lines, face
}

func (a *App) noticeRect() image.Rectangle {
	r, _, _ := a.noticeLines(a.layout)
	return r
}

func (a *App) drawNotice(screen *ebiten.Image, l Layout) {
	u := l.unit()
	box, lines, face := a.noticeLines(l)
	bg, edge := colorWarnBG, colorWarnEdge
	if a.noticeBad {
		bg, edge = colorBadBG, colorBadEdge
	}
	ui.FillRound(screen, box, 8*u, bg)
	ui.StrokeRound(screen, box, 8*u, 2*u, edge)
	y := float64(box.Min.Y) + 10*u
	for _, line := range lines {
		ui.DrawText(screen, line, face, float64(box.Min.X)+12*u, y, colorText)
		y += ui.LineHeight(face)
	}
}

// flagProbe is a point inside the flag button that shows its background, not the flag: the
// test reads the running glow there.
func flagProbe(b image.Rectangle) image.Point {
	s := b.Dx()
	return image.Pt(b.Min.X+s*85/100, b.Min.Y+s*85/100)
}

func drawButton(dst *ebiten.Image, b image.Rectangle, fill, edge color.Color) {
	s := float64(b.Dx())
	ui.FillRound(dst, b, 0.2*s, fill)
	ui.StrokeRound(dst, b, 0.2*s, 0.05*s, edge)
}

func drawFlag(dst *ebiten.Image, b image.Rectangle) {
	s := float32(b.Dx())
	x, y := float32(b.Min.X), float32(b.Min.Y)
	vector.StrokeLine(dst, x+0.3*s, y+0.2*s, x+0.3*s, y+0.8*s, 0.06*s, colorFlagEdge, true)
	var p vector.Path
	p.MoveTo(x+0.3*s, y+0.22*s)
	p.CubicTo(x+0.45*s, y+0.12*s, x+0.6*s, y+0.32*s, x+0.78*s, y+0.22*s)
	p.LineTo(x+0.78*s, y+0.52*s)
	p.CubicTo(x+0.6*s, y+0.62*s, x+0.45*s, y+0.42*s, x+0.3*s, y+0.52*s)
	p.Close()
	vector.FillPath(dst, &p, nil, ui.Colored(colorFlag))
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: 0.04 * s, LineJoin: vector.LineJoinRound}, ui.Colored(colorFlagEdge))
}

func drawStop(dst *ebiten.Image, b image.Rectangle) {
	s := float64(b.Dx())
	cx, cy, r := float64(b.Min.X)+s/2, float64(b.Min.Y)+s/2, 0.32*s
	var p vector.Path
	for i := range 8 {
		a := math.Pi/8 + float64(i)*math.Pi/4
		x, y := float32(cx+r*math.Cos(a)), float32(cy+r*math.Sin(a))
		if i == 0 {
			p.MoveTo(x, y)
		} else {
			p.LineTo(x, y)
		}
	}
	p.Close()
	vector.FillPath(dst, &p, nil, ui.Colored(colorStop))
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: float32(0.04 * s), LineJoin: vector.LineJoinRound}, ui.Colored(colorStopEdge))
}

// drawToggle draws four corners pointing out (to go full screen) or in (to leave it).
func drawToggle(dst *ebiten.Image, b image.Rectangle, full bool) {
	s := float32(b.Dx())
	x, y := float32(b.Min.X), float32(b.Min.Y)
	lo, hi, arm := 0.25*s, 0.75*s, 0.16*s
	var p vector.Path
	for _, c := range [4][2]float32{{lo, lo}, {hi, lo}, {lo, hi}, {hi, hi}} {
		dx, dy := arm, arm // towards the middle
		if c[0] == hi {
			dx = -arm
		}
		if c[1] == hi {
			dy = -arm
		}
		cx, cy := x+c[0], y+c[1]
		if full { // the corner sits inward, the arms point out
			cx, cy, dx, dy = cx+dx, cy+dy, -dx, -dy
		}
		p.MoveTo(cx+dx, cy)
		p.LineTo(cx, cy)
		p.LineTo(cx, cy+dy)
	}
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: 0.07 * s, LineCap: vector.LineCapRound,
		LineJoin: vector.LineJoinRound}, ui.Colored(colorIcon))
}
