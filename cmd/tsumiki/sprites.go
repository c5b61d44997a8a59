package main

import (
	"image"
	"io/fs"
	"math"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"tsumiki/assets"
	"tsumiki/blocks"
	"tsumiki/blocks/editor"
	"tsumiki/cmd/tsumiki/ui"
	"tsumiki/stage"
)

// The fields of the sprite info pane, in InfoField's order.
const (
	infoName = iota
	infoX
	infoY
	infoSize
	infoDirection
	infoFields
)

// infoLabels name the fields, shown small at their left.
var infoLabels = [infoFields]blocks.Text{
	msgSprite,
	blocks.NewText("x", "x", "x"),
	blocks.NewText("y", "y", "y"),
	blocks.NewText("size", "大きさ", "おおきさ"),
	blocks.NewText("direction", "向き", "むき"),
}

// liveSprite returns the running world's sprite that the i-th sprite of the project is, which
// shows where the sprite is now.
func (a *App) liveSprite(i int) *stage.Sprite {
	if a.cur == nil || a.bench == nil {
		return nil
	}
	p := a.bench.ws.Project()
	if i < 0 || i >= len(p.Sprites) {
		return nil
	}
	for _, s := range a.cur.rt.World().Sprites {
		if !s.IsClone && s.Name == p.Sprites[i].Name {
			return s
		}
	}
	return nil
}

// infoValues returns what the info fields show for sprite i: its name, and its position,
// size and direction as it is now on the stage, as Scratch shows them.
func (a *App) infoValues(i int) [infoFields]string {
	p := a.bench.ws.Project()
	sp := p.Sprites[i]
	x, y, size, dir := sp.X, sp.Y, sp.Size, sp.Direction
	if s := a.liveSprite(i); s != nil {
		x, y, size, dir = s.X, s.Y, s.Size, s.Direction
	}
	round := func(v float64) string { return strconv.FormatFloat(math.Round(v), 'f', -1, 64) }
	return [infoFields]string{sp.Name, round(x), round(y), round(size), round(dir)}
}

// drawSpritePane draws the selected sprite's fields and the tiles of the sprites and the stage.
func (a *App) drawSpritePane(screen *ebiten.Image, l Layout) {
	wb, e := a.bench, &l.Editor
	ui.FillRect(screen, e.SpriteInfo, colorPane)
	ui.FillRect(screen, e.Sprites, colorBackground)
	ui.FillRect(screen, e.StageTile, colorPane)
	vector.StrokeLine(screen, float32(e.StageTile.Min.X), float32(e.StageTile.Min.Y), float32(e.StageTile.Min.X), float32(e.StageTile.Max.Y), float32(l.Scale), colorPaneEdge, false)
	p := wb.ws.Project()
	face := a.face(l, 13)
	t := wb.ws.Target()

	if t >= 0 && t < len(p.Sprites) {
		vals := a.infoValues(t)
		for i := range infoFields {
			r := l.InfoField(i)
			ui.FillRound(screen, r, 6*l.Scale, colorField)
			ui.StrokeRound(screen, r, 6*l.Scale, l.Scale, colorPaneEdge)
			label := infoLabels[i].In(a.lang)
			ui.DrawText(screen, label, face, float64(r.Min.X)+6*l.Scale, float64(r.Min.Y)+(float64(r.Dy())-ui.LineHeight(face))/2, colorTextLight)
			lw := text.Advance(label, face) + 8*l.Scale
			a.centreText(screen, l, vals[i], image.Rect(r.Min.X+int(lw), r.Min.Y, r.Max.X, r.Max.Y), 14, colorText)
		}
	} else {
		a.centreText(screen, l, msgStage.In(a.lang), e.SpriteInfo, 18, colorText)
	}

	for i := range p.Sprites {
		r := l.SpriteTile(i)
		if !r.Overlaps(e.Sprites) {
			continue
		}
		a.drawTile(screen, l, r, p.Sprites[i].Name, &p.Sprites[i].Contents, p.Sprites[i].Costume, i == t)
	}
	st := e.StageTile.Inset(int(8 * l.Scale))
	st.Max.Y = st.Min.Y + st.Dx()
	a.drawTile(screen, l, st, msgStage.In(a.lang), &p.Stage.Contents, p.Stage.Backdrop, t == editor.StageTarget)

	r := e.AddSprite
	vector.FillCircle(screen, float32(r.Min.X+r.Dx()/2), float32(r.Min.Y+r.Dy()/2), float32(r.Dx())/2, colorEditorButton, true)
	a.centreText(screen, l, "+", r, 30, colorTitle)
}

