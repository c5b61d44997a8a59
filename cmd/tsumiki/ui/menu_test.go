package ui

import (
	"fmt"
	"image/color"
	"testing"
)

func fiveItems() []MenuItem {
	return []MenuItem{{Label: "apple"}, {Label: "banana"}, {Label: "cherry"}, {Label: "date"}, {Label: "elderberry"}}
}

func TestMenuKeys(t *testing.T) {
	m := NewMenu(testEnv(800, 600, 1), fiveItems(), rectWH(100, 100, 120, 40), -1)
	if st := send(m, Press(KeyDown), Press(KeyDown), Press(KeyEnter)); st != Done || m.Picked() != 2 {
		t.Fatalf("down, down, enter: %v, picked %d; want done, 2", st, m.Picked())
	}
}

func TestMenuKeysFromChecked(t *testing.T) {
	m := NewMenu(testEnv(800, 600, 1), fiveItems(), rectWH(100, 100, 120, 40), 3)
	if st := send(m, Press(KeyUp), Press(KeyEnter)); st != Done || m.Picked() != 2 {
		t.Fatalf("up, enter from 3: %v, picked %d", st, m.Picked())
	}
}

func TestMenuSkipsDisabled(t *testing.T) {
	items := fiveItems()
	items[1].Disabled = true
	items[4].Disabled = true
	m := NewMenu(testEnv(800, 600, 1), items, rectWH(100, 100, 120, 40), -1)
	send(m, Press(KeyDown))
	if m.Active() != 2 {
		t.Fatalf("down from 0 over a disabled item: %d, want 2", m.Active())
	}
	send(m, Press(KeyDown), Press(KeyDown))
	if m.Active() != 3 {
		t.Fatalf("down past the last enabled item: %d, want 3", m.Active())
	}
	// Tapping a disabled item picks nothing.
	if st := send(m, Tap(Center(m.ItemRect(1)))...); st != Open {
		t.Fatalf("tap on a disabled item: %v", st)
	}
}

func TestMenuTap(t *testing.T) {
	m := NewMenu(testEnv(800, 600, 1), fiveItems(), rectWH(100, 100, 120, 40), -1)
	if st := send(m, Tap(Center(m.ItemRect(3)))...); st != Done || m.Picked() != 3 {
		t.Fatalf("tap on item 3: %v, picked %d", st, m.Picked())
	}
}

func TestMenuClickOutside(t *testing.T) {
	m := NewMenu(testEnv(800, 600, 1), fiveItems(), rectWH(100, 100, 120, 40), -1)
	if st := send(m, Move(700, 500), Down(700, 500)); st != Cancelled || m.Picked() != -1 {
		t.Fatalf("press outside: %v, picked %d", st, m.Picked())
	}
}

func TestMenuEscape(t *testing.T) {
	m := NewMenu(testEnv(800, 600, 1), fiveItems(), rectWH(100, 100, 120, 40), -1)
	if st := send(m, Press(KeyDown), Press(KeyEscape)); st != Cancelled || m.Picked() != -1 {
		t.Fatalf("escape: %v, picked %d", st, m.Picked())
	}
}

// A menu opened by a press (a long press, a dropdown) sees that press's release: it picks
// nothing.
func TestMenuIgnoresReleaseOfOpeningPress(t *testing.T) {
	m := NewMenu(testEnv(800, 600, 1), fiveItems(), rectWH(100, 100, 1, 1), -1)
	p := Center(m.ItemRect(0))
	if st := send(m, Move(p.X, p.Y), Up(p.X, p.Y)); st != Open {
		t.Fatalf("release without a press: %v", st)
	}
	// A press that moves to another item before its release picks nothing either.
	q := Center(m.ItemRect(1))
	if st := send(m, Down(p.X, p.Y), Move(q.X, q.Y), Up(q.X, q.Y)); st != Open {
		t.Fatalf("press on 0, release on 1: %v", st)
	}
}

