package main

import (
	"image"
	"image/color"
	"math"
	"tsumiki/cmd/tsumiki/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
	"tsumiki/blocks/editor/draw"
)

// The editor's colours, Scratch's.
var (
	colorScripts      = color.RGBA{0xf9, 0xf9, 0xf9, 0xff}
	colorGridDot      = color.RGBA{0xdd, 0xdd, 0xe3, 0xff}
	colorPane         = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colorPaneEdge     = color.RGBA{0xd9, 0xe3, 0xf2, 0xff}
	colorCategoryOn   = color.RGBA{0xe9, 0xf1, 0xfc, 0xff}
	colorCode         = color.RGBA{0x1e, 0x23, 0x30, 0xff}
	colorCodeText     = color.RGBA{0xd8, 0xde, 0xe9, 0xff}
	colorCodeLineNo   = color.RGBA{0x6b, 0x73, 0x85, 0xff}
	colorCodeMark     = color.RGBA{0x2e, 0x4a, 0x7a, 0xff}
	colorTileOn       = color.RGBA{0x85, 0x5c, 0xd6, 0xff}
	colorTile         = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colorComposition  = color.RGBA{0x33, 0x38, 0x47, 0xff}
	colorEditorButton = color.RGBA{0x85, 0x5c, 0xd6, 0xff}
)

// drawEditor draws the editor's panes around the stage.
func (a *App) drawEditor(screen *ebiten.Image, l Layout) {
	wb, e := a.bench, &l.Editor
	ui.FillRect(screen, e.Scripts, colorScripts)
	if wb == nil {
		return
	}
	a.drawScripts(screen, l)
	if !e.CodePanel.Empty() {
		a.drawCode(screen, l)
	}
	a.drawLessonCard(screen, l)
	wb.drawer.DrawPalette(screen, wb.ws.Palette(), e.Palette, wb.paletteOrigin(l), paletteZoom(l))
	a.drawPaletteExtras(screen, l)
	a.drawCategories(screen, l)
	a.drawSpritePane(screen, l)
	if v, ok := wb.ws.Dragging(); ok {
		origin, zoom := wb.scriptOrigin(l), wb.scriptZoom(l)
		if v.Pane == editor.PanePalette {
			origin, zoom = wb.paletteOrigin(l), paletteZoom(l)
		}
		wb.drawer.DrawDrag(screen, v, origin, zoom)
	}
}

// drawScripts draws the script area: a grid of dots, the scripts, a yellow glow around the
// running ones, a red mark and its message on a block that raised an error, the slot being
// typed into, and the zoom buttons.
func (a *App) drawScripts(screen *ebiten.Image, l Layout) {
	wb, e := a.bench, &l.Editor
	sub := screen.SubImage(e.Scripts).(*ebiten.Image)
	origin, zoom := wb.scriptOrigin(l), wb.scriptZoom(l)

	// Dots every 40 units, as Scratch's grid, when they are not too dense.
	if step := 40 * zoom; step >= 8 {
		r := float32(math.Max(1, zoom*1.5))
		x0 := float64(origin.X) + math.Ceil(float64(e.Scripts.Min.X-origin.X)/step)*step
		y0 := float64(origin.Y) + math.Ceil(float64(e.Scripts.Min.Y-origin.Y)/step)*step
		for y := y0; y < float64(e.Scripts.Max.Y); y += step {
			for x := x0; x < float64(e.Scripts.Max.X); x += step {
				vector.FillRect(sub, float32(x)-r/2, float32(y)-r/2, r, r, colorGridDot, false)
			}
		}
	}

	lay := wb.ws.Layout()
	if glow := a.glowing(lay); len(glow) > 0 {
		wb.drawer.DrawOutline(sub, glow, origin, zoom, draw.Glow, 4)
	}
	var marked *editor.Box
	var mark string
	if id, msg, ok := a.errorBlock(); ok {
		if marked = lay.Box(id); marked != nil {
			wb.drawer.DrawOutline(sub, []*editor.Box{marked}, origin, zoom, draw.Mark, 3)
			mark = msg
		}
	}
	if b := lay.Box(wb.codeBlock); b != nil && !e.CodePanel.Empty() {
		wb.drawer.DrawOutline(sub, []*editor.Box{b}, origin, zoom, draw.Selected, 3)
	}
	wb.drawer.Draw(sub, lay, origin, zoom)
	a.drawComments(sub, l, lay)
	a.drawComposition(sub, l, lay)
	if marked != nil {
		r := wb.fromScripts(l, marked.Rect)
		a.drawTag(sub, l, mark, r.Min.X, r.Max.Y+int(6*l.Scale), colorBadBG, colorBadEdge)
	}
	if wb.err != "" && a.frame < wb.errUntil {
		a.drawTag(sub, l, wb.err, e.Scripts.Min.X+int(12*l.Scale), e.Scripts.Min.Y+int(12*l.Scale), colorWarnBG, colorWarnEdge)
	}

	for _, b := range []struct {
		r    image.Rectangle
		icon string
	}{{e.ZoomIn, "+"}, {e.ZoomOut, "−"}, {e.ZoomReset, "="}} {
		ui.FillRound(screen, b.r, float64(b.r.Dx())/2, colorPane)
		ui.StrokeRound(screen, b.r, float64(b.r.Dx())/2, l.Scale, colorPaneEdge)
		a.centreText(screen, l, b.icon, b.r, 22, colorIcon)
	}
}

