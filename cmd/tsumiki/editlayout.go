package main

import (
	"image"
	"math"

	"tsumiki/blocks"
	"tsumiki/stage"
)

// Sizes of the editor's panes in logical pixels.
const (
	categoriesWidth = 72  // the column of category buttons
	paletteWidth    = 264 // the palette of blocks
	minScriptsWidth = 320 // the script area never gets narrower than this
	spriteInfoH     = 112 // the sprite's name and its x, y, size and direction fields
	tileSize        = 84  // a sprite's tile in the sprite list
	stageTileWidth  = 96  // the stage's tile, right of the sprite list
	zoomButton      = 44  // the script area's zoom buttons
	textButtonWidth = 112 // a bar button with words: File, the language, Code
	minEditorWidth  = 900 // narrower windows show the stage alone
	minEditorHeight = 560
)

// The stage widths the editor tries, largest first, in logical pixels: zoom 1, ¾ and ½.
var editorStageWidths = []float64{480, 360, 240}

// EditorPanes are the editor's parts, in screen pixels. They are empty when the layout shows
// the stage alone.
type EditorPanes struct {
	On bool // the editor is shown

	Undo, Redo, Files, Lang, Code image.Rectangle // bar buttons

	Categories image.Rectangle // the category buttons, one under another
	Palette    image.Rectangle // the blocks to drag from
	Scripts    image.Rectangle // the selected target's script area
	CodePanel  image.Rectangle // the Lua of the selected target; empty when not shown
	ZoomIn     image.Rectangle // the script area's zoom buttons, bottom right
	ZoomOut    image.Rectangle
	ZoomReset  image.Rectangle

	SpriteInfo image.Rectangle // the selected sprite's fields, under the stage
	Sprites    image.Rectangle // the sprite tiles
	StageTile  image.Rectangle // the stage and its backdrops, right of the sprite tiles
	AddSprite  image.Rectangle // the round "add a sprite" button over the sprite list
}

// screenLayout is the layout the app uses for a screen: full screen and presentation show the
// stage alone; a window shows the editor when it is large enough for it.
func screenLayout(w, h int, scale float64, full, editing, code bool) Layout {
	if !(scale > 0) {
		scale = 1
	}
	if full || !editing || float64(w) < minEditorWidth*scale || float64(h) < minEditorHeight*scale {
		return NewLayout(w, h, scale, full)
	}
	return NewEditorLayout(w, h, scale, code)
}

