package value

import (
	"math"
	"testing"

	lua "github.com/yuin/gopher-lua"
)

func TestRound(t *testing.T) {
	negZero := math.Copysign(0, -1)
	tests := []struct{ in, want float64 }{
		{2.5, 3},
		{-2.5, -2},
		{2.4, 2},
		{-2.6, -3},
		{0.5, 1},
		{-0.5, negZero},
		{-0.4, negZero},
		{0.49999999999999994, 0},
		{-1.5, -1},
		{4503599627370495.5, 4503599627370496},
		{-4503599627370495.5, -4503599627370495},
		{1e300, 1e300},
		{math.Inf(-1), math.Inf(-1)},
		{math.NaN(), math.NaN()},
	}
	for _, tt := range tests {
		if got := Round(tt.in); !sameFloat(got, tt.want) {
			t.Errorf("Round(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestMod(t *testing.T) {
	tests := []struct{ a, b, want float64 }{
		{-1, 3, 2},
		{1, -3, -2},
		{7, 3, 1},
		{-7, -3, -1},
		{5.5, 2, 1.5},
		{-5.5, 2, 0.5},
		{5, 0, math.NaN()},
		{math.Inf(1), 3, math.NaN()},
		{-1, math.Inf(1), -1}, // as in Scratch, not +Inf
		{1, math.Inf(-1), 1},
		{-3, 3, math.Copysign(0, -1)},
	}
	for _, tt := range tests {
		if got := Mod(tt.a, tt.b); !sameFloat(got, tt.want) {
			t.Errorf("Mod(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMathOp(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		op   string
		in   float64
		want float64
	}{
		{"abs", -3, 3},
		{"floor", -2.5, -3},
		{"ceiling", 2.1, 3},
		{"sqrt", 16, 4},
		{"sqrt", -1, math.NaN()},
		{"sin", 30, 0.5},
		{"sin", 90, 1},
		{"sin", 180, 0},
		{"sin", 360, math.Copysign(0, -1)}, // sin(2π) is a tiny negative number
		{"cos", 90, 0},
		{"cos", 60, 0.5},
		{"cos", 180, -1},
		{"tan", 45, 1},
		{"tan", 90, inf},
		{"tan", -270, inf},
		{"tan", 450, inf},
		{"tan", 270, -inf},
		{"tan", -90, -inf},
		{"tan", 180, math.Copysign(0, -1)}, // tan(π) is a tiny negative number
		{"tan", math.Inf(1), math.NaN()},
		{"asin", 1, 90},
		{"atan", 1, 45},
		{"acos", 1, 0},
		{"acos", 2, math.NaN()},
		{"ln", math.E, 1},
		{"ln", 0, math.Inf(-1)},
		{"log", 100, 2},
		{"log", 1000, 2.9999999999999996}, // ln(x)/ln(10), as Scratch does it
		{"e ^", 0, 1},
		{"10 ^", 3, 1000},
		{"10 ^", -2, 0.01},
		{"ABS", -3, 3}, // Scratch lower-cases the menu value
		{"Floor", 1.5, 1},
		{"unknown", 5, 0},
		{"", 5, 0},
		{"ceiling plus", 5, 0},
	}
	for _, tt := range tests {
		if got := MathOp(tt.op, tt.in); !sameFloat(got, tt.want) {
			t.Errorf("MathOp(%q, %v) = %v, want %v", tt.op, tt.in, got, tt.want)
		}
	}
}

// TestMathOpClose checks results whose last bit comes from Go's math
// package, which may differ from a browser's (see the package doc).
func TestMathOpClose(t *testing.T) {
	tests := []struct {
		op   string
		in   float64
		want float64
	}{
		{"acos", 0.5, 60},
		{"asin", 0.5, 30},
		{"atan", -1, -45},
		{"e ^", 1, math.E},
		{"10 ^", 0.5, math.Sqrt(10)},
		{"log", 0.01, -2},
	}
	for _, tt := range tests {
		if got := MathOp(tt.op, tt.in); math.Abs(got-tt.want) > 1e-12*math.Max(1, math.Abs(tt.want)) {
			t.Errorf("MathOp(%q, %v) = %v, want about %v", tt.op, tt.in, got, tt.want)
		}
	}
}

func TestRandomBetween(t *testing.T) {
	s := func(v string) lua.LValue { return lua.LString(v) }
	n := func(v float64) lua.LValue { return lua.LNumber(v) }
	tests := []struct {
		from, to lua.LValue
		r        float64
		want     float64
	}{
		{n(1), n(10), 0, 1},
		{n(1), n(10), 0.999999, 10},
		{n(1), n(10), 0.5, 6},
		{n(10), n(1), 0, 1}, // either order
		{n(10), n(1), 0.999999, 10},
		{s("1"), s("10"), 0.5, 6},
		{n(-5), n(5), 0.5, 0},
		{s("1.0"), n(10), 0.5, 5.5}, // "1.0" makes it fractional
		{n(1.5), n(2.5), 0.5, 2},
		{n(3), n(3), 0.7, 3},
		{s("abc"), n(4), 0.99, 4}, // "abc" is 0 and whole
	}
	for _, tt := range tests {
		got := RandomBetween(tt.from, tt.to, func() float64 { return tt.r })
		if got != tt.want {
			t.Errorf("RandomBetween(%#v, %#v) with %v = %v, want %v", tt.from, tt.to, tt.r, got, tt.want)
		}
	}
}
