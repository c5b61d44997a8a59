package editor

import (
	"fmt"
	"strings"
	"testing"

	"tsumiki/blocks"
)

// project returns a project with a stage holding a variable "score" and a backdrop, one sprite
// "Tsumi" with a costume and the given scripts, and a second sprite "Hoshi".
func project(t testing.TB, scripts string) *blocks.Project {
	t.Helper()
	src := `{"format": 1, "name": "Test", "messages": ["go"],
  "stage": {"backdrop": 0, "variables": [{"name": "score", "value": 0}],
    "costumes": [{"name": "sky", "library": "sky"}]},
  "sprites": [
    {"name": "Tsumi", "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
     "rotationStyle": "all around", "costume": 0, "layer": 1,
     "costumes": [{"name": "walk1", "library": "tsumi-walk1"}],
     "scripts": [` + scripts + `]},
    {"name": "Hoshi", "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
     "rotationStyle": "all around", "costume": 0, "layer": 2,
     "costumes": [{"name": "star", "library": "tsumi-walk1"}]}]}`
	p, err := blocks.Parse([]byte(src))
	if err != nil {
		t.Fatalf("test project: %v", err)
	}
	return p
}

// driver sends pointer and key events to a workspace, one tick each.
type driver struct {
	t    testing.TB
	w    *Workspace
	tick int64
	view DragView // the drag as it was just before the last drop
}

func newDriver(t testing.TB, p *blocks.Project, opts Options) *driver {
	t.Helper()
	w, err := New(p, 0, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	w.SetPalette(blocks.All())
	return &driver{t: t, w: w}
}

func (d *driver) send(kind PointerKind, pane Pane, p Point) Gesture {
	d.tick++
	g := d.w.HandlePointer(Pointer{Kind: kind, Tick: d.tick, Pos: p, Pane: pane})
	if err := blocks.Check(d.w.Project()); err != nil {
		d.t.Fatalf("tick %d: the project no longer passes Check: %v", d.tick, err)
	}
	return g
}

// grabOffset is where the tests take hold of a block, from its top-left: on its left
// padding, clear of slots.
var grabOffset = Point{4, 20}

// drag presses on from (in pane src), moves in steps to to (in pane dst), and lets go.
func (d *driver) drag(src Pane, from Point, dst Pane, to Point) Gesture {
	d.send(PointerDown, src, from)
	const steps = 5
	for i := 1; i <= steps; i++ {
		f := float64(i) / steps
		if dst != src && i > 2 {
			d.send(PointerMove, dst, Point{to.X - (1-f)*40, to.Y})
			continue
		}
		d.send(PointerMove, src, Point{from.X + f*(to.X-from.X), from.Y + f*(to.Y-from.Y)})
	}
	d.send(PointerMove, dst, to)
	d.view, _ = d.w.Dragging()
	return d.send(PointerUp, dst, to)
}

// dragBlock drags a block by its grab point so that its top-left ends at (or near) to.
func (d *driver) dragBlock(b *Box, src Pane, dst Pane, to Point) Gesture {
	d.t.Helper()
	if b == nil {
		d.t.Fatal("no block to drag")
	}
	return d.drag(src, b.Rect.Min().Add(grabOffset), dst, to.Add(grabOffset))
}

func (d *driver) tap(p Point) Gesture {
	d.send(PointerDown, PaneScripts, p)
	return d.send(PointerUp, PaneScripts, p)
}

// palette returns the palette block of opcode.
func (d *driver) palette(opcode string) *Box {
	d.t.Helper()
	for _, s := range d.w.Palette().Scripts {
		if s.Boxes[0].Block.Opcode == opcode {
			return s.Boxes[0]
		}
	}
	d.t.Fatalf("%s is not in the palette", opcode)
	return nil
}

// box returns the workspace block with that id.
func (d *driver) box(id string) *Box {
	d.t.Helper()
	b := d.w.Layout().Box(id)
	if b == nil {
		d.t.Fatalf("no block %s in the layout", id)
	}
	return b
}

// bottomOf is the point under a block where the next block's top-left goes.
func bottomOf(b *Box) Point { return Point{b.Rect.X, b.Rect.Y + b.Rect.H} }

func (d *driver) json() string {
	d.t.Helper()
	data, err := blocks.Marshal(d.w.Project())
	if err != nil {
		d.t.Fatal(err)
	}
	return string(data)
}

// scripts returns the target's scripts as compact text: one script a line, "x,y: " and its
// blocks, each "id:opcode" with [inputs] and {inner stacks}.
func scripts(w *Workspace) string {
	var b strings.Builder
	for _, s := range w.Contents().Scripts {
		fmt.Fprintf(&b, "%g,%g:", s.X, s.Y)
		writeStack(&b, s.Blocks)
		b.WriteByte('\n')
	}
	return b.String()
}

func writeStack(b *strings.Builder, bs []*blocks.Block) {
	for _, blk := range bs {
		b.WriteByte(' ')
		writeBlock(b, blk)
	}
}

func writeBlock(b *strings.Builder, blk *blocks.Block) {
	b.WriteString(blk.ID + ":" + strings.TrimPrefix(blk.Opcode[strings.IndexByte(blk.Opcode, '_')+1:], ""))
	d := blocks.Lookup(blk.Opcode)
	for _, in := range d.Inputs {
		v := blk.Inputs[in.Name]
		switch {
		case v == nil:
			b.WriteString("[_]")
		case v.Literal != nil && v.Literal.Text == "":
			b.WriteString(`[""]`)
		case v.Block != nil:
			b.WriteByte('[')
			writeBlock(b, v.Block)
			b.WriteByte(']')
		default:
			fmt.Fprintf(b, "[%s]", v.Literal.Text)
		}
	}
	for _, name := range d.Stacks {
		b.WriteByte('{')
		writeStack(b, blk.Stacks[name])
		b.WriteString(" }")
	}
}
