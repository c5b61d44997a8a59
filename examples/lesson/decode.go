package lesson

import (
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"tsumiki/blocks"
	"tsumiki/runtime"
)

// decoder turns the node tree of a lesson file into a Lesson, reporting each problem with
// its place and the path of its entry.
type decoder struct {
	ps *problems
}

// field is one entry an object may have, and how to read it.
type field struct {
	key  string
	read func(v *node, at string)
}

// join returns the path of an object's entry.
func join(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}

// index returns the path of a list's item, counted from 1.
func index(at string, i int) string { return at + "[" + strconv.Itoa(i+1) + "]" }

// has reports whether object n has the entry key.
func (n *node) has(key string) bool { return n.get(key) != nil }

// get returns the entry key of object n, or nil.
func (n *node) get(key string) *member {
	for i := range n.members {
		if n.members[i].key == key {
			return &n.members[i]
		}
	}
	return nil
}

// object reads n as an object with the given entries, of which required must be there. It
// reports false when n is not an object.
func (d *decoder) object(n *node, at string, fields []field, required ...string) bool {
	if n.kind != objectNode {
		d.ps.add(n.off, at, msgWantObject)
		return false
	}
	present := make(map[string]bool)
	for _, m := range n.members {
		i := slices.IndexFunc(fields, func(f field) bool { return f.key == m.key })
		if i < 0 {
			if j := slices.IndexFunc(fields, func(f field) bool { return strings.EqualFold(f.key, m.key) }); j >= 0 {
				d.ps.add(m.off, join(at, m.key), msgKeyCase, m.key, fields[j].key)
				present[fields[j].key] = true
			} else {
				d.ps.add(m.off, join(at, m.key), msgUnknownKey, m.key, keyList(fields))
			}
			continue
		}
		present[m.key] = true
		fields[i].read(m.val, join(at, m.key))
	}
	for _, key := range required {
		if !present[key] {
			d.ps.add(n.off, at, msgMissing, key)
		}
	}
	return true
}

// keyList names the entries an object may have, for a message.
func keyList(fields []field) string {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = strconv.Quote(f.key)
	}
	return strings.Join(keys, ", ")
}

// list reads n as a list, calling item for each of its items.
func (d *decoder) list(n *node, at string, item func(v *node, at string)) bool {
	if n.kind != arrayNode {
		d.ps.add(n.off, at, msgWantArray)
		return false
	}
	for i, v := range n.items {
		item(v, index(at, i))
	}
	return true
}

func (d *decoder) str(n *node, at string) (string, bool) {
	if n.kind != stringNode {
		d.ps.add(n.off, at, msgWantString)
		return "", false
	}
	return n.text, true
}

// name reads a name of something in a project: text that is not empty.
func (d *decoder) name(n *node, at string) string {
	s, ok := d.str(n, at)
	if ok && strings.TrimSpace(s) == "" {
		d.ps.add(n.off, at, msgEmptyText)
	}
	return s
}

func (d *decoder) number(n *node, at string) (float64, bool) {
	if n.kind != numberNode {
		d.ps.add(n.off, at, msgWantNumber)
		return 0, false
	}
	f, err := strconv.ParseFloat(n.text, 64)
	if err != nil || math.IsInf(f, 0) {
		d.ps.add(n.off, at, msgWantNumber)
		return 0, false
	}
	return f, true
}

// between reads a number from lo to hi.
func (d *decoder) between(n *node, at string, lo, hi float64) float64 {
	f, ok := d.number(n, at)
	if ok && (f < lo || f > hi) {
		d.ps.add(n.off, at, msgWantRange, lo, hi)
	}
	return f
}

// integer reads a whole number from lo to hi.
func (d *decoder) integer(n *node, at string, lo, hi int) (int, bool) {
	f, ok := d.number(n, at)
	if !ok {
		return 0, false
	}
	if f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
		d.ps.add(n.off, at, msgWantInteger, lo, hi)
		return 0, false
	}
	return int(f), true
}

