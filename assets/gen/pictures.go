package main

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
)

// A picture is one library item and how to draw it.
type picture struct {
	name string // the item's name in the library, and its file name without ".png"
	draw func() image.Image
}

// pictures lists the library's pictures in catalogue order.
func pictures() []picture {
	ps := []picture{}
	for i, pose := range tsumiWalk {
		ps = append(ps, picture{fmt.Sprintf("tsumi-walk%d", i+1), func() image.Image { return tsumi(pose) }})
	}
	return append(ps,
		picture{"ball", ball},
		picture{"star", star},
		picture{"heart", heart},
		picture{"arrow", arrow},
		picture{"button", button},
		picture{"snowflake", snowflake},
		picture{"blank", blank},
		picture{"grid", grid},
		picture{"sky", sky},
	)
}

// writePictures draws every picture into the folder out and returns the bytes written.
func writePictures(out string) (int, error) {
	total := 0
	for _, p := range pictures() {
		data, err := encode(p.draw())
		if err != nil {
			return 0, fmt.Errorf("%s: %w", p.name, err)
		}
		if err := os.WriteFile(filepath.Join(out, p.name+".png"), data, 0o644); err != nil {
			return 0, err
		}
		total += len(data)
		fmt.Printf("%-12s %6d bytes\n", p.name, len(data))
	}
	return total, nil
}
