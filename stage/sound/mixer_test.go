package sound

import (
	"math"
	"slices"
	"testing"
)

var full = Params{Volume: 100}

func TestFramesPerTick(t *testing.T) {
	for rate, want := range map[int]int{30: 1600, 60: 800} {
		m := NewMixer(rate)
		if got := m.FramesPerTick(); got != want {
			t.Errorf("NewMixer(%d).FramesPerTick() = %d, want %d", rate, got, want)
		}
		if got := len(m.Tick(nil)); got != 2*want {
			t.Errorf("Tick at %d ticks a second gave %d samples, want %d", rate, got, 2*want)
		}
	}
}

func TestNewMixerRejectsABadRate(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("NewMixer(7) did not panic")
		}
	}()
	NewMixer(7)
}

func TestSilence(t *testing.T) {
	m := NewMixer(30)
	if out := render(m, 3); !allZero(out) || len(out) != 3*2*1600 {
		t.Errorf("an idle mixer rendered %d samples, not all zero", len(out))
	}
}

// TestPlayUntilDone checks that "play sound until done" waits exactly as long as the sound
// plays: ClipTicks is ceil(frames at Rate / frames a tick), the sound is heard in the last of
// those ticks and is silent after them.
func TestPlayUntilDone(t *testing.T) {
	tests := []struct {
		frames, rate int
		pitch        float64
		tickRate     int
		want         int // ticks
		outFrames    int // frames at Rate, where exact
	}{
		{48000, 48000, 0, 30, 30, 48000},
		{48000, 48000, 0, 60, 60, 48000},
		{48001, 48000, 0, 30, 31, 48001},
		{1600, 48000, 0, 30, 1, 1600},
		{1601, 48000, 0, 30, 2, 1601},
		{1, 48000, 0, 30, 1, 1},
		{22050, 22050, 0, 30, 30, 48000},
		{44100, 44100, 0, 60, 60, 48000},
		{44100, 44100, 120, 30, 15, 24000},
		{44100, 44100, -120, 30, 60, 96000},
		{22050, 22050, 240, 60, 15, 12000},
		{11025, 22050, 0, 30, 15, 24000},
		{16000, 16000, 0, 30, 30, 48000},
		{44100, 44100, 10, 30, 29, 0},      // a semitone up: 45305.9 frames
		{6000, 48000, -400, 30, 30, 48000}, // clamped to -360: 8 times as long
		{30000, 44100, 60, 60, 29, 0},      // 23089.1 frames at 800 a tick
	}
	for _, tt := range tests {
		c := constant(0.5, tt.frames, tt.rate)
		got := ClipTicks(c, tt.pitch, tt.tickRate)
		if got != tt.want {
			t.Errorf("ClipTicks(%d frames at %d Hz, pitch %v, %d/s) = %d, want %d", tt.frames, tt.rate, tt.pitch, tt.tickRate, got, tt.want)
			continue
		}
		m := NewMixer(tt.tickRate)
		m.PlayClip(1, "a", c, Params{Volume: 100, Pitch: tt.pitch})
		out := render(m, got)
		last := out[len(out)-2*m.FramesPerTick():]
		if allZero(last) {
			t.Errorf("%d frames at %d Hz, pitch %v: the last of %d ticks is silent", tt.frames, tt.rate, tt.pitch, got)
		}
		if m.Voices() != 0 {
			t.Errorf("%d frames at %d Hz, pitch %v: %d voices after %d ticks", tt.frames, tt.rate, tt.pitch, m.Voices(), got)
		}
		if after := m.Tick(nil); !allZero(after) {
			t.Errorf("%d frames at %d Hz, pitch %v: sound after %d ticks", tt.frames, tt.rate, tt.pitch, got)
		}
		if tt.outFrames > 0 {
			heard := 0
			for i := 0; i < len(out); i += 2 {
				if out[i] != 0 {
					heard = i/2 + 1
				}
			}
			if heard != tt.outFrames {
				t.Errorf("%d frames at %d Hz, pitch %v: heard for %d frames, want %d", tt.frames, tt.rate, tt.pitch, heard, tt.outFrames)
			}
		}
	}
	if got := ClipTicks(&Clip{Rate: 44100, Channels: 1}, 0, 30); got != 0 {
		t.Errorf("ClipTicks(empty clip) = %d, want 0", got)
	}
	if got := ClipTicks(nil, 0, 30); got != 0 {
		t.Errorf("ClipTicks(nil) = %d, want 0", got)
	}
}

func TestStartsOnTheNextTick(t *testing.T) {
	m := NewMixer(30)
	m.Tick(nil)
	m.PlayClip(1, "a", constant(0.25, 10, Rate), full)
	out := m.Tick(nil)
	if out[0] != 0.25 || out[1] != 0.25 || out[2*9] != 0.25 || out[2*10] != 0 {
		t.Errorf("frames 0, 9, 10 = %v, %v, %v; want the clip's 10 frames from the tick's first", out[0], out[18], out[20])
	}
}

