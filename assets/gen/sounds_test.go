package main

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tsumiki/assets"
)

// libraryDir is the library folder, seen from the generator's folder.
var libraryDir = filepath.Join("..", "library")

// storedHashes reads testdata/sounds.sha256: the SHA-256 of each sound's PCM, by name, and the
// names in their order.
func storedHashes(t *testing.T) (map[string]string, []string) {
	f, err := os.Open(filepath.Join(libraryDir, soundHashes))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	hashes := map[string]string{}
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		hash, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("sounds.sha256: bad line %q", sc.Text())
		}
		hashes[name] = hash
		names = append(names, name)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return hashes, names
}

// TestSoundsUpToDate makes every sound again and checks it against the hash of the PCM that
// the library's MP3 file was encoded from, so it needs no MP3 encoder. If it fails, run
// go run ./assets/gen from the repository root (it needs lame).
func TestSoundsUpToDate(t *testing.T) {
	hashes, names := storedHashes(t)
	sounds := librarySounds()
	var want []string
	for _, s := range sounds {
		want = append(want, s.name)
	}
	if fmt.Sprint(names) != fmt.Sprint(want) {
		t.Errorf("sounds.sha256 lists %v, the generator makes %v: run go run ./assets/gen", names, want)
	}
	for _, s := range sounds {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			tr := s.make()
			if got := fmt.Sprintf("%x", sha256.Sum256(tr.pcm16())); got != hashes[s.name] {
				t.Errorf("library/%s.mp3 is out of date: run go run ./assets/gen", s.name)
			}
			if secs := float64(len(tr)) / trackRate; secs <= 0 || secs > 2.1 {
				t.Errorf("%s lasts %.2f s, want a short sound", s.name, secs)
			}
			peak := 0.0
			for _, v := range tr {
				peak = math.Max(peak, math.Abs(v))
			}
			if peak < 0.5 || peak > 0.9 || tr[0] != 0 || tr[len(tr)-1] != 0 {
				t.Errorf("%s peaks at %.2f and runs from %v to %v, want a peak of 0.5 to 0.9 between silences", s.name, peak, tr[0], tr[len(tr)-1])
			}
		})
	}
}

// TestSoundFiles decodes every sound's MP3 file as the app does, with go-mp3: it is mono
// (both channels the same) at trackRate, and it is the sound, delayed by LAME's and the
// decoder's mp3Delay frames and padded to whole MP3 frames of mp3Frame.
func TestSoundFiles(t *testing.T) {
	total := 0
	for _, s := range librarySounds() {
		data, err := os.ReadFile(filepath.Join(libraryDir, s.name+".mp3"))
		if err != nil {
			t.Error(err)
			continue
		}
		total += len(data)
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			tr := s.make()
			rate, got, err := decodeMP3(data)
			if err != nil {
				t.Fatal(err)
			}
			if rate != trackRate {
				t.Errorf("decoded at %d Hz, want %d", rate, trackRate)
			}
			if extra := len(got) - len(tr); extra < mp3Delay || extra >= mp3Delay+mp3Frame {
				t.Errorf("decoded to %d frames for %d: %d more, want %d to %d", len(got), len(tr), extra, mp3Delay, mp3Delay+mp3Frame-1)
			}
			// The decoded sound, mp3Delay frames on, follows the PCM closely.
			var xy, xx, yy float64
			for i, v := range tr {
				if i+mp3Delay >= len(got) {
					break
				}
				y := float64(got[i+mp3Delay]) / 32768
				xy, xx, yy = xy+v*y, xx+v*v, yy+y*y
			}
			if r := xy / math.Sqrt(xx*yy); !(r > 0.85) {
				t.Errorf("the decoded sound correlates %.2f with the PCM, want it near 1", r)
			}
		})
	}
	if total > 250<<10 {
		t.Errorf("the sounds are %d bytes, more than 250 KB", total)
	}
}

// TestSoundThumbs checks that each sound's thumbnail is what this program draws now.
func TestSoundThumbs(t *testing.T) {
	for _, s := range librarySounds() {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(libraryDir, soundThumbs, s.name+".png")
			if b := readPNG(t, path).Bounds(); b.Dx() != soundThumbSize || b.Dy() != soundThumbSize {
				t.Errorf("thumbnail is %v, want %d pixels square", b, soundThumbSize)
			}
			checkUpToDate(t, path, soundThumb(s.make(), s.category))
		})
	}
}

// TestSoundCatalogue checks that the catalogue lists the sounds the generator makes, in the
// same order and categories.
func TestSoundCatalogue(t *testing.T) {
	var listed []string
	for _, it := range assets.Items() {
		if it.Kind == assets.Sound {
			listed = append(listed, it.Name+" "+string(it.Category))
		}
	}
	var made []string
	for _, s := range librarySounds() {
		made = append(made, s.name+" "+string(s.category))
	}
	if fmt.Sprint(listed) != fmt.Sprint(made) {
		t.Errorf("the catalogue lists the sounds\n%v\nthe generator makes\n%v", listed, made)
	}
	if len(made) < 20 {
		t.Errorf("%d sounds, want at least 20", len(made))
	}
}

// TestWAV16 checks the header of the WAV files the encoder reads.
func TestWAV16(t *testing.T) {
	w := wav16([]byte{1, 2, 3, 4}, 22050)
	if len(w) != 48 || string(w[:4]) != "RIFF" || string(w[8:16]) != "WAVEfmt " || string(w[36:40]) != "data" {
		t.Errorf("wav16 = % x", w)
	}
}
