package editor

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tsumiki/blocks"
)

// ProcPartKind is what a part of a custom block is.
type ProcPartKind int

// The parts of a custom block, as Scratch's "Make a Block" dialog adds them.
const (
	ProcLabel   ProcPartKind = iota // words
	ProcNumber                      // a round input that takes a number (%n)
	ProcText                        // a round input that takes text (%s)
	ProcBoolean                     // a hexagonal input (%b)
)

// ProcPart is one part of a custom block: words, or an input with its name.
type ProcPart struct {
	Kind ProcPartKind
	Text string // the words, or the input's name
}

// ProcSpec is a custom block as the "Make a Block" dialog describes it: its parts left to
// right, and whether it runs without screen refresh.
type ProcSpec struct {
	Parts []ProcPart
	Warp  bool
}

// proc turns the spec into the file's Proc: the words and placeholders joined by spaces, and
// the inputs' names. Words are trimmed; empty words are left out.
func (s ProcSpec) proc() (*blocks.Proc, error) {
	var code []string
	pr := &blocks.Proc{Warp: s.Warp}
	for _, part := range s.Parts {
		t := strings.Join(strings.Fields(part.Text), " ")
		if part.Kind == ProcLabel {
			if t == "" {
				continue
			}
			for _, ph := range []string{"%n", "%s", "%b"} {
				if strings.Contains(t, ph) {
					return nil, newError(msgProcLabel, ph)
				}
			}
			code = append(code, t)
			continue
		}
		if t == "" || slices.Contains(pr.Params, t) {
			return nil, newError(msgParamName, t)
		}
		if utf8.RuneCountInString(t) > blocks.MaxNameLen {
			return nil, newError(msgNameLong, blocks.MaxNameLen)
		}
		pr.Params = append(pr.Params, t)
		code = append(code, map[ProcPartKind]string{ProcNumber: "%n", ProcText: "%s", ProcBoolean: "%b"}[part.Kind])
	}
	pr.Code = strings.Join(code, " ")
	switch {
	case pr.Code == "":
		return nil, newError(msgProcEmpty)
	case len(pr.Params) > blocks.MaxParams:
		return nil, newError(msgProcParams, blocks.MaxParams)
	case utf8.RuneCountInString(pr.Code) > blocks.MaxTextLen:
		return nil, newError(msgTextLong, blocks.MaxTextLen)
	}
	return pr, nil
}

// specOf is the spec a Proc was made from.
func specOf(pr *blocks.Proc) ProcSpec {
	s := ProcSpec{Warp: pr.Warp}
	for _, t := range procTokens(pr.Code) {
		if !t.slot {
			s.Parts = append(s.Parts, ProcPart{Kind: ProcLabel, Text: t.text})
			continue
		}
		k := ProcText
		switch t.kind {
		case blocks.NumberInput:
			k = ProcNumber
		case blocks.BoolInput:
			k = ProcBoolean
		}
		name := ""
		if t.param < len(pr.Params) {
			name = pr.Params[t.param]
		}
		s.Parts = append(s.Parts, ProcPart{Kind: k, Text: name})
	}
	return s
}

// findDef returns the definition of the target's custom block code, and its script's index.
func (w *Workspace) findDef(code string) (*blocks.Block, int) {
	for i, sc := range w.cur.scripts {
		if def := sc.Blocks[0]; def.Opcode == "procedures_definition" && def.Proc != nil && def.Proc.Code == code {
			return def, i
		}
	}
	return nil, -1
}

// MakeBlock defines a custom block for the target being edited, as Scratch's "Make a Block"
// does: a new script holding only the definition's hat, put in a free place at the left of
// the script area where it overlaps no other script. The palette's My Blocks then offers a
// call of it. It returns the definition's id. A block whose words and inputs are those of
// one the target has already is refused, as are inputs without a name or with the same name.
func (w *Workspace) MakeBlock(spec ProcSpec) (string, error) {
	if err := w.settle(); err != nil {
		return "", err
	}
	pr, err := spec.proc()
	if err != nil {
		return "", err
	}
	if def, _ := w.findDef(pr.Code); def != nil {
		return "", newError(msgProcExists, procWords(pr.Code))
	}
	def := &blocks.Block{Opcode: "procedures_definition", Proc: pr}
	run := []*blocks.Block{def}
	l := w.layouter().layout([]stackAt{{index: -1, blocks: run}})
	at := w.freeSpot(l.Bounds)
	w.newIDs(run)
	if err := w.commit(w.cur.addScript(-1, at, run)); err != nil {
		return "", err
	}
	return def.ID, nil
}

