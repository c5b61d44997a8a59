package editor

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

// editScripts has a slot of every kind that takes typing or a choice.
const editScripts = `{"x": 20, "y": 20, "blocks": [
  {"id": "flag", "opcode": "event_whenflagclicked"},
  {"id": "mv", "opcode": "motion_movesteps", "inputs": {"STEPS": 10}},
  {"id": "say", "opcode": "looks_say", "inputs": {"MESSAGE": "hi"}},
  {"id": "pen", "opcode": "pen_setPenColorToColor", "inputs": {"COLOR": "#4c97ff"}},
  {"id": "go", "opcode": "motion_goto", "inputs": {"TO": "_random_"}},
  {"id": "set", "opcode": "data_setvariableto", "fields": {"VARIABLE": "score"}, "inputs": {"VALUE": "0"}},
  {"id": "wu", "opcode": "control_wait_until", "inputs": {"CONDITION": null}},
  {"id": "of", "opcode": "looks_say", "inputs": {"MESSAGE": {"id": "prop", "opcode": "sensing_of",
    "fields": {"PROPERTY": "backdrop #"}, "inputs": {"OBJECT": "_stage_"}}}},
  {"id": "stop", "opcode": "control_stop", "fields": {"STOP_OPTION": "other scripts in sprite"}},
  {"id": "after", "opcode": "looks_hide"}]}`

func TestSetLiteral(t *testing.T) {
	tests := []struct {
		id, input, text string
		want            string // the input's JSON after, or the error's start
		err             bool
	}{
		{"mv", "STEPS", "25", `"STEPS":25`, false},
		{"mv", "STEPS", "-2.5e3", `"STEPS":-2.5e3`, false},
		{"mv", "STEPS", "007", `"STEPS":"007"`, false}, // kept as typed
		{"mv", "STEPS", ".5", `"STEPS":".5"`, false},
		{"mv", "STEPS", "", `"STEPS":""`, false},
		{"mv", "STEPS", "１０", `"STEPS":10`, false}, // typed with a Japanese keyboard
		{"mv", "STEPS", "－３", `"STEPS":-3`, false},
		{"mv", "STEPS", "ten", `"ten" is not a number`, true},
		{"mv", "STEPS", "1e", `"1e" is not a number`, true},
		{"say", "MESSAGE", "こんにちは", `"MESSAGE":"こんにちは"`, false},
		{"say", "MESSAGE", "10", `"MESSAGE":"10"`, false}, // a text slot keeps text
		{"set", "VALUE", "5", `"VALUE":"5"`, false},
		{"pen", "COLOR", "#FF8800", `"COLOR":"#ff8800"`, false},
		{"pen", "COLOR", "red", `"red" is not a colour`, true},
		{"wu", "CONDITION", "true", "this block has no place called CONDITION", true},
		{"go", "TO", "Hoshi", "this block has no place called TO", true}, // a menu: SetField
		{"of", "MESSAGE", "hi", "a block sits in MESSAGE", true},
		{"nope", "X", "1", "there is no block nope", true},
	}
	for _, tc := range tests {
		d := newDriver(t, project(t, editScripts), Options{})
		before := d.json()
		err := d.w.SetLiteral(tc.id, tc.input, tc.text)
		if tc.err {
			var e *Error
			if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("%s.%s = %q: error %v, want %q", tc.id, tc.input, tc.text, err, tc.want)
			}
			if e != nil && e.Localize(blocks.Hiragana) == e.Error() {
				t.Errorf("%s.%s = %q: the error is not in hiragana", tc.id, tc.input, tc.text)
			}
			if d.json() != before || d.w.CanUndo() {
				t.Errorf("%s.%s = %q: a refused edit changed the project", tc.id, tc.input, tc.text)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s.%s = %q: %v", tc.id, tc.input, tc.text, err)
			continue
		}
		if got := compact(t, d.json()); !strings.Contains(got, tc.want) {
			t.Errorf("%s.%s = %q: the project does not hold %s", tc.id, tc.input, tc.text, tc.want)
		}
	}
}

