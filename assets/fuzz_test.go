package assets

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	"math"
	"os"
	"runtime"
	"testing"

	"tsumiki/blocks"
	"tsumiki/stage/sound"
)

// maxFuzzAlloc bounds the bytes one input may allocate: a picture or a sound at the limits,
// with room for the decoders' own buffers.
const maxFuzzAlloc = 1 << 30

// allocated returns the bytes allocated so far.
func allocated() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.TotalAlloc
}

// wantMessage checks that err is an *Error with a message in each language.
func wantMessage(t *testing.T, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *Error", err, err)
	}
	for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
		if msg := e.Localize(lang); msg == "" {
			t.Fatalf("error %v has no %v message", err, lang)
		}
	}
}

// pictureKinds are the extensions FuzzPicture gives its input, chosen by its first argument.
var pictureKinds = []string{".png", ".jpg", ".svg"}

func readSeed(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// FuzzPicture checks that no PNG, JPEG or SVG file, however broken, makes the Store panic,
// allocate past its limits or return a picture that does not fit its costume: each gives a
// costume with its image, or an *Error.
func FuzzPicture(f *testing.F) {
	ball, err := library.ReadFile("library/ball.png")
	if err != nil {
		f.Fatal(err)
	}
	svg := readSeed(f, "testdata/project/house.svg")
	for _, data := range [][]byte{readSeed(f, "testdata/project/cat.png"), readSeed(f, "testdata/project/notes.png"),
		ball, encodePNG(f, 3, 2), pngHeader(9000, 9000), pngHeader(1, 1), []byte(pngMagic)} {
		f.Add(uint8(0), data)
	}
	f.Add(uint8(1), encodeJPEG(f, 30, 20))
	f.Add(uint8(1), encodeJPEG(f, 1, 1))
	f.Add(uint8(1), []byte(jpegMagic))
	f.Add(uint8(2), svg)
	for _, s := range []string{
		`<svg width="10" height="10"><path d="M0 0 L10 10 L0 10 Z" stroke="red" stroke-dasharray="0.001"/></svg>`,
		`<svg viewBox="0 0 1 1"><g transform="scale(1e6)"><rect width="1" height="1"/></g></svg>`,
		`<svg width="5mm" height="2in"><circle cx="1" cy="1" r="1e30"/></svg>`,
		`<svg width="50%" viewBox="-10 -10 20 20"><polygon points="0,0 5,5 -5,5"/></svg>`,
		`<svg width="10" height="10"><defs><g id="a"><use href="#a"/></g></defs><use href="#a"/></svg>`,
		`<svg width="3000" height="1"/>`,
		`<svg/>`,
	} {
		f.Add(uint8(2), []byte(s))
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		m := blocks.Media{Name: "look", File: "a" + pictureKinds[int(kind)%len(pictureKinds)], Data: data}
		before := allocated()
		s := NewStore(nil)
		c, err := s.Costume("Cat", m)
		if err != nil {
			wantMessage(t, err)
			return
		}
		if c.Width <= 0 || c.Height <= 0 || c.Width > MaxPictureSide || c.Height > MaxPictureSide {
			t.Fatalf("costume %+v", c)
		}
		img, err := s.Image(c.Asset)
		if err != nil {
			t.Fatalf("Costume decoded the picture, Image did not: %v", err)
		}
		b := img.Bounds()
		if b.Dx() > MaxPictureSide || b.Dy() > MaxPictureSide || b.Dx()*b.Dy() > MaxPixels {
			t.Fatalf("image %v is past the limits", b)
		}
		if c.Mask == nil || c.Mask.Width() != b.Dx() || c.Mask.Height() != b.Dy() ||
			math.Abs(float64(b.Dx())/c.Mask.Scale()-c.Width) > 1e-9 {
			t.Fatalf("costume %+v has a mask that does not fit its %v image", c, b)
		}
		if n := allocated() - before; n > maxFuzzAlloc {
			t.Fatalf("reading a %d-byte picture allocated %d bytes", len(data), n)
		}
	})
}