func TestVolumeHalves(t *testing.T) {
	c := sine(330, 0.8, 0.5, 44100)
	var outs [2][]float64
	for i, vol := range []float64{100, 50} {
		m := NewMixer(30)
		m.PlayClip(1, "a", c, Params{Volume: vol})
		outs[i] = channel(render(m, 16), 0)
	}
	if r := peak(outs[1]) / peak(outs[0]); math.Abs(r-0.5) > 1e-6 {
		t.Errorf("peak at volume 50 / at 100 = %v, want 0.5", r)
	}
	if r := rms(outs[1]) / rms(outs[0]); math.Abs(r-0.5) > 1e-6 {
		t.Errorf("RMS at volume 50 / at 100 = %v, want 0.5", r)
	}
	if peak(outs[0]) < 0.79 {
		t.Errorf("peak at volume 100 = %v, want the clip's 0.8", peak(outs[0]))
	}
}

// TestTenSoundsClipCleanly plays ten full-scale sounds at once: the sum saturates at ±1 and
// never wraps around.
func TestTenSoundsClipCleanly(t *testing.T) {
	c := sine(220, 1, 0.5, 48000)
	one := NewMixer(30)
	one.PlayClip(1, "a", c, full)
	single := render(one, 15)

	m := NewMixer(30)
	for i := range 10 {
		m.PlayClip(i, "a", c, full)
	}
	out := render(m, 15)
	saturated := 0
	for i, v := range out {
		sum := 10 * float64(single[i])
		switch {
		case v < -1 || v > 1:
			t.Fatalf("sample %d = %v, outside [-1, 1]", i, v)
		case sum > 1 && v != 1, sum < -1 && v != -1:
			t.Fatalf("sample %d = %v, want it saturated: the sum is %v", i, v, sum)
		case math.Abs(sum) <= 1 && math.Abs(float64(v)-sum) > 1e-5:
			t.Fatalf("sample %d = %v, want the sum %v", i, v, sum)
		}
		if math.Abs(sum) > 1 {
			saturated++
		}
	}
	if saturated < len(out)/2 {
		t.Errorf("only %d of %d samples saturated", saturated, len(out))
	}
}

func TestPan(t *testing.T) {
	c := sine(440, 0.5, 0.2, 48000)
	tests := []struct {
		pan         float64
		left, right float64 // gains
	}{
		{-100, 1, 0},
		{100, 0, 1},
		{0, 1, 1},
		{-50, 1, math.Sin(math.Pi/8) * math.Sqrt2},
		{50, math.Sin(math.Pi/8) * math.Sqrt2, 1},
		{-300, 1, 0}, // clamped
	}
	for _, tt := range tests {
		m := NewMixer(30)
		m.PlayClip(1, "a", c, Params{Volume: 100, Pan: tt.pan})
		out := render(m, 6)
		l, r := channel(out, 0), channel(out, 1)
		if tt.right == 0 && peak(r) != 0 {
			t.Errorf("pan %v: right channel peak %v, want silence", tt.pan, peak(r))
		}
		if tt.left == 0 && peak(l) != 0 {
			t.Errorf("pan %v: left channel peak %v, want silence", tt.pan, peak(l))
		}
		if got := peak(l); math.Abs(got-0.5*tt.left) > 1e-6 {
			t.Errorf("pan %v: left peak %v, want %v", tt.pan, got, 0.5*tt.left)
		}
		if got := peak(r); math.Abs(got-0.5*tt.right) > 1e-6 {
			t.Errorf("pan %v: right peak %v, want %v", tt.pan, got, 0.5*tt.right)
		}
	}
}

func TestStereoClip(t *testing.T) {
	c := &Clip{Rate: Rate, Channels: 2, Samples: []float32{0.5, -0.25, 0.5, -0.25}}
	m := NewMixer(30)
	m.PlayClip(1, "a", c, Params{Volume: 100})
	out := m.Tick(nil)
	if !slices.Equal(out[:6], []float32{0.5, -0.25, 0.5, -0.25, 0, 0}) {
		t.Errorf("stereo clip mixed as %v", out[:6])
	}
}

