package ui

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// Each character counts one unit wide.
func runes(s string) float64 { return float64(utf8.RuneCountInString(s)) }

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		s     string
		width float64
		want  []string
	}{
		{"Add an input number or text", 12, []string{"Add an input", "number or", "text"}},
		// Japanese without spaces breaks anywhere, but not before 。 or after 「.
		{"画面を再描画せずに実行する。", 6, []string{"画面を再描画", "せずに実行す", "る。"}},
		{"あいう「えお」", 4, []string{"あいう", "「えお」"}},
		// Hiragana with spaces between words breaks at the spaces.
		{"その なまえは もう つかわれています。", 10, []string{"その なまえは もう", "つかわれています。"}},
		{"その なまえは もう つかわれています。", 8, []string{"その なまえは", "もう", "つかわれています。"}}, // 。 hangs

		// A word longer than a line still breaks inside.
		{"あ ながいながいことば", 4, []string{"あ", "ながいな", "がいこと", "ば"}},
	} {
		if got := Wrap(c.s, c.width, runes); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Wrap(%q, %v) = %q, want %q", c.s, c.width, got, c.want)
		}
	}
}
