package ui

import (
	"testing"

	"tsumiki/stage/render/gltest"
)

// With nobody at the keyboard, Input reports where the pointer is once, then nothing; running
// the input method for a field and leaving it does no harm.
func TestInputQuiet(t *testing.T) {
	gltest.Need(t)
	in := NewInput()
	f := NewTextField(testEnv(400, 300, 1), "", 0, false)
	f.Rect = rectWH(10, 10, 200, 44)
	evs := in.Update(f)
	if len(evs) != 1 || evs[0].Kind != PointerMove {
		t.Fatalf("first frame: %+v, want one move", evs)
	}
	for range 3 {
		if evs := in.Update(f); len(evs) != 0 {
			t.Fatalf("a quiet frame: %+v", evs)
		}
	}
	if evs := in.Update(nil); len(evs) != 0 {
		t.Fatalf("a quiet frame with no field: %+v", evs)
	}
	in.Close()
	if f.Text() != "" || f.Composing() {
		t.Fatalf("field %q %q", f.Text(), f.Composition())
	}
}

func TestLastComposition(t *testing.T) {
	if lastComposition(nil, true) != true || lastComposition(nil, false) != false {
		t.Fatal("no events: as it was")
	}
	if lastComposition([]Event{Compose("か"), Type("蚊"), Compose("")}, true) {
		t.Fatal("a composition then a commit")
	}
	if lastComposition([]Event{Compose("か"), Compose("")}, true) {
		t.Fatal("ended")
	}
	if !lastComposition([]Event{Type("a"), Compose("か")}, false) {
		t.Fatal("composing")
	}
}
