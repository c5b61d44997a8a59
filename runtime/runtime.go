package runtime

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/compile"
	"tsumiki/blocks/value"
	"tsumiki/stage"
	"tsumiki/stage/raster"
	"tsumiki/stage/sound"
)

// Limits that keep a runaway program inside the sandbox.
const (
	DefaultStepBudget = 100_000          // loop iterations and recursive calls in one tick
	DefaultWatchdog   = 10 * time.Second // wall time one tick may take before a script is stopped
	MaxString         = 1 << 20          // bytes in one text value
	MaxListItems      = 200_000          // items in one list, as in Scratch
	MaxListBytes      = 64 << 20         // all lists together
	MaxThreads        = 10_000           // scripts running at once
	callStackSize     = 1_000            // Lua call depth: custom blocks calling themselves
	registryMaxSize   = 1 << 20          // Lua value stack of one script
)

// Assets resolves a project's costumes and sounds. When it also has the pictures
// (implements raster.Pictures, as assets.Store does), stamps are drawn and sprites show their
// colours to "touching color".
type Assets interface {
	// Costume returns the geometry of a costume or backdrop of the named target.
	Costume(target string, m blocks.Media) (stage.Costume, error)
	// Sound returns a sound of the named target, decoded.
	Sound(target string, m blocks.Media) (*sound.Clip, error)
}

// Options control a run. The zero value runs at the project's tick rate with seed 0.
type Options struct {
	Seed       uint64
	TickRate   int // ticks a second; 0 takes the project's (30 unless it asks for 60)
	StepBudget int // 0 means DefaultStepBudget
	Watchdog   time.Duration
	Assets     Assets
	Start      time.Time // the virtual calendar at tick 0, for "current year" and friends
	Username   string
	Trace      func(Event) // receives every trace event; may be nil
	// Sound mixes what the project plays: after each Step, Samples returns the tick's
	// sound. Without it sounds and notes are silent but last as long as they would.
	Sound bool
}

// Runtime runs one project.
type Runtime struct {
	prog   *compile.Program
	proj   *blocks.Project
	opts   Options
	rate   int
	L      *lua.LState
	world  *stage.World
	canvas *raster.Canvas
	rng    *rand.Rand

	tick           int64
	timerStart     int64
	targets        []*target // the stage and the original sprites, in program order
	bySprite       map[*stage.Sprite]*instance
	originals      map[string]*stage.Sprite // the sprites as the file has them, by name
	stageInst      *instance
	threads        []*thread
	nextID         int
	cur            *thread
	steps          int  // steps used this tick
	nextWatch      int  // steps at which the watchdog looks at the clock again
	solo           bool // the current thread is the only one that can run this pass
	tickStart      time.Time
	inputs         []Input
	keys           map[string]bool
	mouseX         float64
	mouseY         float64
	mouseDown      bool
	drag           *dragState
	loudness       float64
	answer         string
	questions      []*thread // threads waiting in "ask", the first is being asked
	questionSerial int       // questions asked so far
	listBytes      int
	monitors       monitorState
	errors         []*blocks.Problem
	bubbleTimers   []bubbleTimer
	blocksByID     map[string]*blocks.Block
	text           textBuffer
	globalsFn      *lua.LFunction
	lib            *lua.LTable  // the builtins, shared by every chunk loaded into L
	glow           []bool       // RunningScripts' scratch: which scripts of a target run
	mixer          *sound.Mixer // nil unless Options.Sound
	samples        []float32    // the last tick's sound, from the mixer
	tempo          float64      // the music extension's beats a minute, the stage's
}

// target is one target of the program: the stage or a sprite as the file has it.
type target struct {
	index    int
	name     string
	factory  *lua.LFunction
	contents *blocks.Contents
	info     compile.Target
	costumes []stage.Costume
	clips    []*sound.Clip

	costumeMedia, soundMedia []blocks.Media // what costumes and sounds were loaded from
}

// instance is the stage, a sprite, or a clone of a sprite, with its Lua closures.
type instance struct {
	id         int
	t          *target
	sprite     *stage.Sprite // nil for the stage
	scripts    []*lua.LFunction
	conditions []*lua.LFunction
	varsFn     *lua.LFunction
	lists      []*List
	edge       []bool       // last value of each edge-triggered hat
	sound      sound.Params // volume and the sound effects
	instrument int          // the music extension's instrument, 1 to 21
	removed    bool
}

func (in *instance) name() string {
	if in.sprite != nil && in.sprite.IsClone {
		return fmt.Sprintf("%s#%d", in.t.name, in.id)
	}
	return in.t.name
}