// drawTag draws a message in a box whose top-left is x, y, no wider than the area.
func (a *App) drawTag(dst *ebiten.Image, l Layout, msg string, x, y int, bg, edge color.Color) {
	face := a.face(l, 14)
	pad := 8 * l.Scale
	maxW := float64(dst.Bounds().Max.X-x) - 2*pad - 8*l.Scale
	lines := ui.Wrap(msg, math.Max(maxW, 80*l.Scale), func(s string) float64 { return text.Advance(s, face) })
	if len(lines) > 4 {
		lines = lines[:4]
	}
	w := 0.0
	for _, ln := range lines {
		w = math.Max(w, text.Advance(ln, face))
	}
	lh := ui.LineHeight(face)
	r := image.Rect(x, y, x+int(w+2*pad), y+int(float64(len(lines))*lh+2*pad))
	ui.FillRound(dst, r, 6*l.Scale, bg)
	ui.StrokeRound(dst, r, 6*l.Scale, 1.5*l.Scale, edge)
	for i, ln := range lines {
		ui.DrawText(dst, ln, face, float64(x)+pad, float64(y)+pad+float64(i)*lh, colorText)
	}
}

// drawComposition draws what the input method is composing at the end of the slot being
// typed into, underlined, and tells the input method where the slot is.
func (a *App) drawComposition(dst *ebiten.Image, l Layout, lay *editor.Layout) {
	wb := a.bench
	id, input, _, ok := wb.ws.Editing()
	if !ok {
		return
	}
	b := lay.Box(id)
	if b == nil {
		return
	}
	p := b.Part(input)
	if p == nil {
		return
	}
	r := wb.fromScripts(l, p.Rect)
	wb.caret = image.Rect(int(float64(r.Max.X)/l.Scale), int(float64(r.Min.Y)/l.Scale), int(float64(r.Max.X)/l.Scale)+1, int(float64(r.Max.Y)/l.Scale))
	ui.StrokeRound(dst, r, float64(r.Dy())/2, 2*l.Scale, draw.Selected)
	if wb.composition == "" {
		return
	}
	face := wb.drawer.Face(wb.ws.Metrics().FontSize * wb.scriptZoom(l))
	w := text.Advance(wb.composition, face)
	x, y := float64(r.Max.X)+2*l.Scale, float64(r.Min.Y)
	box := image.Rect(int(x), r.Min.Y, int(x+w+8*l.Scale), r.Max.Y)
	ui.FillRound(dst, box, 4*l.Scale, colorPane)
	ui.StrokeRound(dst, box, 4*l.Scale, l.Scale, colorPaneEdge)
	ui.DrawText(dst, wb.composition, face, x+4*l.Scale, y+(float64(r.Dy())-ui.LineHeight(face))/2, colorComposition)
	vector.StrokeLine(dst, float32(x+4*l.Scale), float32(r.Max.Y)-float32(4*l.Scale), float32(x+4*l.Scale+w), float32(r.Max.Y)-float32(4*l.Scale), float32(l.Scale), colorComposition, false)
}

