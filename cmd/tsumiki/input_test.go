package main

import (
	"reflect"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

func TestKeyName(t *testing.T) {
	tests := []struct {
		key  ebiten.Key
		name string
		ok   bool
	}{
		{ebiten.KeySpace, "space", true},
		{ebiten.KeyArrowUp, "up arrow", true},
		{ebiten.KeyArrowDown, "down arrow", true},
		{ebiten.KeyArrowLeft, "left arrow", true},
		{ebiten.KeyArrowRight, "right arrow", true},
		{ebiten.KeyEnter, "enter", true},
		{ebiten.KeyNumpadEnter, "enter", true},
		{ebiten.KeyA, "a", true},
		{ebiten.KeyQ, "q", true},
		{ebiten.KeyZ, "z", true},
		{ebiten.KeyDigit0, "0", true},
		{ebiten.KeyDigit7, "7", true},
		{ebiten.KeyDigit9, "9", true},
		{ebiten.KeyNumpad3, "3", true},
		{ebiten.KeyF11, "", false},
		{ebiten.KeyShiftLeft, "", false},
		{ebiten.KeyEscape, "", false},
		{ebiten.KeyBackspace, "", false},
	}
	for _, tt := range tests {
		name, ok := keyName(tt.key)
		if name != tt.name || ok != tt.ok {
			t.Errorf("keyName(%v) = %q, %v; want %q, %v", tt.key, name, ok, tt.name, tt.ok)
		}
	}
	// Every letter and digit has its own name.
	seen := map[string]bool{}
	for k := ebiten.Key(0); k <= ebiten.KeyMax; k++ {
		if name, ok := keyName(k); ok && len(name) == 1 {
			seen[name] = true
		}
	}
	if len(seen) != 36 {
		t.Errorf("%d one-character key names, want 26 letters and 10 digits: %v", len(seen), seen)
	}
}

func TestClock(t *testing.T) {
	tests := []struct {
		rate, tps int
		want      []int
	}{
		{30, 60, []int{0, 1, 0, 1, 0, 1}}, // one step every other frame
		{60, 60, []int{1, 1, 1, 1}},
		{30, 30, []int{1, 1, 1}},
		{60, 30, []int{2, 2, 2}}, // a slow display: two steps a frame
		{30, 120, []int{0, 0, 0, 1, 0, 0, 0, 1}},
		{45, 60, []int{0, 1, 1, 1, 0, 1, 1, 1}},
		{0, 60, []int{0, 0}},
		{1000, 60, []int{4, 4}}, // never more than maxStepsPerFrame
	}
	for _, tt := range tests {
		var c clock
		c.Reset(tt.rate, tt.tps)
		var got []int
		for range tt.want {
			got = append(got, c.Frame())
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("rate %d at %d frames a second: steps %v, want %v", tt.rate, tt.tps, got, tt.want)
		}
	}
}

// TestClockSecond checks that a second of frames runs a second of ticks, whatever the rates.
func TestClockSecond(t *testing.T) {
	for _, rate := range []int{30, 60} {
		for _, tps := range []int{30, 60, 120, 144} {
			var c clock
			c.Reset(rate, tps)
			total := 0
			for range 10 * tps {
				total += c.Frame()
			}
			if total != 10*rate {
				t.Errorf("rate %d at %d frames a second: %d steps in 10 s, want %d", rate, tps, total, 10*rate)
			}
		}
	}
}

func TestPointerTracker(t *testing.T) {
	var tr pointerTracker
	steps := []struct {
		p    pointer
		want []pointerEvent
	}{
		{pointer{10, 20, false}, []pointerEvent{{pointerMove, 10, 20}}},
		{pointer{10, 20, false}, nil},
		{pointer{11, 20, false}, []pointerEvent{{pointerMove, 11, 20}}},
		{pointer{11, 20, true}, []pointerEvent{{pointerPress, 11, 20}}},
		{pointer{30, 40, true}, []pointerEvent{{pointerMove, 30, 40}}},
		{pointer{31, 40, false}, []pointerEvent{{pointerMove, 31, 40}, {pointerRelease, 31, 40}}},
		{pointer{31, 40, false}, nil},
		{pointer{50, 50, true}, []pointerEvent{{pointerMove, 50, 50}, {pointerPress, 50, 50}}},
		{pointer{50, 50, false}, []pointerEvent{{pointerRelease, 50, 50}}},
	}
	for i, s := range steps {
		if got := tr.Next(s.p); !reflect.DeepEqual(got, s.want) {
			t.Errorf("frame %d, pointer %+v: events %+v, want %+v", i, s.p, got, s.want)
		}
	}
}
