package sound

import "math"

// A thump is a drum's pitched body: a sine gliding from one pitch to another as it decays.
type thump struct {
	amp      float64
	from, to float64 // Hz
	glide    float64 // seconds for the pitch to go most (1-1/e) of the way
	decay    float64 // seconds to fall to 1/e
	overtone float64 // level of the octave above, relative to the sine
}

// A hiss is a drum's noise, band-passed.
type hiss struct {
	amp   float64
	hz, q float64 // the band's centre and quality
	decay float64 // seconds to fall to 1/e, after each hit
}

// A drum is the recipe of one of the music extension's drums.
type drum struct {
	name   string
	length float64 // seconds
	gain   float64 // peak level
	tone   thump
	noise  hiss
	metal  []partial // ringing partials: ratio is in Hz
	hits   int       // how many times the noise strikes (a clap, a scrape); 0 is once
	gap    float64   // seconds between hits
	fall   float64   // each hit's level relative to the one before; 0 is 1
}

// drumTable is the music extension's drums in Scratch's order.
// drumLevel scales every drum's peak, leaving room for a melody to play along: a bass drum
// and a piano note together stay below full scale.
const drumLevel = 0.55

var drumTable = [...]drum{
	{name: "Snare Drum", length: 0.35, gain: 0.8, tone: thump{0.6, 330, 180, 0.02, 0.08, 0.3},
		noise: hiss{1, 3000, 0.7, 0.1}},
	{name: "Bass Drum", length: 0.5, gain: 0.9, tone: thump{1, 150, 50, 0.04, 0.22, 0.1},
		noise: hiss{0.2, 1200, 1, 0.008}},
	{name: "Side Stick", length: 0.15, gain: 0.7, tone: thump{0.6, 800, 500, 0.005, 0.02, 0.4},
		noise: hiss{0.6, 2500, 2, 0.012}},
	{name: "Crash Cymbal", length: 1.6, gain: 0.6, noise: hiss{1, 6500, 0.5, 0.5},
		metal: []partial{{443, 0.2, 0.8}, {672, 0.2, 0.7}, {1029, 0.15, 0.6}, {1597, 0.15, 0.5}, {2311, 0.1, 0.4}, {3371, 0.1, 0.35}}},
	{name: "Open Hi-Hat", length: 0.6, gain: 0.5, noise: hiss{1, 8000, 0.7, 0.22},
		metal: []partial{{3512, 0.08, 0.2}, {5263, 0.08, 0.15}, {7019, 0.06, 0.12}}},
	{name: "Closed Hi-Hat", length: 0.12, gain: 0.5, noise: hiss{1, 8500, 0.7, 0.03}},
	{name: "Tambourine", length: 0.45, gain: 0.5, noise: hiss{1, 7000, 1, 0.05},
		metal: []partial{{5234, 0.15, 0.15}, {6811, 0.12, 0.12}, {8317, 0.1, 0.1}}, hits: 3, gap: 0.035, fall: 0.6},
	{name: "Hand Clap", length: 0.3, gain: 0.7, noise: hiss{1, 1200, 1.2, 0.018}, hits: 4, gap: 0.011, fall: 0.9},
	{name: "Claves", length: 0.2, gain: 0.7, tone: thump{1, 2500, 2500, 0, 0.04, 0}},
	{name: "Wood Block", length: 0.2, gain: 0.7, tone: thump{1, 950, 900, 0.003, 0.05, 0.2},
		noise: hiss{0.3, 1800, 4, 0.008}},
	{name: "Cowbell", length: 0.5, gain: 0.5, metal: []partial{{562, 1, 0.15}, {845, 0.8, 0.12}, {1686, 0.25, 0.08}, {2535, 0.15, 0.06}},
		noise: hiss{0.1, 1500, 2, 0.005}},
	{name: "Triangle", length: 1.5, gain: 0.45, metal: []partial{{1480, 1, 0.8}, {4035, 0.5, 0.6}, {5617, 0.35, 0.5}, {7340, 0.25, 0.4}},
		noise: hiss{0.1, 6000, 2, 0.003}},
	{name: "Bongo", length: 0.3, gain: 0.8, tone: thump{1, 420, 340, 0.01, 0.1, 0.15},
		noise: hiss{0.2, 2000, 1, 0.008}},
	{name: "Conga", length: 0.4, gain: 0.8, tone: thump{1, 260, 210, 0.015, 0.16, 0.2},
		noise: hiss{0.15, 1500, 1, 0.01}},
	{name: "Cabasa", length: 0.25, gain: 0.45, noise: hiss{1, 9000, 1.5, 0.04}, hits: 2, gap: 0.05, fall: 0.7},
	{name: "Guiro", length: 0.45, gain: 0.5, noise: hiss{1, 3500, 3, 0.01}, hits: 14, gap: 0.025, fall: 0.97},
	{name: "Vibraslap", length: 1, gain: 0.5, noise: hiss{1, 3000, 4, 0.015}, hits: 25, gap: 0.035, fall: 0.88,
		metal: []partial{{1950, 0.3, 0.4}, {2730, 0.2, 0.3}}},
	{name: "Cuica", length: 0.4, gain: 0.7, tone: thump{1, 380, 760, 0.06, 0.15, 0.35}},
}

