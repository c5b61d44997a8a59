package editor

import "tsumiki/blocks"

// Pane is the part of the editor a pointer is over.
type Pane int

// The panes. Positions over the script area are in workspace coordinates; positions over the
// palette are in the palette's own, as Palette lays it out.
const (
	PaneScripts Pane = iota
	PanePalette
)

// PointerKind is what a pointer did.
type PointerKind int

// What a pointer (a mouse button or a finger) does.
const (
	PointerDown PointerKind = iota
	PointerMove
	PointerUp
	PointerCancel // the press was taken away (the window lost focus, a second finger …)
)

// Pointer is one pointer event. The app sends a Move every tick while a pointer is down,
// even when it has not moved, so that a long press can be told, and ends every Down with an
// Up or a Cancel. A Down while another pointer is down (a second finger) is ignored.
type Pointer struct {
	Kind  PointerKind
	Tick  int64 // the tick the event happened in
	Pos   Point // in the coordinates of Pane
	Pane  Pane
	Touch bool // a finger: holding it still opens the context menu
}

// GestureKind is what a pointer event amounted to.
type GestureKind int

// The gestures.
const (
	NoGesture   GestureKind = iota
	Tap                     // pressed and let go without moving: Gesture.Hit says on what
	LongPress               // a finger held still: open the context menu for Gesture.Hit
	DragStarted             // blocks were picked up
	Dropped                 // the dragged blocks were put down; the project changed
	Deleted                 // the dragged blocks were dropped on the palette and are gone
	Refused                 // the dragged blocks could not go there and went back
)

// Gesture is what the app should know of a pointer event. Tapping a number or text slot also
// starts typing into it (see StartEdit); what else a tap or a long press does (open a
// dropdown, run a script, show a menu) is the app's to decide.
type Gesture struct {
	Kind GestureKind
	Pane Pane
	Hit  Hit   // for Tap and LongPress: what was pressed
	Err  error // for Refused: the problems blocks.Check found, when it was they that refused

	// Palette is, for a Tap or LongPress on the palette, what was pressed: a block, a button
	// (the app opens its dialog) or a checkbox (already toggled: the monitor shows or hides;
	// Err says why not, if it could not).
	Palette PaletteHit
}

// press is a pointer held down that has not become a drag.
type press struct {
	down Pointer
	hit  Hit
	pal  PaletteHit // on the palette: what was pressed
	item int        // the palette item pressed, or -1
	done bool       // it was a long press, or on nothing to drag: it does nothing more
}

// HandlePointer takes one pointer event and says what it amounted to. A press that moves
// more than the drag slop picks up what is under it: a block from the palette (a new block),
// a stack block with the blocks under it, a C block with what it holds, a hat with its whole
// script, a reporter alone, or a parameter from a definition's hat (a new reporter of it).
// While dragging, Dragging says where the blocks would land. Letting go puts them there, or
// in a script of their own; over the palette, deletes them. Blocks held by Duplicate follow
// moves whether a button is down or not, and the next Up puts them down. On the palette, a
// tap on a checkbox shows or hides its monitor and a tap on a button is told in
// Gesture.Palette, for the app to open its dialog.
func (w *Workspace) HandlePointer(e Pointer) Gesture {
	switch e.Kind {
	case PointerDown:
		return w.pointerDown(e)
	case PointerMove:
		return w.pointerMove(e)
	case PointerUp:
		return w.pointerUp(e)
	case PointerCancel:
		w.press = nil
		if w.drag != nil {
			w.drag = nil
			w.layout = nil
			return Gesture{Kind: Refused, Pane: e.Pane}
		}
	}
	return Gesture{}
}

func (w *Workspace) pointerDown(e Pointer) Gesture {
	if w.press != nil || w.drag != nil {
		return Gesture{} // a second finger
	}
	if w.edit != nil {
		w.EndEdit() // a tap elsewhere ends typing; a slot that refuses it keeps its value
	}
	pr := &press{down: e, item: -1}
	if e.Pane == PanePalette {
		pr.pal = w.PaletteView().HitTest(e.Pos)
		pr.hit = pr.pal.Hit
		if pr.hit.Box != nil {
			pr.item = pr.hit.Box.Script
		}
	} else {
		pr.hit = w.HitTest(e.Pos)
	}
	w.press = pr
	return Gesture{}
}

func (w *Workspace) pointerMove(e Pointer) Gesture {
	if d := w.drag; d != nil {
		d.follow(w, e)
		return Gesture{}
	}
	pr := w.press
	if pr == nil || pr.done {
		return Gesture{}
	}
	if e.Pane == pr.down.Pane && e.Pos.Dist(pr.down.Pos) <= w.opts.DragSlop {
		if pr.down.Touch && e.Tick-pr.down.Tick >= int64(w.opts.LongPressTicks) {
			pr.done = true
			return Gesture{Kind: LongPress, Pane: pr.down.Pane, Hit: pr.hit, Palette: pr.pal}
		}
		return Gesture{}
	}
	if !w.startDrag(pr, e) {
		pr.done = true
		return Gesture{}
	}
	w.press = nil
	return Gesture{Kind: DragStarted, Pane: pr.down.Pane}
}

func (w *Workspace) pointerUp(e Pointer) Gesture {
	if d := w.drag; d != nil {
		d.follow(w, e)
		return w.drop()
	}
	pr := w.press
	w.press = nil
	if pr == nil || pr.done {
		return Gesture{}
	}
	if h := pr.hit; pr.down.Pane == PaneScripts && h.Kind == HitSlot {
		if h.Part.Input == blocks.NumberInput || h.Part.Input == blocks.TextInput {
			w.StartEdit(h.Box.Block.ID, h.Name)
		}
	}
	g := Gesture{Kind: Tap, Pane: pr.down.Pane, Hit: pr.hit, Palette: pr.pal}
	if c := pr.pal.Checkbox; pr.down.Pane == PanePalette && c != nil {
		g.Err = w.SetMonitor(c.Target, c.Name, c.List, !c.Checked)
	}
	return g
}
