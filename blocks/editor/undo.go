package editor

import "slices"

// history holds the states to go back to and forward again. Because states share every block
// they did not change, keeping one costs a slice of scripts, not a copy of the project.
type history struct {
	undo, redo []state
	limit      int
}

// push records s as the state before a change, forgetting the oldest past the limit, and
// forgets what could be redone.
func (h *history) push(s state) {
	h.undo = append(h.undo, s)
	if len(h.undo) > h.limit {
		h.undo = slices.Delete(h.undo, 0, len(h.undo)-h.limit)
	}
	clear(h.redo)
	h.redo = h.redo[:0]
}

// CanUndo reports whether there is a change to undo.
func (w *Workspace) CanUndo() bool { return len(w.hist.undo) > 0 && w.drag == nil }

// CanRedo reports whether there is an undone change to make again.
func (w *Workspace) CanRedo() bool { return len(w.hist.redo) > 0 && w.drag == nil }

// Undo takes back the last change. While a slot is being typed into, it throws away what
// was typed instead. It is refused during a drag.
func (w *Workspace) Undo() error {
	if w.drag != nil {
		return newError(msgBusy)
	}
	if w.edit != nil {
		w.CancelEdit()
		return nil
	}
	n := len(w.hist.undo)
	if n == 0 {
		return newError(msgNothing)
	}
	prev := w.hist.undo[n-1]
	if err := w.apply(prev); err != nil {
		return err
	}
	w.hist.undo = w.hist.undo[:n-1]
	w.hist.redo = append(w.hist.redo, w.cur)
	w.cur = prev
	return nil
}

// Redo makes again the last change that was undone.
func (w *Workspace) Redo() error {
	if w.drag != nil || w.edit != nil {
		return newError(msgBusy)
	}
	n := len(w.hist.redo)
	if n == 0 {
		return newError(msgNoRedo)
	}
	next := w.hist.redo[n-1]
	if err := w.apply(next); err != nil {
		return err
	}
	w.hist.redo = w.hist.redo[:n-1]
	w.hist.undo = append(w.hist.undo, w.cur)
	w.cur = next
	return nil
}
