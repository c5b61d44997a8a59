package sound

import "math"

// A partial is one sine of a synthesised sound.
type partial struct {
	ratio float64 // frequency: a multiple of the note's (for a drum's metal, in Hz)
	amp   float64 // level relative to the other partials
	decay float64 // seconds to fall to 1/e; 0 sustains
}

// An lfo wobbles a note's pitch (vibrato) or level (tremolo).
type lfo struct {
	rate  float64 // Hz
	depth float64 // cents for vibrato; the fraction of the level for tremolo
	onset float64 // seconds for the depth to grow from 0 to full
}

// A breath is filtered noise in a note: a flute's breath, a hammer's or a pick's knock.
type breath struct {
	amp    float64 // level relative to the partials'
	decay  float64 // seconds to fall to 1/e; 0 sustains
	centre float64 // the band's centre, a multiple of the note's frequency
	q      float64 // the band's quality: higher is narrower
}

// An instrument is the recipe of one of the music extension's instruments.
type instrument struct {
	name     string
	partials []partial // at most maxPartials
	gain     float64   // RMS level of the partials together
	attack   float64   // seconds from silence to full level
	release  float64   // seconds of fade before the note ends
	keyDecay float64   // decays shorten on higher notes by (C4/f)^keyDecay
	vibrato  lfo
	tremolo  lfo
	noise    breath
}

// maxPartials bounds the partials of an instrument.
const maxPartials = 16

