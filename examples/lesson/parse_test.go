package lesson

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"tsumiki/blocks"
)

// baseLesson is a small valid lesson. The parse tests change one thing in it at a time.
const baseLesson = `{
  "format": 1,
  "id": "t",
  "title": {"en": "Test", "ja": "テスト", "hira": "てすと"},
  "length": {"seconds": 1, "minutes": 10},
  "start": "t.start.tsumiki",
  "solution": "t.solution.tsumiki",
  "expect": [{"sprite": "Tsumi", "x": 10}],
  "steps": [
    {
      "text": {"en": "Move", "ja": "動かす", "hira": "うごかす"},
      "blocks": [{"opcode": "event_whenflagclicked"}, {"opcode": "motion_movesteps"}],
      "palette": ["motion_movesteps"],
      "check": {"sprite": "Tsumi", "contains": {"opcode": "motion_movesteps"}}
    }
  ]
}
`

func TestParseBase(t *testing.T) {
	l, err := Parse("t.lesson.json", []byte(baseLesson))
	if err != nil {
		t.Fatal(err)
	}
	if l.ID != "t" || l.Title.Hira != "てすと" || l.Seconds != 1 || l.Minutes != 10 || l.Start != "t.start.tsumiki" {
		t.Errorf("lesson = %+v", l)
	}
	if len(l.Steps) != 1 || len(l.Expect) != 1 {
		t.Fatalf("%d steps and %d expectations, want 1 and 1", len(l.Steps), len(l.Expect))
	}
	s := l.Steps[0]
	if len(s.Blocks) != 2 || s.Blocks[1].Opcode != "motion_movesteps" {
		t.Fatalf("picture = %+v", s.Blocks)
	}
	// The empty slot holds the palette's default, so that the card shows "move 10 steps".
	if in := s.Blocks[1].Inputs["STEPS"]; in == nil || in.Literal == nil || *in.Literal != blocks.NumberValue("10") {
		t.Errorf("STEPS = %+v, want the default 10", in)
	}
	if s.Blocks[0].ID == s.Blocks[1].ID {
		t.Errorf("the picture's blocks share the id %q", s.Blocks[0].ID)
	}
	if s.Check == nil || s.Check.Contains == nil || s.Check.Line != 14 {
		t.Errorf("check = %+v, want a check about the blocks on line 14", s.Check)
	}
}

func TestParseByteOrderMark(t *testing.T) {
	data := "\uFEFF" + strings.Replace(baseLesson, `"format": 1`, `"format": 2`, 1)
	_, err := Parse("t.lesson.json", []byte(data))
	if want := "t.lesson.json, line 2, column 13 (format): the lesson has format version 2, but this app reads version 1"; err == nil || err.Error() != want {
		t.Errorf("Parse = %v, want %s", err, want)
	}
}

