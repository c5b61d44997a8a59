package ui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// MenuItem is one line of a menu.
type MenuItem struct {
	Label     string
	Swatch    color.Color   // a square of this colour before the label, or nil
	Icon      *ebiten.Image // a picture before the label, such as a library item's thumbnail
	Disabled  bool          // shown grey; it cannot be picked
	Separator bool          // a line above the item
}

// Menu is a pop-up list: a block's dropdown, or the context menu of a right click or a long
// press. It opens below its anchor (or above it when there is no room below), stays on the
// screen and scrolls, with the wheel or by dragging, when it is too long for it. It closes
// when an item is picked (a tap, or Enter on the item the arrow keys chose), or is cancelled
// by Escape or a press outside it.
type Menu struct {
	env     Env
	items   []MenuItem
	anchor  image.Rectangle
	checked int

	rect     image.Rectangle   // the box on the screen
	rows     []image.Rectangle // each item, relative to the top of the list before scrolling
	contentH int
	scroll   int

	active int // the item under the pointer or chosen with the keys, or -1
	status Status
	picked int

	pressing, dragging bool
	pressItem          int
	pressY, pressStart int

	cache
	rev int
}

// NewMenu lays out a menu of items for the anchor (the dropdown or the place pressed, in
// screen pixels). checked is the item to mark with a tick, the current value, or -1.
func NewMenu(env Env, items []MenuItem, anchor image.Rectangle, checked int) *Menu {
	m := &Menu{items: items, anchor: anchor, checked: checked, picked: -1, active: -1}
	m.Layout(env)
	if checked >= 0 && checked < len(items) && !items[checked].Disabled {
		m.active = checked
	} else {
		m.active = m.step(-1, 1)
	}
	m.reveal(m.active)
	return m
}

// Items returns the menu's items.
func (m *Menu) Items() []MenuItem { return m.items }

// Picked returns the item picked, or -1.
func (m *Menu) Picked() int { return m.picked }

// Status says whether the menu is open, picked from or cancelled.
func (m *Menu) Status() Status { return m.status }

// Active returns the item the pointer or the arrow keys are on, or -1.
func (m *Menu) Active() int { return m.active }

// Bounds returns the menu's box on the screen.
func (m *Menu) Bounds() image.Rectangle { return m.rect }

// Scroll returns how far the list is scrolled, in screen pixels.
func (m *Menu) Scroll() int { return m.scroll }

// Field returns nil: nothing is typed into a menu.
func (m *Menu) Field() *TextField { return nil }

// ItemRect returns where item i is on the screen now (it may be scrolled out of sight).
func (m *Menu) ItemRect(i int) image.Rectangle {
	return m.rows[i].Add(image.Pt(m.rect.Min.X, m.view().Min.Y-m.scroll))
}

func (m *Menu) pad() int { return m.env.ipx(4) }

// view is the part of the box the items show in.
func (m *Menu) view() image.Rectangle {
	return image.Rect(m.rect.Min.X, m.rect.Min.Y+m.pad(), m.rect.Max.X, m.rect.Max.Y-m.pad())
}

func (m *Menu) hasSwatches() bool {
	for _, it := range m.items {
		if it.Swatch != nil {
			return true
		}
	}
	return false
}

// textLeft is where labels start, from the box's left edge.
func (m *Menu) hasIcons() bool {
	for _, it := range m.items {
		if it.Icon != nil {
			return true
		}
	}
	return false
}

// iconSize is the side of an item's icon, in logical pixels; its row is 8 taller.
const iconSize = 48

func (m *Menu) textLeft() float64 {
	x := m.env.px(16)
	if m.checked >= 0 {
		x += m.env.px(20)
	}
	if m.hasSwatches() {
		x += m.env.px(30)
	}
	if m.hasIcons() {
		x += m.env.px(iconSize + 8)
	}
	return x
}

