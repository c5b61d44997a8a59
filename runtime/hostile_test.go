package runtime

import (
	"fmt"
	"strings"
	"testing"

	"tsumiki/blocks"
)

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
func hText(name, s string) hInput { v := blocks.TextValue(s); return hInput{name, &blocks.Input{Literal: &v}} }
func hNum(name, s string) hInput  { v := blocks.NumberValue(s); return hInput{name, &blocks.Input{Literal: &v}} }
func hRep(name string, b *blocks.Block) hInput {
	return hInput{name, &blocks.Input{Block: b}}
}

// hScript makes a script of blocks.
func hScript(bs ...*blocks.Block) blocks.Script { return blocks.Script{Blocks: bs} }

// hSprite makes a visible sprite with one costume and the scripts.
func hSprite(name string, scripts ...blocks.Script) blocks.Sprite {
	return blocks.Sprite{Name: name, Size: 100, Direction: 90, Visible: true, RotationStyle: "all around",
		Layer: 1, Contents: blocks.Contents{Costumes: []blocks.Media{{Name: "c1", Library: "ball"}}, Scripts: scripts}}
}

// hProject makes a project of sprites.
func hProject(sprites ...blocks.Sprite) *blocks.Project {
	return &blocks.Project{Format: blocks.FormatVersion, Name: "hostile", Sprites: sprites}
}

// hRun holds a runtime and everything it traced.
type hRun struct {
	rt     *Runtime
	events []Event
}

// hStart makes a runtime for p and clicks the green flag.
func hStart(t *testing.T, p *blocks.Project, opts Options) *hRun {
	t.Helper()
	r := &hRun{}
	opts.Trace = func(e Event) { r.events = append(r.events, e) }
	rt, err := New(p, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(rt.Close)
	r.rt = rt
	rt.GreenFlag()
	return r
}

func TestExplore(t *testing.T) {
	_ = strings.Repeat
	try := func(name string, p *blocks.Project) {
		rt, err := New(p, Options{StepBudget: 1000})
		if err != nil {
			fmt.Println(name, "ERR:", err)
			return
		}
		defer rt.Close()
		var ev []Event
		rt.opts.Trace = func(e Event) { ev = append(ev, e) }
		rt.GreenFlag()
		rt.Run(3)
		fmt.Println(name, "OK", len(ev), rt.Errors())
		if len(ev) > 0 {
			fmt.Printf("  first %q\n", ev[0].Text)
		}
	}
	// long loop body
	for _, n := range []int{20000, 33000, 40000, 70000} {
		var body []*blocks.Block
		for i := 0; i < n; i++ {
			body = append(body, hB(fmt.Sprint("s", i), "looks_say", hText("MESSAGE", "x")))
		}
		try(fmt.Sprint("repeat body", n), hProject(hSprite("S", hScript(hB("f", "event_whenflagclicked"), hB("fe", "control_repeat", hNum("TIMES", "2"), hS("SUBSTACK", body...))))))
		try(fmt.Sprint("if body", n), hProject(hSprite("S", hScript(hB("f", "event_whenflagclicked"), hB("fe", "control_if", hS("SUBSTACK", body...))))))
		try(fmt.Sprint("ifelse body", n), hProject(hSprite("S", hScript(hB("f", "event_whenflagclicked"), hB("fe", "control_if_else", hS("SUBSTACK", body...), hS("SUBSTACK2", hB("zz", "looks_say", hText("MESSAGE", "else"))))))))
		try(fmt.Sprint("until body", n), hProject(hSprite("S", hScript(hB("f", "event_whenflagclicked"), hB("fe", "control_repeat_until", hS("SUBSTACK", body...))))))
	}
}
