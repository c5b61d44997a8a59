package draw

import (
	"testing"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
)

// TestWidthsAgree checks that the words are drawn as wide as the layout measured them with
// editor.UIMeasurer: the same font, set by another engine. It needs no display.
func TestWidthsAgree(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ui, err := editor.UIMeasurer()
	if err != nil {
		t.Fatal(err)
	}
	drawn := d.Measurer()
	for _, def := range blocks.All() {
		for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
			s := def.Words(lang)
			for _, size := range []float64{16, 24} {
				got, want := drawn(s, size), ui(s, size)
				// The engines round the glyphs' advances differently: the words are drawn
				// at most a quarter of a unit wider than measured, or up to a percent
				// narrower, which the padding around them hides.
				if got > want+0.25 || got < want*0.99-0.25 {
					t.Errorf("%q at %g: drawn %.2f wide, measured %.2f", s, size, got, want)
				}
			}
		}
	}
}
