package main

import (
	"slices"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
)

// snapshot returns a copy of p that later edits leave alone. The editor never changes a block,
// a script list or any other slice in place — it puts new ones in the project — so copying
// the project and its sprites, which hold those slices, is enough.
func snapshot(p *blocks.Project) *blocks.Project {
	cp := *p
	cp.Sprites = slices.Clone(p.Sprites)
	cp.Messages = slices.Clone(p.Messages)
	return &cp
}

// targetName returns the name the runtime knows a workspace target by.
func targetName(p *blocks.Project, t int) string {
	if t == editor.StageTarget || t >= len(p.Sprites) {
		return blocks.StageName
	}
	return p.Sprites[t].Name
}

// applyEdits gives the runtime the project as the editor now has it, when it changed: the
// running project goes on with the new code, as in Scratch, and the change is autosaved.
func (a *App) applyEdits() {
	wb, p := a.bench, a.cur
	if wb == nil || p == nil || wb.ws.Version() == wb.applied {
		return
	}
	wb.applied = wb.ws.Version()
	snap := snapshot(wb.ws.Project())
	if err := p.rt.Reload(snap); err != nil {
		a.report(err)
	} else {
		p.proj = snap
		p.errsSeen = len(p.rt.Errors())
	}
	a.autosave(snap)
}

// glowing returns the boxes of the scripts that run now, to draw Scratch's yellow glow
// around them.
func (a *App) glowing(lay *editor.Layout) []*editor.Box {
	wb, p := a.bench, a.cur
	if p == nil {
		return nil
	}
	// The slices are kept between frames, so a frame allocates nothing.
	wb.running = p.rt.AppendRunningScripts(wb.running[:0], targetName(wb.ws.Project(), wb.ws.Target()))
	wb.glow = wb.glow[:0]
	if len(wb.running) == 0 {
		return nil
	}
	for _, s := range lay.Scripts {
		if len(s.Boxes) > 0 && slices.Contains(wb.running, s.Boxes[0].Block.ID) {
			wb.glow = append(wb.glow, s.Boxes...)
		}
	}
	return wb.glow
}

// errorBlock returns the block of the selected target that raised the last runtime error,
// with the error's message, while it is shown.
func (a *App) errorBlock() (id, msg string, ok bool) {
	wb, p := a.bench, a.cur
	if p == nil {
		return "", "", false
	}
	errs := p.rt.Errors()
	if len(errs) == 0 {
		return "", "", false
	}
	last := errs[len(errs)-1]
	if last.Block == "" || last.Target != targetName(wb.ws.Project(), wb.ws.Target()) {
		return "", "", false
	}
	return last.Block, last.Msg.Format(a.lang, localArgs(last.Args, a.lang)...), true
}

// localArgs localizes the arguments of a message that are themselves texts.
func localArgs(args []any, lang blocks.Lang) []any {
	out := make([]any, len(args))
	for i, v := range args {
		if t, ok := v.(blocks.Text); ok {
			out[i] = t.In(lang)
		} else {
			out[i] = v
		}
	}
	return out
}

// clickScript runs the script a tapped block belongs to, or stops it if it runs, as a click in
// Scratch's script area does.
func (a *App) clickScript(b *editor.Box) {
	wb, p := a.bench, a.cur
	if p == nil {
		return
	}
	for b.Parent != nil {
		b = b.Parent
	}
	lay := wb.ws.Layout()
	for _, s := range lay.Scripts {
		if len(s.Boxes) > 0 && s.Index == b.Script {
			a.applyEdits()
			a.report(p.rt.ClickScript(targetName(wb.ws.Project(), wb.ws.Target()), s.Boxes[0].Block.ID))
			return
		}
	}
}
