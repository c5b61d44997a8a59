package editor

import (
	"slices"

	"tsumiki/blocks"
)

// history holds the project as it was before each change, and as it was after each change
// undone. A snapshot is the project's structs copied shallowly: because the workspace never
// changes a block or a slice that a snapshot can reach, snapshots share everything a change
// did not touch, and keeping one costs a few slices, not a copy of the project.
type history struct {
	undo, redo []step
	limit      int
}

// step is the project on the other side of a change, with the target being edited before and
// after the change, so that undo and redo show the child where the change happened.
type step struct {
	p             blocks.Project
	before, after int
}

// push records s as the state before a change, forgetting the oldest past the limit, and
// forgets what could be redone.
func (h *history) push(s step) {
	h.undo = append(h.undo, s)
	if len(h.undo) > h.limit {
		n := len(h.undo) - h.limit
		clear(h.undo[:n])
		h.undo = slices.Delete(h.undo, 0, n)
	}
	clear(h.redo)
	h.redo = h.redo[:0]
}

// CanUndo reports whether there is a change to undo.
func (w *Workspace) CanUndo() bool { return len(w.hist.undo) > 0 && w.drag == nil }

// CanRedo reports whether there is an undone change to make again.
func (w *Workspace) CanRedo() bool { return len(w.hist.redo) > 0 && w.drag == nil }

// Undo takes back the last change, to the scripts or to the project (a variable made, a sprite
// renamed …), and edits again the target where the change was made, so that the child sees it
// go. While a slot is being typed into, it throws away what was typed instead. It is refused
// during a drag.
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
	st := w.hist.undo[n-1]
	cur := step{p: w.snapshot(), before: st.before, after: st.after}
	if err := w.set(st.p, st.before); err != nil {
		return err
	}
	w.hist.undo[n-1] = step{}
	w.hist.undo = w.hist.undo[:n-1]
	w.hist.redo = append(w.hist.redo, cur)
	return nil
}

// Redo makes again the last change that was undone, and edits the target it was made on.
func (w *Workspace) Redo() error {
	if w.drag != nil || w.edit != nil {
		return newError(msgBusy)
	}
	n := len(w.hist.redo)
	if n == 0 {
		return newError(msgNoRedo)
	}
	st := w.hist.redo[n-1]
	cur := step{p: w.snapshot(), before: st.before, after: st.after}
	if err := w.set(st.p, st.after); err != nil {
		return err
	}
	w.hist.redo[n-1] = step{}
	w.hist.redo = w.hist.redo[:n-1]
	w.hist.undo = append(w.hist.undo, cur)
	return nil
}

// snapshot returns the project as it is now, for the history. Its sprites are its own, so
// that a caller setting a field of a sprite in Project does not change the past.
func (w *Workspace) snapshot() blocks.Project {
	p := *w.p
	p.Sprites = slices.Clone(p.Sprites)
	return p
}

// set makes next the project, editing target, if next passes blocks.Check, and reports the
// problems otherwise. A target next does not have becomes the stage.
func (w *Workspace) set(next blocks.Project, target int) error {
	if err := blocks.Check(&next); err != nil {
		return err
	}
	*w.p = next
	if target < StageTarget || target >= len(next.Sprites) {
		target = StageTarget
	}
	w.target = target
	w.changed()
	w.version++
	return nil
}

// changed brings what the workspace derives from the project up to date after it changed.
func (w *Workspace) changed() {
	w.cur = state{scripts: w.contents().Scripts}
	w.layout, w.pal.layout, w.pal.view = nil, nil, nil
}

// commitProject makes next the project, editing target afterwards, as one change to undo.
// next must share, not change, the slices of the project it was made from.
func (w *Workspace) commitProject(next blocks.Project, target int) error {
	prev, before := w.snapshot(), w.target
	if err := w.set(next, target); err != nil {
		return err
	}
	w.hist.push(step{p: prev, before: before, after: w.target})
	return nil
}

// commit makes next the target's scripts, as one change to undo.
func (w *Workspace) commit(next state) error {
	p := *w.p
	targetContents(&p, w.target).Scripts = next.scripts
	return w.commitProject(p, w.target)
}

// targetContents returns the contents of target t in p, a shallow copy of a project, ready to
// be given new slices: for a sprite, p gets sprites of its own first. It never changes what
// the slices of p held.
func targetContents(p *blocks.Project, t int) *blocks.Contents {
	if t == StageTarget {
		return &p.Stage.Contents
	}
	p.Sprites = slices.Clone(p.Sprites)
	return &p.Sprites[t].Contents
}

// settle ends what is in progress before a change to the project: a drag refuses the change;
// typing is ended, keeping what was typed when the slot takes it.
func (w *Workspace) settle() error {
	if w.drag != nil {
		return newError(msgBusy)
	}
	if w.edit != nil {
		if err := w.EndEdit(); err != nil {
			w.CancelEdit()
		}
	}
	w.press = nil
	return nil
}
