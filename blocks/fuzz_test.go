package blocks_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"

	"tsumiki/blocks"
)

// fzSeedFiles are the project files the loader's fuzz target starts from.
func fzSeedFiles(tb testing.TB) map[string][]byte {
	tb.Helper()
	files := make(map[string][]byte)
	for _, pattern := range []string{"../examples/*.tsumiki", "../runtime/testdata/bench/*.tsumiki",
		"../runtime/testdata/hostile/*.tsumiki"} {
		names, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				tb.Fatal(err)
			}
			files[name] = data
		}
	}
	if len(files) == 0 {
		tb.Fatal("no seed files found")
	}
	return files
}

// FuzzParse checks that the loader never panics on any bytes, that every error it gives can be
// said in each language, and that whatever it accepts saves to bytes that load and save again to
// the same bytes.
func FuzzParse(f *testing.F) {
	for _, data := range fzSeedFiles(f) {
		f.Add(data)
		f.Add(data[:len(data)/2])
		f.Add(data[:len(data)-1])
		f.Add(bytes.Replace(data, []byte(`"format": 1`), []byte(`"format": 2`), 1))
		f.Add(bytes.Replace(data, []byte(`"format": 1`), []byte(`"format": 1, "extra": true`), 1))
		f.Add(bytes.Replace(data, []byte(`"format": 1`), []byte(`"FORMAT": 1`), 1))
		f.Add(bytes.Replace(data, []byte(`"id": "`), []byte(`"id": "x`), 1))
		f.Add(bytes.ReplaceAll(data, []byte(`"x": 0`), []byte(`"x": 1e300`)))
		f.Add(bytes.ReplaceAll(data, []byte(`"x": 0`), []byte(`"x": 1e400`)))
		f.Add(bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")))
		for _, at := range []int{1, len(data) / 3, len(data) - 2} {
			m := bytes.Clone(data)
			m[at] ^= 0x20
			f.Add(m)
		}
	}
	for _, s := range []string{"", "{}", "null", "[]", `{"format":1}`, `{"format":1}{}`, "\xef\xbb\xbf{}",
		`{"format":1,"stage":{"scripts":[{"blocks":[null]}]},"sprites":[]}`,
		`{"format":1,"stage":{"variables":[{"name":"a","value":true}]},"sprites":[]}`,
		`{"format":1,"stage":{"variables":[{"name":"a","value":"1e-7"},{"name":"b","value":-0}]},"sprites":[]}`} {
		f.Add([]byte(s))
	}
	embedded := fzBase()
	embedded.Sprites[0].Sounds = append(embedded.Sprites[0].Sounds, blocks.Media{Name: "hi", File: "hi.wav", Data: []byte("RIFF\x00")})
	if data, err := blocks.Marshal(embedded); err == nil {
		f.Add(data)
		f.Add(bytes.Replace(data, []byte(`"data": "`), []byte(`"data": "=`), 1))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := blocks.Parse(data)
		if err != nil {
			for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
				if msg := blocks.Localize(err, lang); msg == "" || strings.Contains(msg, "%!") {
					t.Fatalf("error in %v is badly formatted: %q", lang, msg)
				}
			}
			return
		}
		saved, err := blocks.Marshal(p)
		if err != nil {
			t.Fatalf("Marshal of a loaded project: %v", err)
		}
		p2, err := blocks.Parse(saved)
		if err != nil {
			t.Fatalf("a saved project does not load again: %v\n%s", err, saved)
		}
		again, err := blocks.Marshal(p2)
		if err != nil {
			t.Fatalf("Marshal again: %v", err)
		}
		if !bytes.Equal(saved, again) {
			t.Fatalf("load→save→load→save is not stable:\nfirst:\n%s\nsecond:\n%s", saved, again)
		}
	})
}

