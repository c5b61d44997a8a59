// Command gen makes Tsumiki's built-in library: it draws the costumes and backdrops and writes
// them as PNG files, and synthesises the sounds and writes them as MP3 files. Every picture is
// drawn here from shapes and every sound synthesised here, with the instruments and drums of
// tsumiki/stage/sound, so the library is the project's own work.
//
// Run it from the repository root:
//
//	go run ./assets/gen
//
// or with go generate in the assets folder. It writes to assets/library unless -o says
// otherwise. Costumes are drawn at twice their size on the stage, as Scratch's bitmap
// resolution 2 is, with a transparent background; pictures are stored with a palette of 256
// colours, which keeps the library small. Every item also gets a 96×96 thumbnail for the
// editor's library browser, thumbs/NAME.png, with a transparent background. Sounds are mono at 22050 Hz, encoded at
// 48 kbps by the lame command (Debian package lame); the SHA-256 of each sound's PCM goes to
// gen/testdata/sounds.sha256 beside the library folder, so that the tests can tell that a
// sound is out of date without lame. SOUNDS.md says more.
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

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	out := flag.String("o", filepath.Join("assets", "library"), "folder to write the pictures to")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	picBytes, err := writePictures(*out)
	if err != nil {
		log.Fatal(err)
	}
	soundBytes, err := writeSounds(*out)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%-12s %7d bytes (pictures %d, sounds %d)\n", "total", picBytes+soundBytes, picBytes, soundBytes)
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
