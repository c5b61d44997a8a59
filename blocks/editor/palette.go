package editor

import (
	"maps"
	"math"
	"slices"

	"tsumiki/blocks"
)

// palette is the column of blocks a child drags new blocks from, with the buttons that make
// variables, lists and custom blocks and the checkboxes that show variables on the stage.
type palette struct {
	defs   []*blocks.Def
	only   map[string]bool // the opcodes offered, when SetPaletteOnly narrowed the palette
	items  []*blocks.Block // a new block for each usable def, without ids
	layout *Layout
	view   *PaletteView
}

// ButtonKind is what a palette button does. The app opens its dialog when one is tapped and
// then calls NewVariable, NewList or MakeBlock.
type ButtonKind int

// The palette's buttons.
const (
	MakeVariableButton ButtonKind = iota + 1 // "Make a Variable", first in the Variables category
	MakeListButton                           // "Make a List", first in the Lists category
	MakeBlockButton                          // "Make a Block", first in the My Blocks category
)

// PaletteButton is a button of the palette, in palette coordinates.
type PaletteButton struct {
	Kind ButtonKind
	Rect Rect
	Text string // in the workspace's language
}

// PaletteCheckbox is the checkbox beside a variable's or list's reporter in the palette: ticked
// when its monitor shows on the stage. Tapping it shows or hides the monitor (SetMonitor).
type PaletteCheckbox struct {
	Target  int    // who has the variable: StageTarget for one for all sprites, or the sprite
	Name    string // the variable or list
	List    bool
	Checked bool
	Rect    Rect
	Item    int // the palette item of the reporter beside it (its ScriptBox's Index)
}

// PaletteCategory is where a category's part of the palette begins and ends, so that the app
// can scroll to it when its category button is pressed, and colour a strip beside it.
type PaletteCategory struct {
	Category blocks.Category
	Top      float64 // the palette y of the category's first button or block
	Bottom   float64 // the palette y under its last one
}

// PaletteView is everything the palette shows, in palette coordinates: the blocks (the same
// Layout as Palette returns), the buttons, the checkboxes, and where each category is.
type PaletteView struct {
	Layout     *Layout
	Buttons    []PaletteButton
	Checkboxes []PaletteCheckbox
	Categories []PaletteCategory // in palette order, one for each category SetPalette was given (and SetPaletteOnly kept)
	Height     float64           // from 0 to under the last thing shown
}

// PaletteHitKind says what a palette point is on.
type PaletteHitKind int

// What a palette point can be on.
const (
	PaletteNothing     PaletteHitKind = iota
	PaletteBlock                      // a block: Hit says which and where
	PaletteButtonHit                  // a button: Button
	PaletteCheckboxHit                // a checkbox: Checkbox
)

// PaletteHit is what a palette point is on.
type PaletteHit struct {
	Kind     PaletteHitKind
	Hit      Hit // for PaletteBlock
	Button   *PaletteButton
	Checkbox *PaletteCheckbox
}

// HitTest returns what p, in palette coordinates, is on.
func (v *PaletteView) HitTest(p Point) PaletteHit {
	for i := range v.Checkboxes {
		if v.Checkboxes[i].Rect.Contains(p) {
			return PaletteHit{Kind: PaletteCheckboxHit, Checkbox: &v.Checkboxes[i]}
		}
	}
	for i := range v.Buttons {
		if v.Buttons[i].Rect.Contains(p) {
			return PaletteHit{Kind: PaletteButtonHit, Button: &v.Buttons[i]}
		}
	}
	if h := v.Layout.HitTest(p); h.Kind != HitNothing {
		return PaletteHit{Kind: PaletteBlock, Hit: h}
	}
	return PaletteHit{}
}

// CategoryTop returns the palette y where the category with that ID begins, and whether the
// palette has the category.
func (v *PaletteView) CategoryTop(id string) (float64, bool) {
	for _, c := range v.Categories {
		if c.Category.ID == id {
			return c.Top, true
		}
	}
	return 0, false
}

// Button returns the palette's button of that kind, or nil.
func (v *PaletteView) Button(k ButtonKind) *PaletteButton {
	for i := range v.Buttons {
		if v.Buttons[i].Kind == k {
			return &v.Buttons[i]
		}
	}
	return nil
}