// fzBase is a small valid project: a message, stage data and one sprite "Cat" whose first script
// is a green-flag script with one block. Cases add their bad blocks to that script.
func fzBase() *blocks.Project {
	return &blocks.Project{
		Format:   blocks.FormatVersion,
		Name:     "problems",
		Messages: []string{"go"},
		Stage: blocks.Stage{Contents: blocks.Contents{
			Variables: []blocks.Variable{{Name: "score", Value: blocks.NumberValue("0")}},
			Lists:     []blocks.List{{Name: "things"}},
			Costumes:  []blocks.Media{{Name: "sky", Library: "sky"}},
		}},
		Sprites: []blocks.Sprite{{
			Name: "Cat", Size: 100, Direction: 90, Visible: true, RotationStyle: "all around", Layer: 1,
			Contents: blocks.Contents{
				Costumes: []blocks.Media{{Name: "cat1", Library: "cat"}},
				Sounds:   []blocks.Media{{Name: "meow", Library: "meow"}},
				Scripts: []blocks.Script{{Blocks: []*blocks.Block{
					{ID: "flag", Opcode: "event_whenflagclicked"},
					{ID: "hello", Opcode: "looks_say", Inputs: map[string]*blocks.Input{"MESSAGE": fzText("hi")}},
				}}},
			},
		}},
	}
}

func fzText(s string) *blocks.Input { v := blocks.TextValue(s); return &blocks.Input{Literal: &v} }
func fzNum(s string) *blocks.Input  { v := blocks.NumberValue(s); return &blocks.Input{Literal: &v} }
func fzRep(b *blocks.Block) *blocks.Input {
	return &blocks.Input{Block: b}
}

// fzAppend adds blocks to the end of the first script of the sprite Cat.
func fzAppend(p *blocks.Project, bs ...*blocks.Block) {
	s := &p.Sprites[0].Scripts[0]
	s.Blocks = append(s.Blocks, bs...)
}

// fzJoinChain returns n join blocks, each in the STRING2 slot of the one before, ids j1…jn.
func fzJoinChain(n int) *blocks.Block {
	var inner *blocks.Input = fzText("end")
	var b *blocks.Block
	for i := n; i >= 1; i-- {
		b = &blocks.Block{ID: fmt.Sprintf("j%d", i), Opcode: "operator_join",
			Inputs: map[string]*blocks.Input{"STRING1": fzText("a"), "STRING2": inner}}
		inner = fzRep(b)
	}
	return b
}

func TestBaseProjectIsValid(t *testing.T) {
	data, err := blocks.Marshal(fzBase())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := blocks.Parse(data); err != nil {
		t.Fatalf("the base project of the problem tests does not load: %v", err)
	}
}