// drawCategories draws the category column: a coloured circle and the name of each, the one
// whose blocks the palette shows lit.
func (a *App) drawCategories(screen *ebiten.Image, l Layout) {
	wb, e := a.bench, &l.Editor
	ui.FillRect(screen, e.Categories, colorPane)
	vector.FillRect(screen, float32(e.Categories.Max.X)-float32(l.Scale), float32(e.Categories.Min.Y), float32(l.Scale), float32(e.Categories.Dy()), colorPaneEdge, false)
	fit := l.CategoryFit()
	face := a.face(l, 11*math.Max(0.8, fit))
	for i, c := range blocks.Categories() {
		r := l.CategoryButton(i)
		if i == wb.category {
			ui.FillRect(screen, r, colorCategoryOn)
		}
		col, ink := draw.CategoryColor(c), color.Color(colorText)
		if _, shown := wb.ws.PaletteView().CategoryTop(c.ID); !shown {
			// A lesson's step narrowed the palette: the category has nothing to offer now.
			col.A, ink = 0x50, colorDisabled
		}
		cx, cy := float32(r.Min.X+r.Dx()/2), float32(r.Min.Y)+float32(22*l.Scale*fit)
		vector.FillCircle(screen, cx, cy, float32(11*l.Scale*fit), col, true)
		name := ui.Fit(c.Name.In(a.lang), float64(r.Dx())-4*l.Scale, face)
		w := text.Advance(name, face)
		ui.DrawText(screen, name, face, float64(cx)-w/2, float64(r.Min.Y)+38*l.Scale*fit, ink)
	}
}

// centreText draws s centred in r at size logical pixels.
func (a *App) centreText(dst *ebiten.Image, l Layout, s string, r image.Rectangle, size float64, c color.Color) {
	face := a.face(l, size)
	s = ui.Fit(s, float64(r.Dx())-8*l.Scale, face)
	w := text.Advance(s, face)
	ui.DrawText(dst, s, face, float64(r.Min.X)+(float64(r.Dx())-w)/2, float64(r.Min.Y)+(float64(r.Dy())-ui.LineHeight(face))/2, c)
}

// drawEditorBar draws the editor's buttons in the bar: undo and redo, the file and language
// menus and the code switch.
func (a *App) drawEditorBar(screen *ebiten.Image, l Layout) {
	wb, e := a.bench, &l.Editor
	canUndo, canRedo := wb != nil && wb.ws.CanUndo(), wb != nil && wb.ws.CanRedo()
	drawUndoIcon(screen, e.Undo, l.Scale, canUndo, false)
	drawUndoIcon(screen, e.Redo, l.Scale, canRedo, true)
	for _, b := range []struct {
		r  image.Rectangle
		s  string
		on bool
	}{
		{e.Files, msgFile.In(a.lang), false},
		{e.Lang, langName(a.lang), false},
		{e.Code, msgCode.In(a.lang), wb != nil && wb.showCode},
	} {
		if b.on {
			ui.FillRound(screen, b.r.Inset(int(6*l.Scale)), 8*l.Scale, colorButtonEdge)
		}
		a.centreText(screen, l, b.s, b.r, 16, colorTitle)
	}
}

// langName is a language's name in itself, as the language menu lists it.
func langName(lang blocks.Lang) string {
	switch lang {
	case blocks.Japanese:
		return "日本語"
	case blocks.Hiragana:
		return "にほんご"
	}
	return "English"
}

