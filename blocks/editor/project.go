package editor

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"tsumiki/blocks"
)

// The workspace's changes to the project beyond the scripts: variables, lists, messages,
// sprites, costumes and monitors. Each is one change to undo, refused with an *Error when it
// makes no sense (an empty name, a name taken, past a limit) and with blocks.Problems when
// the project would not pass blocks.Check.

// cleanName trims the spaces around a name, as Scratch's name prompts do, and checks it is
// neither empty nor too long.
func cleanName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", newError(msgNameEmpty)
	}
	if utf8.RuneCountInString(name) > blocks.MaxNameLen {
		return "", newError(msgNameLong, blocks.MaxNameLen)
	}
	return name, nil
}

// dataNames returns the names of the variables, or lists, of c.
func dataNamesOf(c *blocks.Contents, list bool) []string {
	var ns []string
	if list {
		for _, l := range c.Lists {
			ns = append(ns, l.Name)
		}
	} else {
		for _, v := range c.Variables {
			ns = append(ns, v.Name)
		}
	}
	return ns
}

// dataTaken reports whether a variable (or list) called name would clash, as Scratch has it:
// one for all sprites clashes with the stage's and with every sprite's own; a sprite's own
// clashes with its others and with the stage's.
func (w *Workspace) dataTaken(name string, list bool, owner int) bool {
	if slices.Contains(dataNamesOf(&w.p.Stage.Contents, list), name) {
		return true
	}
	for i := range w.p.Sprites {
		if (owner == StageTarget || owner == i) && slices.Contains(dataNamesOf(&w.p.Sprites[i].Contents, list), name) {
			return true
		}
	}
	return false
}

// dataOwner returns who has the variable (or list) name that the target being edited sees:
// the sprite itself when it has one of that name, else the stage.
func (w *Workspace) dataOwner(name string, list bool) (int, error) {
	if !w.isStage() && slices.Contains(dataNamesOf(w.contents(), list), name) {
		return w.target, nil
	}
	if slices.Contains(dataNamesOf(&w.p.Stage.Contents, list), name) {
		return StageTarget, nil
	}
	if list {
		return 0, newError(msgNoList, name)
	}
	return 0, newError(msgNoVariable, name)
}

// dataScope lists the targets whose blocks a variable (or list) of owner called name reaches:
// for a sprite's own, the sprite; for the stage's, the stage and every sprite without its own
// of that name.
func dataScope(p *blocks.Project, owner int, name string, list bool) []int {
	if owner != StageTarget {
		return []int{owner}
	}
	ts := []int{StageTarget}
	for i := range p.Sprites {
		if !slices.Contains(dataNamesOf(&p.Sprites[i].Contents, list), name) {
			ts = append(ts, i)
		}
	}
	return ts
}

// NewVariable makes a variable called name: for all sprites (on the stage) when forAll, or
// for the sprite being edited only. On the stage every variable is for all sprites. As in
// Scratch, the new variable starts at 0 with its monitor shown, and its name may not be one
// the target can see or (for all sprites) one any sprite has.
func (w *Workspace) NewVariable(name string, forAll bool) error {
	return w.newData(name, forAll, false)
}

// NewList makes a list called name, empty, as NewVariable makes a variable.
func (w *Workspace) NewList(name string, forAll bool) error { return w.newData(name, forAll, true) }

func (w *Workspace) newData(name string, forAll, list bool) error {
	if err := w.settle(); err != nil {
		return err
	}
	name, err := cleanName(name)
	if err != nil {
		return err
	}
	owner := w.target
	if forAll {
		owner = StageTarget
	}
	if w.dataTaken(name, list, owner) {
		if list {
			return newError(msgListExists, name)
		}
		return newError(msgVarExists, name)
	}
	p := *w.p
	c := targetContents(&p, owner)
	if list {
		if len(c.Lists) >= blocks.MaxDataItems {
			return newError(msgTooMany, blocks.MaxDataItems, whatLists)
		}
		c.Lists = append(slices.Clip(c.Lists), blocks.List{Name: name, Items: []blocks.Value{}, Monitor: true})
	} else {
		if len(c.Variables) >= blocks.MaxDataItems {
			return newError(msgTooMany, blocks.MaxDataItems, whatVariables)
		}
		c.Variables = append(slices.Clip(c.Variables), blocks.Variable{Name: name, Value: blocks.NumberValue("0"), Monitor: true})
	}
	return w.commitProject(p, w.target)
}

