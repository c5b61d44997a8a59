package main

import (
	"image"
	"io/fs"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
	"tsumiki/cmd/tsumiki/ui"
	"tsumiki/examples"
)

// popup is the widget open over the app, which takes all input until it closes, and what to
// do when it does.
type popup struct {
	w    ui.Widget
	done func(ui.Status)
}

// env is what the widgets are laid out in.
func (a *App) env() ui.Env {
	l := a.layout
	return ui.Env{Screen: l.Screen, Scale: l.Scale, Face: a.blank.Face}
}

// open shows a widget; done runs when it closes.
func (a *App) open(w ui.Widget, done func(ui.Status)) {
	a.pop = &popup{w: w, done: done}
	last := a.pointer.last
	a.uiInput.Sync(last.X, last.Y, last.Down)
}

// updatePopup gives the open widget this frame's input. It reports whether a widget was open,
// in which case nothing else gets the input.
func (a *App) updatePopup() bool {
	p := a.pop
	if p == nil {
		return false
	}
	if a.popEnv != a.layout.Screen {
		p.w.Layout(a.env())
		a.popEnv = a.layout.Screen
	}
	for _, ev := range a.uiInput.Update(p.w.Field()) {
		if st := p.w.Handle(ev); st != ui.Open {
			a.pop = nil
			a.uiInput.Close()
			p.w.Release()
			p.done(st)
			break
		}
	}
	a.pointer.Next(a.pointer.Read()) // the pointer's presses were the widget's
	return true
}

// menu opens a menu of labels at anchor; pick runs with the index picked.
func (a *App) menu(labels []string, anchor image.Rectangle, checked int, pick func(int)) {
	items := make([]ui.MenuItem, len(labels))
	for i, s := range labels {
		items[i] = ui.MenuItem{Label: s}
	}
	a.menuItems(items, anchor, checked, pick)
}

func (a *App) menuItems(items []ui.MenuItem, anchor image.Rectangle, checked int, pick func(int)) {
	m := ui.NewMenu(a.env(), items, anchor, checked)
	a.open(m, func(st ui.Status) {
		if st == ui.Done && m.Picked() >= 0 {
			pick(m.Picked())
		}
	})
}

// openLangMenu offers the three languages; the one picked applies at once, to the blocks,
// the menus and the messages, without a restart.
func (a *App) openLangMenu(anchor image.Rectangle) {
	langs := []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana}
	labels := make([]string, len(langs))
	checked := 0
	for i, l := range langs {
		labels[i] = langName(l)
		if l == a.lang {
			checked = i
		}
	}
	a.menu(labels, anchor, checked, func(i int) { a.setLang(langs[i]) })
}

// setLang switches the app's language.
func (a *App) setLang(lang blocks.Lang) {
	a.lang = lang
	if a.bench != nil {
		a.bench.ws.SetLang(lang)
	}
}

// openFileMenu offers a new project, the saved projects and the lessons, saving and saving
// under a new name, and presenting.
func (a *App) openFileMenu(anchor image.Rectangle) {
	type action struct {
		item ui.MenuItem
		do   func()
	}
	var acts []action
	add := func(label string, sep bool, do func()) {
		acts = append(acts, action{ui.MenuItem{Label: label, Separator: sep}, do})
	}
	add(msgNew.In(a.lang), false, a.newProject)
	add(msgOpen.In(a.lang), false, func() { a.openProjectMenu(anchor) })
	add(msgLessonsAll.In(a.lang), false, a.openLessonPicker)
	if a.folder != nil && a.bench != nil {
		add(msgSave.In(a.lang), false, func() {
			if err := a.save(); err != nil {
				a.show(blocks.Localize(err, a.lang), true)
			} else {
				a.show(msgSaved.Format(a.lang, a.doc.name), false)
			}
		})
		add(msgSaveAs.In(a.lang), false, a.openSaveAs)
	}
	for i, act := range a.computerFileActions() {
		add(act.label.In(a.lang), i == 0, act.do)
	}
	add(msgPresent.In(a.lang), true, a.toggleFullscreen)
	items := make([]ui.MenuItem, len(acts))
	for i, act := range acts {
		items[i] = act.item
	}
	a.menuItems(items, anchor, -1, func(i int) { acts[i].do() })
}

