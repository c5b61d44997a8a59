package editor

import (
	"fmt"
	"testing"

	"tsumiki/blocks"
)

// bigProject returns a project whose sprite has 20 scripts of 100 blocks: a hat and nine
// units of a repeat holding a move with nested reporters and an if-else with a comparison,
// a say of a join, and a turn. 2,000 blocks in all.
func bigProject(tb testing.TB) *blocks.Project {
	p := project(tb, "")
	n := 0
	id := func() string { n++; return fmt.Sprintf("k%d", n) }
	lit := func(v string) *blocks.Input { x := blocks.NumberValue(v); return &blocks.Input{Literal: &x} }
	txt := func(v string) *blocks.Input { x := blocks.TextValue(v); return &blocks.Input{Literal: &x} }
	rep := func(b *blocks.Block) *blocks.Input { return &blocks.Input{Block: b} }
	blk := func(op string, in map[string]*blocks.Input) *blocks.Block {
		return &blocks.Block{ID: id(), Opcode: op, Inputs: in}
	}
	var scripts []blocks.Script
	for s := range 20 {
		bs := []*blocks.Block{blk("event_whenflagclicked", nil)}
		for range 9 {
			move := blk("motion_movesteps", map[string]*blocks.Input{"STEPS": rep(blk("operator_add",
				map[string]*blocks.Input{"NUM1": rep(blk("motion_xposition", nil)), "NUM2": lit("1")}))})
			gt := blk("operator_gt", map[string]*blocks.Input{"OPERAND1": rep(blk("motion_xposition", nil)), "OPERAND2": lit("50")})
			say := blk("looks_say", map[string]*blocks.Input{"MESSAGE": rep(blk("operator_join",
				map[string]*blocks.Input{"STRING1": txt("y is "), "STRING2": rep(blk("motion_yposition", nil))}))})
			ifElse := blk("control_if_else", map[string]*blocks.Input{"CONDITION": rep(gt)})
			ifElse.Stacks = map[string][]*blocks.Block{"SUBSTACK": {say}, "SUBSTACK2": {blk("motion_turnright", map[string]*blocks.Input{"DEGREES": lit("15")})}}
			loop := blk("control_repeat", map[string]*blocks.Input{"TIMES": lit("10")})
			loop.Stacks = map[string][]*blocks.Block{"SUBSTACK": {move, ifElse}}
			bs = append(bs, loop)
		}
		scripts = append(scripts, blocks.Script{X: float64(20 + s%4*600), Y: float64(20 + s/4*2400), Blocks: bs})
	}
	p.Sprites[0].Scripts = scripts
	if len(p.BlockIndex()) != 2000 {
		tb.Fatalf("%d blocks", len(p.BlockIndex()))
	}
	if err := blocks.Check(p); err != nil {
		tb.Fatal(err)
	}
	return p
}

func benchWorkspace(b *testing.B, m Measurer) *Workspace {
	w, err := New(bigProject(b), 0, Options{Measure: m})
	if err != nil {
		b.Fatal(err)
	}
	return w
}

func uiMeasurer(b *testing.B) Measurer {
	m, err := UIMeasurer()
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkLayout lays out the 2,000 blocks again, as after an edit. The workspace keeps the
// widths of texts it has measured, so the real font costs no more than FixedMeasurer here.
func BenchmarkLayout(b *testing.B) {
	for _, bc := range []struct {
		name string
		m    Measurer
	}{{"fixed", FixedMeasurer}, {"font", uiMeasurer(b)}} {
		b.Run(bc.name, func(b *testing.B) {
			w := benchWorkspace(b, bc.m)
			w.Layout()
			b.ReportAllocs()
			for b.Loop() {
				w.layout = nil
				w.Layout()
			}
		})
	}
}

// BenchmarkHitTest finds what points all over the 2,000-block workspace are on.
func BenchmarkHitTest(b *testing.B) {
	w := benchWorkspace(b, FixedMeasurer)
	l := w.Layout()
	var pts []Point
	for x := l.Bounds.X; x < l.Bounds.X+l.Bounds.W; x += 37 {
		for y := l.Bounds.Y; y < l.Bounds.Y+l.Bounds.H; y += 53 {
			pts = append(pts, Point{x, y})
		}
	}
	hits := 0
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if l.HitTest(pts[i%len(pts)]).Kind != HitNothing {
			hits++
		}
		i++
	}
	if hits == 0 {
		b.Fatal("nothing was hit")
	}
}

// BenchmarkDragMove moves a dragged block over the 2,000-block workspace: the dragged block
// follows the pointer and the nearest place it fits is found again.
func BenchmarkDragMove(b *testing.B) {
	w := benchWorkspace(b, FixedMeasurer)
	w.SetPalette([]*blocks.Def{blocks.Lookup("motion_turnleft")})
	src := w.Palette().Boxes[0].Rect.Min().Add(grabOffset)
	w.HandlePointer(Pointer{Kind: PointerDown, Pos: src, Pane: PanePalette})
	w.HandlePointer(Pointer{Kind: PointerMove, Pos: Point{100, 100}})
	bounds := w.Layout().Bounds
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x := bounds.X + float64(i*7%int(bounds.W))
		y := bounds.Y + float64(i*13%int(bounds.H))
		w.HandlePointer(Pointer{Kind: PointerMove, Pos: Point{x, y}})
		i++
	}
}

