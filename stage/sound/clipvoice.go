package sound

import "math"

// Positions in a clip are fixed point, 32 bits of frame and 32 of fraction, so that how many
// frames a clip lasts is an exact integer sum that ClipTicks can predict.
const (
	fracBits = 32
	fracOne  = 1 << fracBits
	fracMask = fracOne - 1
)

// clipStep returns how far a clip at rate advances for each output frame at the playback
// rate ratio, in fixed point, and at least 1. It is rounded up, so that a clip lasts its
// exact length at Rate rounded up to a whole frame, never a frame more.
func clipStep(rate int, ratio float64) uint64 {
	return max(1, uint64(math.Ceil(float64(rate)*fracOne*ratio/Rate)))
}

// outFrames returns how many output frames a clip of n frames lasts at step: the number of
// positions 0, step, 2·step… before its end.
func outFrames(n int, step uint64) uint64 {
	end := uint64(n) << fracBits
	return (end + step - 1) / step
}

// clipSource plays a clip, converting its rate to Rate with the pitch's ratio by linear
// interpolation between neighbouring frames (the frame after the last is silence).
type clipSource struct {
	c    *Clip
	pos  uint64 // fixed point
	step uint64
}

func newClipSource(c *Clip, ratio float64) *clipSource {
	return &clipSource{c: c, step: clipStep(c.Rate, ratio)}
}

func (s *clipSource) setRatio(ratio float64) { s.step = clipStep(s.c.Rate, ratio) }

func (s *clipSource) stereo() bool { return s.c.Channels >= 2 }

func (s *clipSource) ended() bool { return s.pos >= uint64(s.c.Frames())<<fracBits }

func (s *clipSource) render(l, r []float64) int {
	n := s.c.Frames()
	x := s.c.Samples
	var i int
	if s.c.Channels == 1 {
		i = s.mono(l, x[:n])
	} else {
		i = s.twoChannels(l, r, x[:n*s.c.Channels], s.c.Channels)
	}
	return i
}

// mono plays a mono clip x into l.
func (s *clipSource) mono(l []float64, x []float32) int {
	n := len(x)
	pos, step := s.pos, s.step
	i := 0
	if step == fracOne && pos&fracMask == 0 {
		// The clip's rate is Rate and the pitch is 0: a copy.
		k := int(pos >> fracBits)
		i = min(len(l), n-k)
		for j, v := range x[k : k+i] {
			l[j] = float64(v)
		}
		s.pos += uint64(i) << fracBits
		return i
	}
	// Up to the last frame both neighbours are in the clip; the last fades to silence.
	inner := uint64(n-1) << fracBits
	for ; i < len(l) && pos < inner; i++ {
		k := int(pos >> fracBits)
		f := float64(pos&fracMask) * (1.0 / fracOne)
		a, b := float64(x[k]), float64(x[k+1])
		l[i] = a + (b-a)*f
		pos += step
	}
	end := uint64(n) << fracBits
	for ; i < len(l) && pos < end; i++ {
		f := float64(pos&fracMask) * (1.0 / fracOne)
		l[i] = float64(x[n-1]) * (1 - f)
		pos += step
	}
	s.pos = pos
	return i
}

// twoChannels plays the first two channels of a clip x of ch channels into l and r.
func (s *clipSource) twoChannels(l, r []float64, x []float32, ch int) int {
	n := len(x) / ch
	end := uint64(n) << fracBits
	i := 0
	for ; i < len(l) && s.pos < end; i++ {
		k := int(s.pos >> fracBits)
		f := float64(s.pos&fracMask) * (1.0 / fracOne)
		al, ar := float64(x[k*ch]), float64(x[k*ch+1])
		bl, br := 0.0, 0.0
		if k+1 < n {
			bl, br = float64(x[(k+1)*ch]), float64(x[(k+1)*ch+1])
		}
		l[i] = al + (bl-al)*f
		r[i] = ar + (br-ar)*f
		s.pos += s.step
	}
	return i
}
