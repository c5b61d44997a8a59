package value

import (
	"unicode"
	"unicode/utf8"
)

// This file lower-cases text as JavaScript's String.prototype.toLowerCase
// does: the simple lower-case mapping of each code point, plus the two
// language-independent special cases, U+0130 (İ) becoming "i" followed by
// U+0307, and Σ becoming final ς at the end of a word.

// lowerIter yields the code points of the lower-cased s one at a time.
type lowerIter struct {
	s       string
	i       int
	pending rune // second code point of an expansion, or -1
}

func newLowerIter(s string) lowerIter { return lowerIter{s: s, pending: -1} }

// next returns the next lower-cased code point, or ok == false at the end.
// Bytes that are not UTF-8 come back as utf8.RuneError, as Go reads them.
func (it *lowerIter) next() (r rune, ok bool) {
	if it.pending >= 0 {
		r, it.pending = it.pending, -1
		return r, true
	}
	if it.i >= len(it.s) {
		return 0, false
	}
	start := it.i
	c, size := rune(it.s[start]), 1
	if c >= utf8.RuneSelf {
		c, size = utf8.DecodeRuneInString(it.s[start:])
	}
	it.i += size
	switch {
	case c < utf8.RuneSelf:
		r = rune(lowerASCII(byte(c)))
	case c == 0x130:
		r, it.pending = 'i', 0x307
	case c == 'Σ':
		r = 'σ'
		if casedBefore(it.s[:start]) && !casedAfter(it.s[it.i:]) {
			r = 'ς'
		}
	default:
		r = unicode.ToLower(c)
	}
	return r, true
}

// casedAfter reports whether s starts with a cased letter after skipping
// case-ignorable code points. As in ICU, which JavaScript engines use, a
// code point that is both is skipped ("ΑΣʰ" lower-cases to "αςʰ").
func casedAfter(s string) bool {
	for _, r := range s {
		if !isCaseIgnorable(r) {
			return isCased(r)
		}
	}
	return false
}

// casedBefore reports whether s ends with a cased letter followed by
// case-ignorable code points, in the same sense as casedAfter.
func casedBefore(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isCaseIgnorable(r) {
			return isCased(r)
		}
		s = s[:len(s)-size]
	}
	return false
}

// isCased is Unicode's Cased property.
func isCased(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLower(r) || unicode.IsUpper(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// isCaseIgnorable is Unicode's Case_Ignorable property.
func isCaseIgnorable(r rune) bool {
	switch r {
	// Word_Break MidLetter, MidNumLet and Single_Quote.
	case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024,
		0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	if r < utf8.RuneSelf {
		return r == '^' || r == '`' // the ASCII modifier symbols (Sk)
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// appendLower appends JavaScript's s.toLowerCase() to dst. Bytes that are
// not UTF-8 are copied unchanged.
func appendLower(dst []byte, s string) []byte {
	it := newLowerIter(s)
	for it.i < len(s) || it.pending >= 0 {
		start := it.i
		r, _ := it.next()
		if r == utf8.RuneError && it.i-start == 1 && it.pending < 0 {
			dst = append(dst, s[start])
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// utf16Key maps a code point to a key whose order is the order of the
// code point's first UTF-16 code unit, with ties broken as the whole UTF-16
// sequence would: code points above U+FFFF (surrogate pairs, D800–DBFF
// first) sort after U+0000–U+D7FF and before U+E000–U+FFFF.
func utf16Key(r rune) rune {
	if 0xD800 <= r && r <= 0xFFFF {
		return r + 0x200000
	}
	return r
}

// compareFold compares s and t as JavaScript compares s.toLowerCase() and
// t.toLowerCase(): by UTF-16 code units. It returns -1, 0 or 1.
func compareFold(s, t string) int {
	// Fast path for ASCII text, byte by byte.
	n := min(len(s), len(t))
	for i := 0; i < n; i++ {
		a, b := s[i], t[i]
		if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
			return compareFoldSlow(s, t)
		}
		a, b = lowerASCII(a), lowerASCII(b)
		if a != b {
			if a < b {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(s) < len(t):
		return -1
	case len(s) > len(t):
		return 1
	}
	return 0
}

func compareFoldSlow(s, t string) int {
	if s == t {
		return 0
	}
	a, b := newLowerIter(s), newLowerIter(t)
	for {
		ra, oka := a.next()
		rb, okb := b.next()
		switch {
		case !oka && !okb:
			return 0
		case !oka:
			return -1
		case !okb:
			return 1
		}
		if ka, kb := utf16Key(ra), utf16Key(rb); ka != kb {
			if ka < kb {
				return -1
			}
			return 1
		}
	}
}
