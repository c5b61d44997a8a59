package runtime

import (
	"fmt"
	"testing"

	"tsumiki/blocks"
)

// editProject builds a project of about n blocks that keeps running: sprites whose green-flag
// scripts loop forever moving, bouncing, counting and talking, as a large classroom project.
func editProject(n int) *blocks.Project {
	num := func(s string) *blocks.Input { v := blocks.NumberValue(s); return &blocks.Input{Literal: &v} }
	txt := func(s string) *blocks.Input { v := blocks.TextValue(s); return &blocks.Input{Literal: &v} }
	rep := func(b *blocks.Block) *blocks.Input { return &blocks.Input{Block: b} }
	p := &blocks.Project{Format: blocks.FormatVersion, Name: "edit",
		Stage: blocks.Stage{Contents: blocks.Contents{
			Variables: []blocks.Variable{{Name: "score", Value: blocks.NumberValue("0")}},
		}}}
	count, id := 0, 0
	next := func(op string) *blocks.Block {
		id++
		count++
		return &blocks.Block{ID: fmt.Sprint("b", id), Opcode: op}
	}
	variable := func(name string) *blocks.Block {
		b := next("data_variable")
		b.Fields = map[string]string{"VARIABLE": name}
		return b
	}
	for s := 0; count < n; s++ {
		sp := blocks.Sprite{Name: fmt.Sprint("Sprite", s), Direction: 90, Size: 100, Visible: true,
			RotationStyle: "all around", Layer: s + 1,
			Contents: blocks.Contents{
				Variables: []blocks.Variable{{Name: "speed", Value: blocks.NumberValue("3")}},
				Costumes:  []blocks.Media{{Name: "c", Library: "ball"}},
			}}
		for sc := 0; sc < 10 && count < n; sc++ {
			body := []*blocks.Block{next("event_whenflagclicked")}
			var loop []*blocks.Block
			for k := 0; k < 3; k++ {
				move := next("motion_movesteps")
				move.Inputs = map[string]*blocks.Input{"STEPS": rep(variable("speed"))}
				turn := next("motion_turnright")
				turn.Inputs = map[string]*blocks.Input{"DEGREES": num("1")}
				change := next("data_changevariableby")
				change.Fields = map[string]string{"VARIABLE": "score"}
				change.Inputs = map[string]*blocks.Input{"VALUE": num("1")}
				say := next("looks_say")
				join := next("operator_join")
				join.Inputs = map[string]*blocks.Input{"STRING1": txt("score "), "STRING2": rep(variable("score"))}
				say.Inputs = map[string]*blocks.Input{"MESSAGE": rep(join)}
				cond := next("operator_gt")
				cond.Inputs = map[string]*blocks.Input{"OPERAND1": rep(variable("score")), "OPERAND2": num("10")}
				ifb := next("control_if")
				ifb.Inputs = map[string]*blocks.Input{"CONDITION": rep(cond)}
				ifb.Stacks = map[string][]*blocks.Block{"SUBSTACK": {say}}
				loop = append(loop, move, turn, next("motion_ifonedgebounce"), change, ifb)
			}
			forever := next("control_forever")
			forever.Stacks = map[string][]*blocks.Block{"SUBSTACK": loop}
			body = append(body, forever)
			sp.Scripts = append(sp.Scripts, blocks.Script{Blocks: body})
		}
		p.Sprites = append(p.Sprites, sp)
	}
	return p
}

// BenchmarkEditToRunning is one edit of a running project of about 2,000 blocks: change one
// literal in the model (in place, as the editor does), Reload, and run one tick of the new
// program. The target is under 50 ms.
func BenchmarkEditToRunning(b *testing.B) {
	p := editProject(2000)
	rt, err := New(p, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	for i := 0; i < 10; i++ {
		rt.Step()
	}
	// The literal edited: the first turn of the first script.
	turn := p.Sprites[0].Scripts[0].Blocks[1].Stacks["SUBSTACK"][1]
	blocksIn := len(p.BlockIndex())
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		v := blocks.NumberValue(fmt.Sprint(i%7 + 1))
		turn.Inputs["DEGREES"] = &blocks.Input{Literal: &v}
		if err := rt.Reload(p); err != nil {
			b.Fatal(err)
		}
		rt.Step()
	}
	if len(rt.Errors()) > 0 {
		b.Fatal(rt.Errors()[0])
	}
	b.ReportMetric(float64(blocksIn), "blocks")
	b.ReportMetric(float64(len(rt.threads)), "threads")
}

// runningClones is B4_sprites with its 100 clones moving: 101 threads of one sprite.
func runningClones(b *testing.B) *Runtime {
	rt, err := New(loadBench(b, "B4_sprites"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	rt.GreenFlag()
	for i := 0; i < 120; i++ {
		rt.Step()
	}
	if len(rt.threads) < 100 {
		b.Fatalf("%d threads", len(rt.threads))
	}
	return rt
}

// BenchmarkAppendRunningScripts is the editor's glow for one frame: which of the sprite's
// scripts run, with 100 clones running one of them. It allocates nothing.
func BenchmarkAppendRunningScripts(b *testing.B) {
	rt := runningClones(b)
	defer rt.Close()
	var ids []string
	b.ReportAllocs()
	for b.Loop() {
		ids = rt.AppendRunningScripts(ids[:0], "Sprite1")
	}
	if len(ids) != 1 {
		b.Fatalf("running: %v", ids)
	}
}

// BenchmarkRunningScripts is the same through the map.
func BenchmarkRunningScripts(b *testing.B) {
	rt := runningClones(b)
	defer rt.Close()
	b.ReportAllocs()
	for b.Loop() {
		if m := rt.RunningScripts("Sprite1"); len(m) != 1 {
			b.Fatalf("running: %v", m)
		}
	}
}
