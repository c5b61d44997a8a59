package main

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"tsumiki/assets"
)

// TestLibraryUpToDate checks that the pictures in assets/library and their thumbnails in
// assets/library/thumbs are what this program draws now, pixel for pixel. (The PNG bytes may
// differ between Go versions; the pixels may not.) If it fails, run go run ./assets/gen from
// the repository root.
func TestLibraryUpToDate(t *testing.T) {
	for _, p := range pictures() {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			full, thumb := p.render()
			for _, f := range []struct {
				path string
				img  image.Image
			}{{p.name + ".png", full}, {thumbsDir + "/" + p.name + ".png", thumb}} {
				checkUpToDate(t, filepath.Join("..", "library", filepath.FromSlash(f.path)), f.img)
			}
		})
	}
}

// TestCatalogueMatches checks that the generator draws the catalogue's pictures, in its
// order, with backdrops as backdrops.
func TestCatalogueMatches(t *testing.T) {
	var want []assets.Item
	for _, it := range assets.Items() {
		if it.Kind != assets.Sound {
			want = append(want, it)
		}
	}
	ps := pictures()
	if len(ps) != len(want) {
		t.Errorf("gen draws %d pictures, the catalogue lists %d", len(ps), len(want))
	}
	for i := range min(len(ps), len(want)) {
		if ps[i].name != want[i].Name || ps[i].backdrop != (want[i].Kind == assets.Backdrop) {
			t.Errorf("picture %d is %q (backdrop %v), the catalogue's is %q (%v)", i, ps[i].name, ps[i].backdrop, want[i].Name, want[i].Kind)
		}
	}
}

func TestThumbnailFitsAndCentres(t *testing.T) {
	red := color.NRGBA{R: 230, G: 40, B: 30, A: 255}
	tests := []struct {
		w, h, margin int
		want         image.Rectangle // the covered part of the thumbnail
	}{
		{300, 150, 4, image.Rect(4, 26, 92, 70)},
		{100, 400, 4, image.Rect(37, 4, 59, 92)},
		{960, 720, 0, image.Rect(0, 12, 96, 84)},
	}
	for _, tt := range tests {
		img := image.NewNRGBA(image.Rect(0, 0, tt.w, tt.h))
		draw.Draw(img, img.Rect, image.NewUniform(red), image.Point{}, draw.Src)
		th := thumbnail(img, tt.margin)
		if th.Rect != image.Rect(0, 0, thumbSize, thumbSize) {
			t.Fatalf("%d×%d: thumbnail is %v", tt.w, tt.h, th.Rect)
		}
		for y := 0; y < thumbSize; y++ {
			for x := 0; x < thumbSize; x++ {
				want := color.NRGBA{}
				if (image.Point{x, y}).In(tt.want) {
					want = red
				}
				if got := th.NRGBAAt(x, y); got != want {
					t.Fatalf("%d×%d: pixel (%d, %d) = %v, want %v", tt.w, tt.h, x, y, got, want)
				}
			}
		}
	}
}

func TestThumbnailAveragesInPremultipliedAlpha(t *testing.T) {
	// Opaque white next to transparent black, shrunk 2:1, is half-transparent white: a
	// transparent pixel's colour must not darken the edge.
	img := image.NewNRGBA(image.Rect(0, 0, 192, 192))
	for y := 0; y < 192; y++ {
		for x := 0; x < 192; x += 2 {
			img.SetNRGBA(x, y, color.NRGBA{255, 255, 255, 255})
		}
	}
	th := thumbnail(img, 0)
	if got, want := th.NRGBAAt(40, 40), (color.NRGBA{255, 255, 255, 128}); got != want {
		t.Errorf("pixel = %v, want %v", got, want)
	}
}

func TestQuantizeKeepsFewColoursExactly(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = uint8(i % 7 * 40) // 7 colours, some transparent, some half so
	}
	q := quantize(img)
	for y := 0; y < 30; y++ {
		for x := 0; x < 40; x++ {
			if got, want := paletteColour(q, x, y), img.NRGBAAt(x, y); got != want {
				t.Fatalf("pixel (%d, %d) = %v, want %v", x, y, got, want)
			}
		}
	}
}

func TestQuantizeKeepsFlatPatches(t *testing.T) {
	// A flat patch beside a gradient of far more than 256 colours.
	img := image.NewNRGBA(image.Rect(0, 0, 256, 256))
	flat := color.NRGBA{R: 240, G: 196, B: 126, A: 255}
	for y := 0; y < 256; y++ {
		for x := 0; x < 256; x++ {
			c := color.NRGBA{R: uint8(x), G: uint8(y), B: uint8(x ^ y), A: 255}
			if x < 128 && y < 128 {
				c = flat
			}
			img.SetNRGBA(x, y, c)
		}
	}
	q := quantize(img)
	if len(q.Palette) > 256 {
		t.Fatalf("palette has %d colours", len(q.Palette))
	}
	worst := 0
	for y := 0; y < 256; y++ {
		for x := 0; x < 256; x++ {
			got, in := paletteColour(q, x, y), img.NRGBAAt(x, y)
			if x < 128 && y < 128 && got != flat {
				t.Fatalf("flat patch pixel (%d, %d) = %v, want %v", x, y, got, flat)
			}
			for _, d := range []int{int(got.R) - int(in.R), int(got.G) - int(in.G), int(got.B) - int(in.B)} {
				worst = max(worst, d, -d)
			}
		}
	}
	// 3×64 values of gradient in 192 colours: a colour cell is about 40 levels wide.
	if worst > 40 {
		t.Errorf("a pixel is %d levels off", worst)
	}
}

func paletteColour(img *image.Paletted, x, y int) color.NRGBA {
	return img.Palette[img.ColorIndexAt(x, y)].(color.NRGBA)
}

// checkUpToDate checks that the PNG file at path shows img, pixel for pixel. Encoding and
// decoding may change the image type (an opaque picture is stored as RGB), so both are
// compared as NRGBA.
func checkUpToDate(t *testing.T, path string, img image.Image) {
	t.Helper()
	stored := readPNG(t, path)
	drawn, err := encode(img)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := png.Decode(bytes.NewReader(drawn))
	if err != nil {
		t.Fatal(err)
	}
	if a, b := nrgba(stored), nrgba(fresh); a.Rect != b.Rect || !bytes.Equal(a.Pix, b.Pix) {
		t.Errorf("%s is out of date: run go run ./assets/gen", path)
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func nrgba(img image.Image) *image.NRGBA {
	out := image.NewNRGBA(img.Bounds())
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Src)
	return out
}
