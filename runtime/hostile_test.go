package runtime

import (
	"bytes"
	"errors"
	hflag "flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/compile"
	"tsumiki/blocks/value"
)

// Hostile projects: each must either be refused with a clear error or run harmlessly, and every
// test here is bounded by tick counts, never by wall time.

var updateHostile = hflag.Bool("update-hostile", false, "rewrite testdata/hostile from the builders in hostile_test.go")

// Builders for hostile projects. They are written in Go so that every string can be anything.

type hField struct{ name, value string }

type hInput struct {
	name string
	in   *blocks.Input
}

type hStack struct {
	name   string
	blocks []*blocks.Block
}

// hB makes a block from its id, opcode and parts: hField, hInput, hStack, *blocks.Proc, or a
// string, which becomes the block's comment.
func hB(id, opcode string, parts ...any) *blocks.Block {
	b := &blocks.Block{ID: id, Opcode: opcode}
	for _, p := range parts {
		switch p := p.(type) {
		case hField:
			if b.Fields == nil {
				b.Fields = make(map[string]string)
			}
			b.Fields[p.name] = p.value
		case hInput:
			if b.Inputs == nil {
				b.Inputs = make(map[string]*blocks.Input)
			}
			b.Inputs[p.name] = p.in
		case hStack:
			if b.Stacks == nil {
				b.Stacks = make(map[string][]*blocks.Block)
			}
			b.Stacks[p.name] = p.blocks
		case *blocks.Proc:
			b.Proc = p
		case string:
			b.Comment = p
		default:
			panic(fmt.Sprintf("hB: unexpected part %T", p))
		}
	}
	return b
}

func hF(name, value string) hField               { return hField{name, value} }
func hS(name string, bs ...*blocks.Block) hStack { return hStack{name, bs} }

// hText, hNum and hRep fill an input with text, a number or a reporter.
func hText(name, s string) hInput {
	v := blocks.TextValue(s)
	return hInput{name, &blocks.Input{Literal: &v}}
}

func hNum(name, s string) hInput {
	v := blocks.NumberValue(s)
	return hInput{name, &blocks.Input{Literal: &v}}
}

func hRep(name string, b *blocks.Block) hInput { return hInput{name, &blocks.Input{Block: b}} }

// hVar is a reporter of the variable name.
func hVar(id, name string) *blocks.Block { return hB(id, "data_variable", hF("VARIABLE", name)) }

// hScript makes a script of blocks.
func hScript(bs ...*blocks.Block) blocks.Script { return blocks.Script{Blocks: bs} }

// hFlag makes a green-flag script.
func hFlag(id string, bs ...*blocks.Block) blocks.Script {
	return hScript(append([]*blocks.Block{hB(id, "event_whenflagclicked")}, bs...)...)
}

// hSprite makes a visible sprite with one costume and the scripts.
func hSprite(name string, scripts ...blocks.Script) blocks.Sprite {
	return blocks.Sprite{Name: name, Size: 100, Direction: 90, Visible: true, RotationStyle: "all around",
		Layer: 1, Contents: blocks.Contents{Costumes: []blocks.Media{{Name: "c1", Library: "ball"}}, Scripts: scripts}}
}

// hTicker is a sprite that says "tick" once a tick, forever: the rest of the project, which must
// keep running whatever a hostile script does.
func hTicker() blocks.Sprite {
	return hSprite("Ticker", hFlag("tick_flag", hB("tick_loop", "control_forever",
		hS("SUBSTACK", hB("tick_say", "looks_say", hText("MESSAGE", "tick"))))))
}

// hQuietTicker is a hidden ticker: it says "tick" on every pass but, being hidden, does not end
// the tick, so other scripts get many steps in one tick.
func hQuietTicker() blocks.Sprite {
	sp := hTicker()
	sp.Visible = false
	return sp
}

// hProject makes a project of sprites.
func hProject(sprites ...blocks.Sprite) *blocks.Project {
	return &blocks.Project{Format: blocks.FormatVersion, Name: "hostile", Sprites: sprites}
}

// hRun is a runtime and everything it traced.
type hRun struct {
	rt     *Runtime
	events []Event
}

