package editor

import (
	"tsumiki/blocks"
)

// template returns a new block of d, without an id, as the palette offers it: the catalog's
// default in every slot, the first choice of every dropdown (a variable menu names an
// existing variable). It fails when the target lacks what the block needs: a variable, a
// list, a costume, a sound, a backdrop or a message.
func (w *Workspace) template(d *blocks.Def) (*blocks.Block, error) {
	b := &blocks.Block{Opcode: d.Opcode}
	for _, in := range d.Inputs {
		lit, err := w.defaultLiteral(b, in)
		if err != nil {
			return nil, err
		}
		if lit != nil {
			setInput(b, in.Name, &blocks.Input{Literal: lit})
		}
	}
	for _, f := range d.Fields {
		cs := w.menuChoices(w.cur, b, f.Menu, f.Options)
		if len(cs) == 0 {
			return nil, newError(msgNeeds, menuNeed(f.Menu))
		}
		if b.Fields == nil {
			b.Fields = make(map[string]string)
		}
		b.Fields[f.Name] = cs[0].Value
	}
	return b, nil
}

// callTemplate returns a new call of the custom block that def defines, with its number and
// text slots empty.
func callTemplate(def *blocks.Block) *blocks.Block {
	b := &blocks.Block{Opcode: "procedures_call", Proc: &blocks.Proc{Code: def.Proc.Code}}
	for i, k := range def.Proc.ParamKinds() {
		if i < len(def.Proc.Params) && k != 'b' {
			v := blocks.TextValue("")
			setInput(b, def.Proc.Params[i], &blocks.Input{Literal: &v})
		}
	}
	return b
}

// defaultLiteral is what a new block holds in a slot: the catalog's default, or for a menu
// without a usable one its first choice. A hexagonal slot holds nothing.
func (w *Workspace) defaultLiteral(b *blocks.Block, in blocks.InputSpec) (*blocks.Value, error) {
	var v blocks.Value
	switch in.Kind {
	case blocks.BoolInput:
		return nil, nil
	case blocks.NumberInput:
		v = numberLiteral(in.Default)
	case blocks.MenuInput:
		cs := w.menuChoices(w.cur, b, in.Menu, in.Options)
		def := in.Default
		if def == "" || !hasChoice(cs, def) {
			if len(cs) == 0 {
				return nil, newError(msgNeeds, menuNeed(in.Menu))
			}
			def = cs[0].Value
		}
		v = blocks.TextValue(def)
	default:
		v = blocks.TextValue(in.Default)
	}
	return &v, nil
}

// emptyLiteral is what a slot of a block in the project holds again when the reporter in it
// is taken out: the catalog's default (nothing, for a hexagonal slot).
func (w *Workspace) emptyLiteral(b *blocks.Block, name string) *blocks.Input {
	d := blocks.Lookup(b.Opcode)
	spec := blocks.InputSpec{Name: name, Kind: blocks.TextInput}
	if d != nil && d.InputSpec(name) != nil {
		spec = *d.InputSpec(name)
	} else if k, ok := w.paramKind(b, name); ok {
		spec.Kind = k
	}
	lit, err := w.defaultLiteral(b, spec)
	if err != nil || lit == nil {
		return nil
	}
	return &blocks.Input{Literal: lit}
}

// paramKind returns the kind of a custom block call's parameter, from its definition.
func (w *Workspace) paramKind(b *blocks.Block, name string) (blocks.Kind, bool) {
	if b.Proc == nil {
		return 0, false
	}
	for _, sc := range w.cur.scripts {
		def := sc.Blocks[0]
		if def.Opcode != "procedures_definition" || def.Proc == nil || def.Proc.Code != b.Proc.Code {
			continue
		}
		kinds := def.Proc.ParamKinds()
		for i, p := range def.Proc.Params {
			if p == name && i < len(kinds) {
				switch kinds[i] {
				case 'n':
					return blocks.NumberInput, true
				case 'b':
					return blocks.BoolInput, true
				}
				return blocks.TextInput, true
			}
		}
	}
	return 0, false
}

// menuNeed names what a menu lists, for the message saying it is missing.
func menuNeed(m blocks.Menu) blocks.Text {
	switch m {
	case blocks.VariableOf:
		return blocks.NewText("a variable", "変数", "へんすう")
	case blocks.ListOf:
		return blocks.NewText("a list", "リスト", "リスト")
	case blocks.CostumeOf:
		return blocks.NewText("a costume", "コスチューム", "コスチューム")
	case blocks.BackdropOf:
		return blocks.NewText("a backdrop", "背景", "はいけい")
	case blocks.SoundOf:
		return blocks.NewText("a sound", "音", "おと")
	case blocks.SpriteOf:
		return blocks.NewText("another sprite", "ほかのスプライト", "ほかの スプライト")
	case blocks.MessageOf:
		return blocks.NewText("a message", "メッセージ", "メッセージ")
	case blocks.ParamOf:
		return blocks.NewText("a custom block with inputs", "入力のあるブロック定義", "にゅうりょくの ある ブロックていぎ")
	}
	return blocks.NewText("a choice", "選べるもの", "えらべる もの")
}

// numberLiteral is text typed into a number slot as the file keeps it: a JSON number when it
// is spelled as one, text otherwise ("", ".5", "1e"), so that saving and loading it again
// gives the same value.
func numberLiteral(text string) blocks.Value {
	if isJSONNumber(text) {
		return blocks.NumberValue(text)
	}
	return blocks.TextValue(text)
}

// isJSONNumber reports whether s is spelled as a JSON number: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
func isJSONNumber(s string) bool {
	i := 0
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}
