package main

import (
	"image"
	"log"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
	"tsumiki/blocks/editor/draw"
)

// Zooms of the editor, in screen pixels a workspace unit at scale 1. Scratch shows its blocks
// at 0.675 of their size; the script area zooms in and out in steps of a quarter from there.
const (
	blockZoom = 0.675
	minZoom   = 0.3
	maxZoom   = 3
	zoomStep  = 1.25
)

// grabbed is what the pointer pressed in the editor and still holds.
type grabbed int

const (
	grabNone    grabbed = iota
	grabBlocks          // the workspace has the press: a tap, a drag or a long press
	grabPan             // the empty script area: dragging scrolls it
	grabPalette         // the palette's background: dragging scrolls it
	grabCode            // the code panel: dragging scrolls it
)

// scriptView is how a target's script area is scrolled and zoomed.
type scriptView struct {
	scroll editor.Point // the workspace point at the area's top-left corner
	zoom   float64      // relative to blockZoom
}

// workbench is the editor around the stage: the workspace of the selected target, how its
// panes are scrolled, and what the pointer and keyboard are doing in them.
type workbench struct {
	ws       *editor.Workspace
	drawer   *draw.Drawer
	category int
	palette  float64 // palette units scrolled off the top
	views    map[int]*scriptView

	grab      grabbed
	grabAt    image.Point // where the press began, in screen pixels
	grabFrom  editor.Point
	grabFromY float64

	composer    textinput.Composer
	composition string
	caret       image.Rectangle

	running []string      // the running scripts' first blocks, kept between frames
	glow    []*editor.Box // their boxes

	applied   uint64 // the workspace version the runtime runs
	showCode  bool
	codeBlock string  // the block whose Lua lines the code panel marks
	codeTop   float64 // lines of code scrolled off the top
	err       string  // the last refusal, shown under the bar until the next action
	errUntil  int64
}

// newWorkbench returns the editor for p's target (the first sprite, or the stage when there
// are none), or nil when p cannot be edited.
func newWorkbench(d *draw.Drawer, p *blocks.Project, lang blocks.Lang) (*workbench, error) {
	target := editor.StageTarget
	if len(p.Sprites) > 0 {
		target = 0
	}
	ws, err := editor.New(p, target, editor.Options{Lang: lang, Measure: d.Measurer()})
	if err != nil {
		return nil, err
	}
	wb := &workbench{ws: ws, drawer: d, views: make(map[int]*scriptView)}
	wb.applied = ws.Version()
	wb.setPalette()
	wb.composer.OnNewSession = func() *textinput.SessionOptions {
		if _, _, text, ok := wb.ws.Editing(); ok {
			return &textinput.SessionOptions{CaretBounds: wb.caret, TextBeforeCaret: text}
		}
		return nil
	}
	wb.composer.OnComposition = func(c *textinput.Composition) { wb.composition = c.Text() }
	wb.composer.OnCommit = func(c *textinput.Commit) { wb.ws.Type(c.Text()) }
	return wb, nil
}

// setPalette offers every category's blocks, one category after another, as Scratch's palette
// does: the category buttons scroll it.
func (wb *workbench) setPalette() {
	var defs []*blocks.Def
	for _, c := range blocks.Categories() {
		defs = append(defs, editor.CategoryDefs(c)...)
	}
	wb.ws.SetPalette(defs)
}

// view returns the view of the selected target's scripts.
func (wb *workbench) view() *scriptView {
	t := wb.ws.Target()
	v := wb.views[t]
	if v == nil {
		v = &scriptView{scroll: editor.Point{X: -24, Y: -24}, zoom: 1}
		wb.views[t] = v
	}
	return v
}

// scriptZoom is screen pixels a workspace unit in the script area.
func (wb *workbench) scriptZoom(l Layout) float64 { return blockZoom * wb.view().zoom * l.Scale }

// paletteZoom is screen pixels a unit in the palette.
func paletteZoom(l Layout) float64 { return blockZoom * l.Scale }

// scriptOrigin is the screen point of workspace point 0, 0.
func (wb *workbench) scriptOrigin(l Layout) image.Point {
	v, z := wb.view(), wb.scriptZoom(l)
	a := l.Editor.Scripts.Min
	return image.Pt(a.X-int(math.Round(v.scroll.X*z)), a.Y-int(math.Round(v.scroll.Y*z)))
}

// paletteOrigin is the screen point of palette point 0, 0.
func (wb *workbench) paletteOrigin(l Layout) image.Point {
	a := l.Editor.Palette.Min
	return image.Pt(a.X, a.Y-int(math.Round(wb.palette*paletteZoom(l))))
}

