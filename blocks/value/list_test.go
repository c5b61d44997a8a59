package value

import (
	"testing"

	lua "github.com/yuin/gopher-lua"
)

func TestListIndex(t *testing.T) {
	s := func(v string) lua.LValue { return lua.LString(v) }
	n := func(v float64) lua.LValue { return lua.LNumber(v) }
	// The fake random function returns the largest index, so that the tests
	// see that it was called with the list's length.
	rnd := func(n int) int { return n }
	tests := []struct {
		idx       lua.LValue
		length    int
		acceptAll bool
		want      int
	}{
		{n(1), 3, false, 1},
		{n(3), 3, false, 3},
		{n(4), 3, false, ListInvalid},
		{n(0), 3, false, ListInvalid},
		{n(-1), 3, false, ListInvalid},
		{n(2.9), 3, false, 2}, // rounded down
		{n(0.9), 3, false, ListInvalid},
		{nan, 3, false, ListInvalid},
		{inf, 3, false, ListInvalid},
		{s("2"), 3, false, 2},
		{s(" 2 "), 3, false, 2},
		{s("x"), 3, false, ListInvalid},
		{s(""), 3, false, ListInvalid},
		{lua.LBool(true), 3, false, 1},
		{lua.LNil, 3, false, ListInvalid},
		{s("last"), 3, false, 3},
		{s("last"), 0, false, ListInvalid},
		{s("LAST"), 3, false, ListInvalid}, // exact spelling only
		{s("random"), 5, false, 5},
		{s("any"), 5, false, 5},
		{s("random"), 0, false, ListInvalid},
		{s("all"), 3, true, ListAll},
		{s("all"), 0, true, ListAll},
		{s("all"), 3, false, ListInvalid},
		{n(1), 0, false, ListInvalid},
	}
	for _, tt := range tests {
		if got := ListIndex(tt.idx, tt.length, tt.acceptAll, rnd); got != tt.want {
			t.Errorf("ListIndex(%#v, %d, %v) = %d, want %d", tt.idx, tt.length, tt.acceptAll, got, tt.want)
		}
	}
}

func TestListContents(t *testing.T) {
	s := func(v string) lua.LValue { return lua.LString(v) }
	n := func(v float64) lua.LValue { return lua.LNumber(v) }
	tests := []struct {
		items []lua.LValue
		want  string
	}{
		{nil, ""},
		{[]lua.LValue{s("a"), s("b"), s("c")}, "abc"},
		{[]lua.LValue{s("に"), s("ほ")}, "にほ"},
		{[]lua.LValue{s("a"), s("bc")}, "a bc"},
		{[]lua.LValue{s("a"), s("")}, "a "},
		{[]lua.LValue{s("1"), s("2")}, "12"},
		{[]lua.LValue{n(1), n(2)}, "1 2"}, // numbers are not one-letter text
		{[]lua.LValue{s("a"), n(1.5), lua.LBool(true)}, "a 1.5 true"},
		{[]lua.LValue{s("hello"), s("world")}, "hello world"},
		{[]lua.LValue{lua.LNil, s("x")}, " x"},
	}
	for _, tt := range tests {
		if got := ListContents(tt.items); got != tt.want {
			t.Errorf("ListContents(%v) = %q, want %q", tt.items, got, tt.want)
		}
	}
}
