package editor

import (
	"testing"
)

func TestMeasurers(t *testing.T) {
	font, err := UIMeasurer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want float64 // FixedMeasurer at 10
	}{
		{"", 0},
		{"move", 24},
		{"歩動かす", 40},
		{"ずっと", 30},
		{"x座標", 26},
		{"ＡＢ", 20}, // full-width forms are wide
	}
	for _, tc := range tests {
		if got := FixedMeasurer(tc.text, 10); got != tc.want {
			t.Errorf("FixedMeasurer(%q) = %v, want %v", tc.text, got, tc.want)
		}
		// The font: empty text is nothing wide, text scales with the size, and a kana is
		// wider than a Latin letter.
		small, big := font(tc.text, 10), font(tc.text, 20)
		if tc.text == "" && (small != 0 || big != 0) || tc.text != "" && !(small > 0 && big > 1.9*small && big < 2.1*small) {
			t.Errorf("font(%q) = %v at 10, %v at 20", tc.text, small, big)
		}
	}
	if a, ka := font("a", 16), font("か", 16); !(ka > a) || ka > 16.5 {
		t.Errorf("font: a %v, か %v at 16", a, ka)
	}
	if _, err := NewFontMeasurer([]byte("not a font")); err == nil {
		t.Error("NewFontMeasurer took bytes that are not a font")
	}
}