// BenchmarkEdit types a value into a slot of the 2,000-block project: the change with its
// check of the whole project, and the layout after it.
func BenchmarkEdit(b *testing.B) {
	w := benchWorkspace(b, FixedMeasurer)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := w.SetLiteral("k11", "DEGREES", fmt.Sprint(i)); err != nil {
			b.Fatal(err)
		}
		w.Layout()
		i++
	}
}

// BenchmarkUndoRedo undoes and redoes a change to the 2,000-block project: each restores a
// whole-project snapshot and checks it.
func BenchmarkUndoRedo(b *testing.B) {
	w := benchWorkspace(b, FixedMeasurer)
	if err := w.SetLiteral("k11", "DEGREES", "1"); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		f    func() error
	}{{"undo", w.Undo}, {"redo", w.Redo}} {
		b.Run(bc.name, func(b *testing.B) {
			if bc.name == "redo" {
				if err := w.Undo(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			for b.Loop() {
				// Each iteration is one undo or redo; the other, to get back, runs untimed.
				if err := bc.f(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				other := w.Redo
				if bc.name == "redo" {
					other = w.Undo
				}
				if err := other(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
	}
}

// BenchmarkOps makes each of the workspace's changes on the 2,000-block project, and undoes it
// untimed: the change with its check of the whole project. k12 is the first repeat of a
// script, with 8 more under it (about 100 blocks in all).
func BenchmarkOps(b *testing.B) {
	ops := []struct {
		name string
		do   func(w *Workspace, i int) error
	}{
		{"NewVariable", func(w *Workspace, i int) error { return w.NewVariable(fmt.Sprint("v", i), true) }},
		{"RenameVariable", func(w *Workspace, i int) error { return w.RenameVariable("score", "points") }},
		{"DeleteVariable", func(w *Workspace, i int) error { return w.DeleteVariable("score") }},
		{"NewList", func(w *Workspace, i int) error { return w.NewList("bag", false) }},
		{"NewMessage", func(w *Workspace, i int) error { return w.NewMessage("ping") }},
		{"SetMonitor", func(w *Workspace, i int) error { return w.SetMonitor(StageTarget, "score", false, true) }},
		{"MakeBlock", func(w *Workspace, i int) error {
			_, err := w.MakeBlock(ProcSpec{Parts: []ProcPart{{ProcLabel, "jump"}, {ProcNumber, "height"}}, Warp: true})
			return err
		}},
		{"Duplicate+drop", func(w *Workspace, i int) error {
			if !w.Duplicate("k12", Point{30, 100}) {
				return fmt.Errorf("no duplicate")
			}
			w.HandlePointer(Pointer{Kind: PointerMove, Pos: Point{3000, 100}})
			if g := w.HandlePointer(Pointer{Kind: PointerUp, Pos: Point{3000, 100}}); g.Kind != Dropped {
				return fmt.Errorf("drop: %+v", g)
			}
			return nil
		}},
		{"DeleteBlock", func(w *Workspace, i int) error { return w.DeleteBlock("k12") }},
		{"SetComment", func(w *Workspace, i int) error { return w.SetComment("k12", "hello") }},
		{"CleanUp", func(w *Workspace, i int) error { return w.CleanUp() }},
		{"AddSprite", func(w *Workspace, i int) error {
			_, err := w.AddSprite("Sprite1", blocks.Media{Library: "tsumi-walk1"})
			return err
		}},
		{"RenameSprite", func(w *Workspace, i int) error { return w.RenameSprite(1, "Star") }},
		{"DeleteSprite", func(w *Workspace, i int) error { return w.DeleteSprite(1) }},
		{"SetSprite", func(w *Workspace, i int) error { return w.SetSprite(0, 10, 20, 50, 45) }},
		{"AddCostume", func(w *Workspace, i int) error {
			return w.AddCostume(0, blocks.Media{Name: "walk", Library: "tsumi-walk1"})
		}},
	}
	for _, op := range ops {
		b.Run(op.name, func(b *testing.B) {
			w := benchWorkspace(b, FixedMeasurer)
			w.SetPalette(blocks.All())
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if err := op.do(w, i); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if err := w.Undo(); err != nil {
					b.Fatal(err)
				}
				if w.Target() != 0 {
					if err := w.SetTarget(0); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				i++
			}
		})
	}
}

// BenchmarkSetTarget switches between the 2,000-block sprite and another, laying out each.
func BenchmarkSetTarget(b *testing.B) {
	w := benchWorkspace(b, FixedMeasurer)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := w.SetTarget(i % 2); err != nil {
			b.Fatal(err)
		}
		w.Layout()
		i++
	}
}

// BenchmarkPaletteView lays out the whole palette with its buttons and checkboxes, as after
// every change.
func BenchmarkPaletteView(b *testing.B) {
	w := benchWorkspace(b, FixedMeasurer)
	w.SetPalette(blocks.All())
	b.ReportAllocs()
	for b.Loop() {
		w.pal.view, w.pal.layout = nil, nil
		w.PaletteView()
	}
}
