package stage

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// layerWorld returns a world with one sprite per letter of names, added
// back to front.
func layerWorld(names string) *World {
	w := NewWorld()
	for _, r := range names {
		w.Add(NewSprite(string(r), box(10, 10)))
	}
	return w
}

func order(w *World) string {
	var b strings.Builder
	for _, s := range w.Sprites {
		b.WriteString(s.Name)
	}
	return b.String()
}

func byName(w *World, name string) *Sprite {
	for _, s := range w.Sprites {
		if s.Name == name {
			return s
		}
	}
	return nil
}

func TestAdd(t *testing.T) {
	w := layerWorld("ABC")
	if got := order(w); got != "ABC" {
		t.Errorf("order = %s", got)
	}
	for i, s := range w.Sprites {
		if s.ID != i+1 || w.Layer(s) != i {
			t.Errorf("%s: ID %d layer %d", s.Name, s.ID, w.Layer(s))
		}
	}
	w.Add(w.Sprites[0]) // already there: no change
	if got := order(w); got != "ABC" || len(w.Sprites) != 3 {
		t.Errorf("re-adding changed order to %s", got)
	}
}

func TestLayers(t *testing.T) {
	tests := []struct {
		name   string
		sprite string
		do     func(*World, *Sprite)
		want   string
	}{
		{"front", "B", (*World).GoToFront, "ACDEB"},
		{"front already", "E", (*World).GoToFront, "ABCDE"},
		{"back", "D", (*World).GoToBack, "DABCE"},
		{"forward 2", "B", func(w *World, s *Sprite) { w.GoLayers(s, 2) }, "ACDBE"},
		{"forward 10", "B", func(w *World, s *Sprite) { w.GoLayers(s, 10) }, "ACDEB"},
		{"forward ∞", "A", func(w *World, s *Sprite) { w.GoLayers(s, math.Inf(1)) }, "BCDEA"},
		{"backward 1", "C", func(w *World, s *Sprite) { w.GoLayers(s, -1) }, "ACBDE"},
		{"backward 10", "D", func(w *World, s *Sprite) { w.GoLayers(s, -10) }, "DABCE"},
		// Fractions truncate after adding, as JavaScript's splice does.
		{"forward 1.5", "C", func(w *World, s *Sprite) { w.GoLayers(s, 1.5) }, "ABDCE"},
		{"backward 1.5", "C", func(w *World, s *Sprite) { w.GoLayers(s, -1.5) }, "CABDE"},
		{"backward 0.5", "C", func(w *World, s *Sprite) { w.GoLayers(s, -0.5) }, "ACBDE"},
		{"forward 0.5", "C", func(w *World, s *Sprite) { w.GoLayers(s, 0.5) }, "ABCDE"},
		{"zero", "C", func(w *World, s *Sprite) { w.GoLayers(s, 0) }, "ABCDE"},
		{"NaN", "C", func(w *World, s *Sprite) { w.GoLayers(s, math.NaN()) }, "ABCDE"},
	}
	for _, tt := range tests {
		w := layerWorld("ABCDE")
		tt.do(w, byName(w, tt.sprite))
		if got := order(w); got != tt.want {
			t.Errorf("%s %s: order %s, want %s", tt.name, tt.sprite, got, tt.want)
		}
	}

	w := layerWorld("AB")
	stranger := NewSprite("X", box(1, 1))
	w.GoToFront(stranger)
	w.GoLayers(stranger, 1)
	if got := order(w); got != "AB" {
		t.Errorf("moving a sprite not in the world changed order to %s", got)
	}
}

