package autosave

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on a project's name. A Japanese character takes three bytes, so the byte limit keeps
// the longest file the folder writes (a temporary file of an autosave) under the 255 bytes
// every common file system allows.
const (
	MaxNameRunes = 64
	MaxNameBytes = 180
)

// ErrNoName is returned for a name with nothing left once cleaned.
var ErrNoName = errors.New("autosave: the project needs a name")

// CleanName turns what a child typed into a name safe to use as a file name on every system,
// or returns ErrNoName when nothing is left. It keeps letters of any script (Japanese names
// are fine), digits, spaces and punctuation, and:
//
//   - replaces path separators, the characters Windows forbids (: * ? " < > |), control
//     characters and text-direction controls with "_";
//   - drops a ".tsumiki" ending the child typed;
//   - makes runs of dots one dot, so the result never holds "..";
//   - trims spaces at both ends, dots at the start (so no hidden file, and no clash with the
//     folder's temporary files) and dots at the end (which Windows drops);
//   - cuts the name to MaxNameRunes characters and MaxNameBytes bytes;
//   - changes a ".autosave" ending to "_autosave", so no project's file is another's autosave;
//   - adds "_" to a name Windows reserves for devices (CON, NUL, COM1, …).
//
// CleanName(CleanName(s)) == CleanName(s).
func CleanName(name string) (string, error) {
	s := name
	for range 10 {
		prev := s
		s = cleanOnce(s)
		if s == prev {
			break
		}
	}
	if s == "" {
		return "", ErrNoName
	}
	return s, nil
}

func cleanOnce(s string) string {
	s = strings.ToValidUTF8(s, "_")
	s = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune(`/\:*?"<>|`, r), unicode.IsControl(r), isBidiControl(r):
			return '_'
		}
		return r
	}, s)
	for strings.Contains(s, "..") {
		s = strings.ReplaceAll(s, "..", ".")
	}
	s = trim(s)
	for hasSuffixFold(s, Ext) {
		s = trim(s[:len(s)-len(Ext)])
	}
	if hasSuffixFold(s, ".autosave") {
		s = s[:len(s)-len(".autosave")] + "_" + s[len(s)-len("autosave"):]
	}
	if isReserved(s) {
		i := strings.IndexByte(s, '.')
		if i < 0 {
			i = len(s)
		}
		s = s[:i] + "_" + s[i:]
	}
	// Cut to the limits on a rune boundary.
	n, cut := 0, len(s)
	for i, r := range s {
		if n == MaxNameRunes || i+utf8.RuneLen(r) > MaxNameBytes {
			cut = i
			break
		}
		n++
	}
	return trim(s[:cut])
}

func trim(s string) string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	s = strings.TrimLeft(s, ".")
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == '.' || unicode.IsSpace(r) })
	return strings.TrimFunc(s, unicode.IsSpace)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func isBidiControl(r rune) bool {
	return r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// isReserved reports whether Windows keeps the name (before any dot) for a device.
func isReserved(s string) bool {
	stem, _, _ := strings.Cut(s, ".")
	stem = strings.ToUpper(strings.TrimSpace(stem))
	switch stem {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	if len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) {
		return stem[3] >= '0' && stem[3] <= '9'
	}
	return false
}