// Checkbox returns the checkbox of the variable (or list) name, or nil.
func (v *PaletteView) Checkbox(name string, list bool) *PaletteCheckbox {
	for i := range v.Checkboxes {
		if c := &v.Checkboxes[i]; c.Name == name && c.List == list {
			return c
		}
	}
	return nil
}

// CategoryDefs returns the blocks of a category as the palette offers them, in catalog order,
// without the hidden ones.
func CategoryDefs(c blocks.Category) []*blocks.Def {
	var defs []*blocks.Def
	for _, d := range blocks.All() {
		if d.Category.ID == c.ID && !d.Hidden {
			defs = append(defs, d)
		}
	}
	return defs
}

// SetPalette sets the blocks the palette offers, in order, one under another. It leaves out
// blocks the target cannot use (motion blocks on the stage, hidden blocks) and blocks that
// need what the project lacks (a variable, a costume, a message…). As in Scratch, the
// Variables category starts with a "Make a Variable" button and offers a reporter of every
// variable the target can see, each with its monitor's checkbox; the Lists category does the
// same for lists with "Make a List"; and My Blocks starts with "Make a Block" and offers a
// call of each custom block the target defines (their definitions come from MakeBlock and
// their parameters from the definition's hat, not the palette). PaletteView has the buttons,
// the checkboxes and the categories' places.
func (w *Workspace) SetPalette(defs []*blocks.Def) {
	w.pal = palette{defs: defs, only: w.pal.only}
}

// SetPaletteOnly narrows the palette to the blocks with these opcodes, as a lesson's step
// offers just the blocks it needs; nil (or an empty list) offers every block SetPalette gave
// again. The narrowing stays through SetPalette, SetTarget and SetLang until it is set again.
//
// A category shows when at least one of its blocks is offered, and then with its button:
// allowing any variable block ("data_setvariableto", or "data_variable" for the reporters of
// the variables) brings "Make a Variable", any list block "Make a List", and
// "procedures_call" "Make a Block" with the calls of the target's custom blocks. Order and
// duplicates in opcodes do not matter: the palette keeps the order SetPalette gave.
func (w *Workspace) SetPaletteOnly(opcodes []string) {
	var only map[string]bool
	if len(opcodes) > 0 {
		only = make(map[string]bool, len(opcodes))
		for _, op := range opcodes {
			only[op] = true
		}
	}
	w.pal.only = only
	w.pal.layout, w.pal.view = nil, nil
}

// PaletteOnly returns the opcodes SetPaletteOnly narrowed the palette to, sorted, or nil when
// it offers every block.
func (w *Workspace) PaletteOnly() []string {
	if w.pal.only == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(w.pal.only))
}

// Palette returns the palette's blocks laid out, in palette coordinates: the item number of
// each block is its ScriptBox's Index.
func (w *Workspace) Palette() *Layout { return w.PaletteView().Layout }

// paletteEntry is one thing in the palette column: a button, or a block with perhaps a
// checkbox beside it.
type paletteEntry struct {
	cat    int // index into the view's categories
	button ButtonKind
	block  *blocks.Block
	check  *PaletteCheckbox
}

// PaletteView returns everything the palette shows. It is kept until the next change.
func (w *Workspace) PaletteView() *PaletteView {
	if w.pal.view != nil {
		return w.pal.view
	}
	v := &PaletteView{}
	entries := w.paletteEntries(v)
	w.pal.items = w.pal.items[:0]
	var stacks []stackAt
	for _, e := range entries {
		if e.block != nil {
			stacks = append(stacks, stackAt{index: len(w.pal.items), blocks: []*blocks.Block{e.block}})
			w.pal.items = append(w.pal.items, e.block)
		}
	}
	// Lay out once to learn the heights, then again in a column.
	m := &w.m
	first := w.layouter().layout(stacks)
	side := m.SlotH * 3 / 4
	buttonH := m.SlotH + m.PadY
	y := m.PaletteY
	item, cat := 0, -1
	for _, e := range entries {
		for cat < e.cat {
			if cat >= 0 {
				v.Categories[cat].Bottom = y
			}
			cat++
			v.Categories[cat].Top = y
		}
		if e.button != 0 {
			text := buttonText(e.button).In(w.lang)
			bw := math.Max(m.MinHatW+m.MinStackW, w.widths.width(text, m.FontSize)+2*m.SlotPadX)
			v.Buttons = append(v.Buttons, PaletteButton{Kind: e.button, Text: text, Rect: Rect{m.PaletteX, y, bw, buttonH}})
			y += buttonH + m.PaletteGap
			continue
		}
		h := first.Scripts[item].Bounds.H
		x := m.PaletteX
		if e.check != nil {
			c := *e.check
			c.Item = item
			c.Rect = Rect{x, y + (h-side)/2, side, side}
			v.Checkboxes = append(v.Checkboxes, c)
			x += side + m.Gap
		}
		stacks[item].at = Point{x, y}
		y += h + m.PaletteGap
		item++
	}
	for cat < len(v.Categories)-1 {
		if cat >= 0 {
			v.Categories[cat].Bottom = y
		}
		cat++
		v.Categories[cat].Top = y
	}
	if cat >= 0 {
		v.Categories[cat].Bottom = y
	}
	v.Height = y
	v.Layout = w.layouter().layout(stacks)
	w.pal.layout, w.pal.view = v.Layout, v
	return v
}

