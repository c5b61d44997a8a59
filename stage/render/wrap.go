package render

import (
	"strings"
	"unicode"
)

// wrapText breaks text into lines no wider than maxWidth, as scratch-render's TextWrapper
// does: it adds words to a line while the line fits, starts a new line with a word that
// does not, and cuts a word wider than a whole line between characters. A newline always
// ends a line. A word keeps the spaces after it, so they count toward a line's width, as in
// Scratch.
//
// Words end where Unicode's line breaking rules (UAX #14) allow a break, simplified: after
// spaces, and around kana and kanji, except before closing brackets, Japanese punctuation,
// small kana and the long-vowel mark, and after opening brackets. So Japanese wraps between
// characters without starting a line with 。 or ッ.
func wrapText(text string, maxWidth float64, measure func(string) float64) []string {
	var lines []string
	var line strings.Builder
	have := false // whether line holds a line in progress (it may be empty text)
	for _, w := range words(text) {
		word := strings.TrimRight(w.text, "\r\n")
		proposed := line.String() + word
		switch {
		case measure(proposed) <= maxWidth:
			line.Reset()
			line.WriteString(proposed)
			have = true
		case measure(word) > maxWidth:
			// Too wide even alone: take it a character (cluster) at a time.
			for _, cl := range clusters(word) {
				proposed := line.String() + cl
				if !have || measure(proposed) <= maxWidth {
					line.Reset()
					line.WriteString(proposed)
					have = true
					continue
				}
				lines = append(lines, line.String())
				line.Reset()
				line.WriteString(cl)
			}
		default:
			if have {
				lines = append(lines, line.String())
			}
			line.Reset()
			line.WriteString(word)
			have = true
		}
		if w.mandatory {
			if have {
				lines = append(lines, line.String())
			}
			line.Reset()
			have = false
		}
	}
	if line.Len() > 0 || len(lines) == 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// word is a piece of text between two break opportunities. mandatory is true when it ends in
// a newline.
type word struct {
	text      string
	mandatory bool
}

// words splits text at its break opportunities.
func words(text string) []word {
	var out []word
	start := 0
	var prev rune = -1
	for i, r := range text {
		if prev >= 0 {
			if isNewline(prev) && !(prev == '\r' && r == '\n') {
				out = append(out, word{text[start:i], true})
				start = i
			} else if canBreak(prev, r) {
				out = append(out, word{text[start:i], false})
				start = i
			}
		}
		prev = r
	}
	if start < len(text) {
		out = append(out, word{text[start:], isNewline(prev)})
	}
	return out
}

func isNewline(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// canBreak reports whether a line may break between a and b (neither a newline before b).
func canBreak(a, b rune) bool {
	switch {
	case unicode.IsSpace(b) || isNewline(b) || unicode.In(b, unicode.Mn, unicode.Me) || isJoiner(b):
		return false // spaces and marks stay with what is before them
	case isJoiner(a):
		return false
	case unicode.IsSpace(a):
		return true
	case isClosing(b):
		return false
	case isOpening(a):
		return false
	}
	return isIdeographic(a) || isIdeographic(b)
}

// isJoiner reports whether r glues the characters around it into one (zero width joiner,
// variation selectors).
func isJoiner(r rune) bool {
	return r == '\u200d' || (r >= '\ufe00' && r <= '\ufe0f') || (r >= 0xe0100 && r <= 0xe01ef)
}

// isIdeographic reports whether lines may break around r: kanji, kana, Japanese symbols,
// full-width forms and emoji.
func isIdeographic(r rune) bool {
	switch {
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
		return true
	case r >= 0x3000 && r <= 0x303f, // CJK symbols and punctuation
		r >= 0xff01 && r <= 0xff60, // full-width forms
		r >= 0xffe0 && r <= 0xffe6,
		r >= 0x1f300 && r <= 0x1faff, // emoji
		r >= 0x2600 && r <= 0x27bf:
		return true
	}
	return false
}

// closing lists what may not start a line: closing brackets and punctuation, Japanese small
// kana, iteration and long-vowel marks, and marks that end a sentence.
const closing = ")]}>»、。，．,.:;!?‼⁇⁈⁉・：；！？ー～〜ゝゞヽヾ々〻" +
	"」』）］｝〕〉》】〙〗〟’”｠" +
	"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" +
	"ｧｨｩｪｫｯｬｭｮｰ"

// opening lists what may not end a line: opening brackets.
const opening = "([{<«「『（［｛〔〈《【〘〖〝‘“｟"

func isClosing(r rune) bool { return strings.ContainsRune(closing, r) }
func isOpening(r rune) bool { return strings.ContainsRune(opening, r) }

// clusters splits text into user-perceived characters: a character with the marks, joiners
// and variation selectors that follow it.
func clusters(text string) []string {
	var out []string
	start := 0
	glue := false
	for i, r := range text {
		if i > start && !glue && !unicode.In(r, unicode.Mn, unicode.Me) && !isJoiner(r) {
			out = append(out, text[start:i])
			start = i
		}
		glue = r == '\u200d'
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}