// Layout places the menu again, for a new screen size or scale.
func (m *Menu) Layout(env Env) {
	m.env = env
	m.rev++
	face := env.face(16)
	margin := env.ipx(4)
	screen := env.Screen.Inset(margin)
	w := 0.0
	for _, it := range m.items {
		w = math.Max(w, advance(it.Label, face))
	}
	width := int(math.Ceil(w + m.textLeft() + env.px(20)))
	width = max(width, m.anchor.Dx(), env.ipx(120))
	width = min(width, screen.Dx())

	m.rows = m.rows[:0]
	y := 0
	for i, it := range m.items {
		if it.Separator && i > 0 {
			y += env.ipx(9)
		}
		h := env.ipx(Target)
		if it.Icon != nil {
			h = max(h, env.ipx(iconSize+8))
		}
		m.rows = append(m.rows, image.Rect(0, y, width, y+h))
		y += h
	}
	m.contentH = y
	h := y + 2*m.pad()

	below := screen.Max.Y - m.anchor.Max.Y
	above := m.anchor.Min.Y - screen.Min.Y
	x := m.anchor.Min.X
	var top int
	switch {
	case h <= below:
		top = m.anchor.Max.Y
	case h <= above:
		top = m.anchor.Min.Y - h
	case h <= screen.Dy():
		top = screen.Max.Y - h // over the anchor, as low as it goes
	default:
		top, h = screen.Min.Y, screen.Dy()
	}
	m.rect = clampInto(image.Rect(x, top, x+width, top+h), screen)
	m.setScroll(m.scroll)
}

func (m *Menu) maxScroll() int { return max(0, m.contentH-m.view().Dy()) }

func (m *Menu) setScroll(s int) { m.scroll = min(max(s, 0), m.maxScroll()) }

// reveal scrolls item i into sight.
func (m *Menu) reveal(i int) {
	if i < 0 || i >= len(m.rows) {
		return
	}
	r, vh := m.rows[i], m.view().Dy()
	if r.Min.Y < m.scroll {
		m.setScroll(r.Min.Y)
	} else if r.Max.Y > m.scroll+vh {
		m.setScroll(r.Max.Y - vh)
	}
}

// itemAt returns the enabled item at p, or -1.
func (m *Menu) itemAt(p image.Point) int {
	if !p.In(m.view()) {
		return -1
	}
	for i := range m.items {
		if p.In(m.ItemRect(i)) && !m.items[i].Disabled {
			return i
		}
	}
	return -1
}

// step returns the next enabled item from i in direction dir, or i when there is none.
func (m *Menu) step(i, dir int) int {
	for j := i + dir; j >= 0 && j < len(m.items); j += dir {
		if !m.items[j].Disabled {
			return j
		}
	}
	return i
}

