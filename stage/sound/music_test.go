package sound

import (
	"math"
	"testing"
)

// renderNote plays one note on a fresh mixer at 30 ticks a second and returns its left
// channel, ticks long.
func renderNote(instrument int, note float64, frames, ticks int, p Params) []float64 {
	m := NewMixer(30)
	m.PlayNote(1, instrument, note, frames, p)
	return channel(render(m, ticks), 0)
}

// TestA4 plays MIDI note 69 on every instrument: its fundamental is at 440 Hz, and for the
// instruments whose fundamental leads it is the strongest peak of the whole spectrum.
func TestA4(t *testing.T) {
	strongest := map[int]bool{Piano: true, Organ: true, Flute: true, MusicBox: true, SynthLead: true}
	for i, ins := range instrumentTable {
		x := renderNote(i+1, 69, Rate, 30, full)
		if got := peakHz(x, Rate, 300, 600); !near(got, 440, 0.01) {
			t.Errorf("%s: A4's peak near the fundamental is at %v Hz, want 440", ins.name, got)
		}
		if strongest[i+1] {
			if got := peakHz(x, Rate, 20, 20000); !near(got, 440, 0.01) {
				t.Errorf("%s: A4's strongest peak is at %v Hz, want 440", ins.name, got)
			}
		}
	}
}

func TestNotePitches(t *testing.T) {
	for _, tt := range []struct {
		note, hz float64
	}{{57, 220}, {60, 261.63}, {72, 523.25}, {81, 880}, {69.5, 452.89}} {
		x := renderNote(Organ, tt.note, Rate, 30, full)
		if got := peakHz(x, Rate, 100, 1000); !near(got, tt.hz, 0.005) {
			t.Errorf("organ note %v peaks at %v Hz, want %v", tt.note, got, tt.hz)
		}
	}
}

// TestOneBeat plays a note of one beat at tempo 60: it sounds for exactly one second of
// frames, is still heard near its end, and is exactly zero from its last frame on.
func TestOneBeat(t *testing.T) {
	for i, ins := range instrumentTable {
		m := NewMixer(30)
		m.PlayNote(1, i+1, 60, Rate, full)
		out := render(m, 30)
		if m.Voices() != 0 {
			t.Errorf("%s: the note still plays after a second", ins.name)
		}
		out = m.Tick(out)
		x := channel(out, 0)
		lastHeard := -1
		for j, v := range x {
			if v != 0 {
				lastHeard = j
			}
		}
		if lastHeard < 0 || lastHeard >= Rate-1 {
			t.Errorf("%s: last non-zero frame %d, want before frame %d", ins.name, lastHeard, Rate-1)
		}
		if ins.partials[0].decay == 0 {
			// A sustained sound is heard until its release.
			release := Rate - 1 - int(ins.release*Rate)
			if got := rms(x[release-960 : release]); got < 0.05 {
				t.Errorf("%s: RMS %v in the 20 ms before its release, want the note still heard", ins.name, got)
			}
		}
	}
	// The organ is heard up to its last few milliseconds.
	x := renderNote(Organ, 60, Rate, 31, full)
	if got := peak(x[Rate-480 : Rate-240]); got < 0.05 {
		t.Errorf("organ: peak %v 10 to 5 ms before the end, want it heard", got)
	}
	if x[Rate-1] != 0 {
		t.Errorf("organ: last frame %v, want 0", x[Rate-1])
	}
}

func TestShortNotes(t *testing.T) {
	for _, frames := range []int{1, 2, 3, 100, 1601, 4799} {
		for i := range instrumentTable {
			x := renderNote(i+1, 72, frames, 4, full)
			for j := frames - 1; j < len(x); j++ {
				if x[j] != 0 {
					t.Fatalf("%s, %d frames: frame %d = %v, want 0", instrumentTable[i].name, frames, j, x[j])
				}
			}
			if frames >= 100 && peak(x) < 0.01 {
				t.Errorf("%s, %d frames: silent", instrumentTable[i].name, frames)
			}
		}
	}
}