// NewEditorLayout lays out the editor on a w×h screen, Scratch's way: categories and the
// palette on the left, the script area in the middle (sharing its room with the Lua when code
// is shown), and on the right the stage with the sprites under it. The bar holds undo and
// redo, the file and language menus and the code switch on the left, the flag, the stop sign
// and the full-screen switch over the stage.
func NewEditorLayout(w, h int, scale float64, code bool) Layout {
	if !(scale > 0) {
		scale = 1
	}
	px := func(logical float64) int { return int(math.Round(logical * scale)) }
	l := Layout{Screen: image.Rect(0, 0, w, h), Scale: scale}
	e := &l.Editor
	e.On = true

	// The stage: the largest width that leaves the script area its room and the sprite list
	// some height.
	left := px(categoriesWidth + paletteWidth)
	m := px(margin)
	var u int
	for _, sw := range editorStageWidths {
		u = max(px(sw)/4, minUnit)
		if w-left-(4*u+2*m) >= px(minScriptsWidth) && h-px(barHeight)-3*u-2*m >= px(spriteInfoH+tileSize) {
			break
		}
	}
	colW := 4*u + 2*m
	colX := w - colW

	l.Bar = image.Rect(0, 0, w, min(h, px(barHeight)))
	pad, size := px(barPadding), px(buttonSize)
	by := (l.Bar.Dy() - size) / 2
	e.Undo = image.Rect(pad, by, pad+size, by+size)
	e.Redo = e.Undo.Add(image.Pt(size+pad, 0))
	tw := px(textButtonWidth)
	e.Files = image.Rect(e.Redo.Max.X+px(buttonGap), by, e.Redo.Max.X+px(buttonGap)+tw, by+size)
	e.Lang = e.Files.Add(image.Pt(tw+pad, 0))
	e.Code = e.Lang.Add(image.Pt(tw+pad, 0))
	l.Flag = image.Rect(colX+m, by, colX+m+size, by+size)
	l.Stop = l.Flag.Add(image.Pt(size+px(buttonGap), 0))
	l.Toggle = image.Rect(w-pad-size, by, w-pad, by+size)
	if x0, x1 := e.Code.Max.X+px(buttonGap), l.Flag.Min.X-px(buttonGap); x1 > x0 {
		l.Title = image.Rect(x0, 0, x1, l.Bar.Max.Y)
	}

	top := l.Bar.Max.Y
	l.Stage = image.Rect(colX+m, top+m, colX+m+4*u, top+m+3*u)
	l.Zoom = float64(4*u) / stage.Width
	e.SpriteInfo = image.Rect(colX, l.Stage.Max.Y+m, w, min(h, l.Stage.Max.Y+m+px(spriteInfoH)))
	list := image.Rect(colX, e.SpriteInfo.Max.Y, w, h)
	e.StageTile = image.Rect(max(list.Min.X, list.Max.X-px(stageTileWidth)), list.Min.Y, list.Max.X, list.Max.Y)
	e.Sprites = image.Rect(list.Min.X, list.Min.Y, e.StageTile.Min.X, list.Max.Y)
	as := px(buttonSize)
	e.AddSprite = image.Rect(e.Sprites.Max.X-as-pad*2, e.Sprites.Max.Y-as-pad*2, e.Sprites.Max.X-pad*2, e.Sprites.Max.Y-pad*2)

	e.Categories = image.Rect(0, top, px(categoriesWidth), h)
	e.Palette = image.Rect(e.Categories.Max.X, top, left, h)
	e.Scripts = image.Rect(left, top, colX, h)
	if code {
		split := e.Scripts.Min.X + e.Scripts.Dx()*11/20
		e.CodePanel = image.Rect(split, top, colX, h)
		e.Scripts.Max.X = split
	}
	zb := px(zoomButton)
	x1, y1 := e.Scripts.Max.X-pad*3, e.Scripts.Max.Y-pad*3
	e.ZoomReset = image.Rect(x1-zb, y1-zb, x1, y1)
	e.ZoomOut = e.ZoomReset.Sub(image.Pt(0, zb+pad*2))
	e.ZoomIn = e.ZoomOut.Sub(image.Pt(0, zb+pad*2))
	return l
}

// CategoryButton returns the button of the i-th category in the category column.
func (l Layout) CategoryButton(i int) image.Rectangle {
	c := l.Editor.Categories
	h := int(math.Round(64 * l.Scale * l.CategoryFit()))
	return image.Rect(c.Min.X, c.Min.Y+i*h, c.Max.X, c.Min.Y+(i+1)*h)
}

// CategoryFit returns how much the category buttons shrink, at most 1, so that all of them
// fit in the column.
func (l Layout) CategoryFit() float64 {
	full := 64 * l.Scale * float64(len(blocks.Categories()))
	return math.Min(1, float64(l.Editor.Categories.Dy())/full)
}

// SpriteTile returns the tile of the i-th sprite in the sprite list, row by row.
func (l Layout) SpriteTile(i int) image.Rectangle {
	s := l.Editor.Sprites
	t := int(math.Round(tileSize * l.Scale))
	gap := int(math.Round(8 * l.Scale))
	cols := max(1, (s.Dx()-gap)/(t+gap))
	x := s.Min.X + gap + (i%cols)*(t+gap)
	y := s.Min.Y + gap + (i/cols)*(t+gap)
	return image.Rect(x, y, x+t, y+t)
}

// InfoField returns the i-th field of the sprite info pane: 0 the name, then x, y, size and
// direction on the second row.
func (l Layout) InfoField(i int) image.Rectangle {
	r := l.Editor.SpriteInfo
	pad := int(math.Round(8 * l.Scale))
	rowH := int(math.Round(44 * l.Scale))
	if i == 0 {
		return image.Rect(r.Min.X+pad, r.Min.Y+pad, r.Max.X-pad, r.Min.Y+pad+rowH)
	}
	w := (r.Dx() - pad) / 4
	x := r.Min.X + pad + (i-1)*w
	y := r.Min.Y + 2*pad + rowH
	return image.Rect(x, y, x+w-pad, y+rowH)
}
