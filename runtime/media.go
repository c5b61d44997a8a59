package runtime

import (
	"math"
	"strings"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/value"
	"tsumiki/stage"
)

// loadMedia resolves a target's costumes and sounds through the Assets.
func (rt *Runtime) loadMedia(t *target) error {
	t.snapshotMedia()
	for _, m := range t.contents.Costumes {
		c, err := rt.costume(t.name, m)
		if err != nil {
			return err
		}
		t.costumes = append(t.costumes, c)
	}
	for _, m := range t.contents.Sounds {
		secs := 0.0
		if rt.opts.Assets != nil {
			var err error
			if secs, err = rt.opts.Assets.SoundSeconds(t.name, m); err != nil {
				return mediaProblem(t.name, m, err)
			}
		}
		t.sounds = append(t.sounds, secs)
	}
	return nil
}

// snapshotMedia copies the media lists of the file, so that they keep matching the costumes
// and sounds loaded for them while an editor changes the project in place before a Reload.
func (t *target) snapshotMedia() {
	t.costumeMedia = append([]blocks.Media(nil), t.contents.Costumes...)
	t.soundMedia = append([]blocks.Media(nil), t.contents.Sounds...)
}

func (rt *Runtime) costume(target string, m blocks.Media) (stage.Costume, error) {
	if rt.opts.Assets == nil {
		return stage.Costume{Name: m.Name}, nil
	}
	c, err := rt.opts.Assets.Costume(target, m)
	if err != nil {
		return c, mediaProblem(target, m, err)
	}
	c.Name = m.Name
	if m.CenterX != nil {
		c.CenterX = *m.CenterX
	}
	if m.CenterY != nil {
		c.CenterY = *m.CenterY
	}
	return c, nil
}

func mediaProblem(target string, m blocks.Media, err error) error {
	return &blocks.Problem{Target: target, Msg: msgMedia, Args: []any{m.Name, localized{err}}}
}

// localized carries an error into a Problem's arguments so that it is said in the problem's
// language, whether or not it can say itself in every language.
type localized struct{ err error }

func (l localized) Error() string                    { return l.err.Error() }
func (l localized) Localize(lang blocks.Lang) string { return blocks.Localize(l.err, lang) }

var msgMedia = blocks.NewText(
	"%q cannot be loaded: %s",
	"「%s」を読み込めません: %s",
	"「%s」を よみこめません: %s")

// soundIndex resolves a sound menu: a name first, then a number (wrapping around).
func soundIndex(names []blocks.Media, v lua.LValue) (int, bool) {
	if len(names) == 0 {
		return 0, false
	}
	s := value.ToString(v)
	for i, m := range names {
		if m.Name == s {
			return i, true
		}
	}
	f, ok := value.ParseNumber(s)
	if !ok || strings.TrimSpace(s) == "" || math.IsInf(f, 0) {
		return 0, false
	}
	n := int(value.Round(f)) - 1
	return (n%len(names) + len(names)) % len(names), true
}

func (rt *Runtime) soundBuiltins() map[string]lua.LGFunction {
	setVolume := func(in *instance, v float64) { in.volume = math.Max(0, math.Min(100, v)) }
	setEffect := func(in *instance, effect string, v float64, change bool) {
		switch effect {
		case "PITCH":
			if change {
				v += in.pitch
			}
			in.pitch = math.Max(-360, math.Min(360, v))
		case "PAN":
			if change {
				v += in.pan
			}
			in.pan = math.Max(-100, math.Min(100, v))
		}
	}
	return map[string]lua.LGFunction{
		"play_sound": func(L *lua.LState) int {
			in := rt.cur.in
			i, ok := soundIndex(in.t.soundMedia, L.Get(1))
			if !ok {
				return 0
			}
			rt.emit(Event{Kind: "sound", Target: in.name(), Text: in.t.soundMedia[i].Name})
			if !lua.LVAsBool(L.Get(2)) {
				return 0
			}
			// Pitch changes how long a sound plays, as playback speed does in Scratch.
			secs := in.t.sounds[i] / math.Pow(2, in.pitch/120)
			rt.cur.until = rt.tick + rt.ticksFor(secs)
			return rt.yieldAs(L, waitTicks)
		},
		"stop_sounds": func(L *lua.LState) int {
			rt.emit(Event{Kind: "stopsounds", Target: rt.cur.in.name()})
			return 0
		},
		"change_sound_effect": func(L *lua.LState) int {
			setEffect(rt.cur.in, str(L, 1), num(L, 2), true)
			return 0
		},
		"set_sound_effect": func(L *lua.LState) int {
			setEffect(rt.cur.in, str(L, 1), num(L, 2), false)
			return 0
		},
		"clear_sound_effects": func(L *lua.LState) int { rt.cur.in.pitch, rt.cur.in.pan = 0, 0; return 0 },
		"change_volume":       func(L *lua.LState) int { setVolume(rt.cur.in, rt.cur.in.volume+num(L, 1)); return 0 },
		"set_volume":          func(L *lua.LState) int { setVolume(rt.cur.in, num(L, 1)); return 0 },
		"volume":              func(L *lua.LState) int { return pushNum(L, rt.cur.in.volume) },
	}
}

// propertyOf answers "(property) of (sprite or stage)".
func (rt *Runtime) propertyOf(prop, name string) lua.LValue {
	var in *instance
	if name == "_stage_" {
		in = rt.stageInst
	} else if sp := rt.sprite(name); sp != nil {
		in = rt.bySprite[sp]
	}
	if in == nil {
		return lua.LNumber(0)
	}
	if sp := in.sprite; sp != nil {
		switch prop {
		case "x position":
			return lua.LNumber(stage.Position(sp.X))
		case "y position":
			return lua.LNumber(stage.Position(sp.Y))
		case "direction":
			return lua.LNumber(sp.Direction)
		case "costume #":
			return lua.LNumber(sp.Costume + 1)
		case "costume name":
			if c, ok := sp.CurrentCostume(); ok {
				return lua.LString(c.Name)
			}
			return lua.LString("")
		case "size":
			return lua.LNumber(math.Round(sp.Size))
		case "volume":
			return lua.LNumber(in.volume)
		}
	} else {
		switch prop {
		case "backdrop #":
			return lua.LNumber(rt.world.Stage.Backdrop + 1)
		case "backdrop name":
			if c, ok := rt.world.Stage.CurrentBackdrop(); ok {
				return lua.LString(c.Name)
			}
			return lua.LString("")
		case "volume":
			return lua.LNumber(in.volume)
		}
	}
	for i, v := range in.t.info.Variables {
		if v == prop {
			return rt.vars(in)[i]
		}
	}
	return lua.LNumber(0)
}