// instrumentTable is the music extension's instruments in Scratch's order.
var instrumentTable = [...]instrument{
	{name: "Piano", partials: pianoString(), gain: 0.3, attack: 0.002, release: 0.06, keyDecay: 0.5,
		noise: breath{amp: 0.25, decay: 0.01, centre: 5, q: 0.8}},
	{name: "Electric Piano", partials: []partial{{1, 1, 2.5}, {2, 0.3, 1.2}, {3, 0.08, 0.7}, {7, 0.2, 0.1}, {14, 0.1, 0.04}},
		gain: 0.3, attack: 0.002, release: 0.08, keyDecay: 0.4, tremolo: lfo{4.5, 0.12, 0.3}},
	{name: "Organ", partials: harmonics(0, 0, 1, 0.7, 0.5, 0.35, 0, 0.25, 0, 0.2),
		gain: 0.22, attack: 0.008, release: 0.015, vibrato: lfo{6.5, 4, 0}, tremolo: lfo{6.5, 0.08, 0}},
	{name: "Guitar", partials: pluck(12, 0.2, 0.9, 1.6, 0.4), gain: 0.32, attack: 0.001, release: 0.05, keyDecay: 0.4,
		noise: breath{amp: 0.3, decay: 0.006, centre: 6, q: 0.7}},
	{name: "Electric Guitar", partials: pluck(14, 0.12, 0.8, 3.5, 0.15), gain: 0.28, attack: 0.002, release: 0.05, keyDecay: 0.3,
		vibrato: lfo{5, 6, 0.4}},
	{name: "Bass", partials: harmonics(1.8, 0.5, 1, 0.8, 0.45, 0.3, 0.18, 0.1, 0.06, 0.04), gain: 0.4, attack: 0.004, release: 0.05, keyDecay: 0.3,
		noise: breath{amp: 0.15, decay: 0.008, centre: 3, q: 0.8}},
	{name: "Pizzicato", partials: pluck(10, 0.3, 1, 0.45, 0.35), gain: 0.32, attack: 0.003, release: 0.04, keyDecay: 0.3},
	{name: "Cello", partials: harmonics(0, 0, 1, 0.9, 0.65, 0.5, 0.55, 0.35, 0.3, 0.25, 0.15, 0.12, 0.08, 0.06),
		gain: 0.25, attack: 0.09, release: 0.1, vibrato: lfo{5.5, 18, 0.15}, noise: breath{amp: 0.05, centre: 5, q: 0.5}},
	{name: "Trombone", partials: harmonics(0, 0, 0.8, 1, 0.9, 0.75, 0.6, 0.45, 0.35, 0.25, 0.18, 0.12, 0.08, 0.05),
		gain: 0.25, attack: 0.06, release: 0.08, vibrato: lfo{5, 6, 0.3}, noise: breath{amp: 0.06, decay: 0.05, centre: 3, q: 0.7}},
	{name: "Clarinet", partials: []partial{{1, 1, 0}, {3, 0.6, 0}, {5, 0.4, 0}, {7, 0.25, 0}, {9, 0.15, 0}, {11, 0.08, 0}, {2, 0.06, 0}, {4, 0.05, 0}, {6, 0.03, 0}},
		gain: 0.25, attack: 0.05, release: 0.06, noise: breath{amp: 0.03, centre: 3, q: 0.7}},
	{name: "Saxophone", partials: harmonics(0, 0, 1, 0.95, 0.75, 0.6, 0.55, 0.45, 0.35, 0.3, 0.2, 0.15, 0.1, 0.06),
		gain: 0.25, attack: 0.05, release: 0.07, vibrato: lfo{5, 15, 0.25}, noise: breath{amp: 0.05, centre: 4, q: 0.6}},
	{name: "Flute", partials: harmonics(0, 0, 1, 0.3, 0.12, 0.05, 0.02),
		gain: 0.3, attack: 0.07, release: 0.08, vibrato: lfo{5, 12, 0.2}, noise: breath{amp: 0.12, centre: 2, q: 0.6}},
	{name: "Wooden Flute", partials: harmonics(0, 0, 1, 0.08, 0.15, 0.03),
		gain: 0.3, attack: 0.03, release: 0.05, noise: breath{amp: 0.3, decay: 0.06, centre: 4, q: 1}},
	{name: "Bassoon", partials: harmonics(0, 0, 0.6, 1, 0.75, 0.55, 0.45, 0.3, 0.2, 0.12, 0.08),
		gain: 0.28, attack: 0.05, release: 0.07, vibrato: lfo{4.5, 6, 0.3}, noise: breath{amp: 0.03, centre: 3, q: 0.7}},
	{name: "Choir", partials: []partial{{1, 1, 0}, {1.006, 0.6, 0}, {0.994, 0.6, 0}, {2, 0.5, 0}, {2.008, 0.3, 0}, {3, 0.45, 0}, {4, 0.35, 0}, {5, 0.2, 0}, {6, 0.12, 0}},
		gain: 0.25, attack: 0.18, release: 0.2, vibrato: lfo{4.5, 12, 0.1}, noise: breath{amp: 0.04, centre: 3, q: 0.5}},
	{name: "Vibraphone", partials: []partial{{1, 1, 3.5}, {4, 0.35, 0.8}, {10, 0.08, 0.2}},
		gain: 0.35, attack: 0.002, release: 0.08, keyDecay: 0.4, tremolo: lfo{5.5, 0.35, 0}},
	{name: "Music Box", partials: []partial{{1, 1, 1.5}, {2, 0.12, 0.8}, {5.4, 0.25, 0.3}, {8.93, 0.1, 0.12}},
		gain: 0.35, attack: 0.001, release: 0.05, keyDecay: 0.3, noise: breath{amp: 0.1, decay: 0.004, centre: 8, q: 1}},
	{name: "Steel Drum", partials: []partial{{1, 1, 1}, {2, 0.6, 0.7}, {3.01, 0.25, 0.5}, {4.02, 0.15, 0.35}, {5.1, 0.08, 0.2}},
		gain: 0.32, attack: 0.004, release: 0.05, keyDecay: 0.3},
	{name: "Marimba", partials: []partial{{1, 1, 0.5}, {3.93, 0.4, 0.09}, {9.3, 0.12, 0.03}},
		gain: 0.4, attack: 0.001, release: 0.04, keyDecay: 0.6, noise: breath{amp: 0.1, decay: 0.003, centre: 2, q: 1}},
	{name: "Synth Lead", partials: saw(16, 1, 1), gain: 0.22, attack: 0.005, release: 0.04, vibrato: lfo{5.5, 8, 0.3}},
	{name: "Synth Pad", partials: append(saw(8, 1.005, 1.3), saw(8, 0.995, 1.3)...),
		gain: 0.22, attack: 0.3, release: 0.35, tremolo: lfo{0.5, 0.15, 0}},
}

