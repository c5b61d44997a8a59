package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/compile"
	"tsumiki/blocks/value"
	"tsumiki/stage"
)

// Reload swaps an edited project in while it runs, as Scratch applies an edit at once: the
// child sees the change take effect without the project starting again.
//
// p is compiled first. When it does not compile, Reload returns the compiler's error and
// changes nothing. A costume or sound that cannot be loaded is refused the same way.
//
// What stays as it was:
//   - the world: every sprite's position, direction, size, costume (kept by name, else by
//     number), effects, visibility, draggability, rotation style, layer, speech bubble and pen,
//     the backdrop (by name, else by number) and stage effects. The file's starting values of
//     a sprite that already runs are not applied: what the child sees wins.
//   - clones, with their own variables and lists;
//   - variable and list values, by name within each sprite and the stage. A variable or list
//     new in p starts with its value from the file (a clone's too); one gone from p vanishes.
//     A variable the new program keeps as a number (compile.Target.Numeric) takes its value as
//     a number, as a file's value is taken;
//   - the pen canvas, timer, tick count, keys held, mouse, loudness, answer, questions being
//     asked, "say for secs" timers, sound settings, errors so far, inputs queued, and the
//     monitors shown (a monitor of a variable gone from p goes too; a new variable whose file
//     marks its monitor shown appears).
//
// Sprites are matched by name. A sprite of p whose name the running project does not have,
// at the same place in the sprite list as a running sprite whose name p does not have, is that
// sprite renamed: it and its clones keep everything under the new name. Any other sprite new
// in p appears at its file position in front of the others, as the project would start it; a
// sprite gone from p disappears with its clones and their scripts.
//
// Running scripts go on running the new code. Each running thread is matched to its script by
// the script's first block (its hat, or the top of a stack without one); a thread whose script
// is gone ends. A thread whose script's compiled Lua is unchanged, and whose custom blocks
// being run at the moment are unchanged too, keeps running where it was, in the middle of its
// loops and waits: only what it calls next (custom blocks) is new code. Any other running
// thread restarts from the top of its new script in the same place in the running order, as
// if its hat fired again; what it waited for (a wait, a glide, a question, a broadcast) is
// dropped. Edge-triggered hats remember their last value. Reload must not be called from
// inside a script (a Trace callback).
func (rt *Runtime) Reload(p *blocks.Project) error {
	if rt.cur != nil {
		return errors.New("runtime: Reload called from inside a running script")
	}
	prog, err := compile.Project(p)
	if err != nil {
		return err
	}
	r := &reload{rt: rt, p: p, prog: prog, oldProg: rt.prog, insts: make(map[*instance]*instance),
		to: make(map[*target]*target), closures: make(map[*instance]map[string][]*lua.LFunction)}
	nextID := rt.nextID
	if err := r.prepare(); err != nil {
		rt.nextID = nextID
		return err
	}
	r.commit()
	return nil
}

// reload is one Reload in progress: prepare builds the new program's targets and instances
// without changing the runtime; commit swaps them in.
type reload struct {
	rt      *Runtime
	p       *blocks.Project
	prog    *compile.Program
	oldProg *compile.Program

	targets   []*target           // the new program's, in its order
	from      []*target           // from[i] is the running target new target i continues; nil for a new sprite
	to        map[*target]*target // running target → new target
	insts     map[*instance]*instance
	stageInst *instance
	added     []*instance // originals of sprites new in p
	globalsFn *lua.LFunction
	listBytes int

	closures           map[*instance]map[string][]*lua.LFunction // a new instance's functions by block id
	moved              map[*lua.LFunction]bool                   // running functions given their twin's code
	oldLines, newLines []string
}

