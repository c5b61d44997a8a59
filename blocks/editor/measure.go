package editor

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"tsumiki/assets/fonts"
)

// A Measurer gives the width of text set at a font size, both in workspace units. The layout
// asks it for every label, literal and dropdown it shows, so that it stays independent of any
// font engine.
type Measurer func(text string, size float64) float64

// FixedMeasurer is a Measurer for tests and for machines without the font: every rune
// advances by 0.6·size, and a wide East Asian rune (kana, kanji, full-width forms) by 1.0·size.
func FixedMeasurer(text string, size float64) float64 {
	narrow, wide := 0, 0
	for _, r := range text {
		if isWide(r) {
			wide++
		} else {
			narrow++
		}
	}
	return (float64(narrow)*6 + float64(wide)*10) * size / 10
}

// isWide reports whether r is drawn two columns wide: Hangul, the CJK blocks with kana and
// kanji, and the full-width forms.
func isWide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x115F, // Hangul Jamo
		r >= 0x2E80 && r <= 0x303E, // CJK radicals, punctuation
		r >= 0x3041 && r <= 0x33FF, // kana, CJK compatibility
		r >= 0x3400 && r <= 0x4DBF, // CJK extension A
		r >= 0x4E00 && r <= 0x9FFF, // CJK unified ideographs
		r >= 0xA000 && r <= 0xA4CF, // Yi
		r >= 0xAC00 && r <= 0xD7A3, // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF, // CJK compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F, // CJK compatibility forms
		r >= 0xFF00 && r <= 0xFF60, // full-width forms
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}

// NewFontMeasurer returns a Measurer that sets text in a TrueType or OpenType font, one
// workspace unit to the pixel at 72 dpi, unhinted and with kerning, as a renderer drawing
// with the same font at zoom 1 would. The Measurer keeps a face for each size it is asked
// about and may be shared between workspaces and goroutines.
func NewFontMeasurer(ttf []byte) (Measurer, error) {
	f, err := opentype.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("editor: reading the font: %w", err)
	}
	var (
		mu    sync.Mutex
		faces = make(map[float64]font.Face)
	)
	return func(text string, size float64) float64 {
		mu.Lock()
		defer mu.Unlock()
		face, ok := faces[size]
		if !ok {
			nf, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
			if err != nil {
				return FixedMeasurer(text, size) // a size the font cannot be set at
			}
			face = nf
			faces[size] = face
		}
		adv := font.MeasureString(face, text)
		return float64(adv) / 64
	}, nil
}

// UIMeasurer returns a Measurer for the app's own font, M+ 1p (tsumiki/assets/fonts).
func UIMeasurer() (Measurer, error) { return NewFontMeasurer(fonts.MPlus1pRegular) }

// widthKey is a text measured at a size, for the workspace's cache of widths.
type widthKey struct {
	text string
	size float64
}

// maxWidths bounds the cache of measured widths; past it the cache starts again.
const maxWidths = 1 << 14

// widths caches a Measurer's answers. Labels repeat across blocks, and measuring with a real
// font costs a glyph lookup a rune.
type widths struct {
	measure Measurer
	cache   map[widthKey]float64
}

func (c *widths) width(text string, size float64) float64 {
	if text == "" {
		return 0
	}
	k := widthKey{text, size}
	if w, ok := c.cache[k]; ok {
		return w
	}
	if c.cache == nil || len(c.cache) >= maxWidths {
		c.cache = make(map[widthKey]float64)
	}
	w := c.measure(text, size)
	c.cache[k] = w
	return w
}
