package sound

import (
	"math"
	"math/cmplx"
	"testing"
)

// render ticks m n times and returns the stereo frames.
func render(m *Mixer, ticks int) []float32 {
	var out []float32
	for range ticks {
		out = m.Tick(out)
	}
	return out
}

// channel returns channel ch (0 left, 1 right) of interleaved stereo frames.
func channel(stereo []float32, ch int) []float64 {
	out := make([]float64, len(stereo)/2)
	for i := range out {
		out[i] = float64(stereo[2*i+ch])
	}
	return out
}

// sine returns a mono clip of a sine at hz, amp high, secs long at rate.
func sine(hz, amp, secs float64, rate int) *Clip {
	n := int(math.Round(secs * float64(rate)))
	c := &Clip{Rate: rate, Channels: 1, Samples: make([]float32, n)}
	for i := range c.Samples {
		c.Samples[i] = float32(amp * math.Sin(2*math.Pi*hz*float64(i)/float64(rate)))
	}
	return c
}

// constant returns a mono clip of frames samples all equal to v.
func constant(v float32, frames, rate int) *Clip {
	c := &Clip{Rate: rate, Channels: 1, Samples: make([]float32, frames)}
	for i := range c.Samples {
		c.Samples[i] = v
	}
	return c
}

// spectrum returns the magnitudes of the Hann-windowed signal x, zero-padded to a power of
// two at least 4 times its length, and the width in Hz of a bin at rate.
func spectrum(x []float64, rate float64) (mag []float64, binHz float64) {
	n := 1
	for n < 4*len(x) {
		n *= 2
	}
	a := make([]complex128, n)
	for i, v := range x {
		w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(len(x)-1))
		a[i] = complex(v*w, 0)
	}
	fft(a)
	mag = make([]float64, n/2)
	for i := range mag {
		mag[i] = cmplx.Abs(a[i])
	}
	return mag, rate / float64(n)
}

// fft transforms a in place; len(a) is a power of two.
func fft(a []complex128) {
	n := len(a)
	for i, j := 1, 0; i < n; i++ {
		bit := n >> 1
		for ; j&bit != 0; bit >>= 1 {
			j ^= bit
		}
		j ^= bit
		if i < j {
			a[i], a[j] = a[j], a[i]
		}
	}
	for size := 2; size <= n; size <<= 1 {
		w := cmplx.Exp(complex(0, -2*math.Pi/float64(size)))
		for start := 0; start < n; start += size {
			t := complex(1, 0)
			for k := range size / 2 {
				u, v := a[start+k], a[start+k+size/2]*t
				a[start+k], a[start+k+size/2] = u+v, u-v
				t *= w
			}
		}
	}
}

// peakHz returns the frequency of the strongest spectral peak of x between lo and hi Hz.
func peakHz(x []float64, rate, lo, hi float64) float64 {
	mag, bin := spectrum(x, rate)
	best, at := -1.0, 0
	for i := int(lo / bin); i <= int(hi/bin) && i < len(mag); i++ {
		if mag[i] > best {
			best, at = mag[i], i
		}
	}
	return float64(at) * bin
}

func peak(x []float64) float64 {
	p := 0.0
	for _, v := range x {
		p = math.Max(p, math.Abs(v))
	}
	return p
}

func rms(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s / float64(len(x)))
}

// near reports whether got is within frac of want.
func near(got, want, frac float64) bool { return math.Abs(got-want) <= frac*want }

func allZero(x []float32) bool {
	for _, v := range x {
		if v != 0 {
			return false
		}
	}
	return true
}

func TestFFTFindsASine(t *testing.T) {
	c := sine(1000, 1, 0.5, Rate)
	x := make([]float64, len(c.Samples))
	for i, v := range c.Samples {
		x[i] = float64(v)
	}
	if got := peakHz(x, Rate, 20, 20000); !near(got, 1000, 0.001) {
		t.Fatalf("peak at %v Hz, want 1000", got)
	}
}
