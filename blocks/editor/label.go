package editor

import (
	"strings"

	"tsumiki/blocks"
)

// optionLabel is the label of the option with value v in lang, or v itself.
func optionLabel(opts []blocks.Option, v string, lang blocks.Lang) string {
	for _, o := range opts {
		if o.Value == v {
			return o.Label.In(lang)
		}
	}
	return v
}

// token is a piece of a label: words, or a slot's name (without its %).
type token struct {
	text  string
	slot  bool
	kind  blocks.Kind // for a custom block's parameter
	param int         // for a custom block's parameter: its number, from 0
}

// tokens splits a label into words and %NAME slots. A % not followed by a name is a word.
func tokens(label string) []token {
	var toks []token
	start := 0
	flush := func(end int) {
		if s := strings.TrimSpace(label[start:end]); s != "" {
			toks = append(toks, token{text: s})
		}
	}
	for i := 0; i < len(label); i++ {
		if label[i] != '%' || i+1 >= len(label) || !isNameByte(label[i+1]) {
			continue
		}
		flush(i)
		j := i + 1
		for j < len(label) && isNameByte(label[j]) {
			j++
		}
		toks = append(toks, token{text: label[i+1 : j], slot: true})
		start, i = j, j-1
	}
	flush(len(label))
	return toks
}

// procTokens splits a custom block's code into words and its %n, %s and %b parameters.
func procTokens(code string) []token {
	var toks []token
	start, n := 0, 0
	for i := 0; i+1 < len(code); i++ {
		if code[i] != '%' {
			continue
		}
		var kind blocks.Kind
		switch code[i+1] {
		case 'n':
			kind = blocks.NumberInput
		case 's':
			kind = blocks.TextInput
		case 'b':
			kind = blocks.BoolInput
		default:
			continue
		}
		if s := strings.TrimSpace(code[start:i]); s != "" {
			toks = append(toks, token{text: s})
		}
		toks = append(toks, token{slot: true, kind: kind, param: n})
		n++
		start = i + 2
		i++
	}
	if s := strings.TrimSpace(code[start:]); s != "" {
		toks = append(toks, token{text: s})
	}
	return toks
}

func isNameByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