func TestCloneCopiesState(t *testing.T) {
	w := layerWorld("AB")
	b := byName(w, "B")
	b.Costumes = []Costume{box(10, 10), box(20, 20)}
	b.X, b.Y, b.Direction, b.Size = 12, -34, 45, 150
	b.Visible, b.Draggable = false, true
	b.RotationStyle = LeftRight
	b.Costume = 1
	b.Effects[EffectGhost] = 40
	b.Pen = PenState{Down: true, Color: 10, Saturation: 20, Brightness: 30, Transparency: 40, Size: 5}
	b.Bubble = &Bubble{Text: "hi"}

	c := w.Clone(b)
	if c == nil {
		t.Fatal("Clone returned nil")
	}
	want := Sprite{
		ID: 3, Name: "B", X: 12, Y: -34, Direction: 45, Size: 150,
		Visible: false, Draggable: true, RotationStyle: LeftRight,
		Costume: 1, Effects: b.Effects, Pen: b.Pen, IsClone: true, Original: b,
	}
	got := *c
	got.Costumes = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("clone = %+v\nwant    %+v", got, want)
	}
	if &c.Costumes[0] != &b.Costumes[0] {
		t.Error("clone does not share the costume list")
	}
	if got := order(w); got != "ABB" || w.Sprites[1] != c {
		t.Errorf("clone not one layer behind its parent: %s", got)
	}

	// A clone of a clone goes behind that clone and remembers the original.
	cc := w.Clone(c)
	if cc.Original != b || w.Layer(cc) != 1 || w.Layer(c) != 2 || w.Layer(b) != 3 {
		t.Errorf("clone of clone: original %p (want %p), layers %d %d %d",
			cc.Original, b, w.Layer(cc), w.Layer(c), w.Layer(b))
	}
	if w.CloneCount() != 2 {
		t.Errorf("CloneCount = %d, want 2", w.CloneCount())
	}

	// Changing the clone leaves the parent alone.
	c.Effects[EffectGhost] = 0
	c.Pen.Size = 99
	if b.Effects[EffectGhost] != 40 || b.Pen.Size != 5 {
		t.Error("clone shares effects or pen with its parent")
	}
}

func TestCloneLimit(t *testing.T) {
	w := layerWorld("A")
	a := w.Sprites[0]
	for i := range MaxClones {
		if w.Clone(a) == nil {
			t.Fatalf("clone %d refused", i+1)
		}
	}
	if c := w.Clone(a); c != nil {
		t.Fatalf("clone %d made", MaxClones+1)
	}
	if w.CloneCount() != MaxClones || len(w.Sprites) != MaxClones+1 {
		t.Fatalf("CloneCount = %d, sprites = %d", w.CloneCount(), len(w.Sprites))
	}

	w.Remove(w.Sprites[0])
	if w.CloneCount() != MaxClones-1 {
		t.Fatalf("after Remove, CloneCount = %d", w.CloneCount())
	}
	if w.Clone(a) == nil {
		t.Fatal("clone refused after one was removed")
	}
	if w.Clone(nil) != nil || w.Clone(NewSprite("X")) != nil {
		t.Error("cloned nil or a sprite outside the world")
	}
}

func TestRemove(t *testing.T) {
	w := layerWorld("AB")
	a, b := byName(w, "A"), byName(w, "B")
	w.Clone(a)
	cb := w.Clone(b)
	w.Clone(b)

	w.Remove(a) // originals stay
	if len(w.Sprites) != 5 {
		t.Fatalf("Remove removed an original")
	}
	w.Redraw = false
	w.Remove(cb)
	if slices.Contains(w.Sprites, cb) || w.CloneCount() != 2 || !w.Redraw {
		t.Errorf("Remove(clone): sprites %v, count %d, redraw %v", order(w), w.CloneCount(), w.Redraw)
	}
	w.Remove(cb) // twice is harmless
	if w.CloneCount() != 2 {
		t.Errorf("removing twice changed count to %d", w.CloneCount())
	}

	w.RemoveClones()
	if w.CloneCount() != 0 || len(w.Sprites) != 2 || w.Sprites[0] != a || w.Sprites[1] != b {
		t.Errorf("RemoveClones left %s (count %d)", order(w), w.CloneCount())
	}
}
