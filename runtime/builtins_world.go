package runtime

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks/value"
	"tsumiki/stage"
)

// sprite returns the running sprite, or nil when the stage runs the block.
func (rt *Runtime) me() *stage.Sprite { return rt.cur.in.sprite }

func (rt *Runtime) motionBuiltins() map[string]lua.LGFunction {
	// onSprite wraps a motion block: the stage has no position, so it does nothing there.
	onSprite := func(f func(L *lua.LState, sp *stage.Sprite)) lua.LGFunction {
		return func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				f(L, sp)
			}
			return 0
		}
	}
	spriteNum := func(f func(sp *stage.Sprite) float64) lua.LGFunction {
		return func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				return pushNum(L, f(sp))
			}
			return pushNum(L, 0)
		}
	}
	w := rt.world
	return map[string]lua.LGFunction{
		"move":   onSprite(func(L *lua.LState, sp *stage.Sprite) { w.Move(sp, num(L, 1)) }),
		"turn":   onSprite(func(L *lua.LState, sp *stage.Sprite) { w.SetDirection(sp, sp.Direction+num(L, 1)) }),
		"gotoxy": onSprite(func(L *lua.LState, sp *stage.Sprite) { w.SetXY(sp, num(L, 1), num(L, 2)) }),
		"goto_target": onSprite(func(L *lua.LState, sp *stage.Sprite) {
			if x, y, ok := rt.targetPosition(str(L, 1)); ok {
				w.SetXY(sp, x, y)
			}
		}),
		"glide": func(L *lua.LState) int {
			return rt.startGlide(L, num(L, 1), num(L, 2), num(L, 3))
		},
		"glide_target": func(L *lua.LState) int {
			x, y, ok := rt.targetPosition(str(L, 2))
			if !ok {
				return 0
			}
			return rt.startGlide(L, num(L, 1), x, y)
		},
		"point": onSprite(func(L *lua.LState, sp *stage.Sprite) { w.SetDirection(sp, num(L, 1)) }),
		"point_towards": onSprite(func(L *lua.LState, sp *stage.Sprite) {
			x, y, ok := rt.targetPosition(str(L, 1))
			if !ok {
				return
			}
			dx, dy := x-sp.X, y-sp.Y
			w.SetDirection(sp, 90-math.Atan2(dy, dx)*180/math.Pi)
		}),
		"changexy": onSprite(func(L *lua.LState, sp *stage.Sprite) { w.SetXY(sp, sp.X+num(L, 1), sp.Y+num(L, 2)) }),
		"setx":     onSprite(func(L *lua.LState, sp *stage.Sprite) { w.SetXY(sp, num(L, 1), sp.Y) }),
		"sety":     onSprite(func(L *lua.LState, sp *stage.Sprite) { w.SetXY(sp, sp.X, num(L, 1)) }),
		"bounce":   onSprite(func(L *lua.LState, sp *stage.Sprite) { w.BounceOffEdge(sp) }),
		"rotation_style": onSprite(func(L *lua.LState, sp *stage.Sprite) {
			if r, ok := stage.ParseRotationStyle(str(L, 1)); ok {
				w.SetRotationStyle(sp, r)
			}
		}),
		"xposition": spriteNum(func(sp *stage.Sprite) float64 { return stage.Position(sp.X) }),
		"yposition": spriteNum(func(sp *stage.Sprite) float64 { return stage.Position(sp.Y) }),
		"direction": spriteNum(func(sp *stage.Sprite) float64 { return sp.Direction }),
		"size":      spriteNum(func(sp *stage.Sprite) float64 { return math.Round(sp.Size) }),
	}
}

// startGlide sets the running sprite gliding; the scheduler moves it once a tick.
func (rt *Runtime) startGlide(L *lua.LState, secs, x, y float64) int {
	sp := rt.me()
	if sp == nil {
		return 0
	}
	ticks := secs * float64(rt.rate)
	if !(ticks > 0) {
		rt.world.SetXY(sp, x, y)
		return 0
	}
	rt.cur.glide = &glide{fromX: sp.X, fromY: sp.Y, toX: x, toY: y, start: rt.tick, ticks: ticks, last: rt.tick}
	return rt.yieldAs(L, waitGlide)
}

// targetPosition resolves a motion menu: a sprite's name, the mouse or a random position.
func (rt *Runtime) targetPosition(name string) (x, y float64, ok bool) {
	switch name {
	case "_mouse_":
		return rt.mouseX, rt.mouseY, true
	case "_random_":
		return math.Round(stage.Width * (rt.rng.Float64() - 0.5)), math.Round(stage.Height * (rt.rng.Float64() - 0.5)), true
	}
	if s := rt.sprite(name); s != nil {
		return s.X, s.Y, true
	}
	return 0, 0, false
}

