package editor

import (
	"math"
	"strings"

	"tsumiki/blocks"
)

// PartKind says what a part of a block's row is.
type PartKind int

// The parts of a block.
const (
	Label    PartKind = iota // words of the label, or a name shown as words (a variable reporter's)
	Slot                     // an input slot: a literal, an empty hexagon, or a reporter (Part.Block)
	Dropdown                 // a field: a dropdown that takes no reporters
	Param                    // a parameter of a custom block, in its definition's hat
)

// Part is one piece of a block's row, left to right: words, a slot or a dropdown.
type Part struct {
	Kind  PartKind
	Name  string      // the input or field, for slots, dropdowns and names shown as words
	Input blocks.Kind // for slots and parameters: what the slot takes
	Text  string      // what is shown: the words, the literal, the chosen option's label
	Rect  Rect
	Block *Box // the reporter that fills the slot, or nil

	child int // index of Block while the layout is built
}

// Mouth is the inside of a C block, where its inner stack sits.
type Mouth struct {
	Name string // "SUBSTACK" or "SUBSTACK2"
	Rect Rect   // from the arm to the block's right edge; the inner stack's top-left is Rect's
}

// Box is one block as laid out: its rectangle and the parts in it.
//
// A stack block's rectangle leaves out the tab under it, which reaches NotchH into the block
// below; a hat's includes its rounded top; a C block's includes its mouths, but not inner
// blocks wider than itself.
type Box struct {
	Block  *blocks.Block
	Def    *blocks.Def
	Shape  blocks.Shape // as drawn: "stop other scripts in sprite" is a stack block
	Rect   Rect
	Parts  []Part
	Mouths []Mouth
	Parent *Box   // the block it sits in (a C block or the block whose input it fills); nil on top
	In     string // the input or inner stack of Parent that holds it; "" at the top of a script
	Index  int    // its place in its stack, from 0; -1 for a reporter in an input
	Script int    // its script's index in the target's scripts, or its item in the palette
	Next   bool   // a block may be attached under it

	parent int
}

// ScriptBox is one script as laid out.
type ScriptBox struct {
	Index  int   // the script's index in the target's scripts, or the palette item
	At     Point // the top-left of its first block (Script.X, Script.Y)
	Bounds Rect  // every block of the script
	Boxes  []*Box
}

// Layout is where every block of a set of scripts sits, in workspace units. A layout is
// never changed once made (only a drag's moves with the pointer); like the workspace it is
// not safe for concurrent use, since Box indexes the blocks on first use.
type Layout struct {
	Boxes   []*Box // in drawing order: script by script, each block before those it holds
	Scripts []ScriptBox
	Bounds  Rect
	Lang    blocks.Lang

	byID map[string]*Box
}

// Box returns the box of the block with that id, or nil.
func (l *Layout) Box(id string) *Box {
	if l.byID == nil {
		l.byID = make(map[string]*Box, len(l.Boxes))
		for _, b := range l.Boxes {
			if b.Block.ID != "" {
				l.byID[b.Block.ID] = b
			}
		}
	}
	return l.byID[id]
}

// Part returns the part of b for the named input or field, or nil.
func (b *Box) Part(name string) *Part {
	for i := range b.Parts {
		if b.Parts[i].Name == name && b.Parts[i].Kind != Label {
			return &b.Parts[i]
		}
	}
	return nil
}

// Mouth returns the named mouth of a C block, or nil.
func (b *Box) Mouth(name string) *Mouth {
	for i := range b.Mouths {
		if b.Mouths[i].Name == name {
			return &b.Mouths[i]
		}
	}
	return nil
}

// translate moves everything in l by d.
func (l *Layout) translate(d Point) {
	if d == (Point{}) {
		return
	}
	for _, b := range l.Boxes {
		b.Rect = b.Rect.moved(d)
		for i := range b.Parts {
			b.Parts[i].Rect = b.Parts[i].Rect.moved(d)
		}
		for i := range b.Mouths {
			b.Mouths[i].Rect = b.Mouths[i].Rect.moved(d)
		}
	}
	for i := range l.Scripts {
		s := &l.Scripts[i]
		s.At, s.Bounds = s.At.Add(d), s.Bounds.moved(d)
	}
	l.Bounds = l.Bounds.moved(d)
}

