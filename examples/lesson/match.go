package lesson

import (
	"maps"
	"slices"
	"strings"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/value"
)

// maxSites bounds the blocks one search visits, so that custom blocks that call each other
// many times over stay cheap to search.
const maxSites = 20_000

// FoundIn reports whether a block matching p is in the scripts of target in proj: a sprite's
// name, blocks.StageName, or "" for every target. Loose stacks count too; to ask for blocks
// that run, put p in the Below of a hat.
func (p *Pattern) FoundIn(proj *blocks.Project, target string) bool {
	for _, c := range targets(proj, target) {
		s := newSearcher(c)
		for _, sc := range c.Scripts {
			for _, st := range s.sites(sc.Blocks, make(map[string]bool), nil) {
				if s.match(st.b, st.rest, p) {
					return true
				}
			}
		}
	}
	return false
}

// targets returns the contents of the named target, of every target for "", or none when
// there is no such target.
func targets(p *blocks.Project, name string) []*blocks.Contents {
	var out []*blocks.Contents
	if name == "" || name == blocks.StageName {
		out = append(out, &p.Stage.Contents)
	}
	for i := range p.Sprites {
		if name == "" || p.Sprites[i].Name == name {
			out = append(out, &p.Sprites[i].Contents)
		}
	}
	return out
}

// searcher looks for patterns in one target's scripts.
type searcher struct {
	procs map[string][]*blocks.Block // the target's custom blocks: the blocks under each definition
}

func newSearcher(c *blocks.Contents) *searcher {
	s := &searcher{procs: make(map[string][]*blocks.Block)}
	for _, sc := range c.Scripts {
		if len(sc.Blocks) > 0 && sc.Blocks[0].Opcode == "procedures_definition" && sc.Blocks[0].Proc != nil {
			s.procs[sc.Blocks[0].Proc.Code] = sc.Blocks[1:]
		}
	}
	return s
}

// site is a block where a pattern may match, with the blocks under it in its stack.
type site struct {
	b    *blocks.Block
	rest []*blocks.Block
}

// sites appends every block in stack and everything in them, in the order they run: a block,
// the reporters in its inputs, the stacks inside it and, for a custom block's call, the
// blocks of its definition (once per search: seen holds those already entered).
func (s *searcher) sites(stack []*blocks.Block, seen map[string]bool, dst []site) []site {
	for i, b := range stack {
		dst = s.sitesOf(b, stack[i+1:], seen, dst)
	}
	return dst
}

func (s *searcher) sitesOf(b *blocks.Block, rest []*blocks.Block, seen map[string]bool, dst []site) []site {
	if b == nil || len(dst) >= maxSites {
		return dst
	}
	dst = append(dst, site{b, rest})
	for _, name := range slices.Sorted(maps.Keys(b.Inputs)) {
		if in := b.Inputs[name]; in != nil && in.Block != nil {
			dst = s.sitesOf(in.Block, nil, seen, dst)
		}
	}
	return s.inner(b, seen, dst)
}

// inner appends the sites inside b: its stacks, and the definition of the custom block it
// calls.
func (s *searcher) inner(b *blocks.Block, seen map[string]bool, dst []site) []site {
	for _, name := range []string{"SUBSTACK", "SUBSTACK2"} {
		dst = s.sites(b.Stacks[name], seen, dst)
	}
	if b.Opcode == "procedures_call" && b.Proc != nil && !seen[b.Proc.Code] {
		seen[b.Proc.Code] = true
		dst = s.sites(s.procs[b.Proc.Code], seen, dst)
	}
	return dst
}

