package editor

import (
	"strings"
	"unicode/utf8"

	"tsumiki/blocks"
)

// Key is a key that acts on the slot being typed into.
type Key int

// The keys of typing.
const (
	KeyBackspace Key = iota // removes the last character, or everything before anything is typed
	KeyEnter                // sets the slot to what was typed
	KeyEscape               // leaves the slot as it was
)

// textEdit is typing in progress in a number or text slot.
type textEdit struct {
	id, input string
	text      string
	number    bool
	fresh     bool // nothing typed yet: the slot's text is selected, and typing replaces it
}

// StartEdit starts typing into a number or text slot of block id, as a tap on the slot does.
// The slot's text is selected, so that what is typed first replaces it. Until the typing
// ends the layout shows the slot with what has been typed.
func (w *Workspace) StartEdit(id, input string) error {
	if w.drag != nil {
		return newError(msgBusy)
	}
	if w.edit != nil {
		if err := w.EndEdit(); err != nil {
			w.CancelEdit()
		}
	}
	b, _, ok := w.cur.find(id)
	if !ok {
		return newError(msgNoBlock, id)
	}
	spec, ok := w.slotKind(b, input)
	if !ok || spec.Kind != blocks.NumberInput && spec.Kind != blocks.TextInput {
		return newError(msgNoSlot, input)
	}
	in := b.Inputs[input]
	if in != nil && in.Block != nil {
		return newError(msgFilled, input)
	}
	e := &textEdit{id: id, input: input, number: spec.Kind == blocks.NumberInput, fresh: true}
	if in != nil && in.Literal != nil {
		e.text = in.Literal.Text
	}
	w.edit = e
	w.layout = nil
	return nil
}

// Editing returns the slot being typed into and what it holds so far.
func (w *Workspace) Editing() (id, input, text string, ok bool) {
	if w.edit == nil {
		return "", "", "", false
	}
	return w.edit.id, w.edit.input, w.edit.text, true
}

// Type adds text typed (or committed by an input method) to the slot being typed into. A
// number slot keeps only what can be part of a number: digits, point, signs and e.
func (w *Workspace) Type(text string) {
	e := w.edit
	if e == nil {
		return
	}
	if e.number {
		text = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' || strings.ContainsRune(".+-eE", r) {
				return r
			}
			return -1
		}, asciiNumber(text))
	}
	if text == "" {
		return
	}
	if e.fresh {
		e.text, e.fresh = "", false
	}
	if utf8.RuneCountInString(e.text)+utf8.RuneCountInString(text) > blocks.MaxTextLen {
		return
	}
	e.text += text
	w.layout = nil
}

// Key acts on the slot being typed into: Enter sets it (see SetLiteral for what a number
// slot takes), Escape leaves it, Backspace takes back a character.
func (w *Workspace) Key(k Key) error {
	e := w.edit
	if e == nil {
		return nil
	}
	switch k {
	case KeyEnter:
		return w.EndEdit()
	case KeyEscape:
		w.CancelEdit()
	case KeyBackspace:
		if e.fresh {
			e.text, e.fresh = "", false
		} else if _, n := utf8.DecodeLastRuneInString(e.text); n > 0 {
			e.text = e.text[:len(e.text)-n]
		}
		w.layout = nil
	}
	return nil
}

// EndEdit sets the slot being typed into to what was typed. When the slot refuses it (a
// number slot given text that is not a number), the typing ends and the slot keeps its value.
func (w *Workspace) EndEdit() error {
	e := w.edit
	if e == nil {
		return nil
	}
	w.edit, w.layout = nil, nil
	return w.SetLiteral(e.id, e.input, e.text)
}

// CancelEdit ends the typing and leaves the slot as it was.
func (w *Workspace) CancelEdit() {
	if w.edit != nil {
		w.edit, w.layout = nil, nil
	}
}