func (r *reload) prepare() error {
	rt, p := r.rt, r.p
	// Which running target each new one continues.
	r.from = make([]*target, 1+len(p.Sprites))
	r.from[0] = rt.targets[0]
	used := map[*target]bool{rt.targets[0]: true}
	newNames := make(map[string]bool)
	for i := range p.Sprites {
		newNames[p.Sprites[i].Name] = true
		for _, ot := range rt.targets[1:] {
			if ot.name == p.Sprites[i].Name {
				r.from[i+1] = ot
				used[ot] = true
			}
		}
	}
	for i := range p.Sprites {
		if r.from[i+1] == nil && i+1 < len(rt.targets) {
			if ot := rt.targets[i+1]; !used[ot] && !newNames[ot.name] {
				r.from[i+1] = ot // renamed in place
				used[ot] = true
			}
		}
	}
	contents := []*blocks.Contents{&p.Stage.Contents}
	for i := range p.Sprites {
		contents = append(contents, &p.Sprites[i].Contents)
	}
	for i, c := range contents {
		t := &target{index: i, name: r.prog.Targets[i].Name, contents: c, info: r.prog.Targets[i]}
		if err := rt.loadMediaReusing(t, r.from[i]); err != nil {
			return err
		}
		r.targets = append(r.targets, t)
		if r.from[i] != nil {
			r.to[r.from[i]] = t
		}
	}

	// The new chunk, in the same Lua state: threads that keep running are its coroutines.
	fn, err := rt.L.Load(strings.NewReader(r.prog.Source), compile.ChunkName)
	if err != nil {
		return fmt.Errorf("the compiled Lua does not load (a bug in Tsumiki): %w", err)
	}
	stageLists := r.lists(rt.stageInst, r.targets[0])
	if err := rt.L.CallByParam(lua.P{Fn: fn, NRet: 1, Protect: true}, rt.lib, rt.listTable(stageLists)); err != nil {
		return fmt.Errorf("the compiled Lua does not start (a bug in Tsumiki): %w", err)
	}
	result, ok := rt.L.Get(-1).(*lua.LTable)
	rt.L.Pop(1)
	if !ok {
		return fmt.Errorf("the compiled Lua returned no targets (a bug in Tsumiki)")
	}
	r.globalsFn, _ = result.RawGetString("globals").(*lua.LFunction)
	factories, _ := result.RawGetString("targets").(*lua.LTable)
	for i, t := range r.targets {
		t.factory, _ = factories.RawGetInt(i + 1).(*lua.LFunction)
	}

	// The stage: its variables are the chunk's; set them from the running ones.
	in, err := r.instance(rt.stageInst, r.targets[0], nil, stageLists)
	if err != nil {
		return err
	}
	r.stageInst = in
	if err := r.setGlobals(r.carry(rt.stageInst, r.targets[0])); err != nil {
		return err
	}
	// Every sprite and clone that lives on, back to front.
	for _, sp := range rt.world.Sprites {
		old := rt.bySprite[sp]
		if old == nil || r.to[old.t] == nil {
			continue
		}
		nt := r.to[old.t]
		if _, err := r.instance(old, nt, r.carry(old, nt), r.lists(old, nt)); err != nil {
			return err
		}
	}
	// Sprites new in p start as the file has them.
	for i, t := range r.targets[1:] {
		if r.from[i+1] != nil {
			continue
		}
		in, err := r.instance(nil, t, r.carry(nil, t), r.lists(nil, t))
		if err != nil {
			return err
		}
		r.added = append(r.added, in)
	}
	if r.listBytes > MaxListBytes {
		return &blocks.Problem{Msg: msgListsTooBig, Args: []any{MaxListBytes >> 20}}
	}
	return nil
}

// carry returns the values an instance of t starts with: the running instance's by name, the
// file's for a variable new to it.
func (r *reload) carry(old *instance, t *target) []lua.LValue {
	var values []lua.LValue
	var names []string
	if old != nil {
		values, names = r.rt.vars(old), old.t.info.Variables
	}
	out := make([]lua.LValue, len(t.contents.Variables))
	for i, v := range t.contents.Variables {
		out[i] = valueOf(v.Value)
		for k, name := range names {
			if name == v.Name && k < len(values) && values[k] != nil {
				out[i] = values[k]
				break
			}
		}
	}
	return out
}

// lists returns the lists an instance of t holds: the running instance's by name, items and
// all, and a new list with the file's items for a list new to it.
func (r *reload) lists(old *instance, t *target) []*List {
	out := make([]*List, len(t.contents.Lists))
	for i, l := range t.contents.Lists {
		if old != nil {
			for _, ol := range old.lists {
				if ol.Name == l.Name {
					out[i] = ol
				}
			}
		}
		if out[i] == nil {
			list := &List{Name: l.Name}
			for _, it := range l.Items {
				v := valueOf(it)
				list.Items = append(list.Items, v)
				list.bytes += itemCost(v)
			}
			out[i] = list
		}
		r.listBytes += out[i].bytes
	}
	return out
}