// hStart makes a runtime for p and clicks the green flag.
func hStart(t *testing.T, p *blocks.Project, opts Options) *hRun {
	t.Helper()
	r := &hRun{}
	lastTick := int64(-1)
	opts.Trace = func(e Event) {
		if e.Kind == "say" && e.Target == "Ticker" {
			// A quiet ticker says thousands of times a tick; one is enough to know it ran.
			if e.Tick == lastTick {
				return
			}
			lastTick = e.Tick
		}
		r.events = append(r.events, e)
	}
	rt, err := New(p, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(rt.Close)
	r.rt = rt
	rt.GreenFlag()
	return r
}

// said returns the texts target said during tick.
func (r *hRun) said(tick int64, target string) []string {
	var out []string
	for _, e := range r.events {
		if e.Tick == tick && e.Kind == "say" && e.Target == target {
			out = append(out, e.Text)
		}
	}
	return out
}

// step runs one tick and checks that the ticker said "tick" in it.
func (r *hRun) step(t *testing.T) {
	t.Helper()
	tick := r.rt.Tick()
	r.rt.Step()
	if r.rt.Tick() != tick+1 {
		t.Fatalf("Step did not advance the tick: %d → %d", tick, r.rt.Tick())
	}
	if got := r.said(tick, "Ticker"); len(got) == 0 {
		t.Fatalf("tick %d: the ticker said nothing; the rest of the project stopped", tick)
	}
}

// variable returns a sprite's variable as text.
func (r *hRun) variable(sprite, name string) string {
	for _, s := range r.rt.State().Sprites {
		if s.Name == sprite {
			return s.Variables[name]
		}
	}
	return ""
}

// stepUntilError steps until a script error is reported, at most max ticks, checking the
// ticker every tick, and returns the error.
func (r *hRun) stepUntilError(t *testing.T, max int) *blocks.Problem {
	t.Helper()
	for i := 0; i < max; i++ {
		r.step(t)
		if errs := r.rt.Errors(); len(errs) > 0 {
			return errs[0]
		}
	}
	t.Fatalf("no error after %d ticks", max)
	return nil
}

// checkError checks a script error: its message, sprite and block, the trace's error event, and
// that the ticker keeps going for a few more ticks.
func (r *hRun) checkError(t *testing.T, p *blocks.Problem, want, target, block string) {
	t.Helper()
	if msg := p.Error(); !strings.Contains(msg, want) {
		t.Errorf("error %q does not say %q", msg, want)
	}
	if p.Target != target || p.Block != block {
		t.Errorf("error is on %s block %q, want %s block %q (%s)", p.Target, p.Block, target, block, p.Error())
	}
	if strings.Contains(p.Error(), "something went wrong inside Tsumiki") {
		t.Errorf("error is an internal one: %s", p.Error())
	}
	for _, lang := range []blocks.Lang{blocks.Japanese, blocks.Hiragana} {
		if p.Localize(lang) == p.Error() {
			t.Errorf("error in %v is the English one", lang)
		}
	}
	found := false
	for _, e := range r.events {
		if e.Kind == "error" && e.Block == block && e.Target == target {
			found = true
		}
	}
	if !found {
		t.Errorf("the trace has no error event for %s block %q", target, block)
	}
	for i := 0; i < 5; i++ {
		r.step(t)
	}
	if n := len(r.rt.Errors()); n != 1 {
		t.Errorf("%d errors, want exactly 1: %v", n, r.rt.Errors())
	}
}

// hHostileStrings are strings that are hard for generated code: line breaks, NUL, long brackets
// and comments, quotes, Lua keywords and code, and Unicode.
var hHostileStrings = []string{
	"\r", "\n", "\r\n", "\x00", "a\x00b", "]]", "]=]", "[[", "--[[", "--", "\\", "\"", "'", "end", "function",
	"return", "local", "nil", "and", "R", "G", "V", "STAGE_LISTS", "targets", "scripts", "...", "os.exit()",
	"\"); os.exit(); (\"", "]] os.exit() --[[", "\n return 2 --", "にほんご", "😀", "\u2028", "\u0085", "%s",
	"1", "-0", "NaN", "Infinity", "q",
}

// hEverywhere builds a project that puts s in every place a string can go: project, sprite,
// costume, sound, variable, list, message, custom block and parameter names, block ids,
// comments, list items, variable values and text literals. It says s six ways.
func hEverywhere(s string) *blocks.Project {
	id := func(k string) string { return s + "#" + k }
	say := func(k string, in hInput) *blocks.Block { return hB(id(k), "looks_say", in, s) }
	code := s + " %s"
	main := hFlag(id("flag"),
		say("say1", hText("MESSAGE", s)),
		say("say2", hRep("MESSAGE", hVar(id("v1"), s))),
		hB(id("add"), "data_addtolist", hF("LIST", s), hText("ITEM", s), s),
		say("say3", hRep("MESSAGE", hB(id("item"), "data_itemoflist", hF("LIST", s), hNum("INDEX", "last")))),
		hB(id("call"), "procedures_call", &blocks.Proc{Code: code}, hText(s, s), s),
		hB(id("bcast"), "event_broadcastandwait", hText("BROADCAST_INPUT", s), s),
		hB(id("costume"), "looks_switchcostumeto", hText("COSTUME", s), s),
		say("say6", hRep("MESSAGE", hB(id("cname"), "looks_costumenumbername", hF("NUMBER_NAME", "name")))),
		hB(id("sound"), "sound_play", hText("SOUND_MENU", s), s),
		hB(id("set"), "data_setvariableto", hF("VARIABLE", s), hText("VALUE", s), s),
	)
	def := hScript(hB(id("def"), "procedures_definition", &blocks.Proc{Code: code, Params: []string{s}}, s),
		say("say4", hRep("MESSAGE", hB(id("arg"), "argument_reporter_string_number", hF("VALUE", s)))))
	recv := hScript(hB(id("recv"), "event_whenbroadcastreceived", hF("BROADCAST_OPTION", s), s),
		say("say5", hRep("MESSAGE", hB(id("join"), "operator_join",
			hRep("STRING1", hB(id("item2"), "data_itemoflist", hF("LIST", s), hNum("INDEX", "1"))),
			hText("STRING2", s)))))
	sp := hSprite(s, main, def, recv)
	sp.Costumes = []blocks.Media{{Name: "first", Library: "ball"}, {Name: s, Library: s}}
	sp.Sounds = []blocks.Media{{Name: s, Library: s}}
	sp.Lists = []blocks.List{{Name: s, Items: []blocks.Value{blocks.TextValue(s)}}}
	p := hProject(sp)
	p.Name = s
	p.Messages = []string{s}
	p.Stage.Variables = []blocks.Variable{{Name: s, Value: blocks.TextValue(s)}}
	p.Stage.Lists = []blocks.List{{Name: s, Items: []blocks.Value{blocks.TextValue("stage " + s)}}}
	return p
}

func TestHostileStringsEverywhere(t *testing.T) {
	for _, s := range hHostileStrings {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			p := hEverywhere(s)
			if err := blocks.Check(p); err != nil {
				if strings.Contains(s, "%") {
					t.Skipf("refused, as it should be: %q in a custom block's name is a slot", s)
				}
				t.Fatalf("refused: %v", err)
			}
			r := hStart(t, p, Options{})
			for i := 0; i < 5; i++ {
				r.rt.Step()
			}
			if errs := r.rt.Errors(); len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			want := value.BubbleText(lua.LString(s))
			var says []string
			var sounds []string
			for _, e := range r.events {
				switch {
				case e.Kind == "say" && e.Target == s:
					says = append(says, e.Text)
				case e.Kind == "sound" && e.Target == s:
					sounds = append(sounds, e.Text)
				}
			}
			wantSays := []string{want, want, want, want, value.BubbleText(lua.LString(s + s)), s}
			if fmt.Sprint(says) != fmt.Sprint(wantSays) {
				t.Errorf("said %q, want %q", says, wantSays)
			}
			if len(sounds) != 1 || sounds[0] != s {
				t.Errorf("sounds %q, want [%q]", sounds, s)
			}
			st := r.rt.State()
			if got := st.Stage.Variables[s]; got != value.ToString(valueOf(blocks.TextValue(s))) {
				t.Errorf("stage variable %q = %q", s, got)
			}
			if len(st.Sprites) != 1 || st.Sprites[0].Name != s || st.Sprites[0].Costume != s {
				t.Errorf("sprite state %+v", st.Sprites)
			}
			if l := st.Sprites[0].Lists[s]; len(l) != 2 {
				t.Errorf("sprite list %q = %q, want two items", s, l)
			}
			if l := st.Stage.Lists[s]; len(l) != 1 || l[0] != "stage "+s {
				t.Errorf("stage list %q = %q", s, l)
			}
		})
	}
}

// TestHostileKeyNames checks hats for single-character keys that are hard for generated code.
func TestHostileKeyNames(t *testing.T) {
	for _, key := range []string{"\n", "\r", "\x00", "]", "[", "\\", "\"", "'", "-", "あ", "😀", "\u2028", "A"} {
		t.Run(fmt.Sprintf("%q", key), func(t *testing.T) {
			if key == "A" {
			}
			p := hProject(hSprite("S", hScript(hB("hat", "event_whenkeypressed", hF("KEY_OPTION", key)),
				hB("say", "looks_say", hRep("MESSAGE", hB("k", "sensing_keypressed", hText("KEY_OPTION", key)))))))
			r := hStart(t, p, Options{})
			r.rt.Send(Input{Tick: 1, Kind: "keydown", Key: key})
			for i := 0; i < 4; i++ {
				r.rt.Step()
			}
			if errs := r.rt.Errors(); len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			var says []string
			for _, e := range r.events {
				if e.Kind == "say" {
					says = append(says, e.Text)
				}
			}
			if len(says) != 1 || says[0] != "true" {
				t.Errorf("pressing %q said %q, want [true]", key, says)
			}
		})
	}
}

