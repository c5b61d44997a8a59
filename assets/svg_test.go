package assets

import (
	"errors"
	"image/color"
	"strings"
	"testing"

	"tsumiki/blocks"
)

// TestSVGCostume reads house.svg: 100×80 on the stage, drawn at 2x from a 50×40 viewBox.
func TestSVGCostume(t *testing.T) {
	s := projectFS(t)
	c, err := s.Costume("Cat", file("house.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Width != 100 || c.Height != 80 || c.CenterX != 50 || c.CenterY != 40 || c.Asset != "file:house.svg" {
		t.Errorf("costume %+v", c)
	}
	if c.Mask == nil || c.Mask.Width() != 200 || c.Mask.Height() != 160 || c.Mask.Scale() != 2 {
		t.Fatalf("mask %+v", c.Mask)
	}
	img, err := s.Image(c.Asset)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 200 || b.Dy() != 160 {
		t.Fatalf("image %v", b)
	}
	// A viewBox unit is 4 pixels.
	for _, tt := range []struct {
		name string
		x, y int
		want color.RGBA
	}{
		{"circle", 37 * 4, 20 * 4, color.RGBA{0xee, 0x33, 0x33, 0xff}},
		{"outside", 2, 2, color.RGBA{}},
		{"rect's edge", 5 * 4, 20 * 4, color.RGBA{0x00, 0x33, 0x66, 0xff}},
		{"dot used from defs", 45 * 4, 5 * 4, color.RGBA{0xff, 0x88, 0x00, 0xff}},
		{"a dash", 31 * 4, 36 * 4, color.RGBA{0, 0, 0, 0xff}},
		{"a gap", 32*4 + 2, 36 * 4, color.RGBA{}},
	} {
		if got := color.RGBAModel.Convert(img.At(tt.x, tt.y)).(color.RGBA); got != tt.want {
			t.Errorf("%s at %d,%d is %v, want %v", tt.name, tt.x, tt.y, got, tt.want)
		}
	}
	// The gradient goes from light blue at the top of the rect to white at its bottom.
	top := color.RGBAModel.Convert(img.At(15*4, 6*4)).(color.RGBA)
	bottom := color.RGBAModel.Convert(img.At(15*4, 34*4)).(color.RGBA)
	if top.A != 0xff || bottom.A != 0xff || !(top.R < bottom.R) {
		t.Errorf("gradient from %v to %v", top, bottom)
	}
	if !c.Mask.Opaque(37*4, 20*4) || c.Mask.Opaque(2, 2) {
		t.Error("the mask does not follow the picture")
	}
}

func TestSVGSize(t *testing.T) {
	tests := []struct {
		svg  string
		w, h float64 // on the stage
	}{
		{`<svg width="30" height="20"/>`, 30, 20},
		{`<svg width="30px" height=" 20 px "/>`, 30, 20},
		{`<svg viewBox="0 0 60 45"/>`, 60, 45},
		{`<svg viewBox="-5,-5,60,45" width="120"/>`, 120, 90},
		{`<svg viewBox="0 0 60 45" height="90"/>`, 120, 90},
		{`<svg width="100%" height="100%" viewBox="0 0 60 45"/>`, 60, 45},
		{`<svg width="1in" height="72pt"/>`, 96, 96},
		{`<svg width="10.2" height="0.1"/>`, 10.5, 0.5}, // whole pixels at 2x
		{"\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!-- hi --><!DOCTYPE svg><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"6\"/>", 8, 6},
	}
	for _, tt := range tests {
		c, err := NewStore(nil).Costume("Cat", blocks.Media{Name: "a", File: "a.svg", Data: []byte(tt.svg)})
		if err != nil {
			t.Errorf("%s: %v", tt.svg, err)
			continue
		}
		if c.Width != tt.w || c.Height != tt.h {
			t.Errorf("%s is %v×%v, want %v×%v", tt.svg, c.Width, c.Height, tt.w, tt.h)
		}
	}
}

func TestSVGErrors(t *testing.T) {
	deep := strings.Repeat("<g>", svgMaxDepth) + strings.Repeat("</g>", svgMaxDepth)
	tests := []struct {
		svg  string
		want string
	}{
		{`<svg/>`, `the picture in "a.svg" does not say how large it is: its <svg> needs a width and height, or a viewBox`},
		{`<svg width="100%" height="10"/>`, `the picture in "a.svg" does not say how large it is: its <svg> needs a width and height, or a viewBox`},
		{`<svg width="3000" height="10"/>`, `the picture in "a.svg" is 3000×10 pixels, larger than 2048`},
		{`<svg viewBox="0 0 1e300 1"/>`, `the picture in "a.svg" is 1000000000×1 pixels, larger than 2048`},
		{`<html><svg width="1" height="1"/></html>`, `the file "a.svg" is not an SVG picture`},
		{`hello <svg`, `the file "a.svg" is not an SVG picture`},
		{`<svg width="10" height="10"><rect></svg>`, `the picture in "a.svg" is damaged and cannot be read`},
		{`<svg width="10" height="10">` + deep + `</svg>`, `the picture in "a.svg" is too complicated to draw`},
		{`<svg width="10" height="10"><defs><g id="a"><use href="#a"/></g></defs><use href="#a"/></svg>`, `the picture in "a.svg" is too complicated to draw`},
		{`<svg width="10" height="10"><defs><path id="p" d="M0 0` + strings.Repeat(" L1 1", 5000) + `"/></defs>` +
			strings.Repeat(`<use href="#p"/>`, 2000) + `</svg>`, `the picture in "a.svg" is too complicated to draw`},
		// 30,000 paths over the whole 4096×4096 picture would fill 500 billion pixels.
		{`<svg width="2048" height="2048">` + strings.Repeat(`<rect width="2048" height="2048"/>`, 30_000) + `</svg>`,
			`the picture in "a.svg" is too complicated to draw`},
	}
	for _, tt := range tests {
		_, err := NewStore(nil).Costume("Cat", blocks.Media{Name: "a", File: "a.svg", Data: []byte(tt.svg)})
		wantError(t, err, tt.want)
	}
}

// TestSVGHostileDrawing draws pictures that would take rasterx's own scanner, or its dasher,
// very long: they are cut short or drawn quickly.
func TestSVGHostileDrawing(t *testing.T) {
	for _, svg := range []string{
		// Dashes a thousandth of a pixel long along a long line.
		`<svg width="100" height="100"><path d="M0 0 L100000 100000" stroke="red" stroke-dasharray="0.001"/></svg>`,
		// A dash offset of a billion dashes.
		`<svg width="100" height="100"><path d="M0 0 L10 10" stroke="red" stroke-dasharray="1" stroke-dashoffset="1e9"/></svg>`,
		// Lines far above, below and beside the picture.
		`<svg width="100" height="100"><path d="M-300000 -300000 L300000 -200000 L300000 300000 L-300000 200000 Z"/></svg>`,
		`<svg width="100" height="100"><path d="M0 50 L1e20 51 L0 52 Z M1 1 L NaN 5"/></svg>`,
		// A huge stroke.
		`<svg width="100" height="100"><circle cx="50" cy="50" r="40" stroke="blue" stroke-width="1e12" fill="none"/></svg>`,
	} {
		c, err := NewStore(nil).Costume("Cat", blocks.Media{Name: "a", File: "a.svg", Data: []byte(svg)})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("%s: %v", svg, err)
			}
			continue
		}
		if c.Width != 100 {
			t.Errorf("%s: %+v", svg, c)
		}
	}
}
