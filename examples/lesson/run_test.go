package lesson

import (
	"errors"
	"strings"
	"testing"

	"tsumiki/blocks"
	"tsumiki/runtime"
)

// parseCheck reads a step's check as a lesson file writes it.
func parseCheck(t *testing.T, src string) *Check {
	t.Helper()
	return decodeTest(t, src, "check", (*decoder).check)
}

// runProject is the project the run checks look at. When the green flag is clicked Tsumi,
// at 0, 0, sets score to 3, puts apple and pear in the bag, then moves 20 steps and changes
// costume ten times, one tick each, and says "Done!"; space moves it up to y = 50. Cat
// stands at 200, 0, where Tsumi stops, and plays two notes; the stage plays three drums.
func runProject(t *testing.T) *blocks.Project {
	t.Helper()
	return testProject(t,
		`[[{"opcode": "event_whenflagclicked"}, {"opcode": "control_repeat", "inputs": {"TIMES": 3},
			"stacks": {"SUBSTACK": [{"opcode": "music_playDrumForBeats", "inputs": {"DRUM": "1", "BEATS": 0.25}}]}}]]`,
		testSprite{name: "Tsumi", scripts: `[
			[{"opcode": "event_whenflagclicked"},
			 {"opcode": "data_setvariableto", "fields": {"VARIABLE": "score"}, "inputs": {"VALUE": 3}},
			 {"opcode": "data_addtolist", "fields": {"LIST": "bag"}, "inputs": {"ITEM": "apple"}},
			 {"opcode": "data_addtolist", "fields": {"LIST": "bag"}, "inputs": {"ITEM": "pear"}},
			 {"opcode": "control_repeat", "inputs": {"TIMES": 10}, "stacks": {"SUBSTACK": [
				{"opcode": "motion_changexby", "inputs": {"DX": 20}}, {"opcode": "looks_nextcostume"}]}},
			 {"opcode": "looks_say", "inputs": {"MESSAGE": "Done!"}}],
			[{"opcode": "event_whenkeypressed", "fields": {"KEY_OPTION": "space"}},
			 {"opcode": "motion_sety", "inputs": {"Y": 50}}]]`},
		testSprite{name: "Cat", x: 200, scripts: `[[{"opcode": "event_whenflagclicked"},
			{"opcode": "music_playNoteForBeats", "inputs": {"NOTE": 60, "BEATS": 0.25}},
			{"opcode": "music_playNoteForBeats", "inputs": {"NOTE": 62, "BEATS": 0.25}}]]`})
}

