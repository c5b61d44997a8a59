package lesson

import (
	"cmp"
	"slices"
	"strings"

	"tsumiki/blocks"
)

// maxProblems is how many problems a lesson file reports before the rest are left unsaid.
const maxProblems = 20

// Problem is one thing wrong with a lesson file, with where it is, said for a facilitator in
// each language.
type Problem struct {
	File  string // the lesson file, or a project file it names
	Line  int    // 1-based line in File; 0 when the problem is about the whole file
	Col   int    // 1-based column, in characters
	Field string // the entry, as "steps[2].check.contains.opcode"; lists count from 1
	Msg   blocks.Text
	Args  []any

	off int // byte offset, until Line and Col are worked out from it
}

// Error returns the problem in English.
func (p *Problem) Error() string { return p.Localize(blocks.English) }

// Localize returns the problem in lang, prefixed with where it is.
func (p *Problem) Localize(lang blocks.Lang) string {
	var where []string
	if p.File != "" {
		where = append(where, p.File)
	}
	if p.Line > 0 {
		where = append(where, locLineCol.Format(lang, p.Line, p.Col))
	}
	sep := ", "
	if lang != blocks.English {
		sep = "、"
	}
	loc := strings.Join(where, sep)
	if p.Field != "" {
		loc += locField.Format(lang, p.Field)
	}
	msg := p.Msg.Format(lang, localizeArgs(p.Args, lang)...)
	if loc == "" {
		return msg
	}
	return loc + ": " + msg
}

// Unwrap returns the error the problem carries, as when a project does not load.
func (p *Problem) Unwrap() error {
	for _, a := range p.Args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// localizeArgs says every argument that can be said in each language in lang.
func localizeArgs(args []any, lang blocks.Lang) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch x := a.(type) {
		case blocks.Text:
			a = x.In(lang)
		case blocks.Localizer:
			a = x.Localize(lang)
		}
		out[i] = a
	}
	return out
}

// Problems is every problem found in one lesson file, in file order.
type Problems []*Problem

// Error lists the problems in English.
func (ps Problems) Error() string { return ps.Localize(blocks.English) }

// Localize lists the problems in lang, one a line.
func (ps Problems) Localize(lang blocks.Lang) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Localize(lang)
	}
	return strings.Join(lines, "\n")
}

// problems collects what is wrong with one file.
type problems struct {
	file string
	data []byte
	list Problems
}

// add records a problem at byte offset off of the file; a negative off is about the file.
func (ps *problems) add(off int, field string, msg blocks.Text, args ...any) {
	if len(ps.list) >= maxProblems {
		return
	}
	ps.list = append(ps.list, ps.place(&Problem{Field: field, Msg: msg, Args: args, off: off}))
}

// place fills in the file, line and column of p from its offset.
func (ps *problems) place(p *Problem) *Problem {
	p.File = ps.file
	if p.off >= 0 && p.Msg != msgEmpty {
		p.Line, p.Col = position(ps.data, p.off)
	}
	return p
}

// err returns the problems in file order, or nil when there are none.
func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	slices.SortStableFunc(ps.list, func(a, b *Problem) int { return cmp.Compare(a.off, b.off) })
	return ps.list
}

// say formats msg in every language, each argument said in the same language.
func say(msg blocks.Text, args ...any) blocks.Text {
	return blocks.Text{
		En:   msg.Format(blocks.English, localizeArgs(args, blocks.English)...),
		Ja:   msg.Format(blocks.Japanese, localizeArgs(args, blocks.Japanese)...),
		Hira: msg.Format(blocks.Hiragana, localizeArgs(args, blocks.Hiragana)...),
	}
}