// touching answers "touching (menu)?": the mouse, the edge, or any copy of a sprite.
func (rt *Runtime) touching(name string) bool {
	sp := rt.me()
	if sp == nil {
		return false
	}
	switch name {
	case "_mouse_":
		return rt.world.TouchingPoint(sp, rt.mouseX, rt.mouseY)
	case "_edge_":
		return rt.world.TouchingEdge(sp)
	}
	for _, other := range rt.world.Sprites {
		if other != sp && other.Name == name && rt.world.TouchingSprite(sp, other) {
			return true
		}
	}
	return false
}

func (rt *Runtime) looksBuiltins() map[string]lua.LGFunction {
	w := rt.world
	kind := func(s string) stage.BubbleKind {
		if s == "think" {
			return stage.BubbleThink
		}
		return stage.BubbleSay
	}
	return map[string]lua.LGFunction{
		"say": func(L *lua.LState) int {
			rt.say(kind(str(L, 1)), L.Get(2))
			return 0
		},
		"say_for": func(L *lua.LState) int {
			seq := rt.say(kind(str(L, 1)), L.Get(2))
			rt.cur.until = rt.tick + rt.ticksFor(num(L, 3))
			if sp := rt.me(); sp != nil {
				rt.bubbleTimers = append(rt.bubbleTimers, bubbleTimer{sprite: sp, seq: seq, tick: rt.cur.until})
			}
			return rt.yieldAs(L, waitTicks)
		},
		"switch_costume": func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				if i, ok := costumeIndex(sp.Costumes, sp.Costume, L.Get(1), false, rt); ok {
					w.SetCostume(sp, i)
				}
			}
			return 0
		},
		"next_costume": func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				w.SetCostume(sp, sp.Costume+1)
			}
			return 0
		},
		"switch_backdrop": func(L *lua.LState) int {
			i, ok := costumeIndex(w.Stage.Backdrops, w.Stage.Backdrop, L.Get(1), true, rt)
			if !ok {
				return 0
			}
			w.SetBackdrop(i)
			name := ""
			if c, ok := w.Stage.CurrentBackdrop(); ok {
				name = c.Name
			}
			started := rt.startHats("event_whenbackdropswitchesto", func(f map[string]string) bool {
				return f["BACKDROP"] == name
			}, true)
			if lua.LVAsBool(L.Get(2)) && len(started) > 0 && !rt.cur.done {
				rt.cur.waitFor = started
				return rt.yieldAs(L, waitThreads)
			}
			return 0
		},
		"change_size": func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				w.SetSize(sp, sp.Size+num(L, 1))
			}
			return 0
		},
		"set_size": func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				w.SetSize(sp, num(L, 1))
			}
			return 0
		},
		"change_effect": func(L *lua.LState) int { rt.effect(str(L, 1), num(L, 2), true); return 0 },
		"set_effect":    func(L *lua.LState) int { rt.effect(str(L, 1), num(L, 2), false); return 0 },
		"clear_effects": func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				w.ClearEffects(sp)
			} else {
				w.ClearStageEffects()
			}
			return 0
		},
		"set_visible": func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				if lua.LVAsBool(L.Get(1)) {
					w.Show(sp)
				} else {
					w.Hide(sp)
				}
			}
			return 0
		},
		"front_back": func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				if str(L, 1) == "front" {
					w.GoToFront(sp)
				} else {
					w.GoToBack(sp)
				}
			}
			return 0
		},
		"layers": func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				n := num(L, 2)
				if str(L, 1) == "backward" {
					n = -n
				}
				w.GoLayers(sp, n)
			}
			return 0
		},
		"costume_info": func(L *lua.LState) int {
			sp := rt.me()
			if sp == nil {
				return pushNum(L, 0)
			}
			return rt.pushCostumeInfo(L, sp.Costumes, sp.Costume, str(L, 1))
		},
		"backdrop_info": func(L *lua.LState) int {
			return rt.pushCostumeInfo(L, w.Stage.Backdrops, w.Stage.Backdrop, str(L, 1))
		},
	}
}

func (rt *Runtime) pushCostumeInfo(L *lua.LState, cs []stage.Costume, i int, which string) int {
	if which == "name" {
		name := ""
		if i >= 0 && i < len(cs) {
			name = cs[i].Name
		}
		L.Push(lua.LString(name))
		return 1
	}
	return pushNum(L, float64(i+1))
}