func TestRunChecks(t *testing.T) {
	space := []runtime.Input{{Tick: 5, Kind: "keydown", Key: "space"}}
	late := []runtime.Input{{Tick: 40, Kind: "keydown", Key: "space"}}
	tests := []struct {
		check  string
		inputs []runtime.Input
		want   string // why it fails in English; "" when it passes
	}{
		{`{"after": 0.1, "sprite": "Tsumi", "x": 60}`, nil, ""},
		{`{"after": 0.1, "sprite": "Tsumi", "x": {">": 60}}`, nil, "Tsumi's x position is 60, but it should be more than 60"},
		{`{"after": 1, "sprite": "Tsumi", "x": {">": 190, "<=": 200}, "y": 0}`, nil, ""},
		{`{"after": 1, "sprite": "Tsumi", "x": {"!=": 200}}`, nil, "Tsumi's x position is 200, but it should be anything but 200"},
		{`{"after": 1, "sprite": "Tsumi", "y": 50}`, space, ""},
		{`{"after": 1, "sprite": "Tsumi", "y": 50}`, nil, "Tsumi's y position is 0, but it should be 50"},
		{`{"after": 1, "sprite": "Tsumi", "y": 50}`, late, "Tsumi's y position is 0, but it should be 50"},
		{`{"after": 1.5, "sprite": "Tsumi", "y": 50}`, late, ""},
		{`{"after": 1, "sprite": "Tsumi", "direction": 90, "size": {">=": 100}}`, nil, ""},
		{`{"after": 1, "sprite": "Tsumi", "costume": "walk3"}`, nil, ""},
		{`{"after": 0.1, "sprite": "Tsumi", "costume": "walk3"}`, nil, "Tsumi's costume is “walk4”, but it should be “walk3”"},
		{`{"after": 1, "sprite": "Tsumi", "said": "done!"}`, nil, ""},
		{`{"after": 1, "sprite": "Tsumi", "said": {"contains": "ONE"}}`, nil, ""},
		{`{"after": 0.1, "sprite": "Tsumi", "said": "Done!"}`, nil, "Tsumi has not said “Done!”"},
		{`{"after": 1, "sprite": "Tsumi", "bubble": "Done!"}`, nil, ""},
		{`{"after": 1, "sprite": "Cat", "bubble": "Meow"}`, nil, "Cat's speech bubble is nothing, but it should be “Meow”"},
		{`{"after": 1, "sprite": "Cat", "bubble": ""}`, nil, ""},
		{`{"after": 1, "sprite": "Tsumi", "visible": true}`, nil, ""},
		{`{"after": 1, "sprite": "Tsumi", "visible": false}`, nil, "Tsumi is showing, but it should be hidden"},
		{`{"after": 1, "variable": "score", "value": 3}`, nil, ""},
		{`{"after": 1, "sprite": "Tsumi", "variable": "score", "value": "3.0"}`, nil, ""},
		{`{"after": 1, "variable": "score", "value": {">": 3}}`, nil, "the variable “score” is 3, but it should be more than 3"},
		{`{"after": 1, "list": "bag", "items": ["apple", "PEAR"], "length": 2}`, nil, ""},
		{`{"after": 1, "list": "bag", "items": ["pear"]}`, nil, "the list “bag” holds “apple pear”, but it should hold “pear”"},
		{`{"after": 0, "list": "bag", "length": {">": 0}}`, nil, "the list “bag” has 0 items, but it should have more than 0"},
		{`{"after": 1, "sprite": "Tsumi", "touching": "Cat"}`, nil, ""},
		{`{"after": 0.1, "sprite": "Tsumi", "touching": "Cat"}`, nil, "Tsumi is not touching Cat"},
		{`{"after": 1, "sprite": "Tsumi", "touching": "edge"}`, nil, ""},
		{`{"after": 0.1, "sprite": "Tsumi", "touching": "edge"}`, nil, "Tsumi is not touching the edge"},
		{`{"after": 1, "sprite": "Cat", "notes": 2}`, nil, ""},
		{`{"after": 1, "sprite": "Tsumi", "notes": {">=": 1}}`, nil, "Tsumi played 0 notes, but it should be 1 or more"},
		{`{"after": 1, "sprite": "Stage", "drums": 3}`, nil, ""},
		{`{"after": 0, "sprite": "Stage", "drums": {">": 0}}`, nil, "the stage played 0 drums, but it should be more than 0"},
		{`{"after": 1, "backdrop": "School-Yard"}`, nil, ""},
		{`{"after": 1, "backdrop": "classroom"}`, nil, "the backdrop is “school-yard”, but it should be “classroom”"},
		{`{"after": 1, "sprite": "Dog", "x": 0}`, nil, "there is no sprite Dog"},
		{`{"after": 1, "variable": "lives", "value": 0}`, nil, "there is no variable “lives”"},
	}
	p := runProject(t)
	for _, tt := range tests {
		t.Run(tt.check, func(t *testing.T) {
			c := parseCheck(t, tt.check)
			ok, why, err := c.Eval(p, tt.inputs, optionsFor(t))
			if err != nil {
				t.Fatal(err)
			}
			if ok != (tt.want == "") || why.En != tt.want {
				t.Errorf("Eval = %v, %q; want %v, %q", ok, why.En, tt.want == "", tt.want)
			}
			if !ok && (why.Ja == "" || why.Hira == "" || strings.ContainsFunc(why.Hira, isKanji)) {
				t.Errorf("why in Japanese %q, in hiragana %q: want both, the hiragana without kanji", why.Ja, why.Hira)
			}
			// The virtual clock makes every run the same.
			again, whyAgain, _ := c.Eval(p, tt.inputs, optionsFor(t))
			if again != ok || whyAgain != why {
				t.Errorf("a second run said %v, %q", again, whyAgain.En)
			}
		})
	}
}

// TestRunCheckTrace checks that a check's run still feeds the caller's trace.
func TestRunCheckTrace(t *testing.T) {
	var says []string
	opts := optionsFor(t)
	opts.Trace = func(e runtime.Event) {
		if e.Kind == "say" {
			says = append(says, e.Target+": "+e.Text)
		}
	}
	c := parseCheck(t, `{"after": 1, "sprite": "Tsumi", "said": "Done!"}`)
	if ok, why, err := c.Eval(runProject(t), nil, opts); !ok || err != nil {
		t.Fatalf("Eval = %v, %q, %v", ok, why.En, err)
	}
	if len(says) != 1 || says[0] != "Tsumi: Done!" {
		t.Errorf("the trace saw %q, want Tsumi saying Done!", says)
	}
}