// harmonics returns partials 1, 2, 3… at the levels amps, the first decaying in decay
// seconds and the k-th in decay/(1+slope·(k-1)). A level of 0 leaves a harmonic out.
func harmonics(decay, slope float64, amps ...float64) []partial {
	var ps []partial
	for i, a := range amps {
		if a > 0 {
			ps = append(ps, partial{float64(i + 1), a, decay / (1 + slope*float64(i))})
		}
	}
	return ps
}

// pluck returns n harmonics of a string plucked at the fraction at of its length, the k-th
// at level |sin(kπ·at)|/k^tilt, decaying as harmonics does.
func pluck(n int, at, tilt, decay, slope float64) []partial {
	amps := make([]float64, n)
	for k := range amps {
		f := float64(k + 1)
		amps[k] = math.Abs(math.Sin(f*math.Pi*at)) / math.Pow(f, tilt)
	}
	return harmonics(decay, slope, amps...)
}

// saw returns n harmonics of a sawtooth tuned ratio times the note, the k-th at 1/k^tilt.
func saw(n int, ratio, tilt float64) []partial {
	ps := make([]partial, n)
	for k := range ps {
		f := float64(k + 1)
		ps[k] = partial{f * ratio, 1 / math.Pow(f, tilt), 0}
	}
	return ps
}

// pianoString returns a piano string's partials: slightly sharp of the harmonics, as a stiff
// string's are, the higher dying sooner, with a second string a little out of tune.
func pianoString() []partial {
	const stiffness = 0.0004
	amps := []float64{1, 0.6, 0.4, 0.3, 0.2, 0.14, 0.1, 0.08, 0.06, 0.04}
	ps := []partial{{1.0008, 0.3, 3}}
	for i, a := range amps {
		k := float64(i + 1)
		ps = append(ps, partial{k * math.Sqrt(1+stiffness*k*k), a, 2.2 / (1 + 0.5*(k-1))})
	}
	return ps
}

// c4 is middle C in Hz, where decays are as the table says.
const c4 = 261.6256

// blockLen is how many frames a note renders between updates of its vibrato and tremolo.
const blockLen = 128

// noteSource synthesises one note: a sum of decaying partials, each a damped sine made by
// the two-term recurrence y[n+1] = 2r·cos(w)·y[n] - r²·y[n-1] (two multiplications a partial
// a frame, no sines), plus band-passed noise, under an envelope that ends at exactly zero on
// the note's last frame. A note keeps its pitch, so partials above the Nyquist frequency are
// left out when it starts.
type noteSource struct {
	ins              *instrument
	rate             float64
	freq             float64 // the fundamental, in Hz, with the pitch effect
	n, i             int     // frames in the note, frames rendered
	attack, release  float64 // frames
	np               int
	ratio            [maxPartials]float64 // each partial's frequency over the fundamental
	r                [maxPartials]float64 // each partial's decay a frame
	y1, y0           [maxPartials]float64 // each partial's next sample and the one before
	w                [maxPartials]float64 // each partial's angle a frame; 0 before the first tune
	c1, c2           [maxPartials]float64 // the recurrence's coefficients
	noise            Noise
	band             bandpass
	noiseAmp, noiseK float64
}

// newNoteSource returns note (a MIDI number, clamped to 0..130) on ins, frames long at rate,
// played ratio times faster.
func newNoteSource(ins *instrument, note float64, frames int, rate int, ratio float64) *noteSource {
	note = clampNaN(note, 0, 130)
	r := float64(rate)
	s := &noteSource{
		ins:     ins,
		rate:    r,
		freq:    440 * math.Exp2((note-69)/12) * ratio,
		n:       frames,
		attack:  math.Min(ins.attack*r, float64(frames)/2),
		release: math.Max(1, math.Min(ins.release*r, float64(frames)/2)),
		noise:   Noise(0x9E3779B97F4A7C15 ^ math.Float64bits(note)),
	}
	keyScale := 1.0
	if ins.keyDecay > 0 {
		keyScale = math.Max(0.25, math.Min(4, math.Pow(c4/s.freq, ins.keyDecay)))
	}
	partials := ins.partials[:min(len(ins.partials), maxPartials)]
	sum := 0.0
	for _, p := range partials {
		sum += p.amp * p.amp
	}
	norm := ins.gain / math.Sqrt(sum)
	for _, p := range partials {
		// 0.44 leaves room for the vibrato below the Nyquist frequency, 0.5.
		if s.freq*p.ratio >= 0.44*r {
			continue
		}
		k := s.np
		s.np++
		s.ratio[k], s.r[k] = p.ratio, decayPerFrame(p.decay*keyScale, r)
		// y[0] = 0 and y[-1] = -a·sin(w)/r start a sine of level a at phase 0.
		s.y0[k] = -p.amp * norm * math.Sin(2*math.Pi*s.freq*p.ratio/r) / s.r[k]
	}
	if ins.noise.amp > 0 {
		s.band = newBandpass(s.freq*ins.noise.centre, ins.noise.q, r)
		s.noiseAmp = ins.noise.amp * ins.gain
		s.noiseK = decayPerFrame(ins.noise.decay*keyScale, r)
	}
	s.tune(1)
	return s
}

