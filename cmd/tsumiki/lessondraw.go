package main

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"tsumiki/cmd/tsumiki/ui"
)

// The step card's colours.
var (
	colorCardShadow = color.RGBA{0x00, 0x00, 0x00, 0x22}
	colorWellDone   = color.RGBA{0xe6, 0xf7, 0xe8, 0xff}
	colorDisabled   = color.RGBA{0xc6, 0xcb, 0xd6, 0xff}
)

// cardLayout is the step card over the script area's top-right corner, in screen pixels.
type cardLayout struct {
	Card       image.Rectangle
	Prev, Next image.Rectangle // the ◀ and ▶ buttons
	Title      image.Rectangle // "Step 2 / 5", between them: a tap folds and unfolds the card
	Folded     bool
	Lines      []string // the step's text, wrapped
	TextAt     image.Point
	Picture    image.Rectangle // where the blocks are drawn
	Zoom       float64         // and at what zoom
	Check      image.Rectangle
	Result     []string // what Check said, wrapped, under the button
	ResultOK   bool
	ResultBox  image.Rectangle
	face, text text.Face
}

// cardLayout lays out the open lesson's step card in l, or reports false when no lesson's
// card shows. The card is at most 380 pixels wide and leaves the script area's left part
// free; its picture shrinks (to ¾ at most) to leave the zoom buttons free too. In a small
// window it may still cover them: then a tap on its title folds it.
func (a *App) cardLayout(l Layout) (cardLayout, bool) {
	r := a.lesson()
	e := &l.Editor
	if r == nil || !e.On {
		return cardLayout{}, false
	}
	s := l.Scale
	px := func(v float64) int { return int(math.Round(v * s)) }
	area := e.Scripts
	w := min(max(area.Dx()*3/5, px(260)), px(380), area.Dx()-px(24))
	pad, gap := px(12), px(8)
	c := cardLayout{face: a.face(l, 15), text: a.face(l, 14)}
	x0, y0 := area.Max.X-px(12)-w, area.Min.Y+px(12)
	inner := w - 2*pad

	y := y0 + pad
	bs := px(36)
	c.Prev = image.Rect(x0+pad, y, x0+pad+bs, y+bs)
	c.Next = image.Rect(x0+w-pad-bs, y, x0+w-pad, y+bs)
	c.Title = image.Rect(c.Prev.Max.X, y, c.Next.Min.X, y+bs)
	if r.folded {
		c.Folded = true
		c.Card = image.Rect(x0, y0, x0+w, y+bs+pad)
		return c, true
	}
	y += bs + gap

	step := r.l.Steps[r.step]
	c.Lines = ui.Wrap(step.Text.In(a.lang), float64(inner), func(s string) float64 { return text.Advance(s, c.text) })
	if len(c.Lines) > 8 {
		c.Lines = append(c.Lines[:7], ui.Fit(c.Lines[7]+"…", float64(inner), c.text))
	}
	c.TextAt = image.Pt(x0+pad, y)
	y += int(math.Ceil(float64(len(c.Lines))*ui.LineHeight(c.text))) + gap

	// The picture at the script area's zoom, or smaller to fit the card's width and leave the
	// Check button and its answer room above the zoom buttons.
	c.Zoom = blockZoom * s
	if pw, ph := a.drawer.StackSize(step.Blocks, a.lang, c.Zoom); pw > 0 {
		room := float64(e.ZoomIn.Min.Y-px(12)-y) - float64(bs+gap+pad) - 3*ui.LineHeight(c.text)
		k := math.Min(1, math.Min(float64(inner-2*gap)/pw, math.Max(room/ph, 0.75)))
		c.Zoom *= k
		pw, ph = a.drawer.StackSize(step.Blocks, a.lang, c.Zoom)
		c.Picture = image.Rect(x0+pad+gap, y+gap, x0+pad+gap+int(math.Ceil(pw)), y+gap+int(math.Ceil(ph)))
		y = c.Picture.Max.Y + gap + gap
	}

	label := msgCheck.In(a.lang)
	cw := max(px(96), int(text.Advance(label, c.face))+px(32))
	c.Check = image.Rect(x0+pad, y, x0+pad+cw, y+bs)
	y += bs

	var ok bool
	var said string
	if said, ok = r.resultText(a.lang, a.bench.ws.Version()); said != "" {
		y += gap
		tp := px(8)
		c.Result = ui.Wrap(said, float64(inner-2*tp), func(s string) float64 { return text.Advance(s, c.text) })
		if len(c.Result) > 5 {
			c.Result = append(c.Result[:4], ui.Fit(c.Result[4]+"…", float64(inner-2*tp), c.text))
		}
		c.ResultOK = ok
		c.ResultBox = image.Rect(x0+pad, y, x0+w-pad, y+int(math.Ceil(float64(len(c.Result))*ui.LineHeight(c.text)))+2*tp)
		y = c.ResultBox.Max.Y
	}
	c.Card = image.Rect(x0, y0, x0+w, y+pad)
	return c, true
}

// lessonPress handles a press on the step card: ◀ and ▶ go through the steps, Check runs the
// step's check. It reports whether the press was on the card, which keeps it from the blocks
// under it.
func (a *App) lessonPress(at image.Point) bool {
	c, ok := a.cardLayout(a.layout)
	if !ok || !at.In(c.Card) {
		return false
	}
	r := a.lesson()
	switch {
	case at.In(c.Prev):
		a.setStep(r.step - 1)
	case at.In(c.Next):
		a.setStep(r.step + 1)
	case at.In(c.Title):
		r.folded = !r.folded
	case at.In(c.Check):
		a.checkStep()
	}
	return true
}