// TestParseProblems changes the base lesson in one place and checks the problem found: its
// line and column (where the text at starts), the entry, and what it says.
func TestParseProblems(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // what to change in baseLesson
		at       string // where the problem is: the first place this text starts, after the change
		line     int
		field    string
		msg      string
	}{
		{"newer format", `"format": 1`, `"format": 2`, `2,`, 2, "format",
			"the lesson has format version 2, but this app reads version 1"},
		{"id with capitals", `"id": "t"`, `"id": "My Lesson"`, `"My Lesson"`, 3, "id",
			`the id "My Lesson" may only have small letters a to z, digits and dashes`},
		{"unknown entry", `"format": 1,`, `"format": 1, "titel": "x",`, `"titel"`, 2, "titel",
			`unknown entry "titel"; the entries allowed here are "format", "id", "title", "length", "start", "solution", "inputs", "expect", "steps"`},
		{"entry in the wrong case", `"length"`, `"Length"`, `"Length"`, 5, "Length", `the entry "Length" must be written "length"`},
		{"entry given twice", `"id": "t",`, `"id": "t", "id": "u",`, `"id": "u"`, 3, "", `the entry "id" is given twice`},
		{"missing language", `, "hira": "てすと"`, ``, `{"en": "Test"`, 4, "title", `the entry "hira" is missing`},
		{"kanji in hiragana", `"hira": "てすと"`, `"hira": "手すと"`, `"手すと"`, 4, "title.hira",
			`the hiragana text has kanji in it: "手"`},
		{"kanji in a step's hiragana", `"hira": "うごかす"`, `"hira": "動かす"`, `"動かす"}`, 11, "steps[1].text.hira",
			`the hiragana text has kanji in it: "動"`},
		{"empty text", `"en": "Move"`, `"en": " "`, `" "`, 11, "steps[1].text.en", "the text is empty"},
		{"title not an object", `"title": {"en": "Test", "ja": "テスト", "hira": "てすと"}`, `"title": "Test"`, `"Test"`, 4, "title",
			"this should be an object in { }"},
		{"negative length", `"seconds": 1`, `"seconds": -1`, `-1`, 5, "length.seconds", "this should be a number from 0 to 600"},
		{"huge number", `"seconds": 1`, `"seconds": 1e400`, `1e400`, 5, "length.seconds", "this should be a number"},
		{"minutes not whole", `"minutes": 10`, `"minutes": 7.5`, `7.5`, 5, "length.minutes", "this should be a whole number from 1 to 600"},
		{"text for a number", `"seconds": 1`, `"seconds": "1"`, `"1"`, 5, "length.seconds", "this should be a number"},
		{"missing minutes", `, "minutes": 10`, ``, `{"seconds"`, 5, "length", `the entry "minutes" is missing`},
		{"project outside the folder", `"t.start.tsumiki"`, `"../t.start.tsumiki"`, `"../`, 6, "start",
			`"../t.start.tsumiki" must name a .tsumiki file in the lesson's folder`},
		{"project not a .tsumiki", `"t.solution.tsumiki"`, `"t.solution.json"`, `"t.solution.json"`, 7, "solution",
			`"t.solution.json" must name a .tsumiki file in the lesson's folder`},
		{"missing solution", `  "solution": "t.solution.tsumiki",` + "\n", ``, `{`, 1, "", `the entry "solution" is missing`},
		{"no expectations", `[{"sprite": "Tsumi", "x": 10}]`, `[]`, `[]`, 8, "expect",
			"say what the finished project does: give at least one expectation"},
		{"input of an unknown kind", `"expect":`, `"inputs": [{"tick": 0, "kind": "jump"}], "expect":`, `"jump"`, 8, "inputs[1].kind",
			`unknown kind of input "jump"; use "flag", "stop", "keydown", "keyup", "mousemove", "mousedown", "mouseup", "answer", "loudness"`},
		{"input at a negative tick", `"expect":`, `"inputs": [{"tick": -1, "kind": "flag"}], "expect":`, `-1`, 8, "inputs[1].tick",
			"this should be a whole number from 0 to 36000"},
		{"text for x", `"x": 10`, `"x": "ten"`, `"ten"`, 8, "expect[1].x", "this should be a number"},
		{"unknown comparison", `"x": 10`, `"x": {"~": 10}`, `"~"`, 8, "expect[1].x.~",
			`unknown comparison "~"; use "=", "!=", "<", "<=", ">", ">=", "contains"`},
		{"no comparison", `"x": 10`, `"x": {}`, `{}`, 8, "expect[1].x", `give at least one comparison, such as {">": 100}`},
		{"comparison with a list", `"x": 10`, `"x": [10]`, `[10]`, 8, "expect[1].x", `this should be a value, or comparisons such as {">": 100}`},
		{"x without a sprite", `{"sprite": "Tsumi", "x": 10}`, `{"x": 10}`, `"x"`, 8, "expect[1].x", `"x" needs "sprite": the sprite it is about`},
		{"x of the stage", `{"sprite": "Tsumi", "x": 10}`, `{"sprite": "Stage", "x": 10}`, `"x"`, 8, "expect[1].x",
			`the stage has no "x"; only sprites have it`},
		{"value without a variable", `"x": 10`, `"value": 10`, `"value"`, 8, "expect[1].value", `"value" needs "variable": the variable it is about`},
		{"items without a list", `"x": 10`, `"items": []`, `"items"`, 8, "expect[1].items", `"items" needs "list": the list it is about`},
		{"nothing expected", `{"sprite": "Tsumi", "x": 10}`, `{"sprite": "Tsumi"}`, `{"sprite": "Tsumi"}]`, 8, "expect[1]",
			`say what should be true, for example "x", "said" or "value"`},
		{"visible not a boolean", `"x": 10`, `"visible": "yes"`, `"yes"`, 8, "expect[1].visible", "this should be true or false"},
		{"unknown block in a picture", `{"opcode": "motion_movesteps"}]`, `{"opcode": "motion_fly"}]`, `"motion_fly"`, 12,
			"steps[1].blocks[2].opcode", `there is no block "motion_fly"`},
		{"unknown input in a picture", `{"opcode": "motion_movesteps"}]`, `{"opcode": "motion_movesteps", "inputs": {"STEP": 5}}]`, `"STEP"`, 12,
			"steps[1].blocks[2].inputs.STEP", `the block "motion_movesteps" has no input STEP`},
		{"unknown field in a picture", `{"opcode": "motion_movesteps"}]`, `{"opcode": "motion_movesteps", "fields": {"X": "1"}}]`, `"X"`, 12,
			"steps[1].blocks[2].fields.X", `the block "motion_movesteps" has no field X`},
		{"stack block in an input", `{"opcode": "motion_movesteps"}]`, `{"opcode": "motion_movesteps", "inputs": {"STEPS": {"opcode": "looks_show"}}}]`,
			`{"opcode": "looks_show"}`, 12, "steps[1].blocks[2].inputs.STEPS", `only a round or pointed block fits in an input, and "looks_show" is not one`},
		{"reporter in a stack", `{"opcode": "motion_movesteps"}]`, `{"opcode": "motion_xposition"}]`, `{"opcode": "motion_xposition"}`, 12,
			"steps[1].blocks[2]", `the block "motion_xposition" fits only in an input, not in a stack`},
		{"hat under a block", `[{"opcode": "event_whenflagclicked"}, {"opcode": "motion_movesteps"}]`,
			`[{"opcode": "motion_movesteps"}, {"opcode": "event_whenflagclicked"}]`, `{"opcode": "event_whenflagclicked"}`, 12,
			"steps[1].blocks[2]", `the hat block "event_whenflagclicked" can only be at the top`},
		{"blocks inside a stack block", `{"opcode": "motion_movesteps"}]`, `{"opcode": "motion_movesteps", "inside": []}]`, `[]}]`, 12,
			"steps[1].blocks[2].inside", `the block "motion_movesteps" holds no blocks inside it`},
		{"else of a repeat", `{"opcode": "motion_movesteps"}]`, `{"opcode": "control_repeat", "else": []}]`, `[]}]`, 12,
			"steps[1].blocks[2].else", `the block "control_repeat" has no "else"`},
		{"custom block in a picture", `{"opcode": "motion_movesteps"}]`, `{"opcode": "procedures_call"}]`, `"procedures_call"`, 12,
			"steps[1].blocks[2].opcode", `the block "procedures_call" cannot be shown in a step's picture`},
		{"unknown block in the palette", `["motion_movesteps"]`, `["motion_movesteps", "looks_dance"]`, `"looks_dance"`, 13,
			"steps[1].palette[2]", `there is no block "looks_dance"`},
		{"block twice in the palette", `["motion_movesteps"]`, `["motion_movesteps", "motion_movesteps"]`, `"motion_movesteps", "motion_movesteps"]`[20:], 13,
			"steps[1].palette[2]", `the block "motion_movesteps" is listed twice`},
		{"check of both kinds", `"check": {"sprite"`, `"check": {"after": 1, "sprite"`, `{"after"`, 14, "steps[1].check",
			`a check has either "contains" (about the blocks) or "after" (about the run), and not both`},
		{"check of neither kind", `"check": {"sprite": "Tsumi", "contains": {"opcode": "motion_movesteps"}}`, `"check": {"sprite": "Tsumi"}`,
			`{"sprite": "Tsumi"}`, 14, "steps[1].check", `a check has either "contains"`},
		{"run check entry in a blocks check", `"check": {"sprite": "Tsumi",`, `"check": {"sprite": "Tsumi", "x": 3,`, `"x": 3`, 14,
			"steps[1].check.x", `unknown entry "x"; the entries allowed here are "contains", "sprite"`},
		{"run check too long", `"check": {"sprite": "Tsumi", "contains": {"opcode": "motion_movesteps"}}`,
			`"check": {"after": 9999, "sprite": "Tsumi", "x": 0}`, `9999`, 14, "steps[1].check.after", "this should be a number from 0 to 600"},
		{"unknown block in a pattern", `"contains": {"opcode": "motion_movesteps"}`, `"contains": {"opcode": "motion_run"}`, `"motion_run"`, 14,
			"steps[1].check.contains.opcode", `there is no block "motion_run"`},
		{"unknown input in a pattern", `"contains": {"opcode": "motion_movesteps"}`,
			`"contains": {"opcode": "control_repeat", "inside": [{"opcode": "motion_movesteps", "inputs": {"STEP": 1}}]}`, `"STEP"`, 14,
			"steps[1].check.contains.inside[1].inputs.STEP", `the block "motion_movesteps" has no input STEP`},
		{"inside a block that holds none", `"contains": {"opcode": "motion_movesteps"}`,
			`"contains": {"opcode": "motion_movesteps", "inside": [{"opcode": "looks_show"}]}`, `[{"opcode": "looks_show"}]`, 14,
			"steps[1].check.contains.inside", `the block "motion_movesteps" holds no blocks inside it`},
		{"pattern without an opcode", `"contains": {"opcode": "motion_movesteps"}`, `"contains": {"inside": []}`, `{"inside"`, 14,
			"steps[1].check.contains", `the entry "opcode" is missing`},
		{"missing comma", `"id": "t",`, `"id": "t"`, `"title"`, 4, "", "the JSON is broken here"},
		{"extra comma", `"minutes": 10}`, `"minutes": 10,}`, "},\n  \"start\"", 5, "", "the JSON is broken here"},
		{"comment", `"format": 1,`, `"format": 1, // the version`, `/`, 2, "", "the JSON is broken here"},
		{"cut off", "  ]\n}\n", "  ]\n", "", 17, "", "the file ends too early: a closing } or ] may be missing"},
		{"more after the end", "  ]\n}\n", "  ]\n}\n{}\n", "{}\n", 18, "", "there is more after the end of the lesson"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(baseLesson, tt.old) {
				t.Fatalf("%q is not in the base lesson", tt.old)
			}
			data := strings.Replace(baseLesson, tt.old, tt.new, 1)
			_, err := Parse("t.lesson.json", []byte(data))
			ps := problemsOf(t, err)
			p := ps[0]
			wantLine, wantCol := tt.line, 0
			if tt.at != "" {
				i := strings.Index(data, tt.at)
				if i < 0 {
					t.Fatalf("%q is not in the changed lesson", tt.at)
				}
				wantLine, wantCol = position([]byte(data), i)
				if wantLine != tt.line {
					t.Fatalf("%q is on line %d, not %d", tt.at, wantLine, tt.line)
				}
			}
			if p.Line != wantLine || tt.at != "" && p.Col != wantCol || p.Field != tt.field || !strings.HasPrefix(p.Localize(blocks.English), "t.lesson.json, line ") {
				t.Errorf("problem at line %d, column %d, entry %q; want line %d, column %d, entry %q\n%s",
					p.Line, p.Col, p.Field, wantLine, wantCol, tt.field, p.Localize(blocks.English))
			}
			if msg := p.Msg.Format(blocks.English, localizeArgs(p.Args, blocks.English)...); !strings.HasPrefix(msg, tt.msg) {
				t.Errorf("message %q, want %q", msg, tt.msg)
			}
			for _, lang := range []blocks.Lang{blocks.Japanese, blocks.Hiragana} {
				if s := p.Localize(lang); s == p.Localize(blocks.English) || strings.Contains(s, "%!") {
					t.Errorf("in %s: %q", lang, s)
				}
			}
		})
	}
}