// tune sets the partials' recurrences for the fundamental times vib. A partial already
// sounding keeps its level and phase: its previous sample is recomputed for the new
// frequency, since the recurrence's level depends on its coefficients.
func (s *noteSource) tune(vib float64) {
	for k := range s.np {
		r := s.r[k]
		w := 2 * math.Pi * s.freq * s.ratio[k] * vib / s.rate
		if w == s.w[k] {
			continue
		}
		sin, cos := math.Sincos(w)
		if s.w[k] != 0 {
			// With y1 = a·sin(θ) and y0 = a·sin(θ-w)/r, a·cos(θ) = (y1·cos(w) - r·y0)/sin(w).
			oldSin, oldCos := math.Sincos(s.w[k])
			aCos := (s.y1[k]*oldCos - r*s.y0[k]) / oldSin
			s.y0[k] = (s.y1[k]*cos - aCos*sin) / r
		}
		s.w[k], s.c1[k], s.c2[k] = w, 2*r*cos, r*r
	}
}

// dropSilent leaves out the partials that have died away, before their samples become so
// small that the processor slows down on them (subnormal numbers).
func (s *noteSource) dropSilent() {
	for k := 0; k < s.np; {
		if math.Abs(s.y1[k]) < 1e-9 && math.Abs(s.y0[k]) < 1e-9 {
			s.np--
			n := s.np
			s.ratio[k], s.r[k], s.w[k] = s.ratio[n], s.r[n], s.w[n]
			s.y1[k], s.y0[k], s.c1[k], s.c2[k] = s.y1[n], s.y0[n], s.c1[n], s.c2[n]
			continue
		}
		k++
	}
}

// add4 adds partials k to k+3 to out.
func (s *noteSource) add4(out []float64, k int) {
	a1, a0, ac1, ac2 := s.y1[k], s.y0[k], s.c1[k], s.c2[k]
	b1, b0, bc1, bc2 := s.y1[k+1], s.y0[k+1], s.c1[k+1], s.c2[k+1]
	c1, c0, cc1, cc2 := s.y1[k+2], s.y0[k+2], s.c1[k+2], s.c2[k+2]
	d1, d0, dc1, dc2 := s.y1[k+3], s.y0[k+3], s.c1[k+3], s.c2[k+3]
	for j := range out {
		out[j] += a1 + b1 + c1 + d1
		a1, a0 = ac1*a1-ac2*a0, a1
		b1, b0 = bc1*b1-bc2*b0, b1
		c1, c0 = cc1*c1-cc2*c0, c1
		d1, d0 = dc1*d1-dc2*d0, d1
	}
	s.y1[k], s.y0[k] = a1, a0
	s.y1[k+1], s.y0[k+1] = b1, b0
	s.y1[k+2], s.y0[k+2] = c1, c0
	s.y1[k+3], s.y0[k+3] = d1, d0
}

// add2 adds partials k and k+1 to out.
func (s *noteSource) add2(out []float64, k int) {
	a1, a0, ac1, ac2 := s.y1[k], s.y0[k], s.c1[k], s.c2[k]
	b1, b0, bc1, bc2 := s.y1[k+1], s.y0[k+1], s.c1[k+1], s.c2[k+1]
	for j := range out {
		out[j] += a1 + b1
		a1, a0 = ac1*a1-ac2*a0, a1
		b1, b0 = bc1*b1-bc2*b0, b1
	}
	s.y1[k], s.y0[k] = a1, a0
	s.y1[k+1], s.y0[k+1] = b1, b0
}

