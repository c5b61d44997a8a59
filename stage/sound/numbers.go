package sound

// The music extension's instruments, numbered as in Scratch, for PlayNote and NoteClip.
const (
	Piano = iota + 1
	ElectricPiano
	Organ
	Guitar
	ElectricGuitar
	Bass
	Pizzicato
	Cello
	Trombone
	Clarinet
	Saxophone
	Flute
	WoodenFlute
	Bassoon
	Choir
	Vibraphone
	MusicBox
	SteelDrum
	Marimba
	SynthLead
	SynthPad
)

// The music extension's drums, numbered as in Scratch, for PlayDrum and DrumClip.
const (
	SnareDrum = iota + 1
	BassDrum
	SideStick
	CrashCymbal
	OpenHiHat
	ClosedHiHat
	Tambourine
	HandClap
	Claves
	WoodBlock
	Cowbell
	Triangle
	Bongo
	Conga
	Cabasa
	Guiro
	Vibraslap
	Cuica
)
