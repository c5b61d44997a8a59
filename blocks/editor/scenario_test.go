package editor

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

// bareProject has no variables: a stage with a backdrop, the sprite Tsumi with a hat and a
// loose "go to Hoshi", and the sprite Hoshi with "point towards Tsumi".
func bareProject(t testing.TB) *blocks.Project {
	t.Helper()
	p, err := blocks.Parse([]byte(`{"format": 1, "name": "Scenario",
  "stage": {"backdrop": 0, "costumes": [{"name": "sky", "library": "sky"}]},
  "sprites": [
    {"name": "Tsumi", "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
     "rotationStyle": "all around", "costume": 0, "layer": 1,
     "costumes": [{"name": "walk1", "library": "tsumi-walk1"}],
     "scripts": [{"x": 20, "y": 20, "blocks": [{"id": "flag", "opcode": "event_whenflagclicked"}]},
                 {"x": 400, "y": 40, "blocks": [{"id": "goto", "opcode": "motion_goto", "inputs": {"TO": "Hoshi"}}]}]},
    {"name": "Hoshi", "x": 50, "y": 50, "direction": 90, "size": 100, "visible": true,
     "rotationStyle": "all around", "costume": 0, "layer": 2,
     "costumes": [{"name": "star", "library": "tsumi-walk1"}],
     "scripts": [{"x": 20, "y": 20, "blocks": [{"id": "point", "opcode": "motion_pointtowards", "inputs": {"TOWARDS": "Tsumi"}}]}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestWholeProject makes a program through the workspace's API and pointer events, as the app
// will, checking the project's JSON after every step against testdata/scenario; then undoes
// every step back to the start and redoes them all, checking the JSON and the target edited
// at each.
func TestWholeProject(t *testing.T) {
	d := newDriver(t, bareProject(t), Options{})
	type snap struct {
		json   string
		target int
		p      blocks.Project // the project's structs as they were, copied shallowly
	}
	history := []snap{{d.json(), d.w.Target(), *d.w.Project()}}
	steps := []struct {
		name string
		do   func()
	}{
		{"new-variable", func() { must(t, d.w.NewVariable("score", true)) }},
		{"drag-change-score", func() {
			pal := d.palette("data_changevariableby")
			if got := pal.Block.Fields["VARIABLE"]; got != "score" {
				t.Fatalf("the palette's change block changes %q", got)
			}
			if g := d.dragBlock(pal, PanePalette, PaneScripts, bottomOf(d.box("flag")).Add(Point{5, 8})); g.Kind != Dropped || d.view.Candidate == nil || d.view.Candidate.Kind != Under {
				t.Fatalf("drop gave %+v, candidate %+v", g, d.view.Candidate)
			}
		}},
		{"make-block", func() {
			id, err := d.w.MakeBlock(ProcSpec{Parts: []ProcPart{{ProcLabel, "jump"}, {ProcNumber, "height"}}, Warp: true})
			must(t, err)
			if id != "b2" {
				t.Errorf("the definition is %s", id)
			}
		}},
		{"drag-call", func() {
			call := d.palette("procedures_call")
			if call.Block.Proc.Code != "jump %n" {
				t.Fatalf("My Blocks offers %q", call.Block.Proc.Code)
			}
			if g := d.dragBlock(call, PanePalette, PaneScripts, bottomOf(d.box("b1")).Add(Point{3, 5})); g.Kind != Dropped {
				t.Fatalf("drop gave %+v", g)
			}
		}},
		{"type-10", func() { must(t, d.w.SetLiteral("b3", "height", "10")) }},
		{"duplicate", func() {
			at := d.box("flag").Rect.Min().Add(Point{10, 10})
			if !d.w.Duplicate("flag", at) {
				t.Fatal("Duplicate refused")
			}
			if v, ok := d.w.Dragging(); !ok || len(v.Layout.Scripts[0].Boxes) != 3 {
				t.Fatalf("the duplicate is not held: %+v", v)
			}
			d.send(PointerMove, PaneScripts, Point{300, 600})
			d.send(PointerDown, PaneScripts, Point{310, 620}) // a click puts it down: the Down is ignored
			if g := d.send(PointerUp, PaneScripts, Point{310, 620}); g.Kind != Dropped {
				t.Fatalf("dropping the duplicate gave %+v", g)
			}
		}},
		{"delete-block", func() { must(t, d.w.DeleteBlock("b5")) }}, // the copy of "change score by 1"
		{"clean-up", func() { must(t, d.w.CleanUp()) }},
		{"add-sprite", func() {
			i, err := d.w.AddSprite("Tsumi", blocks.Media{Name: "ball", Library: "tsumi-walk1"})
			must(t, err)
			if i != 2 || d.w.Target() != 2 || d.w.Project().Sprites[2].Name != "Tsumi2" {
				t.Errorf("added sprite %d, editing %d, named %q", i, d.w.Target(), d.w.Project().Sprites[2].Name)
			}
		}},
		{"rename-sprite", func() { must(t, d.w.RenameSprite(1, "Star")) }},
		{"delete-sprite", func() {
			must(t, d.w.DeleteSprite(2))
			if d.w.Target() != 1 {
				t.Errorf("after deleting the sprite edited, editing %d", d.w.Target())
			}
		}},
	}
	for i, s := range steps {
		version := d.w.Version()
		s.do()
		if d.w.Version() == version {
			t.Errorf("%s: the version did not grow", s.name)
		}
		got := d.json()
		golden(t, filepath.Join("scenario", fmt.Sprintf("%02d-%s.tsumiki", i+1, s.name)), got)
		history = append(history, snap{got, d.w.Target(), *d.w.Project()})
	}
	// Nothing a step's project reached was changed by the steps after it.
	for i, h := range history {
		data, err := blocks.Marshal(&h.p)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(h.json, string(data)); diff != "" {
			t.Errorf("the project of step %d was changed in place (-then +now):\n%s", i, diff)
		}
	}

	// Go to the stage: undo goes back to where each change was made.
	must(t, d.w.SetTarget(StageTarget))
	for i := len(steps); i > 0; i-- {
		must(t, d.w.Undo())
		if diff := cmp.Diff(history[i-1].json, d.json()); diff != "" {
			t.Fatalf("undoing %s (-want +got):\n%s", steps[i-1].name, diff)
		}
		want := history[i-1].target // the target the change was made on
		if d.w.Target() != want {
			t.Errorf("undoing %s: editing %d, want %d", steps[i-1].name, d.w.Target(), want)
		}
	}
	if d.w.CanUndo() {
		t.Error("more to undo than was done")
	}
	for i := 1; i <= len(steps); i++ {
		must(t, d.w.Redo())
		if diff := cmp.Diff(history[i].json, d.json()); diff != "" {
			t.Fatalf("redoing %s (-want +got):\n%s", steps[i-1].name, diff)
		}
		if d.w.Target() != history[i].target {
			t.Errorf("redoing %s: editing %d, want %d", steps[i-1].name, d.w.Target(), history[i].target)
		}
	}
	if d.w.CanRedo() {
		t.Error("more to redo than was undone")
	}
}
