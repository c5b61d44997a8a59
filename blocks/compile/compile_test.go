package compile

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
)

var update = flag.Bool("update", false, "rewrite the golden Lua files in testdata")

func compileFile(t *testing.T, path string) *Program {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := blocks.Parse(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	prog, err := Project(p)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return prog
}

// TestGolden compiles every project in testdata and compares the Lua with its golden file.
func TestGolden(t *testing.T) {
	cases, _ := filepath.Glob("testdata/*.tsumiki")
	if len(cases) == 0 {
		t.Fatal("no cases in testdata")
	}
	for _, path := range cases {
		t.Run(filepath.Base(path), func(t *testing.T) {
			prog := compileFile(t, path)
			golden := strings.TrimSuffix(path, ".tsumiki") + ".lua"
			if *update {
				if err := os.WriteFile(golden, []byte(prog.Source), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if prog.Source != string(want) {
				t.Errorf("Lua differs from %s (run go test -update after checking the change):\n%s", golden, prog.Source)
			}
			if _, err := lua.NewState(lua.Options{SkipOpenLibs: true}).LoadString(prog.Source); err != nil {
				t.Errorf("generated Lua does not parse: %v", err)
			}
		})
	}
}

// TestSourceMap checks that every line that runs a block maps to that block, and that the
// blocks of the project all appear in the map.
func TestSourceMap(t *testing.T) {
	prog := compileFile(t, "testdata/escapes.tsumiki")
	lines := strings.Split(prog.Source, "\n")
	if len(prog.Lines) != len(lines)-1 {
		t.Fatalf("source map has %d lines, source has %d", len(prog.Lines), len(lines)-1)
	}
	seen := make(map[string]bool)
	for i, loc := range prog.Lines {
		if loc.Block != "" {
			seen[loc.Block] = true
		}
		if strings.Contains(lines[i], "move(") && loc.Block != "m" {
			t.Errorf("line %d %q maps to %q, want the move block m", i+1, lines[i], loc.Block)
		}
		if strings.Contains(lines[i], `say("say"`) && loc.Block != "say" {
			t.Errorf("line %d %q maps to %q, want block say", i+1, lines[i], loc.Block)
		}
	}
	for _, id := range []string{"d", "r", "m", "c", "if", "st", "d2", "turn", "w", "ch", "wu", "f", "say", "call", "add", "bc", "h", "sw", "hb", "th"} {
		if !seen[id] {
			t.Errorf("block %s has no line in the source map", id)
		}
	}
}

// TestNumberVariables checks the type inference: a variable that only ever holds numbers is
// changed with plain arithmetic, one that may hold text goes through num().
func TestNumberVariables(t *testing.T) {
	prog := compileFile(t, "testdata/fib.tsumiki")
	// r is set from a parameter, which may be text: it must be read with num().
	if !strings.Contains(prog.Source, "var_r = (num(var_r) + num(list_item(") {
		t.Errorf("r should be read through num():\n%s", prog.Source)
	}
	prog = compileFile(t, "testdata/clones.tsumiki")
	if !strings.Contains(prog.Source, "var_ticks = var_ticks + 1") {
		t.Errorf("ticks only holds numbers and should use plain arithmetic:\n%s", prog.Source)
	}
}

// TestEveryTemplateNamesRealSlots checks each block's Lua against its inputs and fields, so a
// typo in the catalog cannot reach a child's program.
func TestEveryTemplateNamesRealSlots(t *testing.T) {
	for _, d := range blocks.All() {
		used := make(map[string]bool)
		var parts []part
		for _, line := range splitLines(d.Lua + "\n" + d.LuaNum) {
			parts = append(parts, parseTemplate(line).parts...)
		}
		for _, p := range parts {
			if p.sigil == 0 {
				continue
			}
			name := p.name
			used[name] = true
			switch p.sigil {
			case '$', '!':
				if d.InputSpec(name) == nil {
					t.Errorf("%s: template names unknown input %s", d.Opcode, name)
				}
			case '#', '@', '%':
				if d.FieldSpec(name) == nil {
					t.Errorf("%s: template names unknown field %s", d.Opcode, name)
				}
			}
		}
		if d.Lua == "" && d.Shape != blocks.Hat && !strings.HasPrefix(d.Opcode, "procedures_") && !strings.HasPrefix(d.Opcode, "argument_") {
			t.Errorf("%s has no Lua", d.Opcode)
		}
		if d.Lua == "" {
			continue
		}
		for _, in := range d.Inputs {
			if !used[in.Name] {
				t.Errorf("%s: input %s is not used by its Lua", d.Opcode, in.Name)
			}
		}
		for _, f := range d.Fields {
			if !used[f.Name] {
				t.Errorf("%s: field %s is not used by its Lua", d.Opcode, f.Name)
			}
		}
		for _, st := range d.Stacks {
			if !strings.Contains(d.Lua, "{"+st+"}") {
				t.Errorf("%s: stack %s is not used by its Lua", d.Opcode, st)
			}
		}
	}
}

// TestHostileStringsStayInLiterals checks that no project string escapes its literal or
// comment in the generated source.
func TestHostileStringsStayInLiterals(t *testing.T) {
	prog := compileFile(t, "testdata/escapes.tsumiki")
	for i, line := range strings.Split(prog.Source, "\n") {
		if strings.Contains(line, "\r") || strings.Contains(line, "\x00") {
			t.Errorf("line %d holds a raw control byte: %q", i+1, line)
		}
		if regexp.MustCompile(`os\.exit\(\)`).MatchString(line) && !strings.Contains(line, `"`) {
			t.Errorf("line %d runs project text as code: %q", i+1, line)
		}
		if strings.Contains(line, "print('pwned')") && !strings.HasPrefix(strings.TrimSpace(line), "--") {
			t.Errorf("line %d runs a comment as code: %q", i+1, line)
		}
	}
}

// TestClickableScripts checks that stacks without a hat and custom block definitions compile
// to scripts that no event starts, named by their first block.
func TestClickableScripts(t *testing.T) {
	prog := compileFile(t, "testdata/loose.tsumiki")
	type entry struct{ hat, block string }
	var got [][]entry
	for _, tg := range prog.Targets {
		var es []entry
		for _, s := range tg.Scripts {
			es = append(es, entry{s.Hat, s.Block})
		}
		got = append(got, es)
	}
	want := [][]entry{
		{{"", "sl"}},
		{{"", "m"}, {"procedures_definition", "def"}, {"event_whenflagclicked", "flag"}},
	}
	if len(got) != len(want) {
		t.Fatalf("targets %v", got)
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("target %d scripts %v, want %v", i, got[i], want[i])
		}
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Errorf("target %d script %d is %v, want %v", i, j, got[i][j], want[i][j])
			}
		}
	}
	if !prog.Targets[0].Numeric[0] {
		t.Error("score only holds numbers")
	}
	if !strings.Contains(prog.Source, `show_monitor("score", true, true)`) {
		t.Error("show list does not tell the runtime it is a list")
	}
}
