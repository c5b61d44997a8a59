package editor

import (
	"maps"
	"math"
	"slices"

	"tsumiki/blocks"
)

// state is the target's scripts at one moment. Nothing reachable from a state is ever
// changed: an edit copies the blocks on the path from its script down to what it changes and
// shares the rest. So a state is kept for undo by keeping its slice, and a block pointer
// always means the same block.
type state struct {
	scripts []blocks.Script
}

// loc is where a block sits in a state.
type loc struct {
	script int           // index of its script
	parent *blocks.Block // the block holding it; nil at the top of the script
	name   string        // the parent's input or inner stack holding it
	input  bool          // name is an input: the block is a reporter in it
	index  int           // its place in its stack; -1 in an input
}

// find returns the block with that id and where it sits.
func (s state) find(id string) (*blocks.Block, loc, bool) {
	for i, sc := range s.scripts {
		if b, l, ok := findInStack(sc.Blocks, id, loc{script: i}); ok {
			return b, l, true
		}
	}
	return nil, loc{}, false
}

func findInStack(stack []*blocks.Block, id string, l loc) (*blocks.Block, loc, bool) {
	for i, b := range stack {
		if b.ID == id {
			l.index = i
			return b, l, true
		}
		if found, fl, ok := findInBlock(b, id, l.script); ok {
			return found, fl, true
		}
	}
	return nil, loc{}, false
}

func findInBlock(b *blocks.Block, id string, script int) (*blocks.Block, loc, bool) {
	for name, in := range b.Inputs {
		if in == nil || in.Block == nil {
			continue
		}
		if in.Block.ID == id {
			return in.Block, loc{script: script, parent: b, name: name, input: true, index: -1}, true
		}
		if found, l, ok := findInBlock(in.Block, id, script); ok {
			return found, l, true
		}
	}
	for name, st := range b.Stacks {
		if found, l, ok := findInStack(st, id, loc{script: script, parent: b, name: name}); ok {
			return found, l, true
		}
	}
	return nil, loc{}, false
}

// replace returns s with the block id replaced by nb, copying the blocks above it.
func (s state) replace(id string, nb *blocks.Block) state {
	for i, sc := range s.scripts {
		if st, ok := replaceInStack(sc.Blocks, id, nb); ok {
			scripts := slices.Clone(s.scripts)
			scripts[i].Blocks = st
			return state{scripts}
		}
	}
	return s
}

func replaceInStack(stack []*blocks.Block, id string, nb *blocks.Block) ([]*blocks.Block, bool) {
	for i, b := range stack {
		r := nb
		if b.ID != id {
			var ok bool
			if r, ok = replaceInBlock(b, id, nb); !ok {
				continue
			}
		}
		out := slices.Clone(stack)
		out[i] = r
		return out, true
	}
	return nil, false
}

func replaceInBlock(b *blocks.Block, id string, nb *blocks.Block) (*blocks.Block, bool) {
	for name, in := range b.Inputs {
		if in == nil || in.Block == nil {
			continue
		}
		r := nb
		if in.Block.ID != id {
			var ok bool
			if r, ok = replaceInBlock(in.Block, id, nb); !ok {
				continue
			}
		}
		c := clone(b)
		c.Inputs[name] = &blocks.Input{Block: r}
		return c, true
	}
	for name, st := range b.Stacks {
		if out, ok := replaceInStack(st, id, nb); ok {
			c := clone(b)
			c.Stacks[name] = out
			return c, true
		}
	}
	return nil, false
}

// withStack returns s with one stack replaced by what edit makes of it: the top-level stack
// of script i when parent is nil, else parent's inner stack name. edit must return a new
// slice. A script left with no blocks is removed.
func (s state) withStack(i int, parent *blocks.Block, name string, edit func([]*blocks.Block) []*blocks.Block) state {
	if parent == nil {
		scripts := slices.Clone(s.scripts)
		scripts[i].Blocks = edit(scripts[i].Blocks)
		if len(scripts[i].Blocks) == 0 {
			scripts = slices.Delete(scripts, i, i+1)
		}
		return state{scripts}
	}
	c := clone(parent)
	setStack(c, name, edit(parent.Stacks[name]))
	return s.replace(parent.ID, c)
}

