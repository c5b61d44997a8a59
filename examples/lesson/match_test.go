package lesson

import (
	"testing"

	"tsumiki/blocks"
)

// decodeTest reads src, a piece of a lesson file, with read, failing the test on any problem.
func decodeTest[T any](t *testing.T, src, at string, read func(d *decoder, n *node, at string) T) T {
	t.Helper()
	root, p := readTree([]byte(src))
	if p != nil {
		t.Fatalf("%s: %v", src, p)
	}
	ps := &problems{file: "test", data: []byte(src)}
	d := decoder{ps: ps}
	v := read(&d, root, at)
	if err := ps.err(); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}

// parsePattern reads a block pattern as a lesson file writes it after "contains".
func parsePattern(t *testing.T, src string) *Pattern {
	t.Helper()
	return decodeTest(t, src, "contains", (*decoder).pattern)
}

// Scripts for the pattern tests, without ids.
const (
	flagMove      = `[[{"opcode": "event_whenflagclicked"}, {"opcode": "motion_movesteps", "inputs": {"STEPS": 10}}]]`
	repeatMove    = `[[{"opcode": "event_whenflagclicked"}, {"opcode": "control_repeat", "inputs": {"TIMES": 10}, "stacks": {"SUBSTACK": [{"opcode": "motion_movesteps", "inputs": {"STEPS": 10}}]}}]]`
	repeatThenMov = `[[{"opcode": "event_whenflagclicked"}, {"opcode": "control_repeat", "inputs": {"TIMES": 10}, "stacks": {"SUBSTACK": [{"opcode": "looks_nextcostume"}]}}, {"opcode": "motion_movesteps", "inputs": {"STEPS": 10}}]]`
	deepMove      = `[[{"opcode": "event_whenflagclicked"}, {"opcode": "control_forever", "stacks": {"SUBSTACK": [
		{"opcode": "control_if", "inputs": {"CONDITION": {"opcode": "sensing_keypressed", "inputs": {"KEY_OPTION": "space"}}},
		 "stacks": {"SUBSTACK": [{"opcode": "control_repeat", "inputs": {"TIMES": "10.0"}, "stacks": {"SUBSTACK": [
			{"opcode": "motion_movesteps", "inputs": {"STEPS": {"opcode": "operator_random", "inputs": {"FROM": 1, "TO": 10}}}}]}}]}}]}}]]`
	ifElse = `[[{"opcode": "event_whenflagclicked"}, {"opcode": "control_if_else", "inputs": {"CONDITION": null},
		"stacks": {"SUBSTACK": [{"opcode": "looks_nextcostume"}], "SUBSTACK2": [{"opcode": "motion_turnright", "inputs": {"DEGREES": 15}}]}}]]`
	sayJoin = `[[{"opcode": "event_whenflagclicked"}, {"opcode": "looks_say", "inputs": {"MESSAGE": {"opcode": "operator_join", "inputs": {"STRING1": "a", "STRING2": "b"}}}},
		{"opcode": "motion_movesteps", "inputs": {"STEPS": 10}}]]`
	setScore  = `[[{"opcode": "event_whenflagclicked"}, {"opcode": "data_setvariableto", "fields": {"VARIABLE": "score"}, "inputs": {"VALUE": 0}}]]`
	looseMove = `[[{"opcode": "motion_movesteps", "inputs": {"STEPS": 10}}]]`
	// A custom block "walk" that moves, called from a repeat under the green flag.
	customWalk = `[
		[{"opcode": "procedures_definition", "proc": {"code": "walk"}},
		 {"opcode": "motion_movesteps", "inputs": {"STEPS": 10}}, {"opcode": "looks_nextcostume"}],
		[{"opcode": "event_whenflagclicked"}, {"opcode": "control_repeat", "inputs": {"TIMES": 10},
		  "stacks": {"SUBSTACK": [{"opcode": "procedures_call", "proc": {"code": "walk"}}]}}]]`
	// A custom block that calls itself and another that calls it twice: the search must end.
	customLoop = `[
		[{"opcode": "procedures_definition", "proc": {"code": "again"}},
		 {"opcode": "procedures_call", "proc": {"code": "again"}}, {"opcode": "procedures_call", "proc": {"code": "again"}}],
		[{"opcode": "event_whenflagclicked"}, {"opcode": "control_repeat", "inputs": {"TIMES": 3},
		  "stacks": {"SUBSTACK": [{"opcode": "procedures_call", "proc": {"code": "again"}}]}}]]`
)

