package runtime

import (
	"fmt"

	"tsumiki/blocks"
)

// ClickScript does what clicking a script in the editor does, as in Scratch: it starts the
// script whose first block is topBlockID on the target's original sprite (not its clones), or
// on the stage when target is blocks.StageName. A script with a hat runs its body; a stack with
// no hat runs from its top block; a custom block's definition runs its body with each
// parameter empty (0, or false for a boolean). When that script is already running on that
// target, whether a click or its hat started it, the click stops it instead. The script takes
// its first step in the next Step.
func (rt *Runtime) ClickScript(target string, topBlockID string) error {
	if rt.cur != nil {
		return fmt.Errorf("runtime: ClickScript called from inside a running script")
	}
	in := rt.originalNamed(target)
	if in == nil {
		return fmt.Errorf("runtime: no sprite or stage named %q", target)
	}
	i := scriptIndex(in.t, topBlockID)
	if i < 0 {
		return fmt.Errorf("runtime: %s has no script starting with block %q", target, topBlockID)
	}
	for _, th := range rt.threads {
		if th.in == in && th.script == i && !th.done {
			rt.kill(th)
			return nil
		}
	}
	if rt.start(in, i, false) == nil {
		return fmt.Errorf("runtime: too many scripts are running to start another")
	}
	return nil
}

// originalNamed returns the stage's instance for blocks.StageName, or the original sprite's of
// that name, or nil.
func (rt *Runtime) originalNamed(name string) *instance {
	if name == blocks.StageName {
		return rt.stageInst
	}
	if sp := rt.originals[name]; sp != nil {
		return rt.bySprite[sp]
	}
	return nil
}

// scriptIndex returns the index of t's script whose first block is id, or -1.
func scriptIndex(t *target, id string) int {
	for i, s := range t.info.Scripts {
		if s.Block == id {
			return i
		}
	}
	return -1
}

// RunningScripts returns the first-block ids of the target's scripts that have a live thread
// now, on the original or on any clone, for the editor's glow. target is blocks.StageName or a
// sprite's name. AppendRunningScripts does the same without allocating.
func (rt *Runtime) RunningScripts(target string) map[string]bool {
	ids := rt.AppendRunningScripts(nil, target)
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// AppendRunningScripts appends to dst the first-block ids of the target's running scripts,
// each once, in the order of the target's scripts, and returns the extended slice. Called every
// frame with dst[:0] of the last frame's slice, it allocates nothing: it costs one pass over
// the running threads and one over the target's scripts.
func (rt *Runtime) AppendRunningScripts(dst []string, target string) []string {
	t := rt.targetNamed(target)
	if t == nil {
		return dst
	}
	n := len(t.info.Scripts)
	if cap(rt.glow) < n {
		rt.glow = make([]bool, n)
	}
	seen := rt.glow[:n]
	clear(seen)
	any := false
	for _, th := range rt.threads {
		if !th.done && th.in.t == t {
			seen[th.script] = true
			any = true
		}
	}
	if !any {
		return dst
	}
	for i, s := range seen {
		if s {
			dst = append(dst, t.info.Scripts[i].Block)
		}
	}
	return dst
}
