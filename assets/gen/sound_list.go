package main

import (
	"math"

	"tsumiki/assets"
	"tsumiki/stage/sound"
)

// A librarySound is one sound of the library and how to make it.
type librarySound struct {
	name     string // the item's name in the library, and its file name without ".mp3"
	category assets.Category
	make     func() track
}

// librarySounds lists the library's sounds in catalogue order.
func librarySounds() []librarySound {
	return []librarySound{
		{"pop", assets.Effects, pop},
		{"boing", assets.Effects, boing},
		{"whoosh", assets.Effects, whoosh},
		{"splash", assets.Effects, splash},
		{"click", assets.Effects, click},
		{"beep", assets.Effects, beep},
		{"coin", assets.Effects, coin},
		{"jump", assets.Effects, jump},
		{"laser", assets.Effects, laser},
		{"bell", assets.Effects, bell},
		{"clapping", assets.Effects, clapping},
		{"door-knock", assets.Effects, doorKnock},
		{"magic", assets.Effects, magic},
		{"drip", assets.Effects, drip},
		{"buzzer", assets.Effects, buzzer},
		{"fanfare", assets.Jingles, fanfare},
		{"success", assets.Jingles, success},
		{"try-again", assets.Jingles, tryAgain},
		{"start", assets.Jingles, start},
		{"level-up", assets.Jingles, levelUp},
		{"game-over", assets.Jingles, gameOver},
		{"piano-c", assets.Instruments, single(sound.Piano, 60, 1.5)},
		{"guitar-strum", assets.Instruments, guitarStrum},
		{"marimba-c", assets.Instruments, single(sound.Marimba, 72, 0.8)},
		{"music-box-c", assets.Instruments, single(sound.MusicBox, 72, 1.2)},
		{"organ-chord", assets.Instruments, organChord},
		{"flute-c", assets.Instruments, single(sound.Flute, 72, 1)},
		{"bass-drum", assets.Instruments, drumHit(sound.BassDrum)},
		{"snare-drum", assets.Instruments, drumHit(sound.SnareDrum)},
		{"cymbal", assets.Instruments, drumHit(sound.CrashCymbal)},
	}
}

// MIDI note numbers, 60 being middle C (C4).
const (
	noteC4  = 60
	noteE4  = 64
	noteF4  = 65
	noteFs4 = 66
	noteG4  = 67
	noteA4  = 69
	noteC5  = 72
	noteE5  = 76
	noteG5  = 79
	noteC6  = 84
)

// The effects: short sounds made of tones and noise.

func pop() track {
	t := newTrack(0.15)
	t.tone(0, 0.15, sineWave, glide(1100, 280, 0.025), pluck(0.002, 0.03))
	t.hiss(0, 0.02, 1, steady(2500), 1, times(steady(0.3), pluck(0.001, 0.004)))
	return t.finish(0.85)
}

func boing() track {
	t := newTrack(0.7)
	// A spring: a pitch rising as it wobbles less and less.
	hz := func(x float64) float64 {
		return glide(120, 260, 0.3)(x) * (1 + 0.25*math.Sin(2*math.Pi*9*x)*math.Exp(-x/0.3))
	}
	t.tone(0, 0.7, triangleWave, hz, pluck(0.005, 0.25))
	t.tone(0, 0.7, softSquare, hz, times(steady(0.25), pluck(0.005, 0.12)))
	return t.finish(0.8)
}

func whoosh() track {
	t := newTrack(0.6)
	shape := swell(0.6, 0.45)
	t.hiss(0, 0.6, 2, func(x float64) float64 { return 300 + 2500*shape(x) }, 0.9, shape)
	t.hiss(0, 0.6, 3, func(x float64) float64 { return 500 + 4000*shape(x) }, 1.5, times(steady(0.5), shape))
	return t.finish(0.8)
}

func splash() track {
	t := newTrack(0.9)
	t.hiss(0, 0.9, 4, glide(3000, 900, 0.25), 0.6, pluck(0.005, 0.18))
	// Droplets falling back: short rising blips at scattered times.
	r := sound.Noise(5)
	for range 14 {
		at := 0.05 + 0.65*(r.Next()+1)/2
		f := 700 + 450*(r.Next()+1)
		gain := 0.35 * math.Exp(-at/0.4) * (0.6 + 0.2*(r.Next()+1))
		t.tone(at, 0.06, sineWave, glide(f, 2.2*f, 0.02), times(steady(gain), pluck(0.001, 0.012)))
	}
	return t.finish(0.8)
}

