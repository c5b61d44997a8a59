package draw

import (
	"image/color"
	"strconv"

	"tsumiki/blocks"
)

// palette is the three colours of a category, as Scratch 3 draws its blocks: the fill,
// a darker one for dropdowns, and the darkest for the outline and empty hexagonal slots.
type palette struct {
	fill, secondary, tertiary color.NRGBA
}

// scratchShades are Scratch 3's secondary and tertiary colours of each category, by id.
var scratchShades = map[string][2]string{
	"motion":     {"#4280D7", "#3373CC"},
	"looks":      {"#855CD6", "#774DCB"},
	"sound":      {"#C94FC9", "#BD42BD"},
	"events":     {"#E6AC00", "#CC9900"},
	"control":    {"#EC9C13", "#CF8B17"},
	"sensing":    {"#47A8D1", "#2E8EB8"},
	"operators":  {"#46B946", "#389438"},
	"data":       {"#FF8000", "#DB6E00"},
	"lists":      {"#FF5500", "#E64D00"},
	"procedures": {"#FF4D6A", "#FF3355"},
	"pen":        {"#0DA57A", "#0B8E69"},
}

// The colours that belong to no category.
var (
	textDark     = color.NRGBA{0x57, 0x5e, 0x75, 0xff} // Scratch's text in white fields
	white        = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	unknownBlock = palette{color.NRGBA{0xbf, 0xbf, 0xbf, 0xff}, color.NRGBA{0xa6, 0xa6, 0xa6, 0xff}, color.NRGBA{0x8c, 0x8c, 0x8c, 0xff}}
	previewFill  = color.NRGBA{0, 0, 0, 0x30} // the landing preview, Scratch's grey insertion marker
	previewLine  = color.NRGBA{0, 0, 0, 0x30}
	paletteBack  = color.NRGBA{0xf9, 0xf9, 0xf9, 0xff}
	paletteEdge  = color.NRGBA{0xd9, 0xd9, 0xd9, 0xff}
)

// colorsOf returns the colours of a category: its Color, and Scratch's darker shades of it, or
// shades made by darkening it for a colour Scratch does not have.
func colorsOf(c blocks.Category) palette {
	fill, ok := parseHex(c.Color)
	if !ok {
		return unknownBlock
	}
	p := palette{fill: fill, secondary: darken(fill, 0.9), tertiary: darken(fill, 0.8)}
	if sh, ok := scratchShades[c.ID]; ok {
		if s, ok := parseHex(sh[0]); ok {
			p.secondary = s
		}
		if t, ok := parseHex(sh[1]); ok {
			p.tertiary = t
		}
	}
	return p
}

// CategoryColor returns the colour of a category's blocks, as the category buttons show it.
func CategoryColor(c blocks.Category) color.NRGBA { return colorsOf(c).fill }

// parseHex reads "#rrggbb".
func parseHex(s string) (color.NRGBA, bool) {
	if len(s) != 7 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}

func darken(c color.NRGBA, k float64) color.NRGBA {
	return color.NRGBA{uint8(float64(c.R) * k), uint8(float64(c.G) * k), uint8(float64(c.B) * k), c.A}
}
