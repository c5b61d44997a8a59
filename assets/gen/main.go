// Command gen draws Tsumiki's built-in library of costumes and backdrops and writes them as PNG
// files. Every picture is drawn here from shapes, so the library is the project's own work.
//
// Run it from the repository root:
//
//	go run ./assets/gen
//
// or with go generate in the assets folder. It writes to assets/library unless -o says
// otherwise. Costumes are drawn at twice their size on the stage, as Scratch's bitmap
// resolution 2 is, with a transparent background.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"log"
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

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	out := flag.String("o", filepath.Join("assets", "library"), "folder to write the pictures to")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	total := 0
	for _, p := range pictures() {
		data, err := encode(p.draw())
		if err != nil {
			log.Fatalf("%s: %v", p.name, err)
		}
		name := filepath.Join(*out, p.name+".png")
		if err := os.WriteFile(name, data, 0o644); err != nil {
			log.Fatal(err)
		}
		total += len(data)
		fmt.Printf("%-12s %6d bytes\n", p.name, len(data))
	}
	fmt.Printf("%-12s %6d bytes\n", "total", total)
}

// encode writes img as a PNG file, as small as the encoder can make it.
func encode(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
