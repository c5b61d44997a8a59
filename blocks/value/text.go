package value

import (
	"bytes"
	"unicode/utf8"
)

// Length is the length block: the number of characters (Unicode code
// points) in s, not bytes: Length("にほんご") is 4.
func Length(s string) int {
	return utf8.RuneCountInString(s)
}

// LetterOf is the letter-of block: character i of s, counting from 1, or ""
// when i is out of range.
//
// Scratch truncates a fractional position toward zero (letter 1.5 of "abc"
// is "a", letter 0.5 is ""), so a caller holding a number f passes
// int(math.Trunc(f)) after checking that f is within the int range.
func LetterOf(s string, i int) string {
	if i < 1 || i > len(s) {
		return ""
	}
	for pos := range s {
		i--
		if i == 0 {
			_, size := utf8.DecodeRuneInString(s[pos:])
			return s[pos : pos+size]
		}
	}
	return ""
}

// Contains is the contains block: whether sub occurs in s, literally and
// without regard to case (both lower-cased as JavaScript's toLowerCase
// does). It uses no patterns: "." matches only a full stop. Every s
// contains "".
func Contains(s, sub string) bool {
	if isASCII(s) && isASCII(sub) {
		return containsFoldASCII(s, sub)
	}
	var b1, b2 [128]byte
	return bytes.Contains(appendLower(b1[:0], s), appendLower(b2[:0], sub))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether sub occurs in s, ignoring the case of
// ASCII letters.
func containsFoldASCII(s, sub string) bool {
	n := len(sub)
	if n == 0 {
		return true
	}
	first := lowerASCII(sub[0])
	for i := 0; i+n <= len(s); i++ {
		if lowerASCII(s[i]) == first && equalFoldASCII(s[i:i+n], sub) {
			return true
		}
	}
	return false
}