// say shows a bubble on the running sprite and traces it; it returns the bubble's number.
func (rt *Runtime) say(kind stage.BubbleKind, v lua.LValue) int {
	sp := rt.me()
	text := value.BubbleText(v)
	if sp == nil {
		return 0
	}
	name := "say"
	if kind == stage.BubbleThink {
		name = "think"
	}
	rt.emit(Event{Kind: name, Target: rt.cur.in.name(), Text: text})
	return rt.world.Say(sp, kind, text)
}

func (rt *Runtime) effect(name string, v float64, change bool) {
	e, ok := stage.ParseEffect(name)
	if !ok {
		return
	}
	sp := rt.me()
	switch {
	case sp == nil && change:
		rt.world.ChangeStageEffect(e, v)
	case sp == nil:
		rt.world.SetStageEffect(e, v)
	case change:
		rt.world.ChangeEffect(sp, e, v)
	default:
		rt.world.SetEffect(sp, e, v)
	}
}

// costumeIndex resolves a costume menu the way Scratch does: a name first, then the special
// choices, then a number (wrapping around).
func costumeIndex(cs []stage.Costume, cur int, v lua.LValue, backdrop bool, rt *Runtime) (int, bool) {
	if len(cs) == 0 {
		return 0, false
	}
	if _, isNum := v.(lua.LNumber); !isNum {
		name := value.ToString(v)
		for i, c := range cs {
			if c.Name == name {
				return i, true
			}
		}
		switch name {
		case "next costume", "next backdrop":
			return cur + 1, true
		case "previous costume", "previous backdrop":
			return cur - 1, true
		case "random backdrop":
			if backdrop && len(cs) > 1 {
				i := rt.rng.IntN(len(cs) - 1)
				if i >= cur {
					i++
				}
				return i, true
			}
			return cur, backdrop
		}
		if _, ok := value.ParseNumber(name); !ok || strings.TrimSpace(name) == "" {
			return 0, false
		}
	}
	n := value.Round(value.ToNumber(v))
	if math.IsInf(n, 0) || math.IsNaN(n) {
		return 0, false
	}
	return int(math.Mod(n-1, float64(len(cs)))+float64(len(cs))) % len(cs), true
}

func (rt *Runtime) penBuiltins() map[string]lua.LGFunction {
	w := rt.world
	onSprite := func(f func(L *lua.LState, sp *stage.Sprite)) lua.LGFunction {
		return func(L *lua.LState) int {
			if sp := rt.me(); sp != nil {
				f(L, sp)
			}
			return 0
		}
	}
	return map[string]lua.LGFunction{
		"pen_clear": func(L *lua.LState) int { w.ClearPen(); return 0 },
		"pen_stamp": onSprite(func(L *lua.LState, sp *stage.Sprite) { w.Stamp(sp) }),
		"pen_down": onSprite(func(L *lua.LState, sp *stage.Sprite) {
			if lua.LVAsBool(L.Get(1)) {
				w.PenDown(sp)
			} else {
				w.PenUp(sp)
			}
		}),
		"pen_color": onSprite(func(L *lua.LState, sp *stage.Sprite) { w.SetPenColor(sp, toColor(L.Get(1))) }),
		"pen_param": onSprite(func(L *lua.LState, sp *stage.Sprite) {
			if lua.LVAsBool(L.Get(3)) {
				w.ChangePenParam(sp, str(L, 1), num(L, 2))
			} else {
				w.SetPenParam(sp, str(L, 1), num(L, 2))
			}
		}),
		"pen_size": onSprite(func(L *lua.LState, sp *stage.Sprite) {
			if lua.LVAsBool(L.Get(2)) {
				w.ChangePenSize(sp, num(L, 1))
			} else {
				w.SetPenSize(sp, num(L, 1))
			}
		}),
	}
}

// toColor reads a colour the way Scratch's Cast.toRgbColorObject does: "#rrggbb" text, or a
// number holding 0xAARRGGBB (alpha 0 meaning opaque).
func toColor(v lua.LValue) color.NRGBA {
	s := value.ToString(v)
	if strings.HasPrefix(s, "#") {
		hex := s[1:]
		if len(hex) == 3 {
			hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
		}
		if n, err := strconv.ParseUint(hex, 16, 32); err == nil && len(hex) == 6 {
			return color.NRGBA{uint8(n >> 16), uint8(n >> 8), uint8(n), 255}
		}
		return color.NRGBA{0, 0, 0, 255}
	}
	n := uint32(int64(value.ToNumber(v)))
	a := uint8(n >> 24)
	if a == 0 {
		a = 255
	}
	return color.NRGBA{uint8(n >> 16), uint8(n >> 8), uint8(n), a}
}