// openProjectMenu lists the saved projects and the lessons to open.
func (a *App) openProjectMenu(anchor image.Rectangle) {
	var labels []string
	var opens []func()
	if a.folder != nil {
		entries, err := a.folder.List()
		if err != nil {
			a.show(blocks.Localize(err, a.lang), true)
		}
		for _, e := range entries {
			labels = append(labels, e.Name)
			name := e.Name
			opens = append(opens, func() { a.openSaved(name) })
		}
		if len(entries) == 0 {
			labels = append(labels, msgNothingToOpen.In(a.lang))
			opens = append(opens, func() {})
		}
	}
	for _, l := range a.course.lessons() {
		labels = append(labels, msgLessons.Format(a.lang, l.Title.In(a.lang)))
		opens = append(opens, func() { a.openCourseLesson(l) })
	}
	lessons, _ := fs.Glob(examples.Files, "*.tsumiki")
	for _, f := range lessons {
		labels = append(labels, msgLessons.Format(a.lang, strings.TrimSuffix(f, ".tsumiki")))
		file := f
		opens = append(opens, func() { a.openLesson(file) })
	}
	a.menu(labels, anchor, -1, func(i int) { opens[i]() })
}

// openSaveAs asks for a name and saves the project under it.
func (a *App) openSaveAs() {
	d := ui.NewDialog(a.env(), ui.DialogOptions{
		Title: msgSaveAs.In(a.lang), Text: a.doc.name, Placeholder: msgProjectName.In(a.lang), MaxLen: 60,
		OK: msgOK.In(a.lang), Cancel: msgCancel.In(a.lang),
	})
	d.Field().SelectAll()
	a.open(d, func(st ui.Status) {
		if st != ui.Done {
			return
		}
		if err := a.saveAs(d.Result().Text); err != nil {
			a.show(blocks.Localize(err, a.lang), true)
		} else {
			a.show(msgSaved.Format(a.lang, a.doc.name), false)
		}
	})
}

// openChoices opens the dropdown of a block's field or menu slot.
func (a *App) openChoices(h editor.Hit) {
	wb := a.bench
	id := h.Box.Block.ID
	cs, err := wb.ws.Choices(id, h.Name)
	if err != nil {
		a.report(err)
		return
	}
	labels := make([]string, len(cs))
	checked := -1
	cur := h.Box.Block.Fields[h.Name]
	for i, c := range cs {
		labels[i] = c.Label
		if c.Value == cur {
			checked = i
		}
	}
	anchor := wb.fromScripts(a.layout, h.Part.Rect)
	if menuKind(h.Box.Block.Opcode, h.Name) == blocks.MessageOf {
		labels = append(labels, msgNewMessage.In(a.lang)) // Scratch's "New message" at the end
	}
	a.menu(labels, anchor, checked, func(i int) {
		if i == len(cs) {
			a.openNewMessage(func(name string) { a.report(wb.ws.SetField(id, h.Name, name)) })
			return
		}
		a.report(wb.ws.SetField(id, h.Name, cs[i].Value))
	})
}

// menuKind returns where the choices of a block's field or menu slot come from.
func menuKind(opcode, name string) blocks.Menu {
	d := blocks.Lookup(opcode)
	if d == nil {
		return blocks.Static
	}
	if f := d.FieldSpec(name); f != nil {
		return f.Menu
	}
	if in := d.InputSpec(name); in != nil {
		return in.Menu
	}
	return blocks.Static
}

// openNewData asks for a new variable's or list's name, for all sprites or this one only, as
// Scratch's dialog does, and makes it with create.
func (a *App) openNewData(title blocks.Text, create func(name string, forAll bool) error, then func(name string)) {
	wb := a.bench
	o := ui.DialogOptions{
		Title: title.In(a.lang), MaxLen: 100, OK: msgOK.In(a.lang), Cancel: msgCancel.In(a.lang),
	}
	stage := wb.ws.Target() == editor.StageTarget
	if !stage {
		o.Choices = []string{msgForAll.In(a.lang), msgThisOnly.In(a.lang)}
	}
	var d *ui.Dialog
	o.Validate = func(name string) string {
		err := create(strings.TrimSpace(name), stage || d.Result().Choice == 0)
		if err != nil {
			return blocks.Localize(err, a.lang)
		}
		return ""
	}
	d = ui.NewDialog(a.env(), o)
	a.open(d, func(st ui.Status) {
		if st == ui.Done && then != nil {
			then(strings.TrimSpace(d.Result().Text))
		}
	})
}

// openNewMessage asks for a new message's name.
func (a *App) openNewMessage(then func(name string)) {
	wb := a.bench
	var d *ui.Dialog
	d = ui.NewDialog(a.env(), ui.DialogOptions{
		Title: msgNewMessage.In(a.lang), MaxLen: 100, OK: msgOK.In(a.lang), Cancel: msgCancel.In(a.lang),
		Validate: func(name string) string {
			if err := wb.ws.NewMessage(strings.TrimSpace(name)); err != nil {
				return blocks.Localize(err, a.lang)
			}
			return ""
		},
	})
	a.open(d, func(st ui.Status) {
		if st == ui.Done {
			then(strings.TrimSpace(d.Result().Text))
		}
	})
}