// New compiles p and sets up its world, ready for the green flag.
func New(p *blocks.Project, opts Options) (*Runtime, error) {
	prog, err := compile.Project(p)
	if err != nil {
		return nil, err
	}
	rate := opts.TickRate
	if rate == 0 {
		rate = p.TickRate
	}
	if rate == 0 {
		rate = 30
	}
	if opts.StepBudget <= 0 {
		opts.StepBudget = DefaultStepBudget
	}
	if opts.Watchdog <= 0 {
		opts.Watchdog = DefaultWatchdog
	}
	if opts.Start.IsZero() {
		opts.Start = time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	}
	pictures, _ := opts.Assets.(raster.Pictures)
	rt := &Runtime{
		prog: prog, proj: p, opts: opts, rate: rate,
		world:     stage.NewWorld(),
		canvas:    raster.NewCanvas(pictures),
		rng:       rand.New(rand.NewPCG(opts.Seed, 0x7473756d696b69)),
		bySprite:  make(map[*stage.Sprite]*instance),
		originals: make(map[string]*stage.Sprite),
		keys:      make(map[string]bool),
		tempo:     defaultTempo,
	}
	if opts.Sound {
		rt.mixer = sound.NewMixer(rate)
	}
	if err := rt.load(); err != nil {
		rt.Close()
		return nil, err
	}
	rt.seedMonitors(p, nil)
	return rt, nil
}

// Close releases the Lua state.
func (rt *Runtime) Close() {
	if rt.L != nil {
		rt.L.Close()
	}
}

// Program returns the compiled program, for showing its Lua.
func (rt *Runtime) Program() *compile.Program { return rt.prog }

// World returns the stage's world state, for drawing.
func (rt *Runtime) World() *stage.World { return rt.world }

// Canvas returns the pen layer, for drawing. Every Step ends by drawing the pen operations of
// its tick onto it, so it always shows what the world's pens have drawn; read it between
// steps, from the goroutine that steps.
func (rt *Runtime) Canvas() *raster.Canvas { return rt.canvas }

// drawPen draws the pen operations waiting in the world onto the canvas.
func (rt *Runtime) drawPen() {
	if ops := rt.world.TakePenOps(); len(ops) > 0 {
		rt.canvas.Apply(ops)
	}
}

// Tick returns the number of ticks run so far.
func (rt *Runtime) Tick() int64 { return rt.tick }

// TickRate returns the ticks a second.
func (rt *Runtime) TickRate() int { return rt.rate }

func (rt *Runtime) load() error {
	rt.L = lua.NewState(lua.Options{
		SkipOpenLibs:        true,
		CallStackSize:       callStackSize,
		RegistrySize:        1024,
		RegistryMaxSize:     registryMaxSize,
		MinimizeStackMemory: true, // a coroutine's call stack grows as it needs: 300 clones stay small
	})
	fn, err := rt.L.Load(strings.NewReader(rt.prog.Source), compile.ChunkName)
	if err != nil {
		return fmt.Errorf("the compiled Lua does not load (a bug in Tsumiki): %w", err)
	}
	contents := []*blocks.Contents{&rt.proj.Stage.Contents}
	for i := range rt.proj.Sprites {
		contents = append(contents, &rt.proj.Sprites[i].Contents)
	}
	lists := make([][]*List, len(contents))
	for i, c := range contents {
		t := &target{index: i, name: rt.prog.Targets[i].Name, contents: c, info: rt.prog.Targets[i]}
		rt.targets = append(rt.targets, t)
		if err := rt.loadMedia(t); err != nil {
			return err
		}
		for _, l := range c.Lists {
			list := &List{Name: l.Name}
			for _, it := range l.Items {
				v := valueOf(it)
				list.Items = append(list.Items, v)
				list.bytes += itemCost(v)
			}
			rt.listBytes += list.bytes
			lists[i] = append(lists[i], list)
		}
	}
	if rt.listBytes > MaxListBytes {
		return &blocks.Problem{Msg: msgListsTooBig, Args: []any{MaxListBytes >> 20}}
	}
	rt.lib = rt.builtins()
	if err := rt.L.CallByParam(lua.P{Fn: fn, NRet: 1, Protect: true}, rt.lib, rt.listTable(lists[0])); err != nil {
		return fmt.Errorf("the compiled Lua does not start (a bug in Tsumiki): %w", err)
	}
	result, ok := rt.L.Get(-1).(*lua.LTable)
	rt.L.Pop(1)
	if !ok {
		return fmt.Errorf("the compiled Lua returned no targets (a bug in Tsumiki)")
	}
	rt.globalsFn, _ = result.RawGetString("globals").(*lua.LFunction)
	factories, _ := result.RawGetString("targets").(*lua.LTable)
	var originals []*instance
	for i, t := range rt.targets {
		t.factory, _ = factories.RawGetInt(i + 1).(*lua.LFunction)
		var vars []lua.LValue
		for _, v := range t.contents.Variables {
			vars = append(vars, valueOf(v.Value))
		}
		in, err := rt.newInstance(t, nil, vars, lists[i])
		if err != nil {
			return err
		}
		if i == 0 {
			rt.stageInst = in
			rt.world.Stage.Backdrops = t.costumes
			rt.world.Stage.Backdrop = rt.proj.Stage.Backdrop
			continue
		}
		originals = append(originals, in)
	}
	// Place the sprites back to front by the file's layer numbers, ties in file order.
	sort.SliceStable(originals, func(i, j int) bool {
		return rt.proj.Sprites[originals[i].t.index-1].Layer < rt.proj.Sprites[originals[j].t.index-1].Layer
	})
	for _, in := range originals {
		rt.addSprite(in, &rt.proj.Sprites[in.t.index-1])
	}
	rt.world.Redraw = false
	return nil
}

