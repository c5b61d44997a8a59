package gltest

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Update, set by the -update flag, rewrites golden images instead of comparing with them.
var Update = flag.Bool("update", false, "rewrite the golden images in testdata")

// Golden images match when at most MaxDiffShare of their pixels differ by more than Tolerance
// in some channel: GPUs and drivers round differently.
const (
	Tolerance    = 8
	MaxDiffShare = 0.002
)

// ReadBack reads dst's pixels into a new image.
func ReadBack(dst *ebiten.Image) *image.RGBA {
	b := dst.Bounds()
	img := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	dst.ReadPixels(img.Pix)
	return img
}

// CheckGolden compares got with testdata/name.png, or rewrites that with -update. A mismatch
// writes what was drawn to the temporary folder for a look.
func CheckGolden(t testing.TB, name string, got *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if *Update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := WritePNG(path, got); err != nil {
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
	if diff := Compare(got, want); diff != "" {
		out := filepath.Join(os.TempDir(), "tsumiki-"+strings.ReplaceAll(t.Name(), "/", "-")+"-"+name+".png")
		if err := WritePNG(out, got); err != nil {
			t.Log(err)
		}
		t.Errorf("%s: %s; drawn: %s", path, diff, out)
	}
}

// Compare describes how got differs from want beyond the tolerance, or returns "" when they
// match.
func Compare(got *image.RGBA, want image.Image) string {
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
			if d > Tolerance {
				differ++
			}
		}
	}
	if limit := int(MaxDiffShare * float64(b.Dx()*b.Dy())); differ > limit {
		return fmt.Sprintf("%d pixels differ by more than %d (at most %d may; the worst by %d)", differ, Tolerance, limit, worst)
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

// WritePNG writes img to path.
func WritePNG(path string, img image.Image) error {
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