// RenameVariable renames the variable old that the target being edited sees, and every block
// that uses it, as Scratch does: also "( ) of ( )" blocks asking for it elsewhere.
func (w *Workspace) RenameVariable(old, name string) error { return w.renameData(old, name, false) }

// RenameList renames the list old that the target being edited sees, and every block using it.
func (w *Workspace) RenameList(old, name string) error { return w.renameData(old, name, true) }

func (w *Workspace) renameData(old, name string, list bool) error {
	if err := w.settle(); err != nil {
		return err
	}
	owner, err := w.dataOwner(old, list)
	if err != nil {
		return err
	}
	if name, err = cleanName(name); err != nil {
		return err
	}
	if name == old {
		return nil
	}
	if w.dataTaken(name, list, owner) {
		if list {
			return newError(msgListExists, name)
		}
		return newError(msgVarExists, name)
	}
	p := *w.p
	ownSprites(&p)
	menu := blocks.VariableOf
	if list {
		menu = blocks.ListOf
	}
	scope := dataScope(&p, owner, old, list)
	ownerName := targetName(&p, owner)
	rewriteTargets(&p, allTargets(&p), func(t int) *rewriter {
		m := menu
		if !slices.Contains(scope, t) {
			m = -1 // no dropdown of this target names it
		}
		var also func(*blocks.Block) *blocks.Block
		if !list {
			also = func(b *blocks.Block) *blocks.Block {
				if b.Opcode != "sensing_of" || b.Fields["PROPERTY"] != old {
					return nil
				}
				if in := b.Inputs["OBJECT"]; in == nil || in.Literal == nil || in.Literal.Text != ownerName {
					return nil
				}
				c := clone(b)
				c.Fields["PROPERTY"] = name
				return c
			}
		}
		return renamer(m, old, name, also)
	})
	c := contentsIn(&p, owner)
	if list {
		c.Lists = slices.Clone(c.Lists)
		c.Lists[slices.IndexFunc(c.Lists, func(l blocks.List) bool { return l.Name == old })].Name = name
	} else {
		c.Variables = slices.Clone(c.Variables)
		c.Variables[slices.IndexFunc(c.Variables, func(v blocks.Variable) bool { return v.Name == old })].Name = name
	}
	return w.commitProject(p, w.target)
}

// DeleteVariable deletes the variable name that the target being edited sees, and, as Scratch
// does, every block that uses it: a stack block goes and the blocks under it close up, a
// reporter leaves its slot as a new block's.
func (w *Workspace) DeleteVariable(name string) error { return w.deleteData(name, false) }

// DeleteList deletes the list name that the target being edited sees, and every block using it.
func (w *Workspace) DeleteList(name string) error { return w.deleteData(name, true) }

func (w *Workspace) deleteData(name string, list bool) error {
	if err := w.settle(); err != nil {
		return err
	}
	owner, err := w.dataOwner(name, list)
	if err != nil {
		return err
	}
	p := *w.p
	ownSprites(&p)
	menu := blocks.VariableOf
	if list {
		menu = blocks.ListOf
	}
	rewriteTargets(&p, dataScope(&p, owner, name, list), func(t int) *rewriter {
		return &rewriter{empty: w.emptyIn(t), block: func(b *blocks.Block) (*blocks.Block, bool) {
			uses := false
			menuRefs(b, menu, func(_, v string, _ bool) { uses = uses || v == name })
			return b, uses
		}}
	})
	c := contentsIn(&p, owner)
	if list {
		c.Lists = slices.DeleteFunc(slices.Clone(c.Lists), func(l blocks.List) bool { return l.Name == name })
	} else {
		c.Variables = slices.DeleteFunc(slices.Clone(c.Variables), func(v blocks.Variable) bool { return v.Name == name })
	}
	return w.commitProject(p, w.target)
}

