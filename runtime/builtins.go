package runtime

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks/value"
	"tsumiki/stage"
)

// builtins returns the table R that compiled code takes its functions from. Every function a
// block's Lua names is here, and nothing else is reachable from the sandbox.
func (rt *Runtime) builtins() *lua.LTable {
	R := rt.L.NewTable()
	for name, fn := range rt.builtinFuncs() {
		R.RawSetString(name, rt.L.NewFunction(fn))
	}
	return R
}

// BuiltinNames lists the builtins the runtime gives compiled code.
func BuiltinNames() []string {
	rt := &Runtime{}
	var names []string
	for name := range rt.builtinFuncs() {
		names = append(names, name)
	}
	return names
}

func (rt *Runtime) builtinFuncs() map[string]lua.LGFunction {
	m := make(map[string]lua.LGFunction)
	for _, group := range []map[string]lua.LGFunction{
		rt.controlBuiltins(), rt.operatorBuiltins(), rt.dataBuiltins(), rt.motionBuiltins(),
		rt.looksBuiltins(), rt.soundBuiltins(), rt.eventBuiltins(), rt.sensingBuiltins(), rt.penBuiltins(),
	} {
		for k, v := range group {
			m[k] = v
		}
	}
	return m
}

func num(L *lua.LState, i int) float64 {
	if n, ok := L.Get(i).(lua.LNumber); ok {
		return float64(n)
	}
	return value.ToNumber(L.Get(i))
}

func str(L *lua.LState, i int) string { return value.ToString(L.Get(i)) }

func pushNum(L *lua.LState, f float64) int {
	L.Push(lua.LNumber(f))
	return 1
}

func pushBool(L *lua.LState, b bool) int {
	L.Push(lua.LBool(b))
	return 1
}

// yieldAs suspends the running script until the wait it has set up ends.
func (rt *Runtime) yieldAs(L *lua.LState, w waitKind) int {
	rt.cur.wait = w
	return L.Yield()
}

func (rt *Runtime) controlBuiltins() map[string]lua.LGFunction {
	return map[string]lua.LGFunction{
		// loop_end is where a loop lets other scripts run. The script goes on without a
		// real yield when nobody else could run and nothing visible changed, which is what
		// Scratch's sequencer would do after a pass with only this script in it.
		"loop_end": func(L *lua.LState) int {
			if rt.count(L, 1) {
				return rt.yieldAs(L, runnable)
			}
			if rt.cur.warp > 0 || rt.solo && !rt.world.Redraw {
				return 0
			}
			return rt.yieldAs(L, runnable)
		},
		// step counts loop iterations or a recursive call inside a block that runs without
		// screen refresh; only the step budget makes it yield. Loops there count in Lua and
		// report every few iterations, with the count as the argument. It returns 0, the
		// count to start again from.
		"step": func(L *lua.LState) int {
			n := 1
			if v, ok := L.Get(1).(lua.LNumber); ok && v >= 1 {
				n = int(v)
			}
			if rt.count(L, n) {
				return rt.yieldAs(L, runnable)
			}
			L.Push(lua.LNumber(0))
			return 1
		},
		"warp_enter": func(L *lua.LState) int { rt.cur.warp++; return 0 },
		"warp_exit":  func(L *lua.LState) int { rt.cur.warp--; return 0 },
		"wait": func(L *lua.LState) int {
			rt.cur.until = rt.tick + rt.ticksFor(num(L, 1))
			rt.world.Redraw = true // Scratch requests a redraw, so the tick ends after this pass
			return rt.yieldAs(L, waitTicks)
		},
		"wait_poll": func(L *lua.LState) int {
			rt.count(L, 1)
			return rt.yieldAs(L, waitPoll)
		},
		"repeat_count": func(L *lua.LState) int { return pushNum(L, value.Round(num(L, 1))) },
		"stop": func(L *lua.LState) int {
			switch str(L, 1) {
			case "all":
				rt.StopAll()
				return L.Yield()
			case "other scripts in sprite":
				for _, th := range rt.threads {
					if th.in == rt.cur.in && th != rt.cur {
						rt.kill(th)
					}
				}
			}
			return 0
		},
		"create_clone": func(L *lua.LState) int {
			rt.createClone(L, str(L, 1))
			return 0
		},
		"delete_clone": func(L *lua.LState) int {
			in := rt.cur.in
			if in.sprite == nil || !in.sprite.IsClone {
				return 0
			}
			rt.removeClone(in)
			return L.Yield()
		},
		"num": func(L *lua.LState) int {
			if v := L.Get(1); v.Type() == lua.LTNumber && v == v {
				L.Push(v) // already a number: pass the same value on, with no new allocation
				return 1
			}
			return pushNum(L, num(L, 1))
		},
		"truth": func(L *lua.LState) int { return pushBool(L, value.ToBool(L.Get(1))) },
	}
}

