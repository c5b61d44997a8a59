package main

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
)

// A picture is one library item and how to draw it.
type picture struct {
	name     string // the item's name in the library, and its file name without ".png"
	backdrop bool   // a backdrop's thumbnail fills its width; a costume's keeps a margin
	draw     func() *image.NRGBA
}

// pictures lists the library's pictures in catalogue order.
func pictures() []picture {
	var ps []picture
	for i, pose := range tsumiWalk {
		ps = append(ps, picture{fmt.Sprintf("tsumi-walk%d", i+1), false, func() *image.NRGBA { return tsumi(pose) }})
	}
	costumes := []struct {
		name string
		draw func() *image.NRGBA
	}{
		{"cat", cat}, {"dog", dog}, {"rabbit", rabbit}, {"bird", bird}, {"fish", fish}, {"turtle", turtle}, {"frog", frog},
		{"boy", boy}, {"girl", girl}, {"teacher", teacher},
		{"car", car}, {"bus", bus}, {"train", train}, {"boat", boat}, {"rocket", rocket},
		{"apple", apple}, {"onigiri", onigiri}, {"ice-cream", iceCream}, {"dango", dango},
		{"ball", ball}, {"button", button}, {"pencil", pencil}, {"balloon", balloon}, {"randoseru", randoseru},
		{"star", star}, {"heart", heart}, {"arrow", arrow}, {"circle", circleShape}, {"square", square}, {"triangle", triangle},
		{"snowflake", snowflake}, {"sun", sun}, {"tulip", tulip},
	}
	for _, c := range costumes {
		ps = append(ps, picture{c.name, false, c.draw})
	}
	backdrops := []struct {
		name string
		draw func() *image.NRGBA
	}{
		{"blank", blank}, {"grid", grid}, {"sky", sky},
		{"school-yard", schoolYard}, {"classroom", classroom}, {"town", town}, {"forest", forest},
		{"beach", beach}, {"underwater", underwater}, {"night-sky", nightSky},
	}
	for _, b := range backdrops {
		ps = append(ps, picture{b.name, true, b.draw})
	}
	return ps
}

// render draws the picture and returns its two files as images to encode: the picture, and
// its thumbnail. Both are stored with a palette (see quantize).
func (p picture) render() (full, thumb image.Image) {
	img := p.draw()
	margin := thumbMargin
	if p.backdrop {
		margin = 0
	}
	return quantize(img), quantize(thumbnail(img, margin))
}

// thumbsDir is the folder in the library that holds the thumbnails, NAME.png for an item.
const thumbsDir = "thumbs"

// writePictures draws every picture and its thumbnail into the folder out and returns the
// bytes written.
func writePictures(out string) (int, error) {
	if err := os.MkdirAll(filepath.Join(out, thumbsDir), 0o755); err != nil {
		return 0, err
	}
	total := 0
	for _, p := range pictures() {
		full, thumb := p.render()
		sizes := [2]int{}
		for i, f := range []struct {
			path string
			img  image.Image
		}{{filepath.Join(out, p.name+".png"), full}, {filepath.Join(out, thumbsDir, p.name+".png"), thumb}} {
			data, err := encode(f.img)
			if err != nil {
				return 0, fmt.Errorf("%s: %w", p.name, err)
			}
			if err := os.WriteFile(f.path, data, 0o644); err != nil {
				return 0, err
			}
			sizes[i] = len(data)
		}
		total += sizes[0] + sizes[1]
		fmt.Printf("%-12s %6d bytes, thumbnail %5d bytes\n", p.name, sizes[0], sizes[1])
	}
	return total, nil
}