// problemsOf returns the problems err lists, failing when err is not a lesson's problems.
func problemsOf(t *testing.T, err error) Problems {
	t.Helper()
	var ps Problems
	var p *Problem
	switch {
	case errors.As(err, &ps):
	case errors.As(err, &p):
		ps = Problems{p}
	default:
		t.Fatalf("error %v (%T), want problems", err, err)
	}
	if len(ps) == 0 {
		t.Fatal("an empty list of problems")
	}
	return ps
}

func TestParseLocalized(t *testing.T) {
	data := strings.Replace(baseLesson, `{"opcode": "motion_movesteps"}]`, `{"opcode": "motion_fly"}]`, 1)
	_, err := Parse("t.lesson.json", []byte(data))
	ps := problemsOf(t, err)
	for _, tt := range []struct {
		lang blocks.Lang
		want string
	}{
		{blocks.English, `t.lesson.json, line 12, column 66 (steps[1].blocks[2].opcode): there is no block "motion_fly"`},
		{blocks.Japanese, `t.lesson.json、12 行 66 文字目（steps[1].blocks[2].opcode）: 「motion_fly」というブロックはありません`},
		{blocks.Hiragana, `t.lesson.json、12 ぎょうめ 66 もじめ（steps[1].blocks[2].opcode）: 「motion_fly」という ブロックは ありません`},
	} {
		if got := ps.Localize(tt.lang); got != tt.want {
			t.Errorf("in %s:\n got %s\nwant %s", tt.lang, got, tt.want)
		}
	}
}

