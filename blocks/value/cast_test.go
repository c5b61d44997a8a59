package value

import (
	"math"
	"testing"

	lua "github.com/yuin/gopher-lua"
)

var (
	nan    = lua.LNumber(math.NaN())
	inf    = lua.LNumber(math.Inf(1))
	negInf = lua.LNumber(math.Inf(-1))
	negZ   = lua.LNumber(math.Copysign(0, -1))
)

func TestToNumber(t *testing.T) {
	tests := []struct {
		in   lua.LValue
		want float64
	}{
		{lua.LNumber(3.5), 3.5},
		{nan, 0},
		{inf, math.Inf(1)},
		{lua.LString("10"), 10},
		{lua.LString(" 10 "), 10},
		{lua.LString("1.50"), 1.5},
		{lua.LString("0x10"), 16},
		{lua.LString(""), 0},
		{lua.LString("abc"), 0},
		{lua.LString("NaN"), 0},
		{lua.LString("-Infinity"), math.Inf(-1)},
		{lua.LBool(true), 1},
		{lua.LBool(false), 0},
		{lua.LNil, 0},
		{&lua.LTable{}, 0},
	}
	for _, tt := range tests {
		if got := ToNumber(tt.in); !sameFloat(got, tt.want) {
			t.Errorf("ToNumber(%#v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	// "10" + 1 is 11.
	if got := ToNumber(lua.LString("10")) + ToNumber(lua.LNumber(1)); got != 11 {
		t.Errorf(`"10" + 1 = %v, want 11`, got)
	}
}

func TestToString(t *testing.T) {
	tests := []struct {
		in   lua.LValue
		want string
	}{
		{lua.LNumber(100), "100"},
		{lua.LNumber(tenth + fifth), "0.30000000000000004"},
		{lua.LNumber(1e21), "1e+21"},
		{negZ, "0"},
		{nan, "NaN"},
		{inf, "Infinity"},
		{negInf, "-Infinity"},
		{lua.LString("1.50"), "1.50"},
		{lua.LString(""), ""},
		{lua.LBool(true), "true"},
		{lua.LBool(false), "false"},
		{lua.LNil, ""},
		{&lua.LTable{}, ""},
	}
	for _, tt := range tests {
		if got := ToString(tt.in); got != tt.want {
			t.Errorf("ToString(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestToBool(t *testing.T) {
	tests := []struct {
		in   lua.LValue
		want bool
	}{
		{lua.LBool(true), true},
		{lua.LBool(false), false},
		{lua.LNumber(0), false},
		{negZ, false},
		{nan, false},
		{lua.LNumber(1), true},
		{lua.LNumber(-0.5), true},
		{inf, true},
		{lua.LString(""), false},
		{lua.LString("0"), false},
		{lua.LString("false"), false},
		{lua.LString("FALSE"), false},
		{lua.LString("FaLsE"), false},
		{lua.LString("falſe"), true}, // toLowerCase leaves the long s alone
		{lua.LString(" false"), true},
		{lua.LString("0.0"), true},
		{lua.LString("00"), true},
		{lua.LString(" "), true},
		{lua.LString("true"), true},
		{lua.LString("no"), true},
		{lua.LNil, false},
		{&lua.LTable{}, false},
	}
	for _, tt := range tests {
		if got := ToBool(tt.in); got != tt.want {
			t.Errorf("ToBool(%#v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsInt(t *testing.T) {
	tests := []struct {
		in   lua.LValue
		want bool
	}{
		{lua.LNumber(2), true},
		{lua.LNumber(-2), true},
		{negZ, true},
		{lua.LNumber(2.5), false},
		{nan, true}, // as in Scratch
		{inf, false},
		{lua.LNumber(1e20), true},
		{lua.LNumber(1e21), false}, // "1e+21" is not whole to parseInt
		{lua.LBool(true), true},
		{lua.LBool(false), true},
		{lua.LString("1"), true},
		{lua.LString("1.0"), false},
		{lua.LString("1.5"), false},
		{lua.LString("."), false},
		{lua.LString("abc"), true},
		{lua.LString("1e-3"), true},
		{lua.LString(""), true},
		{lua.LNil, true},
	}
	for _, tt := range tests {
		if got := IsInt(tt.in); got != tt.want {
			t.Errorf("IsInt(%#v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestJoin(t *testing.T) {
	tests := []struct {
		a, b lua.LValue
		want string
	}{
		{lua.LString("1.50"), lua.LString(""), "1.50"},
		{lua.LString("にほ"), lua.LString("んご"), "にほんご"},
		{lua.LNumber(1), lua.LNumber(2), "12"},
		{lua.LNumber(tenth + fifth), lua.LBool(true), "0.30000000000000004true"},
		{lua.LNil, lua.LString("x"), "x"},
	}
	for _, tt := range tests {
		if got := Join(tt.a, tt.b); got != tt.want {
			t.Errorf("Join(%#v, %#v) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}
