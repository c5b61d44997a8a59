package compile_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	lua "github.com/yuin/gopher-lua"
	"github.com/yuin/gopher-lua/parse"

	"tsumiki/blocks"
	"tsumiki/blocks/compile"
	"tsumiki/blocks/value"
	"tsumiki/runtime"
)

// fzHostile are strings that have broken code generators before: line breaks, NUL, Lua's long
// brackets and comments, quotes, keywords, code, Unicode line separators and bytes that are not
// UTF-8.
var fzHostile = []string{
	"", "\r", "\n", "\r\n", "\n\r", "\x00", "a\x00b", "]]", "]=]", "[[", "[=[", "[==[x]==]", "--[[", "--", "--[==[",
	"\\", "\\\\", "\"", "'", `\"`, "\\n", "\\0", "\\u{41}", "end", "function", "return", "local", "nil", "...",
	"os.exit()", "\"); os.exit(); (\"", "]] os.exit() --[[", "\n return 2 --", "\r return 2 --", "にほんご",
	"スプライト１", "😀", "👩‍👩‍👧", "\u2028", "\u2029", "\u0085", "a\u2028return 2", "\xff", "\xfe\xff", "\xc3",
	"\xed\xa0\x80", "\x7f", "\t", "\v\f", "%s", "%n %b", "%", "_myself_", "Stage", "0.5", "1e400", "-0", "NaN",
}

// fzNewState is a bare Lua state like the runtime's: no libraries at all.
func fzNewState() *lua.LState { return lua.NewState(lua.Options{SkipOpenLibs: true}) }

// FuzzQuote checks that a quoted string reads back in Lua as exactly the same bytes, and that
// the literal holds nothing a reader or a lexer could take for a line break, a NUL or a long
// bracket.
func FuzzQuote(f *testing.F) {
	for _, s := range fzHostile {
		f.Add(s)
	}
	L := fzNewState() // one state for the whole run: the fuzz function runs one input at a time
	defer L.Close()
	f.Fuzz(func(t *testing.T, s string) {
		L.SetTop(0)
		q := compile.Quote(s)
		if strings.ContainsAny(q, "\r\n\x00") {
			t.Fatalf("Quote(%q) = %q holds a raw CR, LF or NUL", s, q)
		}
		for _, bad := range []string{"[[", "]]", "--["} {
			if strings.Contains(q, bad) {
				t.Fatalf("Quote(%q) = %q holds %q", s, q, bad)
			}
		}
		if !utf8.ValidString(q) {
			t.Fatalf("Quote(%q) = %q is not valid UTF-8", s, q)
		}
		for _, r := range []rune{'\u2028', '\u2029', '\u0085'} {
			if strings.ContainsRune(q, r) {
				t.Fatalf("Quote(%q) = %q holds the line separator %U", s, q, r)
			}
		}
		if !strings.HasPrefix(q, `"`) || !strings.HasSuffix(q, `"`) || len(q) < 2 {
			t.Fatalf("Quote(%q) = %q is not a double-quoted literal", s, q)
		}
		if err := L.DoString("return " + q); err != nil {
			t.Fatalf("return %s: %v", q, err)
		}
		got, ok := L.Get(-1).(lua.LString)
		if !ok {
			t.Fatalf("return %s gave a %s", q, L.Get(-1).Type())
		}
		if string(got) != s {
			t.Fatalf("return %s gave %q, want %q", q, string(got), s)
		}
		// Two literals side by side stay two values: the first cannot swallow the second.
		L.SetTop(0)
		if err := L.DoString("return " + q + ", " + compile.Quote("after")); err != nil {
			t.Fatalf("two literals: %v", err)
		}
		if after := L.Get(-1); after.String() != "after" || L.Get(-2).String() != s {
			t.Fatalf("two literals gave %q, %q", L.Get(-2).String(), after.String())
		}
	})
}

