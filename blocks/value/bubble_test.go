package value

import (
	"math"
	"strings"
	"testing"

	lua "github.com/yuin/gopher-lua"
)

func TestBubbleText(t *testing.T) {
	long := strings.Repeat("に", 400)
	tests := []struct {
		in   lua.LValue
		want string
	}{
		{lua.LNumber(3.14159), "3.14"},
		{lua.LNumber(0.5), "0.50"},
		{lua.LNumber(-0.5), "-0.50"},
		{lua.LNumber(0.125), "0.13"}, // toFixed rounds an exact half up
		{lua.LNumber(1.005), "1.00"}, // 1.005 is a little below 1.005
		{lua.LNumber(0.01), "0.01"},
		{lua.LNumber(0.009), "0.009"}, // too small for two decimals
		{lua.LNumber(-0.001), "-0.001"},
		{lua.LNumber(5), "5"},
		{lua.LNumber(1e21), "1e+21"},
		{lua.LNumber(123456.789), "123456.79"},
		{lua.LNumber(tenth + fifth), "0.30"},
		{nan, "NaN"},
		{inf, "Infinity"},
		{negInf, "-Infinity"},
		{lua.LNumber(math.Copysign(0, -1)), "0"},
		{lua.LString("3.14159"), "3.14159"}, // text keeps its spelling
		{lua.LString(""), ""},
		{lua.LBool(true), "true"},
		{lua.LNil, ""},
		{lua.LString(long), strings.Repeat("に", 330)},
		{lua.LString(strings.Repeat("a", 330)), strings.Repeat("a", 330)},
	}
	for _, tt := range tests {
		if got := BubbleText(tt.in); got != tt.want {
			t.Errorf("BubbleText(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
