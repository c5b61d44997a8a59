package sound

import (
	"fmt"
	"math"
	"slices"
)

// Rate is the mixer's output rate in frames a second. It is divisible by 30 and by 60, so
// every tick has a whole number of frames.
const Rate = 48000

// Limits on voices sounding at once.
const (
	MaxVoices      = 64 // all voices
	MaxMusicVoices = 30 // notes and drums, as scratch3_music.js caps them
)

// fadeFrames is how long a stopped voice takes to fade out: 10 ms, less than a tick at 30
// or 60 ticks a second.
const fadeFrames = Rate / 100

// Params are a sprite's volume and sound effects, as the sound blocks set them.
type Params struct {
	Volume float64 // 0 to 100: a linear gain of Volume/100
	Pitch  float64 // the pitch effect, -360 to 360: a playback rate of 2^(Pitch/120)
	Pan    float64 // the pan effect, -100 (left) to 100 (right)
}

// gains returns the left and right gains of p's volume and pan.
func (p Params) gains() (left, right float64) {
	vol := clampNaN(p.Volume, 0, 100) / 100
	pos := (clampNaN(p.Pan, -100, 100) + 100) / 200
	// cos(p·π/2) is written sin((1-p)·π/2), which is exactly 0 at the right end.
	left = math.Min(1, math.Sin((1-pos)*math.Pi/2)*math.Sqrt2)
	right = math.Min(1, math.Sin(pos*math.Pi/2)*math.Sqrt2)
	return vol * left, vol * right
}

// ratio returns the playback rate of p's pitch effect.
func (p Params) ratio() float64 { return pitchRatio(p.Pitch) }

// pitchRatio returns the playback rate of a pitch effect.
func pitchRatio(pitch float64) float64 {
	return math.Exp2(clampNaN(pitch, -360, 360) / 120)
}

// clampNaN clamps v to [lo, hi], taking NaN as 0.
func clampNaN(v, lo, hi float64) float64 {
	if math.IsNaN(v) {
		v = 0
	}
	return math.Max(lo, math.Min(hi, v))
}

// A source makes a voice's samples before volume and pan.
type source interface {
	// render writes the next frames into l (and into r when the source is stereo) and
	// returns how many it wrote: fewer than len(l) when the source ends.
	render(l, r []float64) int
	stereo() bool
	ended() bool
}

// A voice is one sound playing.
type voice struct {
	owner        int
	key          string // the clip's key for PlayClip; "" for notes and drums
	music        bool   // a note or a drum
	clip         *clipSource
	src          source
	gainL, gainR float64
	stopped      bool // stopped and fading out
	fade         int  // frames left of the fade-out
}

// stop starts the voice's fade-out.
func (v *voice) stop() {
	if !v.stopped {
		v.stopped, v.fade = true, fadeFrames
	}
}

// Mixer mixes the voices playing into stereo frames, one tick at a time. It is not safe for
// concurrent use: the runtime calls it from its tick loop.
type Mixer struct {
	fpt    int
	voices []*voice // in the order they started
	mix    []float64
	l, r   []float64
	drums  [len(drumTable)]*Clip // rendered at Rate on first use
}

// NewMixer returns a mixer for a runtime that ticks tickRate times a second, 30 or 60.
// It panics if Rate is not a whole number of frames a tick.
func NewMixer(tickRate int) *Mixer {
	if tickRate <= 0 || Rate%tickRate != 0 {
		panic(fmt.Sprintf("sound: %d ticks a second do not divide %d frames", tickRate, Rate))
	}
	fpt := Rate / tickRate
	return &Mixer{
		fpt: fpt,
		mix: make([]float64, 2*fpt),
		l:   make([]float64, fpt),
		r:   make([]float64, fpt),
	}
}

// FramesPerTick returns how many stereo frames each Tick renders.
func (m *Mixer) FramesPerTick() int { return m.fpt }

// PlayClip starts a sprite's sound c for owner, from the next tick. As in Scratch, a sound
// with the same key that owner is already playing stops and starts over. Changes of owner's
// Params with SetParams apply to it while it plays.
func (m *Mixer) PlayClip(owner int, key string, c *Clip, p Params) {
	for _, v := range m.voices {
		if v.owner == owner && v.key == key && v.clip != nil && !v.stopped {
			v.stop()
		}
	}
	m.trimFading()
	if c.Frames() == 0 || c.Rate <= 0 {
		return
	}
	src := newClipSource(c, p.ratio())
	m.add(&voice{owner: owner, key: key, clip: src, src: src}, p)
}

// PlayNote starts a note of the music extension for owner, from the next tick: instrument
// 1 to 21 in Scratch's numbering (wrapping around), note a MIDI note number (69 is A4 at
// 440 Hz; fractions allowed, clamped to 0..130), sounding exactly frames frames. p applies as
// the note starts; the runtime passes the sprite's volume alone, as Scratch does.
func (m *Mixer) PlayNote(owner int, instrument int, note float64, frames int, p Params) {
	if frames <= 0 {
		return
	}
	src := newNoteSource(&instrumentTable[wrapIndex(instrument, len(instrumentTable))], note, frames, Rate, p.ratio())
	m.add(&voice{owner: owner, music: true, src: src}, p)
}

