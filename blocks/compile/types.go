package compile

import (
	"math"

	"tsumiki/blocks"
	"tsumiki/blocks/value"
)

// CanonicalNumber reports whether text is a number spelled exactly as Scratch would print it,
// so that holding it as a Lua number instead of text changes nothing a program can observe.
func CanonicalNumber(text string) (float64, bool) {
	f, ok := value.ParseNumber(text)
	if !ok || text == "" || value.FormatNumber(f) != text {
		return 0, false
	}
	return f, true
}

// literalType is the static type of a literal typed into a slot of kind k. A number slot
// always gives a number. Elsewhere a literal is a number only when the file wrote it as a JSON
// number: text stays text, as Scratch keeps it, because a bubble shows "0.5" typed as text but
// 0.5 computed as "0.50", and a list of one-letter texts reports without spaces.
func literalType(v blocks.Value, k blocks.Kind) blocks.Type {
	switch {
	case k == blocks.NumberInput:
		return blocks.NumType
	case k == blocks.TextInput && v.IsNumber:
		if _, ok := literalNumber(v); ok {
			return blocks.NumType
		}
	}
	return blocks.StrType
}

// literalNumber is the number a literal written as a JSON number holds.
func literalNumber(v blocks.Value) (float64, bool) {
	if !v.IsNumber {
		return 0, false
	}
	f, ok := value.ParseNumber(v.Text)
	if !ok || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// textBlind lists the blocks that read their text inputs only as text or compare them, so a
// number and the text Scratch would print for it are the same to them.
var textBlind = map[string]bool{
	"operator_join": true, "operator_letter_of": true, "operator_length": true, "operator_contains": true,
	"operator_gt": true, "operator_lt": true, "operator_equals": true,
}

// inferTypes finds the variables that only ever hold numbers: their starting value is a
// number and every "set" gives them a number ("change by" always does). It starts by assuming
// every numeric-looking variable is a number and demotes until nothing changes.
//
// A variable set from text that reads as a number ("set score to 0", as Scratch's text slot
// gives it) may hold that number instead, when nothing can tell: every block that reads it
// takes it as a number or only as text (textBlind). Elsewhere the difference shows (a bubble
// prints 0.5 typed as text but 0.50 computed, a list of one-letter texts joins without
// spaces), so such a variable keeps its text.
func (c *compiler) inferTypes() {
	c.eachBlock(func(t *targetScope, b *blocks.Block, _ map[string]*param) {
		d := blocks.Lookup(b.Opcode)
		for name, in := range b.Inputs {
			if in == nil || in.Block == nil || in.Block.Opcode != "data_variable" {
				continue
			}
			v := t.variable(in.Block.Fields["VARIABLE"])
			if v == nil {
				continue
			}
			if spec := d.InputSpec(name); d == nil || spec == nil || spec.Kind != blocks.NumberInput && !textBlind[b.Opcode] {
				v.textSeen = true
			}
		}
	})
	for _, v := range c.vars {
		v.typ = blocks.AnyType
		if c.numberLike(v, v.init) {
			v.typ = blocks.NumType
		}
	}
	for changed := true; changed; {
		changed = false
		c.eachBlock(func(t *targetScope, b *blocks.Block, params map[string]*param) {
			if b.Opcode != "data_setvariableto" {
				return
			}
			v := t.variable(b.Fields["VARIABLE"])
			if v == nil || v.typ != blocks.NumType {
				return
			}
			in := b.Inputs["VALUE"]
			if in != nil && in.Literal != nil && c.numberLike(v, *in.Literal) {
				return
			}
			if c.inputType(t, params, in, blocks.TextInput) != blocks.NumType {
				v.typ = blocks.AnyType
				changed = true
			}
		})
	}
}

// inputType is the static type of what fills an input slot of kind k.
func (c *compiler) inputType(t *targetScope, params map[string]*param, in *blocks.Input, k blocks.Kind) blocks.Type {
	switch {
	case in == nil || in.Literal == nil && in.Block == nil:
		if k == blocks.BoolInput {
			return blocks.BoolType
		}
		return blocks.StrType
	case in.Literal != nil:
		return literalType(*in.Literal, k)
	}
	return c.blockType(t, params, in.Block)
}

// blockType is the static type of a reporter block's value.
func (c *compiler) blockType(t *targetScope, params map[string]*param, b *blocks.Block) blocks.Type {
	switch b.Opcode {
	case "data_variable":
		if v := t.variable(b.Fields["VARIABLE"]); v != nil {
			return v.typ
		}
	case "argument_reporter_boolean":
		return blocks.BoolType
	}
	if d := blocks.Lookup(b.Opcode); d != nil {
		return d.Result
	}
	return blocks.AnyType
}

// numberLike reports whether literal lit can be held by variable v as a number: it was written
// as a number, or it is text that reads as a number and v is never read where that shows.
func (c *compiler) numberLike(v *variable, lit blocks.Value) bool {
	if _, ok := literalNumber(lit); ok {
		return true
	}
	_, ok := CanonicalNumber(lit.Text)
	return ok && !v.textSeen
}