// FuzzComment checks that nothing in a comment's text can end the comment and run as code.
func FuzzComment(f *testing.F) {
	for _, s := range fzHostile {
		f.Add(s)
	}
	L := fzNewState()
	defer L.Close()
	f.Fuzz(func(t *testing.T, s string) {
		c := compile.Comment(s)
		if !strings.HasPrefix(c, "--") {
			t.Fatalf("Comment(%q) = %q does not start with --", s, c)
		}
		if strings.ContainsAny(c, "\r\n\x00") {
			t.Fatalf("Comment(%q) = %q holds a raw CR, LF or NUL", s, c)
		}
		if strings.HasPrefix(c, "--[") {
			t.Fatalf("Comment(%q) = %q opens a long comment", s, c)
		}
		for _, chunk := range []string{c + "\nreturn 1", "local x = 1 " + c + "\nreturn x"} {
			if _, err := parse.Parse(strings.NewReader(chunk), "comment"); err != nil {
				t.Fatalf("%q does not parse: %v", chunk, err)
			}
			L.SetTop(0)
			err := L.DoString(chunk)
			var got lua.LValue = lua.LNil
			if err == nil {
				got = L.Get(-1)
			}
			if err != nil {
				t.Fatalf("%q: %v", chunk, err)
			}
			if n, ok := got.(lua.LNumber); !ok || n != 1 {
				t.Fatalf("%q returned %v, want 1", chunk, got)
			}
		}
	})
}

// fzProject builds a small valid project in which name is every name (sprite, variable, list,
// message, costume, custom block and its parameter, block ids) and text is every text literal,
// variable and list value and block comment. Its script says text five ways and then the
// costume's name.
func fzProject(name, text string) *blocks.Project {
	tv := func(s string) *blocks.Input { v := blocks.TextValue(s); return &blocks.Input{Literal: &v} }
	rep := func(b *blocks.Block) *blocks.Input { return &blocks.Input{Block: b} }
	id := func(s string) string { return name + "#" + s }
	varRef := &blocks.Block{ID: id("v"), Opcode: "data_variable", Fields: map[string]string{"VARIABLE": name}, Comment: text}
	say := func(k string, in *blocks.Input) *blocks.Block {
		return &blocks.Block{ID: id(k), Opcode: "looks_say", Inputs: map[string]*blocks.Input{"MESSAGE": in}, Comment: text}
	}
	code := name + " %s"
	main := []*blocks.Block{
		{ID: id("flag"), Opcode: "event_whenflagclicked", Comment: text},
		say("say1", tv(text)),
		{ID: id("set"), Opcode: "data_setvariableto", Fields: map[string]string{"VARIABLE": name},
			Inputs: map[string]*blocks.Input{"VALUE": tv(text)}, Comment: text},
		say("say2", rep(varRef)),
		{ID: id("clear"), Opcode: "data_deletealloflist", Fields: map[string]string{"LIST": name}},
		{ID: id("add"), Opcode: "data_addtolist", Fields: map[string]string{"LIST": name},
			Inputs: map[string]*blocks.Input{"ITEM": tv(text)}, Comment: text},
		say("say3", rep(&blocks.Block{ID: id("item"), Opcode: "data_itemoflist", Fields: map[string]string{"LIST": name},
			Inputs: map[string]*blocks.Input{"INDEX": tv("1")}})),
		{ID: id("call"), Opcode: "procedures_call", Proc: &blocks.Proc{Code: code},
			Inputs: map[string]*blocks.Input{name: tv(text)}, Comment: text},
		{ID: id("bcast"), Opcode: "event_broadcastandwait", Inputs: map[string]*blocks.Input{"BROADCAST_INPUT": tv(name)}},
		{ID: id("costume"), Opcode: "looks_switchcostumeto", Inputs: map[string]*blocks.Input{"COSTUME": tv(name)}},
		say("say6", rep(&blocks.Block{ID: id("cname"), Opcode: "looks_costumenumbername",
			Fields: map[string]string{"NUMBER_NAME": "name"}})),
	}
	def := []*blocks.Block{
		{ID: id("def"), Opcode: "procedures_definition", Proc: &blocks.Proc{Code: code, Params: []string{name}, Warp: true}, Comment: text},
		say("say4", rep(&blocks.Block{ID: id("arg"), Opcode: "argument_reporter_string_number",
			Fields: map[string]string{"VALUE": name}})),
	}
	recv := []*blocks.Block{
		{ID: id("recv"), Opcode: "event_whenbroadcastreceived", Fields: map[string]string{"BROADCAST_OPTION": name}},
		say("say5", rep(&blocks.Block{ID: id("v2"), Opcode: "data_variable", Fields: map[string]string{"VARIABLE": name}})),
	}
	return &blocks.Project{
		Format:   blocks.FormatVersion,
		Name:     name,
		Messages: []string{name},
		Sprites: []blocks.Sprite{{
			Name: name, Size: 100, Direction: 90, Visible: true, RotationStyle: "all around", Layer: 1,
			Contents: blocks.Contents{
				Variables: []blocks.Variable{{Name: name, Value: blocks.TextValue(text)}},
				Lists:     []blocks.List{{Name: name, Items: []blocks.Value{blocks.TextValue(text)}}},
				Costumes:  []blocks.Media{{Name: "first", Library: "ball"}, {Name: name, Library: name}},
				Scripts:   []blocks.Script{{Blocks: main}, {Blocks: def}, {Blocks: recv}},
			},
		}},
	}
}