// TestProblemMessages checks that each kind of problem is reported with the right words and
// names where it is, in English, Japanese and hiragana.
func TestProblemMessages(t *testing.T) {
	type where struct {
		target string
		script int
		block  string
	}
	cat := func(block string) where { return where{"Cat", 1, block} }
	cases := []struct {
		name   string
		edit   func(p *blocks.Project)
		raw    func(data []byte) []byte // edits the saved bytes instead
		check  bool                     // use Check on the Go value instead of Parse on its bytes
		want   string                   // in the English message
		where  where
		lineOf string // the problem must be on the line that holds this text
	}{
		{name: "unknown opcode", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "looks_sayy"})
		}, want: `unknown block "looks_sayy"`, where: cat("bad")},
		{name: "missing input", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "looks_say"})
		}, want: "the input MESSAGE is missing", where: cat("bad")},
		{name: "reporter in a boolean slot", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "if", Opcode: "control_if", Inputs: map[string]*blocks.Input{
				"CONDITION": fzRep(&blocks.Block{ID: "bad", Opcode: "data_variable", Fields: map[string]string{"VARIABLE": "score"}})}})
		}, want: "the input CONDITION takes only a pointed (true/false) block", where: cat("bad")},
		{name: "text in a boolean slot", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "control_if", Inputs: map[string]*blocks.Input{"CONDITION": fzText("true")}})
		}, want: "the input CONDITION takes only a pointed (true/false) block", where: cat("bad")},
		{name: "stack block in an input", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "say", Opcode: "looks_say", Inputs: map[string]*blocks.Input{
				"MESSAGE": fzRep(&blocks.Block{ID: "bad", Opcode: "looks_show"})}})
		}, want: "only a reporter fits in the input MESSAGE", where: cat("bad")},
		{name: "reporter on its own", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "motion_xposition"})
		}, want: "a reporter cannot stand on its own in a script", where: cat("bad")},
		{name: "block id used twice", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "hello", Opcode: "looks_show"})
		}, want: `the block id "hello" is used twice`, where: cat("hello")},
		{name: "dangling variable", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "data_setvariableto",
				Fields: map[string]string{"VARIABLE": "nope"}, Inputs: map[string]*blocks.Input{"VALUE": fzNum("1")}})
		}, want: `there is no variable "nope"`, where: cat("bad")},
		{name: "dangling list", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "data_deletealloflist", Fields: map[string]string{"LIST": "nope"}})
		}, want: `there is no list "nope"`, where: cat("bad")},
		{name: "dangling message", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "event_broadcast", Inputs: map[string]*blocks.Input{"BROADCAST_INPUT": fzText("nope")}})
		}, want: `there is no message "nope"`, where: cat("bad")},
		{name: "dangling message in a hat", edit: func(p *blocks.Project) {
			p.Sprites[0].Scripts = append(p.Sprites[0].Scripts, blocks.Script{Blocks: []*blocks.Block{
				{ID: "bad", Opcode: "event_whenbroadcastreceived", Fields: map[string]string{"BROADCAST_OPTION": "nope"}}}})
		}, want: `there is no message "nope"`, where: where{"Cat", 2, "bad"}},
		{name: "dangling costume", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "looks_switchcostumeto", Inputs: map[string]*blocks.Input{"COSTUME": fzText("nope")}})
		}, want: `there is no costume "nope"`, where: cat("bad")},
		{name: "dangling backdrop", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "looks_switchbackdropto", Inputs: map[string]*blocks.Input{"BACKDROP": fzText("nope")}})
		}, want: `there is no backdrop "nope"`, where: cat("bad")},
		{name: "dangling sound", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "sound_play", Inputs: map[string]*blocks.Input{"SOUND_MENU": fzText("nope")}})
		}, want: `there is no sound "nope"`, where: cat("bad")},
		{name: "dangling sprite", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "motion_goto", Inputs: map[string]*blocks.Input{"TO": fzText("Dog")}})
		}, want: `there is no sprite "Dog"`, where: cat("bad")},
		{name: "dangling custom block", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "procedures_call", Proc: &blocks.Proc{Code: "jump"}})
		}, want: `there is no custom block "jump" in this sprite`, where: cat("bad")},
		{name: "hat not first", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "bad", Opcode: "event_whenflagclicked"})
		}, want: "a hat block can only be at the top of a script", where: cat("bad")},
		{name: "block after forever", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "loop", Opcode: "control_forever"}, &blocks.Block{ID: "bad", Opcode: "looks_show"})
		}, want: "no block can go under this one", where: cat("bad")},
		{name: "block after stop all", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "stop", Opcode: "control_stop", Fields: map[string]string{"STOP_OPTION": "all"}},
				&blocks.Block{ID: "bad", Opcode: "looks_show"})
		}, want: `no block can go under "stop all"`, where: cat("bad")},
		{name: "motion block on the stage", edit: func(p *blocks.Project) {
			p.Stage.Scripts = []blocks.Script{{Blocks: []*blocks.Block{{ID: "flag2", Opcode: "event_whenflagclicked"},
				{ID: "bad", Opcode: "motion_movesteps", Inputs: map[string]*blocks.Input{"STEPS": fzNum("10")}}}}}
		}, want: "the stage cannot use this block", where: where{"Stage", 1, "bad"}},
		{name: "huge x", edit: func(p *blocks.Project) { p.Sprites[0].X = 1e300 },
			want: "x is 1e+300, which is not a sensible number", where: where{target: "Cat"}},
		{name: "NaN size", check: true, edit: func(p *blocks.Project) { p.Sprites[0].Size = math.NaN() },
			want: "size is NaN, which is not a sensible number", where: where{target: "Cat"}},
		{name: "NaN script position", check: true, edit: func(p *blocks.Project) { p.Sprites[0].Scripts[0].X = math.NaN() },
			want: "x, y is [NaN 0], which is not a sensible number", where: where{"Cat", 1, ""}},
		{name: "x too big for a float", raw: func(data []byte) []byte {
			return bytes.Replace(data, []byte(`"x": 0`), []byte(`"x": 1e400`), 1)
		}, want: `holds number 1e400, which does not fit there`, where: where{}},
		{name: "nested too deep", edit: func(p *blocks.Project) {
			fzAppend(p, &blocks.Block{ID: "say", Opcode: "looks_say", Inputs: map[string]*blocks.Input{
				"MESSAGE": fzRep(fzJoinChain(blocks.MaxDepth + 1))}})
		}, want: fmt.Sprintf("blocks are nested more than %d deep", blocks.MaxDepth),
			where: cat(fmt.Sprintf("j%d", blocks.MaxDepth+1))},
		{name: "too many blocks", check: true, edit: func(p *blocks.Project) {
			bs := make([]*blocks.Block, blocks.MaxBlocks)
			for i := range bs {
				bs[i] = &blocks.Block{ID: fmt.Sprintf("b%d", i), Opcode: "looks_show"}
			}
			fzAppend(p, bs...)
		}, want: fmt.Sprintf("the project has more than %d blocks", blocks.MaxBlocks),
			where: cat(fmt.Sprintf("b%d", blocks.MaxBlocks-2))},
		{name: "too many variables", edit: func(p *blocks.Project) {
			for i := 0; i <= blocks.MaxDataItems; i++ {
				p.Sprites[0].Variables = append(p.Sprites[0].Variables, blocks.Variable{Name: fmt.Sprint("v", i)})
			}
		}, want: fmt.Sprintf("there are more than %d variables", blocks.MaxDataItems), where: where{target: "Cat"}},
		{name: "project name too long", edit: func(p *blocks.Project) { p.Name = strings.Repeat("x", blocks.MaxNameLen+1) },
			want: "is empty or too long", where: where{}},
		{name: "unknown top-level field", raw: func(data []byte) []byte {
			return bytes.Replace(data, []byte(`"format": 1,`), []byte(`"format": 1, "colour": "red",`), 1)
		}, want: `unknown entry "colour"`, where: where{}},
		{name: "top-level field in the wrong case", raw: func(data []byte) []byte {
			return bytes.Replace(data, []byte(`"name": "problems"`), []byte(`"NAME": "problems"`), 1)
		}, want: `the entry "NAME" must be written "name"`, where: where{}},
		{name: "bad format version", raw: func(data []byte) []byte {
			return bytes.Replace(data, []byte(`"format": 1,`), []byte(`"format": 7,`), 1)
		}, want: "the file has format version 7, but this app reads version 1", where: where{}},
		{name: "broken JSON", raw: func(data []byte) []byte {
			return bytes.Replace(data, []byte(`"name": "problems",`), []byte(`"name": "problems"`), 1)
		}, want: "the file is not valid JSON", lineOf: `"messages"`, where: where{}},
		{name: "cut off", raw: func(data []byte) []byte { return data[:len(data)/2] },
			want: "the file ends too early", where: where{}},
		{name: "wrong type inside a reporter reports its line", raw: func(data []byte) []byte {
			return bytes.Replace(data, []byte(`"MESSAGE": "hi"`), []byte("\"MESSAGE\": {\"id\": 5, \"opcode\": \"motion_xposition\"}"), 1)
		}, want: `holds number`, lineOf: `"id": 5`, where: where{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := fzBase()
			if tc.edit != nil {
				tc.edit(p)
			}
			var err error
			line := 0
			if tc.check {
				err = blocks.Check(p)
			} else {
				data, merr := blocks.Marshal(p)
				if merr != nil {
					t.Fatal(merr)
				}
				if tc.raw != nil {
					data = tc.raw(data)
				}
				if tc.lineOf != "" {
					i := bytes.Index(data, []byte(tc.lineOf))
					if i < 0 {
						t.Fatalf("%q is not in the file", tc.lineOf)
					}
					line = bytes.Count(data[:i], []byte("\n")) + 1
				}
				_, err = blocks.Parse(data)
			}
			if err == nil {
				t.Fatalf("accepted, want %q", tc.want)
			}
			en := err.Error()
			if !strings.Contains(en, tc.want) {
				t.Fatalf("message %q does not say %q", en, tc.want)
			}
			pr := fzProblemSaying(err, tc.want)
			if pr == nil {
				t.Fatalf("no single problem says %q in %q", tc.want, en)
			}
			if pr.Target != tc.where.target || pr.Script != tc.where.script || pr.Block != tc.where.block {
				t.Errorf("problem is at target %q script %d block %q, want %q %d %q",
					pr.Target, pr.Script, pr.Block, tc.where.target, tc.where.script, tc.where.block)
			}
			if line > 0 && pr.Line != line {
				t.Errorf("problem is on line %d, want %d", pr.Line, line)
			}
			fzCheckWhereInWords(t, pr)
			for _, lang := range []blocks.Lang{blocks.Japanese, blocks.Hiragana} {
				loc := pr.Localize(lang)
				if loc == pr.Localize(blocks.English) {
					t.Errorf("%v message is the English one: %q", lang, loc)
				}
				msg := pr.Msg.Format(lang, pr.Args...)
				if !fzHasJapanese(msg) {
					t.Errorf("%v message has no Japanese: %q", lang, msg)
				}
				if strings.Contains(loc, "%!") {
					t.Errorf("%v message is badly formatted: %q", lang, loc)
				}
				if got := blocks.Localize(err, lang); !strings.Contains(got, loc) {
					t.Errorf("Localize(err, %v) = %q, does not hold %q", lang, got, loc)
				}
			}
			if lang := blocks.Hiragana; !fzHasHiragana(pr.Msg.Format(lang, pr.Args...)) {
				t.Errorf("hiragana message has no hiragana: %q", pr.Msg.Format(lang, pr.Args...))
			}
		})
	}
}

