package value

import (
	"math"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// The grammar of JavaScript's StringNumericLiteral, written independently
// of ParseNumber's hand-written scanner.
var (
	decimalRE = regexp.MustCompile(`^[+-]?(Infinity|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)$`)
	radixRE   = regexp.MustCompile(`^0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)$`)
)

// referenceNumber is a slow, plain model of JavaScript's Number(s).
func referenceNumber(s string) (float64, bool) {
	s = strings.TrimFunc(s, isSpace)
	switch {
	case s == "":
		return 0, true
	case radixRE.MatchString(s):
		base := map[byte]int{'x': 16, 'o': 8, 'b': 2}[s[1]|0x20]
		n, _ := new(big.Int).SetString(s[2:], base)
		f, _ := new(big.Float).SetInt(n).Float64()
		return f, true
	case decimalRE.MatchString(s):
		if strings.HasSuffix(s, "Infinity") {
			return math.Inf(map[bool]int{true: -1, false: 1}[s[0] == '-']), true
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !isRangeError(err) {
			panic(err)
		}
		return f, true
	}
	return 0, false
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"", " ", "10", " -1.5e3 ", ".5", "5.", "+.5", "1e", "0x", "0x1F", "0b101", "0o17",
		"1_000", "inf", "nan", "--1", "1,5", "Infinity", "-Infinity", "0x" + strings.Repeat("f", 30),
		"1e400", "-0", "\u00a012\u2028", "9007199254740993", "0.1", "1e-7", "123456789012345680000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseNumber(s)
		want, wantOK := referenceNumber(s)
		if ok != wantOK || ok && !sameFloat(got, want) {
			t.Fatalf("ParseNumber(%q) = %v, %v; reference gives %v, %v", s, got, ok, want, wantOK)
		}
		if !ok {
			return
		}
		text := FormatNumber(got)
		back, ok := ParseNumber(text)
		if !ok || back != got {
			t.Fatalf("ParseNumber(%q) = %v, but FormatNumber gives %q, which parses as %v, %v", s, got, text, back, ok)
		}
	})
}

func FuzzFormatNumber(f *testing.F) {
	for _, x := range []float64{
		0, 1, -1, 100, 0.1, 0.30000000000000004, 1e21, 1e-7, 1.5e-7, 1e-6, 999999999999999900000,
		123456789012345680000, 1 << 53, 5e-324, math.MaxFloat64, -2.5e-25, 1 / 3.0,
	} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		s := FormatNumber(x)
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		if back, ok := ParseNumber(s); !ok || back != x {
			t.Fatalf("FormatNumber(%v) = %q, which ParseNumber reads as %v, %v", x, s, back, ok)
		}
		if back, err := strconv.ParseFloat(s, 64); err != nil || back != x {
			t.Fatalf("FormatNumber(%v) = %q, which strconv reads as %v, %v", x, s, back, err)
		}
		a := math.Abs(x)
		if exp := strings.ContainsRune(s, 'e'); exp != (a != 0 && (a < 1e-6 || a >= 1e21)) {
			t.Fatalf("FormatNumber(%v) = %q: wrong notation", x, s)
		}
		// The digits must be the shortest that round-trip, as strconv finds them.
		digits := func(s string) string {
			if i := strings.IndexAny(s, "eE"); i >= 0 {
				s = s[:i]
			}
			s = strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(s), "0")
			return strings.TrimRight(s, "0")
		}
		if got, want := digits(s), digits(strconv.FormatFloat(x, 'e', -1, 64)); got != want {
			t.Fatalf("FormatNumber(%v) = %q: digits %q, want %q", x, s, got, want)
		}
	})
}

// utf16Lower is a slow model of JavaScript's s.toLowerCase() as UTF-16.
func utf16Lower(s string) []uint16 {
	return utf16.Encode([]rune(string(appendLower(nil, s))))
}

func FuzzCompareText(f *testing.F) {
	for _, p := range [][2]string{
		{"ABC", "abc"}, {"a", "B"}, {"ΑΣ", "ας"}, {"İ", "i"}, {"😀", "\uffee"}, {"a.b", "."},
		{"にほんご", "ほん"}, {"", ""}, {"Hello World", "WORLD"}, {"\xff", "\xfe"},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		got := compareFold(a, b)
		if back := compareFold(b, a); back != -got {
			t.Fatalf("compareFold(%q, %q) = %d but compareFold(%q, %q) = %d", a, b, got, b, a, back)
		}
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		la, lb := utf16Lower(a), utf16Lower(b)
		if want := slices.Compare(la, lb); got != want {
			t.Fatalf("compareFold(%q, %q) = %d, want %d", a, b, got, want)
		}
		if got, want := Contains(a, b), strings.Contains(string(appendLower(nil, a)), string(appendLower(nil, b))); got != want {
			t.Fatalf("Contains(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}
