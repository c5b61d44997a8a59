package editor

import (
	"slices"
	"strings"

	"tsumiki/blocks"
)

// Choice is one entry of a dropdown: the value stored in the project and what the menu shows.
type Choice struct {
	Value string
	Label string
}

// Choices lists what the dropdown name of block id offers (a field, or a menu slot), in the
// workspace's language: the catalog's options and what the project has (variables, lists,
// costumes, backdrops, sounds, sprites, messages, keys, parameters).
func (w *Workspace) Choices(id, name string) ([]Choice, error) {
	b, _, ok := w.cur.find(id)
	if !ok {
		return nil, newError(msgNoBlock, id)
	}
	menu, opts, ok := menuOf(b, name)
	if !ok {
		return nil, newError(msgNoMenu, name)
	}
	return w.menuChoices(w.cur, b, menu, opts), nil
}

// menuOf returns where the choices of b's field or menu slot name come from.
func menuOf(b *blocks.Block, name string) (blocks.Menu, []blocks.Option, bool) {
	d := blocks.Lookup(b.Opcode)
	if d == nil {
		return 0, nil, false
	}
	if f := d.FieldSpec(name); f != nil {
		return f.Menu, f.Options, true
	}
	if in := d.InputSpec(name); in != nil && in.Kind == blocks.MenuInput {
		return in.Menu, in.Options, true
	}
	return 0, nil, false
}

// menuChoices lists a menu's choices for block b, which sits in s (or is new).
func (w *Workspace) menuChoices(s state, b *blocks.Block, menu blocks.Menu, opts []blocks.Option) []Choice {
	var cs []Choice
	static := func(opts []blocks.Option) {
		for _, o := range opts {
			cs = append(cs, Choice{o.Value, o.Label.In(w.lang)})
		}
	}
	names := func(names ...string) {
		for _, n := range names {
			cs = append(cs, Choice{n, n})
		}
	}
	t, stage := w.contents(), &w.p.Stage.Contents
	switch menu {
	case blocks.Static, blocks.KeyOf:
		static(opts)
		if menu == blocks.KeyOf {
			for c := 'a'; c <= 'z'; c++ {
				names(string(c))
			}
			for c := '0'; c <= '9'; c++ {
				names(string(c))
			}
		}
	case blocks.VariableOf:
		if b.Opcode == "sensing_of" {
			return w.propertyChoices(b, opts)
		}
		static(opts)
		names(visible(stage.Variables, t.Variables, w.isStage(), func(v blocks.Variable) string { return v.Name })...)
	case blocks.ListOf:
		static(opts)
		names(visible(stage.Lists, t.Lists, w.isStage(), func(l blocks.List) string { return l.Name })...)
	case blocks.CostumeOf:
		names(mediaNames(t.Costumes)...)
		static(opts)
	case blocks.BackdropOf:
		names(mediaNames(stage.Costumes)...)
		static(opts)
	case blocks.SoundOf:
		names(mediaNames(t.Sounds)...)
		static(opts)
	case blocks.SpriteOf:
		static(opts)
		for i, sp := range w.p.Sprites {
			if i != w.target {
				names(sp.Name)
			}
		}
	case blocks.MessageOf:
		static(opts)
		names(w.p.Messages...)
	case blocks.ParamOf:
		if sc, ok := scriptOf(s, b); ok && len(sc.Blocks) > 0 && sc.Blocks[0].Proc != nil {
			names(sc.Blocks[0].Proc.Params...)
		}
	}
	return cs
}

// propertyChoices lists what "( ) of ( )" can ask of the sprite or stage in its OBJECT slot,
// as Scratch does: the stage's backdrop, volume and variables, or a sprite's position,
// costume, size, volume and own variables.
func (w *Workspace) propertyChoices(b *blocks.Block, opts []blocks.Option) []Choice {
	object := ""
	if in := b.Inputs["OBJECT"]; in != nil && in.Literal != nil {
		object = in.Literal.Text
	}
	var sprite *blocks.Sprite
	for i := range w.p.Sprites {
		if w.p.Sprites[i].Name == object {
			sprite = &w.p.Sprites[i]
		}
	}
	stageProps := map[string]bool{"backdrop #": true, "backdrop name": true, "volume": true}
	var cs []Choice
	for _, o := range opts {
		if object == "_stage_" && !stageProps[o.Value] || sprite != nil && stageProps[o.Value] && o.Value != "volume" {
			continue
		}
		cs = append(cs, Choice{o.Value, o.Label.In(w.lang)})
	}
	var vars []blocks.Variable
	switch {
	case object == "_stage_":
		vars = w.p.Stage.Variables
	case sprite != nil:
		vars = sprite.Variables
	}
	for _, v := range vars {
		cs = append(cs, Choice{v.Name, v.Name})
	}
	return cs
}

// visible lists the names of the stage's items and, for a sprite, its own, sorted as
// Scratch's menus sort them.
func visible[T any](global, own []T, isStage bool, name func(T) string) []string {
	var ns []string
	for _, x := range global {
		ns = append(ns, name(x))
	}
	if !isStage {
		for _, x := range own {
			ns = append(ns, name(x))
		}
	}
	slices.SortStableFunc(ns, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	return ns
}

func mediaNames(ms []blocks.Media) []string {
	ns := make([]string, len(ms))
	for i, m := range ms {
		ns[i] = m.Name
	}
	return ns
}

// scriptOf returns the script of s that holds b.
func scriptOf(s state, b *blocks.Block) (blocks.Script, bool) {
	if b.ID == "" {
		return blocks.Script{}, false
	}
	_, l, ok := s.find(b.ID)
	if !ok {
		return blocks.Script{}, false
	}
	return s.scripts[l.script], true
}

func hasChoice(cs []Choice, v string) bool {
	return slices.ContainsFunc(cs, func(c Choice) bool { return c.Value == v })
}

// sortNames sorts xs by name as Scratch's menus and palette sort names: without case.
func sortNames[T any](xs []T, name func(T) string) {
	slices.SortStableFunc(xs, func(a, b T) int {
		return strings.Compare(strings.ToLower(name(a)), strings.ToLower(name(b)))
	})
}
