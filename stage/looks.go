package stage

import "math"

// BubbleLimit is the most characters a speech or thought bubble shows.
const BubbleLimit = 330

// SetSize sets s's size in percent of its costume, limited as Scratch
// limits it: the costume's shorter side stays at least 5 pixels (unless the
// costume is smaller than that already, when 100% is the least), and the
// sprite is at most 1.5 times the stage in each dimension. NaN is ignored.
func (w *World) SetSize(s *Sprite, percent float64) {
	if math.IsNaN(percent) {
		return
	}
	if c, ok := s.CurrentCostume(); ok {
		minScale := math.Min(1, math.Max(5/c.Width, 5/c.Height))
		maxScale := math.Min(1.5*Width/c.Width, 1.5*Height/c.Height)
		percent = math.Min(math.Max(percent/100, minScale), maxScale) * 100
	}
	s.Size = percent
	if s.Visible {
		w.Redraw = true
	}
}

// wrapIndex wraps i into 0..n-1 as scratch-vm's wrapClamp(i, 0, n-1) does.
func wrapIndex(i, n int) int {
	i %= n
	if i < 0 {
		i += n
	}
	return i
}

// SetCostume makes s wear costume i (0-based), wrapped into range like
// Scratch: with 3 costumes, 3 is the first and -1 the last. A sprite
// without costumes is unchanged. Callers turn Scratch's 1-based numbers,
// names and rounding into i.
func (w *World) SetCostume(s *Sprite, i int) {
	if len(s.Costumes) == 0 {
		return
	}
	s.Costume = wrapIndex(i, len(s.Costumes))
	if s.Visible {
		w.Redraw = true
	}
}

// SetBackdrop shows backdrop i (0-based), wrapped into range like
// SetCostume.
func (w *World) SetBackdrop(i int) {
	if len(w.Stage.Backdrops) == 0 {
		return
	}
	w.Stage.Backdrop = wrapIndex(i, len(w.Stage.Backdrops))
	w.Redraw = true
}

// clampEffect limits an effect value as scratch-vm's looks blocks do: ghost
// to 0..100 and brightness to -100..100. Other effects are stored as given;
// the drawing code maps them (color wraps, for example).
func clampEffect(e Effect, v float64) float64 {
	switch e {
	case EffectGhost:
		return math.Min(math.Max(v, 0), 100)
	case EffectBrightness:
		return math.Min(math.Max(v, -100), 100)
	}
	return v
}

func validEffect(e Effect, v float64) bool {
	return e >= 0 && e < NumEffects && !math.IsNaN(v)
}

// SetEffect sets graphic effect e of s to v, clamped as Scratch clamps it.
// An unknown effect or NaN is ignored.
func (w *World) SetEffect(s *Sprite, e Effect, v float64) {
	if !validEffect(e, v) {
		return
	}
	s.Effects[e] = clampEffect(e, v)
	if s.Visible {
		w.Redraw = true
	}
}

// ChangeEffect adds delta to graphic effect e of s, clamped as Scratch
// clamps it.
func (w *World) ChangeEffect(s *Sprite, e Effect, delta float64) {
	if !validEffect(e, delta) {
		return
	}
	w.SetEffect(s, e, s.Effects[e]+delta)
}

// ClearEffects sets every graphic effect of s to 0.
func (w *World) ClearEffects(s *Sprite) {
	s.Effects = [NumEffects]float64{}
	if s.Visible {
		w.Redraw = true
	}
}

// SetStageEffect sets graphic effect e of the stage, clamped as for
// sprites.
func (w *World) SetStageEffect(e Effect, v float64) {
	if !validEffect(e, v) {
		return
	}
	w.Stage.Effects[e] = clampEffect(e, v)
	w.Redraw = true
}

// ChangeStageEffect adds delta to graphic effect e of the stage.
func (w *World) ChangeStageEffect(e Effect, delta float64) {
	if !validEffect(e, delta) {
		return
	}
	w.SetStageEffect(e, w.Stage.Effects[e]+delta)
}

// ClearStageEffects sets every graphic effect of the stage to 0.
func (w *World) ClearStageEffects() {
	w.Stage.Effects = [NumEffects]float64{}
	w.Redraw = true
}

// Show makes s visible, with its bubble if it has one.
func (w *World) Show(s *Sprite) {
	s.Visible = true
	w.Redraw = true
}

// Hide makes s invisible. Its bubble is kept and comes back on Show, as in
// Scratch. Only a bubble going away asks for a redraw: Scratch's hide does
// not request one for the sprite itself.
func (w *World) Hide(s *Sprite) {
	wasShowingBubble := s.Visible && s.Bubble != nil
	s.Visible = false
	if wasShowingBubble {
		w.Redraw = true
	}
}

// Say gives s a speech or thought bubble with text, cut to BubbleLimit
// characters, and returns the new bubble's sequence number for
// ClearBubble. Empty text removes the bubble but still takes a new number,
// so an older "say for secs" will not clear a later bubble. The caller
// formats numbers as Scratch does (non-integers with two decimals).
func (w *World) Say(s *Sprite, kind BubbleKind, text string) int {
	w.bubbleSeq++
	had := s.Bubble != nil
	if text == "" {
		s.Bubble = nil
	} else {
		s.Bubble = &Bubble{Kind: kind, Text: truncateRunes(text, BubbleLimit), Seq: w.bubbleSeq}
	}
	if s.Visible && (had || s.Bubble != nil) {
		w.Redraw = true
	}
	return w.bubbleSeq
}

// ClearBubble removes s's bubble if it is still the one numbered seq, as
// the end of "say for secs" and "think for secs" does.
func (w *World) ClearBubble(s *Sprite, seq int) {
	if s.Bubble == nil || s.Bubble.Seq != seq {
		return
	}
	w.bubbleSeq++
	s.Bubble = nil
	if s.Visible {
		w.Redraw = true
	}
}

// ClearAllBubbles removes every bubble, as stop and the green flag do.
func (w *World) ClearAllBubbles() {
	for _, s := range w.Sprites {
		if s.Bubble == nil {
			continue
		}
		if s.Visible {
			w.Redraw = true
		}
		s.Bubble = nil
	}
}

// truncateRunes returns the first n characters of text.
func truncateRunes(text string, n int) string {
	if len(text) <= n {
		return text
	}
	i := 0
	for pos := range text {
		if i == n {
			return text[:pos]
		}
		i++
	}
	return text
}
