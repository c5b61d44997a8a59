package main

import (
	"fmt"
	"image"
	"image/color"
	"io/fs"
	"log"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"tsumiki/assets"
	"tsumiki/cmd/tsumiki/ui"
	"tsumiki/examples"
	"tsumiki/examples/lesson"
	"tsumiki/runtime"
	"tsumiki/stage/render"
)

// The thumbnails' size in pixels: a quarter of the stage's 480×360 each way doubled, so that
// a tile up to 240 pixels wide stays sharp.
const thumbW, thumbH = 240, 180

// colorVeil is the blue veil over the app behind the picker, Scratch's behind its dialogs.
var colorVeil = color.RGBA{0x3f, 0x7f, 0xd9, 0xb0}

// openLessonPicker shows the lessons as tiles, each with a picture of its finished project
// and its title; the one picked opens with its first step card.
func (a *App) openLessonPicker() {
	ls := a.course.lessons()
	if len(ls) == 0 {
		return
	}
	tiles := make([]pickerTile, len(ls))
	for i, l := range ls {
		tiles[i] = pickerTile{title: l.Title.In(a.lang), thumb: a.lessonThumb(l)}
	}
	p := &lessonPicker{title: msgPickLesson.In(a.lang), tiles: tiles, active: -1, press: -1, picked: -1}
	p.Layout(a.env())
	a.open(p, func(st ui.Status) {
		if st == ui.Done && p.picked >= 0 {
			a.openCourseLesson(ls[p.picked])
		}
	})
}

// lessonThumb returns the picture of a lesson's tile, made the first time it is asked for:
// the stage of its finished project one tick after the green flag. It is nil when the project
// cannot run.
func (a *App) lessonThumb(l *lesson.Lesson) *ebiten.Image {
	if img, ok := a.course.thumbs[l.ID]; ok {
		return img
	}
	img, err := firstFrame(l)
	if err != nil {
		log.Printf("lesson %s: thumbnail: %v", l.ID, err)
	}
	if a.course.thumbs == nil {
		a.course.thumbs = make(map[string]*ebiten.Image)
	}
	a.course.thumbs[l.ID] = img
	return img
}

// firstFrame draws the first frame of a lesson's finished project (its start project when the
// finished one cannot be read): the green flag clicked and one tick run, as on the stage.
func firstFrame(l *lesson.Lesson) (*ebiten.Image, error) {
	p, err := l.SolutionProject()
	if err != nil {
		if p, err = l.StartProject(); err != nil {
			return nil, err
		}
	}
	files, err := fs.Sub(examples.Lessons, lessonsDir)
	if err != nil {
		return nil, err
	}
	store := assets.NewStore(files)
	rt, err := runtime.New(p, runtime.Options{Assets: store})
	if err != nil {
		return nil, fmt.Errorf("running it: %w", err)
	}
	defer rt.Close()
	rt.GreenFlag()
	rt.Step()
	rend, err := render.New(store)
	if err != nil {
		return nil, err
	}
	img := ebiten.NewImage(thumbW, thumbH)
	c := rt.Canvas()
	rend.Draw(img, img.Bounds(), rt.World(), c.PenLayer(), int(c.Version()))
	return img, nil
}

// pickerTile is one lesson in the picker.
type pickerTile struct {
	title string
	thumb *ebiten.Image // nil draws an empty stage
	rect  image.Rectangle
	lines []string
}

// lessonPicker is the pop-up grid of lessons.
type lessonPicker struct {
	title  string
	tiles  []pickerTile
	env    ui.Env
	rect   image.Rectangle // the panel
	header image.Rectangle
	thumbH int
	active int // the tile under the pointer or chosen with the keys; -1 for none
	press  int // the tile pressed, until the release
	picked int
}

// Picked returns the index of the lesson picked, or -1.
func (p *lessonPicker) Picked() int { return p.picked }

// TileRect returns the screen rectangle of tile i, where a test taps.
func (p *lessonPicker) TileRect(i int) image.Rectangle { return p.tiles[i].rect }

// Field returns nil: the picker takes no typing.
func (p *lessonPicker) Field() *ui.TextField { return nil }

