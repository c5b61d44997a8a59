package runtime

import (
	"errors"
	"math"
	"slices"
	"testing"

	"tsumiki/blocks"
	"tsumiki/stage"
	"tsumiki/stage/sound"
)

// soundAssets gives every costume a 10×10 square and every sound the clip named by its file.
type soundAssets map[string]*sound.Clip

func (a soundAssets) Costume(_ string, m blocks.Media) (stage.Costume, error) {
	return stage.Costume{Name: m.Name, Width: 10, Height: 10, CenterX: 5, CenterY: 5}, nil
}

func (a soundAssets) Sound(_ string, m blocks.Media) (*sound.Clip, error) {
	if c, ok := a[m.File]; ok {
		return c, nil
	}
	return nil, errors.New("no sound " + m.File)
}

// constClip is a mono clip of frames samples, all v.
func constClip(rate, frames int, v float32) *sound.Clip {
	c := &sound.Clip{Rate: rate, Channels: 1, Samples: make([]float32, frames)}
	for i := range c.Samples {
		c.Samples[i] = v
	}
	return c
}

// soundSprite is a sprite with the sounds "hum" and "long", made from the files of the same
// name.
func soundSprite(scripts ...obj) obj {
	s := spriteWith("S", 1, scripts...)
	s["sounds"] = []obj{{"name": "hum", "file": "hum.wav"}, {"name": "long", "file": "long.wav"}}
	return s
}

var testSounds = soundAssets{
	"hum.wav":  constClip(sound.Rate, sound.Rate*10, 0.5), // ten seconds of 0.5
	"long.wav": constClip(44100, 44101, 0.1),              // one second and one frame
}

// saidAt returns the tick of each say event, in order.
func saidAt(events []Event) []int64 {
	var ticks []int64
	for _, e := range events {
		if e.Kind == "say" {
			ticks = append(ticks, e.Tick)
		}
	}
	return ticks
}

func TestMusicBlocksWaitTheirBeats(t *testing.T) {
	p := project(t, nil, nil, soundSprite(script(
		blk("h", "event_whenflagclicked"),
		blk("n", "music_playNoteForBeats", inputs("NOTE", 69, "BEATS", 1)), // tempo 60: 1 s
		sayBlock("s1", "a"),
		blk("t", "music_setTempo", inputs("TEMPO", 120)),
		blk("n2", "music_playNoteForBeats", inputs("NOTE", 60, "BEATS", 1)), // 0.5 s
		sayBlock("s2", "b"),
		blk("r", "music_restForBeats", inputs("BEATS", 0.25)), // 0.125 s: 3.75 ticks
		sayBlock("s3", "c"),
		blk("d", "music_playDrumForBeats", inputs("DRUM", 1, "BEATS", 0)), // a tick
		sayBlock("s4", "d"),
		blk("z", "music_playNoteForBeats", inputs("NOTE", 60, "BEATS", 0)), // no note, no wait
		sayBlock("s5", "e"),
	)))
	events, _ := trace(t, p, Headless{Options: Options{Assets: testSounds, Sound: true}})
	want := []int64{30, 45, 49, 50, 50}
	if got := saidAt(events); !slices.Equal(got, want) {
		t.Errorf("said at ticks %v, want %v", got, want)
	}
	var notes []string
	for _, e := range events {
		if e.Kind == "note" || e.Kind == "drum" {
			notes = append(notes, e.Kind+" "+e.Text)
		}
	}
	if want := []string{"note 69", "note 60", "drum 1"}; !slices.Equal(notes, want) {
		t.Errorf("trace has %q, want %q", notes, want)
	}
}