// stackAt is a stack of blocks to lay out with its first block's top-left at at.
type stackAt struct {
	index  int
	at     Point
	blocks []*blocks.Block
}

// layouter lays out blocks. It builds boxes with rectangles relative to their parent block
// (or to their script's place) and turns them into workspace coordinates when done.
type layouter struct {
	m      *Metrics
	lang   blocks.Lang
	w      *widths
	procs  map[string][]string // the parameters of the target's custom blocks, by code
	edit   *textEdit           // a slot being typed into, shown with what has been typed
	labels map[string][]token  // labels parsed, by their text
	hint   int                 // how many boxes to expect
	boxes  []Box
	at     []Point // where each stack starts
}

// layout lays out stacks, each at its own place.
func (lo *layouter) layout(stacks []stackAt) *Layout {
	lo.boxes = make([]Box, 0, lo.hint)
	lo.at = lo.at[:0]
	ranges := make([][2]int, len(stacks))
	for i, s := range stacks {
		lo.at = append(lo.at, s.at)
		start := len(lo.boxes)
		lo.stack(s.blocks, -1, "", i, 0, 0)
		ranges[i] = [2]int{start, len(lo.boxes)}
	}
	return lo.finish(stacks, ranges)
}

// stack lays out blocks one under another from (x, y) in their parent's frame, and returns
// the size of the stack.
func (lo *layouter) stack(bs []*blocks.Block, parent int, in string, script int, x, y float64) (w, h float64) {
	for i, b := range bs {
		k := lo.block(b, parent, in, i, script)
		box := &lo.boxes[k]
		box.Rect.X, box.Rect.Y = x, y+h
		h += box.Rect.H
		w = math.Max(w, box.Rect.W)
	}
	return w, h
}

// block lays out b and everything in it, and returns its box's index. The box's size is
// final; its place is set by the caller.
func (lo *layouter) block(b *blocks.Block, parent int, in string, index, script int) int {
	k := len(lo.boxes)
	d := blocks.Lookup(b.Opcode)
	shape := drawnShape(b, d)
	lo.boxes = append(lo.boxes, Box{Block: b, Def: d, Shape: shape, In: in, Index: index, Script: script,
		parent: parent, Next: index >= 0 && canHaveNext(b, d)})
	if d == nil {
		lo.boxes[k].Rect = Rect{W: lo.m.MinStackW, H: lo.m.MinStackH}
		return k
	}
	m := lo.m
	r, er := lo.rows(b, d, k, shape)
	var parts []Part
	var mouths []Mouth
	var size Point
	switch shape {
	case blocks.Reporter, blocks.Boolean:
		pad := m.ReporterPadX
		if shape == blocks.Boolean {
			pad = m.BooleanPadX
		}
		size.X = math.Max(m.MinReporterW, r.w+2*pad)
		size.Y = math.Max(m.MinReporterH, r.h+2*m.ReporterPadY)
		parts = r.place(pad, 0, size.Y)
	case blocks.C, blocks.CElse:
		top := math.Max(m.MinStackH, r.h+2*m.PadY)
		size.X = math.Max(m.MinCW, r.w+2*m.PadX)
		parts = r.place(m.PadX, 0, top)
		y := top
		for i, name := range d.Stacks {
			if i > 0 {
				eh := math.Max(m.BottomArmH, er.h+m.PadY)
				size.X = math.Max(size.X, er.w+2*m.PadX)
				parts = append(parts, er.place(m.PadX, y, eh)...)
				y += eh
			}
			_, h := lo.stack(b.Stacks[name], k, name, script, m.ArmW, y)
			h = math.Max(h, m.MinMouthH)
			mouths = append(mouths, Mouth{Name: name, Rect: Rect{X: m.ArmW, Y: y, H: h}})
			y += h
		}
		size.Y = y + m.BottomArmH
		for i := range mouths {
			mouths[i].Rect.W = size.X - m.ArmW
		}
	default: // hat, stack, cap
		top := 0.0
		minW := m.MinStackW
		if shape == blocks.Hat {
			top, minW = m.HatCap, m.MinHatW
		}
		body := math.Max(m.MinStackH, r.h+2*m.PadY)
		size.X = math.Max(minW, r.w+2*m.PadX)
		size.Y = top + body
		parts = r.place(m.PadX, top, body)
	}
	for _, p := range parts {
		if p.child >= 0 {
			lo.boxes[p.child].Rect.X, lo.boxes[p.child].Rect.Y = p.Rect.X, p.Rect.Y
		}
	}
	box := &lo.boxes[k]
	box.Rect.W, box.Rect.H = size.X, size.Y
	box.Parts, box.Mouths = parts, mouths
	return k
}