// hNest is a way to nest blocks: wrap puts inner one level inside a new block, leaf is the
// innermost block, top turns the outermost block into the statements of a script, and want is
// what the script says when it has levels wrappers.
type hNest struct {
	name string
	wrap func(id string, inner *blocks.Block) *blocks.Block
	leaf func() *blocks.Block
	top  func(outer *blocks.Block) []*blocks.Block
	want func(levels int) string
}

func hNests() []hNest {
	sayOf := func(b *blocks.Block) []*blocks.Block {
		return []*blocks.Block{hB("say", "looks_say", hRep("MESSAGE", b))}
	}
	stmt := func(b *blocks.Block) []*blocks.Block { return []*blocks.Block{b} }
	sayLeaf := func() *blocks.Block { return hB("leaf", "looks_say", hText("MESSAGE", "deep")) }
	deep := func(int) string { return "deep" }
	return []hNest{
		{name: "join in STRING1", wrap: func(id string, in *blocks.Block) *blocks.Block {
			return hB(id, "operator_join", hRep("STRING1", in), hText("STRING2", "b"))
		}, leaf: func() *blocks.Block { return hB("leaf", "operator_join", hText("STRING1", "a"), hText("STRING2", "")) },
			top: sayOf, want: func(n int) string { return "a" + strings.Repeat("b", n) }},
		{name: "join in STRING2", wrap: func(id string, in *blocks.Block) *blocks.Block {
			return hB(id, "operator_join", hText("STRING1", "b"), hRep("STRING2", in))
		}, leaf: func() *blocks.Block { return hB("leaf", "operator_join", hText("STRING1", "a"), hText("STRING2", "")) },
			top: sayOf, want: func(n int) string { return strings.Repeat("b", n) + "a" }},
		{name: "add in NUM2", wrap: func(id string, in *blocks.Block) *blocks.Block {
			return hB(id, "operator_add", hNum("NUM1", "1"), hRep("NUM2", in))
		}, leaf: func() *blocks.Block { return hB("leaf", "operator_add", hNum("NUM1", "1"), hNum("NUM2", "0")) },
			top: sayOf, want: func(n int) string { return fmt.Sprint(n + 1) }},
		{name: "subtract text in NUM1", wrap: func(id string, in *blocks.Block) *blocks.Block {
			return hB(id, "operator_subtract", hRep("NUM1", in), hText("NUM2", "1"))
		}, leaf: func() *blocks.Block { return hB("leaf", "operator_length", hText("STRING", strings.Repeat("x", 100))) },
			top: sayOf, want: func(n int) string { return fmt.Sprint(100 - n) }},
		{name: "not", wrap: func(id string, in *blocks.Block) *blocks.Block {
			return hB(id, "operator_not", hRep("OPERAND", in))
		}, leaf: func() *blocks.Block { return hB("leaf", "operator_not") },
			top: sayOf, want: func(n int) string { return fmt.Sprint(n%2 == 0) }},
		{name: "repeat", wrap: func(id string, in *blocks.Block) *blocks.Block {
			return hB(id, "control_repeat", hNum("TIMES", "1"), hS("SUBSTACK", in))
		}, leaf: sayLeaf, top: stmt, want: deep},
		{name: "if else", wrap: func(id string, in *blocks.Block) *blocks.Block {
			return hB(id, "control_if_else", hRep("CONDITION", hB(id+"c", "operator_not")), hS("SUBSTACK", in),
				hS("SUBSTACK2", hB(id+"e", "looks_say", hText("MESSAGE", "wrong"))))
		}, leaf: sayLeaf, top: stmt, want: deep},
		{name: "repeat until", wrap: func(id string, in *blocks.Block) *blocks.Block {
			return hB(id, "control_repeat_until", hRep("CONDITION", hB(id+"c", "operator_equals",
				hRep("OPERAND1", hVar(id+"v", "n")), hText("OPERAND2", "x"))),
				hS("SUBSTACK", in, hB(id+"s", "data_setvariableto", hF("VARIABLE", "n"), hText("VALUE", "x"))))
		}, leaf: func() *blocks.Block {
			return hB("leaf", "data_setvariableto", hF("VARIABLE", "m"), hText("VALUE", "deep"))
		},
			top: func(b *blocks.Block) []*blocks.Block {
				return []*blocks.Block{b, hB("say", "looks_say", hRep("MESSAGE", hVar("mv", "m")))}
			}, want: deep},
	}
}

func hNestNamed(name string) hNest {
	for _, sh := range hNests() {
		if sh.name == name {
			return sh
		}
	}
	panic("no nesting " + name)
}

// hNested builds a project in which shape sh nests blocks so that the deepest is exactly depth
// levels deep, in a green-flag script (params < 0) or inside a custom block with that many
// parameters that runs without screen refresh. It returns the project and what it says.
func hNested(sh hNest, depth int, params int) (*blocks.Project, string) {
	for levels := depth; levels >= 0; levels-- {
		b := sh.leaf()
		for i := levels; i >= 1; i-- {
			b = sh.wrap(fmt.Sprintf("n%d", i), b)
		}
		body := sh.top(b)
		if hMaxDepth(body, 0) != depth {
			continue
		}
		sp := hSprite("S")
		sp.Variables = []blocks.Variable{{Name: "n", Value: blocks.NumberValue("0")}, {Name: "m", Value: blocks.NumberValue("0")}}
		if params >= 0 {
			var names []string
			code := "deep"
			call := hB("call", "procedures_call", &blocks.Proc{})
			for i := 0; i < params; i++ {
				names = append(names, fmt.Sprintf("p%d", i))
				code += " %s"
				hInputTo(call, hText(names[i], names[i]))
			}
			call.Proc.Code = code
			def := hB("def", "procedures_definition", &blocks.Proc{Code: code, Params: names, Warp: true})
			sp.Scripts = []blocks.Script{hScript(append([]*blocks.Block{def}, body...)...), hFlag("flag", call)}
		} else {
			sp.Scripts = []blocks.Script{hFlag("flag", body...)}
		}
		return hProject(sp), sh.want(levels)
	}
	panic(fmt.Sprintf("nesting %s cannot reach depth %d", sh.name, depth))
}

func hInputTo(b *blocks.Block, in hInput) {
	if b.Inputs == nil {
		b.Inputs = make(map[string]*blocks.Input)
	}
	b.Inputs[in.name] = in.in
}