// instance makes the new instance that continues old (nil for a sprite new in p), keeping its
// number, sound settings and the memory of its edge-triggered hats.
func (r *reload) instance(old *instance, t *target, vars []lua.LValue, lists []*List) (*instance, error) {
	in, err := r.rt.newInstance(t, nil, vars, lists)
	if err != nil {
		return nil, err
	}
	if old == nil {
		return in, nil
	}
	r.rt.nextID--
	in.id = old.id
	in.sound, in.instrument = old.sound, old.instrument
	for j, s := range t.info.Scripts {
		if i := scriptIndex(old.t, s.Block); i >= 0 {
			in.edge[j] = old.edge[i]
		}
	}
	r.insts[old] = in
	return in, nil
}

// setGlobals sets the new chunk's stage variables: locals the globals function closes over,
// in order, or the table G.
func (r *reload) setGlobals(values []lua.LValue) error {
	t := r.targets[0]
	for i, v := range values {
		if i < len(t.info.Numeric) && t.info.Numeric[i] && v.Type() != lua.LTNumber {
			values[i] = lua.LNumber(value.ToNumber(v))
		}
	}
	fn := r.globalsFn
	if fn == nil || fn.IsG {
		return fmt.Errorf("the compiled Lua has no globals (a bug in Tsumiki)")
	}
	names := fn.Proto.DbgUpvalues
	if len(names) == 1 && names[0] == "G" {
		tb, ok := fn.Upvalues[0].Value().(*lua.LTable)
		if !ok {
			return fmt.Errorf("the compiled Lua's globals are not a table (a bug in Tsumiki)")
		}
		for i, v := range values {
			tb.RawSetInt(i+1, v)
		}
		return nil
	}
	if len(fn.Upvalues) != len(values) {
		return fmt.Errorf("the compiled Lua has %d globals for %d variables (a bug in Tsumiki)", len(fn.Upvalues), len(values))
	}
	for i, v := range values {
		fn.Upvalues[i].SetValue(v)
	}
	return nil
}

func (r *reload) commit() {
	rt := r.rt
	r.threads()

	// Sprites: gone, or on with their new instance, name and costumes.
	for _, sp := range append([]*stage.Sprite(nil), rt.world.Sprites...) {
		old := rt.bySprite[sp]
		in := r.insts[old]
		delete(rt.bySprite, sp)
		if in == nil {
			r.removeSprite(sp, old)
			continue
		}
		in.sprite = sp
		rt.bySprite[sp] = in
		sp.Name = in.t.name
		name := ""
		if c, ok := sp.CurrentCostume(); ok {
			name = c.Name
		}
		sp.Costumes = in.t.costumes
		sp.Costume = costumeNamed(in.t.costumes, name, sp.Costume)
	}
	rt.stageInst = r.stageInst
	name := ""
	if c, ok := rt.world.Stage.CurrentBackdrop(); ok {
		name = c.Name
	}
	rt.world.Stage.Backdrops = r.targets[0].costumes
	rt.world.Stage.Backdrop = costumeNamed(r.targets[0].costumes, name, rt.world.Stage.Backdrop)
	sort.SliceStable(r.added, func(i, j int) bool {
		return r.p.Sprites[r.added[i].t.index-1].Layer < r.p.Sprites[r.added[j].t.index-1].Layer
	})
	for _, in := range r.added {
		rt.addSprite(in, &r.p.Sprites[in.t.index-1])
	}
	rt.originals = make(map[string]*stage.Sprite)
	for _, sp := range rt.world.Sprites {
		if !sp.IsClone {
			rt.originals[sp.Name] = sp
		}
	}
	if rt.drag != nil && rt.bySprite[rt.drag.sprite] == nil {
		rt.drag = nil
	}

	r.monitors()
	rt.targets = r.targets
	rt.prog, rt.proj = r.prog, r.p
	rt.globalsFn = r.globalsFn
	rt.blocksByID = nil
	rt.listBytes = r.listBytes
	rt.world.Redraw = true
}

