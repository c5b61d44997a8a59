package autosave

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanName(t *testing.T) {
	tests := []struct {
		in, want string // want "" means ErrNoName
	}{
		{"cat", "cat"},
		{"ねこのゲーム", "ねこのゲーム"},
		{"たろう の ゲーム 2", "たろう の ゲーム 2"},
		{"  spaced  ", "spaced"},
		{"全角\u3000", "全角"},
		{"a/b", "a_b"},
		{`a\b`, "a_b"},
		{"../../etc/passwd", "_._etc_passwd"},
		{`..\..\windows`, "_._windows"},
		{"/abs", "_abs"},
		{"..", ""},
		{".", ""},
		{"", ""},
		{"   ", ""},
		{"...", ""},
		{"/", "_"},
		{".hidden", "hidden"},
		{"end.", "end"},
		{"end. . .", "end"},
		{"v1..2", "v1.2"},
		{"game.tsumiki", "game"},
		{"game.TSUMIKI", "game"},
		{"game.tsumiki.tsumiki", "game"},
		{".tsumiki", "tsumiki"}, // a leading dot goes first
		{"x.autosave", "x_autosave"},
		{"x.autosave.tsumiki", "x_autosave"},
		{"x.AUTOSAVE", "x_AUTOSAVE"},
		{"CON", "CON_"},
		{"nul", "nul_"},
		{"com1.txt", "com1_.txt"},
		{"console", "console"},
		{`a:b*c?d"e<f>g|h`, "a_b_c_d_e_f_g_h"},
		{"line\nbreak\ttab", "line_break_tab"},
		{"nul\x00byte", "nul_byte"},
		{"\xff\xfebad", "_bad"},
		{"\u202Etxt.exe", "_txt.exe"},
		{strings.Repeat("a", 100), strings.Repeat("a", MaxNameRunes)},
		{strings.Repeat("あ", 100), strings.Repeat("あ", MaxNameBytes/3)},
		{strings.Repeat("a", 63) + " b", strings.Repeat("a", 63)}, // cut, then trimmed
	}
	for _, tt := range tests {
		got, err := CleanName(tt.in)
		if tt.want == "" {
			if !errors.Is(err, ErrNoName) {
				t.Errorf("CleanName(%q) = %q, %v; want ErrNoName", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("CleanName(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// TestCleanNameProperties checks what every clean name promises, on the table above and on
// awkward inputs.
func TestCleanNameProperties(t *testing.T) {
	inputs := []string{
		"../..", "a/../b", "./.", ". .", " ..a.. ", "x.autosave.autosave", "CON.autosave",
		strings.Repeat("🐱", 80), strings.Repeat("ア", 70) + ".tsumiki", strings.Repeat(".", 300),
		strings.Repeat("a.", 100), "\u3000.\u3000", "LPT9", "lpt1.autosave", "a" + strings.Repeat(" ", 70) + "b",
	}
	for _, in := range inputs {
		got, err := CleanName(in)
		if err != nil {
			if !errors.Is(err, ErrNoName) {
				t.Errorf("CleanName(%q): %v", in, err)
			}
			continue
		}
		again, err := CleanName(got)
		if err != nil || again != got {
			t.Errorf("CleanName(%q) = %q, but cleaning that gives %q, %v", in, got, again, err)
		}
		switch {
		case strings.ContainsAny(got, `/\`), strings.Contains(got, ".."), strings.HasPrefix(got, "."),
			strings.HasSuffix(got, "."), strings.TrimSpace(got) != got, !utf8.ValidString(got),
			utf8.RuneCountInString(got) > MaxNameRunes, len(got) > MaxNameBytes,
			strings.HasSuffix(strings.ToLower(got), ".autosave"), strings.HasSuffix(strings.ToLower(got), Ext):
			t.Errorf("CleanName(%q) = %q breaks a promise", in, got)
		}
	}
}

// TestBesideNameOfLongName: a name at the length limit still gets its " (2)".
func TestBesideNameOfLongName(t *testing.T) {
	eachDisk(t, func(t *testing.T, d testDisk) {
		f := d.open(t)
		long, _ := CleanName(strings.Repeat("あ", 100))
		got, err := f.besideName(long)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(got, " (2)") || len(got) > MaxNameBytes {
			t.Errorf("besideName = %q", got)
		}
		if c, _ := CleanName(got); c != got {
			t.Errorf("besideName = %q is not clean (%q)", got, c)
		}
	})
}
