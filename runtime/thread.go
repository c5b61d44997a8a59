package runtime

import (
	"math"
	"time"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/stage"
)

// waitKind is what a thread is waiting for.
type waitKind int

const (
	runnable    waitKind = iota // ready for its next step
	waitTicks                   // until the tick counter reaches until
	waitPoll                    // "wait until": check again on every pass
	waitThreads                 // "broadcast and wait": until every thread in waitFor is done
	waitAnswer                  // "ask and wait": until an answer arrives
	waitGlide                   // gliding: moved once a tick until it arrives
)

// thread is one running script: a Lua coroutine and what it waits for.
type thread struct {
	co      *lua.LState
	fn      *lua.LFunction
	in      *instance
	script  int // index into in.scripts
	done    bool
	resumed bool // it has run: its coroutine has frames
	wait    waitKind
	until   int64
	waitFor []*thread
	glide   *glide
	warp    int // depth of custom blocks running without screen refresh

	question       string // what "ask and wait" asks
	questionSeq    int    // the speech bubble showing the question; 0 when none shows it
	questionSerial int    // which question this is, counted from the start of the run
}

// bubbleTimer clears a "say for secs" bubble when its time is up, whatever became of the
// script that said it, unless a newer say or think replaced it.
type bubbleTimer struct {
	sprite *stage.Sprite
	seq    int
	tick   int64
}

type glide struct {
	fromX, fromY, toX, toY float64
	start                  int64
	ticks                  float64
	last                   int64 // the last tick it moved
}

// ready reports whether th can take a step now.
func (rt *Runtime) ready(th *thread) bool {
	if th.done {
		return false
	}
	switch th.wait {
	case waitTicks:
		return rt.tick >= th.until
	case waitThreads:
		for _, w := range th.waitFor {
			if !w.done {
				return false
			}
		}
		return true
	case waitAnswer:
		return false
	case waitGlide:
		return th.glide.last < rt.tick
	}
	return true
}

// Step runs one tick: input due by now, edge-triggered hats, then passes over the threads in
// order until a visible change, until only waiting scripts are left, or until the step budget
// is spent. Last, it draws the tick's pen operations onto the canvas.
func (rt *Runtime) Step() {
	rt.tickStart = time.Now()
	rt.steps, rt.nextWatch = 0, 4096
	rt.world.Redraw = false
	rt.applyInputs()
	rt.clearBubbles()
	rt.edgeHats()
	for pass := 0; ; pass++ {
		count := 0
		for _, th := range rt.threads {
			if rt.ready(th) {
				count++
			}
		}
		if count == 0 {
			break
		}
		worked := false
		for i := 0; i < len(rt.threads); i++ {
			th := rt.threads[i]
			if !rt.ready(th) {
				continue
			}
			if rt.steps >= rt.opts.StepBudget {
				break // the rest wait for the next tick: scripts started this pass can chain forever
			}
			rt.solo = count == 1
			polling := th.wait == waitPoll
			if th.wait == waitGlide && !rt.glideStep(th) {
				continue
			}
			rt.resume(th)
			if !polling || th.wait != waitPoll {
				worked = true
			}
		}
		rt.sweep()
		if !worked || rt.world.Redraw || rt.steps >= rt.opts.StepBudget || rt.overdue() {
			break
		}
	}
	rt.drawPen()
	rt.mixSound()
	rt.tick++
}

// Run steps until every script has ended (and, when mixing, every sound) or maxTicks ticks
// have run, and returns the ticks run.
func (rt *Runtime) Run(maxTicks int64) int64 {
	var n int64
	for n < maxTicks {
		rt.Step()
		n++
		if !rt.busy() {
			break
		}
	}
	return n
}

// busy reports whether there is more to run: scripts, inputs waiting for their tick, hats
// that wait for a condition, or sounds still playing.
func (rt *Runtime) busy() bool {
	return len(rt.threads) > 0 || len(rt.inputs) > 0 || rt.hasEdgeHats() || rt.sounding()
}

// Running reports whether any script is running, for the green flag's glow.
func (rt *Runtime) Running() bool {
	for _, th := range rt.threads {
		if !th.done {
			return true
		}
	}
	return false
}

func (rt *Runtime) overdue() bool {
	return time.Since(rt.tickStart) > rt.opts.Watchdog
}

// glideStep moves a gliding sprite for this tick and reports whether the glide has ended, so
// that the script goes on.
func (rt *Runtime) glideStep(th *thread) bool {
	g := th.glide
	g.last = rt.tick
	frac := float64(rt.tick-g.start) / g.ticks
	sp := th.in.sprite
	if frac >= 1 || math.IsNaN(frac) {
		rt.world.SetXY(sp, g.toX, g.toY)
		th.wait, th.glide = runnable, nil
		return true
	}
	rt.world.SetXY(sp, g.fromX+frac*(g.toX-g.fromX), g.fromY+frac*(g.toY-g.fromY))
	return false
}

// resume runs th until it yields or ends.
func (rt *Runtime) resume(th *thread) {
	th.wait = runnable
	th.resumed = true
	rt.cur = th
	// A builtin that yielded returns what Resume passes: 0, which step's callers count from.
	st, err, _ := rt.L.Resume(th.co, th.fn, lua.LNumber(0))
	rt.cur = nil
	switch {
	case err != nil:
		if !th.done {
			rt.report(th, err)
		}
		th.done = true
	case st == lua.ResumeOK:
		th.done = true
	}
}

// sweep drops ended threads, keeping the order of the rest.
func (rt *Runtime) sweep() {
	kept := rt.threads[:0]
	for _, th := range rt.threads {
		if !th.done {
			kept = append(kept, th)
		}
	}
	for i := len(kept); i < len(rt.threads); i++ {
		rt.threads[i] = nil
	}
	rt.threads = kept
}