// hMaxDepth is how deep the deepest block of a script is, counted as the checker counts.
func hMaxDepth(bs []*blocks.Block, depth int) int {
	max := -1
	for _, b := range bs {
		if b == nil {
			continue
		}
		max = hMax(max, hBlockDepth(b, depth))
	}
	return max
}

func hBlockDepth(b *blocks.Block, depth int) int {
	max := depth
	for _, in := range b.Inputs {
		if in != nil && in.Block != nil {
			max = hMax(max, hBlockDepth(in.Block, depth+1))
		}
	}
	for _, st := range b.Stacks {
		max = hMax(max, hMaxDepth(st, depth+1))
	}
	return max
}

func hMax(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// TestHostileNesting runs blocks nested exactly as deep as the loader allows, in a script and in
// a custom block with parameters, and checks that one level more is refused naming the block.
func TestHostileNesting(t *testing.T) {
	for _, sh := range hNests() {
		for _, params := range []int{-1, 0, 4, 5, 20} {
			t.Run(fmt.Sprintf("%s/params=%d", sh.name, params), func(t *testing.T) {
				if sh.name == "repeat" && params >= 5 {
				}
				p, want := hNested(sh, blocks.MaxDepth, params)
				r := hStart(t, p, Options{})
				for i := 0; i < 3; i++ {
					r.rt.Step()
				}
				if errs := r.rt.Errors(); len(errs) > 0 {
					t.Fatalf("errors: %v", errs)
				}
				var says []string
				for _, e := range r.events {
					if e.Kind == "say" {
						says = append(says, e.Text)
					}
				}
				if len(says) != 1 || says[0] != want {
					t.Errorf("said %q, want [%q]", says, want)
				}

				p, _ = hNested(sh, blocks.MaxDepth+1, params)
				rt, err := New(p, Options{})
				if err == nil {
					rt.Close()
					t.Fatal("one level deeper was accepted")
				}
				var ps blocks.Problems
				if !errors.As(err, &ps) || len(ps) == 0 {
					t.Fatalf("error is not a Problems list: %v", err)
				}
				tooDeep := fmt.Sprintf("blocks are nested more than %d deep", blocks.MaxDepth)
				if !strings.Contains(ps[0].Error(), tooDeep) || ps[0].Target != "S" || ps[0].Block == "" {
					t.Errorf("error %q does not say %q naming the sprite and block", ps[0].Error(), tooDeep)
				}
			})
		}
	}
}

// hCounter is a sprite whose green-flag script runs body with a variable n to count in.
func hCounter(body ...*blocks.Block) blocks.Sprite {
	sp := hSprite("A", hFlag("flag", body...))
	sp.Variables = []blocks.Variable{{Name: "n", Value: blocks.NumberValue("0")}}
	return sp
}

func hCount(id string) *blocks.Block {
	return hB(id, "data_changevariableby", hF("VARIABLE", "n"), hNum("VALUE", "1"))
}

// hWarpProc returns a custom block "runaway" that runs body without screen refresh, and a call.
func hWarpProc(warp bool, body ...*blocks.Block) (blocks.Script, *blocks.Block) {
	def := hScript(append([]*blocks.Block{hB("def", "procedures_definition", &blocks.Proc{Code: "runaway", Warp: warp})}, body...)...)
	return def, hB("call", "procedures_call", &blocks.Proc{Code: "runaway"})
}

// TestHostileHugeRepeat checks that repeat 1e308 and repeat Infinity run a step at a time: the
// app keeps ticking and the other sprite keeps talking.
func TestHostileHugeRepeat(t *testing.T) {
	times := map[string]hInput{
		"1e308":    hNum("TIMES", "1e308"),
		"Infinity": hText("TIMES", "Infinity"),
		"1 / 0":    hRep("TIMES", hB("div", "operator_divide", hNum("NUM1", "1"), hNum("NUM2", "0"))),
		"1e999":    hText("TIMES", "1e999"),
	}
	for name, in := range times {
		for _, warp := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/warp=%v", name, warp), func(t *testing.T) {
				loop := hB("loop", "control_repeat", in, hS("SUBSTACK", hCount("inc")))
				def, call := hWarpProc(warp, loop)
				a := hCounter(call)
				a.Scripts = append(a.Scripts, def)
				const budget = 1000
				r := hStart(t, hProject(a, hTicker()), Options{StepBudget: budget})
				last := 0.0
				for i := 0; i < 30; i++ {
					r.step(t)
					n, _ := value.ParseNumber(r.variable("A", "n"))
					if n <= last || n-last > budget+hWarpBatch {
						t.Fatalf("tick %d: counter went from %v to %v, want a rise of 1 to %d", i, last, n, budget+hWarpBatch)
					}
					last = n
				}
				if !r.rt.Running() || len(r.rt.Errors()) > 0 {
					t.Fatalf("running %v, errors %v", r.rt.Running(), r.rt.Errors())
				}
				if warp && last < 30*budget/4 {
					t.Errorf("without screen refresh the loop ran only %v times in 30 ticks", last)
				}
			})
		}
	}
}

// TestHostileWarpForever checks that a forever loop with no wait inside a custom block that runs
// without screen refresh is paused by the step budget each tick and resumed the next, while
// another sprite keeps running.
func TestHostileWarpForever(t *testing.T) {
	cases := map[string]func() blocks.Sprite{
		"forever in a warp block": func() blocks.Sprite {
			def, call := hWarpProc(true, hB("loop", "control_forever", hS("SUBSTACK", hCount("inc"))))
			a := hCounter(call)
			a.Scripts = append(a.Scripts, def)
			return a
		},
		"forever in a plain block called from a warp block": func() blocks.Sprite {
			def, call := hWarpProc(true, hB("inner_call", "procedures_call", &blocks.Proc{Code: "inner"}))
			inner := hScript(hB("inner_def", "procedures_definition", &blocks.Proc{Code: "inner"}),
				hB("loop", "control_forever", hS("SUBSTACK", hCount("inc"))))
			a := hCounter(call)
			a.Scripts = append(a.Scripts, def, inner)
			return a
		},
		"repeat until false in a warp block": func() blocks.Sprite {
			def, call := hWarpProc(true, hB("loop", "control_repeat_until", hS("SUBSTACK", hCount("inc"))))
			a := hCounter(call)
			a.Scripts = append(a.Scripts, def)
			return a
		},
	}
	for name, sprite := range cases {
		t.Run(name, func(t *testing.T) {
			const budget = 2000
			r := hStart(t, hProject(sprite(), hTicker()), Options{StepBudget: budget})
			last := 0.0
			for i := 1; i <= 20; i++ {
				r.step(t)
				n, _ := value.ParseNumber(r.variable("A", "n"))
				if rise := n - last; rise < budget/2 || rise > budget+hWarpBatch {
					t.Fatalf("tick %d: the loop ran %v times, want between %d and %d (the step budget)", i, rise, budget/2, budget+hWarpBatch)
				}
				last = n
			}
			if len(r.rt.Errors()) > 0 {
				t.Fatalf("errors: %v", r.rt.Errors())
			}
		})
	}
}

