package editor

import (
	"reflect"
	"slices"

	"tsumiki/blocks"
)

// CandidateKind is where dragged blocks would go.
type CandidateKind int

// The places blocks snap to.
const (
	Under  CandidateKind = iota + 1 // under block Block, before what followed it
	Above                           // on top of script Script, whose first block is not a hat
	Inside                          // first in the inner stack Name of C block Block
	InSlot                          // into the empty or typed-in slot Name of block Block
)

// Candidate is where dragged blocks would land if dropped now.
type Candidate struct {
	Kind   CandidateKind
	Block  string // the block they attach to
	Name   string // the inner stack or slot
	Script int    // the script they join, as numbered in Layout during the drag
	Wrap   bool   // the dragged C block will hold the blocks that were at the place
	At     Point  // where the first dragged block's top-left will be
	Rect   Rect   // the slot, or where the first dragged block will sit, for showing it
}

// DragView is what a renderer shows of a drag.
type DragView struct {
	Layout    *Layout    // the dragged blocks where the pointer holds them, in Pane's coordinates
	Pane      Pane       // where the pointer is
	Candidate *Candidate // where they would land; nil: on their own (or, for a reporter, back where they were)
	Deletes   bool       // dropping now deletes them
}

// drag is blocks being dragged.
type drag struct {
	run    []*blocks.Block // the dragged blocks: a stack, or one reporter
	isNew  bool            // from the palette or a definition's parameter: not yet in the project
	rest   state           // the target without the dragged blocks
	script int             // the index of the script the dragged blocks were all of, or -1
	grab   Point           // from the first dragged block's top-left to the pointer
	ptr    Point
	pane   Pane
	layout *Layout // the dragged blocks at ptr-grab
	height float64 // of the dragged stack
	topArm float64 // from a dragged C block's top to its mouth
	target []target
	cand   *Candidate
}

// target is a place dragged blocks could snap to, found when the drag starts.
type target struct {
	c     Candidate
	point Point // the connection, compared with the dragged blocks' connection at from
	from  connection
}

// connection is the point of the dragged blocks that snaps to a target.
type connection int

const (
	topLeft    connection = iota // the first block's top-left
	bottomLeft                   // under the last block, for going on top of a script
	mouth                        // inside a lone C block, for wrapping a script from above
)

// startDrag picks up what the press is on, and reports whether there was anything to pick up.
func (w *Workspace) startDrag(pr *press, e Pointer) bool {
	d := &drag{rest: w.cur, script: -1, ptr: e.Pos, pane: e.Pane}
	h := pr.hit
	switch {
	case pr.down.Pane == PanePalette:
		if pr.item < 0 || pr.item >= len(w.pal.items) {
			return false
		}
		d.run = []*blocks.Block{deepClone(w.pal.items[pr.item])}
		d.isNew = true
		d.grab = pr.down.Pos.Sub(h.Box.Rect.Min())
	case h.Kind == HitParam:
		op := "argument_reporter_string_number"
		if h.Part.Input == blocks.BoolInput {
			op = "argument_reporter_boolean"
		}
		d.run = []*blocks.Block{{Opcode: op, Fields: map[string]string{"VALUE": h.Name}}}
		d.isNew = true
		d.grab = pr.down.Pos.Sub(h.Part.Rect.Min())
	case h.Kind == HitBlock || h.Kind == HitSlot || h.Kind == HitField:
		d.grab = pr.down.Pos.Sub(h.Box.Rect.Min())
		w.detach(d, h.Box.Block.ID)
	default:
		return false
	}
	w.drag = d
	w.layout = nil
	d.relayout(w)
	return true
}

// detach takes block id, and the blocks under it, out of the current state into the drag.
func (w *Workspace) detach(d *drag, id string) {
	b, l, _ := w.cur.find(id)
	if l.input {
		c := clone(l.parent)
		setInput(c, l.name, w.emptyLiteral(l.parent, l.name))
		d.run = []*blocks.Block{b}
		d.rest = w.cur.replace(l.parent.ID, c)
		return
	}
	var stack []*blocks.Block
	if l.parent == nil {
		stack = w.cur.scripts[l.script].Blocks
		if l.index == 0 {
			d.script = l.script
		}
	} else {
		stack = l.parent.Stacks[l.name]
	}
	d.run = stack[l.index:]
	d.rest = w.cur.withStack(l.script, l.parent, l.name, func(st []*blocks.Block) []*blocks.Block {
		return concat(st[:l.index])
	})
}

// follow moves the dragged blocks with the pointer and finds where they would land.
func (d *drag) follow(w *Workspace, e Pointer) {
	delta := e.Pos.Sub(d.ptr)
	d.ptr, d.pane = e.Pos, e.Pane
	d.layout.translate(delta)
	d.pickCandidate(w)
}

