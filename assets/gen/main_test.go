package main

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// TestLibraryUpToDate checks that the pictures in assets/library are what this program draws
// now, pixel for pixel. (The PNG bytes may differ between Go versions; the pixels may not.)
// If it fails, run go run ./assets/gen from the repository root.
func TestLibraryUpToDate(t *testing.T) {
	for _, p := range pictures() {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(filepath.Join("..", "library", p.name+".png"))
			if err != nil {
				t.Fatal(err)
			}
			stored, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			// Encoding and decoding may change the image type (an opaque picture is stored
			// as RGB), so compare as NRGBA.
			drawn, err := encode(p.draw())
			if err != nil {
				t.Fatal(err)
			}
			fresh, err := png.Decode(bytes.NewReader(drawn))
			if err != nil {
				t.Fatal(err)
			}
			if a, b := nrgba(stored), nrgba(fresh); a.Rect != b.Rect || !bytes.Equal(a.Pix, b.Pix) {
				t.Errorf("library/%s.png is out of date: run go run ./assets/gen", p.name)
			}
		})
	}
}

func nrgba(img image.Image) *image.NRGBA {
	out := image.NewNRGBA(img.Bounds())
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Src)
	return out
}
