package value

import "testing"

func TestLength(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"にほんご", 4},
		{"héllo", 5},
		{"😀", 1}, // Scratch says 2: see the package doc
	}
	for _, tt := range tests {
		if got := Length(tt.in); got != tt.want {
			t.Errorf("Length(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestLetterOf(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		want string
	}{
		{"にほんご", 2, "ほ"},
		{"にほんご", 1, "に"},
		{"にほんご", 4, "ご"},
		{"にほんご", 5, ""},
		{"にほんご", 0, ""},
		{"にほんご", -1, ""},
		{"abc", 3, "c"},
		{"abc", 4, ""},
		{"", 1, ""},
		{"a😀b", 2, "😀"},
		{"a😀b", 3, "b"},
		{"a\xffb", 2, "\xff"}, // invalid UTF-8 comes back as it was
	}
	for _, tt := range tests {
		if got := LetterOf(tt.s, tt.i); got != tt.want {
			t.Errorf("LetterOf(%q, %d) = %q, want %q", tt.s, tt.i, got, tt.want)
		}
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"a.b", ".", true},
		{"abc", ".", false},
		{"abc", "a*", false},
		{"a*c", "a*", true},
		{"abc", "[a-c]", false},
		{"Hello World", "WORLD", true},
		{"Hello World", "o w", true},
		{"Hello", "", true},
		{"", "", true},
		{"", "a", false},
		{"ab", "abc", false},
		{"にほんご", "ほん", true},
		{"にほんご", "んほ", false},
		{"ÉCOLE", "école", true},
		{"ΟΔΟΣ", "ος", true},  // final sigma on both sides
		{"ΟΔΟΣ", "οσ", false}, // JavaScript lower-cases ΟΔΟΣ to οδος
		{"KELVIN", "\u212a", true},
		{"\u212a", "k", true}, // the Kelvin sign lower-cases to k
		{"k", "\u212a", true},
		{"STRASSE", "ß", false}, // no full case folding
		{"İ", "i", true},        // İ lower-cases to i + U+0307
		{"a\xffb", "\xffB", true},
	}
	for _, tt := range tests {
		if got := Contains(tt.s, tt.sub); got != tt.want {
			t.Errorf("Contains(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
		}
	}
}

func TestFinalSigma(t *testing.T) {
	// Results from JavaScript's toLowerCase (node 20).
	tests := []struct{ in, want string }{
		{"ΑΣ", "ας"},
		{"ΑΣΑ", "ασα"},
		{"Σ", "σ"},
		{"1Σ", "1σ"},
		{"ΑΣ1", "ας1"},
		{"ʰΣ", "ʰσ"},
		{"aʰΣ", "aʰς"},
		{"ΑΣʰ", "αςʰ"},
		{"ΑΣʰa", "ασʰa"},
		{"Α.Σ", "α.ς"},
		{"ΑΣ.a", "ασ.a"},
		{"Α\u00adΣ", "α\u00adς"},
		{"ΑΣ\u0307", "ας\u0307"},
		{"ΟΔΟΣ ΟΔΟΣ", "οδος οδος"},
		{"İSTANBUL", "i\u0307stanbul"},
		{"ÀÉÎ ǅ Ω K", "àéî ǆ ω k"},
	}
	for _, tt := range tests {
		if got := string(appendLower(nil, tt.in)); got != tt.want {
			t.Errorf("lower(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
