package main

import (
	"image"
	"math"
)

// Thumbnails are what the editor's library browser shows: thumbSize pixels square, with a
// transparent background, the picture scaled to fit and centred. A costume keeps a margin of
// thumbMargin pixels all round, so neighbours in the browser do not touch; a backdrop fills
// the width.
const (
	thumbSize   = 96
	thumbMargin = 4
)

// thumbnail scales img down to fit inside a thumbnail less margin pixels on each side, and
// centres it.
func thumbnail(img *image.NRGBA, margin int) *image.NRGBA {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	fit := float64(thumbSize - 2*margin)
	k := math.Min(fit/float64(w), fit/float64(h))
	tw, th := max(1, int(math.Round(float64(w)*k))), max(1, int(math.Round(float64(h)*k)))

	// Average the pixels each thumbnail pixel covers, in premultiplied alpha, first along
	// the rows and then down the columns.
	src := make([]float64, 4*w*h)
	for i := 0; i < w*h; i++ {
		p := img.Pix[4*i:]
		a := float64(p[3]) / 255
		src[4*i], src[4*i+1], src[4*i+2], src[4*i+3] = float64(p[0])*a, float64(p[1])*a, float64(p[2])*a, float64(p[3])
	}
	rows := make([]float64, 4*tw*h)
	for x, ws := range areaWeights(w, tw) {
		for y := 0; y < h; y++ {
			out := rows[4*(y*tw+x):]
			for _, wt := range ws {
				in := src[4*(y*w+wt.i):]
				for k := 0; k < 4; k++ {
					out[k] += in[k] * wt.w
				}
			}
		}
	}
	dst := make([]float64, 4*tw*th)
	for y, ws := range areaWeights(h, th) {
		for x := 0; x < tw; x++ {
			out := dst[4*(y*tw+x):]
			for _, wt := range ws {
				in := rows[4*(wt.i*tw+x):]
				for k := 0; k < 4; k++ {
					out[k] += in[k] * wt.w
				}
			}
		}
	}

	thumb := image.NewNRGBA(image.Rect(0, 0, thumbSize, thumbSize))
	ox, oy := (thumbSize-tw)/2, (thumbSize-th)/2
	for y := 0; y < th; y++ {
		for x := 0; x < tw; x++ {
			p := dst[4*(y*tw+x):]
			a := math.Round(p[3])
			if a <= 0 {
				continue
			}
			q := thumb.Pix[thumb.PixOffset(ox+x, oy+y):]
			for k := 0; k < 3; k++ {
				q[k] = uint8(math.Round(math.Min(255, p[k]*255/p[3])))
			}
			q[3] = uint8(math.Min(255, a))
		}
	}
	return thumb
}

// tap is how much source pixel i counts towards one output pixel.
type tap struct {
	i int
	w float64
}

// areaWeights returns, for each of n output pixels spread over src source pixels, the source
// pixels it covers and by how much, adding up to 1.
func areaWeights(src, n int) [][]tap {
	k := float64(src) / float64(n)
	out := make([][]tap, n)
	for o := range out {
		lo, hi := float64(o)*k, float64(o+1)*k
		for i := int(lo); i < src && float64(i) < hi; i++ {
			cover := math.Min(hi, float64(i+1)) - math.Max(lo, float64(i))
			if cover > 1e-9 {
				out[o] = append(out[o], tap{i, cover / k})
			}
		}
	}
	return out
}