// drawPaletteExtras draws the palette's buttons ("Make a Variable" …) and the checkboxes that
// show variables and lists on the stage.
func (a *App) drawPaletteExtras(screen *ebiten.Image, l Layout) {
	wb, e := a.bench, &l.Editor
	sub := screen.SubImage(e.Palette).(*ebiten.Image)
	v := wb.ws.PaletteView()
	o, z := wb.paletteOrigin(l), paletteZoom(l)
	rect := func(r editor.Rect) image.Rectangle {
		return image.Rect(o.X+int(r.X*z), o.Y+int(r.Y*z), o.X+int((r.X+r.W)*z), o.Y+int((r.Y+r.H)*z))
	}
	for _, b := range v.Buttons {
		r := rect(b.Rect)
		if !r.Overlaps(e.Palette) {
			continue
		}
		ui.FillRound(sub, r, 6*l.Scale, colorPane)
		ui.StrokeRound(sub, r, 6*l.Scale, l.Scale, colorTextLight)
		a.centreText(sub, l, b.Text, r, 13, colorText)
	}
	for _, c := range v.Checkboxes {
		r := rect(c.Rect)
		if !r.Overlaps(e.Palette) {
			continue
		}
		if c.Checked {
			ui.FillRound(sub, r, 4*l.Scale, colorBar)
			vector.StrokeLine(sub, float32(r.Min.X)+float32(r.Dx())*0.25, float32(r.Min.Y)+float32(r.Dy())*0.5,
				float32(r.Min.X)+float32(r.Dx())*0.45, float32(r.Min.Y)+float32(r.Dy())*0.72, float32(2*l.Scale), colorTitle, true)
			vector.StrokeLine(sub, float32(r.Min.X)+float32(r.Dx())*0.45, float32(r.Min.Y)+float32(r.Dy())*0.72,
				float32(r.Min.X)+float32(r.Dx())*0.78, float32(r.Min.Y)+float32(r.Dy())*0.3, float32(2*l.Scale), colorTitle, true)
		} else {
			ui.FillRound(sub, r, 4*l.Scale, colorPane)
			ui.StrokeRound(sub, r, 4*l.Scale, l.Scale, colorTextLight)
		}
	}
}

// The monitors' colours, Scratch's.
var (
	colorMonitor      = color.RGBA{0xe6, 0xf0, 0xff, 0xff}
	colorMonitorEdge  = color.RGBA{0xc4, 0xcc, 0xd9, 0xff}
	colorMonitorValue = color.RGBA{0xff, 0x8c, 0x1a, 0xff}
	colorListItem     = color.RGBA{0xfc, 0x66, 0x2c, 0xff}
)

// maxListRows is how many items a list monitor shows: its first ones.
const maxListRows = 8

// drawMonitors draws the monitors the project shows, down the stage's left side in the order
// they were first shown, as Scratch places new monitors: a variable as its name and its value
// in an orange box, a list as its name over its first items.
func (a *App) drawMonitors(screen *ebiten.Image, l Layout) {
	if a.cur == nil {
		return
	}
	ms := a.cur.rt.Monitors()
	if len(ms) == 0 {
		return
	}
	u := l.Zoom // screen pixels a stage pixel
	face := a.blank.Face(12 * u)
	lh := ui.LineHeight(face)
	sub := screen.SubImage(l.Stage).(*ebiten.Image)
	x, y := float64(l.Stage.Min.X)+5*u, float64(l.Stage.Min.Y)+5*u
	for _, m := range ms {
		name := m.Name
		if m.Target != "" {
			name = m.Target + ": " + m.Name
		}
		nw := text.Advance(name, face)
		if !m.List {
			vw := math.Max(40*u, text.Advance(m.Value, face)+12*u)
			r := image.Rect(int(x), int(y), int(x+nw+vw+18*u), int(y+lh+10*u))
			ui.FillRound(sub, r, 4*u, colorMonitor)
			ui.StrokeRound(sub, r, 4*u, u, colorMonitorEdge)
			ui.DrawText(sub, name, face, x+6*u, y+5*u, colorText)
			vr := image.Rect(int(x+nw+12*u), int(y+4*u), int(x+nw+12*u+vw), int(y+lh+6*u))
			ui.FillRound(sub, vr, 4*u, colorMonitorValue)
			ui.DrawText(sub, m.Value, face, float64(vr.Min.X)+(vw-text.Advance(m.Value, face))/2, y+5*u, colorTitle)
			y += lh + 16*u
			continue
		}
		rows := min(len(m.Items), maxListRows)
		w := math.Max(100*u, nw+16*u)
		for _, it := range m.Items[:rows] {
			w = math.Max(w, math.Min(200*u, text.Advance(it, face)+24*u))
		}
		r := image.Rect(int(x), int(y), int(x+w), int(y+float64(rows+1)*(lh+4*u)+10*u))
		ui.FillRound(sub, r, 4*u, colorMonitor)
		ui.StrokeRound(sub, r, 4*u, u, colorMonitorEdge)
		a.centreTextFace(sub, name, image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+int(lh+6*u)), face, colorText)
		iy := y + lh + 8*u
		for _, it := range m.Items[:rows] {
			ir := image.Rect(int(x+4*u), int(iy), int(x+w-4*u), int(iy+lh+2*u))
			ui.FillRound(sub, ir, 3*u, colorListItem)
			ui.DrawText(sub, ui.Fit(it, float64(ir.Dx())-8*u, face), face, float64(ir.Min.X)+4*u, iy+u, colorTitle)
			iy += lh + 4*u
		}
		y = float64(r.Max.Y) + 6*u
	}
}

