package main

import (
	"cmp"
	"image"
	"image/color"
	"slices"
)

// The library ships in the browser build, so its pictures are stored with a palette of at
// most 256 colours: a PNG file a third of the size. Flat pictures have few colours besides
// their anti-aliased edges, so the palette keeps every large patch of colour exact and the
// edges lose nothing anyone can see.

// quantize returns img with a palette of at most 256 colours. A picture with that few
// colours keeps them exactly; one with more gets the colours k-means finds, starting from a
// median cut, with each pixel mapped to the nearest.
func quantize(img *image.NRGBA) *image.Paletted {
	counts := map[color.NRGBA]int{}
	b := img.Rect
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			counts[img.NRGBAAt(x, y)]++
		}
	}
	hist := make([]swatch, 0, len(counts))
	for c, n := range counts {
		hist = append(hist, swatch{c: c, point: premultiply(c), n: float64(n)})
	}
	// Map order is random; the palette must not be.
	slices.SortFunc(hist, func(a, b swatch) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return slices.Compare([]uint8{a.c.R, a.c.G, a.c.B, a.c.A}, []uint8{b.c.R, b.c.G, b.c.B, b.c.A})
	})

	var pal color.Palette
	if len(hist) <= 256 {
		for _, s := range hist {
			pal = append(pal, s.c)
		}
	} else {
		for _, p := range kmeans(hist, medianCut(hist, 256), 12) {
			pal = append(pal, p.nrgba())
		}
	}
	// Transparent colours first keep the tRNS chunk short.
	slices.SortStableFunc(pal, func(a, b color.Color) int {
		return cmp.Compare(a.(color.NRGBA).A, b.(color.NRGBA).A)
	})

	out := image.NewPaletted(b, pal)
	index := map[color.NRGBA]uint8{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.NRGBAAt(x, y)
			i, ok := index[c]
			if !ok {
				i = uint8(nearest(pal, premultiply(c)))
				index[c] = i
			}
			out.SetColorIndex(x, y, i)
		}
	}
	return out
}

// A point is a colour in premultiplied RGBA, each channel from 0 to 255, where the distance
// between two colours is how different they look over any background.
type point [4]float64

// swatch is one colour of a picture and how many pixels have it.
type swatch struct {
	c     color.NRGBA
	point point // c premultiplied
	n     float64
}

func premultiply(c color.NRGBA) point {
	a := float64(c.A) / 255
	return point{float64(c.R) * a, float64(c.G) * a, float64(c.B) * a, float64(c.A)}
}

// nrgba rounds p to the nearest 8-bit colour.
func (p point) nrgba() color.NRGBA {
	a := min(255, max(0, p[3]))
	if a < 0.5 {
		return color.NRGBA{}
	}
	ch := func(v float64) uint8 { return uint8(min(255, max(0, v*255/a)) + 0.5) }
	return color.NRGBA{R: ch(p[0]), G: ch(p[1]), B: ch(p[2]), A: uint8(a + 0.5)}
}

func dist(p, q point) float64 {
	d := 0.0
	for k := range p {
		d += (p[k] - q[k]) * (p[k] - q[k])
	}
	return d
}

// nearest returns the index of the palette colour nearest p.
func nearest(pal color.Palette, p point) int {
	best, bestD := 0, -1.0
	for i, c := range pal {
		if d := dist(p, premultiply(c.(color.NRGBA))); bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// medianCut splits the colours into n groups, each time halving the group with the widest
// spread along its widest channel at its weighted median, and returns each group's mean.
func medianCut(hist []swatch, n int) []point {
	groups := [][]swatch{slices.Clone(hist)}
	for len(groups) < n {
		widest, channel, spread := -1, 0, 0.0
		for i, g := range groups {
			if len(g) < 2 {
				continue
			}
			for k := 0; k < 4; k++ {
				lo, hi := g[0].point[k], g[0].point[k]
				for _, s := range g {
					lo, hi = min(lo, s.point[k]), max(hi, s.point[k])
				}
				// Weighting by the pixels the group covers splits big groups first.
				if w := (hi - lo) * total(g); w > spread {
					widest, channel, spread = i, k, w
				}
			}
		}
		if widest < 0 {
			break
		}
		g := groups[widest]
		slices.SortStableFunc(g, func(a, b swatch) int { return cmp.Compare(a.point[channel], b.point[channel]) })
		half, acc, cut := total(g)/2, 0.0, 1
		for i, s := range g[:len(g)-1] {
			acc += s.n
			cut = i + 1
			if acc >= half {
				break
			}
		}
		groups[widest] = g[:cut]
		groups = append(groups, g[cut:])
	}
	centres := make([]point, len(groups))
	for i, g := range groups {
		centres[i] = mean(g)
	}
	return centres
}

func total(g []swatch) float64 {
	w := 0.0
	for _, s := range g {
		w += s.n
	}
	return w
}

func mean(g []swatch) point {
	var m point
	w := total(g)
	for _, s := range g {
		for k := range m {
			m[k] += s.point[k] * s.n / w
		}
	}
	return m
}

// kmeans moves the centres to the means of the colours nearest them, rounds times. At the
// end a centre whose group is mostly one colour becomes that colour, so flat patches keep
// their colour exactly.
func kmeans(hist []swatch, centres []point, rounds int) []point {
	for r := 0; ; r++ {
		groups := make([][]swatch, len(centres))
		for _, s := range hist {
			best, bestD := 0, -1.0
			for i, c := range centres {
				if d := dist(s.point, c); bestD < 0 || d < bestD {
					best, bestD = i, d
				}
			}
			groups[best] = append(groups[best], s)
		}
		for i, g := range groups {
			if len(g) == 0 {
				continue
			}
			if r < rounds {
				centres[i] = mean(g)
				continue
			}
			// hist is sorted by count, so g[0] is the group's commonest colour.
			if g[0].n*2 >= total(g) {
				centres[i] = g[0].point
			}
		}
		if r == rounds {
			return centres
		}
	}
}