// removeSprite takes a sprite of a target gone from p out of the world.
func (r *reload) removeSprite(sp *stage.Sprite, old *instance) {
	rt := r.rt
	if old != nil {
		old.removed = true
	}
	if sp.IsClone {
		rt.world.Remove(sp)
	} else {
		for i, s := range rt.world.Sprites {
			if s == sp {
				rt.world.Sprites = append(rt.world.Sprites[:i], rt.world.Sprites[i+1:]...)
				break
			}
		}
	}
	kept := rt.bubbleTimers[:0]
	for _, bt := range rt.bubbleTimers {
		if bt.sprite != sp {
			kept = append(kept, bt)
		}
	}
	rt.bubbleTimers = kept
}

// costumeNamed finds the costume of that name, or else keeps the number when it is still in
// range.
func costumeNamed(cs []stage.Costume, name string, cur int) int {
	for i, c := range cs {
		if c.Name == name {
			return i
		}
	}
	if cur >= len(cs) {
		cur = len(cs) - 1
	}
	return max(cur, 0)
}

// threads moves every running thread onto the new program: on where it was when its code is
// unchanged, from the top of its script otherwise, or ended when its script or sprite is gone.
func (r *reload) threads() {
	rt := r.rt
	restarted := make(map[*thread]*thread)
	for idx, th := range rt.threads {
		if th.done {
			continue
		}
		in := r.insts[th.in]
		j := -1
		if in != nil && th.script < len(th.in.t.info.Scripts) {
			j = scriptIndex(in.t, th.in.t.info.Scripts[th.script].Block)
		}
		if j < 0 || in.scripts[j] == nil {
			rt.kill(th)
			continue
		}
		if r.keep(th, in) {
			th.in, th.script, th.fn = in, j, in.scripts[j]
			continue
		}
		rt.kill(th)
		nt := rt.newThread(in, j)
		rt.threads[idx] = nt
		restarted[th] = nt
	}
	for _, th := range rt.threads {
		for i, w := range th.waitFor {
			if nt := restarted[w]; nt != nil {
				th.waitFor[i] = nt
			}
		}
	}
}

// keep moves a thread's coroutine onto the new program when every function it stands in has
// the same Lua in the new program: each takes its new twin's code and upvalues (the new
// program's variables, lists and custom blocks), and its frames go on. It reports false, and
// changes nothing, when some function changed.
func (r *reload) keep(th *thread, in *instance) bool {
	if !th.resumed {
		return true // not started yet: it starts with the new code
	}
	var frames []*lua.LFunction
	seen := make(map[*lua.LFunction]bool)
	for level := 0; level <= callStackSize+1; level++ {
		dbg, ok := th.co.GetStack(level)
		if !ok {
			break
		}
		v, err := th.co.GetInfo("f", dbg, lua.LNil)
		if err != nil {
			return false
		}
		f, ok := v.(*lua.LFunction)
		if !ok {
			return false
		}
		if !f.IsG && !seen[f] {
			seen[f] = true
			frames = append(frames, f)
		}
	}
	if len(frames) == 0 {
		return false
	}
	twins := make([]*lua.LFunction, len(frames))
	for k, f := range frames {
		if r.moved[f] {
			twins[k] = f // another thread standing in it moved it already
			continue
		}
		g := r.twin(f, in)
		if g == nil || len(g.Upvalues) != len(f.Upvalues) {
			return false
		}
		twins[k] = g
	}
	if r.moved == nil {
		r.moved = make(map[*lua.LFunction]bool)
	}
	for k, f := range frames {
		f.Proto, f.Upvalues = twins[k].Proto, twins[k].Upvalues
		r.moved[f] = true
	}
	return true
}

// twin finds the function of the new instance with the same block and the same Lua as f.
func (r *reload) twin(f *lua.LFunction, in *instance) *lua.LFunction {
	if r.oldLines == nil {
		r.oldLines = strings.Split(r.oldProg.Source, "\n")
		r.newLines = strings.Split(r.prog.Source, "\n")
	}
	text, ok := protoText(r.oldLines, f.Proto)
	if !ok {
		return nil
	}
	fns := r.functions(in)
	for _, g := range fns[protoBlock(r.oldProg, f.Proto)] {
		if t, ok := protoText(r.newLines, g.Proto); ok && t == text {
			return g
		}
	}
	return nil
}

