package main

// glyphs are the strokes of the few characters the grid backdrop writes, on a grid 4 units
// wide with the baseline at 6, as polylines.
var glyphs = map[rune][][]pt{
	'0': {{{1, 0}, {3, 0}, {4, 1}, {4, 5}, {3, 6}, {1, 6}, {0, 5}, {0, 1}, {1, 0}}},
	'1': {{{0.8, 1.2}, {2, 0}, {2, 6}}, {{0.8, 6}, {3.2, 6}}},
	'2': {{{0, 1.2}, {1, 0}, {3, 0}, {4, 1}, {4, 2.2}, {0, 6}, {4, 6}}},
	'-': {{{0.6, 3.2}, {3.4, 3.2}}},
	'x': {{{0.4, 2.4}, {3.6, 6}}, {{3.6, 2.4}, {0.4, 6}}},
	'y': {{{0.4, 2.4}, {2, 6}}, {{3.6, 2.4}, {1.2, 8.2}}},
}

const (
	fontUnit    = 3.2 // pixels a glyph unit
	fontAdvance = 6   // units from one character to the next
	fontStroke  = 1.5 // stroke radius in pixels
)

// text is s written with its box placed at p: ax and ay say which point of the box sits on p,
// from 0 (left, top) to 1 (right, bottom). It returns the box, with room for descenders, and
// the shape.
func text(p pt, s string, ax, ay float64) (box, shape) {
	n := len([]rune(s))
	w := (float64(n*fontAdvance) - 2) * fontUnit
	h := 6 * fontUnit
	origin := pt{p.x - ax*w, p.y - ay*h}
	var parts []shape
	for i, r := range []rune(s) {
		for _, stroke := range glyphs[r] {
			pts := make([]pt, len(stroke))
			for j, q := range stroke {
				pts[j] = origin.add(pt{(q.x + float64(i*fontAdvance)) * fontUnit, q.y * fontUnit})
			}
			parts = append(parts, polyline(fontStroke, pts...))
		}
	}
	b := box{origin.x - fontStroke, origin.y - fontStroke, origin.x + w + fontStroke, origin.y + 9*fontUnit + fontStroke}
	return b, union(parts...)
}
