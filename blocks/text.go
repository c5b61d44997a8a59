package blocks

import "fmt"

// Lang is a language the app speaks.
type Lang int

// The languages: English, Japanese with kanji, and Japanese in hiragana only for children who
// do not read kanji yet.
const (
	English Lang = iota
	Japanese
	Hiragana
)

// ParseLang reads a language tag: "en", "ja" or "ja-Hira".
func ParseLang(tag string) (Lang, bool) {
	switch tag {
	case "en", "":
		return English, true
	case "ja":
		return Japanese, true
	case "ja-Hira", "ja-hira", "hira":
		return Hiragana, true
	}
	return English, false
}

// String returns the language tag.
func (l Lang) String() string {
	switch l {
	case Japanese:
		return "ja"
	case Hiragana:
		return "ja-Hira"
	}
	return "en"
}

// Text is one piece of text in every language.
type Text struct {
	En, Ja, Hira string
}

// In returns the text in lang, falling back to Japanese for hiragana and to English otherwise.
func (t Text) In(lang Lang) string {
	switch lang {
	case Hiragana:
		if t.Hira != "" {
			return t.Hira
		}
		fallthrough
	case Japanese:
		if t.Ja != "" {
			return t.Ja
		}
	}
	return t.En
}

// Format fills the text's verbs (as fmt does) in lang.
func (t Text) Format(lang Lang, args ...any) string {
	return fmt.Sprintf(t.In(lang), args...)
}

// NewText returns a Text from its English, Japanese and hiragana forms.
func NewText(en, ja, hira string) Text { return Text{En: en, Ja: ja, Hira: hira} }