func TestNumbersWrapAndClamp(t *testing.T) {
	same := func(a, b []float64) bool {
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	if !same(renderNote(22, 60, 4800, 3, full), renderNote(1, 60, 4800, 3, full)) {
		t.Error("instrument 22 is not instrument 1")
	}
	if !same(renderNote(0, 60, 4800, 3, full), renderNote(21, 60, 4800, 3, full)) {
		t.Error("instrument 0 is not instrument 21")
	}
	if !same(renderNote(1, 500, 4800, 3, full), renderNote(1, 130, 4800, 3, full)) {
		t.Error("note 500 is not clamped to 130")
	}
	if !same(renderNote(1, -3, 4800, 3, full), renderNote(1, 0, 4800, 3, full)) {
		t.Error("note -3 is not clamped to 0")
	}
	drum := func(n int) []float64 {
		m := NewMixer(30)
		m.PlayDrum(1, n, full)
		return channel(render(m, 3), 0)
	}
	if !same(drum(19), drum(1)) || !same(drum(-17), drum(1)) {
		t.Error("drums 19 and -17 are not drum 1")
	}
}

func TestNoteVolume(t *testing.T) {
	a := renderNote(Piano, 60, Rate, 30, full)
	b := renderNote(Piano, 60, Rate, 30, Params{Volume: 50})
	if r := peak(b) / peak(a); math.Abs(r-0.5) > 1e-6 {
		t.Errorf("note at volume 50 / 100 = %v, want 0.5", r)
	}
}

func TestDrums(t *testing.T) {
	for i, d := range drumTable {
		c := DrumClip(i+1, Rate)
		if want := int(math.Round(d.length * Rate)); c.Frames() != want {
			t.Errorf("%s: %d frames, want %d", d.name, c.Frames(), want)
		}
		if c.Samples[len(c.Samples)-1] != 0 {
			t.Errorf("%s: ends at %v, want 0", d.name, c.Samples[len(c.Samples)-1])
		}
		ticks := ClipTicks(c, 0, 30)
		m := NewMixer(30)
		m.PlayDrum(1, i+1, full)
		x := channel(render(m, ticks), 0)
		if got := peak(x); math.Abs(got-drumLevel*d.gain) > 1e-6 {
			t.Errorf("%s: peak %v, want %v", d.name, got, drumLevel*d.gain)
		}
		if m.Voices() != 0 || !allZero(m.Tick(nil)) {
			t.Errorf("%s: still sounds after %d ticks", d.name, ticks)
		}
		if got := rms(x[len(x)/2:]); got == 0 {
			t.Errorf("%s: its second half is silent", d.name)
		}
	}
	// The bass drum is low and the closed hi-hat high.
	low := func(d int) float64 {
		c := DrumClip(d, Rate)
		x := make([]float64, len(c.Samples))
		for i, v := range c.Samples {
			x[i] = float64(v)
		}
		return peakHz(x, Rate, 20, 20000)
	}
	if f := low(BassDrum); f > 120 {
		t.Errorf("bass drum peaks at %v Hz", f)
	}
	if f := low(ClosedHiHat); f < 5000 {
		t.Errorf("closed hi-hat peaks at %v Hz", f)
	}
	if c := DrumClip(1, 22050); c.Rate != 22050 || c.Frames() != int(math.Round(drumTable[0].length*22050)) {
		t.Errorf("DrumClip(1, 22050) = %d frames at %d Hz", c.Frames(), c.Rate)
	}
}

// features describes how note 60 on an instrument sounds: its spectrum in bands a third of
// an octave wide, early and later in the note, and its loudness over the second.
func features(instrument int) []float64 {
	x := renderNote(instrument, 60, Rate, 30, full)
	var f []float64
	for _, seg := range [][2]int{{0, Rate / 5}, {2 * Rate / 5, 4 * Rate / 5}} {
		mag, bin := spectrum(x[seg[0]:seg[1]], Rate)
		bands := make([]float64, 21)
		total := 0.0
		for i, v := range mag {
			if hz := float64(i) * bin; hz >= 100 && hz < 12800 {
				bands[int(math.Log2(hz/100)*3)] += v * v
				total += v * v
			}
		}
		for _, e := range bands {
			f = append(f, math.Sqrt(e/total))
		}
	}
	env := make([]float64, 10)
	total := 0.0
	for i := range env {
		env[i] = rms(x[i*Rate/10 : (i+1)*Rate/10])
		total += env[i] * env[i]
	}
	for _, e := range env {
		f = append(f, e/math.Sqrt(total))
	}
	return f
}

// TestInstrumentsDiffer checks that the main instruments are told apart by their spectra and
// their envelopes.
func TestInstrumentsDiffer(t *testing.T) {
	main := []int{Piano, Organ, Guitar, Bass, Marimba, Flute, MusicBox, SynthLead}
	fs := map[int][]float64{}
	for _, i := range main {
		fs[i] = features(i)
	}
	for a, i := range main {
		for _, j := range main[a+1:] {
			d := 0.0
			for k := range fs[i] {
				d += (fs[i][k] - fs[j][k]) * (fs[i][k] - fs[j][k])
			}
			if d = math.Sqrt(d); d < 0.25 {
				t.Errorf("%s and %s sound alike: distance %.2f", instrumentTable[i-1].name, instrumentTable[j-1].name, d)
			}
		}
	}
}

func TestNoteClip(t *testing.T) {
	c := NoteClip(Piano, 60, 22050, 22050)
	if c.Rate != 22050 || c.Channels != 1 || c.Frames() != 22050 {
		t.Fatalf("NoteClip = %d frames of %d channels at %d Hz", c.Frames(), c.Channels, c.Rate)
	}
	x := make([]float64, len(c.Samples))
	for i, v := range c.Samples {
		x[i] = float64(v)
	}
	if got := peakHz(x, 22050, 100, 5000); !near(got, 261.63, 0.01) {
		t.Errorf("piano C4 at 22050 Hz peaks at %v Hz", got)
	}
	if c.Samples[len(c.Samples)-1] != 0 {
		t.Error("NoteClip does not end at 0")
	}
	// At Rate, a clip of a note is what the mixer plays, at either tick rate.
	for _, tickRate := range []int{30, 60} {
		for i := range instrumentTable {
			m := NewMixer(tickRate)
			m.PlayNote(1, i+1, 64, 20000, full)
			want := channel(render(m, 20000/m.FramesPerTick()+1), 0)
			got := NoteClip(i+1, 64, 20000, Rate)
			for j, v := range got.Samples {
				if v != float32(want[j]) {
					t.Fatalf("%s at %d ticks a second, frame %d: NoteClip %v, mixer %v", instrumentTable[i].name, tickRate, j, v, want[j])
				}
			}
		}
	}
}

// TestVibratoKeepsTheLevel plays a long note with vibrato: retuning the partials every block
// must not make them drift louder or softer.
func TestVibratoKeepsTheLevel(t *testing.T) {
	for _, ins := range []int{Saxophone, Cello, Flute, SynthLead} {
		c := NoteClip(ins, 55, 30*Rate, Rate)
		x := make([]float64, len(c.Samples))
		for i, v := range c.Samples {
			x[i] = float64(v)
		}
		early, late := rms(x[Rate:2*Rate]), rms(x[27*Rate:28*Rate])
		if !near(late, early, 0.02) {
			t.Errorf("%s: RMS %v after 1 s and %v after 27 s", instrumentTable[ins-1].name, early, late)
		}
	}
}

// BenchmarkMix16Voices mixes 16 voices, one tick an op: six clips at different rates and
// pitches, six notes and four drums. A voice that ends is started again.
func BenchmarkMix16Voices(b *testing.B) {
	stereo := &Clip{Rate: 44100, Channels: 2, Samples: make([]float32, 2*44100*3)}
	for i := range stereo.Samples {
		stereo.Samples[i] = float32(0.3 * math.Sin(float64(i)/20))
	}
	clips := []*Clip{sine(440, 0.3, 3, 44100), sine(660, 0.3, 3, 22050), sine(550, 0.3, 3, 48000), stereo}
	notes := []int{Piano, Organ, Guitar, Flute, Marimba, SynthLead}
	m := NewMixer(30)
	start := func() {
		var playing [16]bool
		for _, v := range m.voices {
			playing[v.owner] = true
		}
		for o, on := range playing {
			if on {
				continue
			}
			p := Params{Volume: 80, Pitch: float64(o * 7), Pan: float64(o*12 - 90)}
			switch {
			case o < 6:
				m.PlayClip(o, "s", clips[o%len(clips)], p)
			case o < 12:
				m.PlayNote(o, notes[o-6], float64(48+o), 3*Rate, p)
			default:
				m.PlayDrum(o, o*5%18+1, p)
			}
		}
	}
	out := make([]float32, 0, 2*m.FramesPerTick())
	start()
	m.Tick(nil)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		start()
		out = m.Tick(out[:0])
	}
}