// renderDrum synthesises d at rate as a mono clip, ending at exactly zero.
func renderDrum(d *drum, rate int) *Clip {
	r := float64(rate)
	n := int(math.Round(d.length * r))
	out := make([]float64, n)
	if t := d.tone; t.amp > 0 {
		a, ka := t.amp, decayPerFrame(t.decay, r)
		df, kf := t.from-t.to, decayPerFrame(t.glide, r)
		if t.glide <= 0 {
			df = 0
		}
		phase := 0.0
		for i := range out {
			out[i] += a * (math.Sin(phase) + t.overtone*math.Sin(2*phase))
			phase += 2 * math.Pi * (t.to + df) / r
			phase = math.Mod(phase, 2*math.Pi)
			a *= ka
			df *= kf
		}
	}
	if h := d.noise; h.amp > 0 {
		src := Noise(0x2545F4914F6CDD1D ^ uint64(n))
		band := newBandpass(h.hz, h.q, r)
		gap := max(1, int(math.Round(d.gap*r)))
		hits, fall := max(1, d.hits), d.fall
		if fall == 0 {
			fall = 1
		}
		a, level, k := 0.0, h.amp, decayPerFrame(h.decay, r)
		for i := range out {
			if i%gap == 0 && i/gap < hits {
				a = level
				level *= fall
			}
			out[i] += band.filter(src.Next()) * a
			a *= k
		}
	}
	for _, p := range d.metal {
		if p.ratio >= 0.45*r {
			continue
		}
		sin, cos := math.Sincos(2 * math.Pi * p.ratio / r)
		k := decayPerFrame(p.decay, r)
		qr, qi := k*cos, k*sin
		zr, zi := p.amp, 0.0
		for i := range out {
			out[i] += zi
			zr, zi = zr*qr-zi*qi, zr*qi+zi*qr
		}
	}
	peak := 0.0
	for _, x := range out {
		peak = math.Max(peak, math.Abs(x))
	}
	c := &Clip{Rate: rate, Channels: 1, Samples: make([]float32, n)}
	if peak == 0 {
		return c
	}
	fade := math.Max(1, 0.005*r)
	for i, x := range out {
		g := drumLevel * d.gain / peak
		if left := float64(n - 1 - i); left < fade {
			g *= left / fade
		}
		c.Samples[i] = float32(x * g)
	}
	return c
}

// DrumClip renders drum 1 to 18 in Scratch's numbering (wrapping around) as PlayDrum plays it
// at full volume and no effects, as a mono clip at rate.
func DrumClip(drum, rate int) *Clip {
	if rate <= 0 {
		return &Clip{Rate: rate, Channels: 1}
	}
	return renderDrum(&drumTable[wrapIndex(drum, len(drumTable))], rate)
}