func (d *decoder) boolean(n *node, at string) bool {
	if n.kind != boolNode {
		d.ps.add(n.off, at, msgWantBool)
	}
	return n.boolean
}

// value reads a literal: a number or text.
func (d *decoder) value(n *node, at string) (blocks.Value, bool) {
	switch n.kind {
	case numberNode:
		if _, ok := d.number(n, at); !ok {
			return blocks.Value{}, false
		}
		return blocks.NumberValue(n.text), true
	case stringNode:
		return blocks.TextValue(n.text), true
	}
	d.ps.add(n.off, at, msgWantValue)
	return blocks.Value{}, false
}

// text reads a text in the three languages. The hiragana must have no kanji.
func (d *decoder) text(n *node, at string) blocks.Text {
	var t blocks.Text
	str := func(dst *string) func(v *node, at string) {
		return func(v *node, at string) {
			*dst = d.name(v, at)
		}
	}
	d.object(n, at, []field{{"en", str(&t.En)}, {"ja", str(&t.Ja)}, {"hira", str(&t.Hira)}}, "en", "ja", "hira")
	if strings.ContainsFunc(t.Hira, isKanji) {
		m := n.get("hira")
		d.ps.add(m.val.off, join(at, "hira"), msgKanji, kanjiIn(t.Hira))
	}
	return t
}

func isKanji(r rune) bool { return unicode.Is(unicode.Han, r) }