// hWarpBatch is how many loop iterations a block that runs without screen refresh may run before
// it reports them to the step budget (compile.warpBatch): a tick may overshoot the budget by that.
const hWarpBatch = 64

// TestHostileWarpBatchesCountEveryIteration checks that loops in blocks that run without screen
// refresh count every iteration against the step budget, even when the block returns before its
// batch is reported: a warp block looping 63 times, called from a warp forever loop, must not
// run 63 times the budget in one tick. Nested three deep this takes a tick of more than a
// minute, past the wall-clock watchdog, which looks only every 4096 counted steps.
func TestHostileWarpBatchesCountEveryIteration(t *testing.T) {
	for _, levels := range []int{1, 2} {
		t.Run(fmt.Sprintf("%d levels", levels), func(t *testing.T) {
			a := hCounter(hB("call0", "procedures_call", &blocks.Proc{Code: "w0"}))
			a.Scripts = append(a.Scripts, hScript(hB("d0", "procedures_definition", &blocks.Proc{Code: "w0", Warp: true}),
				hB("loop", "control_forever", hS("SUBSTACK", hB("c1", "procedures_call", &blocks.Proc{Code: "w1"})))))
			for i := 1; i <= levels; i++ {
				inner := hCount("inc")
				if i < levels {
					inner = hB(fmt.Sprint("c", i+1), "procedures_call", &blocks.Proc{Code: fmt.Sprint("w", i+1)})
				}
				a.Scripts = append(a.Scripts, hScript(
					hB(fmt.Sprint("d", i), "procedures_definition", &blocks.Proc{Code: fmt.Sprint("w", i), Warp: true}),
					hB(fmt.Sprint("r", i), "control_repeat", hNum("TIMES", "63"), hS("SUBSTACK", inner))))
			}
			const budget = 1000
			r := hStart(t, hProject(a, hTicker()), Options{StepBudget: budget})
			r.step(t)
			n, _ := value.ParseNumber(r.variable("A", "n"))
			if limit := float64(budget + hWarpBatch*(levels+1)); n > limit {
				t.Errorf("one tick ran the innermost loop %v times; the step budget is %d", n, budget)
			}
		})
	}
}

// TestHostileRecursion checks that a custom block calling itself forever ends with a plain error
// on the call that recursed (or the definition of a block in the cycle), and the rest of the
// project keeps running.
func TestHostileRecursion(t *testing.T) {
	type recursion struct {
		sprite blocks.Sprite
		blocks []string // the error may name any of these
	}
	self := func(warp bool, before ...*blocks.Block) recursion {
		body := append(before, hCount("inc"), hB("again", "procedures_call", &blocks.Proc{Code: "runaway"}))
		def, call := hWarpProc(warp, body...)
		a := hCounter(call)
		a.Scripts = append(a.Scripts, def)
		return recursion{sprite: a, blocks: []string{"again", "def"}}
	}
	mutual := func(warpF, warpG bool) recursion {
		f := hScript(hB("f_def", "procedures_definition", &blocks.Proc{Code: "f", Warp: warpF}),
			hB("f_calls_g", "procedures_call", &blocks.Proc{Code: "g"}))
		g := hScript(hB("g_def", "procedures_definition", &blocks.Proc{Code: "g", Warp: warpG}),
			hCount("inc"), hB("g_calls_f", "procedures_call", &blocks.Proc{Code: "f"}))
		a := hCounter(hB("call", "procedures_call", &blocks.Proc{Code: "f"}))
		a.Scripts = append(a.Scripts, f, g)
		return recursion{sprite: a, blocks: []string{"f_calls_g", "g_calls_f", "f_def", "g_def"}}
	}
	withMove := func(warp bool) recursion {
		return self(warp, hB("move", "motion_changexby", hNum("DX", "1")))
	}
	cases := map[string]recursion{
		"self":                         self(false),
		"self without refresh":         self(true),
		"mutual":                       mutual(false, false),
		"mutual without refresh":       mutual(true, true),
		"mutual, one without refresh":  mutual(true, false),
		"self, moving":                 withMove(false),
		"self without refresh, moving": withMove(true),
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := hStart(t, hProject(tc.sprite, hTicker()), Options{StepBudget: 10_000})
			p := r.stepUntilError(t, 3*callStackSize)
			block := p.Block
			if !slicesContains(tc.blocks, block) {
				t.Errorf("error on block %q (%s), want one of %q", block, p.Error(), tc.blocks)
				block = tc.blocks[0]
			}
			r.checkError(t, p, fmt.Sprintf("a custom block called itself too many times (more than %d deep)", callStackSize), "A", block)
		})
	}
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestHostileRunawayText checks that doubling a text forever ends with the text limit on the
// block that would pass it, and the rest keeps running.
func TestHostileRunawayText(t *testing.T) {
	for _, warp := range []bool{false, true} {
		t.Run(fmt.Sprintf("warp=%v", warp), func(t *testing.T) {
			grow := hB("grow", "data_setvariableto", hF("VARIABLE", "s"), hRep("VALUE", hB("join", "operator_join",
				hRep("STRING1", hVar("s1", "s")), hRep("STRING2", hVar("s2", "s")))))
			def, call := hWarpProc(warp, hB("loop", "control_forever", hS("SUBSTACK", grow)))
			a := hCounter(hB("init", "data_setvariableto", hF("VARIABLE", "s"), hText("VALUE", "ab")), call)
			a.Variables = append(a.Variables, blocks.Variable{Name: "s", Value: blocks.TextValue("")})
			a.Scripts = append(a.Scripts, def)
			r := hStart(t, hProject(a, hTicker()), Options{})
			p := r.stepUntilError(t, 100)
			r.checkError(t, p, fmt.Sprintf("the text would be too long (more than %d MB)", MaxString>>20), "A", "grow")
			if n := len(r.variable("A", "s")); n != MaxString {
				t.Errorf("the text is %d bytes, want it left at %d", n, MaxString)
			}
		})
	}
}

