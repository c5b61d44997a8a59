package main

import (
	"image"
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

// thumbnail returns a costume's picture, read once.
func (a *App) thumbnail(m blocks.Media) *ebiten.Image {
	if a.cur == nil {
		return nil
	}
	key := m.Library + "|" + m.File
	if img, ok := a.thumbs[key]; ok {
		return img
	}
	var img *ebiten.Image
	if c, err := a.cur.store.Costume("", m); err == nil {
		if pic, err := a.cur.store.Image(c.Asset); err == nil {
			img = ebiten.NewImageFromImage(pic)
		}
	}
	if a.thumbs == nil {
		a.thumbs = make(map[string]*ebiten.Image)
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
			a.openBackdrops(image.Rectangle{Min: at, Max: at.Add(image.Pt(1, 1))})
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

// openSpriteMenu offers renaming, deleting and choosing a costume for sprite i.
func (a *App) openSpriteMenu(i int, anchor image.Rectangle) {
	ws := a.bench.ws
	a.menu([]string{msgRename.In(a.lang), msgChooseCostume.In(a.lang), msgDelete.In(a.lang)}, anchor, -1, func(k int) {
		switch k {
		case 0:
			a.openInfoField(i, infoName)
		case 1:
			a.openCostumes(i, anchor)
		case 2:
			a.report(ws.DeleteSprite(i))
			a.bench.setPalette()
		}
	})
}

// openCostumes offers a sprite's costumes, and the library's, to wear.
func (a *App) openCostumes(i int, anchor image.Rectangle) {
	ws := a.bench.ws
	c := ws.Project().Sprites[i].Contents
	var labels []string
	for _, m := range c.Costumes {
		labels = append(labels, m.Name)
	}
	lib := libraryItems(assets.Costume)
	for _, it := range lib {
		labels = append(labels, "+ "+it.Label.In(a.lang))
	}
	a.menu(labels, anchor, ws.Project().Sprites[i].Costume, func(k int) {
		if k < len(c.Costumes) {
			a.report(ws.SetCostume(i, k))
			return
		}
		it := lib[k-len(c.Costumes)]
		if err := ws.AddCostume(i, blocks.Media{Name: it.Label.In(a.lang), Library: it.Name}); err != nil {
			a.report(err)
			return
		}
		a.report(ws.SetCostume(i, len(ws.Project().Sprites[i].Costumes)-1))
	})
}

// openBackdrops offers the stage's backdrops, and the library's.
func (a *App) openBackdrops(anchor image.Rectangle) {
	ws := a.bench.ws
	c := ws.Project().Stage.Contents
	var labels []string
	for _, m := range c.Costumes {
		labels = append(labels, m.Name)
	}
	lib := libraryItems(assets.Backdrop)
	for _, it := range lib {
		labels = append(labels, "+ "+it.Label.In(a.lang))
	}
	a.menu(labels, anchor, ws.Project().Stage.Backdrop, func(k int) {
		if k < len(c.Costumes) {
			a.report(ws.SetCostume(editor.StageTarget, k))
			return
		}
		it := lib[k-len(c.Costumes)]
		if err := ws.AddCostume(editor.StageTarget, blocks.Media{Name: it.Label.In(a.lang), Library: it.Name}); err != nil {
			a.report(err)
			return
		}
		a.report(ws.SetCostume(editor.StageTarget, len(ws.Project().Stage.Costumes)-1))
	})
}

// openAddSprite offers the library's costumes as new sprites, and an image file.
func (a *App) openAddSprite(anchor image.Rectangle) {
	lib := libraryItems(assets.Costume)
	labels := make([]string, 0, len(lib)+1)
	for _, it := range lib {
		labels = append(labels, it.Label.In(a.lang))
	}
	labels = append(labels, msgFromImage.In(a.lang))
	a.menu(labels, anchor, -1, func(k int) {
		if k == len(lib) {
			a.show(msgDropImage.In(a.lang), false)
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