// drawLessonCard draws the open lesson's step card over the script area.
func (a *App) drawLessonCard(screen *ebiten.Image, l Layout) {
	c, ok := a.cardLayout(l)
	if !ok {
		return
	}
	r := a.lesson()
	s := l.Scale
	rad := 10 * s
	ui.FillRound(screen, c.Card.Add(image.Pt(0, int(3*s))).Inset(-int(s)), rad+s, colorCardShadow)
	ui.FillRound(screen, c.Card, rad, colorPane)
	ui.StrokeRound(screen, c.Card, rad, 1.5*s, colorPaneEdge)

	first, last := r.step == 0, r.step == len(r.l.Steps)-1
	drawStepArrow(screen, c.Prev, s, true, !first)
	drawStepArrow(screen, c.Next, s, false, !last)
	title := msgStepOf.Format(a.lang, r.step+1, len(r.l.Steps))
	a.centreTextFace(screen, title, c.Title, c.face, colorText)
	// A small arrow after the title says that a tap folds or unfolds the card.
	ax := float32(c.Title.Min.X+c.Title.Dx()/2) + float32(text.Advance(title, c.face)/2+10*s)
	ay, k := float32(c.Title.Min.Y+c.Title.Dy()/2), float32(4*s)
	var fold vector.Path
	if c.Folded {
		fold.MoveTo(ax-k, ay-k/2)
		fold.LineTo(ax+k, ay-k/2)
		fold.LineTo(ax, ay+k)
	} else {
		fold.MoveTo(ax-k, ay+k/2)
		fold.LineTo(ax+k, ay+k/2)
		fold.LineTo(ax, ay-k)
	}
	fold.Close()
	vector.FillPath(screen, &fold, nil, ui.Colored(colorTextLight))
	if c.Folded {
		return
	}

	lh := ui.LineHeight(c.text)
	for i, ln := range c.Lines {
		ui.DrawText(screen, ln, c.text, float64(c.TextAt.X), float64(c.TextAt.Y)+float64(i)*lh, colorText)
	}

	if !c.Picture.Empty() {
		gap := int(8 * s)
		ui.FillRound(screen, c.Picture.Inset(-gap), 6*s, colorScripts)
		ui.StrokeRound(screen, c.Picture.Inset(-gap), 6*s, s, colorPaneEdge)
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(c.Picture.Min.X), float64(c.Picture.Min.Y))
		screen.DrawImage(a.stepPicture(r, c), op)
	}

	ui.FillRound(screen, c.Check, float64(c.Check.Dy())/2, colorFlag)
	ui.StrokeRound(screen, c.Check, float64(c.Check.Dy())/2, 1.5*s, colorFlagEdge)
	a.centreTextFace(screen, msgCheck.In(a.lang), c.Check, c.face, colorTitle)

	if len(c.Result) > 0 {
		bg, edge := colorWarnBG, colorWarnEdge
		if c.ResultOK {
			bg, edge = colorWellDone, colorFlagEdge
		}
		ui.FillRound(screen, c.ResultBox, 6*s, bg)
		ui.StrokeRound(screen, c.ResultBox, 6*s, 1.5*s, edge)
		tp := 8 * s
		for i, ln := range c.Result {
			ui.DrawText(screen, ln, c.text, float64(c.ResultBox.Min.X)+tp, float64(c.ResultBox.Min.Y)+tp+float64(i)*lh, colorText)
		}
	}
}

// stepPicture returns the picture of the step's blocks for c, drawing it when the step, the
// language or the zoom changed.
func (a *App) stepPicture(r *lessonRun, c cardLayout) *ebiten.Image {
	k := pictureKey{r.step, a.lang, c.Zoom}
	if r.pic != nil && r.picKey == k && r.pic.Bounds().Size() == c.Picture.Size() {
		return r.pic
	}
	if r.pic != nil {
		r.pic.Deallocate()
	}
	r.pic = ebiten.NewImage(max(1, c.Picture.Dx()), max(1, c.Picture.Dy()))
	a.drawer.DrawStack(r.pic, r.l.Steps[r.step].Blocks, a.lang, 0, 0, c.Zoom)
	r.picKey = k
	return r.pic
}

// drawStepArrow draws a round button with a triangle pointing left or right, faint when it
// cannot be used.
func drawStepArrow(dst *ebiten.Image, r image.Rectangle, scale float64, left, on bool) {
	fill, edge := colorBar, colorButtonEdge
	if !on {
		fill, edge = colorDisabled, colorDisabled
	}
	ui.FillRound(dst, r, float64(r.Dx())/2, fill)
	ui.StrokeRound(dst, r, float64(r.Dx())/2, scale, edge)
	cx, cy := float32(r.Min.X)+float32(r.Dx())/2, float32(r.Min.Y)+float32(r.Dy())/2
	k := float32(r.Dx()) * 0.2
	var p vector.Path
	if left {
		p.MoveTo(cx-k, cy)
		p.LineTo(cx+k*0.7, cy-k)
		p.LineTo(cx+k*0.7, cy+k)
	} else {
		p.MoveTo(cx+k, cy)
		p.LineTo(cx-k*0.7, cy-k)
		p.LineTo(cx-k*0.7, cy+k)
	}
	p.Close()
	vector.FillPath(dst, &p, nil, ui.Colored(colorTitle))
}