func click() track {
	t := newTrack(0.06)
	t.hiss(0, 0.02, 6, steady(3500), 1.5, pluck(0.0005, 0.002))
	t.tone(0, 0.03, sineWave, steady(1800), times(steady(0.5), pluck(0.0005, 0.004)))
	return t.finish(0.8)
}

func beep() track {
	t := newTrack(0.25)
	t.tone(0, 0.25, softSquare, steady(880), hold(0.25, 0.01))
	return t.finish(0.7)
}

func coin() track {
	t := newTrack(0.45)
	t.tone(0, 0.08, squareWave, steady(988), hold(0.08, 0.003))
	t.tone(0.08, 0.37, squareWave, steady(1319), times(pluck(0.002, 0.15), hold(0.37, 0.01)))
	return t.finish(0.7)
}

func jump() track {
	t := newTrack(0.3)
	hz := func(x float64) float64 { return 220 * math.Pow(3, math.Min(1, x/0.25)) }
	t.tone(0, 0.3, softSquare, hz, times(hold(0.3, 0.01), pluck(0.005, 0.25)))
	return t.finish(0.7)
}

func laser() track {
	t := newTrack(0.35)
	hz := func(x float64) float64 { return glide(2200, 300, 0.09)(x) * (1 + 0.03*math.Sin(2*math.Pi*30*x)) }
	t.tone(0, 0.35, sawWave, hz, pluck(0.002, 0.15))
	return t.finish(0.7)
}

func bell() track {
	t := newTrack(1.6)
	// A small bell's partials: the hum an octave down, the fundamental, a minor third, a
	// fifth, the octave and the bright ones above, each dying at its own speed.
	for _, p := range []struct{ ratio, amp, decay float64 }{
		{0.5, 0.3, 1.2}, {1, 1, 1}, {1.19, 0.5, 0.8}, {1.5, 0.35, 0.6}, {2, 0.45, 0.5},
		{2.51, 0.25, 0.35}, {2.66, 0.2, 0.3}, {3.01, 0.15, 0.2}, {4.1, 0.1, 0.12},
	} {
		t.tone(0, 1.6, sineWave, steady(1046.5*p.ratio), times(steady(p.amp), pluck(0.001, p.decay)))
	}
	return t.finish(0.8)
}

func clapping() track {
	t := newTrack(0.85)
	for i, gain := range []float64{1, 0.85, 0.95, 0.8, 0.9} {
		t.drum(0.16*float64(i), sound.HandClap, gain)
	}
	return t.finish(0.8)
}

func doorKnock() track {
	t := newTrack(0.5)
	for i := range 3 {
		at := 0.15 * float64(i)
		t.tone(at, 0.12, sineWave, glide(240, 150, 0.02), pluck(0.001, 0.03))
		t.tone(at, 0.06, triangleWave, steady(420), times(steady(0.4), pluck(0.001, 0.015)))
		t.hiss(at, 0.04, uint64(7+i), steady(900), 2, times(steady(0.6), pluck(0.0005, 0.006)))
	}
	return t.finish(0.85)
}

func magic() track {
	t := newTrack(1.3)
	for i, n := range []float64{84, 86, 88, 91, 93, 96, 98, 100} {
		t.note(0.06*float64(i), sound.MusicBox, n, 0.6, 0.6)
	}
	t.hiss(0, 1.3, 8, steady(7000), 2, times(steady(0.15), swell(1.3, 0.3)))
	return t.finish(0.75)
}

func drip() track {
	t := newTrack(0.3)
	t.tone(0, 0.3, sineWave, glide(450, 1400, 0.035), pluck(0.001, 0.04))
	return t.finish(0.8)
}

func buzzer() track {
	t := newTrack(0.7)
	t.tone(0, 0.7, squareWave, steady(110), times(steady(0.5), hold(0.7, 0.01)))
	t.tone(0, 0.7, squareWave, steady(116.5), times(steady(0.5), hold(0.7, 0.01)))
	return t.finish(0.6)
}

// The jingles: short tunes on the music extension's instruments and drums.

// A tuneNote is one note of a jingle: when it starts and how long it lasts, in seconds.
type tuneNote struct{ at, note, dur float64 }

