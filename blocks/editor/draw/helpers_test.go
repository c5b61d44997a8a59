package draw

import (
	"fmt"
	"image/color"
	"testing"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
	"tsumiki/stage/render/gltest"
)

// workspaceBack is the script area's colour, as Scratch's.
var workspaceBack = color.RGBA{0xf9, 0xf9, 0xf9, 0xff}

// newTestDrawer returns a Drawer, or skips the test without a display.
func newTestDrawer(tb testing.TB) *Drawer {
	tb.Helper()
	gltest.Need(tb)
	d, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// project returns a project whose stage has a variable "score" and whose one sprite has
// the given scripts.
func project(tb testing.TB, scripts ...blocks.Script) *blocks.Project {
	tb.Helper()
	src := `{"format": 1, "name": "Test", "messages": ["go"],
  "stage": {"backdrop": 0, "variables": [{"name": "score", "value": 0}],
    "costumes": [{"name": "sky", "library": "sky"}]},
  "sprites": [
    {"name": "Tsumi", "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
     "rotationStyle": "all around", "costume": 0, "layer": 1,
     "costumes": [{"name": "walk1", "library": "tsumi-walk1"}]}]}`
	p, err := blocks.Parse([]byte(src))
	if err != nil {
		tb.Fatalf("test project: %v", err)
	}
	p.Sprites[0].Scripts = scripts
	if err := blocks.Check(p); err != nil {
		tb.Fatal(err)
	}
	return p
}

// builder makes blocks with fresh ids.
type builder struct{ n int }

func (bd *builder) block(op string, in map[string]*blocks.Input) *blocks.Block {
	bd.n++
	return &blocks.Block{ID: fmt.Sprintf("b%d", bd.n), Opcode: op, Inputs: in}
}

func num(v string) *blocks.Input        { x := blocks.NumberValue(v); return &blocks.Input{Literal: &x} }
func txt(v string) *blocks.Input        { x := blocks.TextValue(v); return &blocks.Input{Literal: &x} }
func rep(b *blocks.Block) *blocks.Input { return &blocks.Input{Block: b} }

// program is the small program of the golden images: when green flag clicked, forever
// { move 10 steps; if <touching edge?> then turn 15 degrees; say (join "score " (score)) }.
// (Nothing goes under "forever", so the say is its last inner block.)
func program() blocks.Script {
	var bd builder
	score := bd.block("data_variable", nil)
	score.Fields = map[string]string{"VARIABLE": "score"}
	touching := bd.block("sensing_touchingobject", map[string]*blocks.Input{"TOUCHINGOBJECTMENU": txt("_edge_")})
	iff := bd.block("control_if", map[string]*blocks.Input{"CONDITION": rep(touching)})
	iff.Stacks = map[string][]*blocks.Block{"SUBSTACK": {bd.block("motion_turnright", map[string]*blocks.Input{"DEGREES": num("15")})}}
	say := bd.block("looks_say", map[string]*blocks.Input{"MESSAGE": rep(bd.block("operator_join",
		map[string]*blocks.Input{"STRING1": txt("score "), "STRING2": rep(score)}))})
	forever := bd.block("control_forever", nil)
	forever.Stacks = map[string][]*blocks.Block{"SUBSTACK": {
		bd.block("motion_movesteps", map[string]*blocks.Input{"STEPS": num("10")}), iff, say}}
	return blocks.Script{X: 24, Y: 32, Blocks: []*blocks.Block{bd.block("event_whenflagclicked", nil), forever}}
}

// newWorkspace returns a workspace on p's sprite, measuring with the app's font.
func newWorkspace(tb testing.TB, p *blocks.Project, lang blocks.Lang) *editor.Workspace {
	tb.Helper()
	m, err := editor.UIMeasurer()
	if err != nil {
		tb.Fatal(err)
	}
	w, err := editor.New(p, 0, editor.Options{Lang: lang, Measure: m})
	if err != nil {
		tb.Fatal(err)
	}
	return w
}
