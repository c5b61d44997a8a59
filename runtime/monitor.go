package runtime

import (
	"tsumiki/blocks"
)

// Monitor is a variable or list shown on the stage, for the app to draw.
type Monitor struct {
	Target string   // "" for a variable or list for all sprites, else the sprite that owns it
	Name   string   // the variable's or list's name
	List   bool     // a list rather than a variable
	Value  string   // a variable's value as Scratch shows it; "" for a list
	Items  []string // a list's items as Scratch shows them; nil for a variable
}

// monitorKey names a monitor: the owner ("" for the stage's data), the name and the kind.
type monitorKey struct {
	target string
	name   string
	list   bool
}

// monitorState is what the runtime remembers of the monitors: whether each shows, and the
// order in which they were first shown, which is the order the app draws them in.
type monitorState struct {
	shown map[monitorKey]bool
	order []monitorKey // every monitor ever shown, first shown first
}

func (ms *monitorState) set(k monitorKey, shown bool) {
	if ms.shown == nil {
		ms.shown = make(map[monitorKey]bool)
	}
	if _, known := ms.shown[k]; !known {
		if !shown {
			return
		}
		ms.order = append(ms.order, k)
	}
	ms.shown[k] = shown
}

// seedMonitors shows the monitors the file marks as shown at start: the stage's variables and
// lists first, then each sprite's, in file order.
func (rt *Runtime) seedMonitors(p *blocks.Project, only func(monitorKey) bool) {
	add := func(target string, c *blocks.Contents) {
		for _, v := range c.Variables {
			if k := (monitorKey{target, v.Name, false}); v.Monitor && (only == nil || only(k)) {
				rt.monitors.set(k, true)
			}
		}
		for _, l := range c.Lists {
			if k := (monitorKey{target, l.Name, true}); l.Monitor && (only == nil || only(k)) {
				rt.monitors.set(k, true)
			}
		}
	}
	add("", &p.Stage.Contents)
	for i := range p.Sprites {
		add(p.Sprites[i].Name, &p.Sprites[i].Contents)
	}
}

// showMonitor is what "show variable" and its kin do: the name means the running sprite's own
// variable or list when it has one of that name, else the stage's.
func (rt *Runtime) showMonitor(in *instance, name string, list, shown bool) {
	target := ""
	if in != nil && in.t.index > 0 && rt.owns(in.t, name, list) {
		target = in.t.name
	}
	rt.monitors.set(monitorKey{target, name, list}, shown)
}

// owns reports whether t has a variable (or list) of that name itself.
func (rt *Runtime) owns(t *target, name string, list bool) bool {
	names := t.info.Variables
	if list {
		names = t.info.Lists
	}
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// SetMonitor shows or hides a variable's or list's monitor, as the checkbox beside it in the
// palette does. target is "" or blocks.StageName for the stage's data, or a sprite's name. A
// name the target does not have is ignored.
func (rt *Runtime) SetMonitor(target, name string, list bool, shown bool) {
	if target == blocks.StageName {
		target = ""
	}
	t := rt.targets[0]
	if target != "" {
		if t = rt.targetNamed(target); t == nil || t.index == 0 {
			return
		}
	}
	if !rt.owns(t, name, list) {
		return
	}
	rt.monitors.set(monitorKey{target, name, list}, shown)
}

// Monitors returns the monitors shown now, in the order they were first shown (those the file
// shows at start first, in file order), with their current values. A sprite's own variable
// shows the original sprite's value, not a clone's.
func (rt *Runtime) Monitors() []Monitor {
	var out []Monitor
	values := make(map[*instance][]string)
	for _, k := range rt.monitors.order {
		if !rt.monitors.shown[k] {
			continue
		}
		in := rt.stageInst
		if k.target != "" {
			sp := rt.originals[k.target]
			if in = rt.bySprite[sp]; sp == nil || in == nil {
				continue
			}
		}
		m := Monitor{Target: k.target, Name: k.name, List: k.list}
		if k.list {
			for _, l := range in.lists {
				if l.Name == k.name {
					m.Items = make([]string, len(l.Items))
					for i, it := range l.Items {
						m.Items[i] = show(it)
					}
				}
			}
		} else {
			vals, ok := values[in]
			if !ok {
				for _, v := range rt.vars(in) {
					vals = append(vals, show(v))
				}
				values[in] = vals
			}
			for i, n := range in.t.info.Variables {
				if n == k.name && i < len(vals) {
					m.Value = vals[i]
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// targetNamed returns the stage (for blocks.StageName) or the sprite of that name as the
// program has it, or nil.
func (rt *Runtime) targetNamed(name string) *target {
	for _, t := range rt.targets {
		if t.name == name {
			return t
		}
	}
	return nil
}
