package runtime

import lua "github.com/yuin/gopher-lua"

// createClone makes a clone of the named sprite ("_myself_" for the running one): a copy of its
// state, local variables and lists, one layer behind it, and starts its "when I start as a
// clone" scripts. Past 300 clones nothing happens, as in Scratch.
func (rt *Runtime) createClone(L *lua.LState, name string) {
	parent := rt.cur.in
	if name != "_myself_" {
		sp := rt.sprite(name)
		if sp == nil {
			return
		}
		parent = rt.bySprite[sp]
	}
	if parent.sprite == nil {
		return // the stage cannot be cloned
	}
	sp := rt.world.Clone(parent.sprite)
	if sp == nil {
		return
	}
	need := 0
	for _, l := range parent.lists {
		need += l.bytes
	}
	if rt.listBytes+need > MaxListBytes {
		rt.world.Remove(sp)
		rt.fail(L, msgListsTooBig, MaxListBytes>>20)
	}
	lists := make([]*List, len(parent.lists))
	for i, l := range parent.lists {
		lists[i] = l.clone()
	}
	in, err := rt.newInstance(parent.t, parent, rt.vars(parent), lists)
	if err != nil {
		rt.world.Remove(sp)
		rt.fail(L, msgInternal, err.Error())
	}
	rt.listBytes += need // charged only once the clone exists
	in.sprite = sp
	rt.bySprite[sp] = in
	copy(in.edge, parent.edge)
	rt.startHatsOf(in, "control_start_as_clone", nil, false)
}

// removeClone deletes a clone and ends its scripts.
func (rt *Runtime) removeClone(in *instance) {
	if in == nil || in.removed || in.sprite == nil || !in.sprite.IsClone {
		return
	}
	in.removed = true
	for _, th := range rt.threads {
		if th.in == in {
			rt.kill(th)
		}
	}
	if rt.drag != nil && rt.drag.sprite == in.sprite {
		rt.drag = nil
	}
	for _, l := range in.lists {
		rt.listBytes -= l.bytes
	}
	rt.world.Remove(in.sprite)
	delete(rt.bySprite, in.sprite)
	if rt.mixer != nil {
		rt.mixer.StopOwner(in.id)
	}
}
