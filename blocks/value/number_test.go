package value

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		in     string
		want   float64
		wantOK bool
	}{
		{"", 0, true},
		{"   ", 0, true},
		{"\t\n\v\f\r \u00a0\u2003\u2028\u2029\ufeff\u3000", 0, true},
		{"10", 10, true},
		{" 10 ", 10, true},
		{"\u00a010\u2028", 10, true},
		{"-7", -7, true},
		{"+7", 7, true},
		{"1.50", 1.5, true},
		{".5", 0.5, true},
		{"5.", 5, true},
		{"+.5", 0.5, true},
		{"-.5", -0.5, true},
		{"5.e3", 5000, true},
		{"1e3", 1000, true},
		{"1E-3", 0.001, true},
		{"1e+3", 1000, true},
		{"0.1", 0.1, true},
		{"00012", 12, true},
		{"1e400", inf, true},
		{"-1e400", -inf, true},
		{"1e-400", 0, true},
		{"Infinity", inf, true},
		{"+Infinity", inf, true},
		{"-Infinity", -inf, true},
		{" Infinity ", inf, true},
		{"0x1F", 31, true},
		{"0X1f", 31, true},
		{"0b101", 5, true},
		{"0B11", 3, true},
		{"0o17", 15, true},
		{"0O17", 15, true},
		{"0x1fffffffffffff1", 144115188075855860, true},
		{"0xffffffffffffffffffff", 1208925819614629174706175, true},
		{"9007199254740993", 9007199254740992, true},
		// Rejected, as Number() rejects them.
		{"1_000", 0, false},
		{"inf", 0, false},
		{"infinity", 0, false},
		{"Inf", 0, false},
		{"nan", 0, false},
		{"NaN", 0, false},
		{"1e", 0, false},
		{"1e+", 0, false},
		{"e5", 0, false},
		{"0x", 0, false},
		{"0x1.8", 0, false},
		{"0x10p0", 0, false},
		{"0b2", 0, false},
		{"0o8", 0, false},
		{"-0x10", 0, false},
		{"+0x10", 0, false},
		{"--1", 0, false},
		{"+-1", 0, false},
		{"1,5", 0, false},
		{".", 0, false},
		{"+", 0, false},
		{"-", 0, false},
		{".e3", 0, false},
		{"1 2", 0, false},
		{"abc", 0, false},
		{"10px", 0, false},
		{"１２", 0, false},      // full-width digits
		{"\u180e1", 0, false}, // U+180E is no longer white space
		{"\u00851", 0, false}, // nor is U+0085
		{"1p5", 0, false},
		{"0x_1", 0, false},
		{"1i", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.wantOK || ok && !sameFloat(got, tt.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
	if f, _ := ParseNumber("-0"); !math.Signbit(f) {
		t.Errorf("ParseNumber(%q) = %v, want -0", "-0", f)
	}
}

// tenth and fifth are variables so that 0.1 + 0.2 is computed in float64
// arithmetic, not exactly as Go's constant expressions are.
var tenth, fifth = 0.1, 0.2

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{tenth + fifth, "0.30000000000000004"},
		{1e21, "1e+21"},
		{1e-7, "1e-7"},
		{1.5e-7, "1.5e-7"},
		{1e-6, "0.000001"},
		{1.5e-6, "0.0000015"},
		{123456789012345680000, "123456789012345680000"},
		{999999999999999900000, "999999999999999900000"},
		{100, "100"},
		{-100, "-100"},
		{0, "0"},
		{math.Copysign(0, -1), "0"},
		{1, "1"},
		{-1.5, "-1.5"},
		{0.5, "0.5"},
		{1 / 3.0, "0.3333333333333333"},
		{2.5e25, "2.5e+25"},
		{-2.5e-25, "-2.5e-25"},
		{1 << 53, "9007199254740992"},
		{1<<53 + 2, "9007199254740994"},
		{1e20, "100000000000000000000"},
		{1.7976931348623157e308, "1.7976931348623157e+308"},
		{5e-324, "5e-324"},
		{math.NaN(), "NaN"},
		{math.Inf(1), "Infinity"},
		{math.Inf(-1), "-Infinity"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.in); got != tt.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRoundDecimals(t *testing.T) {
	tests := []struct {
		in   float64
		d    int
		want float64
	}{
		{1.0 / 2048, 10, 0.0004882813}, // an exact tie: toFixed rounds it up
		{-1.0 / 2048, 10, -0.0004882813},
		{1.2246467991473532e-16, 10, 0},
		{0.49999999999999994, 10, 0.5},
		{0.12345678905, 10, 0.1234567891},
		{1e25, 10, 1e25},
	}
	for _, tt := range tests {
		if got := roundDecimals(tt.in, tt.d); !sameFloat(got, tt.want) {
			t.Errorf("roundDecimals(%v, %d) = %v, want %v", tt.in, tt.d, got, tt.want)
		}
	}
	if got := roundDecimals(-1e-12, 10); !math.Signbit(got) || got != 0 {
		t.Errorf("roundDecimals(-1e-12, 10) = %v, want -0", got)
	}
	if got := roundDecimals(math.NaN(), 10); got == got {
		t.Errorf("roundDecimals(NaN, 10) = %v, want NaN", got)
	}
}