// TestHostileRunawayList checks that adding to a list forever ends at the list limit with an
// error on the adding block, and that lists of big items end at the budget for all lists.
func TestHostileRunawayList(t *testing.T) {
	t.Run("items", func(t *testing.T) {
		a := hCounter(hB("loop", "control_forever", hS("SUBSTACK", hB("add", "data_addtolist", hF("LIST", "l"), hText("ITEM", "x")))))
		a.Lists = []blocks.List{{Name: "l"}}
		r := hStart(t, hProject(a, hQuietTicker()), Options{})
		p := r.stepUntilError(t, 20)
		r.checkError(t, p, fmt.Sprintf(`the list "l" cannot hold more than %d items`, MaxListItems), "A", "add")
		if n := len(r.rt.State().Sprites[0].Lists["l"]); n != MaxListItems {
			t.Errorf("list has %d items, want %d", n, MaxListItems)
		}
	})
	t.Run("insert", func(t *testing.T) {
		a := hCounter(hB("loop", "control_forever", hS("SUBSTACK", hB("ins", "data_insertatlist", hF("LIST", "l"),
			hText("ITEM", "x"), hText("INDEX", "last")))))
		a.Lists = []blocks.List{{Name: "l"}}
		r := hStart(t, hProject(a, hQuietTicker()), Options{})
		p := r.stepUntilError(t, 20)
		r.checkError(t, p, fmt.Sprintf(`the list "l" cannot hold more than %d items`, MaxListItems), "A", "ins")
	})
	t.Run("bytes", func(t *testing.T) {
		grow := hB("grow", "control_repeat", hNum("TIMES", "19"), hS("SUBSTACK",
			hB("double", "data_setvariableto", hF("VARIABLE", "s"), hRep("VALUE", hB("join", "operator_join",
				hRep("STRING1", hVar("s1", "s")), hRep("STRING2", hVar("s2", "s")))))))
		a := hCounter(hB("init", "data_setvariableto", hF("VARIABLE", "s"), hText("VALUE", "ab")), grow,
			hB("loop", "control_forever", hS("SUBSTACK", hB("add", "data_addtolist", hF("LIST", "l"), hRep("ITEM", hVar("s3", "s"))))))
		a.Variables = append(a.Variables, blocks.Variable{Name: "s", Value: blocks.TextValue("")})
		a.Lists = []blocks.List{{Name: "l"}}
		r := hStart(t, hProject(a, hTicker()), Options{})
		p := r.stepUntilError(t, 1000)
		r.checkError(t, p, fmt.Sprintf("all the lists together hold too much (more than %d MB)", MaxListBytes>>20), "A", "add")
		if n := len(r.rt.State().Sprites[0].Lists["l"]); n == 0 || n*MaxString > MaxListBytes {
			t.Errorf("list has %d items of %d bytes", n, MaxString)
		}
	})
}

// TestHostileClones checks that creating clones forever, and clones that clone themselves, stop
// at 300 clones without an error while the rest keeps running.
func TestHostileClones(t *testing.T) {
	forever := hB("loop", "control_forever", hS("SUBSTACK", hB("clone", "control_create_clone_of", hText("CLONE_OPTION", "_myself_"))))
	cases := map[string]blocks.Sprite{
		"forever": hSprite("A", hFlag("flag", forever)),
		"clones clone": hSprite("A", hFlag("flag", hB("clone", "control_create_clone_of", hText("CLONE_OPTION", "_myself_"))),
			hScript(hB("start", "control_start_as_clone"), hB("c1", "control_create_clone_of", hText("CLONE_OPTION", "_myself_")),
				hB("c2", "control_create_clone_of", hText("CLONE_OPTION", "A")))),
		"clones clone forever": hSprite("A", hFlag("flag", forever),
			hScript(hB("start", "control_start_as_clone"), hB("loop2", "control_forever", hS("SUBSTACK",
				hB("c1", "control_create_clone_of", hText("CLONE_OPTION", "_myself_")),
				hB("turn", "motion_turnright", hNum("DEGREES", "15")))))),
	}
	for name, sp := range cases {
		t.Run(name, func(t *testing.T) {
			r := hStart(t, hProject(sp, hTicker()), Options{})
			for i := 0; i < 400; i++ {
				r.step(t)
				if n := r.rt.World().CloneCount(); n > 300 {
					t.Fatalf("tick %d: %d clones", i, n)
				}
			}
			if n := r.rt.State().Clones; n != 300 {
				t.Errorf("%d clones, want 300", n)
			}
			if len(r.rt.Errors()) > 0 {
				t.Errorf("errors: %v", r.rt.Errors())
			}
		})
	}
}

// TestHostileCloneChain checks a chain of clones that each make the next and delete themselves.
// Scripts a new clone starts run in the same pass, so the chain must count against the step
// budget to end the tick, and must go on in the next tick rather than die.
func TestHostileCloneChain(t *testing.T) {
	sp := hSprite("A", hFlag("flag", hB("c0", "control_create_clone_of", hText("CLONE_OPTION", "_myself_"))),
		hScript(hB("start", "control_start_as_clone"), hB("c1", "control_create_clone_of", hText("CLONE_OPTION", "_myself_")),
			hB("del", "control_delete_this_clone")))
	sp.Visible = false
	const budget = 1000
	r := hStart(t, hProject(sp, hTicker()), Options{StepBudget: budget})
	made := 0
	for i := 0; i < 10; i++ {
		before := r.rt.nextID
		r.step(t)
		n := r.rt.nextID - before
		if n > 2*budget {
			t.Errorf("tick %d made %d clones with a step budget of %d", i, n, budget)
		}
		made += n
	}
	running := false
	for _, th := range r.rt.threads {
		running = running || th.in.sprite != nil && th.in.sprite.IsClone
	}
	if !running {
		t.Errorf("after %d clones the chain stopped: no clone script runs", made)
	}
}

// hBigListCloner is a sprite with a small and a big list that clones itself forever.
func hBigListCloner() blocks.Sprite {
	items := make([]blocks.Value, 100_000)
	for i := range items {
		items[i] = blocks.TextValue("item")
	}
	a := hSprite("A", hFlag("flag", hB("loop", "control_forever", hS("SUBSTACK",
		hB("clone", "control_create_clone_of", hText("CLONE_OPTION", "_myself_"))))))
	a.Lists = []blocks.List{{Name: "small", Items: items[:1000]}, {Name: "big", Items: items}}
	return a
}

// TestHostileClonesWithBigLists checks that cloning a sprite with big lists stops at the budget
// for all lists, with an error on the create-clone block.
func TestHostileClonesWithBigLists(t *testing.T) {
	r := hStart(t, hProject(hBigListCloner(), hTicker()), Options{})
	p := r.stepUntilError(t, 400)
	r.checkError(t, p, "all the lists together hold too much", "A", "clone")
	if n := r.rt.World().CloneCount(); n < 10 || n >= 300 {
		t.Errorf("%d clones", n)
	}
}

// TestHostileFailedCloneGivesBackListBudget checks that a clone that does not fit in the list
// budget gives back what it had taken, so the budget always equals what the lists hold.
func TestHostileFailedCloneGivesBackListBudget(t *testing.T) {
	r := hStart(t, hProject(hBigListCloner(), hTicker()), Options{})
	r.stepUntilError(t, 400)
	var held int
	for _, sp := range r.rt.World().Sprites {
		if in := r.rt.bySprite[sp]; in != nil {
			for _, l := range in.lists {
				held += l.bytes
			}
		}
	}
	if r.rt.listBytes != held {
		t.Errorf("the list budget counts %d bytes but the lists hold %d", r.rt.listBytes, held)
	}
}

