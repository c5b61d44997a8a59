package main

import (
	"image"
	"image/color"
	"math"

	"tsumiki/assets"
)

// A sound's thumbnail is its loudness over time drawn as rounded bars, 96 pixels square like
// the pictures' thumbnails, on a transparent background, in its category's colour.
const (
	soundThumbSize = 96
	soundThumbBars = 20
)

// soundColours are the categories' colours: darker at the bars' ends, lighter in the middle.
var soundColours = map[assets.Category][2]color.NRGBA{
	assets.Effects:     {rgb(0xE0700A), rgb(0xFFAB4D)},
	assets.Jingles:     {rgb(0xA63FA6), rgb(0xE08BE0)},
	assets.Instruments: {rgb(0x0B9470), rgb(0x4DD9B0)},
}

// soundThumb draws the thumbnail of the sound t of category cat.
func soundThumb(t track, cat assets.Category) *image.NRGBA {
	c := newCanvas(soundThumbSize, soundThumbSize)
	cols, ok := soundColours[cat]
	if !ok {
		cols = [2]color.NRGBA{rgb(0x4C97FF), rgb(0x8AB9FF)}
	}
	peaks := make([]float64, soundThumbBars)
	top := 0.0
	for i := range peaks {
		for _, v := range t[i*len(t)/soundThumbBars : (i+1)*len(t)/soundThumbBars] {
			peaks[i] = math.Max(peaks[i], math.Abs(v))
		}
		top = math.Max(top, peaks[i])
	}
	const (
		margin = 8.0
		pitch  = (soundThumbSize - 2*margin) / soundThumbBars
		radius = pitch * 0.36
		mid    = soundThumbSize / 2
		most   = soundThumbSize/2 - margin - radius // the longest half bar
	)
	for i, p := range peaks {
		x := margin + pitch*(float64(i)+0.5)
		half := 0.0
		if top > 0 {
			// The square root shows quiet endings, which a straight scale would hide.
			half = most * math.Sqrt(p/top)
		}
		half = math.Max(half, 1.5)
		bar := capsule(pt{x, mid - half}, pt{x, mid + half}, radius)
		c.paintIn(box{x - radius, mid - half - radius, x + radius, mid + half + radius}, bar,
			func(_, y float64) color.NRGBA {
				return mix(cols[1], cols[0], math.Min(1, math.Abs(y-mid)/most))
			})
	}
	return c.image()
}
