package render

import (
	"testing"
)

func TestLayoutBubble(t *testing.T) {
	tests := []struct {
		text       string
		lines      int
		padW, padH float64
	}{
		// A short text still gets the minimum width of 50.
		{"hi", 1, 50 + 20, 16 + 20},
		{"こんにちは", 1, 70 + 20, 16 + 20},
		// Twelve kana fill a 170-pixel line; the thirteenth wraps.
		{"あいうえおかきくけこさしす", 2, 168 + 20, 32 + 20},
	}
	for _, tt := range tests {
		l := layoutBubble(tt.text, monoWidth)
		if len(l.lines) != tt.lines || l.padW != tt.padW || l.padH != tt.padH {
			t.Errorf("layoutBubble(%q) = %d lines, %v×%v; want %d lines, %v×%v",
				tt.text, len(l.lines), l.padW, l.padH, tt.lines, tt.padW, tt.padH)
		}
		if l.w != l.padW+4 || l.h != l.padH+4+12 {
			t.Errorf("layoutBubble(%q): bubble %v×%v for text area %v×%v", tt.text, l.w, l.h, l.padW, l.padH)
		}
	}
}

func TestPlaceBubble(t *testing.T) {
	const w, h = 100, 50
	tests := []struct {
		name    string
		target  rect
		onRight bool
		x, y    float64
		right   bool
	}{
		{"right of the sprite", rect{-20, 20, 30, 38}, true, 20, 80, true},
		{"stays left while it fits", rect{-20, 20, 30, 38}, false, -120, 80, false},
		{"no room on the right", rect{130, 170, 30, 38}, true, 30, 80, false},
		{"no room on the left either: stays, clamped", rect{-150, 150, 30, 38}, true, 140, 80, true},
		{"back right when the left is full", rect{-200, -160, 30, 38}, false, -160, 80, true},
		{"clamped below the top", rect{-20, 20, 150, 158}, true, 20, 180, true},
		{"clamped at the left edge", rect{-300, -280, 0, 8}, false, -240, 50, true},
		{"rounded", rect{-20.4, 20.4, 30.5, 38}, true, 20, 81, true},
	}
	for _, tt := range tests {
		x, y, right := placeBubble(w, h, tt.target, tt.onRight)
		if x != tt.x || y != tt.y || right != tt.right {
			t.Errorf("%s: placeBubble = %v, %v, right %v; want %v, %v, right %v", tt.name, x, y, right, tt.x, tt.y, tt.right)
		}
	}
}