// drawTile draws a sprite's or the stage's tile: its costume small, and its name.
func (a *App) drawTile(screen *ebiten.Image, l Layout, r image.Rectangle, name string, c *blocks.Contents, costume int, on bool) {
	ui.FillRound(screen, r, 8*l.Scale, colorTile)
	edge, width := colorPaneEdge, l.Scale
	if on {
		edge, width = colorTileOn, 3*l.Scale
	}
	ui.StrokeRound(screen, r, 8*l.Scale, width, edge)
	nameH := int(20 * l.Scale)
	pic := image.Rect(r.Min.X+int(6*l.Scale), r.Min.Y+int(6*l.Scale), r.Max.X-int(6*l.Scale), r.Max.Y-nameH)
	if costume >= 0 && costume < len(c.Costumes) {
		if img := a.thumbnail(c.Costumes[costume]); img != nil {
			b := img.Bounds()
			k := math.Min(float64(pic.Dx())/float64(b.Dx()), float64(pic.Dy())/float64(b.Dy()))
			op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
			op.GeoM.Scale(k, k)
			op.GeoM.Translate(float64(pic.Min.X)+(float64(pic.Dx())-k*float64(b.Dx()))/2, float64(pic.Min.Y)+(float64(pic.Dy())-k*float64(b.Dy()))/2)
			screen.DrawImage(img, op)
		}
	}
	a.centreText(screen, l, name, image.Rect(r.Min.X, r.Max.Y-nameH, r.Max.X, r.Max.Y), 12, colorText)
}

// thumbnail returns a costume's picture, read once. A picture embedded in the project is
// known by its asset key, which the Store finds again cheaply; the others by their library
// item or file.
func (a *App) thumbnail(m blocks.Media) *ebiten.Image {
	if a.cur == nil {
		return nil
	}
	var c stage.Costume
	var err error
	key := "library:" + m.Library
	switch {
	case m.Embedded():
		if c, err = a.cur.store.Costume("", m); err != nil {
			return nil
		}
		key = c.Asset
	case m.File != "":
		key = "file:" + m.File
	}
	if img, ok := a.thumbs[key]; ok {
		return img
	}
	if !m.Embedded() {
		c, err = a.cur.store.Costume("", m)
	}
	var img *ebiten.Image
	if err == nil {
		if pic, err := a.cur.store.Image(c.Asset); err == nil {
			img = ebiten.NewImageFromImage(pic)
		}
	}
	a.thumbs[key] = img
	return img
}

// spritePanePress handles a press in the sprite pane: a tile selects its sprite (or the
// stage), a field opens for typing, the "+" adds a sprite.
func (a *App) spritePanePress(at image.Point) {
	wb, l := a.bench, a.layout
	e := &l.Editor
	p := wb.ws.Project()
	switch {
	case at.In(e.AddSprite):
		a.openAddSprite(e.AddSprite)
	case at.In(e.StageTile):
		if wb.ws.Target() == editor.StageTarget {
			a.openStageMenu(image.Rectangle{Min: at, Max: at.Add(image.Pt(1, 1))})
			return
		}
		a.selectTarget(editor.StageTarget)
	case at.In(e.Sprites):
		for i := range p.Sprites {
			if at.In(l.SpriteTile(i)) {
				if wb.ws.Target() == i {
					a.openSpriteMenu(i, l.SpriteTile(i))
					return
				}
				a.selectTarget(i)
				return
			}
		}
	case at.In(e.SpriteInfo):
		t := wb.ws.Target()
		if t < 0 {
			return
		}
		for i := range infoFields {
			if at.In(l.InfoField(i)) {
				a.openInfoField(t, i)
			}
		}
	}
}

// selectTarget shows the scripts of sprite t, or of the stage.
func (a *App) selectTarget(t int) {
	a.report(a.bench.ws.SetTarget(t))
	a.bench.setPalette()
}

// openInfoField asks for a new name, x, y, size or direction of sprite t.
func (a *App) openInfoField(t, field int) {
	vals := a.infoValues(t)
	title := infoLabels[field].In(a.lang)
	if field == infoName {
		title = msgRename.In(a.lang)
	}
	var d *ui.Dialog
	d = ui.NewDialog(a.env(), ui.DialogOptions{
		Title: title, Text: vals[field], MaxLen: 100, Number: field != infoName,
		OK: msgOK.In(a.lang), Cancel: msgCancel.In(a.lang),
		Validate: func(s string) string {
			if err := a.setInfo(t, field, s); err != nil {
				return blocks.Localize(err, a.lang)
			}
			return ""
		},
	})
	d.Field().SelectAll()
	a.open(d, func(ui.Status) {})
}

