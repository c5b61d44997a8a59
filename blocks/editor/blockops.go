package editor

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"tsumiki/blocks"
)

// The context menu's changes to blocks: duplicate, delete, comment, and the script area's
// "Clean up blocks".

// Duplicate copies block id and the blocks under it (a reporter alone; a hat with its whole
// script), with new ids, and holds the copy at the pointer as a drag in progress, as Scratch's
// "duplicate" does: at is the pointer in workspace coordinates, and the copy's top-left sits a
// little above and to the left of it. The next pointer events move and drop the copy exactly
// as they move and drop a block dragged from the palette: moves (with the button up or down)
// carry it, the next Up puts it down (a Down before it is ignored), and over the palette it
// is thrown away. A definition cannot be duplicated (its block would be defined twice). It
// reports whether the drag began.
func (w *Workspace) Duplicate(id string, at Point) bool {
	if w.settle() != nil {
		return false
	}
	b, l, ok := w.cur.find(id)
	if !ok || b.Opcode == "procedures_definition" {
		return false
	}
	var run []*blocks.Block
	if l.input {
		run = []*blocks.Block{deepClone(b)}
	} else {
		stack := w.cur.scripts[l.script].Blocks
		if l.parent != nil {
			stack = l.parent.Stacks[l.name]
		}
		run = deepCloneStack(stack[l.index:])
	}
	d := &drag{run: run, isNew: true, rest: w.cur, script: -1, ptr: at, pane: PaneScripts,
		grab: Point{w.m.PadX, w.m.PadY}}
	w.drag = d
	w.layout = nil
	d.relayout(w)
	return true
}

// DeleteBlock deletes block id, as the context menu's "Delete Block" does in Scratch: a stack
// block goes alone (with what a C block holds) and the blocks under it close up; a hat goes
// with its whole script; a reporter leaves its slot as a new block's. A custom block's
// definition is refused while the block is used, as in Scratch.
func (w *Workspace) DeleteBlock(id string) error {
	if err := w.settle(); err != nil {
		return err
	}
	b, l, ok := w.cur.find(id)
	if !ok {
		return newError(msgNoBlock, id)
	}
	var next state
	switch d := blocks.Lookup(b.Opcode); {
	case l.input:
		c := clone(l.parent)
		setInput(c, l.name, w.emptyLiteral(l.parent, l.name))
		next = w.cur.replace(l.parent.ID, c)
	case d != nil && d.Shape == blocks.Hat:
		if b.Opcode == "procedures_definition" && b.Proc != nil && w.procUsed(b.Proc.Code) {
			return newError(msgProcInUse)
		}
		next = state{scripts: slices.Delete(slices.Clone(w.cur.scripts), l.script, l.script+1)}
	default:
		next = w.cur.withStack(l.script, l.parent, l.name, func(st []*blocks.Block) []*blocks.Block {
			return concat(st[:l.index], st[l.index+1:])
		})
	}
	return w.commit(next)
}

// procUsed reports whether a call of the custom block code is in the target's scripts.
func (w *Workspace) procUsed(code string) bool {
	used := false
	for _, sc := range w.cur.scripts {
		walk(sc.Blocks, func(b *blocks.Block) {
			used = used || b.Opcode == "procedures_call" && b.Proc != nil && b.Proc.Code == code
		})
	}
	return used
}

// SetComment sets the comment of block id; empty text removes it.
func (w *Workspace) SetComment(id, text string) error {
	if err := w.settle(); err != nil {
		return err
	}
	b, _, ok := w.cur.find(id)
	if !ok {
		return newError(msgNoBlock, id)
	}
	if len(text) > blocks.MaxTextLen*4 || utf8.RuneCountInString(text) > blocks.MaxTextLen {
		return newError(msgTextLong, blocks.MaxTextLen)
	}
	if b.Comment == text {
		return nil
	}
	c := clone(b)
	c.Comment = text
	return w.commit(w.cur.replace(id, c))
}

// cleanUpMargin is where "Clean up blocks" puts the first script: this far from the
// workspace's origin on both axes.
const cleanUpMargin = 20

// CleanUp lines the target's scripts up as Scratch's "Clean up blocks" does: in one column at
// the left, from the top, in the order they stood from top to bottom, each a stack block's
// height below the one before. The file keeps its order of scripts. It is one change to undo;
// when the scripts are lined up already it changes nothing.
func (w *Workspace) CleanUp() error {
	if err := w.settle(); err != nil {
		return err
	}
	l := w.Layout()
	order := make([]int, len(w.cur.scripts))
	for i := range order {
		order[i] = i
	}
	ss := w.cur.scripts
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(ss[a].Y, ss[b].Y), cmp.Compare(ss[a].X, ss[b].X))
	})
	next := slices.Clone(ss)
	y := float64(cleanUpMargin)
	for _, i := range order {
		sb := &l.Scripts[i]
		next[i].X = clampCoord(cleanUpMargin + sb.At.X - sb.Bounds.X)
		next[i].Y = clampCoord(y + sb.At.Y - sb.Bounds.Y)
		y = next[i].Y - (sb.At.Y - sb.Bounds.Y) + sb.Bounds.H + w.m.MinStackH
	}
	if slices.EqualFunc(next, ss, func(a, b blocks.Script) bool { return a.X == b.X && a.Y == b.Y }) {
		return nil
	}
	return w.commit(state{scripts: next})
}

// freeSpot returns a place for a new script of size r at the left of the script area, down
// from the top, clear of the other scripts by a stack block's height.
func (w *Workspace) freeSpot(size Rect) Point {
	l := w.Layout()
	gap := w.m.MinStackH
	at := Point{cleanUpMargin, cleanUpMargin}
	for {
		moved := false
		r := Rect{at.X - gap, at.Y - gap, size.W + 2*gap, size.H + 2*gap}
		for _, sb := range l.Scripts {
			b := sb.Bounds
			if r.X < b.X+b.W && b.X < r.X+r.W && r.Y < b.Y+b.H && b.Y < r.Y+r.H {
				at.Y = max(at.Y, b.Y+b.H+gap)
				moved = true
			}
		}
		if !moved {
			return at
		}
	}
}