// newThread makes a coroutine for script i of in.
func (rt *Runtime) newThread(in *instance, i int) *thread {
	co, _ := rt.L.NewThread()
	return &thread{co: co, fn: in.scripts[i], in: in, script: i}
}

// threadCost is what starting or restarting a script costs against the step budget: a new
// coroutine is far dearer than a loop iteration, and a script that restarts itself (a message
// that broadcasts itself, a clone that clones itself) must not spin within one tick.
const threadCost = 100

// start starts script i of in. A script that is already running restarts in its place when
// restart is set, and is left alone otherwise. It returns the thread, or nil.
func (rt *Runtime) start(in *instance, i int, restart bool) *thread {
	if in.scripts[i] == nil || in.removed {
		return nil
	}
	rt.steps += threadCost
	for idx, th := range rt.threads {
		if th.in != in || th.script != i || th.done {
			continue
		}
		if !restart {
			return nil
		}
		rt.kill(th)
		nt := rt.newThread(in, i)
		rt.threads[idx] = nt
		rt.solo = false
		return nt
	}
	if len(rt.threads) >= MaxThreads {
		return nil
	}
	th := rt.newThread(in, i)
	rt.threads = append(rt.threads, th)
	rt.solo = false
	return th
}

// clearBubbles ends the "say for secs" bubbles whose time is up.
func (rt *Runtime) clearBubbles() {
	kept := rt.bubbleTimers[:0]
	for _, bt := range rt.bubbleTimers {
		if bt.tick <= rt.tick {
			rt.world.ClearBubble(bt.sprite, bt.seq)
			continue
		}
		kept = append(kept, bt)
	}
	rt.bubbleTimers = kept
}

// kill ends a thread. A thread killed while it runs stops at its next yield. A question it
// was asking goes away with it.
func (rt *Runtime) kill(th *thread) {
	th.done = true
	for i, q := range rt.questions {
		if q == th {
			rt.questions = append(rt.questions[:i], rt.questions[i+1:]...)
			if i == 0 {
				if sp := th.in.sprite; sp != nil {
					rt.world.ClearBubble(sp, th.questionSeq)
				}
				rt.askNext()
			}
			break
		}
	}
}

// executionOrder lists the instances front-most sprite first and the stage last, the order in
// which Scratch starts hats.
func (rt *Runtime) executionOrder() []*instance {
	order := make([]*instance, 0, len(rt.world.Sprites)+1)
	for i := len(rt.world.Sprites) - 1; i >= 0; i-- {
		if in := rt.bySprite[rt.world.Sprites[i]]; in != nil {
			order = append(order, in)
		}
	}
	return append(order, rt.stageInst)
}

// startHats starts every script whose hat is opcode and whose fields match, in execution order.
func (rt *Runtime) startHats(opcode string, match func(fields map[string]string) bool, restart bool) []*thread {
	var started []*thread
	for _, in := range rt.executionOrder() {
		started = append(started, rt.startHatsOf(in, opcode, match, restart)...)
	}
	return started
}

func (rt *Runtime) startHatsOf(in *instance, opcode string, match func(map[string]string) bool, restart bool) []*thread {
	var started []*thread
	for i, s := range in.t.info.Scripts {
		if s.Hat != opcode || match != nil && !match(s.Fields) {
			continue
		}
		if th := rt.start(in, i, restart); th != nil {
			started = append(started, th)
		}
	}
	return started
}

// edgeHats checks the edge-triggered hats and starts those whose condition turned true.
func (rt *Runtime) edgeHats() {
	for _, in := range rt.executionOrder() {
		for i, cond := range in.conditions {
			if cond == nil {
				continue
			}
			rt.cur = &thread{in: in}
			err := rt.L.CallByParam(lua.P{Fn: cond, NRet: 1, Protect: true})
			rt.cur = nil
			now := false
			if err != nil {
				rt.report(&thread{in: in, script: i}, err)
			} else {
				now = lua.LVAsBool(rt.L.Get(-1))
				rt.L.Pop(1)
			}
			if now && !in.edge[i] {
				rt.start(in, i, false)
			}
			in.edge[i] = now
		}
	}
}

func (rt *Runtime) hasEdgeHats() bool {
	for _, in := range rt.executionOrder() {
		for _, c := range in.conditions {
			if c != nil {
				return true
			}
		}
	}
	return false
}

// GreenFlag does what clicking the green flag does: stop everything, reset the timer, clear
// graphic effects and edge-hat memory, then start the green-flag scripts.
func (rt *Runtime) GreenFlag() {
	rt.StopAll()
	rt.timerStart = rt.tick
	rt.answer = ""
	for _, in := range rt.executionOrder() {
		if in.sprite != nil {
			rt.world.ClearEffects(in.sprite)
		}
		for i := range in.edge {
			in.edge[i] = false
		}
	}
	rt.world.ClearStageEffects()
	rt.startHats("event_whenflagclicked", nil, true)
}

// StopAll does what the stop sign does: end every script, remove the clones, clear speech
// bubbles and stop sounds.
func (rt *Runtime) StopAll() {
	for _, th := range rt.threads {
		th.done = true
	}
	rt.threads = rt.threads[:0]
	rt.questions = nil
	rt.bubbleTimers = nil
	for _, s := range append([]*stage.Sprite(nil), rt.world.Sprites...) {
		if s.IsClone {
			rt.removeClone(rt.bySprite[s])
		}
	}
	rt.world.ClearAllBubbles()
	for _, in := range rt.executionOrder() {
		in.sound.Pitch, in.sound.Pan = 0, 0 // Scratch clears sound effects on stop
	}
	rt.stopSounds()
}