// clone returns a copy of b that can be changed: its own maps, sharing what they hold.
func clone(b *blocks.Block) *blocks.Block {
	c := *b
	c.Fields = maps.Clone(b.Fields)
	c.Inputs = maps.Clone(b.Inputs)
	c.Stacks = maps.Clone(b.Stacks)
	return &c
}

// deepClone copies b and everything it holds.
func deepClone(b *blocks.Block) *blocks.Block {
	c := clone(b)
	for name, in := range c.Inputs {
		if in != nil && in.Block != nil {
			c.Inputs[name] = &blocks.Input{Block: deepClone(in.Block)}
		}
	}
	for name, st := range c.Stacks {
		c.Stacks[name] = deepCloneStack(st)
	}
	if b.Proc != nil {
		p := *b.Proc
		p.Params = slices.Clone(p.Params)
		c.Proc = &p
	}
	return c
}

func deepCloneStack(bs []*blocks.Block) []*blocks.Block {
	out := make([]*blocks.Block, len(bs))
	for i, b := range bs {
		out[i] = deepClone(b)
	}
	return out
}

// setStack sets c's inner stack name, leaving no empty stacks in the file.
func setStack(c *blocks.Block, name string, st []*blocks.Block) {
	if len(st) == 0 {
		delete(c.Stacks, name)
		if len(c.Stacks) == 0 {
			c.Stacks = nil
		}
		return
	}
	if c.Stacks == nil {
		c.Stacks = make(map[string][]*blocks.Block)
	}
	c.Stacks[name] = st
}

// setInput sets c's input name; nil empties it (for a hexagonal slot).
func setInput(c *blocks.Block, name string, in *blocks.Input) {
	if in == nil {
		delete(c.Inputs, name)
		if len(c.Inputs) == 0 {
			c.Inputs = nil
		}
		return
	}
	if c.Inputs == nil {
		c.Inputs = make(map[string]*blocks.Input)
	}
	c.Inputs[name] = in
}

// concat returns a new slice of the stacks one after another.
func concat(parts ...[]*blocks.Block) []*blocks.Block {
	return slices.Concat(parts...)
}

// walk calls f for every block in bs and everything they hold, always in the same order.
func walk(bs []*blocks.Block, f func(*blocks.Block)) {
	for _, b := range bs {
		walkBlock(b, f)
	}
}

// walkBlock calls f for b and everything it holds: its reporters by input name, then its
// inner stacks in order.
func walkBlock(b *blocks.Block, f func(*blocks.Block)) {
	f(b)
	for _, name := range slices.Sorted(maps.Keys(b.Inputs)) {
		if in := b.Inputs[name]; in != nil && in.Block != nil {
			walkBlock(in.Block, f)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(b.Stacks)) {
		walk(b.Stacks[name], f)
	}
}

// addScript returns s with a new script of bs at at, inserted at index i or, when i < 0,
// added last.
func (s state) addScript(i int, at Point, bs []*blocks.Block) state {
	sc := blocks.Script{X: clampCoord(at.X), Y: clampCoord(at.Y), Blocks: bs}
	scripts := make([]blocks.Script, 0, len(s.scripts)+1)
	if i < 0 || i > len(s.scripts) {
		i = len(s.scripts)
	}
	scripts = append(scripts, s.scripts[:i]...)
	scripts = append(scripts, sc)
	scripts = append(scripts, s.scripts[i:]...)
	return state{scripts}
}

// clampCoord rounds a workspace coordinate to a whole unit, within the file's limits.
func clampCoord(v float64) float64 {
	return max(-blocks.MaxCoordinate, min(blocks.MaxCoordinate, math.Round(v)))
}
