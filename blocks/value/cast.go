package value

import (
	"math"
	"strings"

	lua "github.com/yuin/gopher-lua"
)

// ToNumber converts v as Scratch's Cast.toNumber does: a number stays as it
// is except that NaN becomes 0; text is read by ParseNumber, and text that is
// not a number gives 0; true is 1 and false 0; anything else is 0.
func ToNumber(v lua.LValue) float64 {
	switch v := v.(type) {
	case lua.LNumber:
		if f := float64(v); f == f {
			return f
		}
		return 0
	case lua.LString:
		if f, ok := ParseNumber(string(v)); ok {
			return f
		}
		return 0
	case lua.LBool:
		if v {
			return 1
		}
		return 0
	}
	return 0
}

// ToString converts v as Scratch's Cast.toString (JavaScript's String) does:
// numbers as FormatNumber spells them, booleans as "true" and "false", text
// as it is. nil and every other Lua type give "".
func ToString(v lua.LValue) string {
	switch v := v.(type) {
	case lua.LString:
		return string(v)
	case lua.LNumber:
		return FormatNumber(float64(v))
	case lua.LBool:
		if v {
			return "true"
		}
		return "false"
	}
	return ""
}

// ToBool converts v as Scratch's Cast.toBoolean does: booleans as they are;
// numbers are false when 0 or NaN; text is false when it is "", "0" or
// "false" in any mix of case, and true otherwise. nil and every other Lua
// type are false.
func ToBool(v lua.LValue) bool {
	switch v := v.(type) {
	case lua.LBool:
		return bool(v)
	case lua.LNumber:
		f := float64(v)
		return f != 0 && f == f
	case lua.LString:
		s := string(v)
		// Only ASCII letters lower-case to the letters of "false", so an
		// ASCII comparison is exact (strings.EqualFold would also accept
		// "falſe", which JavaScript's toLowerCase does not change).
		return s != "" && s != "0" && !equalFoldASCII(s, "false")
	}
	return false
}

// IsInt reports whether v counts as a whole number, as Scratch's Cast.isInt
// decides. A number is whole when it has no fraction and its size is below
// 1e21 (Scratch checks with parseInt, which misreads the exponent form that
// larger numbers print in); NaN counts as whole. Booleans are whole. Text is
// whole when it holds no '.', whatever else it holds: "1.0" is not whole,
// while "abc" and "1e-3" are. nil and other Lua types count as "", which is
// whole.
func IsInt(v lua.LValue) bool {
	switch v := v.(type) {
	case lua.LNumber:
		f := float64(v)
		return f != f || f == math.Trunc(f) && math.Abs(f) < 1e21
	case lua.LBool:
		return true
	case lua.LString:
		return strings.IndexByte(string(v), '.') < 0
	}
	return true
}

// Join is the join block: ToString(a) followed by ToString(b).
func Join(a, b lua.LValue) string {
	return ToString(a) + ToString(b)
}

// equalFoldASCII reports whether s and t are equal when ASCII letters are
// lower-cased; other bytes must match exactly.
func equalFoldASCII(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != lowerASCII(t[i]) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