// match reports whether b, with rest under it, matches p.
func (s *searcher) match(b *blocks.Block, rest []*blocks.Block, p *Pattern) bool {
	if b.Opcode != p.Opcode {
		return false
	}
	for name, t := range p.Fields {
		v, ok := b.Fields[name]
		if !ok || !t.holds(lua.LString(v)) {
			return false
		}
	}
	for name, want := range p.Inputs {
		in := b.Inputs[name]
		switch {
		case in == nil:
			return false
		case want.Block != nil:
			if in.Block == nil || !s.match(in.Block, nil, want.Block) {
				return false
			}
		case in.Literal == nil || !want.Test.holds(luaValue(*in.Literal)):
			return false
		}
	}
	if len(p.Inside) > 0 {
		seen := make(map[string]bool)
		inside := s.inner(b, seen, nil)
		if b.Opcode == "procedures_definition" {
			inside = s.sites(rest, seen, inside)
		}
		for _, q := range p.Inside {
			if !slices.ContainsFunc(inside, func(st site) bool { return s.match(st.b, st.rest, q) }) {
				return false
			}
		}
	}
	if len(p.Below) > 0 {
		below := s.sites(rest, make(map[string]bool), nil)
		i := 0
		for _, q := range p.Below {
			for i < len(below) && !s.match(below[i].b, below[i].rest, q) {
				i++
			}
			if i == len(below) {
				return false
			}
			i++
		}
	}
	return true
}

// words describes p in lang, for saying what is missing.
func (p *Pattern) words(lang blocks.Lang) string {
	w := wordQuoted.Format(lang, blocks.Describe(p.example(), lang))
	if len(p.Inside) > 0 {
		w = wordInside.Format(lang, w, patternList(p.Inside, lang))
	}
	if len(p.Below) > 0 {
		w = wordBelow.Format(lang, w, patternList(p.Below, lang))
	}
	return w
}

func patternList(ps []*Pattern, lang blocks.Lang) string {
	words := make([]string, len(ps))
	for i, p := range ps {
		words[i] = p.words(lang)
	}
	return strings.Join(words, wordComma.In(lang))
}

// example returns a block as p describes it, with what p says its fields and inputs equal,
// to name it in words.
func (p *Pattern) example() *blocks.Block {
	b := &blocks.Block{Opcode: p.Opcode}
	for name, t := range p.Fields {
		if v := equalTo(t); len(v) > 0 {
			if b.Fields == nil {
				b.Fields = make(map[string]string)
			}
			b.Fields[name] = v[0]
		}
	}
	for name, in := range p.Inputs {
		for _, c := range in.Test {
			if c.Op == "=" {
				v := c.Value
				setInput(b, name, &blocks.Input{Literal: &v})
				break
			}
		}
	}
	return b
}

// luaValue turns a literal into the value the runtime would hold.
func luaValue(v blocks.Value) lua.LValue {
	if v.IsNumber {
		if f, ok := value.ParseNumber(v.Text); ok {
			return lua.LNumber(f)
		}
	}
	return lua.LString(v.Text)
}

// holds reports whether v passes every condition of t.
func (t Test) holds(v lua.LValue) bool {
	for _, c := range t {
		var ok bool
		if c.Op == "contains" {
			ok = strings.Contains(strings.ToLower(value.ToString(v)), strings.ToLower(c.Value.Text))
		} else {
			n := value.Compare(v, luaValue(c.Value))
			switch c.Op {
			case "=":
				ok = n == 0
			case "!=":
				ok = n != 0
			case "<":
				ok = n < 0
			case "<=":
				ok = n <= 0
			case ">":
				ok = n > 0
			case ">=":
				ok = n >= 0
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// words describes t in every language, as "more than 100 and 200 or less".
func (t Test) words() blocks.Text {
	var out [3][]string
	for _, c := range t {
		for _, o := range ops {
			if o.op != c.Op {
				continue
			}
			for lang := range out {
				l := blocks.Lang(lang)
				out[lang] = append(out[lang], o.words.Format(l, shown(c.Value, l)))
			}
		}
	}
	return blocks.Text{
		En:   strings.Join(out[blocks.English], wordAnd.In(blocks.English)),
		Ja:   strings.Join(out[blocks.Japanese], wordAnd.In(blocks.Japanese)),
		Hira: strings.Join(out[blocks.Hiragana], wordAnd.In(blocks.Hiragana)),
	}
}

// shown is a value as a message shows it: a number as it is, text in quotes.
func shown(v blocks.Value, lang blocks.Lang) string {
	if v.IsNumber {
		return v.Text
	}
	return wordQuoted.Format(lang, v.Text)
}
