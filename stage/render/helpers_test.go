package render

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/assets"
	"tsumiki/blocks"
	"tsumiki/stage"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// Golden images match when at most maxDiffShare of their pixels differ by more than
// tolerance in some channel: GPUs and drivers round differently.
const (
	tolerance    = 8
	maxDiffShare = 0.002
)

// newTestRenderer returns a Renderer that draws the built-in library.
func newTestRenderer(tb testing.TB) (*Renderer, *assets.Store) {
	tb.Helper()
	needGL(tb)
	store := assets.NewStore(nil)
	r, err := New(store)
	if err != nil {
		tb.Fatal(err)
	}
	return r, store
}

// libraryCostume returns the library item name as a costume.
func libraryCostume(tb testing.TB, store *assets.Store, name string) stage.Costume {
	tb.Helper()
	c, err := store.Costume("test", blocks.Media{Name: name, Library: name})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// newWorld returns a world whose stage shows the library backdrop (none when "").
func newWorld(tb testing.TB, store *assets.Store, backdrop string) *stage.World {
	tb.Helper()
	w := stage.NewWorld()
	if backdrop != "" {
		w.Stage.Backdrops = []stage.Costume{libraryCostume(tb, store, backdrop)}
	}
	return w
}

// addSprite adds a sprite wearing the library costume at x, y.
func addSprite(tb testing.TB, w *stage.World, store *assets.Store, costume string, x, y float64) *stage.Sprite {
	tb.Helper()
	s := stage.NewSprite(costume, libraryCostume(tb, store, costume))
	s.X, s.Y = x, y
	w.Add(s)
	return s
}

// readBack returns dst's pixels.
func readBack(dst *ebiten.Image) *image.RGBA {
	b := dst.Bounds()
	img := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	dst.ReadPixels(img.Pix)
	return img
}

// drawStage draws w with pen into a new width×height image and reads it back.
func drawStage(r *Renderer, w *stage.World, pen image.Image, width, height int) *image.RGBA {
	dst := ebiten.NewImage(width, height)
	defer dst.Deallocate()
	r.Draw(dst, dst.Bounds(), w, pen, 1)
	return readBack(dst)
}

// checkGolden compares got with testdata/name.png, or rewrites that with -update. A
// mismatch writes what was drawn to the temporary folder for a look.
func checkGolden(t *testing.T, name string, got *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if *update {
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
		out := filepath.Join(os.TempDir(), "tsumiki-render-"+name+".png")
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
