package fonts

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"
)

// glyphs returns a function that reports whether the UI font has a glyph for a rune.
func glyphs(t *testing.T) func(r rune) bool {
	t.Helper()
	f, err := sfnt.Parse(MPlus1pRegular)
	if err != nil {
		t.Fatalf("parsing the UI font: %v", err)
	}
	var buf sfnt.Buffer
	return func(r rune) bool {
		i, err := f.GlyphIndex(&buf, r)
		return err == nil && i != 0
	}
}

// kanjiIn returns the kanji of a list file, skipping comment lines.
func kanjiIn(t *testing.T, name string) []rune {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []rune
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			out = append(out, []rune(line)...)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestKanjiLists(t *testing.T) {
	for _, c := range []struct {
		file string
		want int
	}{
		{"kanji-kyoiku.txt", 1026},
		{"kanji-joyo.txt", 1110},
	} {
		if got := len(kanjiIn(t, c.file)); got != c.want {
			t.Errorf("%s has %d kanji, want %d", c.file, got, c.want)
		}
	}
}

func TestCoverage(t *testing.T) {
	has := glyphs(t)
	var missing []rune
	check := func(rs ...rune) {
		for _, r := range rs {
			if !has(r) {
				missing = append(missing, r)
			}
		}
	}
	for r := rune(0x21); r <= 0x7e; r++ {
		check(r)
	}
	for r := rune('ぁ'); r <= 'ゖ'; r++ {
		check(r)
	}
	for r := rune('ァ'); r <= 'ヺ'; r++ {
		check(r)
	}
	check([]rune("、。「」『』（）！？ー・…々〜×÷＋－＝←→↑↓★☆♪○●")...)
	check(kanjiIn(t, "kanji-kyoiku.txt")...)
	check(kanjiIn(t, "kanji-joyo.txt")...)
	if len(missing) > 0 {
		t.Errorf("the UI font has no glyph for %d characters: %q", len(missing), string(missing))
	}
}

func TestSmall(t *testing.T) {
	// The full M+ 1p Regular is 1.6 MB; the cut-down font should stay well under half that.
	if n := len(MPlus1pRegular); n > 700_000 {
		t.Errorf("the UI font is %d bytes; keep it under 700 kB", n)
	}
}