func TestVerify(t *testing.T) {
	l := &Lesson{ID: "t", Seconds: 1, Inputs: []runtime.Input{{Tick: 2, Kind: "keydown", Key: "space"}}}
	l.Expect = []Assert{
		{Sprite: "Tsumi", X: Test{{Op: "=", Value: blocks.NumberValue("200")}}, Y: Test{{Op: "=", Value: blocks.NumberValue("50")}}},
		{Variable: "score", Value: Test{{Op: "=", Value: blocks.NumberValue("3")}}},
	}
	fails, err := l.Verify(runProject(t), optionsFor(t))
	if err != nil || len(fails) != 0 {
		t.Fatalf("Verify = %v, %v; want no failures", fails, err)
	}
	l.Expect = append(l.Expect, Assert{Sprite: "Cat", Said: Test{{Op: "=", Value: blocks.TextValue("Meow")}}})
	l.Seconds = 0.1
	fails, _ = l.Verify(runProject(t), optionsFor(t))
	var got []string
	for _, f := range fails {
		got = append(got, f.En)
	}
	want := []string{"Tsumi's x position is 60, but it should be 200", "Cat has not said “Meow”"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Verify after 3 ticks said\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestVerifyScriptError checks that a script stopping with an error fails the solution.
func TestVerifyScriptError(t *testing.T) {
	p := testProject(t, "", testSprite{name: "Tsumi", scripts: `[
		[{"opcode": "procedures_definition", "proc": {"code": "down", "warp": true}},
		 {"opcode": "procedures_call", "proc": {"code": "down"}}],
		[{"opcode": "event_whenflagclicked"}, {"opcode": "procedures_call", "proc": {"code": "down"}}]]`})
	l := &Lesson{ID: "t", Seconds: 1, Expect: []Assert{{Sprite: "Tsumi", X: Test{{Op: "=", Value: blocks.NumberValue("0")}}}}}
	fails, err := l.Verify(p, optionsFor(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(fails) != 1 || !strings.HasPrefix(fails[0].En, "a script stopped with an error: ") ||
		!strings.Contains(fails[0].Ja, "スクリプトがエラーで止まりました") {
		t.Errorf("Verify = %q, want the script's error", fails)
	}
}

// TestRunProjectThatCannotStart checks that a project whose costume cannot be loaded is an
// error, said in each language, not a failed check.
func TestRunProjectThatCannotStart(t *testing.T) {
	p := testProject(t, "", testSprite{name: "Tsumi"})
	p.Sprites[0].Costumes[0] = blocks.Media{Name: "me", File: "me.png"}
	c := parseCheck(t, `{"after": 1, "sprite": "Tsumi", "x": 0}`)
	_, _, err := c.Eval(p, nil, optionsFor(t))
	var prob *Problem
	if !errors.As(err, &prob) {
		t.Fatalf("Eval error = %v, want a *Problem", err)
	}
	if en := prob.Localize(blocks.English); !strings.HasPrefix(en, "the project does not start: ") || !strings.Contains(en, "me") {
		t.Errorf("English: %q", en)
	}
	if ja := prob.Localize(blocks.Japanese); !strings.HasPrefix(ja, "プロジェクトを動かせません: ") {
		t.Errorf("Japanese: %q", ja)
	}
	var bp *blocks.Problem
	if !errors.As(err, &bp) {
		t.Errorf("the runtime's problem is not wrapped: %v", err)
	}
}

func TestCheckStep(t *testing.T) {
	l := &Lesson{ID: "t", Inputs: []runtime.Input{{Tick: 1, Kind: "keydown", Key: "space"}}, Steps: []Step{
		{},
		{Check: parseCheck(t, `{"after": 1, "sprite": "Tsumi", "y": 50}`)},
		{Check: parseCheck(t, `{"sprite": "Cat", "contains": {"opcode": "music_playNoteForBeats"}}`)},
	}}
	p := runProject(t)
	for i := range l.Steps {
		if ok, why, err := l.CheckStep(i, p, optionsFor(t)); !ok || err != nil {
			t.Errorf("step %d: %v, %q, %v; want a pass (the lesson's inputs press space)", i+1, ok, why.En, err)
		}
	}
	if _, _, err := l.CheckStep(3, p, optionsFor(t)); err == nil {
		t.Error("step 4 of 3 is not an error")
	}
}
