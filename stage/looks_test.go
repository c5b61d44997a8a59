package stage

import (
	"strings"
	"testing"
)

func TestSetSize(t *testing.T) {
	tests := []struct {
		name string
		c    Costume
		in   float64
		want float64
	}{
		{"plain", box(100, 100), 50, 50},
		// clamp(7/100, ...)*100 is 7.000000000000001 in floating point, as in Scratch.
		{"float artefact", box(100, 100), 7, 7.000000000000001},
		{"min square", box(100, 100), 1, 5},
		{"min uses shorter side", box(100, 50), 1, 10},
		{"zero", box(100, 50), 0, 10},
		{"negative", box(100, 50), -30, 10},
		{"max by width", box(100, 50), 1e6, 720},
		{"max by height", box(10, 90), 1e6, 600},
		{"tiny costume never shrinks", box(2, 2), 50, 100},
		{"tiny costume grows", box(2, 2), 1000, 1000},
	}
	for _, tt := range tests {
		w, s := addSprite(t, tt.c)
		w.SetSize(s, tt.in)
		if s.Size != tt.want {
			t.Errorf("%s: SetSize(%v) on %vx%v = %v, want %v", tt.name, tt.in, tt.c.Width, tt.c.Height, s.Size, tt.want)
		}
	}
}

func TestSetCostumeWraps(t *testing.T) {
	tests := []struct{ in, want int }{
		{0, 0}, {2, 2}, {3, 0}, {4, 1}, {-1, 2}, {-3, 0}, {-4, 2}, {301, 1},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(1, 1))
		s.Costumes = []Costume{box(1, 1), box(2, 2), box(3, 3)}
		w.SetCostume(s, tt.in)
		if s.Costume != tt.want {
			t.Errorf("SetCostume(%d) = %d, want %d", tt.in, s.Costume, tt.want)
		}
	}

	w := NewWorld()
	bare := NewSprite("bare")
	w.Add(bare)
	w.SetCostume(bare, 3)
	if bare.Costume != 0 {
		t.Errorf("SetCostume on a sprite without costumes = %d", bare.Costume)
	}
}

func TestSetBackdropWraps(t *testing.T) {
	w := NewWorld()
	w.Stage.Backdrops = []Costume{box(480, 360), box(480, 360)}
	w.SetBackdrop(3)
	if w.Stage.Backdrop != 1 || !w.Redraw {
		t.Errorf("SetBackdrop(3) = %d (redraw %v), want 1 (redraw true)", w.Stage.Backdrop, w.Redraw)
	}
}

func TestEffects(t *testing.T) {
	tests := []struct {
		e       Effect
		start   float64
		set     bool // set to v, or change by v
		v, want float64
	}{
		{EffectGhost, 0, true, 150, 100},
		{EffectGhost, 0, true, -5, 0},
		{EffectGhost, 90, false, 30, 100},
		{EffectGhost, 10, false, -30, 0},
		{EffectBrightness, 0, true, 150, 100},
		{EffectBrightness, 0, true, -150, -100},
		{EffectBrightness, -90, false, -30, -100},
		// Scratch's looks blocks clamp only ghost and brightness.
		{EffectColor, 0, true, 250, 250},
		{EffectColor, 190, false, 25, 215},
		{EffectFisheye, 0, true, -500, -500},
		{EffectWhirl, 0, true, 1000, 1000},
		{EffectPixelate, 0, true, -20, -20},
		{EffectMosaic, 0, true, 700, 700},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(10, 10))
		s.Effects[tt.e] = tt.start
		if tt.set {
			w.SetEffect(s, tt.e, tt.v)
		} else {
			w.ChangeEffect(s, tt.e, tt.v)
		}
		if got := s.Effects[tt.e]; got != tt.want {
			t.Errorf("%v from %v, set=%v %v: got %v, want %v", tt.e, tt.start, tt.set, tt.v, got, tt.want)
		}

		w.SetStageEffect(tt.e, tt.start)
		if tt.set {
			w.SetStageEffect(tt.e, tt.v)
		} else {
			w.ChangeStageEffect(tt.e, tt.v)
		}
		if got := w.Stage.Effects[tt.e]; got != tt.want {
			t.Errorf("stage %v from %v, set=%v %v: got %v, want %v", tt.e, tt.start, tt.set, tt.v, got, tt.want)
		}
	}

	w, s := addSprite(t, box(10, 10))
	w.SetEffect(s, EffectGhost, 50)
	w.SetEffect(s, Effect(99), 10) // ignored
	w.ClearEffects(s)
	if s.Effects != [NumEffects]float64{} {
		t.Errorf("ClearEffects left %v", s.Effects)
	}
}

func TestParseNames(t *testing.T) {
	for i := range Effect(NumEffects) {
		got, ok := ParseEffect(strings.ToUpper(i.String()))
		if !ok || got != i {
			t.Errorf("ParseEffect(%q) = %v, %v", strings.ToUpper(i.String()), got, ok)
		}
	}
	if _, ok := ParseEffect("sparkle"); ok {
		t.Error(`ParseEffect("sparkle") succeeded`)
	}
	for _, name := range []string{"all around", "left-right", "don't rotate"} {
		r, ok := ParseRotationStyle(name)
		if !ok || r.String() != name {
			t.Errorf("ParseRotationStyle(%q) = %v, %v", name, r, ok)
		}
	}
	if _, ok := ParseRotationStyle("Left-Right"); ok {
		t.Error("ParseRotationStyle matched a name in the wrong case")
	}
	if BubbleSay.String() != "say" || BubbleThink.String() != "think" {
		t.Error("BubbleKind names")
	}
}

