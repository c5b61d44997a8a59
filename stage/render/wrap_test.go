package render

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// monoWidth measures text as if every character were 10 pixels wide and kana and kanji 14.
func monoWidth(s string) float64 {
	var w float64
	for _, r := range s {
		if r >= 0x3000 {
			w += 14
		} else {
			w += 10
		}
	}
	return w
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		text     string
		maxWidth float64
		want     []string
	}{
		{"", 100, []string{""}},
		{"hello", 100, []string{"hello"}},
		// Words keep their trailing spaces, as in Scratch.
		{"hello world again", 100, []string{"hello ", "world ", "again"}},
		{"hello world again", 120, []string{"hello world ", "again"}},
		{"aa bb cc", 60, []string{"aa bb ", "cc"}},
		// A word wider than a line is cut between characters.
		{"abcdefghijkl", 50, []string{"abcde", "fghij", "kl"}},
		{"hi abcdefghijkl", 50, []string{"hi ab", "cdefg", "hijkl"}},
		// Newlines always break, and empty lines stay.
		{"one\ntwo", 200, []string{"one", "two"}},
		{"one\n\ntwo", 200, []string{"one", "", "two"}},
		{"one\r\ntwo\n", 200, []string{"one", "two"}},
		// Japanese breaks between characters...
		{"こんにちはせかい", 70, []string{"こんにちは", "せかい"}},
		// ...but 。、」 and small kana never start a line, and 「 never ends one.
		{"あいうえ。かき", 56, []string{"あいう", "え。かき"}},
		{"あいうえっと", 56, []string{"あいう", "えっと"}},
		{"あいう「えお」", 56, []string{"あいう", "「えお」"}},
		{"ゲームスタート", 56, []string{"ゲームス", "タート"}},
		// Latin words inside Japanese stay whole.
		{"これはScratch", 90, []string{"これは", "Scratch"}},
	}
	for _, tt := range tests {
		got := wrapText(tt.text, tt.maxWidth, monoWidth)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrapText(%q, %v) = %q, want %q", tt.text, tt.maxWidth, got, tt.want)
		}
	}
}

func TestWrapTextKeepsEveryCharacter(t *testing.T) {
	text := "みんなで あそぼう！今日は いい天気ですね。Let's play! 😀👍🏽 e\u0301"
	for _, maxW := range []float64{1, 20, 50, 170} {
		lines := wrapText(text, maxW, monoWidth)
		var n int
		for _, l := range lines {
			n += utf8.RuneCountInString(l)
		}
		if n != utf8.RuneCountInString(text) {
			t.Errorf("width %v: lines %q hold %d characters, want %d", maxW, lines, n, utf8.RuneCountInString(text))
		}
	}
}

func TestClusters(t *testing.T) {
	got := clusters("ae\u0301か\u3099👍🏽")
	// The skin tone modifier is a character of its own here, which is harmless: clusters
	// only matter when one word is wider than a whole bubble line.
	want := []string{"a", "e\u0301", "か\u3099", "👍", "🏽"}
	if !slices.Equal(got, want) {
		t.Errorf("clusters = %q, want %q", got, want)
	}
}
