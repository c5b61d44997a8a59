package value

import (
	"math"
	"strings"
	"unicode/utf8"

	lua "github.com/yuin/gopher-lua"
)

// Special results of ListIndex.
const (
	ListInvalid = 0  // the index names no item
	ListAll     = -1 // the index is "all"
)

// ListIndex turns a list-block index into a 1-based position in a list of
// length items, as Scratch's Cast.toListIndex does.
//
// The texts "last", "random" and "any" (exactly so spelled) name the last
// item and a random item, rnd(length), which must return 1..length; on an
// empty list they give ListInvalid. "all" gives ListAll when acceptAll is
// set and ListInvalid otherwise. Anything else is converted with ToNumber
// and rounded down, and gives ListInvalid unless it is between 1 and length.
func ListIndex(idx lua.LValue, length int, acceptAll bool, rnd func(n int) int) int {
	if s, ok := idx.(lua.LString); ok {
		switch s {
		case "all":
			if acceptAll {
				return ListAll
			}
			return ListInvalid
		case "last":
			if length > 0 {
				return length
			}
			return ListInvalid
		case "random", "any":
			if length > 0 {
				return rnd(length)
			}
			return ListInvalid
		}
	}
	f := math.Floor(ToNumber(idx))
	if !(f >= 1 && f <= float64(length)) {
		return ListInvalid
	}
	return int(f)
}

// ListContents is how the list reporter shows a list: the items as text,
// joined with nothing between them when every item is text of exactly one
// character, and with single spaces otherwise. As in Scratch, a number item
// such as 1 is not text, so it forces the spaces.
func ListContents(items []lua.LValue) string {
	sep := ""
	size := 0
	for _, it := range items {
		s, ok := it.(lua.LString)
		if !ok || utf8.RuneCountInString(string(s)) != 1 {
			sep = " "
		}
		if ok {
			size += len(s)
		}
	}
	var b strings.Builder
	b.Grow(size + len(items)*len(sep))
	for i, it := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		if s, ok := it.(lua.LString); ok {
			b.WriteString(string(s))
		} else {
			b.WriteString(ToString(it))
		}
	}
	return b.String()
}
