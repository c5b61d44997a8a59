package runtime

import (
	"math"
	"strconv"
	"strings"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/value"
	"tsumiki/stage/sound"
)

// The music extension's ranges, as scratch3_music.js has them.
const (
	defaultTempo = 60
	minTempo     = 20
	maxTempo     = 500
	maxBeats     = 100
	maxNote      = 130
	instruments  = 21
	drums        = 18
)

// Samples returns the sound of the last tick: stereo frames, left then right, between -1
// and 1. It is empty unless the runtime was made with Options.Sound. The slice is reused by
// the next Step.
func (rt *Runtime) Samples() []float32 { return rt.samples }

// Preview plays a clip at full volume for no sprite, as the editor does when a sound is added
// to hear it. The next Preview or the stop sign stops it.
func (rt *Runtime) Preview(c *sound.Clip) {
	if rt.mixer != nil {
		rt.mixer.PlayClip(0, "preview", c, sound.Params{Volume: 100}) // instances count from 1
	}
}

// mixSound renders the tick's sound, at the end of every Step.
func (rt *Runtime) mixSound() {
	if rt.mixer != nil {
		rt.samples = rt.mixer.Tick(rt.samples[:0])
	}
}

// sounding reports whether the mixer has sounds still playing.
func (rt *Runtime) sounding() bool { return rt.mixer != nil && rt.mixer.Voices() > 0 }

// stopSounds stops every sound and note, for the stop sign and "stop all sounds".
func (rt *Runtime) stopSounds() {
	if rt.mixer != nil {
		rt.mixer.StopAll()
	}
}

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
	return wrap(f, len(names)) - 1, true
}

// wrap rounds f and wraps it into 1..n, as Scratch's menus of numbered things do.
func wrap(f float64, n int) int {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 1
	}
	i := int(math.Mod(value.Round(f)-1, float64(n)))
	if i < 0 {
		i += n
	}
	return i + 1
}

// waitFor makes the running script wait ticks ticks, and at least one: "play until done"
// and the music blocks.
func (rt *Runtime) waitFor(L *lua.LState, ticks int) int {
	rt.cur.until = rt.tick + int64(max(ticks, 1))
	return rt.yieldAs(L, waitTicks)
}

// waitFrames makes the running script wait until frames of sound at sound.Rate have played.
func (rt *Runtime) waitFrames(L *lua.LState, frames int) int {
	perTick := sound.Rate / rt.rate
	return rt.waitFor(L, (frames+perTick-1)/perTick)
}

// beatFrames returns how many frames at sound.Rate the beats last at the current tempo.
func (rt *Runtime) beatFrames(beats float64) int {
	return int(math.Round(beats * 60 / rt.tempo * sound.Rate))
}

// beats reads a beats input, clamped as Scratch clamps it.
func beats(L *lua.LState, i int) float64 { return math.Max(0, math.Min(maxBeats, num(L, i))) }

func (rt *Runtime) soundBuiltins() map[string]lua.LGFunction {
	setEffect := func(in *instance, effect string, v float64, change bool) {
		switch effect {
		case "PITCH":
			if change {
				v += in.sound.Pitch
			}
			in.sound.Pitch = math.Max(-360, math.Min(360, v))
		case "PAN":
			if change {
				v += in.sound.Pan
			}
			in.sound.Pan = math.Max(-100, math.Min(100, v))
		}
		rt.soundChanged(in)
	}
	setVolume := func(in *instance, v float64) {
		in.sound.Volume = math.Max(0, math.Min(100, v))
		rt.soundChanged(in)
	}
	return map[string]lua.LGFunction{
		"play_sound": func(L *lua.LState) int {
			in := rt.cur.in
			i, ok := soundIndex(in.t.soundMedia, L.Get(1))
			if !ok {
				return 0
			}
			rt.emit(Event{Kind: "sound", Target: in.name(), Text: in.t.soundMedia[i].Name})
			clip := in.t.clips[i]
			if rt.mixer != nil {
				rt.mixer.PlayClip(in.id, strconv.Itoa(i), clip, in.sound)
			}
			if !lua.LVAsBool(L.Get(2)) {
				return 0
			}
			// Pitch changes how long a sound plays, as playback speed does in Scratch.
			return rt.waitFor(L, sound.ClipTicks(clip, in.sound.Pitch, rt.rate))
		},
		"stop_sounds": func(L *lua.LState) int {
			rt.emit(Event{Kind: "stopsounds", Target: rt.cur.in.name()})
			rt.stopSounds()
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
		"clear_sound_effects": func(L *lua.LState) int {
			in := rt.cur.in
			in.sound.Pitch, in.sound.Pan = 0, 0
			rt.soundChanged(in)
			return 0
		},
		"change_volume": func(L *lua.LState) int { setVolume(rt.cur.in, rt.cur.in.sound.Volume+num(L, 1)); return 0 },
		"set_volume":    func(L *lua.LState) int { setVolume(rt.cur.in, num(L, 1)); return 0 },
		"volume":        func(L *lua.LState) int { return pushNum(L, rt.cur.in.sound.Volume) },

		"play_note": func(L *lua.LState) int {
			in := rt.cur.in
			note := math.Max(0, math.Min(maxNote, num(L, 1)))
			b := beats(L, 2)
			if b == 0 {
				return 0 // Scratch plays no note for 0 beats, and does not wait
			}
			frames := rt.beatFrames(b)
			rt.emit(Event{Kind: "note", Target: in.name(), Text: value.FormatNumber(note)})
			if rt.mixer != nil {
				// Notes take the sprite's volume only, as in Scratch.
				rt.mixer.PlayNote(in.id, in.instrument, note, frames, sound.Params{Volume: in.sound.Volume})
			}
			return rt.waitFrames(L, frames)
		},
		"play_drum": func(L *lua.LState) int {
			in := rt.cur.in
			drum := wrap(num(L, 1), drums)
			rt.emit(Event{Kind: "drum", Target: in.name(), Text: strconv.Itoa(drum)})
			if rt.mixer != nil {
				rt.mixer.PlayDrum(in.id, drum, in.sound)
			}
			return rt.waitFrames(L, rt.beatFrames(beats(L, 2)))
		},
		"rest": func(L *lua.LState) int { return rt.waitFrames(L, rt.beatFrames(beats(L, 1))) },
		"set_instrument": func(L *lua.LState) int {
			rt.cur.in.instrument = wrap(num(L, 1), instruments)
			return 0
		},
		"set_tempo": func(L *lua.LState) int {
			t := num(L, 1)
			if lua.LVAsBool(L.Get(2)) {
				t += rt.tempo
			}
			rt.tempo = math.Max(minTempo, math.Min(maxTempo, t))
			return 0
		},
		"tempo": func(L *lua.LState) int { return pushNum(L, rt.tempo) },
	}
}

// soundChanged passes an instance's new volume and effects to the sounds it is playing.
func (rt *Runtime) soundChanged(in *instance) {
	if rt.mixer != nil {
		rt.mixer.SetParams(in.id, in.sound)
	}
}