// SetMonitor shows or hides the monitor of a variable (or list) of target (StageTarget or a
// sprite) on the stage when the project starts, as the palette's checkboxes do.
func (w *Workspace) SetMonitor(target int, name string, list bool, shown bool) error {
	if err := w.settle(); err != nil {
		return err
	}
	if target < StageTarget || target >= len(w.p.Sprites) {
		return newError(msgNoTarget, target+1)
	}
	p := *w.p
	c := contentsIn(&p, target)
	if list {
		i := slices.IndexFunc(c.Lists, func(l blocks.List) bool { return l.Name == name })
		if i < 0 {
			return newError(msgNoList, name)
		}
		if c.Lists[i].Monitor == shown {
			return nil
		}
		c = targetContents(&p, target)
		c.Lists = slices.Clone(c.Lists)
		c.Lists[i].Monitor = shown
	} else {
		i := slices.IndexFunc(c.Variables, func(v blocks.Variable) bool { return v.Name == name })
		if i < 0 {
			return newError(msgNoVariable, name)
		}
		if c.Variables[i].Monitor == shown {
			return nil
		}
		c = targetContents(&p, target)
		c.Variables = slices.Clone(c.Variables)
		c.Variables[i].Monitor = shown
	}
	return w.commitProject(p, w.target)
}

// NewMessage adds a broadcast message called name. Messages match without case, as
// broadcasts do, so "Go" and "go" are the same message.
func (w *Workspace) NewMessage(name string) error {
	if err := w.settle(); err != nil {
		return err
	}
	name, err := cleanName(name)
	if err != nil {
		return err
	}
	for _, m := range w.p.Messages {
		if strings.EqualFold(m, name) {
			return newError(msgMessageExists, m)
		}
	}
	if len(w.p.Messages) >= blocks.MaxDataItems {
		return newError(msgTooMany, blocks.MaxDataItems, whatMessages)
	}
	p := *w.p
	p.Messages = append(slices.Clip(p.Messages), name)
	return w.commitProject(p, w.target)
}

// unusedName returns name, or when names has it already, name without its last digits and
// the least number from 2 that makes it new, as Scratch names sprites and costumes: a second
// "Sprite1" is "Sprite2".
func unusedName(name string, names []string) string {
	if !slices.Contains(names, name) {
		return name
	}
	name = strings.TrimRight(name, "0123456789")
	for i := 2; ; i++ {
		if n := name + strconv.Itoa(i); !slices.Contains(names, n) {
			return n
		}
	}
}

// spriteNameOK checks a name for a sprite: not the stage's, and not one of the names menus
// keep for themselves (like "_mouse_").
func spriteNameOK(name string) error {
	if name == blocks.StageName || strings.HasPrefix(name, "_") && strings.HasSuffix(name, "_") {
		return newError(msgSpriteName, name)
	}
	return nil
}

// spriteNames lists the names of p's sprites but sprite skip.
func spriteNames(p *blocks.Project, skip int) []string {
	var ns []string
	for i := range p.Sprites {
		if i != skip {
			ns = append(ns, p.Sprites[i].Name)
		}
	}
	return ns
}

// AddSprite adds a sprite wearing costume, as Scratch adds one: named name or, when that is
// taken, name with the next free number ("Sprite2"; "Sprite1" when name is empty), at 0,0, of
// size 100, pointing in direction 90, shown, rotating all around, on top of the others. The
// workspace then edits the new sprite, whose index it returns.
func (w *Workspace) AddSprite(name string, costume blocks.Media) (int, error) {
	if err := w.settle(); err != nil {
		return 0, err
	}
	if strings.TrimSpace(name) == "" {
		name = "Sprite1"
	}
	name, err := cleanName(name)
	if err != nil {
		return 0, err
	}
	if err := spriteNameOK(name); err != nil {
		return 0, err
	}
	if name = unusedName(name, spriteNames(w.p, -1)); utf8.RuneCountInString(name) > blocks.MaxNameLen {
		return 0, newError(msgNameLong, blocks.MaxNameLen)
	}
	if len(w.p.Sprites) >= blocks.MaxTargets {
		return 0, newError(msgTooMany, blocks.MaxTargets, whatSprites)
	}
	if strings.TrimSpace(costume.Name) == "" {
		costume.Name = "costume1"
	}
	layer := 0
	for _, s := range w.p.Sprites {
		layer = max(layer, s.Layer)
	}
	s := blocks.Sprite{Name: name, Direction: 90, Size: 100, Visible: true, RotationStyle: "all around",
		Layer: layer + 1, Contents: blocks.Contents{Costumes: []blocks.Media{costume}}}
	p := *w.p
	p.Sprites = append(slices.Clip(p.Sprites), s)
	i := len(p.Sprites) - 1
	if err := w.commitProject(p, i); err != nil {
		return 0, err
	}
	return i, nil
}

