package draw

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
	"tsumiki/stage/render/gltest"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// Golden images match when at most maxDiffShare of their pixels differ by more than
// tolerance in some channel: GPUs and drivers round differently (as in stage/render).
const (
	tolerance    = 8
	maxDiffShare = 0.002
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

// readBack returns dst's pixels.
func readBack(dst *ebiten.Image) *image.RGBA {
	b := dst.Bounds()
	img := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	dst.ReadPixels(img.Pix)
	return img
}

// checkGolden compares got with testdata/name.png, or rewrites that with -update. A
// mismatch writes what was drawn to the temporary folder for a look.
func checkGolden(t *testing.T, name string, got *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := writePNG(path, got); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to make it)", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if diff := compare(got, want); diff != "" {
		out := filepath.Join(os.TempDir(), "tsumiki-draw-"+name+".png")
		if err := writePNG(out, got); err != nil {
			t.Log(err)
		}
		t.Errorf("%s: %s; drawn: %s", path, diff, out)
	}
}

// compare describes how got differs from want, or returns "" when they match.
func compare(got *image.RGBA, want image.Image) string {
	if got.Bounds().Size() != want.Bounds().Size() {
		return fmt.Sprintf("size %v, want %v", got.Bounds().Size(), want.Bounds().Size())
	}
	b := want.Bounds()
	differ, worst := 0, 0
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			g := got.RGBAAt(x, y)
			wr, wg, wb, wa := want.At(b.Min.X+x, b.Min.Y+y).RGBA()
			d := max(absDiff(g.R, wr), absDiff(g.G, wg), absDiff(g.B, wb), absDiff(g.A, wa))
			worst = max(worst, d)
			if d > tolerance {
				differ++
			}
		}
	}
	if limit := int(maxDiffShare * float64(b.Dx()*b.Dy())); differ > limit {
		return fmt.Sprintf("%d pixels differ by more than %d (at most %d may; the worst by %d)", differ, tolerance, limit, worst)
	}
	return ""
}

func absDiff(a uint8, b uint32) int {
	d := int(a) - int(b>>8)
	if d < 0 {
		return -d
	}
	return d
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