// hStorms are projects whose scripts restart themselves without a loop: a script that
// broadcasts the message it receives, or switches to the backdrop that starts it. The sprite is
// hidden so that its say changes nothing visible (which would end the tick).
func hStorms() map[string]*blocks.Project {
	storm := func(first, again *blocks.Block, hat *blocks.Block) *blocks.Project {
		sp := hSprite("A", hFlag("flag", first), hScript(hat, hB("say", "looks_say", hText("MESSAGE", "again")), again))
		sp.Visible = false
		p := hProject(sp)
		p.Messages = []string{"m"}
		p.Stage.Costumes = []blocks.Media{{Name: "a", Library: "a"}, {Name: "b", Library: "b"}}
		return p
	}
	recv := func() *blocks.Block { return hB("recv", "event_whenbroadcastreceived", hF("BROADCAST_OPTION", "m")) }
	return map[string]*blocks.Project{
		"broadcast": storm(hB("b0", "event_broadcast", hText("BROADCAST_INPUT", "m")),
			hB("again", "event_broadcast", hText("BROADCAST_INPUT", "m")), recv()),
		"broadcast and wait": storm(hB("b0", "event_broadcastandwait", hText("BROADCAST_INPUT", "m")),
			hB("again", "event_broadcastandwait", hText("BROADCAST_INPUT", "m")), recv()),
		"backdrop": storm(hB("b0", "looks_switchbackdropto", hText("BACKDROP", "b")),
			hB("again", "looks_switchbackdropto", hText("BACKDROP", "b")),
			hB("recv", "event_whenbackdropswitchesto", hF("BACKDROP", "b"))),
	}
}

// TestHostileBroadcastStorm checks that scripts that restart themselves cannot keep a tick from
// ending: restarts must count against the step budget as loop iterations do. The trace
// callback stops the project if a tick runs away, so the test ends either way.
func TestHostileBroadcastStorm(t *testing.T) {
	for name, p := range hStorms() {
		t.Run(name, func(t *testing.T) {
			if strings.HasPrefix(name, "broadcast") {
			}
			const budget = 200
			var rt *Runtime
			n, runaway := 0, false
			rt, err := New(p, Options{StepBudget: budget, Trace: func(e Event) {
				if e.Kind == "say" {
					n++
				}
				if n > 20*budget && !runaway {
					runaway = true
					rt.StopAll()
				}
			}})
			if err != nil {
				t.Fatal(err)
			}
			defer rt.Close()
			rt.GreenFlag()
			for i := 0; i < 5 && !runaway; i++ {
				n = 0
				rt.Step()
			}
			if runaway {
				t.Fatalf("one tick restarted the script more than %d times with a step budget of %d", 20*budget, budget)
			}
		})
	}
}

// hBigBody returns n say blocks.
func hBigBody(n int) []*blocks.Block {
	body := make([]*blocks.Block, n)
	for i := range body {
		body[i] = hB(fmt.Sprintf("s%d", i), "looks_say", hText("MESSAGE", "x"))
	}
	return body
}

// TestHostileBigScripts checks scripts whose C blocks hold more blocks than a Lua jump can
// span (about 33,000 say blocks) but far fewer than MaxBlocks: they must be refused with a clear
// problem or run; they must never fail inside the Lua compiler or run wrong code.
func TestHostileBigScripts(t *testing.T) {
	const n = 33_000
	shapes := map[string]func(body []*blocks.Block) *blocks.Block{
		"repeat": func(body []*blocks.Block) *blocks.Block {
			return hB("c", "control_repeat", hNum("TIMES", "2"), hS("SUBSTACK", body...))
		},
		"forever": func(body []*blocks.Block) *blocks.Block { return hB("c", "control_forever", hS("SUBSTACK", body...)) },
		"if":      func(body []*blocks.Block) *blocks.Block { return hB("c", "control_if", hS("SUBSTACK", body...)) },
		"repeat until": func(body []*blocks.Block) *blocks.Block {
			return hB("c", "control_repeat_until", hS("SUBSTACK", body...))
		},
	}
	for name, shape := range shapes {
		t.Run(name, func(t *testing.T) {
			p := hProject(hSprite("A", hFlag("flag", shape(hBigBody(n)))))
			rt, err := New(p, Options{})
			if err != nil {
				var pr *blocks.Problem
				var ps blocks.Problems
				if !errors.As(err, &pr) && !errors.As(err, &ps) {
					t.Fatalf("refused without a problem for the child: %v", err)
				}
				return
			}
			defer rt.Close()
			rt.GreenFlag()
			for i := 0; i < 3; i++ {
				rt.Step()
			}
			if errs := rt.Errors(); len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
		})
	}
}

// TestHostileManyCustomBlocks checks custom blocks with many parameters and sprites with many
// custom blocks: numbers the loader accepts must compile within Lua's 200 registers.
func TestHostileManyCustomBlocks(t *testing.T) {
	params := func(n int) *blocks.Project {
		code := "p"
		var names []string
		call := hB("call", "procedures_call", &blocks.Proc{Code: ""})
		for i := 0; i < n; i++ {
			code += " %s"
			names = append(names, fmt.Sprint("a", i))
			hInputTo(call, hText(names[i], "1"))
		}
		call.Proc.Code = code
		def := hScript(hB("def", "procedures_definition", &blocks.Proc{Code: code, Params: names}),
			hB("say", "looks_say", hRep("MESSAGE", hB("arg", "argument_reporter_string_number", hF("VALUE", names[n-1])))))
		return hProject(hSprite("A", def, hFlag("flag", call)))
	}
	procs := func(n int) *blocks.Project {
		sp := hSprite("A")
		for i := 0; i < n; i++ {
			sp.Scripts = append(sp.Scripts, hScript(hB(fmt.Sprint("d", i), "procedures_definition", &blocks.Proc{Code: fmt.Sprint("p", i)}),
				hB(fmt.Sprint("s", i), "looks_say", hText("MESSAGE", "1"))))
		}
		sp.Scripts = append(sp.Scripts, hFlag("flag", hB("call", "procedures_call", &blocks.Proc{Code: fmt.Sprint("p", n-1)})))
		return hProject(sp)
	}
	for name, p := range map[string]*blocks.Project{
		"250 parameters":     params(250),
		"200 custom blocks":  procs(200),
		"1000 custom blocks": procs(1000),
	} {
		t.Run(name, func(t *testing.T) {
			if err := blocks.Check(p); err != nil {
				return // refused by the loader: fine
			}
			r := hStart(t, p, Options{})
			r.rt.Step()
			if got := r.said(0, "A"); len(got) != 1 || got[0] != "1" {
				t.Errorf("said %q, want [1]", got)
			}
		})
	}
}

