package assets

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"tsumiki/blocks"
)

var update = flag.Bool("update", false, "rewrite testdata/thumbnails.golden.png from the library's thumbnails")

const goldenSheet = "testdata/thumbnails.golden.png"

// TestThumbnailsGolden lays every catalogue item's thumbnail out on a contact sheet, in
// catalogue order, and compares it with the golden sheet. Look at the sheet after changing
// the library; go test ./assets -update rewrites it.
func TestThumbnailsGolden(t *testing.T) {
	items := Items()
	thumbs := make([]image.Image, len(items))
	for i, it := range items {
		img, err := Thumbnail(it.Name)
		if err != nil {
			t.Errorf("%s %q: %v", it.Kind, it.Name, err)
			continue
		}
		thumbs[i] = img
	}
	if t.Failed() {
		return
	}
	sheet := contactSheet(thumbs)
	if *update {
		var buf bytes.Buffer
		enc := png.Encoder{CompressionLevel: png.BestCompression}
		if err := enc.Encode(&buf, sheet); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenSheet, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(goldenSheet)
	if err != nil {
		t.Fatalf("%v (run go test ./assets -update to make it)", err)
	}
	golden, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if msg := compareImages(sheet, golden, 8, 0.002); msg != "" {
		out := filepath.Join(os.TempDir(), "thumbnails.got.png")
		var buf bytes.Buffer
		if png.Encode(&buf, sheet) == nil && os.WriteFile(out, buf.Bytes(), 0o644) == nil {
			msg += "; the sheet drawn now is " + out
		}
		t.Errorf("the thumbnails differ from %s: %s (if the change is meant, look at the sheet and run go test ./assets -update)", goldenSheet, msg)
	}
}

// Contact sheet layout: sheetColumns thumbnails a row, sheetGap pixels apart.
const (
	sheetColumns = 8
	sheetGap     = 4
)

// contactSheet lays the thumbnails out in rows on a grey background, so that transparent
// parts and white parts both show.
func contactSheet(thumbs []image.Image) *image.NRGBA {
	cell := ThumbnailSize + sheetGap
	rows := (len(thumbs) + sheetColumns - 1) / sheetColumns
	sheet := image.NewNRGBA(image.Rect(0, 0, sheetColumns*cell+sheetGap, rows*cell+sheetGap))
	draw.Draw(sheet, sheet.Rect, image.NewUniform(color.NRGBA{0xD8, 0xDC, 0xE2, 0xFF}), image.Point{}, draw.Src)
	for i, th := range thumbs {
		at := image.Pt(sheetGap+i%sheetColumns*cell, sheetGap+i/sheetColumns*cell)
		draw.Draw(sheet, image.Rectangle{at, at.Add(image.Pt(ThumbnailSize, ThumbnailSize))}, th, th.Bounds().Min, draw.Over)
	}
	return sheet
}

// compareImages returns "" when a and b are the same size and no more than a fraction
// maxShare of their pixels differ by more than tolerance in any channel, or else what
// differs.
func compareImages(a, b image.Image, tolerance int, maxShare float64) string {
	if a.Bounds().Size() != b.Bounds().Size() {
		return fmt.Sprintf("the sheet is %v, the golden one %v", a.Bounds().Size(), b.Bounds().Size())
	}
	na, nb := toNRGBA(a), toNRGBA(b)
	differ := 0
	for i := 0; i < len(na.Pix); i += 4 {
		for k := 0; k < 4; k++ {
			if d := int(na.Pix[i+k]) - int(nb.Pix[i+k]); d > tolerance || d < -tolerance {
				differ++
				break
			}
		}
	}
	total := len(na.Pix) / 4
	if float64(differ) > maxShare*float64(total) {
		return fmt.Sprintf("%d of %d pixels differ", differ, total)
	}
	return ""
}

func toNRGBA(img image.Image) *image.NRGBA {
	out := image.NewNRGBA(image.Rectangle{Max: img.Bounds().Size()})
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Src)
	return out
}

func TestCompareImages(t *testing.T) {
	base := image.NewNRGBA(image.Rect(0, 0, 100, 100))
	near := image.NewNRGBA(base.Rect)
	for i := range near.Pix {
		near.Pix[i] = 8 // within the tolerance everywhere
	}
	off := image.NewNRGBA(base.Rect)
	off.Pix[0], off.Pix[4+1], off.Pix[8+3] = 9, 200, 255 // three pixels past it
	tests := []struct {
		name  string
		b     image.Image
		share float64
		same  bool
	}{
		{"same", base, 0, true},
		{"within tolerance", near, 0, true},
		{"few pixels off", off, 0.0004, true},
		{"too many pixels off", off, 0.0002, false},
		{"other size", image.NewNRGBA(image.Rect(0, 0, 100, 101)), 1, false},
	}
	for _, tt := range tests {
		if got := compareImages(base, tt.b, 8, tt.share); (got == "") != tt.same {
			t.Errorf("%s: compareImages = %q", tt.name, got)
		}
	}
}

// TestLibraryPicturesLoad checks that every costume and backdrop of the catalogue loads as a
// costume and has a thumbnail of the right size.
func TestLibraryPicturesLoad(t *testing.T) {
	s := NewStore(nil)
	for _, it := range Items() {
		if !it.Kind.isPicture() {
			continue
		}
		c, err := s.Costume("Sprite1", blocks.Media{Name: it.Name, Library: it.Name})
		if err != nil {
			t.Errorf("%s: %v", it.Name, err)
			continue
		}
		if c.Width <= 0 || c.Height <= 0 || c.Mask == nil {
			t.Errorf("%s: costume %+v has no size or mask", it.Name, c)
		}
		img, err := s.Image(c.Asset)
		if err != nil {
			t.Errorf("%s: %v", it.Name, err)
		} else if b := img.Bounds(); float64(b.Dx()) != 2*c.Width || float64(b.Dy()) != 2*c.Height {
			t.Errorf("%s: picture is %v, costume %v×%v", it.Name, b, c.Width, c.Height)
		}
		th, err := Thumbnail(it.Name)
		if err != nil {
			t.Errorf("%s: %v", it.Name, err)
			continue
		}
		if b := th.Bounds(); b != image.Rect(0, 0, ThumbnailSize, ThumbnailSize) {
			t.Errorf("%s: thumbnail is %v, want %d×%d", it.Name, b, ThumbnailSize, ThumbnailSize)
		}
		if !hasVisiblePixel(th) {
			t.Errorf("%s: thumbnail is empty", it.Name)
		}
		// The corners of a costume's thumbnail are transparent.
		if it.Kind == Costume {
			if _, _, _, a := th.At(0, 0).RGBA(); a != 0 {
				t.Errorf("%s: thumbnail corner is not transparent", it.Name)
			}
		}
	}
}

func hasVisiblePixel(img image.Image) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if _, _, _, a := img.At(x, y).RGBA(); a != 0 {
				return true
			}
		}
	}
	return false
}

func TestThumbnailErrors(t *testing.T) {
	_, err := Thumbnail("no-such-item")
	var e *Error
	if !errors.As(err, &e) || e.Msg != msgNoItem {
		t.Errorf("Thumbnail(unknown) error = %v, want msgNoItem", err)
	}
}
