package value

import (
	"math"

	lua "github.com/yuin/gopher-lua"
)

// BubbleLimit is the most characters a speech or thought bubble shows.
const BubbleLimit = 330

// BubbleText is the text a say or think bubble shows for v, as Scratch's
// looks blocks format it: a number that is not whole and whose size is at
// least 0.01 is shown with exactly two decimals (3.14159 shows "3.14",
// 0.5 shows "0.50", 0.125 shows "0.13"), other values as ToString gives them.
// The text is then cut to BubbleLimit characters. "" means no bubble.
func BubbleText(v lua.LValue) string {
	var s string
	if n, ok := v.(lua.LNumber); ok {
		f := float64(n)
		if math.Abs(f) >= 0.01 && f != math.Trunc(f) && !math.IsInf(f, 0) && math.Abs(f) < 1e21 {
			s = toFixed2(f)
		} else {
			s = FormatNumber(f)
		}
	} else {
		s = ToString(v)
	}
	return cutRunes(s, BubbleLimit)
}

// cutRunes returns the first n characters of s.
func cutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