// lfoAt returns the wobble of l at time t, between -1 and 1, scaled by its onset.
func lfoAt(l lfo, t float64) float64 {
	w := math.Sin(2 * math.Pi * l.rate * t)
	if l.onset > 0 && t < l.onset {
		w *= t / l.onset
	}
	return w
}

func (s *noteSource) stereo() bool { return false }

func (s *noteSource) ended() bool { return s.i >= s.n }

func (s *noteSource) render(l, _ []float64) int {
	n := min(len(l), s.n-s.i)
	for off := 0; off < n; {
		// Blocks start every blockLen frames from the note's start, whatever the frames
		// asked for, so that the note is the same however it is cut into ticks.
		m := min(blockLen-s.i%blockLen, n-off)
		s.block(l[off : off+m])
		off += m
	}
	return n
}

// block renders the next len(out) frames, which lie in one block.
func (s *noteSource) block(out []float64) {
	ins := s.ins
	start := s.i - s.i%blockLen
	t0 := float64(start) / s.rate
	if ins.vibrato.depth > 0 && s.i == start {
		s.tune(math.Exp2(ins.vibrato.depth / 1200 * lfoAt(ins.vibrato, t0)))
	}
	clear(out)
	// Four partials at a time, so that their independent multiplications overlap.
	k := 0
	for ; k+4 <= s.np; k += 4 {
		s.add4(out, k)
	}
	if k+2 <= s.np {
		s.add2(out, k)
		k += 2
	}
	if k < s.np {
		y1, y0, c1, c2 := s.y1[k], s.y0[k], s.c1[k], s.c2[k]
		for j := range out {
			out[j] += y1
			y1, y0 = c1*y1-c2*y0, y1
		}
		s.y1[k], s.y0[k] = y1, y0
	}
	if (s.i+len(out))%blockLen == 0 {
		s.dropSilent()
	}
	if s.noiseAmp > 0 {
		band, src, amp, k := s.band, s.noise, s.noiseAmp, s.noiseK
		for j := range out {
			out[j] += band.filter(src.Next()) * amp
			amp *= k
		}
		if amp < 1e-6 && (s.i+len(out))%blockLen == 0 {
			amp = 0
		}
		s.band, s.noise, s.noiseAmp = band, src, amp
	}
	// The envelope: the tremolo, straight from the block's start to its end, and the
	// attack and release ramps.
	g, dg := 1.0, 0.0
	if d := ins.tremolo.depth; d > 0 {
		t1 := float64(start+blockLen) / s.rate
		g0 := 1 - d*(0.5-0.5*lfoAt(ins.tremolo, t0))
		dg = (1 - d*(0.5-0.5*lfoAt(ins.tremolo, t1)) - g0) / blockLen
		g = g0 + dg*float64(s.i-start)
	}
	first, last := float64(s.i), float64(s.n-1)
	switch {
	case first >= s.attack && last-(first+float64(len(out)-1)) >= s.release:
		if dg != 0 || g != 1 {
			for j := range out {
				out[j] *= g
				g += dg
			}
		}
	default:
		for j := range out {
			x := first + float64(j)
			e := g
			if x < s.attack {
				e *= x / s.attack
			}
			if left := last - x; left < s.release {
				e *= left / s.release
			}
			out[j] *= e
			g += dg
		}
	}
	s.i += len(out)
}

// NoteClip renders a note as PlayNote plays it at full volume and no effects, alone, as a
// mono clip frames long at rate: instrument and note as PlayNote takes them.
func NoteClip(instrument int, note float64, frames, rate int) *Clip {
	c := &Clip{Rate: rate, Channels: 1}
	if frames <= 0 || rate <= 0 {
		return c
	}
	s := newNoteSource(&instrumentTable[wrapIndex(instrument, len(instrumentTable))], note, frames, rate, 1)
	buf := make([]float64, frames)
	s.render(buf, nil)
	c.Samples = make([]float32, frames)
	for i, x := range buf {
		c.Samples[i] = float32(x)
	}
	return c
}
