package editor

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

// mediaProject returns a project whose sprite Tsumi has two costumes, a sound "meow" that a
// block plays and a block that switches to costume "b", and whose stage has two backdrops
// that Tsumi's blocks switch to.
func mediaProject(t *testing.T) *blocks.Project {
	t.Helper()
	src := `{"format": 1, "name": "Media",
  "stage": {"backdrop": 1, "costumes": [{"name": "sky", "library": "sky"}, {"name": "grid", "library": "grid"}]},
  "sprites": [
    {"name": "Tsumi", "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
     "rotationStyle": "all around", "costume": 1, "layer": 1,
     "costumes": [{"name": "a", "library": "tsumi-walk1"}, {"name": "b", "library": "tsumi-walk2"}],
     "sounds": [{"name": "meow", "file": "meow.wav", "data": "UklGRg=="}],
     "scripts": [{"x": 0, "y": 0, "blocks": [
       {"id": "flag", "opcode": "event_whenflagclicked"},
       {"id": "play", "opcode": "sound_play", "inputs": {"SOUND_MENU": "meow"}},
       {"id": "wear", "opcode": "looks_switchcostumeto", "inputs": {"COSTUME": "b"}},
       {"id": "back", "opcode": "looks_switchbackdropto", "inputs": {"BACKDROP": "grid"}}]}]}]}`
	p, err := blocks.Parse([]byte(src))
	if err != nil {
		t.Fatalf("test project: %v", err)
	}
	return p
}

func literal(p *blocks.Project, id, input string) string {
	return p.BlockIndex()[id].Inputs[input].Literal.Text
}

func TestSoundOps(t *testing.T) {
	d := newDriver(t, mediaProject(t), Options{})
	start := d.json()
	wav := []byte("RIFF....WAVE")

	must(t, d.w.AddSound(0, blocks.Media{Name: "meow", File: "cat.wav", Data: wav}))
	must(t, d.w.AddSound(StageTarget, blocks.Media{File: "drum.mp3", Data: []byte{0xff, 0xfb}}))
	p := d.w.Project()
	if got := p.Sprites[0].Sounds; len(got) != 2 || got[1].Name != "meow2" || !bytes.Equal(got[1].Data, wav) {
		t.Errorf("Tsumi's sounds %+v", got)
	}
	if got := p.Stage.Sounds; len(got) != 1 || got[0].Name != "sound1" || got[0].File != "drum.mp3" {
		t.Errorf("the stage's sounds %+v", got)
	}
	if err := d.w.AddSound(0, blocks.Media{Name: "x"}); err == nil {
		t.Error("a sound with no file was added")
	}

	// Deleting the sound a block plays: the block plays the sound left.
	must(t, d.w.DeleteSound(0, 0))
	p = d.w.Project()
	if got := p.Sprites[0].Sounds; len(got) != 1 || got[0].Name != "meow2" {
		t.Errorf("sounds after deleting meow: %+v", got)
	}
	if got := literal(p, "play", "SOUND_MENU"); got != "meow2" {
		t.Errorf("the block plays %q", got)
	}
	// The last sound a block plays stays, and the child is told why.
	before := d.json()
	err := d.w.DeleteSound(0, 0)
	if err == nil || !strings.Contains(err.Error(), `blocks play the sound "meow2"`) || d.json() != before {
		t.Errorf("deleting the last sound a block plays: %v", err)
	}
	if err := d.w.DeleteSound(0, 5); err == nil || err.Error() != "there is no sound number 6" {
		t.Errorf("deleting sound 6: %v", err)
	}
	must(t, d.w.DeleteSound(StageTarget, 0)) // no block plays it
	if got := d.w.Project().Stage.Sounds; len(got) != 0 {
		t.Errorf("the stage's sounds %+v", got)
	}

	for d.w.CanUndo() {
		must(t, d.w.Undo())
	}
	if diff := cmp.Diff(start, d.json()); diff != "" {
		t.Errorf("undoing everything (-want +got):\n%s", diff)
	}
	must(t, d.w.Redo())
	must(t, d.w.Redo())
	if got := d.w.Project().Stage.Sounds; len(got) != 1 {
		t.Errorf("redo: the stage's sounds %+v", got)
	}
}

func TestDeleteCostume(t *testing.T) {
	d := newDriver(t, mediaProject(t), Options{})
	start := d.json()

	// Tsumi wears b, the last: deleting it wears a, and the block switches to a.
	must(t, d.w.DeleteCostume(0, 1))
	p := d.w.Project()
	if s := p.Sprites[0]; len(s.Costumes) != 1 || s.Costumes[0].Name != "a" || s.Costume != 0 {
		t.Errorf("costumes %+v, wearing %d", s.Costumes, s.Costume)
	}
	if got := literal(p, "wear", "COSTUME"); got != "a" {
		t.Errorf("the block switches to %q", got)
	}
	if err := d.w.DeleteCostume(0, 0); err == nil || !strings.Contains(err.Error(), "only costume") {
		t.Errorf("deleting the only costume: %v", err)
	}

	// The stage shows grid; deleting sky, before it, keeps grid on.
	must(t, d.w.DeleteCostume(StageTarget, 0))
	p = d.w.Project()
	if len(p.Stage.Costumes) != 1 || p.Stage.Backdrop != 0 || literal(p, "back", "BACKDROP") != "grid" {
		t.Errorf("backdrops %+v, showing %d", p.Stage.Costumes, p.Stage.Backdrop)
	}
	must(t, d.w.Undo())
	// Deleting grid, shown and named by a sprite's block: sky shows, and the block names it.
	must(t, d.w.DeleteCostume(StageTarget, 1))
	p = d.w.Project()
	if p.Stage.Backdrop != 0 || literal(p, "back", "BACKDROP") != "sky" {
		t.Errorf("backdrop %d, the block switches to %q", p.Stage.Backdrop, literal(p, "back", "BACKDROP"))
	}

	for d.w.CanUndo() {
		must(t, d.w.Undo())
	}
	if diff := cmp.Diff(start, d.json()); diff != "" {
		t.Errorf("undoing everything (-want +got):\n%s", diff)
	}
}

func TestMediaMessagesHaveNoKanjiInHiragana(t *testing.T) {
	for _, m := range []blocks.Text{msgNoSound, msgSoundInUse, msgLastCostume, whatSounds} {
		if strings.ContainsFunc(m.In(blocks.Hiragana), func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) {
			t.Errorf("%q has kanji", m.In(blocks.Hiragana))
		}
	}
}