// play adds the notes on instrument at gain.
func (t track) play(instrument int, gain float64, notes ...tuneNote) {
	for _, n := range notes {
		t.note(n.at, instrument, n.note, n.dur, gain)
	}
}

func fanfare() track {
	t := newTrack(2.1)
	t.play(sound.Trombone, 1,
		tuneNote{0, noteG4, 0.14}, tuneNote{0.15, noteC5, 0.14}, tuneNote{0.3, noteE5, 0.14},
		tuneNote{0.45, noteG5, 0.29}, tuneNote{0.75, noteE5, 0.14}, tuneNote{0.9, noteG5, 1.15})
	t.play(sound.Trombone, 0.6, tuneNote{0.9, noteC4, 1.15}, tuneNote{0.9, noteE4, 1.15}, tuneNote{0.9, noteG4, 1.15})
	for _, at := range []float64{0, 0.15, 0.3, 0.45, 0.75} {
		t.drum(at, sound.SnareDrum, 0.35)
	}
	t.drum(0.9, sound.CrashCymbal, 0.4)
	t.drum(0.9, sound.BassDrum, 0.6)
	return t.finish(0.85)
}

func success() track {
	t := newTrack(1.3)
	t.play(sound.Marimba, 1,
		tuneNote{0, noteC5, 0.2}, tuneNote{0.09, noteE5, 0.2}, tuneNote{0.18, noteG5, 0.2}, tuneNote{0.27, noteC6, 0.3})
	t.play(sound.Vibraphone, 0.7, tuneNote{0.36, noteC6, 0.94}, tuneNote{0.36, noteE5 + 12, 0.94})
	return t.finish(0.85)
}

func tryAgain() track {
	t := newTrack(2)
	t.play(sound.Trombone, 1,
		tuneNote{0, noteG4, 0.34}, tuneNote{0.38, noteFs4, 0.34}, tuneNote{0.76, noteF4, 0.34}, tuneNote{1.14, noteE4, 0.86})
	return t.finish(0.75)
}

func start() track {
	t := newTrack(1.6)
	t.play(sound.SynthLead, 1, tuneNote{0, noteA4, 0.15}, tuneNote{0.5, noteA4, 0.15}, tuneNote{1, noteA4 + 12, 0.55})
	return t.finish(0.75)
}

func levelUp() track {
	t := newTrack(1.1)
	for i, n := range []float64{noteC5, noteE5, noteG5, noteC6, noteE5 + 24, noteG5 + 24} {
		t.note(0.06*float64(i), sound.SynthLead, n, 0.12, 1)
	}
	t.play(sound.SynthLead, 1, tuneNote{0.36, noteC6 + 12, 0.6})
	t.play(sound.MusicBox, 0.5, tuneNote{0.36, noteC6 + 12, 0.7})
	return t.finish(0.75)
}

func gameOver() track {
	t := newTrack(1.9)
	t.play(sound.SynthLead, 1,
		tuneNote{0, noteC5, 0.22}, tuneNote{0.25, noteG4, 0.22}, tuneNote{0.5, noteE4, 0.22}, tuneNote{0.8, noteC4, 1.05})
	t.play(sound.SynthPad, 0.8, tuneNote{0.8, noteC4 - 12, 1.05})
	t.drum(0.8, sound.BassDrum, 0.5)
	return t.finish(0.75)
}

// The instruments: single notes and chords.

// single is one note of an instrument, dur seconds long.
func single(instrument int, note, dur float64) func() track {
	return func() track {
		t := newTrack(dur)
		t.note(0, instrument, note, dur, 1)
		return t.finish(0.8)
	}
}

func guitarStrum() track {
	t := newTrack(2)
	// A C major chord strummed down: C3 E3 G3 C4 E4.
	for i, n := range []float64{48, 52, 55, 60, 64} {
		at := 0.02 * float64(i)
		t.note(at, sound.Guitar, n, 2-at, 1)
	}
	return t.finish(0.8)
}

func organChord() track {
	t := newTrack(1.3)
	t.play(sound.Organ, 1, tuneNote{0, noteC4, 1.3}, tuneNote{0, noteE4, 1.3}, tuneNote{0, noteG4, 1.3})
	return t.finish(0.8)
}

// drumHit is one drum, as long as it sounds.
func drumHit(drum int) func() track {
	return func() track {
		c := sound.DrumClip(drum, trackRate)
		t := make(track, c.Frames())
		t.clip(0, c, 1)
		return t.finish(0.85)
	}
}