// toScripts turns a screen pixel into a workspace point.
func (wb *workbench) toScripts(l Layout, x, y int) editor.Point {
	o, z := wb.scriptOrigin(l), wb.scriptZoom(l)
	return editor.Point{X: float64(x-o.X) / z, Y: float64(y-o.Y) / z}
}

// toPalette turns a screen pixel into a palette point.
func (wb *workbench) toPalette(l Layout, x, y int) editor.Point {
	o, z := wb.paletteOrigin(l), paletteZoom(l)
	return editor.Point{X: float64(x-o.X) / z, Y: float64(y-o.Y) / z}
}

// fromScripts returns the screen rectangle of a workspace rectangle.
func (wb *workbench) fromScripts(l Layout, r editor.Rect) image.Rectangle {
	o, z := wb.scriptOrigin(l), wb.scriptZoom(l)
	return image.Rect(o.X+int(math.Floor(r.X*z)), o.Y+int(math.Floor(r.Y*z)),
		o.X+int(math.Ceil((r.X+r.W)*z)), o.Y+int(math.Ceil((r.Y+r.H)*z)))
}

// pane returns which of the workspace's panes a screen pixel is over, and the point there.
func (wb *workbench) pane(l Layout, x, y int) (editor.Pane, editor.Point) {
	if image.Pt(x, y).In(l.Editor.Palette) || x < l.Editor.Palette.Min.X {
		return editor.PanePalette, wb.toPalette(l, x, y)
	}
	return editor.PaneScripts, wb.toScripts(l, x, y)
}

// setZoom zooms the script area to z (relative to blockZoom), keeping the workspace point
// under the screen pixel at fixed.
func (wb *workbench) setZoom(l Layout, z float64, fixed image.Point) {
	z = math.Max(minZoom/blockZoom, math.Min(maxZoom/blockZoom, z))
	v := wb.view()
	before := wb.toScripts(l, fixed.X, fixed.Y)
	v.zoom = z
	after := wb.toScripts(l, fixed.X, fixed.Y)
	v.scroll = v.scroll.Add(before.Sub(after))
}

// categoryTop returns the palette y of category c's first button or block.
func (wb *workbench) categoryTop(c blocks.Category) (float64, bool) {
	y, ok := wb.ws.PaletteView().CategoryTop(c.ID)
	return math.Max(0, y-wb.ws.Metrics().PaletteY), ok
}

// selectCategory scrolls the palette to a category's blocks.
func (wb *workbench) selectCategory(i int) {
	cats := blocks.Categories()
	if i < 0 || i >= len(cats) {
		return
	}
	wb.category = i
	if y, ok := wb.categoryTop(cats[i]); ok {
		wb.palette = y
	}
}

// followPalette lights the category whose blocks are at the top of the palette.
func (wb *workbench) followPalette() {
	cats := blocks.Categories()
	for i := len(cats) - 1; i >= 0; i-- {
		if y, ok := wb.categoryTop(cats[i]); ok && y <= wb.palette+1 {
			wb.category = i
			return
		}
	}
	wb.category = 0
}

// scrollPalette scrolls the palette by dy units, within its blocks.
func (wb *workbench) scrollPalette(dy float64) {
	wb.palette = math.Max(0, math.Min(wb.palette+dy, wb.ws.PaletteView().Height))
	wb.followPalette()
}

// editorKeys handles the editor's keys: typing into a slot, undo and redo. It reports whether
// the keyboard belongs to the editor this frame, so that the runtime does not get the keys.
func (a *App) editorKeys() bool {
	wb := a.bench
	if wb == nil {
		return false
	}
	ctrl := ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	if _, _, _, ok := wb.ws.Editing(); ok {
		composing := wb.composition != ""
		handled, err := wb.composer.Update()
		if err == nil && handled && (composing || wb.composition != "") {
			return true
		}
		if err != nil {
			wb.ws.Type(string(ebiten.AppendInputChars(nil)))
		}
		switch {
		case repeating(ebiten.KeyBackspace):
			wb.composer.Confirm()
			wb.ws.Key(editor.KeyBackspace)
		case inpututil.IsKeyJustPressed(ebiten.KeyEnter), inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter),
			inpututil.IsKeyJustPressed(ebiten.KeyTab):
			wb.composer.Confirm()
			a.report(wb.ws.Key(editor.KeyEnter))
		case inpututil.IsKeyJustPressed(ebiten.KeyEscape):
			wb.composer.Cancel()
			wb.ws.Key(editor.KeyEscape)
		case ctrl && inpututil.IsKeyJustPressed(ebiten.KeyZ):
			wb.ws.Undo()
		}
		return true
	}
	wb.composition = ""
	if ctrl && inpututil.IsKeyJustPressed(ebiten.KeyZ) {
		if ebiten.IsKeyPressed(ebiten.KeyShift) {
			a.report(wb.ws.Redo())
		} else {
			a.report(wb.ws.Undo())
		}
		return true
	}
	if ctrl && inpututil.IsKeyJustPressed(ebiten.KeyY) {
		a.report(wb.ws.Redo())
		return true
	}
	return ctrl
}

