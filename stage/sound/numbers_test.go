package sound

import "testing"

func TestNumbersMatchTheTables(t *testing.T) {
	for n, name := range map[int]string{Piano: "Piano", Organ: "Organ", Bass: "Bass", Flute: "Flute", MusicBox: "Music Box", Marimba: "Marimba", SynthPad: "Synth Pad"} {
		if got := instrumentTable[n-1].name; got != name {
			t.Errorf("instrument %d is %s, want %s", n, got, name)
		}
	}
	for n, name := range map[int]string{SnareDrum: "Snare Drum", HandClap: "Hand Clap", Triangle: "Triangle", Cuica: "Cuica"} {
		if got := drumTable[n-1].name; got != name {
			t.Errorf("drum %d is %s, want %s", n, got, name)
		}
	}
	if len(instrumentTable) != SynthPad || len(drumTable) != Cuica {
		t.Errorf("%d instruments and %d drums, want 21 and 18", len(instrumentTable), len(drumTable))
	}
}
