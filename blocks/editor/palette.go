package editor

import "tsumiki/blocks"

// palette is the column of blocks a child drags new blocks from.
type palette struct {
	defs   []*blocks.Def
	items  []*blocks.Block // a new block for each usable def, without ids
	layout *Layout
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
// need what the project lacks (a variable, a costume, a message…). Custom blocks are offered
// as a call of each one the target defines; their definitions and parameters come from the
// "Make a block" dialog and the definition's hat, not the palette.
func (w *Workspace) SetPalette(defs []*blocks.Def) {
	w.pal = palette{defs: defs}
}

// Palette returns the palette's layout, in palette coordinates: the item number of each block
// is its ScriptBox's Index.
func (w *Workspace) Palette() *Layout {
	if w.pal.layout == nil {
		w.pal.items = w.paletteItems()
		lo := w.layouter()
		stacks := make([]stackAt, len(w.pal.items))
		for i, b := range w.pal.items {
			stacks[i] = stackAt{index: i, blocks: []*blocks.Block{b}}
		}
		// Lay out once to learn the heights, then again in a column.
		first := lo.layout(stacks)
		y := w.m.PaletteY
		for i := range stacks {
			stacks[i].at = Point{w.m.PaletteX, y}
			y += first.Scripts[i].Bounds.H + w.m.PaletteGap
		}
		w.pal.layout = w.layouter().layout(stacks)
	}
	return w.pal.layout
}

func (w *Workspace) paletteItems() []*blocks.Block {
	var items []*blocks.Block
	for _, d := range w.pal.defs {
		switch {
		case d.Hidden, d.SpriteOnly && w.isStage(), d.StageOnly && !w.isStage():
			continue
		case d.Opcode == "procedures_call":
			for _, sc := range w.cur.scripts {
				if def := sc.Blocks[0]; def.Opcode == "procedures_definition" && def.Proc != nil {
					items = append(items, callTemplate(def))
				}
			}
			continue
		case d.Opcode == "procedures_definition" || d.Fields != nil && d.Fields[0].Menu == blocks.ParamOf:
			continue
		}
		if b, err := w.template(d); err == nil {
			items = append(items, b)
		}
	}
	return items
}
