package raster

import (
	"errors"
	"image"
	"image/color"

	"tsumiki/stage"
)

// pictures holds the test pictures by asset key.
type pictures map[string]image.Image

func (p pictures) Image(asset string) (image.Image, error) {
	if img, ok := p[asset]; ok {
		return img, nil
	}
	return nil, errors.New("no picture " + asset)
}

var (
	red    = color.NRGBA{255, 0, 0, 255}
	green  = color.NRGBA{0, 255, 0, 255}
	blue   = color.NRGBA{0, 0, 255, 255}
	yellow = color.NRGBA{255, 255, 0, 255}
	white  = color.NRGBA{255, 255, 255, 255}
	black  = color.NRGBA{0, 0, 0, 255}
)

// paint returns a w×h picture coloured by f.
func paint(w, h int, f func(x, y int) color.NRGBA) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetNRGBA(x, y, f(x, y))
		}
	}
	return img
}

func plain(w, h int, c color.NRGBA) *image.NRGBA {
	return paint(w, h, func(int, int) color.NRGBA { return c })
}

// costume adds img to pics as asset and returns a costume of it drawn at
// scale, centred, with its mask.
func costume(pics pictures, asset string, img image.Image, scale float64) stage.Costume {
	pics[asset] = img
	b := img.Bounds()
	w, h := float64(b.Dx())/scale, float64(b.Dy())/scale
	return stage.Costume{Name: asset, Width: w, Height: h, CenterX: w / 2, CenterY: h / 2, Asset: asset,
		Mask: stage.NewMask(img, scale)}
}

// at returns the pen layer's pixel at canvas point x, y.
func at(c *Canvas, x, y int) color.NRGBA { return c.PenLayer().NRGBAAt(x, y) }
