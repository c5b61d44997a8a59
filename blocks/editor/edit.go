package editor

import (
	"strings"
	"unicode/utf8"

	"tsumiki/blocks"
	"tsumiki/blocks/value"
)

// slotKind returns the kind of b's input name, and whether b has one.
func (w *Workspace) slotKind(b *blocks.Block, name string) (blocks.InputSpec, bool) {
	if b.Opcode == "procedures_call" {
		k, ok := w.paramKind(b, name)
		return blocks.InputSpec{Name: name, Kind: k}, ok
	}
	d := blocks.Lookup(b.Opcode)
	if d == nil || d.InputSpec(name) == nil {
		return blocks.InputSpec{}, false
	}
	return *d.InputSpec(name), true
}

// SetLiteral sets what is typed in a slot of block id: a number, text or colour slot.
//
// A number slot takes only text that reads as a number (as JavaScript's Number reads it) or
// nothing, and keeps it as typed: "007" stays "007". Full-width digits, point and minus, as a
// Japanese keyboard types them, count as their ASCII forms. A colour slot takes "#rrggbb". A
// slot that holds a reporter, a hexagonal slot and a menu slot (see SetField) take no typing.
func (w *Workspace) SetLiteral(id, input, text string) error {
	if w.drag != nil {
		return newError(msgBusy)
	}
	b, _, ok := w.cur.find(id)
	if !ok {
		return newError(msgNoBlock, id)
	}
	spec, ok := w.slotKind(b, input)
	if !ok || spec.Kind == blocks.BoolInput || spec.Kind == blocks.MenuInput {
		return newError(msgNoSlot, input)
	}
	if in := b.Inputs[input]; in != nil && in.Block != nil {
		return newError(msgFilled, input)
	}
	var v blocks.Value
	switch spec.Kind {
	case blocks.NumberInput:
		text = asciiNumber(text)
		if _, ok := value.ParseNumber(text); !ok && text != "" {
			return newError(msgNotNumber, text)
		}
		v = numberLiteral(text)
	case blocks.ColorInput:
		text = strings.ToLower(strings.TrimSpace(text))
		if !isColor(text) {
			return newError(msgNotColor, text)
		}
		v = blocks.TextValue(text)
	default:
		v = blocks.TextValue(text)
	}
	if in := b.Inputs[input]; in != nil && in.Literal != nil && *in.Literal == v {
		return nil
	}
	c := clone(b)
	setInput(c, input, &blocks.Input{Literal: &v})
	return w.commit(w.cur.replace(id, c))
}

// SetField chooses the value of a dropdown of block id: a field, or a menu slot that holds
// no reporter. The value must be one of Choices. Choosing "stop all" or "stop this script"
// on a stop block with blocks under it moves those blocks into a script of their own beside
// it, as Scratch does; asking "( ) of" another sprite or the stage picks a property it has.
func (w *Workspace) SetField(id, name, val string) error {
	if w.drag != nil {
		return newError(msgBusy)
	}
	b, l, ok := w.cur.find(id)
	if !ok {
		return newError(msgNoBlock, id)
	}
	menu, opts, ok := menuOf(b, name)
	if !ok {
		return newError(msgNoMenu, name)
	}
	if !hasChoice(w.menuChoices(w.cur, b, menu, opts), val) {
		return newError(msgNotChoice, val)
	}
	c := clone(b)
	d := blocks.Lookup(b.Opcode)
	if d.FieldSpec(name) != nil {
		if b.Fields[name] == val {
			return nil
		}
		if c.Fields == nil {
			c.Fields = make(map[string]string)
		}
		c.Fields[name] = val
	} else {
		if in := b.Inputs[name]; in != nil && in.Block != nil {
			return newError(msgFilled, name)
		} else if in != nil && in.Literal != nil && in.Literal.Text == val {
			return nil
		}
		v := blocks.TextValue(val)
		setInput(c, name, &blocks.Input{Literal: &v})
	}
	if c.Opcode == "sensing_of" && name == "OBJECT" {
		if cs := w.propertyChoices(c, d.FieldSpec("PROPERTY").Options); !hasChoice(cs, c.Fields["PROPERTY"]) && len(cs) > 0 {
			c.Fields["PROPERTY"] = cs[0].Value
		}
	}
	next := w.cur.replace(id, c)
	if c.Opcode == "control_stop" && !canHaveNext(c, d) && l.index >= 0 {
		next = w.splitAfter(next, c.ID)
	}
	return w.commit(next)
}

// splitAfter moves the blocks under block id into a new script beside it.
func (w *Workspace) splitAfter(s state, id string) state {
	_, l, _ := s.find(id)
	var stack []*blocks.Block
	if l.parent == nil {
		stack = s.scripts[l.script].Blocks
	} else {
		stack = l.parent.Stacks[l.name]
	}
	tail := stack[l.index+1:]
	if len(tail) == 0 {
		return s
	}
	at := Point{s.scripts[l.script].X, s.scripts[l.script].Y}
	if box := w.Layout().Box(id); box != nil {
		at = Point{box.Rect.X + w.m.MinStackW, box.Rect.Y + box.Rect.H + w.m.MinStackH} // below, to the right
	}
	s = s.withStack(l.script, l.parent, l.name, func(st []*blocks.Block) []*blocks.Block {
		return concat(st[:l.index+1])
	})
	return s.addScript(-1, at, tail)
}

// asciiNumber reads full-width digits, point, plus and minus as ASCII, and the minus sign
// (U+2212) and the long vowel mark an IME may give for a hyphen as '-'.
func asciiNumber(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + r - '０'
		case r == '．':
			return '.'
		case r == '－', r == '−', r == 'ー':
			return '-'
		case r == '＋':
			return '+'
		case r == 'ｅ':
			return 'e'
		case r == 'Ｅ':
			return 'E'
		}
		return r
	}, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isColor reports whether s is a colour as the file keeps it: "#rrggbb".
func isColor(s string) bool {
	if len(s) != 7 || s[0] != '#' {
		return false
	}
	for i := 1; i < 7; i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