// ProcSpecOf returns the spec of the custom block that definition defID defines, for the
// dialog that edits it.
func (w *Workspace) ProcSpecOf(defID string) (ProcSpec, error) {
	b, _, ok := w.cur.find(defID)
	if !ok {
		return ProcSpec{}, newError(msgNoBlock, defID)
	}
	if b.Opcode != "procedures_definition" || b.Proc == nil {
		return ProcSpec{}, newError(msgNotDef, defID)
	}
	return specOf(b.Proc), nil
}

// EditBlock changes the custom block that definition defID defines to spec, as Scratch's
// "Edit" of a definition does: the definition and every call of it in the target change
// with it. An input keeps its place in the calls when its name stays, and what is in it
// while it stays hexagonal or round; a new input is empty; the reporters of an input that
// goes (or changes between hexagonal and round) leave the definition's script.
func (w *Workspace) EditBlock(defID string, spec ProcSpec) error {
	if err := w.settle(); err != nil {
		return err
	}
	def, _, ok := w.cur.find(defID)
	if !ok {
		return newError(msgNoBlock, defID)
	}
	if def.Opcode != "procedures_definition" || def.Proc == nil {
		return newError(msgNotDef, defID)
	}
	pr, err := spec.proc()
	if err != nil {
		return err
	}
	old := def.Proc
	if pr.Code != old.Code {
		if other, _ := w.findDef(pr.Code); other != nil {
			return newError(msgProcExists, procWords(pr.Code))
		}
	}
	if pr.Code == old.Code && pr.Warp == old.Warp && slices.Equal(pr.Params, old.Params) {
		return nil
	}
	isBool := func(p *blocks.Proc) map[string]bool {
		m := map[string]bool{}
		kinds := p.ParamKinds()
		for i, n := range p.Params {
			m[n] = i < len(kinds) && kinds[i] == 'b'
		}
		return m
	}
	was, now := isBool(old), isBool(pr)
	kept := func(name string) bool { b, ok := now[name]; return ok && b == was[name] }
	r := &rewriter{empty: w.emptyIn(w.target), block: func(b *blocks.Block) (*blocks.Block, bool) {
		switch {
		case b.ID == defID:
			c := clone(b)
			c.Proc = pr
			return c, false
		case b.Opcode == "procedures_call" && b.Proc != nil && b.Proc.Code == old.Code:
			c := clone(b)
			c.Proc = &blocks.Proc{Code: pr.Code}
			c.Inputs = nil
			for _, name := range pr.Params {
				if in := b.Inputs[name]; in != nil && kept(name) {
					setInput(c, name, in)
				} else if !now[name] {
					v := blocks.TextValue("")
					setInput(c, name, &blocks.Input{Literal: &v})
				}
			}
			return c, false
		}
		return b, false
	}}
	_, i := w.findDef(old.Code)
	scripts, _ := r.scripts(w.cur.scripts)
	// The parameters' reporters live only in the definition's script.
	params := &rewriter{empty: w.emptyIn(w.target), block: func(b *blocks.Block) (*blocks.Block, bool) {
		if b.Opcode == "argument_reporter_string_number" || b.Opcode == "argument_reporter_boolean" {
			return b, !kept(b.Fields["VALUE"])
		}
		return b, false
	}}
	if bs, changed := params.stack(scripts[i].Blocks); changed {
		scripts[i].Blocks = bs // scripts is a copy of its own: r changed the definition
	}
	return w.commit(state{scripts: scripts})
}

// procWords is a custom block's code as a child reads it: its inputs as "( )", or "< >" for
// a hexagonal one.
func procWords(code string) string {
	return strings.NewReplacer("%n", "( )", "%s", "( )", "%b", "< >").Replace(code)
}