// RenameSprite renames sprite i, as Scratch does: when another sprite has the name, it gets
// the next free number. The stage's name and names like "_mouse_" are refused. Blocks that
// name the sprite in a menu (go to, glide to, point towards, touching, distance to, "of",
// create clone of) follow the rename.
func (w *Workspace) RenameSprite(i int, name string) error {
	if err := w.settle(); err != nil {
		return err
	}
	if i < 0 || i >= len(w.p.Sprites) {
		return newError(msgNoTarget, i+1)
	}
	name, err := cleanName(name)
	if err != nil {
		return err
	}
	if err := spriteNameOK(name); err != nil {
		return err
	}
	old := w.p.Sprites[i].Name
	if name = unusedName(name, spriteNames(w.p, i)); name == old {
		return nil
	}
	if utf8.RuneCountInString(name) > blocks.MaxNameLen {
		return newError(msgNameLong, blocks.MaxNameLen)
	}
	p := *w.p
	ownSprites(&p)
	p.Sprites[i].Name = name
	rewriteTargets(&p, allTargets(&p), func(int) *rewriter { return renamer(blocks.SpriteOf, old, name, nil) })
	return w.commitProject(p, w.target)
}

// DeleteSprite deletes sprite i. Menus elsewhere that named it go back to a new block's
// choice (go to "random position", touching "mouse-pointer", "of" the stage …), the sprites
// above it come down a layer, and when it was being edited the workspace edits the sprite
// that takes its place in the list, or the one before, or the stage.
func (w *Workspace) DeleteSprite(i int) error {
	if err := w.settle(); err != nil {
		return err
	}
	if i < 0 || i >= len(w.p.Sprites) {
		return newError(msgNoTarget, i+1)
	}
	name, layer := w.p.Sprites[i].Name, w.p.Sprites[i].Layer
	p := *w.p
	ownSprites(&p)
	ts := slices.DeleteFunc(allTargets(&p), func(t int) bool { return t == i })
	rewriteTargets(&p, ts, func(t int) *rewriter {
		return &rewriter{block: func(b *blocks.Block) (*blocks.Block, bool) {
			nb := b
			menuRefs(b, blocks.SpriteOf, func(n, v string, field bool) {
				if v != name || field {
					return
				}
				if nb == b {
					nb = clone(b)
				}
				setMenu(nb, n, blocks.Lookup(b.Opcode).InputSpec(n).Default, false)
				if nb.Opcode == "sensing_of" {
					if cs := w.propertyChoices(nb, blocks.Lookup(nb.Opcode).FieldSpec("PROPERTY").Options); !hasChoice(cs, nb.Fields["PROPERTY"]) && len(cs) > 0 {
						nb.Fields["PROPERTY"] = cs[0].Value
					}
				}
			})
			return nb, false
		}}
	})
	p.Sprites = slices.Delete(p.Sprites, i, i+1)
	for j := range p.Sprites {
		if p.Sprites[j].Layer > layer {
			p.Sprites[j].Layer--
		}
	}
	target := w.target
	switch {
	case target == i:
		target = min(i, len(p.Sprites)-1)
	case target > i:
		target--
	}
	return w.commitProject(p, target)
}

