package sound

import "math"

// Noise is a deterministic white noise generator (xorshift64*), seeded by its value, which
// must not be 0. The instruments, the drums and the library's sound effects share it.
type Noise uint64

// Next returns the next sample, uniform in [-1, 1).
func (s *Noise) Next() float64 {
	x := uint64(*s)
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	*s = Noise(x)
	return float64((x*0x2545F4914F6CDD1D)>>11)/(1<<52) - 1
}

// bandpass is a state-variable filter (the trapezoidal form of Andrew Simper's, stable at
// any setting) whose band-pass output has a gain of 1 at its centre.
type bandpass struct {
	a1, a2, a3, k float64
	ic1, ic2      float64
}

// newBandpass returns a band-pass filter centred on hz, of quality q, at rate.
func newBandpass(hz, q, rate float64) bandpass {
	g := math.Tan(math.Pi * math.Min(hz, 0.45*rate) / rate)
	k := 1 / q
	a1 := 1 / (1 + g*(g+k))
	return bandpass{a1: a1, a2: g * a1, a3: g * g * a1, k: k}
}

func (f *bandpass) filter(x float64) float64 {
	v3 := x - f.ic2
	v1 := f.a1*f.ic1 + f.a2*v3
	v2 := f.ic2 + f.a2*f.ic1 + f.a3*v3
	f.ic1 = 2*v1 - f.ic1
	f.ic2 = 2*v2 - f.ic2
	return f.k * v1
}

// decayPerFrame returns the factor that takes a level to 1/e in secs at rate; 1 (no decay)
// for secs <= 0.
func decayPerFrame(secs, rate float64) float64 {
	if secs <= 0 {
		return 1
	}
	return math.Exp(-1 / (secs * rate))
}