// TestSayTextThatLooksLikeANumber checks that a text literal is said as typed. Scratch keeps a
// literal typed into a text slot as text, so "say 0.5" shows "0.5"; only a computed number is
// shown with two decimals.
func TestSayTextThatLooksLikeANumber(t *testing.T) {
	for _, s := range []string{"0.5", "3.14159", "-1.5", "0.125"} {
		sp := hSprite("A", hFlag("flag", hB("say", "looks_say", hText("MESSAGE", s))))
		sp.Variables = []blocks.Variable{{Name: "v", Value: blocks.TextValue(s)}}
		sp.Scripts = append(sp.Scripts, hFlag("flag2", hB("say2", "looks_say", hRep("MESSAGE", hVar("v1", "v")))))
		r := hStart(t, hProject(sp), Options{})
		r.rt.Step()
		if got := r.said(0, "A"); fmt.Sprint(got) != fmt.Sprint([]string{s, s}) {
			t.Errorf("say [%s] and a variable holding the text %q said %q", s, s, got)
		}
	}
}

// TestHostileManyVariablesCompileLinearly checks that compiling many sprite variables whose
// names have no ASCII letters costs in proportion to their number. It counts allocations, not
// time: naming each variable must not try every name given before it.
func TestHostileManyVariablesCompileLinearly(t *testing.T) {
	kana := []rune("あいうえおかきくけこ")
	project := func(total int) *blocks.Project {
		var sprites []blocks.Sprite
		for s := 0; s < total/500; s++ {
			sp := hSprite(fmt.Sprint("S", s))
			for v := 0; v < 500; v++ {
				var name []rune
				for _, d := range fmt.Sprint(v) {
					name = append(name, kana[d-'0'])
				}
				sp.Variables = append(sp.Variables, blocks.Variable{Name: string(name), Value: blocks.NumberValue("0")})
			}
			sprites = append(sprites, sp)
		}
		return hProject(sprites...)
	}
	allocs := func(total int) float64 {
		p := project(total)
		return testing.AllocsPerRun(1, func() {
			if _, err := compile.Project(p); err != nil {
				t.Fatal(err)
			}
		})
	}
	small, big := allocs(1000), allocs(4000)
	if big > 6*small {
		t.Errorf("compiling 4000 variables allocates %.0f times, 1000 variables %.0f: more than linear", big, small)
	}
}

// hFiles are the hostile projects kept in testdata/hostile, also seeds for the loader's fuzz
// target.
func hFiles() map[string]*blocks.Project {
	files := map[string]*blocks.Project{
		"strings_keywords": hEverywhere("end"),
		"strings_brackets": hEverywhere("]] os.exit() --[["),
		"strings_newlines": hEverywhere("\r\n\x00\u2028"),
		"strings_unicode":  hEverywhere("にほんご😀"),
	}
	files["nested_deepest_joins"], _ = hNested(hNestNamed("join in STRING1"), blocks.MaxDepth, 20)
	files["nested_too_deep_joins"], _ = hNested(hNestNamed("join in STRING1"), blocks.MaxDepth+1, -1)
	files["nested_deepest_loops"], _ = hNested(hNestNamed("repeat until"), blocks.MaxDepth, -1)
	files["nested_deepest_repeats_in_block_with_params"], _ = hNested(hNestNamed("repeat"), blocks.MaxDepth, 5)
	def, call := hWarpProc(true, hB("loop", "control_forever", hS("SUBSTACK", hCount("inc"))))
	a := hCounter(call)
	a.Scripts = append(a.Scripts, def)
	files["warp_forever"] = hProject(a, hTicker())

	def, call = hWarpProc(false, hCount("inc"), hB("again", "procedures_call", &blocks.Proc{Code: "runaway"}))
	a = hCounter(call)
	a.Scripts = append(a.Scripts, def)
	files["recursion"] = hProject(a, hTicker())

	files["huge_repeat"] = hProject(hCounter(hB("loop", "control_repeat", hText("TIMES", "Infinity"), hS("SUBSTACK", hCount("inc")))), hTicker())

	grow := hB("grow", "data_setvariableto", hF("VARIABLE", "s"), hRep("VALUE", hB("join", "operator_join",
		hRep("STRING1", hVar("s1", "s")), hRep("STRING2", hVar("s2", "s")))))
	a = hCounter(hB("init", "data_setvariableto", hF("VARIABLE", "s"), hText("VALUE", "ab")),
		hB("loop", "control_forever", hS("SUBSTACK", grow)))
	a.Variables = append(a.Variables, blocks.Variable{Name: "s", Value: blocks.TextValue("")})
	files["runaway_text"] = hProject(a, hTicker())

	a = hCounter(hB("loop", "control_forever", hS("SUBSTACK", hB("add", "data_addtolist", hF("LIST", "l"), hText("ITEM", "x")))))
	a.Lists = []blocks.List{{Name: "l"}}
	files["runaway_list"] = hProject(a)

	files["clones"] = hProject(hSprite("A", hFlag("flag", hB("loop", "control_forever", hS("SUBSTACK",
		hB("clone", "control_create_clone_of", hText("CLONE_OPTION", "_myself_")))))), hTicker())

	files["broadcast_storm"] = hStorms()["broadcast"]
	files["say_number_text"] = hProject(hSprite("A", hFlag("flag", hB("say", "looks_say", hText("MESSAGE", "0.5")))))
	return files
}

// TestHostileFiles loads every project in testdata/hostile: each must be refused with a problem
// for the child or run headless for a few seconds of ticks without an internal error.
func TestHostileFiles(t *testing.T) {
	dir := filepath.Join("testdata", "hostile")
	if *updateHostile {
		for name, p := range hFiles() {
			data, err := blocks.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name+".tsumiki"), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.tsumiki"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no hostile files: %v", err)
	}
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			p, err := blocks.Parse(data)
			if err != nil {
				var pr *blocks.Problem
				var ps blocks.Problems
				if !errors.As(err, &pr) && !errors.As(err, &ps) {
					t.Fatalf("refused without a problem for the child: %v", err)
				}
				if msg := blocks.Localize(err, blocks.Japanese); msg == err.Error() {
					t.Errorf("refusal is not localized: %v", err)
				}
				return
			}
			var out bytes.Buffer
			if err := RunHeadless(p, Headless{MaxTicks: 90}, &out); err != nil {
				t.Fatalf("RunHeadless: %v", err)
			}
			if bytes.Contains(out.Bytes(), []byte("something went wrong inside Tsumiki")) {
				t.Errorf("internal error in the trace:\n%s", hTail(out.String()))
			}
			if !utf8.Valid(out.Bytes()) {
				t.Errorf("trace is not UTF-8")
			}
		})
	}
}

func hTail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}