// centreTextFace draws s centred in r with face.
func (a *App) centreTextFace(dst *ebiten.Image, s string, r image.Rectangle, face text.Face, c color.Color) {
	s = ui.Fit(s, float64(r.Dx()), face)
	w := text.Advance(s, face)
	ui.DrawText(dst, s, face, float64(r.Min.X)+(float64(r.Dx())-w)/2, float64(r.Min.Y)+(float64(r.Dy())-ui.LineHeight(face))/2, c)
}

// drawUndoIcon draws a curved arrow in r, pointing left for undo, or right (mirrored) for redo;
// white when it can act, faint when not.
func drawUndoIcon(dst *ebiten.Image, r image.Rectangle, scale float64, on, mirror bool) {
	c := colorButtonEdge
	if on {
		c = colorTitle
	}
	cx, cy := float64(r.Min.X+r.Dx()/2), float64(r.Min.Y+r.Dy()/2)
	rad := float64(r.Dx()) * 0.22
	sx := 1.0
	if mirror {
		sx = -1
	}
	var p vector.Path
	// The shaft: most of a circle, open at the top left, where the head sits.
	for i := 0; i <= 24; i++ {
		a := math.Pi*1.1 + float64(i)/24*math.Pi*1.5
		x, y := cx+sx*rad*math.Cos(a), cy+rad*math.Sin(a)
		if i == 0 {
			p.MoveTo(float32(x), float32(y))
		} else {
			p.LineTo(float32(x), float32(y))
		}
	}
	so := &vector.StrokeOptions{Width: float32(3.5 * scale), LineCap: vector.LineCapRound}
	vector.StrokePath(dst, &p, so, ui.Colored(c))
	// The head, at the shaft's start.
	a := math.Pi * 1.1
	hx, hy := cx+sx*rad*math.Cos(a), cy+rad*math.Sin(a)
	var h vector.Path
	k := rad * 0.7
	h.MoveTo(float32(hx-sx*k), float32(hy-k*0.2))
	h.LineTo(float32(hx+sx*k*0.5), float32(hy-k*0.9))
	h.LineTo(float32(hx+sx*k*0.3), float32(hy+k*0.6))
	h.Close()
	vector.FillPath(dst, &h, nil, ui.Colored(c))
}

// colorComment is the yellow of Scratch's comments.
var (
	colorComment     = color.RGBA{0xfe, 0xf4, 0x9c, 0xff}
	colorCommentEdge = color.RGBA{0xbc, 0xa7, 0x0f, 0xff}
)

// drawComments draws each block's comment as a yellow note right of its script, level with
// the block, with a line to it, as Scratch attaches comments.
func (a *App) drawComments(dst *ebiten.Image, l Layout, lay *editor.Layout) {
	wb := a.bench
	for _, s := range lay.Scripts {
		for _, b := range s.Boxes {
			if b.Block.Comment == "" {
				continue
			}
			br := wb.fromScripts(l, b.Rect)
			sr := wb.fromScripts(l, s.Bounds)
			x := sr.Max.X + int(24*l.Scale)
			if !image.Rect(br.Max.X, br.Min.Y, x+int(200*l.Scale), br.Max.Y).Overlaps(dst.Bounds()) {
				continue
			}
			y := float32(br.Min.Y + br.Dy()/2)
			vector.StrokeLine(dst, float32(br.Max.X), y, float32(x), y, float32(l.Scale), colorCommentEdge, true)
			a.drawTag(dst, l, b.Block.Comment, x, br.Min.Y, colorComment, colorCommentEdge)
		}
	}
}