func TestBubbles(t *testing.T) {
	w, s := addSprite(t, box(10, 10))

	seq1 := w.Say(s, BubbleSay, "hello")
	if s.Bubble == nil || s.Bubble.Text != "hello" || s.Bubble.Kind != BubbleSay || s.Bubble.Seq != seq1 {
		t.Fatalf("after say: %+v", s.Bubble)
	}
	// A newer think replaces it; the old "say for secs" must not clear it.
	seq2 := w.Say(s, BubbleThink, "hmm")
	if seq2 <= seq1 {
		t.Errorf("seq did not increase: %d then %d", seq1, seq2)
	}
	w.ClearBubble(s, seq1)
	if s.Bubble == nil || s.Bubble.Text != "hmm" || s.Bubble.Kind != BubbleThink {
		t.Fatalf("old seq cleared the newer bubble: %+v", s.Bubble)
	}
	w.ClearBubble(s, seq2)
	if s.Bubble != nil {
		t.Fatalf("ClearBubble(own seq) left %+v", s.Bubble)
	}

	// Saying "" removes the bubble and still takes a new number.
	seq3 := w.Say(s, BubbleSay, "hi")
	seq4 := w.Say(s, BubbleSay, "")
	if s.Bubble != nil || seq4 <= seq3 {
		t.Errorf("say \"\": bubble %+v, seq %d after %d", s.Bubble, seq4, seq3)
	}
	seq5 := w.Say(s, BubbleSay, "again")
	w.ClearBubble(s, seq3)
	if s.Bubble == nil || s.Bubble.Seq != seq5 {
		t.Errorf("stale seq cleared a newer bubble: %+v", s.Bubble)
	}

	// Text is cut at 330 characters, not bytes.
	long := strings.Repeat("あ", 400)
	w.Say(s, BubbleSay, long)
	if got := []rune(s.Bubble.Text); len(got) != BubbleLimit {
		t.Errorf("bubble has %d characters, want %d", len(got), BubbleLimit)
	}
	short := strings.Repeat("x", BubbleLimit)
	w.Say(s, BubbleSay, short)
	if s.Bubble.Text != short {
		t.Error("330 characters were cut")
	}

	// Hiding keeps the bubble; it shows again with the sprite.
	w.Hide(s)
	if s.Bubble == nil {
		t.Error("Hide removed the bubble")
	}

	other := NewSprite("O", box(10, 10))
	w.Add(other)
	w.Say(other, BubbleThink, "x")
	w.ClearAllBubbles()
	if s.Bubble != nil || other.Bubble != nil {
		t.Error("ClearAllBubbles left a bubble")
	}
}

func TestRedrawOnLooks(t *testing.T) {
	tests := []struct {
		name    string
		visible bool
		bubble  bool
		do      func(*World, *Sprite)
		want    bool
	}{
		{"show", false, false, func(w *World, s *Sprite) { w.Show(s) }, true},
		{"hide", true, false, func(w *World, s *Sprite) { w.Hide(s) }, false},
		{"hide with bubble", true, true, func(w *World, s *Sprite) { w.Hide(s) }, true},
		{"size", true, false, func(w *World, s *Sprite) { w.SetSize(s, 50) }, true},
		{"size hidden", false, false, func(w *World, s *Sprite) { w.SetSize(s, 50) }, false},
		{"costume", true, false, func(w *World, s *Sprite) { w.SetCostume(s, 0) }, true},
		{"effect", true, false, func(w *World, s *Sprite) { w.SetEffect(s, EffectColor, 5) }, true},
		{"effect hidden", false, false, func(w *World, s *Sprite) { w.SetEffect(s, EffectColor, 5) }, false},
		{"clear effects", true, false, func(w *World, s *Sprite) { w.ClearEffects(s) }, true},
		{"say", true, false, func(w *World, s *Sprite) { w.Say(s, BubbleSay, "a") }, true},
		{"say hidden", false, false, func(w *World, s *Sprite) { w.Say(s, BubbleSay, "a") }, false},
		{"say empty, no bubble", true, false, func(w *World, s *Sprite) { w.Say(s, BubbleSay, "") }, false},
		{"say empty, bubble", true, true, func(w *World, s *Sprite) { w.Say(s, BubbleSay, "") }, true},
		{"layers", true, false, func(w *World, s *Sprite) { w.GoToBack(s) }, false},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(10, 10))
		s.Visible = tt.visible
		if tt.bubble {
			s.Bubble = &Bubble{Text: "b"}
		}
		w.Redraw = false
		tt.do(w, s)
		if w.Redraw != tt.want {
			t.Errorf("%s: Redraw = %v, want %v", tt.name, w.Redraw, tt.want)
		}
	}
}