// report shows why the editor refused something, for a few seconds.
func (a *App) report(err error) {
	if err == nil || a.bench == nil {
		return
	}
	a.bench.err = blocks.Localize(err, a.lang)
	a.bench.errUntil = a.frame + errorFrames
}

// editorPress handles a press in the editor's panes; it reports false for a press elsewhere.
func (a *App) editorPress(ev pointerEvent) bool {
	wb, l := a.bench, a.layout
	if wb == nil || !l.Editor.On {
		return false
	}
	e := &l.Editor
	at := image.Pt(ev.X, ev.Y)
	wb.err = ""
	if a.lessonPress(at) {
		return true
	}
	switch {
	case at.In(e.Undo):
		a.report(wb.ws.Undo())
	case at.In(e.Redo):
		a.report(wb.ws.Redo())
	case at.In(e.Code):
		wb.showCode = !wb.showCode
	case at.In(e.Lang):
		a.openLangMenu(e.Lang)
	case at.In(e.Files):
		a.openFileMenu(e.Files)
	case at.In(e.ZoomIn):
		wb.setZoom(l, wb.view().zoom*zoomStep, e.Scripts.Min)
	case at.In(e.ZoomOut):
		wb.setZoom(l, wb.view().zoom/zoomStep, e.Scripts.Min)
	case at.In(e.ZoomReset):
		*wb.view() = scriptView{scroll: editor.Point{X: -24, Y: -24}, zoom: 1}
	case at.In(e.Categories):
		for i := range blocks.Categories() {
			if at.In(l.CategoryButton(i)) {
				wb.selectCategory(i)
			}
		}
	case at.In(e.CodePanel):
		wb.grab, wb.grabAt, wb.grabFromY = grabCode, at, wb.codeTop
	case at.In(e.SpriteInfo), at.In(e.Sprites), at.In(e.StageTile):
		a.spritePanePress(at)
	case at.In(e.Palette), at.In(e.Scripts):
		pane, p := wb.pane(l, ev.X, ev.Y)
		if pane == editor.PaneScripts && wb.ws.HitTest(p).Kind == editor.HitNothing {
			wb.ws.EndEdit()
			wb.grab, wb.grabAt, wb.grabFrom = grabPan, at, wb.view().scroll
			return true
		}
		if pane == editor.PanePalette {
			switch h := wb.ws.PaletteView().HitTest(p); h.Kind {
			case editor.PaletteButtonHit:
				a.paletteButton(h.Button.Kind)
				return true
			case editor.PaletteCheckboxHit:
				a.toggleMonitor(h.Checkbox)
				return true
			}
		}
		if pane == editor.PanePalette && wb.ws.Palette().HitTest(p).Kind == editor.HitNothing {
			wb.grab, wb.grabAt, wb.grabFromY = grabPalette, at, wb.palette
			return true
		}
		wb.grab = grabBlocks
		a.gesture(wb.ws.HandlePointer(editor.Pointer{Kind: editor.PointerDown, Tick: a.frame, Pos: p, Pane: pane, Touch: a.pointer.touching}))
	default:
		return false
	}
	return true
}

// editorHold handles the pointer while a press that began in the editor is held: it is sent
// every frame, moved or not, so that a long press can be told.
func (a *App) editorHold(x, y int) {
	wb, l := a.bench, a.layout
	switch wb.grab {
	case grabBlocks:
		pane, p := wb.pane(l, x, y)
		a.gesture(wb.ws.HandlePointer(editor.Pointer{Kind: editor.PointerMove, Tick: a.frame, Pos: p, Pane: pane, Touch: a.pointer.touching}))
	case grabPan:
		z := wb.scriptZoom(l)
		wb.view().scroll = wb.grabFrom.Sub(editor.Point{X: float64(x-wb.grabAt.X) / z, Y: float64(y-wb.grabAt.Y) / z})
	case grabPalette:
		wb.palette = wb.grabFromY
		wb.scrollPalette(-float64(y-wb.grabAt.Y) / paletteZoom(l))
	case grabCode:
		wb.codeTop = math.Max(0, wb.grabFromY-float64(y-wb.grabAt.Y)/a.codeLineHeight(l))
	}
}