// row is a line of parts with their sizes, before they are placed.
type row struct {
	parts []Part
	w, h  float64
	gap   float64
}

func (r *row) add(p Part) {
	if len(r.parts) > 0 {
		r.w += r.gap
	}
	r.parts = append(r.parts, p)
	r.w += p.Rect.W
	r.h = math.Max(r.h, p.Rect.H)
}

// place puts the row's parts left to right from x, each centred in the band from y of height h.
func (r *row) place(x, y, h float64) []Part {
	for i := range r.parts {
		p := &r.parts[i]
		p.Rect.X = x
		p.Rect.Y = y + (h-p.Rect.H)/2
		x += p.Rect.W + r.gap
	}
	return r.parts
}

// rows builds the parts of b's label: one row, and for a C-else block a second, the "else"
// arm's words (the label's last word). Reporters in b's inputs are laid out on the way.
func (lo *layouter) rows(b *blocks.Block, d *blocks.Def, k int, shape blocks.Shape) (row, row) {
	toks := lo.tokens(d.Label.In(lo.lang))
	elseWords := ""
	if shape == blocks.CElse && len(toks) > 0 && !toks[len(toks)-1].slot {
		elseWords = toks[len(toks)-1].text
		toks = toks[:len(toks)-1]
		if i := strings.LastIndexByte(elseWords, ' '); i >= 0 {
			toks = append(toks[:len(toks):len(toks)], token{text: strings.TrimSpace(elseWords[:i])})
			elseWords = elseWords[i+1:]
		}
	}
	r := row{gap: lo.m.Gap, parts: make([]Part, 0, len(toks)+1)}
	plainField := len(toks) == 1 && (shape == blocks.Reporter || shape == blocks.Boolean)
	for _, t := range toks {
		switch {
		case !t.slot:
			r.add(lo.words(t.text))
		case t.text == "PROC":
			lo.proc(&r, b, k)
		case d.FieldSpec(t.text) != nil:
			f := d.FieldSpec(t.text)
			text := optionLabel(f.Options, b.Fields[t.text], lo.lang)
			if plainField {
				p := lo.words(text)
				p.Name = t.text
				r.add(p)
				continue
			}
			r.add(lo.dropdown(t.text, text))
		case d.InputSpec(t.text) != nil:
			r.add(lo.slot(b, k, *d.InputSpec(t.text)))
		default:
			r.add(lo.words("%" + t.text))
		}
	}
	er := row{gap: lo.m.Gap}
	if elseWords != "" {
		er.add(lo.words(elseWords))
	}
	return r, er
}

// tokens returns the pieces of a label, parsed once a workspace.
func (lo *layouter) tokens(label string) []token {
	toks, ok := lo.labels[label]
	if !ok {
		toks = tokens(label)
		lo.labels[label] = toks
	}
	return toks
}

func (lo *layouter) words(text string) Part {
	return Part{Kind: Label, Text: text, child: -1,
		Rect: Rect{W: lo.w.width(text, lo.m.FontSize), H: lo.m.FontSize}}
}

func (lo *layouter) dropdown(name, text string) Part {
	m := lo.m
	w := m.SlotPadX + lo.w.width(text, m.FontSize) + m.Gap + m.ArrowW + m.SlotPadX
	return Part{Kind: Dropdown, Name: name, Text: text, child: -1,
		Rect: Rect{W: math.Max(w, m.MinSlotW), H: m.SlotH}}
}

