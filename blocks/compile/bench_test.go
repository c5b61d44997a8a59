package compile

import (
	"fmt"
	"testing"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
)

// bigProject builds a project of about n blocks: sprites whose scripts mix loops, conditions,
// motion, text and list blocks, as a large classroom project would.
func bigProject(n int) *blocks.Project {
	num := func(s string) *blocks.Input { v := blocks.NumberValue(s); return &blocks.Input{Literal: &v} }
	txt := func(s string) *blocks.Input { v := blocks.TextValue(s); return &blocks.Input{Literal: &v} }
	rep := func(b *blocks.Block) *blocks.Input { return &blocks.Input{Block: b} }
	p := &blocks.Project{Format: blocks.FormatVersion, Name: "big",
		Stage: blocks.Stage{Contents: blocks.Contents{
			Variables: []blocks.Variable{{Name: "score", Value: blocks.NumberValue("0")}},
			Lists:     []blocks.List{{Name: "log", Items: []blocks.Value{}}},
		}}}
	count, id := 0, 0
	next := func(op string) *blocks.Block {
		id++
		count++
		return &blocks.Block{ID: fmt.Sprint("b", id), Opcode: op}
	}
	for s := 0; count < n; s++ {
		sp := blocks.Sprite{Name: fmt.Sprint("Sprite", s), Direction: 90, Size: 100, Visible: true,
			RotationStyle: "all around", Layer: s + 1,
			Contents: blocks.Contents{
				Variables: []blocks.Variable{{Name: "speed", Value: blocks.NumberValue("3")}},
				Costumes:  []blocks.Media{{Name: "c", Library: "ball"}},
			}}
		for sc := 0; sc < 10 && count < n; sc++ {
			hat := next("event_whenflagclicked")
			body := []*blocks.Block{hat}
			for k := 0; k < 10; k++ {
				move := next("motion_movesteps")
				move.Inputs = map[string]*blocks.Input{"STEPS": rep(varBlock(next, "speed"))}
				say := next("looks_say")
				join := next("operator_join")
				join.Inputs = map[string]*blocks.Input{"STRING1": txt("score "), "STRING2": rep(varBlock(next, "score"))}
				say.Inputs = map[string]*blocks.Input{"MESSAGE": rep(join)}
				add := next("data_addtolist")
				add.Fields = map[string]string{"LIST": "log"}
				add.Inputs = map[string]*blocks.Input{"ITEM": rep(varBlock(next, "score"))}
				cond := next("operator_gt")
				cond.Inputs = map[string]*blocks.Input{"OPERAND1": rep(varBlock(next, "score")), "OPERAND2": num("10")}
				ifb := next("control_if")
				ifb.Inputs = map[string]*blocks.Input{"CONDITION": rep(cond)}
				change := next("data_changevariableby")
				change.Fields = map[string]string{"VARIABLE": "score"}
				change.Inputs = map[string]*blocks.Input{"VALUE": num("1")}
				ifb.Stacks = map[string][]*blocks.Block{"SUBSTACK": {move, say, add}}
				loop := next("control_repeat")
				loop.Inputs = map[string]*blocks.Input{"TIMES": num("10")}
				loop.Stacks = map[string][]*blocks.Block{"SUBSTACK": {ifb, change}}
				body = append(body, loop)
			}
			sp.Scripts = append(sp.Scripts, blocks.Script{Blocks: body})
		}
		p.Sprites = append(p.Sprites, sp)
	}
	return p
}

func varBlock(next func(string) *blocks.Block, name string) *blocks.Block {
	b := next("data_variable")
	b.Fields = map[string]string{"VARIABLE": name}
	return b
}

func TestBigProjectCompiles(t *testing.T) {
	p := bigProject(5000)
	if _, err := Project(p); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkCompile5000 checks and compiles a project of 5,000 blocks.
func BenchmarkCompile5000(b *testing.B) {
	p := bigProject(5000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Project(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileAndLoad5000 adds what gopher-lua spends turning the chunk into bytecode, so
// the figure covers everything from blocks to a program ready to run.
func BenchmarkCompileAndLoad5000(b *testing.B) {
	p := bigProject(5000)
	b.ReportAllocs()
	for b.Loop() {
		prog, err := Project(p)
		if err != nil {
			b.Fatal(err)
		}
		L := lua.NewState(lua.Options{SkipOpenLibs: true})
		if _, err := L.LoadString(prog.Source); err != nil {
			b.Fatal(err)
		}
		L.Close()
	}
}