// editorRelease ends a press that began in the editor.
func (a *App) editorRelease(x, y int) {
	wb, l := a.bench, a.layout
	g := wb.grab
	wb.grab = grabNone
	switch g {
	case grabBlocks:
		pane, p := wb.pane(l, x, y)
		a.gesture(wb.ws.HandlePointer(editor.Pointer{Kind: editor.PointerUp, Tick: a.frame, Pos: p, Pane: pane, Touch: a.pointer.touching}))
	case grabCode:
		if d := image.Pt(x, y).Sub(wb.grabAt); max(d.X, -d.X, d.Y, -d.Y) < 8 { // a tap, not a scroll
			a.codeTap(l, x, y)
		}
	}
}

// gesture acts on what a pointer event amounted to: a tap on a dropdown opens it, a tap on a
// block runs its script, a long press opens the context menu.
func (a *App) gesture(g editor.Gesture) {
	wb := a.bench
	switch g.Kind {
	case editor.Refused:
		a.report(g.Err)
	case editor.Tap:
		h := g.Hit
		if h.Box == nil || g.Pane != editor.PaneScripts {
			return
		}
		wb.codeBlock = h.Box.Block.ID
		if wb.showCode {
			a.showBlockCode(wb.codeBlock)
		}
		switch h.Kind {
		case editor.HitField:
			a.openChoices(h)
		case editor.HitSlot:
			if h.Part.Input == blocks.ColorInput {
				a.openColorPicker(h)
			} // number and text slots: the workspace has started typing into them
		case editor.HitBlock, editor.HitStack, editor.HitParam:
			a.clickScript(h.Box)
		}
	case editor.LongPress:
		a.openContextMenu(g.Hit, a.pointer.last.X, a.pointer.last.Y)
	}
}

// editorWheel scrolls the pane under the pointer; with Ctrl held it zooms the script area.
func (a *App) editorWheel() {
	wb, l := a.bench, a.layout
	if wb == nil || !l.Editor.On {
		return
	}
	dx, dy := ebiten.Wheel()
	if dx == 0 && dy == 0 {
		return
	}
	x, y := ebiten.CursorPosition()
	at := image.Pt(x, y)
	step := 40.0
	switch {
	case at.In(l.Editor.Scripts) && (ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)):
		wb.setZoom(l, wb.view().zoom*math.Pow(zoomStep, dy), at)
	case at.In(l.Editor.Scripts):
		v := wb.view()
		v.scroll = v.scroll.Sub(editor.Point{X: dx * step / blockZoom / wb.view().zoom, Y: dy * step / blockZoom / wb.view().zoom})
	case at.In(l.Editor.Palette), at.In(l.Editor.Categories):
		wb.scrollPalette(-dy * step / blockZoom)
	case at.In(l.Editor.CodePanel):
		wb.codeTop = math.Max(0, wb.codeTop-dy*3)
	}
}

// startEditing opens the editor on a project that has just opened, and names it in the
// projects folder.
func (a *App) startEditing(p *project, src *source) {
	a.bench, a.codeCache, a.doc = nil, nil, nil
	clear(a.thumbs)
	wb, err := newWorkbench(a.drawer, p.proj, a.lang)
	if err != nil {
		log.Printf("the editor cannot open %s: %v", src.name, err)
		return
	}
	a.bench = wb
	if a.folder != nil {
		name := src.saved
		if name == "" {
			name = docName(a.folder, p.proj, src.name)
		}
		a.doc = &document{name: name}
	}
}

// inpututilRight reports whether the right mouse button was pressed this frame.
func inpututilRight() bool { return inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonRight) }

// paletteButton opens the dialog of a palette button: a new variable, a new list, a new block.
func (a *App) paletteButton(k editor.ButtonKind) {
	ws := a.bench.ws
	switch k {
	case editor.MakeVariableButton:
		a.openNewData(msgNewVariable, ws.NewVariable, nil)
	case editor.MakeListButton:
		a.openNewData(msgNewList, ws.NewList, nil)
	case editor.MakeBlockButton:
		a.openMakeBlock()
	}
}

// toggleMonitor shows or hides a variable's or list's monitor on the stage, as the checkbox
// beside it in Scratch's palette does: in the project, and at once on the running stage.
func (a *App) toggleMonitor(c *editor.PaletteCheckbox) {
	ws := a.bench.ws
	shown := !c.Checked
	if err := ws.SetMonitor(c.Target, c.Name, c.List, shown); err != nil {
		a.report(err)
		return
	}
	if a.cur != nil {
		owner := ""
		if c.Target != editor.StageTarget {
			owner = targetName(ws.Project(), c.Target)
		}
		a.cur.rt.SetMonitor(owner, c.Name, c.List, shown)
	}
}