// relayout lays out the dragged blocks at the pointer, and the places they could go in the
// workspace, as when the drag starts or the language changes.
func (d *drag) relayout(w *Workspace) {
	at := d.ptr.Sub(d.grab)
	lo := w.layouter()
	d.layout = lo.layout([]stackAt{{index: -1, at: at, blocks: d.run}})
	top := d.layout.Scripts[0].Boxes
	d.height = 0
	for _, b := range top {
		if b.Parent == nil {
			d.height = b.Rect.Y + b.Rect.H - at.Y
		}
	}
	d.topArm = 0
	if m := top[0].Mouths; len(m) > 0 {
		d.topArm = m[0].Rect.Y - at.Y
	}
	d.target = w.targets(d)
	d.pickCandidate(w)
}

// pickCandidate chooses the nearest place within the snap radius.
func (d *drag) pickCandidate(w *Workspace) {
	d.cand = nil
	if d.pane != PaneScripts {
		return
	}
	top := d.ptr.Sub(d.grab)
	from := [...]Point{
		topLeft:    top,
		bottomLeft: top.Add(Point{0, d.height}),
		mouth:      top.Add(Point{w.m.ArmW, d.topArm}),
	}
	best := w.opts.SnapRadius
	for i := range d.target {
		t := &d.target[i]
		if dist := from[t.from].Dist(t.point); dist <= best {
			best = dist
			c := t.c
			if c.Kind == Above {
				c.At = Point{t.point.X, t.point.Y - d.height}
				if c.Wrap {
					c.At = Point{t.point.X - w.m.ArmW, t.point.Y - d.topArm}
				}
				c.Rect = Rect{c.At.X, c.At.Y, d.layout.Boxes[0].Rect.W, d.height}
			}
			d.cand = &c
		}
	}
}

// targets lists the places in the workspace the dragged blocks fit: under a block that lets
// blocks go under it, on top of a script that does not start with a hat, first inside a C
// block, or (for a reporter) in an empty slot that takes its shape. Blocks that do not end
// a script go only where nothing follows, unless a lone empty C block can wrap what follows.
// A hat goes only on top of a script. Reporters of a custom block's parameters go only into
// that block's definition.
func (w *Workspace) targets(d *drag) []target {
	first := d.run[0]
	fd := blocks.Lookup(first.Opcode)
	if fd == nil {
		return nil
	}
	shape := drawnShape(first, fd)
	last := d.run[len(d.run)-1]
	lastNext := canHaveNext(last, blocks.Lookup(last.Opcode))
	wrap := len(d.run) == 1 && (shape == blocks.C || shape == blocks.CElse) && len(first.Stacks["SUBSTACK"]) == 0
	fits := func(followed bool) bool { return !followed || lastNext || wrap }
	params := usedParams(d.run)
	size := Rect{W: d.layout.Boxes[0].Rect.W, H: d.height}

	l := w.Layout()
	var ts []target
	for si := range l.Scripts {
		sb := &l.Scripts[si]
		sc := d.rest.scripts[sb.Index]
		if !hasParams(sc, params) {
			continue
		}
		switch shape {
		case blocks.Reporter, blocks.Boolean:
			for _, b := range sb.Boxes {
				for i := range b.Parts {
					p := &b.Parts[i]
					if p.Kind != Slot || p.Block != nil || p.Input == blocks.BoolInput && shape != blocks.Boolean {
						continue
					}
					c := Candidate{Kind: InSlot, Block: b.Block.ID, Name: p.Name, Script: sb.Index, At: p.Rect.Min(), Rect: p.Rect}
					ts = append(ts, target{c: c, point: p.Rect.Min()})
				}
			}
			continue
		case blocks.Hat:
		default:
			for _, b := range sb.Boxes {
				if b.Index >= 0 && b.Next {
					var stack []*blocks.Block
					if b.Parent == nil {
						stack = sc.Blocks
					} else {
						stack = b.Parent.Block.Stacks[b.In]
					}
					followed := b.Index+1 < len(stack)
					if fits(followed) {
						at := Point{b.Rect.X, b.Rect.Y + b.Rect.H}
						c := Candidate{Kind: Under, Block: b.Block.ID, Script: sb.Index, Wrap: wrap && followed,
							At: at, Rect: Rect{at.X, at.Y, size.W, size.H}}
						ts = append(ts, target{c: c, point: at})
					}
				}
				for _, m := range b.Mouths {
					followed := len(b.Block.Stacks[m.Name]) > 0
					if fits(followed) {
						at := m.Rect.Min()
						c := Candidate{Kind: Inside, Block: b.Block.ID, Name: m.Name, Script: sb.Index,
							Wrap: wrap && followed, At: at, Rect: Rect{at.X, at.Y, size.W, size.H}}
						ts = append(ts, target{c: c, point: at})
					}
				}
			}
		}
		if top := sb.Boxes[0]; top.Shape != blocks.Hat && fits(true) {
			c := Candidate{Kind: Above, Block: top.Block.ID, Script: sb.Index, Wrap: wrap}
			from := bottomLeft
			if wrap {
				from = mouth
			}
			ts = append(ts, target{c: c, point: top.Rect.Min(), from: from})
		}
	}
	return ts
}

