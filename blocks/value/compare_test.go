package value

import (
	"testing"

	lua "github.com/yuin/gopher-lua"
)

func TestCompare(t *testing.T) {
	s := func(v string) lua.LValue { return lua.LString(v) }
	n := func(v float64) lua.LValue { return lua.LNumber(v) }
	tests := []struct {
		a, b lua.LValue
		want int
	}{
		{n(1), n(2), -1},
		{n(2), n(1), 1},
		{n(2), n(2), 0},
		{n(0), negZ, 0},
		{s("10"), n(9), 1},    // numeric, not "10" < "9"
		{s("10"), s("9"), 1},  // numeric
		{s("1.0"), n(1), 0},   // numeric
		{s(" 1 "), n(1), 0},   // white space around a number is fine
		{s("0x10"), n(16), 0}, // Number() reads hex
		{s("ABC"), s("abc"), 0},
		{s("abc"), s("ABD"), -1},
		{s("a"), s("B"), -1}, // case-insensitive, so not 'a' > 'B'
		{s("apple"), s("apples"), -1},
		{s(" "), n(0), -1}, // white space is not 0: " " < "0" as text
		{s(""), n(0), -1},  // "" < "0"
		{n(0), s(""), 1},
		{s(""), s(""), 0},
		{s(" "), s(""), 1},
		{lua.LNil, s(""), 0},
		{lua.LNil, n(0), -1},
		{inf, inf, 0},
		{negInf, negInf, 0},
		{inf, negInf, 1},
		{s("Infinity"), inf, 0},
		{s("infinity"), inf, 0}, // not a number, but equal as text
		{nan, s("NaN"), 0},      // NaN compares as the text "NaN"
		{nan, n(0), 1},          // "nan" > "0"
		{lua.LBool(true), n(1), 0},
		{lua.LBool(false), n(0), 0},
		{lua.LBool(true), s("TRUE"), 0},
		{lua.LBool(true), s("true "), -1},
		{s("abc"), n(5), 1}, // "abc" > "5"
		{s("ΑΣ"), s("ας"), 0},
		{s("ΑΣ"), s("ασ"), -1}, // final sigma: "ας" < "ασ"
		{s("İ"), s("i\u0307"), 0},
		{s("😀"), s("\uffee"), -1}, // UTF-16 order: D83D < FFEE
		{s("😀"), s("\u00e9"), 1},
		{s("にほんご"), s("にほんご"), 0},
	}
	for _, tt := range tests {
		if got := Compare(tt.a, tt.b); got != tt.want {
			t.Errorf("Compare(%#v, %#v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Compare(tt.b, tt.a); got != -tt.want {
			t.Errorf("Compare(%#v, %#v) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
		if got := Equal(tt.a, tt.b); got != (tt.want == 0) {
			t.Errorf("Equal(%#v, %#v) = %v, want %v", tt.a, tt.b, got, tt.want == 0)
		}
	}
}