// kanjiIn returns the kanji of s, for a message.
func kanjiIn(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isKanji(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ops are the comparisons a Test may make, with their words.
var ops = []struct {
	op    string
	words blocks.Text
}{
	{"=", wordEqual}, {"!=", wordNotEqual}, {"<", wordLess}, {"<=", wordAtMost},
	{">", wordMore}, {">=", wordAtLeast}, {"contains", wordContains},
}

// opList names the comparisons, for a message.
func opList() string {
	names := make([]string, len(ops))
	for i, o := range ops {
		names[i] = o.op
	}
	return quoteAll(names)
}

// test reads what a value must be: a literal it must equal, or an object of comparisons. A
// numeric test takes only numbers.
func (d *decoder) test(n *node, at string, numeric bool) Test {
	literal := func(v *node, at string) (blocks.Value, bool) {
		if numeric {
			if _, ok := d.number(v, at); !ok {
				return blocks.Value{}, false
			}
		}
		return d.value(v, at)
	}
	switch n.kind {
	case numberNode, stringNode:
		v, ok := literal(n, at)
		if !ok {
			return nil
		}
		return Test{{Op: "=", Value: v}}
	case objectNode:
	default:
		d.ps.add(n.off, at, msgWantTest)
		return nil
	}
	t := Test{}
	fields := make([]field, len(ops))
	for i, o := range ops {
		fields[i] = field{o.op, func(v *node, at string) {
			if val, ok := literal(v, at); ok {
				t = append(t, Cond{Op: o.op, Value: val})
			}
		}}
	}
	for _, m := range n.members {
		if !slices.ContainsFunc(fields, func(f field) bool { return f.key == m.key }) {
			d.ps.add(m.off, join(at, m.key), msgUnknownOp, m.key, opList())
			return nil
		}
	}
	d.object(n, at, fields)
	if len(n.members) == 0 {
		d.ps.add(n.off, at, msgNoConds)
	}
	return t
}

// inputKinds are the kinds of runtime.Input.
var inputKinds = []string{"flag", "stop", "keydown", "keyup", "mousemove", "mousedown", "mouseup", "answer", "loudness"}

func (d *decoder) lesson(n *node) *Lesson {
	l := &Lesson{}
	d.object(n, "", []field{
		{"format", func(v *node, at string) {
			if f, ok := d.integer(v, at, 0, math.MaxInt32); ok && f != FormatVersion {
				d.ps.add(v.off, at, msgFormat, f, FormatVersion)
			}
		}},
		{"id", func(v *node, at string) {
			if id, ok := d.str(v, at); ok {
				if !validID(id) {
					d.ps.add(v.off, at, msgBadID, id)
				}
				l.ID = id
			}
		}},
		{"title", func(v *node, at string) { l.Title = d.text(v, at) }},
		{"length", func(v *node, at string) {
			d.object(v, at, []field{
				{"seconds", func(v *node, at string) { l.Seconds = d.between(v, at, 0, MaxSeconds) }},
				{"minutes", func(v *node, at string) { l.Minutes, _ = d.integer(v, at, 1, MaxMinutes) }},
			}, "seconds", "minutes")
		}},
		{"start", func(v *node, at string) { l.Start = d.projectFile(v, at) }},
		{"solution", func(v *node, at string) { l.Solution = d.projectFile(v, at) }},
		{"inputs", func(v *node, at string) {
			d.list(v, at, func(v *node, at string) { l.Inputs = append(l.Inputs, d.input(v, at)) })
		}},
		{"expect", func(v *node, at string) {
			if d.list(v, at, func(v *node, at string) { l.Expect = append(l.Expect, d.assert(v, at, nil)) }) &&
				len(v.items) == 0 {
				d.ps.add(v.off, at, msgNoExpect)
			}
		}},
		{"steps", func(v *node, at string) {
			if d.list(v, at, func(v *node, at string) { l.Steps = append(l.Steps, d.step(v, at, len(l.Steps)+1)) }) &&
				len(v.items) == 0 {
				d.ps.add(v.off, at, msgNoSteps)
			}
		}},
	}, "format", "id", "title", "length", "start", "solution", "expect", "steps")
	return l
}

// projectFile reads the name of a project file beside the lesson.
func (d *decoder) projectFile(n *node, at string) string {
	s, ok := d.str(n, at)
	if ok && (path.Base(s) != s || strings.ContainsAny(s, `/\`) || !strings.HasSuffix(s, ".tsumiki") ||
		s == ".tsumiki") {
		d.ps.add(n.off, at, msgProjectFile, s)
	}
	return s
}

func (d *decoder) input(n *node, at string) runtime.Input {
	var in runtime.Input
	d.object(n, at, []field{
		{"tick", func(v *node, at string) {
			t, _ := d.integer(v, at, 0, MaxSeconds*60)
			in.Tick = int64(t)
		}},
		{"kind", func(v *node, at string) {
			k, ok := d.str(v, at)
			if ok && !slices.Contains(inputKinds, k) {
				d.ps.add(v.off, at, msgInputKind, k, quoteAll(inputKinds))
			}
			in.Kind = k
		}},
		{"key", func(v *node, at string) { in.Key, _ = d.str(v, at) }},
		{"x", func(v *node, at string) { in.X = d.between(v, at, -blocks.MaxCoordinate, blocks.MaxCoordinate) }},
		{"y", func(v *node, at string) { in.Y = d.between(v, at, -blocks.MaxCoordinate, blocks.MaxCoordinate) }},
		{"text", func(v *node, at string) { in.Text, _ = d.str(v, at) }},
		{"value", func(v *node, at string) { in.Value = d.between(v, at, 0, 100) }},
	}, "tick", "kind")
	return in
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// spriteOnly are the properties of an Assert that only a sprite has.
var spriteOnly = []string{"x", "y", "direction", "size", "costume", "visible", "bubble", "said", "touching"}

// assert reads an expectation. extra are entries the object may have besides the
// expectation's, as a check's "after".
func (d *decoder) assert(n *node, at string, extra []field) Assert {
	a := Assert{off: n.off, at: at}
	a.Line, _ = position(d.ps.data, n.off)
	num := func(dst *Test) func(v *node, at string) {
		return func(v *node, at string) { *dst = d.test(v, at, true) }
	}
	val := func(dst *Test) func(v *node, at string) {
		return func(v *node, at string) { *dst = d.test(v, at, false) }
	}
	fields := append([]field{
		{"sprite", func(v *node, at string) { a.Sprite = d.name(v, at) }},
		{"variable", func(v *node, at string) { a.Variable = d.name(v, at) }},
		{"list", func(v *node, at string) { a.List = d.name(v, at) }},
		{"x", num(&a.X)},
		{"y", num(&a.Y)},
		{"direction", num(&a.Dir)},
		{"size", num(&a.Size)},
		{"costume", val(&a.Costume)},
		{"visible", func(v *node, at string) { b := d.boolean(v, at); a.Visible = &b }},
		{"bubble", val(&a.Bubble)},
		{"said", val(&a.Said)},
		{"touching", func(v *node, at string) { a.Touching = d.name(v, at) }},
		{"notes", num(&a.Notes)},
		{"drums", num(&a.Drums)},
		{"value", val(&a.Value)},
		{"length", num(&a.Length)},
		{"items", func(v *node, at string) {
			a.Items = []blocks.Value{}
			d.list(v, at, func(v *node, at string) {
				if val, ok := d.value(v, at); ok {
					a.Items = append(a.Items, val)
				}
			})
		}},
		{"backdrop", val(&a.Backdrop)},
	}, extra...)
	if !d.object(n, at, fields) {
		return a
	}
	asked := false
	for _, m := range n.members {
		switch m.key {
		case "sprite", "variable", "list", "after":
			continue
		}
		asked = true
		where := join(at, m.key)
		switch {
		case slices.Contains(spriteOnly, m.key) && a.Sprite == blocks.StageName:
			d.ps.add(m.off, where, msgStageHasNo, m.key)
		case (slices.Contains(spriteOnly, m.key) || m.key == "notes" || m.key == "drums") && a.Sprite == "":
			d.ps.add(m.off, where, msgNeedsSprite, m.key)
		case m.key == "value" && a.Variable == "":
			d.ps.add(m.off, where, msgNeedsVariable)
		case (m.key == "length" || m.key == "items") && a.List == "":
			d.ps.add(m.off, where, msgNeedsList, m.key)
		}
	}
	switch {
	case a.Variable != "" && a.List != "":
		d.ps.add(n.off, at, msgVariableAndList)
	case !asked:
		d.ps.add(n.off, at, msgAssertEmpty)
	}
	return a
}

func (d *decoder) step(n *node, at string, number int) Step {
	var s Step
	d.object(n, at, []field{
		{"text", func(v *node, at string) { s.Text = d.text(v, at) }},
		{"blocks", func(v *node, at string) {
			ids := 0
			s.Blocks = d.picture(v, at, number, &ids)
		}},
		{"palette", func(v *node, at string) {
			d.list(v, at, func(v *node, at string) {
				op, ok := d.str(v, at)
				switch {
				case !ok:
				case blocks.Lookup(op) == nil:
					d.ps.add(v.off, at, msgUnknownOpcode, op)
				case slices.Contains(s.Palette, op):
					d.ps.add(v.off, at, msgOpcodeTwice, op)
				default:
					s.Palette = append(s.Palette, op)
				}
			})
		}},
		{"check", func(v *node, at string) { s.Check = d.check(v, at) }},
	}, "text")
	return s
}

// check reads a step's check: "contains" makes it about the blocks, "after" about the run.
func (d *decoder) check(n *node, at string) *Check {
	c := &Check{off: n.off, at: at}
	c.Line, _ = position(d.ps.data, n.off)
	if n.kind != objectNode {
		d.ps.add(n.off, at, msgWantObject)
		return c
	}
	contains, after := n.has("contains"), n.has("after")
	if contains == after {
		d.ps.add(n.off, at, msgCheckKind)
		return c
	}
	if contains {
		d.object(n, at, []field{
			{"contains", func(v *node, at string) { c.Contains = d.pattern(v, at) }},
			{"sprite", func(v *node, at string) { c.Sprite = d.name(v, at) }},
		})
		return c
	}
	a := d.assert(n, at, []field{{"after", func(v *node, at string) { c.After = d.between(v, at, 0, MaxSeconds) }}})
	c.Expect = &a
	return c
}

// pattern reads a block to look for in a project.
func (d *decoder) pattern(n *node, at string) *Pattern {
	p := &Pattern{}
	var def *blocks.Def
	if m := n.get("opcode"); n.kind == objectNode && m != nil {
		if op, ok := d.str(m.val, join(at, "opcode")); ok {
			p.Opcode = op
			if def = blocks.Lookup(op); def == nil {
				d.ps.add(m.val.off, join(at, "opcode"), msgUnknownOpcode, op)
			}
		}
	}
	custom := strings.HasPrefix(p.Opcode, "procedures_")
	d.object(n, at, []field{
		{"opcode", func(*node, string) {}}, // read above: the others depend on it
		{"fields", func(v *node, at string) {
			d.object(v, at, d.named(v, func(m member, at string) {
				if def != nil && !custom && def.FieldSpec(m.key) == nil {
					d.ps.add(m.off, at, msgNoField, p.Opcode, m.key)
				}
				if p.Fields == nil {
					p.Fields = make(map[string]Test)
				}
				p.Fields[m.key] = d.test(m.val, at, false)
			}))
		}},
		{"inputs", func(v *node, at string) {
			d.object(v, at, d.named(v, func(m member, at string) {
				if def != nil && !custom && def.InputSpec(m.key) == nil {
					d.ps.add(m.off, at, msgNoInput, p.Opcode, m.key)
				}
				if p.Inputs == nil {
					p.Inputs = make(map[string]InputPattern)
				}
				if m.val.kind == objectNode && m.val.has("opcode") {
					p.Inputs[m.key] = InputPattern{Block: d.pattern(m.val, at)}
				} else {
					p.Inputs[m.key] = InputPattern{Test: d.test(m.val, at, false)}
				}
			}))
		}},
		{"inside", func(v *node, at string) {
			if def != nil && def.Shape != blocks.C && def.Shape != blocks.CElse && !custom {
				d.ps.add(v.off, at, msgNoInside, p.Opcode)
			}
			d.list(v, at, func(v *node, at string) { p.Inside = append(p.Inside, d.pattern(v, at)) })
		}},
		{"below", func(v *node, at string) {
			d.list(v, at, func(v *node, at string) { p.Below = append(p.Below, d.pattern(v, at)) })
		}},
	}, "opcode")
	return p
}

// named returns a field for every entry of object n, whose keys are names from the catalog
// (inputs and fields) rather than entries of the format.
func (d *decoder) named(n *node, read func(m member, at string)) []field {
	var fields []field
	for _, m := range n.members {
		fields = append(fields, field{m.key, func(_ *node, at string) { read(m, at) }})
	}
	return fields
}

// picture reads the blocks of a step's picture: one stack, the top block possibly a hat.
func (d *decoder) picture(n *node, at string, step int, ids *int) []*blocks.Block {
	var stack []*blocks.Block
	d.list(n, at, func(v *node, at string) {
		b, def := d.pictureBlock(v, at, step, ids)
		if b == nil {
			return
		}
		switch {
		case def.Shape == blocks.Reporter || def.Shape == blocks.Boolean:
			d.ps.add(v.off, at, msgNotStatement, b.Opcode)
		case def.Shape == blocks.Hat && len(stack) > 0:
			d.ps.add(v.off, at, msgHatNotFirst, b.Opcode)
		}
		stack = append(stack, b)
	})
	return stack
}

// pictureBlock reads one block of a picture, with its empty slots holding the catalog's
// defaults. It returns nil when the block cannot be drawn.
func (d *decoder) pictureBlock(n *node, at string, step int, ids *int) (*blocks.Block, *blocks.Def) {
	if n.kind != objectNode {
		d.ps.add(n.off, at, msgWantObject)
		return nil, nil
	}
	m := n.get("opcode")
	if m == nil {
		d.ps.add(n.off, at, msgMissing, "opcode")
		return nil, nil
	}
	op, ok := d.str(m.val, join(at, "opcode"))
	if !ok {
		return nil, nil
	}
	def := blocks.Lookup(op)
	switch {
	case def == nil:
		d.ps.add(m.val.off, join(at, "opcode"), msgUnknownOpcode, op)
		return nil, nil
	case def.Category.ID == blocks.MyBlocks.ID:
		d.ps.add(m.val.off, join(at, "opcode"), msgNotPictured, op)
		return nil, nil
	}
	*ids++
	b := &blocks.Block{ID: "step" + strconv.Itoa(step) + "-" + strconv.Itoa(*ids), Opcode: op}
	d.object(n, at, []field{
		{"opcode", func(*node, string) {}},
		{"inputs", func(v *node, at string) {
			d.object(v, at, d.named(v, func(m member, at string) {
				if def.InputSpec(m.key) == nil {
					d.ps.add(m.off, at, msgNoInput, op, m.key)
					return
				}
				in := &blocks.Input{}
				if m.val.kind == objectNode {
					r, rdef := d.pictureBlock(m.val, at, step, ids)
					if r != nil && rdef.Shape != blocks.Reporter && rdef.Shape != blocks.Boolean {
						d.ps.add(m.val.off, at, msgNotReporter, r.Opcode)
					}
					in.Block = r
				} else if v, ok := d.value(m.val, at); ok {
					in.Literal = &v
				}
				setInput(b, m.key, in)
			}))
		}},
		{"fields", func(v *node, at string) {
			d.object(v, at, d.named(v, func(m member, at string) {
				if def.FieldSpec(m.key) == nil {
					d.ps.add(m.off, at, msgNoField, op, m.key)
					return
				}
				if s, ok := d.str(m.val, at); ok {
					if b.Fields == nil {
						b.Fields = make(map[string]string)
					}
					b.Fields[m.key] = s
				}
			}))
		}},
		{"inside", func(v *node, at string) {
			if !def.HasStack("SUBSTACK") {
				d.ps.add(v.off, at, msgNoInside, op)
				return
			}
			setStack(b, "SUBSTACK", d.picture(v, at, step, ids))
		}},
		{"else", func(v *node, at string) {
			if !def.HasStack("SUBSTACK2") {
				d.ps.add(v.off, at, msgNoElse, op)
				return
			}
			setStack(b, "SUBSTACK2", d.picture(v, at, step, ids))
		}},
	})
	fillDefaults(b, def)
	return b, def
}

func setInput(b *blocks.Block, name string, in *blocks.Input) {
	if b.Inputs == nil {
		b.Inputs = make(map[string]*blocks.Input)
	}
	b.Inputs[name] = in
}

func setStack(b *blocks.Block, name string, stack []*blocks.Block) {
	if b.Stacks == nil {
		b.Stacks = make(map[string][]*blocks.Block)
	}
	b.Stacks[name] = stack
}

// fillDefaults puts the catalog's default into every empty slot of b, as the palette shows
// the block, and the first choice into every fixed dropdown.
func fillDefaults(b *blocks.Block, def *blocks.Def) {
	for _, in := range def.Inputs {
		if b.Inputs[in.Name] != nil || in.Kind == blocks.BoolInput {
			continue
		}
		v := blocks.TextValue(in.Default)
		if in.Kind == blocks.NumberInput {
			v = blocks.NumberValue(in.Default)
		}
		setInput(b, in.Name, &blocks.Input{Literal: &v})
	}
	for _, f := range def.Fields {
		if _, ok := b.Fields[f.Name]; ok || len(f.Options) == 0 {
			continue
		}
		if b.Fields == nil {
			b.Fields = make(map[string]string)
		}
		b.Fields[f.Name] = f.Options[0].Value
	}
}