// count adds n steps to this tick's budget and reports whether it is spent. Now and then it
// looks at the wall clock, the watchdog of last resort.
func (rt *Runtime) count(L *lua.LState, n int) bool {
	rt.steps += n
	if rt.steps >= rt.nextWatch {
		rt.nextWatch = rt.steps + 4096
		if rt.overdue() {
			rt.fail(L, msgWatchdog, rt.opts.Watchdog)
		}
	}
	return rt.steps >= rt.opts.StepBudget
}

// charge counts work proportional to size against the step budget: a step for every
// kilobyte of text or thousand list items a builtin goes through, so a loop over a huge text or
// list is paused by the budget as a loop of small steps is.
func (rt *Runtime) charge(L *lua.LState, size int) {
	if size >= 1024 {
		rt.count(L, size>>10)
	}
}

// ticksFor turns seconds into whole ticks to wait: at least one, as "wait 0" still costs a
// tick in Scratch. "wait 1" is exactly TickRate ticks.
func (rt *Runtime) ticksFor(secs float64) int64 {
	t := math.Ceil(secs*float64(rt.rate) - 1e-9)
	if math.IsNaN(t) || t < 1 {
		return 1
	}
	return int64(math.Min(t, 1e15))
}

func (rt *Runtime) operatorBuiltins() map[string]lua.LGFunction {
	return map[string]lua.LGFunction{
		"compare": func(L *lua.LState) int { return pushNum(L, float64(value.Compare(L.Get(1), L.Get(2)))) },
		"equals":  func(L *lua.LState) int { return pushBool(L, value.Equal(L.Get(1), L.Get(2))) },
		"join": func(L *lua.LState) int {
			a, b := str(L, 1), str(L, 2)
			if len(a)+len(b) > MaxString {
				rt.fail(L, msgTextTooLong, MaxString>>20)
			}
			rt.charge(L, len(b)) // the part copied; joining onto the last result appends in place
			L.Push(lua.LString(rt.text.join(a, b)))
			return 1
		},
		"letter_of": func(L *lua.LState) int {
			s := str(L, 2)
			rt.charge(L, len(s))
			i := num(L, 1)
			if !(i >= 1 && i <= float64(len(s))) {
				L.Push(lua.LString(""))
				return 1
			}
			L.Push(lua.LString(value.LetterOf(s, int(i))))
			return 1
		},
		"length_of": func(L *lua.LState) int {
			s := str(L, 1)
			rt.charge(L, len(s))
			return pushNum(L, float64(value.Length(s)))
		},
		"contains": func(L *lua.LState) int {
			s := str(L, 1)
			rt.charge(L, len(s))
			return pushBool(L, value.Contains(s, str(L, 2)))
		},
		"mod":    func(L *lua.LState) int { return pushNum(L, value.Mod(num(L, 1), num(L, 2))) },
		"round":  func(L *lua.LState) int { return pushNum(L, value.Round(num(L, 1))) },
		"mathop": func(L *lua.LState) int { return pushNum(L, value.MathOp(str(L, 1), num(L, 2))) },
		"pick_random": func(L *lua.LState) int {
			return pushNum(L, value.RandomBetween(L.Get(1), L.Get(2), rt.rng.Float64))
		},
	}
}