// fzTraced is what JSON does to a string in the trace: bytes that are not UTF-8 become U+FFFD.
func fzTraced(s string) string {
	b, _ := json.Marshal(s)
	var out string
	_ = json.Unmarshal(b, &out)
	return out
}

// fzSays runs p headless and returns the texts it said, in order, and any errors it traced.
func fzSays(t *testing.T, p *blocks.Project, ticks int64) (says, errs []string) {
	t.Helper()
	var out bytes.Buffer
	if err := runtime.RunHeadless(p, runtime.Headless{MaxTicks: ticks}, &out); err != nil {
		t.Fatalf("RunHeadless: %v", err)
	}
	dec := json.NewDecoder(&out)
	for {
		var line map[string]any
		if err := dec.Decode(&line); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("trace does not decode: %v", err)
		}
		kind, _ := line["kind"].(string)
		text, _ := line["text"].(string)
		switch kind {
		case "say":
			says = append(says, text)
		case "error":
			errs = append(errs, text)
		}
	}
	return says, errs
}

// FuzzCompileStrings puts fuzzed strings in every place a project can hold a string, compiles
// the project, checks that the Lua parses and that its source map has a line for each line, runs
// it headless and checks that it says the fuzzed text unchanged.
func FuzzCompileStrings(f *testing.F) {
	for _, s := range fzHostile {
		f.Add(s, s)
		f.Add("cat", s)
		f.Add(s+"x", "hello")
	}
	f.Fuzz(func(t *testing.T, name, text string) {
		p := fzProject(name, text)
		if err := blocks.Check(p); err != nil {
			t.Skip("the loader refuses these names")
		}
		prog, err := compile.Project(p)
		if err != nil {
			t.Fatalf("Check accepted the project but compile did not: %v", err)
		}
		if _, err := parse.Parse(strings.NewReader(prog.Source), compile.ChunkName); err != nil {
			t.Fatalf("compiled Lua does not parse: %v\n%s", err, prog.Source)
		}
		if strings.ContainsAny(prog.Source, "\r\x00") {
			t.Fatalf("compiled Lua holds a raw CR or NUL:\n%q", prog.Source)
		}
		for _, bad := range []string{"[[", "]]", "--["} {
			if strings.Contains(prog.Source, bad) {
				t.Fatalf("compiled Lua holds %q:\n%s", bad, prog.Source)
			}
		}
		if lines := strings.Count(prog.Source, "\n"); lines != len(prog.Lines) {
			t.Fatalf("source has %d lines but the source map %d", lines, len(prog.Lines))
		}
		says, errs := fzSays(t, p, 5)
		if len(errs) > 0 {
			t.Fatalf("errors: %q", errs)
		}
		want := fzTraced(value.BubbleText(lua.LString(text)))
		wantName := fzTraced(value.BubbleText(lua.LString(name)))
		if len(says) != 6 {
			t.Fatalf("said %q, want %q five times then %q", says, want, wantName)
		}
		for i, s := range says[:5] {
			if s != want {
				t.Errorf("say %d: %q, want %q", i+1, s, want)
			}
		}
		if says[5] != wantName {
			t.Errorf("costume name: said %q, want %q", says[5], wantName)
		}
	})
}

// TestHostileStringsCompile runs the seed strings through the whole pipeline as a plain test, so
// that `go test` checks them without -fuzz.
func TestHostileStringsCompile(t *testing.T) {
	ran := 0
	for _, s := range fzHostile {
		p := fzProject(s+"n", s)
		if blocks.Check(p) != nil {
			continue
		}
		prog, err := compile.Project(p)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if _, err := parse.Parse(strings.NewReader(prog.Source), compile.ChunkName); err != nil {
			t.Fatalf("%q: compiled Lua does not parse: %v", s, err)
		}
		ran++
	}
	if ran < len(fzHostile)/2 {
		t.Fatalf("only %d of %d hostile strings made a valid project", ran, len(fzHostile))
	}
}
