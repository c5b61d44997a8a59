package editor

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, diff)
	}
}

// TestBuildProgram builds "when flag clicked, forever move 10 steps" through pointer and key
// events, tick by tick, then types into the slot, undoes and redoes.
func TestBuildProgram(t *testing.T) {
	d := newDriver(t, project(t, `{"x": 20, "y": 20, "blocks": [{"id": "flag", "opcode": "event_whenflagclicked"}]}`), Options{})
	start := d.json()
	typeInto := func(id, input string, keys ...string) {
		slot := d.box(id).Part(input)
		if g := d.tap(slot.Rect.Min().Add(Point{slot.Rect.W / 2, slot.Rect.H / 2})); g.Kind != Tap || g.Hit.Kind != HitSlot {
			t.Fatalf("tapping the slot gave %+v", g)
		}
		for _, k := range keys {
			d.tick++
			d.w.Type(k)
		}
		d.tick++
		if err := d.w.Key(KeyEnter); err != nil {
			t.Fatalf("Enter: %v", err)
		}
	}
	steps := []struct {
		name    string
		do      func()
		want    string // the scripts, as scripts() writes them
		undos   int    // changes there are to undo after the step
		changed bool   // the step changed the project
	}{
		{"drag forever under the hat", func() {
			if g := d.dragBlock(d.palette("control_forever"), PanePalette, PaneScripts, bottomOf(d.box("flag")).Add(Point{6, 10})); g.Kind != Dropped {
				t.Fatalf("drop gave %+v", g)
			}
		}, "20,20: flag:whenflagclicked b1:forever{ }\n", 1, true},
		{"drag move into the forever", func() {
			mouth := d.box("b1").Mouth("SUBSTACK").Rect.Min()
			if g := d.dragBlock(d.palette("motion_movesteps"), PanePalette, PaneScripts, mouth.Add(Point{-5, 12})); g.Kind != Dropped {
				t.Fatalf("drop gave %+v", g)
			}
		}, "20,20: flag:whenflagclicked b1:forever{ b2:movesteps[10] }\n", 2, true},
		{"type 10: the same value, no change to undo", func() { typeInto("b2", "STEPS", "1", "0") },
			"20,20: flag:whenflagclicked b1:forever{ b2:movesteps[10] }\n", 2, false},
		{"type 25", func() { typeInto("b2", "STEPS", "2", "5") },
			"20,20: flag:whenflagclicked b1:forever{ b2:movesteps[25] }\n", 3, true},
		{"undo the typing", func() { must(t, d.w.Undo()) },
			"20,20: flag:whenflagclicked b1:forever{ b2:movesteps[10] }\n", 2, true},
		{"redo it", func() { must(t, d.w.Redo()) },
			"20,20: flag:whenflagclicked b1:forever{ b2:movesteps[25] }\n", 3, true},
	}
	for _, s := range steps {
		version := d.w.Version()
		s.do()
		if got := scripts(d.w); got != s.want {
			t.Fatalf("%s: scripts\n%s\nwant\n%s", s.name, got, s.want)
		}
		if n := len(d.w.hist.undo); n != s.undos {
			t.Errorf("%s: %d changes to undo, want %d", s.name, n, s.undos)
		}
		if changed := d.w.Version() != version; changed != s.changed {
			t.Errorf("%s: version went from %d to %d", s.name, version, d.w.Version())
		}
	}
	golden(t, "forever_move.tsumiki", d.json())

	// The saved project loads back to the same bytes.
	p, err := blocks.Parse([]byte(d.json()))
	if err != nil {
		t.Fatalf("the built project does not load: %v", err)
	}
	data, _ := blocks.Marshal(p)
	if diff := cmp.Diff(d.json(), string(data)); diff != "" {
		t.Errorf("load and save changed the project (-built +reloaded):\n%s", diff)
	}

	// Undo everything: the project is as it started; redo everything: as built.
	built := d.json()
	for d.w.CanUndo() {
		must(t, d.w.Undo())
	}
	if diff := cmp.Diff(start, d.json()); diff != "" {
		t.Errorf("undoing everything did not give back the start (-start +got):\n%s", diff)
	}
	for d.w.CanRedo() {
		must(t, d.w.Redo())
	}
	if diff := cmp.Diff(built, d.json()); diff != "" {
		t.Errorf("redoing everything did not give back the program (-built +got):\n%s", diff)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestLanguageKeepsProject switches the labels through every language: the layout changes,
// the project does not.
func TestLanguageKeepsProject(t *testing.T) {
	p := project(t, counting)
	d := newDriver(t, p, Options{})
	before := d.json()
	widths := map[blocks.Lang]float64{}
	for _, lang := range []blocks.Lang{blocks.Japanese, blocks.Hiragana, blocks.English, blocks.Hiragana} {
		d.w.SetLang(lang)
		l := d.w.Layout()
		if l.Lang != lang {
			t.Errorf("layout in %v after SetLang(%v)", l.Lang, lang)
		}
		widths[lang] = l.Box("loop").Rect.W + l.Box("say").Rect.W
		d.w.Palette()
		if got := d.json(); got != before {
			t.Fatalf("switching to %v changed the project:\n%s", lang, cmp.Diff(before, got))
		}
	}
	if widths[blocks.English] == widths[blocks.Japanese] || widths[blocks.Japanese] == widths[blocks.Hiragana] {
		t.Errorf("the layout did not follow the language: widths %v", widths)
	}
	if d.w.Version() != 0 || d.w.CanUndo() {
		t.Errorf("switching language counted as a change: version %d", d.w.Version())
	}
	// A label in Japanese puts the slot first: "%TIMES 回繰り返す".
	d.w.SetLang(blocks.Japanese)
	parts := d.w.Layout().Box("loop").Parts
	if parts[0].Kind != Slot || parts[1].Text != "回繰り返す" {
		t.Errorf("repeat in Japanese: %+v", parts)
	}
}

// counting is a script with a hat, a variable, a C block, nested reporters and a dropdown.
const counting = `{"x": 20, "y": 20, "blocks": [
  {"id": "flag", "opcode": "event_whenflagclicked"},
  {"id": "reset", "opcode": "data_setvariableto", "fields": {"VARIABLE": "score"}, "inputs": {"VALUE": 0}},
  {"id": "loop", "opcode": "control_repeat", "inputs": {"TIMES": 10}, "stacks": {"SUBSTACK": [
    {"id": "inc", "opcode": "data_changevariableby", "fields": {"VARIABLE": "score"}, "inputs": {"VALUE": 1}},
    {"id": "say", "opcode": "looks_sayforsecs", "inputs": {
      "MESSAGE": {"id": "join", "opcode": "operator_join", "inputs": {"STRING1": "score: ",
        "STRING2": {"id": "var", "opcode": "data_variable", "fields": {"VARIABLE": "score"}}}},
      "SECS": 0.5}}]}},
  {"id": "check", "opcode": "control_if_else", "inputs": {"CONDITION": {"id": "gt", "opcode": "operator_gt",
    "inputs": {"OPERAND1": {"id": "var2", "opcode": "data_variable", "fields": {"VARIABLE": "score"}}, "OPERAND2": 5}}},
    "stacks": {"SUBSTACK": [{"id": "yes", "opcode": "looks_say", "inputs": {"MESSAGE": "big"}}],
               "SUBSTACK2": [{"id": "no", "opcode": "looks_say", "inputs": {"MESSAGE": "small"}}]}},
  {"id": "stop", "opcode": "control_stop", "fields": {"STOP_OPTION": "all"}}]}`