func (rt *Runtime) sensingBuiltins() map[string]lua.LGFunction {
	return map[string]lua.LGFunction{
		"touching": func(L *lua.LState) int { return pushBool(L, rt.touching(str(L, 1))) },
		"touching_color": func(L *lua.LState) int {
			sp := rt.me()
			if sp == nil {
				return pushBool(L, false)
			}
			rt.drawPen() // the pen drawn earlier in this tick shows, as in Scratch
			return pushBool(L, rt.canvas.TouchingColor(rt.world, sp, toColor(L.Get(1))))
		},
		"color_touching_color": func(L *lua.LState) int {
			sp := rt.me()
			if sp == nil {
				return pushBool(L, false)
			}
			rt.drawPen()
			return pushBool(L, rt.canvas.ColorTouchingColor(rt.world, sp, toColor(L.Get(1)), toColor(L.Get(2))))
		},
		"distance_to": func(L *lua.LState) int {
			sp := rt.cur.in.sprite
			x, y, ok := rt.targetPosition(str(L, 1))
			if sp == nil || !ok {
				return pushNum(L, 10000)
			}
			return pushNum(L, math.Hypot(sp.X-x, sp.Y-y))
		},
		"ask": func(L *lua.LState) int {
			rt.questions = append(rt.questions, rt.cur)
			rt.cur.question = truncate(str(L, 1), MaxString)
			if len(rt.questions) == 1 {
				rt.askNext()
			}
			return rt.yieldAs(L, waitAnswer)
		},
		"answer": func(L *lua.LState) int { L.Push(lua.LString(rt.answer)); return 1 },
		"key_pressed": func(L *lua.LState) int {
			key := normalKey(str(L, 1))
			if key == "any" {
				return pushBool(L, len(rt.keys) > 0)
			}
			return pushBool(L, rt.keys[key])
		},
		"mouse_down": func(L *lua.LState) int { return pushBool(L, rt.mouseDown) },
		"mouse_x":    func(L *lua.LState) int { return pushNum(L, rt.mouseX) },
		"mouse_y":    func(L *lua.LState) int { return pushNum(L, rt.mouseY) },
		"set_drag_mode": func(L *lua.LState) int {
			if sp := rt.cur.in.sprite; sp != nil {
				rt.world.SetDraggable(sp, str(L, 1) == "draggable")
			}
			return 0
		},
		"sensor_value": func(L *lua.LState) int {
			if str(L, 1) == "TIMER" {
				return pushNum(L, rt.timer())
			}
			return pushNum(L, rt.loudness)
		},
		"reset_timer": func(L *lua.LState) int { rt.timerStart = rt.tick; return 0 },
		"property_of": func(L *lua.LState) int { L.Push(rt.propertyOf(str(L, 1), str(L, 2))); return 1 },
		"current": func(L *lua.LState) int {
			now := rt.now()
			var v int
			switch str(L, 1) {
			case "YEAR":
				v = now.Year()
			case "MONTH":
				v = int(now.Month())
			case "DATE":
				v = now.Day()
			case "DAYOFWEEK":
				v = int(now.Weekday()) + 1
			case "HOUR":
				v = now.Hour()
			case "MINUTE":
				v = now.Minute()
			case "SECOND":
				v = now.Second()
			}
			return pushNum(L, float64(v))
		},
		"days_since_2000": func(L *lua.LState) int {
			d := rt.now().Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
			return pushNum(L, d.Hours()/24)
		},
		"username": func(L *lua.LState) int { L.Push(lua.LString(rt.opts.Username)); return 1 },
	}
}

// timer is the seconds since the green flag or the last "reset timer", on the virtual clock.
func (rt *Runtime) timer() float64 {
	return float64(rt.tick-rt.timerStart) / float64(rt.rate)
}

// now is the virtual calendar: the run's start plus the ticks so far.
func (rt *Runtime) now() time.Time {
	return rt.opts.Start.Add(time.Duration(rt.tick) * time.Second / time.Duration(rt.rate))
}

// Question is what "ask and wait" is asking now, for the app's answer box.
type Question struct {
	Text     string
	InBubble bool // a visible sprite asks it in a speech bubble, so the box need not repeat it
	Serial   int  // a new number for each question asked
}

// Question returns the question being asked now, if any.
func (rt *Runtime) Question() (Question, bool) {
	if len(rt.questions) == 0 {
		return Question{}, false
	}
	th := rt.questions[0]
	return Question{Text: th.question, InBubble: th.questionSeq != 0, Serial: th.questionSerial}, true
}

// askNext shows the first waiting question: in a speech bubble for a visible sprite, otherwise
// in the prompt alone.
func (rt *Runtime) askNext() {
	if len(rt.questions) == 0 {
		return
	}
	th := rt.questions[0]
	rt.questionSerial++
	th.questionSerial = rt.questionSerial
	if sp := th.in.sprite; sp != nil && sp.Visible {
		th.questionSeq = rt.world.Say(sp, stage.BubbleSay, th.question)
	}
	rt.emit(Event{Kind: "ask", Target: th.in.name(), Text: th.question})
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

func (rt *Runtime) eventBuiltins() map[string]lua.LGFunction {
	return map[string]lua.LGFunction{
		"broadcast": func(L *lua.LState) int {
			name := str(L, 1)
			wait := lua.LVAsBool(L.Get(2))
			rt.emit(Event{Kind: "broadcast", Target: rt.cur.in.name(), Text: name})
			self := rt.cur
			started := rt.startHats("event_whenbroadcastreceived", func(f map[string]string) bool {
				return strings.EqualFold(f["BROADCAST_OPTION"], name)
			}, true)
			if self.done {
				return L.Yield() // the broadcast restarted this very script
			}
			if wait && len(started) > 0 {
				self.waitFor = started
				return rt.yieldAs(L, waitThreads)
			}
			return 0
		},
	}
}