// PlayDrum starts drum 1 to 18 of the music extension in Scratch's numbering (wrapping
// around) for owner, from the next tick. The drum plays its whole sound, at p's volume,
// pitch and pan as it starts.
func (m *Mixer) PlayDrum(owner int, drum int, p Params) {
	i := wrapIndex(drum, len(drumTable))
	if m.drums[i] == nil {
		m.drums[i] = renderDrum(&drumTable[i], Rate)
	}
	m.add(&voice{owner: owner, music: true, src: newClipSource(m.drums[i], p.ratio())}, p)
}

// add starts v unless the caps are reached.
func (m *Mixer) add(v *voice, p Params) {
	playing, music := 0, 0
	for _, w := range m.voices {
		if !w.stopped {
			playing++
			if w.music {
				music++
			}
		}
	}
	if playing >= MaxVoices || v.music && music >= MaxMusicVoices {
		return
	}
	v.gainL, v.gainR = p.gains()
	m.voices = append(m.voices, v)
}

// SetParams changes the volume and effects of the sprite sounds that owner is playing, as
// Scratch's sound effects change sounds already playing. Notes and drums keep theirs.
func (m *Mixer) SetParams(owner int, p Params) {
	l, r := p.gains()
	ratio := p.ratio()
	for _, v := range m.voices {
		if v.owner == owner && v.clip != nil {
			v.gainL, v.gainR = l, r
			v.clip.setRatio(ratio)
		}
	}
}

// StopOwner stops every sound, note and drum that owner is playing. They fade out over the
// next tick.
func (m *Mixer) StopOwner(owner int) {
	for _, v := range m.voices {
		if v.owner == owner {
			v.stop()
		}
	}
	m.trimFading()
}

// StopAll stops every voice. They fade out over the next tick.
func (m *Mixer) StopAll() {
	for _, v := range m.voices {
		v.stop()
	}
	m.trimFading()
}

// trimFading cuts the oldest voices fading out while there are more than MaxVoices of them.
func (m *Mixer) trimFading() {
	n := 0
	for _, v := range m.voices {
		if v.stopped {
			n++
		}
	}
	if n <= MaxVoices {
		return
	}
	kept := m.voices[:0]
	for _, v := range m.voices {
		if v.stopped && n > MaxVoices {
			n--
			continue
		}
		kept = append(kept, v)
	}
	clear(m.voices[len(kept):])
	m.voices = kept
}

// Voices returns how many voices are playing: started and not yet ended or stopped.
func (m *Mixer) Voices() int {
	n := 0
	for _, v := range m.voices {
		if !v.stopped {
			n++
		}
	}
	return n
}

// Tick renders the next FramesPerTick stereo frames, appends them to dst interleaved (left,
// right) with every sample clamped to [-1, 1], and returns the extended slice.
func (m *Mixer) Tick(dst []float32) []float32 {
	mix := m.mix
	clear(mix)
	kept := m.voices[:0]
	for _, v := range m.voices {
		want := m.fpt
		if v.stopped {
			want = min(want, v.fade)
		}
		l, r := m.l[:want], m.r[:want]
		n := v.src.render(l, r)
		if !v.src.stereo() {
			r = l
		}
		l, r = l[:n], r[:n]
		gl, gr := v.gainL, v.gainR
		if v.stopped {
			for i, x := range l {
				g := float64(v.fade-i) / fadeFrames
				p := mix[2*i : 2*i+2 : 2*i+2]
				p[0] += x * gl * g
				p[1] += r[i] * gr * g
			}
			v.fade -= n
		} else {
			for i, x := range l {
				p := mix[2*i : 2*i+2 : 2*i+2]
				p[0] += x * gl
				p[1] += r[i] * gr
			}
		}
		if n == want && !v.src.ended() && !(v.stopped && v.fade <= 0) {
			kept = append(kept, v)
		}
	}
	clear(m.voices[len(kept):])
	m.voices = kept
	dst = slices.Grow(dst, len(mix))
	for _, s := range mix {
		if s > 1 {
			s = 1
		} else if s < -1 {
			s = -1
		}
		dst = append(dst, float32(s))
	}
	return dst
}

// ClipTicks returns how many ticks at tickRate c plays for at the pitch effect pitch: the
// frames it lasts at Rate, after converting its rate and applying the pitch, over the frames
// of a tick, rounded up. It is what "play sound until done" waits, and a voice started by
// PlayClip is silent from that tick on. An empty clip plays for 0 ticks.
func ClipTicks(c *Clip, pitch float64, tickRate int) int {
	if c.Frames() == 0 || c.Rate <= 0 || tickRate <= 0 {
		return 0
	}
	frames := outFrames(c.Frames(), clipStep(c.Rate, pitchRatio(pitch)))
	fpt := uint64(Rate / tickRate)
	return int((frames + fpt - 1) / fpt)
}

// wrapIndex turns Scratch's 1-based number n into an index 0..count-1, wrapping around.
func wrapIndex(n, count int) int {
	return ((n-1)%count + count) % count
}
