package compile

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Quote returns s as a Lua string literal that reads back as exactly the same bytes.
//
// Every project string reaches Lua only through Quote, Comment or a generated identifier. The
// literal is double-quoted; backslash and quote are escaped; every control byte (CR, LF and NUL
// included), DEL, every byte that is not valid UTF-8, and both square brackets are written as
// three-digit decimal escapes, so no bracket sequence, line break or comment opener can appear in
// the generated source. Other characters, Japanese included, stay as they are so a teacher can
// read them.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	writeEscaped(&b, s)
	b.WriteByte('"')
	return b.String()
}

// Comment returns s as the text of a one-line Lua comment: "-- " followed by s escaped as Quote
// escapes it. gopher-lua ends a "--" comment at CR as well as LF, so a raw line break in a
// comment would let the rest of the line run as code; escaped, it cannot.
func Comment(s string) string {
	var b strings.Builder
	b.WriteString("-- ")
	writeEscaped(&b, s)
	return b.String()
}

func writeEscaped(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\\':
				b.WriteString(`\\`)
			case c == '"':
				b.WriteString(`\"`)
			case c < 0x20 || c == 0x7f || c == '[' || c == ']':
				writeByteEscape(b, c)
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isLineBreakRune(r) {
			for j := 0; j < size; j++ {
				writeByteEscape(b, s[i+j])
			}
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
}

// isLineBreakRune reports the Unicode line and paragraph separators and NEL, which some
// editors show as line breaks. They are escaped so the source reads as it runs.
func isLineBreakRune(r rune) bool {
	return r == '\u0085' || r == '\u2028' || r == '\u2029'
}

func writeByteEscape(b *strings.Builder, c byte) {
	b.WriteByte('\\')
	d := strconv.Itoa(int(c))
	b.WriteString("000"[len(d):])
	b.WriteString(d)
}

// ident turns a name from the project into the readable part of a Lua identifier: ASCII
// letters, digits and underscores only, at most 24 of them. The caller adds a prefix and makes
// the whole unique, so the result never clashes with a keyword or a builtin.
func ident(name string) string {
	var b strings.Builder
	for _, r := range name {
		if b.Len() >= 24 {
			break
		}
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '_' || r == ' ' || r == '-':
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
		}
	}
	return strings.TrimSuffix(b.String(), "_")
}