// buttonText is the label of a palette button.
func buttonText(k ButtonKind) blocks.Text {
	switch k {
	case MakeVariableButton:
		return blocks.NewText("Make a Variable", "変数を作る", "へんすうを つくる")
	case MakeListButton:
		return blocks.NewText("Make a List", "リストを作る", "リストを つくる")
	}
	return blocks.NewText("Make a Block", "ブロックを作る", "ブロックを つくる")
}

// paletteEntries lists what the palette shows, in order, and the categories in v.
func (w *Workspace) paletteEntries(v *PaletteView) []paletteEntry {
	var entries []paletteEntry
	cat := -1
	for _, d := range w.pal.defs {
		if w.pal.only != nil && !w.pal.only[d.Opcode] {
			continue
		}
		if cat < 0 || v.Categories[cat].Category.ID != d.Category.ID {
			v.Categories = append(v.Categories, PaletteCategory{Category: d.Category})
			cat++
			switch d.Category.ID {
			case blocks.Variables.ID:
				entries = append(entries, paletteEntry{cat: cat, button: MakeVariableButton})
			case blocks.Lists.ID:
				entries = append(entries, paletteEntry{cat: cat, button: MakeListButton})
			case blocks.MyBlocks.ID:
				entries = append(entries, paletteEntry{cat: cat, button: MakeBlockButton})
			}
		}
		add := func(b *blocks.Block, c *PaletteCheckbox) {
			entries = append(entries, paletteEntry{cat: cat, block: b, check: c})
		}
		switch {
		case d.Hidden, d.SpriteOnly && w.isStage(), d.StageOnly && !w.isStage():
			continue
		case d.Opcode == "procedures_call":
			for _, sc := range w.cur.scripts {
				if def := sc.Blocks[0]; def.Opcode == "procedures_definition" && def.Proc != nil {
					add(callTemplate(def), nil)
				}
			}
			continue
		case d.Opcode == "procedures_definition" || d.Fields != nil && d.Fields[0].Menu == blocks.ParamOf:
			continue
		case d.Opcode == "data_variable" || d.Opcode == "data_listcontents":
			list := d.Opcode == "data_listcontents"
			for _, c := range w.dataNames(list) {
				field := "VARIABLE"
				if list {
					field = "LIST"
				}
				add(&blocks.Block{Opcode: d.Opcode, Fields: map[string]string{field: c.Name}}, &c)
			}
			continue
		}
		if b, err := w.template(d); err == nil {
			add(b, nil)
		}
	}
	return entries
}

// dataNames lists the variables (or lists) the target can see, sorted as the palette and the
// menus show them, each as its checkbox.
func (w *Workspace) dataNames(list bool) []PaletteCheckbox {
	var cs []PaletteCheckbox
	seen := map[string]bool{}
	add := func(t int, name string, monitor bool) {
		if !seen[name] {
			seen[name] = true
			cs = append(cs, PaletteCheckbox{Target: t, Name: name, List: list, Checked: monitor})
		}
	}
	from := func(t int, c *blocks.Contents) {
		if list {
			for _, l := range c.Lists {
				add(t, l.Name, l.Monitor)
			}
		} else {
			for _, v := range c.Variables {
				add(t, v.Name, v.Monitor)
			}
		}
	}
	if !w.isStage() {
		from(w.target, w.contents()) // a sprite's own hides the stage's of the same name
	}
	from(StageTarget, &w.p.Stage.Contents)
	sortNames(cs, func(c PaletteCheckbox) string { return c.Name })
	return cs
}