// TestParseSeveralProblems checks that every problem is reported, in file order.
func TestParseSeveralProblems(t *testing.T) {
	data := strings.NewReplacer(`"x": 10`, `"x": "ten"`, `"format": 1`, `"format": 1, "extra": 0`,
		`"motion_movesteps"]`, `"looks_dance"]`).Replace(baseLesson)
	_, err := Parse("t.lesson.json", []byte(data))
	var got []int
	for _, p := range problemsOf(t, err) {
		got = append(got, p.Line)
	}
	if want := []int{2, 8, 13}; len(got) != len(want) || got[0] != 2 || got[1] != 8 || got[2] != 13 {
		t.Errorf("problems on lines %v, want %v", got, want)
	}
}

func TestParseEmptyAndHuge(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
		want string
	}{
		{"empty", "", "t.lesson.json: the file is empty"},
		{"blank", " \n ", "t.lesson.json: the file is empty"},
		{"too large", strings.Repeat(" ", MaxFileSize+1), "t.lesson.json: the file is larger than 1024 KB, which is too big for a lesson"},
		{"nested too deep", strings.Repeat("[", 100) + strings.Repeat("]", 100),
			"t.lesson.json, line 1, column 65: entries are nested more than 64 deep"},
		{"a list, not an object", "[]", "t.lesson.json, line 1, column 1: this should be an object in { }"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.lesson.json", []byte(tt.data))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse = %v, want %s", err, tt.want)
			}
		})
	}
}