func TestPitchDoublesTheFrequency(t *testing.T) {
	for _, rate := range []int{22050, 44100, 48000} {
		c := sine(440, 0.5, 2, rate)
		m := NewMixer(30)
		m.PlayClip(1, "a", c, Params{Volume: 100, Pitch: 120})
		out := render(m, 30)
		if got := peakHz(channel(out, 0), Rate, 50, 5000); !near(got, 880, 0.005) {
			t.Errorf("a 440 Hz clip at %d Hz with pitch 120 peaks at %v Hz, want 880", rate, got)
		}
		if want := 30; ClipTicks(c, 120, 30) != want {
			t.Errorf("ClipTicks(2 s, pitch 120) = %d, want %d", ClipTicks(c, 120, 30), want)
		}
	}
	m := NewMixer(30)
	m.PlayNote(1, 12, 57, Rate, Params{Volume: 100, Pitch: 120})
	if got := peakHz(channel(render(m, 30), 0), Rate, 50, 5000); !near(got, 440, 0.01) {
		t.Errorf("flute A3 with pitch 120 peaks at %v Hz, want 440", got)
	}
}

func TestSetParams(t *testing.T) {
	c := constant(0.25, Rate, Rate)
	m := NewMixer(30)
	m.PlayClip(1, "a", c, full)
	m.PlayClip(2, "a", c, full)
	m.PlayNote(1, 3, 60, Rate, full)
	m.Tick(nil)
	m.SetParams(1, Params{Volume: 50, Pan: 100})
	out := m.Tick(nil)

	// Owner 2's clip alone, and the note alone, to take them out of the mix.
	ref := NewMixer(30)
	ref.PlayNote(1, 3, 60, Rate, full)
	ref.Tick(nil)
	note := ref.Tick(nil)
	for i := 0; i < len(out); i += 2 {
		l := float64(out[i]) - 0.25 - float64(note[i])
		r := float64(out[i+1]) - 0.25 - float64(note[i+1])
		if math.Abs(l) > 1e-6 || math.Abs(r-0.125) > 1e-6 {
			t.Fatalf("frame %d: owner 1's clip gives %v, %v; want 0, 0.125 after SetParams", i/2, l, r)
		}
	}

	// A pitch change speeds the rest of the clip up.
	m = NewMixer(30)
	m.PlayClip(1, "a", constant(0.5, 3200, Rate), full)
	m.Tick(nil)
	m.SetParams(1, Params{Volume: 100, Pitch: 120})
	out = m.Tick(nil)
	if out[2*799] == 0 || out[2*800] != 0 {
		t.Errorf("after pitch 120 the last 1600 frames should play in 800: frames 799, 800 = %v, %v", out[2*799], out[2*800])
	}
}

func TestSameKeyStartsOver(t *testing.T) {
	c := constant(0.5, 3*Rate, Rate)
	m := NewMixer(30)
	m.PlayClip(1, "a", c, full)
	m.Tick(nil)
	m.PlayClip(1, "a", c, full)
	m.PlayClip(1, "b", c, full)
	m.PlayClip(2, "a", c, full)
	if got := m.Voices(); got != 3 {
		t.Errorf("Voices() = %d, want 3: the first sound starts over", got)
	}
	out := m.Tick(nil)
	// The old voice fades out over the first fadeFrames frames, beside three new voices.
	if got, want := out[0], float32(0.5*4); got != 1 { // clamped
		t.Errorf("frame 0 = %v, want %v clamped to 1", got, want)
	}
	if got := out[2*fadeFrames]; got != 1 {
		t.Errorf("frame %d = %v, want 1", fadeFrames, got)
	}
	m.StopAll()
	m.Tick(nil)
	m.PlayClip(1, "a", constant(0.25, 3*Rate, Rate), full)
	out = m.Tick(nil)
	if out[0] != 0.25 || out[len(out)-1] != 0.25 {
		t.Errorf("after the fade, frames are %v…%v, want the one voice's 0.25", out[0], out[len(out)-1])
	}
}

func TestStop(t *testing.T) {
	c := constant(0.25, 10*Rate, Rate)
	m := NewMixer(60)
	m.PlayClip(1, "a", c, full)
	m.PlayNote(1, 3, 60, 10*Rate, full)
	m.PlayClip(2, "a", c, full)
	m.PlayDrum(3, 4, Params{Volume: 50})
	m.Tick(nil)
	m.StopOwner(1)
	if got := m.Voices(); got != 2 {
		t.Errorf("Voices() after StopOwner(1) = %d, want 2", got)
	}
	out := channel(m.Tick(nil), 0)
	drum := DrumClip(4, Rate).Samples[m.FramesPerTick():]
	rest := func(i int) float64 { return out[i] - 0.25 - 0.5*float64(drum[i]) }
	// Owner 1's voices fade out over fadeFrames frames, from full to zero.
	if got := rest(0); got < 0.05 {
		t.Errorf("frame 0 has %v of owner 1's voices, want them near full", got)
	}
	if got := rest(fadeFrames - 1); math.Abs(got) > 0.01 {
		t.Errorf("frame %d has %v of owner 1's voices, want them faded out", fadeFrames-1, got)
	}
	for i := fadeFrames; i < len(out); i++ {
		if got := rest(i); math.Abs(got) > 1e-6 {
			t.Fatalf("frame %d has %v of owner 1's voices, want none", i, got)
		}
	}
	m.StopAll()
	if got := m.Voices(); got != 0 {
		t.Errorf("Voices() after StopAll = %d, want 0", got)
	}
	m.Tick(nil)
	if out := m.Tick(nil); !allZero(out) {
		t.Error("sound a tick after StopAll's fade")
	}
	if len(m.voices) != 0 {
		t.Errorf("%d voices kept after their fade", len(m.voices))
	}
}

