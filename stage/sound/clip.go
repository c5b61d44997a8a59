package sound

// Clip is a decoded sound: PCM samples between -1 and 1 at the clip's own rate, interleaved
// when it has two channels. The mixer converts the rate as it plays.
type Clip struct {
	Rate     int       // frames a second
	Channels int       // 1 (mono) or 2 (stereo: left, right)
	Samples  []float32 // Frames()*Channels values
}

// Frames returns the number of frames in the clip: samples per channel.
func (c *Clip) Frames() int {
	if c == nil || c.Channels <= 0 {
		return 0
	}
	return len(c.Samples) / c.Channels
}

// Seconds returns how long the clip plays at its own rate.
func (c *Clip) Seconds() float64 {
	if c == nil || c.Rate <= 0 {
		return 0
	}
	return float64(c.Frames()) / float64(c.Rate)
}