func TestTempoAndInstrumentFollowScratch(t *testing.T) {
	p := project(t, nil, nil, soundSprite(script(
		blk("h", "event_whenflagclicked"),
		blk("t1", "music_setTempo", inputs("TEMPO", 1000)),
		blk("s1", "looks_say", inputs("MESSAGE", blk("r1", "music_getTempo"))),
		blk("t2", "music_changeTempo", inputs("TEMPO", -1000)),
		blk("s2", "looks_say", inputs("MESSAGE", blk("r2", "music_getTempo"))),
		blk("t3", "music_setTempo", inputs("TEMPO", "abc")),
		blk("s3", "looks_say", inputs("MESSAGE", blk("r3", "music_getTempo"))),
	)))
	events, _ := trace(t, p, Headless{})
	if got, want := says(events), []string{"0 S 500", "0 S 20", "0 S 20"}; !slices.Equal(got, want) {
		t.Errorf("said %q, want %q", got, want)
	}
	for _, c := range []struct {
		in   float64
		want int
	}{{1, 1}, {21, 21}, {22, 1}, {0, 21}, {-1, 20}, {2.5, 3}, {math.NaN(), 1}} {
		if got := wrap(c.in, instruments); got != c.want {
			t.Errorf("wrap(%v, 21) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestPlayUntilDoneWaitsTheSoundsLength(t *testing.T) {
	p := project(t, nil, nil, soundSprite(script(
		blk("h", "event_whenflagclicked"),
		blk("p1", "sound_playuntildone", inputs("SOUND_MENU", "long")), // 1 s + 1 frame: 31 ticks
		sayBlock("s1", "a"),
		blk("e", "sound_seteffectto", fields("EFFECT", "PITCH"), inputs("VALUE", 120)),
		blk("p2", "sound_playuntildone", inputs("SOUND_MENU", "long")), // twice as fast: 16 ticks
		sayBlock("s2", "b"),
	)))
	events, _ := trace(t, p, Headless{Options: Options{Assets: testSounds}})
	if got, want := saidAt(events), []int64{31, 47}; !slices.Equal(got, want) {
		t.Errorf("said at ticks %v, want %v", got, want)
	}
}

// peak returns the largest absolute sample.
func peak(samples []float32) float64 {
	m := 0.0
	for _, s := range samples {
		m = math.Max(m, math.Abs(float64(s)))
	}
	return m
}

func TestSoundsReachTheMixer(t *testing.T) {
	p := project(t, nil, nil, soundSprite(
		script(blk("h", "event_whenflagclicked"), blk("p", "sound_play", inputs("SOUND_MENU", "hum"))),
		script(blk("h2", "event_whenkeypressed", fields("KEY_OPTION", "q")),
			blk("v", "sound_setvolumeto", inputs("VOLUME", 50))),
		script(blk("h3", "event_whenkeypressed", fields("KEY_OPTION", "x")),
			blk("x", "sound_stopallsounds")),
	))
	rt, err := New(p, Options{Assets: testSounds, Sound: true})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if got := len(rt.Samples()); got != 0 {
		t.Fatalf("%d samples before the first tick", got)
	}
	rt.GreenFlag()
	rt.Step()
	if got, want := len(rt.Samples()), 2*sound.Rate/30; got != want {
		t.Fatalf("a tick has %d samples, want %d", got, want)
	}
	if got := peak(rt.Samples()); math.Abs(got-0.5) > 1e-6 {
		t.Fatalf("playing hum peaks at %v, want 0.5", got)
	}
	rt.Send(Input{Tick: rt.Tick(), Kind: "keydown", Key: "q"})
	rt.Step()
	rt.Step()
	if got := peak(rt.Samples()); math.Abs(got-0.25) > 1e-6 {
		t.Errorf("at volume 50 hum peaks at %v, want 0.25", got)
	}
	rt.Send(Input{Tick: rt.Tick(), Kind: "keydown", Key: "x"})
	rt.Step() // the sound fades out over this tick
	rt.Step()
	if got := peak(rt.Samples()); got != 0 {
		t.Errorf("after stop all sounds the tick peaks at %v, want silence", got)
	}
	rt.GreenFlag()
	rt.Step()
	if got := peak(rt.Samples()); got == 0 {
		t.Fatal("the green flag's sound is silent")
	}
	rt.StopAll()
	rt.Step()
	rt.Step()
	if got := peak(rt.Samples()); got != 0 {
		t.Errorf("after the stop sign the tick peaks at %v, want silence", got)
	}
}