const (
	pRepeatMove = `{"opcode": "control_repeat", "inside": [{"opcode": "motion_movesteps"}]}`
	pFlagMove   = `{"opcode": "event_whenflagclicked", "below": [{"opcode": "motion_movesteps"}]}`
)

func TestPatternFoundIn(t *testing.T) {
	tests := []struct {
		name    string
		tsumi   string // Tsumi's scripts
		cat     string // Cat's scripts
		stage   string // the stage's scripts
		target  string // whose scripts to search
		pattern string
		want    bool
	}{
		{"block directly", flagMove, "", "", "Tsumi", `{"opcode": "motion_movesteps"}`, true},
		{"block missing", flagMove, "", "", "Tsumi", `{"opcode": "motion_turnright"}`, false},
		{"repeat with move inside", repeatMove, "", "", "Tsumi", pRepeatMove, true},
		{"repeat with move below, not inside", repeatThenMov, "", "", "Tsumi", pRepeatMove, false},
		{"inside at any depth", deepMove, "", "", "Tsumi", `{"opcode": "control_forever", "inside": [{"opcode": "motion_movesteps"}]}`, true},
		{"nested patterns", deepMove, "", "", "Tsumi", `{"opcode": "control_forever", "inside": [
			{"opcode": "control_if", "inside": [{"opcode": "control_repeat", "inside": [{"opcode": "motion_movesteps"}]}]}]}`, true},
		{"nested patterns in the wrong order", deepMove, "", "", "Tsumi", `{"opcode": "control_repeat", "inside": [{"opcode": "control_if"}]}`, false},
		{"both stacks of if else count as inside", ifElse, "", "", "Tsumi", `{"opcode": "control_if_else", "inside": [{"opcode": "looks_nextcostume"}, {"opcode": "motion_turnright"}]}`, true},
		{"input equal as numbers", deepMove, "", "", "Tsumi", `{"opcode": "control_repeat", "inputs": {"TIMES": 10}}`, true},
		{"input different", repeatMove, "", "", "Tsumi", `{"opcode": "control_repeat", "inputs": {"TIMES": 5}}`, false},
		{"input compared", repeatMove, "", "", "Tsumi", `{"opcode": "control_repeat", "inputs": {"TIMES": {">=": 5, "<": 20}}}`, true},
		{"input compared, out of range", repeatMove, "", "", "Tsumi", `{"opcode": "control_repeat", "inputs": {"TIMES": {">": 10}}}`, false},
		{"reporter in an input", deepMove, "", "", "Tsumi", `{"opcode": "motion_movesteps", "inputs": {"STEPS": {"opcode": "operator_random"}}}`, true},
		{"reporter wanted, literal found", flagMove, "", "", "Tsumi", `{"opcode": "motion_movesteps", "inputs": {"STEPS": {"opcode": "operator_random"}}}`, false},
		{"literal wanted, reporter found", deepMove, "", "", "Tsumi", `{"opcode": "motion_movesteps", "inputs": {"STEPS": 5}}`, false},
		{"reporter anywhere", sayJoin, "", "", "Tsumi", `{"opcode": "operator_join"}`, true},
		{"boolean in a condition", deepMove, "", "", "Tsumi", `{"opcode": "control_if", "inputs": {"CONDITION": {"opcode": "sensing_keypressed", "inputs": {"KEY_OPTION": "space"}}}}`, true},
		{"field", setScore, "", "", "Tsumi", `{"opcode": "data_setvariableto", "fields": {"VARIABLE": "score"}}`, true},
		{"field compared as = does, without case", setScore, "", "", "Tsumi", `{"opcode": "data_setvariableto", "fields": {"VARIABLE": "SCORE"}}`, true},
		{"field different", setScore, "", "", "Tsumi", `{"opcode": "data_setvariableto", "fields": {"VARIABLE": "lives"}}`, false},
		{"below the hat", flagMove, "", "", "Tsumi", pFlagMove, true},
		{"loose blocks count", looseMove, "", "", "Tsumi", `{"opcode": "motion_movesteps"}`, true},
		{"loose blocks are not below a hat", looseMove, "", "", "Tsumi", pFlagMove, false},
		{"below inside a C block", deepMove, "", "", "Tsumi", pFlagMove, true},
		{"below in order", sayJoin, "", "", "Tsumi", `{"opcode": "event_whenflagclicked", "below": [{"opcode": "looks_say"}, {"opcode": "motion_movesteps"}]}`, true},
		{"below in the wrong order", sayJoin, "", "", "Tsumi", `{"opcode": "event_whenflagclicked", "below": [{"opcode": "motion_movesteps"}, {"opcode": "looks_say"}]}`, false},
		{"below is not above", repeatThenMov, "", "", "Tsumi", `{"opcode": "motion_movesteps", "below": [{"opcode": "control_repeat"}]}`, false},
		{"inside a custom block's definition", customWalk, "", "", "Tsumi", `{"opcode": "procedures_definition", "inside": [{"opcode": "motion_movesteps"}]}`, true},
		{"through a custom block's call", customWalk, "", "", "Tsumi", `{"opcode": "event_whenflagclicked", "below": [
			{"opcode": "control_repeat", "inside": [{"opcode": "motion_movesteps"}, {"opcode": "looks_nextcostume"}]}]}`, true},
		{"the call itself", customWalk, "", "", "Tsumi", `{"opcode": "control_repeat", "inside": [{"opcode": "procedures_call"}]}`, true},
		{"custom blocks calling themselves", customLoop, "", "", "Tsumi", `{"opcode": "control_repeat", "inside": [{"opcode": "motion_movesteps"}]}`, false},
		{"custom blocks calling themselves, found", customLoop, "", "", "Tsumi", `{"opcode": "control_repeat", "inside": [{"opcode": "procedures_call"}]}`, true},
		{"any script of the sprite", flagMove, repeatMove, "", "Cat", pRepeatMove, true},
		{"another sprite's scripts", repeatMove, flagMove, "", "Cat", pRepeatMove, false},
		{"every target", flagMove, repeatMove, "", "", pRepeatMove, true},
		{"the stage", "", "", `[[{"opcode": "event_whenflagclicked"}, {"opcode": "event_broadcast", "inputs": {"BROADCAST_INPUT": "go"}}]]`,
			blocks.StageName, `{"opcode": "event_broadcast", "inputs": {"BROADCAST_INPUT": "go"}}`, true},
		{"not on the stage", flagMove, "", "", blocks.StageName, `{"opcode": "motion_movesteps"}`, false},
		{"no such sprite", flagMove, "", "", "Dog", `{"opcode": "motion_movesteps"}`, false},
		{"no scripts at all", "", "", "", "", `{"opcode": "motion_movesteps"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testProject(t, tt.stage, testSprite{name: "Tsumi", scripts: tt.tsumi}, testSprite{name: "Cat", x: 100, scripts: tt.cat})
			if got := parsePattern(t, tt.pattern).FoundIn(p, tt.target); got != tt.want {
				t.Errorf("FoundIn(%q) = %v, want %v", tt.target, got, tt.want)
			}
		})
	}
}

// TestCheckContainsWhy checks what a check about the blocks says when the blocks are missing.
func TestCheckContainsWhy(t *testing.T) {
	p := testProject(t, "", testSprite{name: "Tsumi", scripts: repeatThenMov})
	c := &Check{Sprite: "Tsumi", Contains: parsePattern(t, `{"opcode": "control_repeat", "inputs": {"TIMES": 10}, "inside": [{"opcode": "motion_movesteps"}]}`)}
	ok, why, err := c.Eval(p, nil, optionsFor(t))
	if err != nil || ok {
		t.Fatalf("Eval = %v, %v; want false, nil", ok, err)
	}
	want := blocks.Text{
		En:   "Tsumi has no “repeat 10” (with “move ( ) steps” inside) yet",
		Ja:   "Tsumi にはまだ 「10 回繰り返す」（中に 「( ) 歩動かす」） がありません",
		Hira: "Tsumi には まだ 「10 かい くりかえす」（なかに 「( ) ほ うごかす」） が ありません",
	}
	if why != want {
		t.Errorf("why = %+v\nwant  %+v", why, want)
	}
	c.Sprite = "Dog"
	if ok, why, _ := c.Eval(p, nil, optionsFor(t)); ok || why.En != `there is no sprite Dog` {
		t.Errorf("for a missing sprite: %v, %q", ok, why.En)
	}
}
