package compile

import "tsumiki/blocks"

// A template is a line of a block's Lua, split once into literal text and placeholders.
type template struct {
	parts    []part
	builtins []string // the runtime functions the line calls
}

type part struct {
	text  string // literal Lua, when sigil is 0
	sigil byte   // '$', '!', '#', '@' or '%'
	name  string // the input or field the placeholder names
}

// templates holds every line of every block's Lua, parsed once. It is never changed after
// the package starts.
var templates = parseTemplates()

func parseTemplates() map[string]*template {
	m := make(map[string]*template)
	for _, d := range blocks.All() {
		for _, src := range []string{d.Lua, d.LuaNum} {
			for _, line := range splitLines(src) {
				if _, ok := m[line]; !ok {
					m[line] = parseTemplate(line)
				}
			}
		}
	}
	return m
}

func splitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			lines = append(lines, s[start:i])
			start = i + 1
		}
	}
	return lines
}

func isUpperName(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' }

func isLowerName(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' }

// parseTemplate splits a line into parts and finds the builtins it calls: lower-case names
// followed by "(" outside string literals, other than Lua keywords.
func parseTemplate(line string) *template {
	t := &template{}
	lit := 0
	inString := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '"':
			inString = !inString
		case inString:
		case (c == '$' || c == '!' || c == '#' || c == '@' || c == '%') && i+1 < len(line) && line[i+1] >= 'A' && line[i+1] <= 'Z':
			j := i + 1
			for j < len(line) && isUpperName(line[j]) {
				j++
			}
			if lit < i {
				t.parts = append(t.parts, part{text: line[lit:i]})
			}
			t.parts = append(t.parts, part{sigil: c, name: line[i+1 : j]})
			lit = j
			i = j - 1
		case c == '(' && i > 0 && isLowerName(line[i-1]):
			j := i
			for j > 0 && isLowerName(line[j-1]) {
				j--
			}
			if name := line[j:i]; !luaKeyword[name] && (j == 0 || !isUpperName(line[j-1])) {
				t.builtins = append(t.builtins, name)
			}
		}
	}
	if lit < len(line) {
		t.parts = append(t.parts, part{text: line[lit:]})
	}
	return t
}

var luaKeyword = map[string]bool{"and": true, "or": true, "not": true, "function": true, "return": true,
	"if": true, "while": true, "then": true, "do": true, "end": true}