// testProjectFile is a project with Tsumi, a variable "score" and a list "bag".
const testProjectFile = `{"format": 1, "name": "t",
  "stage": {"backdrop": 0, "costumes": [{"name": "school-yard", "library": "school-yard"}],
    "variables": [{"name": "score", "value": 0}], "lists": [{"name": "bag", "items": []}]},
  "sprites": [{"name": "Tsumi", "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
    "rotationStyle": "all around", "costume": 0, "layer": 1,
    "costumes": [{"name": "walk1", "library": "tsumi-walk1"}]}]}`

func TestLoad(t *testing.T) {
	files := fstest.MapFS{
		"lessons/t.lesson.json":      {Data: []byte(baseLesson)},
		"lessons/t.start.tsumiki":    {Data: []byte(testProjectFile)},
		"lessons/t.solution.tsumiki": {Data: []byte(testProjectFile)},
	}
	l, err := Load(files, "lessons/t.lesson.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := l.StartProject()
	if err != nil || p.Sprites[0].Name != "Tsumi" {
		t.Fatalf("StartProject = %v, %v", p, err)
	}
	// Each call gives a new copy, which the app may change.
	p.Sprites[0].Name = "Changed"
	if again, _ := l.StartProject(); again.Sprites[0].Name != "Tsumi" {
		t.Error("StartProject gave back a copy that was changed")
	}
	if _, err := (&Lesson{ID: "x"}).SolutionProject(); err == nil {
		t.Error("a lesson that was only parsed gives a solution")
	}
}

func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // changed or added files; "" removes one
		old   string            // a change to the lesson
		new   string
		want  string
	}{
		{"file named for another id", map[string]string{"lessons/t.lesson.json": "", "lessons/u.lesson.json": baseLesson}, "", "",
			`lessons/u.lesson.json (id): the lesson's id is "t", so its file must be named "t.lesson.json"`},
		{"missing project", map[string]string{"lessons/t.start.tsumiki": ""}, "", "",
			`lessons/t.lesson.json (start): the file cannot be read (open lessons/t.start.tsumiki: file does not exist)`},
		{"project that does not load", map[string]string{"lessons/t.solution.tsumiki": `{"format": 1, "name": "t", "stage": {}, "sprites": [], "extra": 1}`}, "", "",
			`lessons/t.solution.tsumiki: the project does not load: line 1: unknown entry "extra"`},
		{"unknown sprite", nil, `"expect": [{"sprite": "Tsumi"`, `"expect": [{"sprite": "Tsum"`,
			`lessons/t.lesson.json, line 8, column 14 (expect[1].sprite): there is no sprite "Tsum" in the solution`},
		{"unknown sprite in a check", nil, `"check": {"sprite": "Tsumi"`, `"check": {"sprite": "Cat"`,
			`lessons/t.lesson.json, line 14, column 16 (steps[1].check.sprite): there is no sprite "Cat" in the solution`},
		{"unknown variable", nil, `"x": 10`, `"variable": "lives", "value": 3`,
			`lessons/t.lesson.json, line 8, column 14 (expect[1].variable): there is no variable "lives" in the solution`},
		{"unknown list", nil, `"x": 10`, `"list": "box", "length": 3`,
			`lessons/t.lesson.json, line 8, column 14 (expect[1].list): there is no list "box" in the solution`},
		{"unknown costume", nil, `"x": 10`, `"costume": "walk9"`,
			`lessons/t.lesson.json, line 8, column 14 (expect[1].costume): the sprite "Tsumi" has no costume "walk9" in the solution`},
		{"unknown backdrop", nil, `"x": 10`, `"backdrop": "beach"`,
			`lessons/t.lesson.json, line 8, column 14 (expect[1].backdrop): there is no backdrop "beach" in the solution`},
		{"touching an unknown sprite", nil, `"x": 10`, `"touching": "Cat"`,
			`lessons/t.lesson.json, line 8, column 14 (expect[1].touching): there is no sprite "Cat" in the solution`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := fstest.MapFS{
				"lessons/t.lesson.json":      {Data: []byte(strings.Replace(baseLesson, tt.old, tt.new, 1))},
				"lessons/t.start.tsumiki":    {Data: []byte(testProjectFile)},
				"lessons/t.solution.tsumiki": {Data: []byte(testProjectFile)},
			}
			name := "lessons/t.lesson.json"
			for f, data := range tt.files {
				if data == "" {
					delete(files, f)
					continue
				}
				files[f] = &fstest.MapFile{Data: []byte(data)}
				if strings.HasSuffix(f, Ext) {
					name = f
				}
			}
			_, err := Load(files, name)
			if err == nil {
				t.Fatal("Load succeeded")
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("Load:\n got %s\nwant %s", got, tt.want)
			}
			if ja := blocks.Localize(err, blocks.Japanese); ja == err.Error() {
				t.Errorf("not said in Japanese: %s", ja)
			}
		})
	}
}

// TestHiraganaMessages checks that every message of the package, written with
// blocks.NewText, has no kanji in its hiragana.
func TestHiraganaMessages(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	texts := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 3 {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "NewText" {
				return true
			}
			texts++
			lit, ok := call.Args[2].(*ast.BasicLit)
			if !ok {
				t.Errorf("%s: the hiragana is not a literal", fset.Position(call.Pos()))
				return true
			}
			hira, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			if strings.ContainsFunc(hira, isKanji) {
				t.Errorf("%s: kanji in the hiragana %q", fset.Position(lit.Pos()), hira)
			}
			return true
		})
	}
	if texts < 50 {
		t.Errorf("found only %d messages", texts)
	}
}