func TestMenuPlacement(t *testing.T) {
	env := testEnv(800, 600, 1)
	screen := env.Screen
	// Room below: below the anchor, at its left.
	anchor := rectWH(100, 100, 120, 40)
	m := NewMenu(env, fiveItems(), anchor, -1)
	if b := m.Bounds(); b.Min.Y != anchor.Max.Y || b.Min.X != anchor.Min.X || !b.In(screen) {
		t.Errorf("below: %v for anchor %v", b, anchor)
	}
	if m.Bounds().Dy() < 5*Target {
		t.Errorf("items shorter than %d: %v", Target, m.Bounds())
	}
	// No room below: above.
	anchor = rectWH(100, 520, 120, 40)
	m = NewMenu(env, fiveItems(), anchor, -1)
	if b := m.Bounds(); b.Max.Y != anchor.Min.Y || !b.In(screen) {
		t.Errorf("above: %v for anchor %v", b, anchor)
	}
	// At the right edge: moved in.
	anchor = rectWH(780, 100, 10, 10)
	m = NewMenu(env, fiveItems(), anchor, -1)
	if b := m.Bounds(); !b.In(screen) {
		t.Errorf("right edge: %v outside %v", b, screen)
	}
	// Scaled: targets grow.
	m = NewMenu(testEnv(1600, 1200, 2), fiveItems(), rectWH(200, 200, 240, 80), -1)
	if h := m.ItemRect(0).Dy(); h < 2*Target {
		t.Errorf("item height at scale 2: %d", h)
	}
}

func TestMenuLongLabelsFit(t *testing.T) {
	items := []MenuItem{{Label: "とてもとても長いメニューの項目で画面の幅をこえてしまうかもしれないけれど大丈夫でしょうか、まだまだ続きます"}}
	m := NewMenu(testEnv(320, 480, 1), items, rectWH(10, 10, 50, 40), -1)
	if b := m.Bounds(); !b.In(rectWH(0, 0, 320, 480)) {
		t.Fatalf("long label menu %v leaves the screen", b)
	}
}

func TestMenuScrolls(t *testing.T) {
	var items []MenuItem
	for i := range 40 {
		items = append(items, MenuItem{Label: fmt.Sprintf("item %d", i), Swatch: color.RGBA{uint8(i * 6), 0x80, 0xff, 0xff}})
	}
	env := testEnv(800, 600, 1)
	m := NewMenu(env, items, rectWH(100, 300, 120, 40), -1)
	b := m.Bounds()
	if !b.In(env.Screen) || b.Dy() < 500 {
		t.Fatalf("long menu %v: should fill the screen's height", b)
	}
	send(m, Scroll(-2)) // down two notches
	if m.Scroll() != 2*Target {
		t.Fatalf("scrolled %d after two notches, want %d", m.Scroll(), 2*Target)
	}
	// A drag scrolls and picks nothing.
	p := Center(m.ItemRect(5))
	if st := send(m, Down(p.X, p.Y), Move(p.X, p.Y-50), Move(p.X, p.Y-100), Up(p.X, p.Y-100)); st != Open {
		t.Fatalf("drag: %v", st)
	}
	if m.Scroll() != 2*Target+100 {
		t.Fatalf("scrolled %d after dragging 100 up, want %d", m.Scroll(), 2*Target+100)
	}
	// Scrolling stops at the ends.
	send(m, Scroll(100))
	if m.Scroll() != 0 {
		t.Fatalf("scroll past the top: %d", m.Scroll())
	}
	// The keys bring the item they choose into sight.
	for range 39 {
		send(m, Press(KeyDown))
	}
	if r := m.ItemRect(39); !r.In(b) {
		t.Fatalf("item 39 at %v, not in the menu %v", r, b)
	}
	if st := send(m, Tap(Center(m.ItemRect(39)))...); st != Done || m.Picked() != 39 {
		t.Fatalf("tap on 39 after scrolling: %v %d", st, m.Picked())
	}
}

// A tap on a scrolled-away item's place (outside the view, on the padding) picks nothing.
func TestMenuHiddenItems(t *testing.T) {
	var items []MenuItem
	for i := range 40 {
		items = append(items, MenuItem{Label: fmt.Sprint(i)})
	}
	m := NewMenu(testEnv(400, 300, 1), items, rectWH(10, 10, 50, 40), -1)
	r := m.ItemRect(30)
	if r.Overlaps(m.Bounds()) {
		t.Fatalf("item 30 should be out of sight: %v in %v", r, m.Bounds())
	}
}