// openContextMenu opens the menu of a right click or a long press: on a block, duplicate,
// delete and comment; on the empty area, clean up, undo and redo.
func (a *App) openContextMenu(h editor.Hit, x, y int) {
	wb := a.bench
	anchor := image.Rect(x, y, x+1, y+1)
	if h.Box == nil {
		a.menu([]string{msgCleanUp.In(a.lang), msgUndo.In(a.lang), msgRedo.In(a.lang)}, anchor, -1, func(i int) {
			switch i {
			case 0:
				wb.ws.CleanUp()
			case 1:
				a.report(wb.ws.Undo())
			case 2:
				a.report(wb.ws.Redo())
			}
		})
		return
	}
	b := h.Box.Block
	comment := msgAddComment
	if b.Comment != "" {
		comment = msgEditComment
	}
	a.menu([]string{msgDuplicate.In(a.lang), msgDeleteBlock.In(a.lang), comment.In(a.lang)}, anchor, -1, func(i int) {
		switch i {
		case 0:
			wb.ws.Duplicate(b.ID, wb.toScripts(a.layout, x, y))
			wb.grab = grabBlocks
		case 1:
			a.report(wb.ws.DeleteBlock(b.ID))
		case 2:
			a.openComment(b)
		}
	})
}

// openComment edits a block's comment.
func (a *App) openComment(b *blocks.Block) {
	wb := a.bench
	d := ui.NewDialog(a.env(), ui.DialogOptions{
		Title: msgComment.In(a.lang), Text: b.Comment, MaxLen: 500,
		OK: msgOK.In(a.lang), Cancel: msgCancel.In(a.lang),
	})
	id := b.ID
	a.open(d, func(st ui.Status) {
		if st == ui.Done {
			a.report(wb.ws.SetComment(id, d.Result().Text))
		}
	})
}

// rightClick opens the context menu of what the right mouse button pressed.
func (a *App) rightClick() {
	wb, l := a.bench, a.layout
	if wb == nil || !l.Editor.On || !inpututilRight() {
		return
	}
	x, y := ebiten.CursorPosition()
	if !image.Pt(x, y).In(l.Editor.Scripts) {
		return
	}
	a.openContextMenu(wb.ws.HitTest(wb.toScripts(l, x, y)), x, y)
}

// openColorPicker opens Scratch's colour picker on a colour slot.
func (a *App) openColorPicker(h editor.Hit) {
	wb := a.bench
	id, name := h.Box.Block.ID, h.Name
	cur := "#000000"
	if in := h.Box.Block.Inputs[name]; in != nil && in.Literal != nil {
		cur = in.Literal.Text
	}
	p := ui.NewColorPicker(a.env(), cur, wb.fromScripts(a.layout, h.Part.Rect), ui.ColorLabels{
		Color: msgColor.In(a.lang), Saturation: msgSaturation.In(a.lang), Brightness: msgBrightness.In(a.lang),
	})
	a.open(p, func(st ui.Status) {
		if st == ui.Done && p.Hex() != cur {
			a.report(wb.ws.SetLiteral(id, name, p.Hex()))
		}
	})
}

// openMakeBlock opens Scratch's "Make a Block" dialog and makes the block defined in it.
func (a *App) openMakeBlock() {
	wb := a.bench
	d := ui.NewMakeBlockDialog(a.env(), ui.MakeBlockOptions{
		Title: msgMakeBlock.In(a.lang), AddNumber: msgAddNumber.In(a.lang), AddBoolean: msgAddBoolean.In(a.lang),
		AddLabel: msgAddLabel.In(a.lang), WarpLabel: msgRunFast.In(a.lang),
		OK: msgOK.In(a.lang), Cancel: msgCancel.In(a.lang),
		DefaultLabel: msgBlockName.In(a.lang), DefaultNumber: msgNumberOrText.In(a.lang),
		DefaultBoolean: msgBoolean.In(a.lang), DefaultText: msgLabelText.In(a.lang),
	})
	a.open(d, func(st ui.Status) {
		if st != ui.Done {
			return
		}
		parts, warp := d.Result()
		spec := editor.ProcSpec{Warp: warp}
		for _, p := range parts {
			kind := editor.ProcLabel
			switch p.Kind {
			case ui.NumberOrText:
				kind = editor.ProcText
			case ui.Boolean:
				kind = editor.ProcBoolean
			}
			spec.Parts = append(spec.Parts, editor.ProcPart{Kind: kind, Text: p.Text})
		}
		if _, err := wb.ws.MakeBlock(spec); err != nil {
			a.report(err)
		}
	})
}