// Handle acts on one event.
func (m *Menu) Handle(e Event) Status {
	m.rev++
	if m.status != Open {
		return m.status
	}
	p := image.Pt(e.X, e.Y)
	switch e.Kind {
	case PointerMove:
		if m.pressing && !m.dragging && abs(e.Y-m.pressY) > m.env.ipx(8) && m.maxScroll() > 0 {
			m.dragging = true
		}
		if m.dragging {
			m.setScroll(m.pressStart - (e.Y - m.pressY))
			return Open
		}
		if p.In(m.rect) {
			m.active = m.itemAt(p)
		}
	case PointerDown:
		if !p.In(m.rect) {
			m.status = Cancelled
			return m.status
		}
		m.pressing, m.dragging = true, false
		m.pressItem, m.pressY, m.pressStart = m.itemAt(p), e.Y, m.scroll
		m.active = m.pressItem
	case PointerUp:
		if m.pressing && !m.dragging {
			if i := m.itemAt(p); i >= 0 && i == m.pressItem {
				m.picked, m.status = i, Done
			}
		}
		m.pressing, m.dragging = false, false
	case Wheel:
		m.setScroll(m.scroll - int(math.Round(e.DY*m.env.px(Target))))
	case KeyPress:
		switch e.Key {
		case KeyUp:
			m.active = m.step(m.active, -1)
			m.reveal(m.active)
		case KeyDown:
			m.active = m.step(m.active, 1)
			m.reveal(m.active)
		case KeyEnter:
			if m.active >= 0 {
				m.picked, m.status = m.active, Done
			}
		case KeyEscape:
			m.status = Cancelled
		}
	}
	return m.status
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// Draw draws the menu: a white rounded box with a light grey edge, the items, and a scroll bar
// when the list is longer than the box.
func (m *Menu) Draw(dst *ebiten.Image) {
	m.cache.draw(dst, m.rect.Inset(-m.env.ipx(8)), m.rev, m.paint)
}

func (m *Menu) paint(dst *ebiten.Image) {
	env := m.env
	u := env.px(1)
	card(dst, m.rect, 8*u, u)
	view := m.view()
	if view.Empty() {
		return
	}
	clip := dst.SubImage(view).(*ebiten.Image)
	face := env.face(16)
	lh := LineHeight(face)
	left := m.textLeft()
	for i, it := range m.items {
		r := m.ItemRect(i)
		if it.Separator && i > 0 {
			y := float32(r.Min.Y) - float32(env.ipx(9))/2
			vector.StrokeLine(clip, float32(r.Min.X)+float32(8*u), y, float32(r.Max.X)-float32(8*u), y,
				float32(math.Max(1, u)), colorBorder, false)
		}
		if !r.Overlaps(view) {
			continue
		}
		if i == m.active {
			FillRound(clip, r.Inset(int(3*u)), 6*u, colorHover)
		}
		x := float64(r.Min.X)
		ink := colorText
		if it.Disabled {
			ink = colorDisabled
		}
		if i == m.checked {
			box := image.Rect(int(x+10*u), int(float64(r.Min.Y)+float64(r.Dy())/2-9*u), int(x+28*u), int(float64(r.Min.Y)+float64(r.Dy())/2+9*u))
			drawCheck(clip, box, 2.5*u, colorBlue)
		}
		if it.Swatch != nil {
			sx := x + left - 30*u
			sw := image.Rect(int(sx), int(float64(r.Min.Y)+float64(r.Dy())/2-11*u), int(sx+22*u), int(float64(r.Min.Y)+float64(r.Dy())/2+11*u))
			FillRound(clip, sw, 5*u, it.Swatch)
			StrokeRound(clip, sw, 5*u, math.Max(1, u), colorBorder)
		}
		if it.Icon != nil {
			drawIcon(clip, it.Icon, x+left-(iconSize+8)*u, float64(r.Min.Y)+float64(r.Dy())/2-iconSize/2*u, iconSize*u)
		}
		label := Fit(it.Label, float64(r.Dx())-left-12*u, face)
		DrawText(clip, label, face, x+left, float64(r.Min.Y)+(float64(r.Dy())-lh)/2, ink)
	}
	if ms := m.maxScroll(); ms > 0 {
		v := m.view()
		track := float64(v.Dy()) - 8*u
		h := math.Max(24*u, track*float64(v.Dy())/float64(m.contentH))
		y := float64(v.Min.Y) + 4*u + (track-h)*float64(m.scroll)/float64(ms)
		bar := image.Rect(v.Max.X-int(8*u), int(y), v.Max.X-int(4*u), int(y+h))
		FillRound(dst, bar, 2*u, colorDisabled)
	}
}

// drawIcon draws img scaled to fit a square of side size at x, y, centred in it.
func drawIcon(dst, img *ebiten.Image, x, y, size float64) {
	b := img.Bounds()
	k := size / math.Max(float64(b.Dx()), float64(b.Dy()))
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(x+(size-k*float64(b.Dx()))/2, y+(size-k*float64(b.Dy()))/2)
	dst.DrawImage(img, op)
}