// usedParams lists the custom block parameters whose reporters are in bs.
func usedParams(bs []*blocks.Block) []string {
	var ps []string
	walk(bs, func(b *blocks.Block) {
		if b.Opcode == "argument_reporter_string_number" || b.Opcode == "argument_reporter_boolean" {
			ps = append(ps, b.Fields["VALUE"])
		}
	})
	return ps
}

// hasParams reports whether sc is the definition of a custom block with all of params.
func hasParams(sc blocks.Script, params []string) bool {
	if len(params) == 0 {
		return true
	}
	def := sc.Blocks[0]
	if def.Opcode != "procedures_definition" || def.Proc == nil {
		return false
	}
	for _, p := range params {
		if !slices.Contains(def.Proc.Params, p) {
			return false
		}
	}
	return true
}

// Dragging returns the drag in progress, if there is one.
func (w *Workspace) Dragging() (DragView, bool) {
	d := w.drag
	if d == nil {
		return DragView{}, false
	}
	return DragView{Layout: d.layout, Pane: d.pane, Candidate: d.cand, Deletes: d.pane == PanePalette}, true
}

// drop puts the dragged blocks down where the pointer let go.
func (w *Workspace) drop() Gesture {
	d := w.drag
	w.drag, w.layout = nil, nil
	g := Gesture{Pane: d.pane}
	if d.pane == PanePalette {
		g.Kind = Deleted
		if !d.isNew {
			if err := w.commit(d.rest); err != nil {
				return Gesture{Kind: Refused, Pane: d.pane, Err: err}
			}
		}
		return g
	}
	run := d.run
	if d.isNew {
		w.newIDs(run)
	}
	next, ok := w.place(d, run)
	if !ok {
		return Gesture{Kind: Refused, Pane: d.pane}
	}
	if reflect.DeepEqual(next.scripts, w.cur.scripts) {
		return Gesture{Kind: Dropped, Pane: d.pane} // put back where they were: nothing to undo
	}
	if err := w.commit(next); err != nil {
		return Gesture{Kind: Refused, Pane: d.pane, Err: err}
	}
	g.Kind = Dropped
	return g
}

// place returns the state with the dragged blocks where the drag's candidate says, or in a
// script of their own, and false when they cannot go there.
func (w *Workspace) place(d *drag, run []*blocks.Block) (state, bool) {
	rest, c := d.rest, d.cand
	wrapped := func(inner []*blocks.Block) []*blocks.Block {
		cb := clone(run[0])
		setStack(cb, blocks.Lookup(cb.Opcode).Stacks[0], inner)
		return []*blocks.Block{cb}
	}
	if c == nil {
		if s := blocks.Lookup(run[0].Opcode).Shape; s == blocks.Reporter || s == blocks.Boolean {
			return state{}, false // the file has no place for a reporter on its own
		}
		return rest.addScript(d.script, d.ptr.Sub(d.grab), run), true
	}
	switch c.Kind {
	case Under:
		_, l, ok := rest.find(c.Block)
		if !ok {
			return state{}, false
		}
		i := l.index + 1
		return rest.withStack(l.script, l.parent, l.name, func(st []*blocks.Block) []*blocks.Block {
			if c.Wrap {
				return concat(st[:i], wrapped(st[i:]))
			}
			return concat(st[:i], run, st[i:])
		}), true
	case Inside:
		cb, _, ok := rest.find(c.Block)
		if !ok {
			return state{}, false
		}
		nc := clone(cb)
		inner := cb.Stacks[c.Name]
		if c.Wrap {
			setStack(nc, c.Name, wrapped(inner))
		} else {
			setStack(nc, c.Name, concat(run, inner))
		}
		return rest.replace(cb.ID, nc), true
	case Above:
		scripts := slices.Clone(rest.scripts)
		sc := &scripts[c.Script]
		if c.Wrap {
			sc.Blocks = wrapped(sc.Blocks)
		} else {
			sc.Blocks = concat(run, sc.Blocks)
		}
		sc.X, sc.Y = clampCoord(c.At.X), clampCoord(c.At.Y)
		return state{scripts}, true
	case InSlot:
		pb, _, ok := rest.find(c.Block)
		if !ok {
			return state{}, false
		}
		nc := clone(pb)
		setInput(nc, c.Name, &blocks.Input{Block: run[0]})
		return rest.replace(pb.ID, nc), true
	}
	return state{}, false
}
