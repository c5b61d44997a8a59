package value

import (
	lua "github.com/yuin/gopher-lua"
)

// Compare orders a and b as Scratch's Cast.compare does, returning -1, 0
// or 1.
//
// When both convert to numbers they compare as numbers, and an infinity
// equals itself. Text that is empty or only white space does not count as a
// number here (it would convert to 0), nor does NaN. Otherwise both are
// turned into text and compared without regard to case: lower-cased as
// JavaScript's toLowerCase does, then ordered by UTF-16 code units.
func Compare(a, b lua.LValue) int {
	n1, ok1 := compareNumber(a)
	if ok1 {
		if n2, ok2 := compareNumber(b); ok2 {
			switch {
			case n1 < n2:
				return -1
			case n1 > n2:
				return 1
			}
			return 0
		}
	}
	// Spell numbers into buffers here: the conversions then stay on the
	// stack, as compareFold keeps neither string.
	var abuf, bbuf [40]byte
	x, aNum := a.(lua.LNumber)
	y, bNum := b.(lua.LNumber)
	switch {
	case aNum && bNum:
		return compareFold(string(appendFormat(abuf[:0], float64(x))), string(appendFormat(bbuf[:0], float64(y))))
	case aNum:
		return compareFold(string(appendFormat(abuf[:0], float64(x))), ToString(b))
	case bNum:
		return compareFold(ToString(a), string(appendFormat(bbuf[:0], float64(y))))
	}
	return compareFold(ToString(a), ToString(b))
}

// Equal reports whether Compare(a, b) == 0: the Scratch = block.
func Equal(a, b lua.LValue) bool {
	return Compare(a, b) == 0
}

// compareNumber is JavaScript's Number(v) as Cast.compare uses it: ok is
// false when the result is NaN or v is text that is empty or white space.
func compareNumber(v lua.LValue) (float64, bool) {
	switch v := v.(type) {
	case lua.LNumber:
		f := float64(v)
		return f, f == f
	case lua.LString:
		s := string(v)
		f, ok := ParseNumber(s)
		if ok && f == 0 && trimSpace(s) == "" {
			return 0, false
		}
		return f, ok
	case lua.LBool:
		if v {
			return 1, true
		}
		return 0, true
	}
	// nil and other types count as "", which is white space.
	return 0, false
}