// functions maps the block ids of a new instance's scripts and custom blocks to their Lua
// functions. Every custom block is reached: the script run by clicking its definition calls it.
func (r *reload) functions(in *instance) map[string][]*lua.LFunction {
	if m := r.closures[in]; m != nil {
		return m
	}
	m := make(map[string][]*lua.LFunction)
	visited := make(map[*lua.LFunction]bool)
	var walk func(f *lua.LFunction)
	walk = func(f *lua.LFunction) {
		if f == nil || f.IsG || visited[f] {
			return
		}
		visited[f] = true
		block := protoBlock(r.prog, f.Proto)
		m[block] = append(m[block], f)
		for k, uv := range f.Upvalues {
			switch v := uv.Value().(type) {
			case *lua.LFunction:
				walk(v)
			case *lua.LTable:
				if k < len(f.Proto.DbgUpvalues) && f.Proto.DbgUpvalues[k] == "P" {
					v.ForEach(func(_, x lua.LValue) {
						if fn, ok := x.(*lua.LFunction); ok {
							walk(fn)
						}
					})
				}
			}
		}
	}
	for _, f := range in.scripts {
		walk(f)
	}
	r.closures[in] = m
	return m
}

// protoBlock is the block a function's first line belongs to.
func protoBlock(prog *compile.Program, p *lua.FunctionProto) string {
	loc, _ := prog.Lookup(p.LineDefined)
	return loc.Block
}

// protoText is a function's Lua from the word function to its end: what decides its bytecode.
func protoText(lines []string, p *lua.FunctionProto) (string, bool) {
	a, b := p.LineDefined, p.LastLineDefined
	if a < 1 || b > len(lines) || a > b {
		return "", false
	}
	first := lines[a-1]
	i := strings.Index(first, "function")
	if i < 0 {
		return "", false
	}
	return first[i:] + "\n" + strings.Join(lines[a:b], "\n"), true
}

// monitors carries the monitors over: those of data gone from p go, those of a renamed sprite
// follow it, and new data whose file shows its monitor appears.
func (r *reload) monitors() {
	rt := r.rt
	var ms monitorState
	ms.shown = make(map[monitorKey]bool)
	for _, k := range rt.monitors.order {
		nt := r.targets[0]
		if k.target != "" {
			nt = nil
			if ot := rt.targetNamed(k.target); ot != nil {
				nt = r.to[ot]
			}
		}
		if nt == nil || !rt.owns(nt, k.name, k.list) {
			continue
		}
		nk := k
		if nt.index > 0 {
			nk.target = nt.name
		}
		if _, dup := ms.shown[nk]; !dup {
			ms.order = append(ms.order, nk)
			ms.shown[nk] = rt.monitors.shown[k]
		}
	}
	rt.monitors = ms
	r.rt.seedMonitors(r.p, func(k monitorKey) bool {
		i := 0
		if k.target != "" {
			for j, t := range r.targets {
				if j > 0 && t.name == k.target {
					i = j
				}
			}
		}
		old := r.from[i]
		return old == nil || !rt.owns(old, k.name, k.list)
	})
}

// loadMediaReusing resolves a target's costumes and sounds, reusing what the running target
// old already loaded for the same media.
func (rt *Runtime) loadMediaReusing(t *target, old *target) error {
	if old == nil {
		return rt.loadMedia(t)
	}
	t.snapshotMedia()
	for _, m := range t.costumeMedia {
		found := false
		for k, om := range old.costumeMedia {
			if sameMedia(m, om) && k < len(old.costumes) {
				t.costumes = append(t.costumes, old.costumes[k])
				found = true
				break
			}
		}
		if !found {
			c, err := rt.costume(t.name, m)
			if err != nil {
				return err
			}
			t.costumes = append(t.costumes, c)
		}
	}
	for _, m := range t.soundMedia {
		found := false
		for k, om := range old.soundMedia {
			if sameMedia(m, om) && k < len(old.clips) {
				t.clips = append(t.clips, old.clips[k])
				found = true
				break
			}
		}
		if found {
			continue
		}
		c, err := rt.soundClip(t.name, m)
		if err != nil {
			return err
		}
		t.clips = append(t.clips, c)
	}
	return nil
}

func sameMedia(a, b blocks.Media) bool {
	eq := func(x, y *float64) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return a.Name == b.Name && a.Library == b.Library && a.File == b.File && bytes.Equal(a.Data, b.Data) &&
		eq(a.CenterX, b.CenterX) && eq(a.CenterY, b.CenterY)
}