// slot lays out b's input: the reporter in it, or its literal.
func (lo *layouter) slot(b *blocks.Block, k int, spec blocks.InputSpec) Part {
	m := lo.m
	p := Part{Kind: Slot, Name: spec.Name, Input: spec.Kind, child: -1}
	in := b.Inputs[spec.Name]
	if in != nil && in.Block != nil {
		c := lo.block(in.Block, k, spec.Name, -1, lo.boxes[k].Script)
		p.child = c
		p.Rect.W, p.Rect.H = lo.boxes[c].Rect.W, lo.boxes[c].Rect.H
		return p
	}
	if in != nil && in.Literal != nil {
		p.Text = in.Literal.Text
	}
	if e := lo.edit; e != nil && e.id == b.ID && e.input == spec.Name {
		p.Text = e.text
	}
	p.Rect.H = m.SlotH
	switch spec.Kind {
	case blocks.BoolInput:
		p.Rect.W = m.BoolSlotW
	case blocks.ColorInput:
		p.Rect.W = m.ColorSlotW
	case blocks.MenuInput:
		p.Text = optionLabel(spec.Options, p.Text, lo.lang)
		p.Rect.W = math.Max(m.MinSlotW, m.SlotPadX+lo.w.width(p.Text, m.FontSize)+m.Gap+m.ArrowW+m.SlotPadX)
	default:
		p.Rect.W = math.Max(m.MinSlotW, lo.w.width(p.Text, m.FontSize)+2*m.SlotPadX)
	}
	return p
}

// proc lays out a custom block's text: in its definition, the parameters by name; in a call,
// a slot for each, named as the definition names them.
func (lo *layouter) proc(r *row, b *blocks.Block, k int) {
	if b.Proc == nil {
		return
	}
	params := b.Proc.Params
	def := b.Opcode == "procedures_definition"
	if !def {
		params = lo.procs[b.Proc.Code]
	}
	for _, t := range procTokens(b.Proc.Code) {
		if !t.slot {
			r.add(lo.words(t.text))
			continue
		}
		name := ""
		if t.param < len(params) {
			name = params[t.param]
		}
		if def {
			m := lo.m
			p := Part{Kind: Param, Name: name, Input: t.kind, Text: name, child: -1}
			p.Rect = Rect{W: math.Max(m.MinSlotW, lo.w.width(name, m.FontSize)+2*m.SlotPadX), H: m.SlotH}
			r.add(p)
			continue
		}
		r.add(lo.slot(b, k, blocks.InputSpec{Name: name, Kind: t.kind}))
	}
}

// finish turns the boxes' frames into workspace coordinates and links them.
func (lo *layouter) finish(stacks []stackAt, ranges [][2]int) *Layout {
	l := &Layout{Lang: lo.lang, Boxes: make([]*Box, len(lo.boxes))}
	for i := range lo.boxes {
		b := &lo.boxes[i]
		var o Point
		if b.parent >= 0 {
			b.Parent = &lo.boxes[b.parent]
			o = b.Parent.Rect.Min()
		} else {
			o = lo.at[b.Script]
		}
		b.Rect = b.Rect.moved(o)
		at := b.Rect.Min()
		for j := range b.Parts {
			p := &b.Parts[j]
			p.Rect = p.Rect.moved(at)
			if p.child >= 0 {
				p.Block = &lo.boxes[p.child]
			}
		}
		for j := range b.Mouths {
			b.Mouths[j].Rect = b.Mouths[j].Rect.moved(at)
		}
		l.Boxes[i] = b
	}
	l.Scripts = make([]ScriptBox, len(stacks))
	for i, s := range stacks {
		sb := ScriptBox{Index: s.index, At: s.at, Boxes: l.Boxes[ranges[i][0]:ranges[i][1]]}
		for _, b := range sb.Boxes {
			b.Script = s.index
			sb.Bounds = sb.Bounds.Union(b.Rect)
		}
		l.Scripts[i] = sb
		l.Bounds = l.Bounds.Union(sb.Bounds)
	}
	lo.boxes = nil
	return l
}