// addSprite places an original sprite in front of those already in the world.
func (rt *Runtime) addSprite(in *instance, s *blocks.Sprite) {
	sp := stage.NewSprite(s.Name, in.t.costumes...)
	sp.X, sp.Y, sp.Direction, sp.Size = s.X, s.Y, s.Direction, s.Size
	sp.Visible, sp.Draggable, sp.Costume = s.Visible, s.Draggable, s.Costume
	sp.RotationStyle, _ = stage.ParseRotationStyle(s.RotationStyle)
	in.sprite = sp
	rt.bySprite[sp] = in
	rt.originals[s.Name] = sp
	rt.world.Add(sp)
}

// sprite returns the original sprite of that name, or nil.
func (rt *Runtime) sprite(name string) *stage.Sprite { return rt.originals[name] }

// newInstance runs a target's factory, for an original or a clone.
func (rt *Runtime) newInstance(t *target, parent *instance, vars []lua.LValue, lists []*List) (*instance, error) {
	rt.nextID++
	in := &instance{id: rt.nextID, t: t, lists: lists, sound: sound.Params{Volume: 100}, instrument: 1}
	if parent != nil {
		in.sound, in.instrument = parent.sound, parent.instrument
	}
	vt := rt.L.NewTable()
	for _, v := range vars {
		vt.Append(v)
	}
	L := rt.callState()
	if err := L.CallByParam(lua.P{Fn: t.factory, NRet: 1, Protect: true}, vt, rt.listTable(lists)); err != nil {
		return nil, fmt.Errorf("setting up %s (a bug in Tsumiki): %w", t.name, err)
	}
	res := L.Get(-1).(*lua.LTable)
	L.Pop(1)
	scripts := res.RawGetString("scripts").(*lua.LTable)
	conds := res.RawGetString("conditions").(*lua.LTable)
	in.varsFn = res.RawGetString("vars").(*lua.LFunction)
	in.scripts = make([]*lua.LFunction, len(t.info.Scripts))
	in.conditions = make([]*lua.LFunction, len(t.info.Scripts))
	in.edge = make([]bool, len(t.info.Scripts))
	for i := range t.info.Scripts {
		in.scripts[i], _ = scripts.RawGetInt(i + 1).(*lua.LFunction)
		in.conditions[i], _ = conds.RawGetInt(i + 1).(*lua.LFunction)
	}
	return in, nil
}

// vars returns the current values of an instance's variables, in the target's order.
func (rt *Runtime) vars(in *instance) []lua.LValue {
	fn := in.varsFn
	if in == rt.stageInst {
		fn = rt.globalsFn
	}
	L := rt.callState()
	if err := L.CallByParam(lua.P{Fn: fn, NRet: 1, Protect: true}); err != nil {
		return nil
	}
	tb, _ := L.Get(-1).(*lua.LTable)
	L.Pop(1)
	n := len(in.t.info.Variables)
	out := make([]lua.LValue, n)
	for i := 0; i < n; i++ {
		if tb != nil {
			out[i] = tb.RawGetInt(i + 1)
		}
	}
	return out
}

// callState is the Lua state to call functions with now: the running script's coroutine
// while one of its builtins runs, otherwise the main state.
func (rt *Runtime) callState() *lua.LState {
	if rt.cur != nil && rt.cur.co != nil {
		return rt.cur.co
	}
	return rt.L
}

// listTable wraps lists as the Lua table of userdata that compiled code takes them from.
func (rt *Runtime) listTable(lists []*List) *lua.LTable {
	t := rt.L.NewTable()
	for _, l := range lists {
		t.Append(rt.userdata(l))
	}
	return t
}

func (rt *Runtime) userdata(v any) *lua.LUserData {
	ud := rt.L.NewUserData()
	ud.Value = v
	return ud
}

// valueOf turns a value from the file into the value Lua holds: a JSON number becomes a
// number, text stays text, as in Scratch.
func valueOf(v blocks.Value) lua.LValue {
	if v.IsNumber {
		if f, ok := value.ParseNumber(v.Text); ok {
			return lua.LNumber(f)
		}
	}
	return lua.LString(v.Text)
}