func TestVoiceCaps(t *testing.T) {
	m := NewMixer(30)
	for i := range 40 {
		m.PlayNote(i, 1, 60, Rate, full)
	}
	if got := m.Voices(); got != MaxMusicVoices {
		t.Errorf("40 notes: Voices() = %d, want %d", got, MaxMusicVoices)
	}
	m.PlayDrum(1, 1, full)
	if got := m.Voices(); got != MaxMusicVoices {
		t.Errorf("a drum beyond the cap: Voices() = %d, want %d", got, MaxMusicVoices)
	}
	c := constant(0.01, Rate, Rate)
	for i := range 50 {
		m.PlayClip(i, "a", c, full)
	}
	if got := m.Voices(); got != MaxVoices {
		t.Errorf("50 clips more: Voices() = %d, want %d", got, MaxVoices)
	}
	// The voices that were dropped are the newest: owners 0 to 33 play their clip.
	n := 0
	for _, v := range m.voices {
		if v.clip != nil && v.owner > 33 {
			n++
		}
	}
	if n != 0 {
		t.Errorf("%d clips of owners past 33 play; want the newest dropped", n)
	}
	// Restarting sounds at the cap keeps working, and fading voices stay bounded.
	for range 5 {
		for i := range 34 {
			m.PlayClip(i, "a", c, full)
		}
	}
	if got := m.Voices(); got != MaxVoices {
		t.Errorf("restarting at the cap: Voices() = %d, want %d", got, MaxVoices)
	}
	if len(m.voices) > 2*MaxVoices {
		t.Errorf("%d voices kept, want at most %d playing and %d fading", len(m.voices), MaxVoices, MaxVoices)
	}
	m.Tick(nil)
	if len(m.voices) != MaxVoices {
		t.Errorf("%d voices after a tick, want %d", len(m.voices), MaxVoices)
	}
}

func TestBadInput(t *testing.T) {
	m := NewMixer(30)
	m.PlayClip(1, "a", nil, full)
	m.PlayClip(1, "b", &Clip{Rate: 0, Channels: 1, Samples: []float32{1}}, full)
	m.PlayClip(1, "c", &Clip{Rate: 44100, Channels: 0}, full)
	m.PlayNote(1, 1, 60, 0, full)
	m.PlayNote(1, 1, 60, -5, full)
	if got := m.Voices(); got != 0 {
		t.Errorf("Voices() = %d after playing nothing", got)
	}
	nan := math.NaN()
	m.PlayClip(1, "d", constant(0.5, 100, Rate), Params{Volume: nan, Pitch: nan, Pan: nan})
	m.PlayNote(1, -7, nan, 100, Params{Volume: 1e9, Pitch: 1e9, Pan: -1e9})
	m.PlayDrum(1, 1000, Params{Volume: -5})
	for i, v := range render(m, 2) {
		if math.IsNaN(float64(v)) || v < -1 || v > 1 {
			t.Fatalf("sample %d = %v", i, v)
		}
	}
}

func TestDeterministic(t *testing.T) {
	play := func() []float32 {
		m := NewMixer(60)
		var out []float32
		for tick := range 120 {
			if tick%7 == 0 {
				m.PlayNote(tick%3, tick/7%21+1, 48+float64(tick%24)+0.5, 20000, Params{Volume: 80, Pan: float64(tick - 60)})
			}
			if tick%5 == 0 {
				m.PlayDrum(tick%4, tick/5%18+1, Params{Volume: 70, Pitch: float64(tick), Pan: -30})
			}
			if tick%11 == 0 {
				m.PlayClip(tick%2, "s", sine(300+float64(tick), 0.4, 0.3, 22050), Params{Volume: 90, Pitch: -40})
				m.SetParams(1, Params{Volume: 60, Pitch: 20, Pan: 40})
			}
			if tick == 90 {
				m.StopOwner(2)
			}
			out = m.Tick(out)
		}
		return out
	}
	a, b := play(), play()
	if !slices.EqualFunc(a, b, func(x, y float32) bool { return math.Float32bits(x) == math.Float32bits(y) }) {
		t.Error("two renderings of the same calls differ")
	}
	if allZero(a) {
		t.Error("the rendering is silent")
	}
}
