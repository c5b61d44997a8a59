package editor

import (
	"slices"

	"tsumiki/blocks"
)

// rewriter changes blocks throughout scripts, copying only the blocks on the paths down to what
// it changes and sharing the rest, as every edit does.
type rewriter struct {
	// block says what b becomes, before the blocks b holds are rewritten: b itself, a clone
	// of it (with maps of its own) changed, or drop: a stack block goes with what it holds
	// and the blocks under it close up; a reporter leaves its slot's literal (empty).
	block func(b *blocks.Block) (nb *blocks.Block, drop bool)
	empty func(parent *blocks.Block, input string) *blocks.Input
}

// scripts rewrites ss and reports whether anything changed. A script left with no blocks goes.
func (r *rewriter) scripts(ss []blocks.Script) ([]blocks.Script, bool) {
	var out []blocks.Script
	for i, s := range ss {
		bs, changed := r.stack(s.Blocks)
		if changed && out == nil {
			out = make([]blocks.Script, i, len(ss))
			copy(out, ss[:i])
		}
		if out == nil {
			continue
		}
		if changed {
			if len(bs) == 0 {
				continue
			}
			s.Blocks = bs
		}
		out = append(out, s)
	}
	if out == nil {
		return ss, false
	}
	return out, true
}

func (r *rewriter) stack(bs []*blocks.Block) ([]*blocks.Block, bool) {
	var out []*blocks.Block
	for i, b := range bs {
		nb, drop, changed := r.one(b)
		if changed && out == nil {
			out = make([]*blocks.Block, i, len(bs))
			copy(out, bs[:i])
		}
		if out != nil && !drop {
			out = append(out, nb)
		}
	}
	if out == nil {
		return bs, false
	}
	return out, true
}

// one rewrites b and what it holds: what it becomes, whether it goes, whether it changed.
func (r *rewriter) one(b *blocks.Block) (*blocks.Block, bool, bool) {
	nb, drop := r.block(b)
	if drop {
		return nil, true, true
	}
	owned := nb != b
	own := func() {
		if !owned {
			nb, owned = clone(b), true
		}
	}
	for name, in := range b.Inputs {
		if in == nil || in.Block == nil {
			continue
		}
		c, dropped, changed := r.one(in.Block)
		if !changed {
			continue
		}
		own()
		if dropped {
			var e *blocks.Input
			if r.empty != nil {
				e = r.empty(nb, name)
			}
			setInput(nb, name, e)
		} else {
			nb.Inputs[name] = &blocks.Input{Block: c}
		}
	}
	for name, st := range b.Stacks {
		out, changed := r.stack(st)
		if !changed {
			continue
		}
		own()
		setStack(nb, name, out)
	}
	return nb, false, owned
}

// ownSprites gives p, a shallow copy of a project, sprites of its own, so that their fields
// and slices can be set.
func ownSprites(p *blocks.Project) { p.Sprites = slices.Clone(p.Sprites) }

// contentsIn returns the contents of target t in p, without copying anything.
func contentsIn(p *blocks.Project, t int) *blocks.Contents {
	if t == StageTarget {
		return &p.Stage.Contents
	}
	return &p.Sprites[t].Contents
}

// targetName is how menus name target t: "_stage_" for the stage, else the sprite's name.
func targetName(p *blocks.Project, t int) string {
	if t == StageTarget {
		return "_stage_"
	}
	return p.Sprites[t].Name
}

// rewriteTargets rewrites the scripts of targets ts of p, which must have sprites of its own
// (ownSprites), with the rewriter r gives for each target.
func rewriteTargets(p *blocks.Project, ts []int, r func(t int) *rewriter) {
	for _, t := range ts {
		c := contentsIn(p, t)
		if ss, changed := r(t).scripts(c.Scripts); changed {
			c.Scripts = ss
		}
	}
}

// allTargets lists the stage and every sprite of p.
func allTargets(p *blocks.Project) []int {
	ts := make([]int, 0, len(p.Sprites)+1)
	ts = append(ts, StageTarget)
	for i := range p.Sprites {
		ts = append(ts, i)
	}
	return ts
}

// emptyIn returns what a slot of a block in target t holds again when its reporter goes, as
// emptyLiteral does for the target being edited.
func (w *Workspace) emptyIn(t int) func(*blocks.Block, string) *blocks.Input {
	return func(b *blocks.Block, name string) *blocks.Input {
		saveT, saveCur := w.target, w.cur
		w.target, w.cur = t, state{scripts: contentsIn(w.p, t).Scripts}
		defer func() { w.target, w.cur = saveT, saveCur }()
		return w.emptyLiteral(b, name)
	}
}

// menuRefs calls f for every dropdown of b whose choices come from menu: fields, and menu
// slots holding no reporter, with their values. "( ) of ( )" is left out of variable menus,
// since its property names another target's variables.
func menuRefs(b *blocks.Block, menu blocks.Menu, f func(name, val string, field bool)) {
	d := blocks.Lookup(b.Opcode)
	if d == nil || menu == blocks.VariableOf && b.Opcode == "sensing_of" {
		return
	}
	for _, fs := range d.Fields {
		if fs.Menu == menu {
			if v, ok := b.Fields[fs.Name]; ok {
				f(fs.Name, v, true)
			}
		}
	}
	for _, in := range d.Inputs {
		if in.Kind == blocks.MenuInput && in.Menu == menu {
			if v := b.Inputs[in.Name]; v != nil && v.Literal != nil {
				f(in.Name, v.Literal.Text, false)
			}
		}
	}
}

// setMenu sets the dropdown name of c, a clone, to val.
func setMenu(c *blocks.Block, name, val string, field bool) {
	if field {
		c.Fields[name] = val
		return
	}
	v := blocks.TextValue(val)
	setInput(c, name, &blocks.Input{Literal: &v})
}

// renamer returns a rewriter that renames old to name in every dropdown of menu.
func renamer(menu blocks.Menu, old, name string, also func(b *blocks.Block) *blocks.Block) *rewriter {
	return &rewriter{block: func(b *blocks.Block) (*blocks.Block, bool) {
		nb := b
		menuRefs(b, menu, func(n, v string, field bool) {
			if v == old {
				if nb == b {
					nb = clone(b)
				}
				setMenu(nb, n, name, field)
			}
		})
		if also != nil {
			if c := also(nb); c != nil {
				nb = c
			}
		}
		return nb, false
	}}
}