// SetSprite sets where sprite i starts: its position, kept as given; its size in percent,
// limited as Scratch limits it when Options.CostumeSize tells the costume's size (the
// costume's shorter side at least 5 pixels, the sprite at most 1.5 times the stage), else only
// to be positive; and its direction, wrapped into -179..180 as Scratch wraps it.
func (w *Workspace) SetSprite(i int, x, y, size, direction float64) error {
	if err := w.settle(); err != nil {
		return err
	}
	if i < 0 || i >= len(w.p.Sprites) {
		return newError(msgNoTarget, i+1)
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"x", x}, {"y", y}, {"size", size}, {"direction", direction}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return newError(msgNotFinite, f.name)
		}
	}
	s := w.p.Sprites[i]
	lim := func(v float64) float64 { return max(-blocks.MaxCoordinate, min(blocks.MaxCoordinate, v)) }
	x, y = lim(x), lim(y)
	direction = direction - math.Floor((direction+179)/360)*360
	size = max(0, lim(size))
	if w.opts.CostumeSize != nil && s.Costume >= 0 && s.Costume < len(s.Costumes) {
		if cw, ch, ok := w.opts.CostumeSize(s.Costumes[s.Costume]); ok && cw > 0 && ch > 0 {
			minScale := math.Min(1, math.Max(5/cw, 5/ch))
			maxScale := math.Min(1.5*480/cw, 1.5*360/ch)
			size = math.Min(math.Max(size/100, minScale), maxScale) * 100
		}
	}
	if s.X == x && s.Y == y && s.Size == size && s.Direction == direction {
		return nil
	}
	p := *w.p
	ownSprites(&p)
	sp := &p.Sprites[i]
	sp.X, sp.Y, sp.Size, sp.Direction = x, y, size, direction
	return w.commitProject(p, w.target)
}

// SetCostume sets the costume a sprite starts wearing, or (for StageTarget) the backdrop the
// stage starts with: index counts from 0.
func (w *Workspace) SetCostume(target, index int) error {
	if err := w.settle(); err != nil {
		return err
	}
	if target < StageTarget || target >= len(w.p.Sprites) {
		return newError(msgNoTarget, target+1)
	}
	if index < 0 || index >= len(contentsIn(w.p, target).Costumes) {
		return newError(msgNoCostume, index+1)
	}
	p := *w.p
	if target == StageTarget {
		if p.Stage.Backdrop == index {
			return nil
		}
		p.Stage.Backdrop = index
	} else {
		if p.Sprites[target].Costume == index {
			return nil
		}
		ownSprites(&p)
		p.Sprites[target].Costume = index
	}
	return w.commitProject(p, w.target)
}

// AddCostume adds a costume to a sprite, or a backdrop to the stage, and wears it, as Scratch
// does. A name the target has already gets the next free number ("costume2"); an empty one is
// "costume1" ("backdrop1" on the stage). The media must name a library item or a file.
func (w *Workspace) AddCostume(target int, m blocks.Media) error {
	if err := w.settle(); err != nil {
		return err
	}
	if target < StageTarget || target >= len(w.p.Sprites) {
		return newError(msgNoTarget, target+1)
	}
	if strings.TrimSpace(m.Name) == "" {
		m.Name = "costume1"
		if target == StageTarget {
			m.Name = "backdrop1"
		}
	}
	var err error
	if m.Name, err = cleanName(m.Name); err != nil {
		return err
	}
	have := contentsIn(w.p, target).Costumes
	if len(have) >= blocks.MaxDataItems {
		return newError(msgTooMany, blocks.MaxDataItems, whatCostumes)
	}
	if m.Name = unusedName(m.Name, mediaNames(have)); utf8.RuneCountInString(m.Name) > blocks.MaxNameLen {
		return newError(msgNameLong, blocks.MaxNameLen)
	}
	p := *w.p
	c := targetContents(&p, target)
	c.Costumes = append(slices.Clip(c.Costumes), m)
	if target == StageTarget {
		p.Stage.Backdrop = len(c.Costumes) - 1
	} else {
		p.Sprites[target].Costume = len(c.Costumes) - 1
	}
	return w.commitProject(p, w.target)
}