// setInfo sets a sprite's name, or its x, y, size or direction: in the project, and on the
// stage at once, as Scratch's fields do.
func (a *App) setInfo(t, field int, s string) error {
	ws := a.bench.ws
	if field == infoName {
		return ws.RenameSprite(t, strings.TrimSpace(s))
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return &blocks.Problem{Msg: msgNotNumber, Args: []any{s}}
	}
	sp := ws.Project().Sprites[t]
	x, y, size, dir := sp.X, sp.Y, sp.Size, sp.Direction
	switch field {
	case infoX:
		x = v
	case infoY:
		y = v
	case infoSize:
		size = v
	case infoDirection:
		dir = v
	}
	if err := ws.SetSprite(t, x, y, size, dir); err != nil {
		return err
	}
	if live := a.liveSprite(t); live != nil {
		// The running sprite goes there at once, as in Scratch; the world is plain data that
		// only this goroutine steps.
		sp := ws.Project().Sprites[t]
		live.X, live.Y, live.Size, live.Direction = sp.X, sp.Y, sp.Size, sp.Direction
		a.cur.rt.World().Redraw = true
	}
	return nil
}

// openSpriteMenu offers renaming sprite i, its costumes, a picture of the child's own, its
// sounds, and deleting it.
func (a *App) openSpriteMenu(i int, anchor image.Rectangle) {
	ws := a.bench.ws
	a.actionMenu(anchor, []menuAction{
		{msgRename, func() { a.openInfoField(i, infoName) }},
		{msgChooseCostume, func() { a.openCostumes(i, anchor) }},
		{msgUploadPicture, func() {
			a.chooseAndImport(choosePicture, anchor, func(fsys fs.FS, name string) error { return a.importCostume(i, fsys, name) })
		}},
		{msgSounds, func() { a.openSounds(i, anchor) }},
		{msgDelete, func() {
			a.report(ws.DeleteSprite(i))
			a.bench.setPalette()
		}},
	})
}

// openStageMenu offers the stage's backdrops, a picture of the child's own as a backdrop, and
// the stage's sounds.
func (a *App) openStageMenu(anchor image.Rectangle) {
	a.actionMenu(anchor, []menuAction{
		{msgChooseBackdrop, func() { a.openBackdrops(anchor) }},
		{msgUploadBackdrop, func() {
			a.chooseAndImport(choosePicture, anchor, func(fsys fs.FS, name string) error {
				return a.importCostume(editor.StageTarget, fsys, name)
			})
		}},
		{msgSounds, func() { a.openSounds(editor.StageTarget, anchor) }},
	})
}

// menuAction is an item of a menu and what picking it does.
type menuAction struct {
	label blocks.Text
	do    func()
}

// actionMenu opens a menu of actions at anchor.
func (a *App) actionMenu(anchor image.Rectangle, acts []menuAction) {
	labels := make([]string, len(acts))
	for i, act := range acts {
		labels[i] = act.label.In(a.lang)
	}
	a.menu(labels, anchor, -1, func(k int) { acts[k].do() })
}

// openCostumes offers a sprite's costumes, and the library's, to wear, and deleting one.
func (a *App) openCostumes(i int, anchor image.Rectangle) {
	a.openLooks(i, anchor, a.bench.ws.Project().Sprites[i].Costume, libraryItems(assets.Costume), msgDeleteCostume)
}

// openBackdrops offers the stage's backdrops, and the library's, and deleting one.
func (a *App) openBackdrops(anchor image.Rectangle) {
	a.openLooks(editor.StageTarget, anchor, a.bench.ws.Project().Stage.Backdrop, libraryItems(assets.Backdrop), msgDeleteBackdrop)
}

// openLooks offers the costumes of sprite t, or the stage's backdrops, with the one worn
// checked, then the library's items lib to add, and deleting one.
func (a *App) openLooks(t int, anchor image.Rectangle, wearing int, lib []assets.Item, deleteLabel blocks.Text) {
	ws := a.bench.ws
	have := contentsOf(ws.Project(), t).Costumes
	var items []ui.MenuItem
	for _, m := range have {
		items = append(items, ui.MenuItem{Label: m.Name, Icon: a.thumbnail(m)})
	}
	for j, it := range lib {
		items = append(items, a.libraryMenuItem(it, j == 0))
	}
	items = append(items, ui.MenuItem{Label: deleteLabel.In(a.lang), Separator: true, Disabled: len(have) < 2})
	a.menuItems(items, anchor, wearing, func(k int) {
		switch {
		case k < len(have):
			a.report(ws.SetCostume(t, k))
		case k < len(have)+len(lib):
			it := lib[k-len(have)]
			a.report(ws.AddCostume(t, blocks.Media{Name: it.Label.In(a.lang), Library: it.Name}))
		default:
			a.openDeleteMedia(anchor, have, func(j int) error { return ws.DeleteCostume(t, j) })
		}
	})
}

