package assets

import (
	"errors"
	"math"
	"os"
	"testing"
)

func FuzzWAV(f *testing.F) {
	silence, err := os.ReadFile("testdata/project/silence.wav")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(silence)
	f.Add(riff(chunk("fmt ", -1, extensibleBody(wavFloat, 2, 44100, 32)), chunk("data", -1, make([]byte, 64))))
	f.Add(riff(chunk("LIST", -1, []byte("odd")), chunk("data", 1<<31, make([]byte, 7)), chunk("fmt ", -1, fmtBody(wavPCM, 3, 1000, 24))))
	f.Add(riff(chunk("fmt ", -1, fmtBody(0x11, 1, 22050, 4)), chunk("data", -1, nil)))
	f.Add([]byte("RIFF\xff\xff\xff\xffWAVEfmt \xff\xff\xff\xff"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := parseWAV(data)
		if err != nil {
			if !errors.Is(err, errNotFormat) && !errors.Is(err, errDamaged) && !errors.Is(err, errUnsupported) {
				t.Fatalf("unexpected kind of error: %v", err)
			}
			return
		}
		if w.dataStart < 12 || w.dataLen < 0 || w.dataStart+w.dataLen > len(data) {
			t.Fatalf("data %d+%d is outside a %d-byte file", w.dataStart, w.dataLen, len(data))
		}
		if secs := w.seconds(); math.IsNaN(secs) || math.IsInf(secs, 0) || secs < 0 {
			t.Fatalf("seconds = %v", secs)
		}
		// The Store turns every outcome into a message.
		if _, err := soundFormatOf("a.wav").read("a.wav", data); err != nil && err.Error() == "" {
			t.Fatal("empty message")
		}
	})
}

func FuzzCostume(f *testing.F) {
	for _, name := range []string{"testdata/project/cat.png", "testdata/project/notes.png", "library/ball.png"} {
		var data []byte
		var err error
		if name == "library/ball.png" {
			data, err = library.ReadFile(name)
		} else {
			data, err = os.ReadFile(name)
		}
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(encodePNG(f, 3, 2))
	f.Add(pngHeader(9000, 9000))
	f.Add(pngHeader(1, 1))
	f.Add([]byte(pngMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := memStore(map[string][]byte{"a.png": data})
		c, err := s.Costume("Cat", file("a.png"))
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || err.Error() == "" {
				t.Fatalf("error %v (%T) is not a message", err, err)
			}
			return
		}
		if c.Width <= 0 || c.Height <= 0 || c.Width > MaxPictureSide || c.Height > MaxPictureSide {
			t.Fatalf("costume %+v", c)
		}
		if c.Mask == nil || float64(c.Mask.Width()) != c.Width || float64(c.Mask.Height()) != c.Height {
			t.Fatalf("costume %+v has a mask that does not fit", c)
		}
		img, err := s.Image(c.Asset)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T) is not a message", err, err)
			}
			return
		}
		if b := img.Bounds(); float64(b.Dx()) != c.Width || float64(b.Dy()) != c.Height {
			t.Fatalf("image %v for costume %+v", b, c)
		}
	})
}

// FuzzMP3 checks that no MP3 file, however broken, makes the loader panic.
func FuzzMP3(f *testing.F) {
	tone, err := os.ReadFile("testdata/project/tone.mp3")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(tone)
	f.Add(tone[:600])
	f.Add([]byte("ID3\x04\x00\x00\x00\x00\x00\x00"))
	f.Add([]byte("\xff\xfb\x90\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		secs, err := soundFormatOf("a.mp3").read("a.mp3", data)
		if err == nil && (math.IsNaN(secs) || secs < 0) {
			t.Fatalf("seconds = %v", secs)
		}
	})
}