// fzProblemSaying returns the problem in err whose English message holds want.
func fzProblemSaying(err error, want string) *blocks.Problem {
	var ps blocks.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			if strings.Contains(p.Error(), want) {
				return p
			}
		}
		return nil
	}
	var p *blocks.Problem
	if errors.As(err, &p) && strings.Contains(p.Error(), want) {
		return p
	}
	return nil
}

// fzCheckWhereInWords checks that the message names the sprite, script and block in words.
func fzCheckWhereInWords(t *testing.T, pr *blocks.Problem) {
	t.Helper()
	en, ja, hira := pr.Localize(blocks.English), pr.Localize(blocks.Japanese), pr.Localize(blocks.Hiragana)
	type want struct{ en, ja string }
	var wants []want
	switch {
	case pr.Target == blocks.StageName:
		wants = append(wants, want{"the stage", "ステージ"})
	case pr.Target != "":
		wants = append(wants, want{fmt.Sprintf("sprite %q", pr.Target), "スプライト「" + pr.Target + "」"})
	}
	if pr.Script > 0 {
		wants = append(wants, want{fmt.Sprintf("script %d", pr.Script), fmt.Sprintf("スクリプト %d", pr.Script)})
	}
	if pr.Block != "" {
		words := pr.Words.In(blocks.English)
		if words == "" {
			words = blocks.BlockName(pr.Opcode, blocks.English)
		}
		wants = append(wants, want{"block " + pr.Block + " (" + words + ")", "ブロック " + pr.Block + "（"})
	}
	if pr.Line > 0 {
		wants = append(wants, want{fmt.Sprintf("line %d", pr.Line), fmt.Sprintf("%d ", pr.Line)})
	}
	for _, w := range wants {
		if !strings.Contains(en, w.en) {
			t.Errorf("English message %q does not name %q", en, w.en)
		}
		if !strings.Contains(ja, w.ja) || !strings.Contains(hira, w.ja) {
			t.Errorf("Japanese messages %q / %q do not name %q", ja, hira, w.ja)
		}
	}
}

func fzHasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

func fzHasHiragana(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hiragana, r) {
			return true
		}
	}
	return false
}

// TestNestingLimitIsExact checks that blocks nested exactly MaxDepth deep load and one more
// does not.
func TestNestingLimitIsExact(t *testing.T) {
	for n, ok := range map[int]bool{blocks.MaxDepth: true, blocks.MaxDepth + 1: false} {
		p := fzBase()
		fzAppend(p, &blocks.Block{ID: "say", Opcode: "looks_say", Inputs: map[string]*blocks.Input{
			"MESSAGE": fzRep(fzJoinChain(n))}})
		if err := blocks.Check(p); (err == nil) != ok {
			t.Errorf("%d joins nested in a say: Check = %v, want ok=%v", n, err, ok)
		}
	}
}

// TestCheckEndsOnCycles checks that a project built in memory whose blocks contain themselves
// (which the nested file format cannot express) is refused rather than walked forever.
func TestCheckEndsOnCycles(t *testing.T) {
	loopStack := &blocks.Block{ID: "loop", Opcode: "control_forever"}
	loopStack.Stacks = map[string][]*blocks.Block{"SUBSTACK": {loopStack}}
	join := &blocks.Block{ID: "join", Opcode: "operator_join", Inputs: map[string]*blocks.Input{"STRING1": fzText("a")}}
	join.Inputs["STRING2"] = fzRep(join)
	shared := &blocks.Block{ID: "shared", Opcode: "looks_show"}
	for name, bs := range map[string][]*blocks.Block{
		"stack holding itself": {loopStack},
		"input holding itself": {{ID: "say", Opcode: "looks_say", Inputs: map[string]*blocks.Input{"MESSAGE": fzRep(join)}}},
		"one block twice":      {shared, shared},
	} {
		p := fzBase()
		fzAppend(p, bs...)
		err := blocks.Check(p)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if !strings.Contains(err.Error(), "is used twice") {
			t.Errorf("%s: %v, want a message that the block id is used twice", name, err)
		}
	}
}

// TestParseCostIsLinearInNesting checks that loading deeply nested reporters costs memory in
// proportion to the file, not to its size times its depth. The checker refuses such files, but
// only after the JSON is decoded, so a hostile file must not be able to make decoding slow. It
// compares bytes allocated per byte of file at two depths (not wall time): for a linear decoder
// the two are about the same.
func TestParseCostIsLinearInNesting(t *testing.T) {
	perByte := func(depth int) float64 {
		p := fzBase()
		fzAppend(p, &blocks.Block{ID: "say", Opcode: "looks_say", Inputs: map[string]*blocks.Input{
			"MESSAGE": fzRep(fzJoinChain(depth))}})
		data, err := json.Marshal(p) // compact: indenting would make the file grow with depth squared
		if err != nil {
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := blocks.Parse(data); err == nil {
			t.Fatalf("%d deep: accepted", depth)
		}
		runtime.ReadMemStats(&after)
		return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(data))
	}
	shallow, deep := perByte(100), perByte(1500)
	if deep > 3*shallow {
		t.Errorf("decoding allocates %.0f bytes per file byte 1500 deep but %.0f 100 deep: cost grows with depth", deep, shallow)
	}
}