// compact removes the spaces and line breaks of indented JSON (the tests' texts have none).
func compact(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '"':
			in = !in
		case !in && (r == ' ' || r == '\n'):
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestSetField(t *testing.T) {
	tests := []struct {
		id, name, value string
		want            string // a piece of the scripts after, as scripts() writes them, or an error
		err             bool
	}{
		{"go", "TO", "Hoshi", "go:goto[Hoshi]", false},
		{"go", "TO", "_mouse_", "go:goto[_mouse_]", false},
		{"go", "TO", "Tsumi", `"Tsumi" is not one of the choices`, true}, // not itself
		{"set", "VARIABLE", "score", "", false},
		{"set", "VARIABLE", "lives", `"lives" is not one of the choices`, true},
		{"stop", "STOP_OPTION", "all", "stop:stop\n", false}, // the blocks under it move away
		{"mv", "STEPS", "1", "this block has no menu called STEPS", true},
	}
	for _, tc := range tests {
		d := newDriver(t, project(t, editScripts), Options{})
		err := d.w.SetField(tc.id, tc.name, tc.value)
		if tc.err {
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("%s.%s = %q: error %v, want %q", tc.id, tc.name, tc.value, err, tc.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s.%s = %q: %v", tc.id, tc.name, tc.value, err)
			continue
		}
		if got := scripts(d.w); !strings.Contains(got, tc.want) {
			t.Errorf("%s.%s = %q: scripts\n%s\ndo not hold %q", tc.id, tc.name, tc.value, got, tc.want)
		}
	}

	// "stop all" cannot have blocks under it: they become a script of their own beside it.
	d := newDriver(t, project(t, editScripts), Options{})
	must(t, d.w.SetField("stop", "STOP_OPTION", "all"))
	ss := d.w.Contents().Scripts
	if len(ss) != 2 || len(ss[1].Blocks) != 1 || ss[1].Blocks[0].ID != "after" {
		t.Errorf("after stop all:\n%s", scripts(d.w))
	}
	if d.w.Layout().Box("stop").Shape != blocks.Cap {
		t.Error("stop all is not drawn as a cap")
	}
	must(t, d.w.Undo())
	if d.w.Layout().Box("stop").Shape != blocks.Stack || len(d.w.Contents().Scripts) != 1 {
		t.Errorf("undo did not bring the blocks back under the stop:\n%s", scripts(d.w))
	}
}

// TestChoices lists what dropdowns offer.
func TestChoices(t *testing.T) {
	p := project(t, editScripts)
	p.Sprites[0].Variables = []blocks.Variable{{Name: "apples", Value: blocks.NumberValue("0")}}
	d := newDriver(t, p, Options{Lang: blocks.Japanese})
	tests := []struct {
		id, name string
		want     []Choice
	}{
		{"go", "TO", []Choice{{"_random_", "どこかの場所"}, {"_mouse_", "マウスのポインター"}, {"Hoshi", "Hoshi"}}},
		{"set", "VARIABLE", []Choice{{"apples", "apples"}, {"score", "score"}}},
		{"stop", "STOP_OPTION", []Choice{{"all", "すべて"}, {"this script", "このスクリプト"},
			{"other scripts in sprite", "スプライトの他のスクリプト"}}},
		// Asking the stage: its backdrop, volume and variables.
		{"prop", "PROPERTY", []Choice{{"volume", "音量"}, {"backdrop #", "背景番号"}, {"backdrop name", "背景名"}, {"score", "score"}}},
	}
	for _, tc := range tests {
		got, err := d.w.Choices(tc.id, tc.name)
		if err != nil {
			t.Errorf("%s.%s: %v", tc.id, tc.name, err)
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s.%s (-want +got):\n%s", tc.id, tc.name, diff)
		}
	}
	// Asking another sprite instead picks what a sprite has.
	must(t, d.w.SetField("prop", "OBJECT", "Hoshi"))
	if b, _, _ := d.w.cur.find("prop"); b.Fields["PROPERTY"] != "x position" {
		t.Errorf("asking Hoshi kept the property %q", b.Fields["PROPERTY"])
	}
	keys, _ := d.w.Choices("stop", "STOP_OPTION")
	if len(keys) != 3 {
		t.Errorf("stop offers %d choices", len(keys))
	}
}

// TestTyping types into a slot key by key.
func TestTyping(t *testing.T) {
	d := newDriver(t, project(t, editScripts), Options{})
	width := func() float64 { return d.box("mv").Part("STEPS").Rect.W }
	must(t, d.w.StartEdit("mv", "STEPS"))
	d.w.Type("１2x3") // full-width digits count, letters do not go into a number slot
	if _, _, text, _ := d.w.Editing(); text != "123" {
		t.Errorf("typed %q", text)
	}
	narrow := width()
	d.w.Type("4567890")
	if width() <= narrow {
		t.Error("the slot does not grow as it is typed into")
	}
	if !strings.Contains(scripts(d.w), "mv:movesteps[10]") {
		t.Error("typing changed the project before Enter")
	}
	d.w.Key(KeyBackspace)
	must(t, d.w.Key(KeyEnter))
	if !strings.Contains(scripts(d.w), "mv:movesteps[123456789]") {
		t.Errorf("after Enter:\n%s", scripts(d.w))
	}

	// Escape leaves the slot as it was; so does Undo while typing.
	must(t, d.w.StartEdit("say", "MESSAGE"))
	d.w.Type("bye")
	d.w.Key(KeyEscape)
	must(t, d.w.StartEdit("say", "MESSAGE"))
	d.w.Key(KeyBackspace) // the selected text goes
	d.w.Type("やあ")
	must(t, d.w.Undo())
	if !strings.Contains(scripts(d.w), "say:say[hi]") || !strings.Contains(scripts(d.w), "[123456789]") {
		t.Errorf("after Escape and Undo:\n%s", scripts(d.w))
	}

	// A number slot left with only a sign keeps its value.
	must(t, d.w.StartEdit("mv", "STEPS"))
	d.w.Type("-")
	if err := d.w.Key(KeyEnter); err == nil {
		t.Error(`"-" was taken as a number`)
	}
	if _, _, _, ok := d.w.Editing(); ok || !strings.Contains(scripts(d.w), "[123456789]") {
		t.Errorf("after a refused number:\n%s", scripts(d.w))
	}
	if err := d.w.StartEdit("go", "TO"); err == nil {
		t.Error("typing into a menu slot")
	}
}

// TestUndoLimit keeps only the last changes.
func TestUndoLimit(t *testing.T) {
	d := newDriver(t, project(t, editScripts), Options{UndoLimit: 3})
	for _, v := range []string{"1", "2", "3", "4", "5"} {
		must(t, d.w.SetLiteral("mv", "STEPS", v))
	}
	n := 0
	for d.w.CanUndo() {
		must(t, d.w.Undo())
		n++
	}
	if n != 3 || !strings.Contains(scripts(d.w), "mv:movesteps[2]") {
		t.Errorf("undid %d changes, back to\n%s", n, scripts(d.w))
	}
	if err := d.w.Undo(); err == nil {
		t.Error("undo with nothing to undo")
	}
	must(t, d.w.Redo())
	must(t, d.w.SetLiteral("mv", "STEPS", "9"))
	if d.w.CanRedo() {
		t.Error("a new change kept the redo history")
	}
}