// FuzzMP3 checks that no MP3 file, however broken, makes the decoder panic or allocate past
// the limits: it gives a clip within them, or an *Error.
func FuzzMP3(f *testing.F) {
	for _, name := range []string{"testdata/project/tone.mp3", "testdata/project/stereo.mp3"} {
		data := readSeed(f, name)
		f.Add(data)
		f.Add(data[:600])
	}
	f.Add([]byte("ID3\x04\x00\x00\x00\x00\x00\x00"))
	f.Add([]byte("\xff\xfb\x90\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		before := allocated()
		c, err := soundFormatOf("a.mp3").read("a.mp3", data)
		checkClip(t, c, err)
		if n := allocated() - before; n > maxFuzzAlloc {
			t.Fatalf("decoding a %d-byte MP3 allocated %d bytes", len(data), n)
		}
	})
}

// FuzzWAV checks the WAV reader: the header it reads lies inside the file, and decoding gives
// a clip within the limits or an *Error.
func FuzzWAV(f *testing.F) {
	f.Add(readSeed(f, "testdata/project/silence.wav"))
	f.Add(riff(chunk("fmt ", -1, extensibleBody(wavFloat, 2, 44100, 32)), chunk("data", -1, make([]byte, 64))))
	f.Add(riff(chunk("LIST", -1, []byte("odd")), chunk("data", 1<<31, make([]byte, 7)), chunk("fmt ", -1, fmtBody(wavPCM, 3, 1000, 24))))
	f.Add(riff(chunk("fmt ", -1, fmtBody(0x11, 1, 22050, 4)), chunk("data", -1, nil)))
	f.Add(riff(chunk("fmt ", -1, fmtBody(wavPCM, 2, 8000, 16)), chunk("data", -1, []byte{1, 0, 1, 0, 2, 0, 3, 0})))
	f.Add(riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 24)), chunk("data", -1, []byte{0, 0, 0x80, 0xff, 0xff, 0x7f})))
	f.Add(riff(chunk("fmt ", -1, fmtBody(wavFloat, 1, 8000, 64)), chunk("data", -1, make([]byte, 16))))
	f.Add([]byte("RIFF\xff\xff\xff\xffWAVEfmt \xff\xff\xff\xff"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		if w, err := parseWAV(data); err == nil {
			if w.dataStart < 12 || w.dataLen < 0 || w.dataStart+w.dataLen > len(data) {
				t.Fatalf("data %d+%d is outside a %d-byte file", w.dataStart, w.dataLen, len(data))
			}
		} else if !errors.Is(err, errNotFormat) && !errors.Is(err, errDamaged) && !errors.Is(err, errUnsupported) {
			t.Fatalf("unexpected kind of error: %v", err)
		}
		before := allocated()
		c, err := soundFormatOf("a.wav").read("a.wav", data)
		checkClip(t, c, err)
		if c != nil && len(c.Samples) > len(data) {
			t.Fatalf("%d samples from %d bytes", len(c.Samples), len(data))
		}
		if n := allocated() - before; n > uint64(8*len(data))+1<<16 {
			t.Fatalf("decoding a %d-byte WAV allocated %d bytes", len(data), n)
		}
	})
}

// checkClip checks that a decoder gave a clip within the limits, or an *Error.
func checkClip(t *testing.T, c *sound.Clip, err error) {
	t.Helper()
	if err != nil {
		if c != nil {
			t.Fatal("a clip and an error")
		}
		wantMessage(t, err)
		return
	}
	if c.Rate < 1000 || c.Rate > 384_000 || c.Channels < 1 || c.Channels > 2 || len(c.Samples)%c.Channels != 0 {
		t.Fatalf("clip of %d channels at %d Hz with %d samples", c.Channels, c.Rate, len(c.Samples))
	}
	if c.Seconds() > MaxSoundSeconds {
		t.Fatalf("clip of %v seconds", c.Seconds())
	}
	for _, v := range c.Samples {
		if !(v >= -1 && v <= 1) {
			t.Fatalf("sample %v", v)
		}
	}
}

// encodeJPEG returns a w×h JPEG picture.
func encodeJPEG(tb testing.TB, w, h int) []byte {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