// Layout places the tiles in as many columns as make them largest (at most 240 pixels wide)
// while all of them fit on the screen.
func (p *lessonPicker) Layout(env ui.Env) {
	p.env = env
	s := env.Scale
	if s <= 0 {
		s = 1
	}
	px := func(v float64) int { return int(math.Round(v * s)) }
	scr := env.Screen
	pad, gap, headerH := px(16), px(12), px(44)
	maxW, maxH := scr.Dx()-2*px(24), scr.Dy()-2*px(24)
	lh := ui.LineHeight(env.Face(13 * s))
	n := len(p.tiles)
	cols, tw := 1, 0
	for c := 1; c <= max(1, n); c++ {
		w := min((maxW-2*pad-(c-1)*gap)/c, px(240))
		rows := (n + c - 1) / c
		th := w*3/4 + int(2*lh) + px(10)
		if w > 0 && headerH+2*pad+rows*th+(rows-1)*gap <= maxH {
			cols, tw = c, w
			break
		}
		cols, tw = c, w // the most columns, if none fits
	}
	rows := (n + cols - 1) / cols
	p.thumbH = tw * 3 / 4
	tileH := p.thumbH + int(2*lh) + px(10)
	w := 2*pad + cols*tw + (cols-1)*gap
	h := headerH + pad + rows*tileH + (rows-1)*gap + pad
	x0, y0 := scr.Min.X+(scr.Dx()-w)/2, scr.Min.Y+max(px(12), (scr.Dy()-h)/2)
	p.rect = image.Rect(x0, y0, x0+w, y0+h)
	p.header = image.Rect(x0, y0, x0+w, y0+headerH)
	face := env.Face(13 * s)
	for i := range p.tiles {
		t := &p.tiles[i]
		x := x0 + pad + (i%cols)*(tw+gap)
		y := y0 + headerH + pad + (i/cols)*(tileH+gap)
		t.rect = image.Rect(x, y, x+tw, y+tileH)
		t.lines = ui.Wrap(t.title, float64(tw-px(8)), func(s string) float64 { return text.Advance(s, face) })
		if len(t.lines) > 2 {
			t.lines = append(t.lines[:1], ui.Fit(t.lines[1]+" "+t.lines[2]+"…", float64(tw-px(8)), face))
		}
	}
}

// tileAt returns the tile at a screen point, or -1.
func (p *lessonPicker) tileAt(x, y int) int {
	for i, t := range p.tiles {
		if image.Pt(x, y).In(t.rect) {
			return i
		}
	}
	return -1
}

// Handle picks the tile tapped (pressed and released on it), or with the arrow keys and
// Enter; a press outside the panel or Escape closes the picker.
func (p *lessonPicker) Handle(e ui.Event) ui.Status {
	switch e.Kind {
	case ui.PointerMove:
		p.active = p.tileAt(e.X, e.Y)
	case ui.PointerDown:
		if !image.Pt(e.X, e.Y).In(p.rect) {
			return ui.Cancelled
		}
		p.press = p.tileAt(e.X, e.Y)
		p.active = p.press
	case ui.PointerUp:
		if i := p.tileAt(e.X, e.Y); i >= 0 && i == p.press {
			p.picked = i
			return ui.Done
		}
		p.press = -1
	case ui.KeyPress:
		switch e.Key {
		case ui.KeyEscape:
			return ui.Cancelled
		case ui.KeyEnter:
			if p.active >= 0 {
				p.picked = p.active
				return ui.Done
			}
		case ui.KeyRight, ui.KeyTab:
			p.active = min(p.active+1, len(p.tiles)-1)
		case ui.KeyLeft:
			p.active = max(p.active-1, 0)
		}
	}
	return ui.Open
}

// Draw draws the veil, the panel and the tiles.
func (p *lessonPicker) Draw(dst *ebiten.Image) {
	s := p.env.Scale
	if s <= 0 {
		s = 1
	}
	ui.FillRect(dst, p.env.Screen, colorVeil)
	ui.FillRound(dst, p.rect, 12*s, colorPane)
	ui.FillRound(dst, p.header, 12*s, colorBar)
	ui.FillRect(dst, image.Rect(p.header.Min.X, p.header.Max.Y-int(12*s), p.header.Max.X, p.header.Max.Y), colorBar)
	hf := p.env.Face(18 * s)
	tw := text.Advance(p.title, hf)
	ui.DrawText(dst, p.title, hf, float64(p.header.Min.X)+(float64(p.header.Dx())-tw)/2,
		float64(p.header.Min.Y)+(float64(p.header.Dy())-ui.LineHeight(hf))/2, colorTitle)

	face := p.env.Face(13 * s)
	lh := ui.LineHeight(face)
	for i, t := range p.tiles {
		r := t.rect
		edge, width := colorPaneEdge, s
		if i == p.active {
			ui.FillRound(dst, r.Inset(-int(4*s)), 8*s, colorCategoryOn)
			edge, width = colorBar, 2*s
		}
		pic := image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+p.thumbH)
		if t.thumb != nil {
			op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
			b := t.thumb.Bounds()
			op.GeoM.Scale(float64(pic.Dx())/float64(b.Dx()), float64(pic.Dy())/float64(b.Dy()))
			op.GeoM.Translate(float64(pic.Min.X), float64(pic.Min.Y))
			dst.DrawImage(t.thumb, op)
		} else {
			ui.FillRect(dst, pic, colorStage)
		}
		ui.StrokeRound(dst, pic, 4*s, width, edge)
		for j, ln := range t.lines {
			ui.DrawText(dst, ln, face, float64(r.Min.X)+4*s, float64(pic.Max.Y)+4*s+float64(j)*lh, colorText)
		}
	}
}

// Release frees nothing: the thumbnails stay with the app for the next time.
func (p *lessonPicker) Release() {}

var _ ui.Widget = (*lessonPicker)(nil)