// openSounds lists the sounds of sprite t, or of the stage: picking one offers deleting it.
// After them come the library's sounds to add, and a sound of the child's own.
func (a *App) openSounds(t int, anchor image.Rectangle) {
	ws := a.bench.ws
	have := contentsOf(ws.Project(), t).Sounds
	var items []ui.MenuItem
	for _, m := range have {
		items = append(items, ui.MenuItem{Label: m.Name})
	}
	if len(have) == 0 {
		items = append(items, ui.MenuItem{Label: msgNoSoundsYet.In(a.lang), Disabled: true})
	}
	lib := libraryItems(assets.Sound)
	first := len(items)
	for j, it := range lib {
		items = append(items, a.libraryMenuItem(it, j == 0))
	}
	items = append(items, ui.MenuItem{Label: msgUploadSound.In(a.lang), Separator: true})
	a.menuItems(items, anchor, -1, func(k int) {
		switch {
		case k < len(have):
			a.openDeleteMedia(anchor, have[k:k+1], func(int) error { return ws.DeleteSound(t, k) })
		case k >= first && k < first+len(lib):
			it := lib[k-first]
			m := blocks.Media{Name: it.Label.In(a.lang), Library: it.Name}
			if err := ws.AddSound(t, m); err != nil {
				a.report(err)
			} else {
				a.previewSound(t, m)
			}
		case k == len(items)-1:
			a.chooseAndImport(chooseSound, anchor, func(fsys fs.FS, name string) error { return a.importSound(t, fsys, name) })
		}
	})
}

// previewSound plays sound m of target t once, so that the child hears what was added.
func (a *App) previewSound(t int, m blocks.Media) {
	if c, err := a.cur.store.Sound(targetName(a.bench.ws.Project(), t), m); err == nil {
		a.cur.rt.Preview(c)
	}
}

// openDeleteMedia offers deleting each of ms; del deletes the one picked.
func (a *App) openDeleteMedia(anchor image.Rectangle, ms []blocks.Media, del func(i int) error) {
	labels := make([]string, len(ms))
	for i, m := range ms {
		labels[i] = msgDeleteNamed.Format(a.lang, m.Name)
	}
	a.menu(labels, anchor, -1, func(k int) { a.report(del(k)) })
}

// openAddSprite offers the library's costumes as new sprites, and a picture of the child's
// own.
func (a *App) openAddSprite(anchor image.Rectangle) {
	lib := libraryItems(assets.Costume)
	items := make([]ui.MenuItem, 0, len(lib)+1)
	for _, it := range lib {
		items = append(items, a.libraryMenuItem(it, false))
	}
	items = append(items, ui.MenuItem{Label: msgFromImage.In(a.lang), Separator: true})
	a.menuItems(items, anchor, -1, func(k int) {
		if k == len(lib) {
			a.chooseAndImport(choosePicture, anchor, a.importSprite)
			return
		}
		a.addSprite(lib[k].Label.In(a.lang), blocks.Media{Name: lib[k].Label.In(a.lang), Library: lib[k].Name})
	})
}

// addSprite adds a sprite wearing costume m and selects it.
func (a *App) addSprite(name string, m blocks.Media) {
	ws := a.bench.ws
	i, err := ws.AddSprite(name, m)
	if err != nil {
		a.report(err)
		return
	}
	a.selectTarget(i)
}

// libraryMenuItem is the menu item that adds a library item: its thumbnail and its name.
func (a *App) libraryMenuItem(it assets.Item, separator bool) ui.MenuItem {
	return ui.MenuItem{Label: "+ " + it.Label.In(a.lang), Icon: a.libraryThumbnail(it.Name), Separator: separator}
}

// libraryThumbnail returns the thumbnail of a library item, read once, or nil.
func (a *App) libraryThumbnail(name string) *ebiten.Image {
	key := "thumb:" + name
	if img, ok := a.thumbs[key]; ok {
		return img
	}
	var img *ebiten.Image
	if pic, err := assets.Thumbnail(name); err == nil {
		img = ebiten.NewImageFromImage(pic)
	}
	a.thumbs[key] = img
	return img
}

// libraryItems returns the library's items of a kind.
func libraryItems(k assets.Kind) []assets.Item {
	var out []assets.Item
	for _, it := range assets.Items() {
		if it.Kind == k {
			out = append(out, it)
		}
	}
	return out
}
