package main

import (
	"math"

	"tsumiki/stage/sound"
)

// trackRate is the sample rate of the library's sounds, in frames a second.
const trackRate = 22050

// A track is a mono sound being made, at trackRate, its samples nominally between -1 and 1.
type track []float64

// newTrack returns secs seconds of silence.
func newTrack(secs float64) track { return make(track, int(math.Round(secs*trackRate))) }

// frameAt returns the frame at secs seconds.
func frameAt(secs float64) int { return int(math.Round(secs * trackRate)) }

// clip adds c, a mono clip at trackRate, from secs seconds on at gain, cut at the track's end.
func (t track) clip(secs float64, c *sound.Clip, gain float64) {
	start := frameAt(secs)
	for i, v := range c.Samples {
		if start+i >= len(t) {
			break
		}
		t[start+i] += float64(v) * gain
	}
}

// note adds a note of the music extension: instrument and MIDI note as its blocks take them,
// dur seconds long.
func (t track) note(secs float64, instrument int, note, dur, gain float64) {
	t.clip(secs, sound.NoteClip(instrument, note, frameAt(dur), trackRate), gain)
}

// drum adds a drum of the music extension.
func (t track) drum(secs float64, drum int, gain float64) {
	t.clip(secs, sound.DrumClip(drum, trackRate), gain)
}

// A curve is a value that changes over a sound: x is the time in seconds from its start.
type curve func(x float64) float64

// steady is a curve that stays at v.
func steady(v float64) curve { return func(float64) float64 { return v } }

// glide goes from a to b, most (1-1/e) of the way in tau seconds.
func glide(a, b, tau float64) curve {
	return func(x float64) float64 { return b + (a-b)*math.Exp(-x/tau) }
}

// slide goes from a to b in a straight line over dur seconds, then stays at b.
func slide(a, b, dur float64) curve {
	return func(x float64) float64 { return a + (b-a)*math.Min(1, x/dur) }
}

// pluck rises to 1 in attack seconds and then falls to 1/e every decay seconds.
func pluck(attack, decay float64) curve {
	return func(x float64) float64 {
		if x < attack {
			return x / attack
		}
		return math.Exp(-(x - attack) / decay)
	}
}

// swell rises from 0 and falls back to 0 over dur seconds, as sin² does, peaking at the
// fraction top of the way.
func swell(dur, top float64) curve {
	return func(x float64) float64 {
		p := x / dur
		if p <= 0 || p >= 1 {
			return 0
		}
		if p < top {
			p = p / top / 2
		} else {
			p = 0.5 + (p-top)/(1-top)/2
		}
		s := math.Sin(math.Pi * p)
		return s * s
	}
}

// hold is 1 from 0 to dur seconds with ramps of ramp seconds at each end.
func hold(dur, ramp float64) curve {
	return func(x float64) float64 {
		return math.Max(0, math.Min(1, math.Min(x/ramp, (dur-x)/ramp)))
	}
}

// times multiplies curves.
func times(cs ...curve) curve {
	return func(x float64) float64 {
		v := 1.0
		for _, c := range cs {
			v *= c(x)
		}
		return v
	}
}

// Waves, as the levels of their harmonics 1, 2, 3…
var (
	sineWave     = []float64{1}
	squareWave   = []float64{1, 0, 1.0 / 3, 0, 1.0 / 5, 0, 1.0 / 7, 0, 1.0 / 9, 0, 1.0 / 11}
	softSquare   = []float64{1, 0, 0.3, 0, 0.12, 0, 0.05}
	triangleWave = []float64{1, 0, -1.0 / 9, 0, 1.0 / 25, 0, -1.0 / 49}
	sawWave      = []float64{1, 1.0 / 2, 1.0 / 3, 1.0 / 4, 1.0 / 5, 1.0 / 6, 1.0 / 7, 1.0 / 8}
)

// tone adds dur seconds of a wave from secs on, its frequency in Hz and its level following
// curves. Harmonics above 0.45 of the rate are left out, so the tone does not alias.
func (t track) tone(secs, dur float64, wave []float64, hz, level curve) {
	start, n := frameAt(secs), frameAt(dur)
	phase := 0.0
	for i := 0; i < n && start+i < len(t); i++ {
		x := float64(i) / trackRate
		f := hz(x)
		v := 0.0
		for k, a := range wave {
			if a == 0 {
				continue
			}
			if float64(k+1)*f >= 0.45*trackRate {
				break
			}
			v += a * math.Sin(float64(k+1)*phase)
		}
		t[start+i] += v * level(x)
		phase = math.Mod(phase+2*math.Pi*f/trackRate, 2*math.Pi)
	}
}

// hiss adds dur seconds of white noise from secs on, band-passed around a centre in Hz of
// quality q, its level following curves. seed makes each hiss its own.
func (t track) hiss(secs, dur float64, seed uint64, centre curve, q float64, level curve) {
	start, n := frameAt(secs), frameAt(dur)
	src := sound.Noise(seed | 1)
	var ic1, ic2 float64
	k := 1 / q
	for i := 0; i < n && start+i < len(t); i++ {
		x := float64(i) / trackRate
		// A state-variable filter in trapezoidal form, with its band-pass output at gain 1.
		g := math.Tan(math.Pi * math.Min(centre(x), 0.45*trackRate) / trackRate)
		a1 := 1 / (1 + g*(g+k))
		a2, a3 := g*a1, g*g*a1
		v3 := src.Next() - ic2
		v1 := a1*ic1 + a2*v3
		v2 := ic2 + a2*ic1 + a3*v3
		ic1, ic2 = 2*v1-ic1, 2*v2-ic2
		t[start+i] += k * v1 * level(x)
	}
}

// finish scales t so that its peak is level, and fades its first and last few milliseconds so
// that it starts and ends at zero without a click.
func (t track) finish(level float64) track {
	peak := 0.0
	for _, v := range t {
		peak = math.Max(peak, math.Abs(v))
	}
	if peak == 0 {
		return t
	}
	fadeIn, fadeOut := frameAt(0.002), frameAt(0.01)
	for i := range t {
		g := level / peak
		if i < fadeIn {
			g *= float64(i) / float64(fadeIn)
		}
		if left := len(t) - 1 - i; left < fadeOut {
			g *= float64(left) / float64(fadeOut)
		}
		t[i] *= g
	}
	return t
}

// pcm16 returns t as 16-bit samples, little-endian, rounded and clamped.
func (t track) pcm16() []byte {
	out := make([]byte, 2*len(t))
	for i, v := range t {
		s := int16(math.Max(-32768, math.Min(32767, math.Round(v*32767))))
		out[2*i], out[2*i+1] = byte(s), byte(uint16(s)>>8)
	}
	return out
}
