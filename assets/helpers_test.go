package assets

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"tsumiki/blocks"
)

// projectFS is the test project's folder, opened so that links cannot leave it.
func projectFS(t testing.TB) *Store {
	t.Helper()
	root, err := os.OpenRoot("testdata/project")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return NewStore(root.FS())
}

// encodePNG returns a w×h PNG picture of an orange disc on a transparent background.
func encodePNG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			dx, dy := 2*float64(x)+1-float64(w), 2*float64(y)+1-float64(h)
			if dx*dx/float64(w*w)+dy*dy/float64(h*h) <= 1 {
				img.SetNRGBA(x, y, color.NRGBA{255, 160, 40, 255})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pngHeader returns the start of a PNG file whose header says it is w×h pixels, with a
// correct checksum, and no pixels after it: enough for image.DecodeConfig.
func pngHeader(w, h uint32) []byte {
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6 // 8-bit RGBA
	var buf bytes.Buffer
	buf.WriteString(pngMagic)
	writeChunk := func(typ string, body []byte) {
		binary.Write(&buf, binary.BigEndian, uint32(len(body)))
		buf.WriteString(typ)
		buf.Write(body)
		crc := crc32.NewIEEE()
		crc.Write([]byte(typ))
		crc.Write(body)
		binary.Write(&buf, binary.BigEndian, crc.Sum32())
	}
	writeChunk("IHDR", ihdr)
	return buf.Bytes()
}

// memStore returns a Store over files held in memory.
func memStore(files map[string][]byte) *Store {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return NewStore(fsys)
}

func lib(name string) blocks.Media  { return blocks.Media{Name: "it", Library: name} }
func file(name string) blocks.Media { return blocks.Media{Name: "it", File: name} }

// wantError checks that err is an *Error whose English message is want.
func wantError(t *testing.T, err error, want string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v (%T), want *Error %q", err, err, want)
	}
	if got := err.Error(); got != want {
		t.Errorf("error = %q\n           want %q", got, want)
	}
	for _, lang := range []blocks.Lang{blocks.Japanese, blocks.Hiragana} {
		if msg := e.Localize(lang); msg == "" || strings.Contains(msg, "%!") {
			t.Errorf("%v message = %q", lang, msg)
		}
	}
}

// riff builds a RIFF WAVE file from chunks.
func riff(chunks ...[]byte) []byte {
	body := []byte("WAVE")
	for _, c := range chunks {
		body = append(body, c...)
	}
	out := []byte("RIFF")
	out = binary.LittleEndian.AppendUint32(out, uint32(len(body)))
	return append(out, body...)
}

// chunk builds one RIFF chunk, padded to an even length. size is the size it claims, or -1
// for its real size.
func chunk(id string, size int, body []byte) []byte {
	if size < 0 {
		size = len(body)
	}
	out := append([]byte(id), binary.LittleEndian.AppendUint32(nil, uint32(size))...)
	out = append(out, body...)
	if len(body)%2 == 1 {
		out = append(out, 0)
	}
	return out
}

// fmtBody builds the body of a 16-byte "fmt " chunk.
func fmtBody(format, channels, rate, bits int) []byte {
	le := binary.LittleEndian
	b := le.AppendUint16(nil, uint16(format))
	b = le.AppendUint16(b, uint16(channels))
	b = le.AppendUint32(b, uint32(rate))
	b = le.AppendUint32(b, uint32(rate*channels*bits/8))
	b = le.AppendUint16(b, uint16(channels*bits/8))
	return le.AppendUint16(b, uint16(bits))
}

// extensibleBody builds the body of a WAVE_FORMAT_EXTENSIBLE "fmt " chunk for a sub-format.
func extensibleBody(sub, channels, rate, bits int) []byte {
	le := binary.LittleEndian
	b := fmtBody(wavExtensible, channels, rate, bits)
	b = le.AppendUint16(b, 22)           // extension size
	b = le.AppendUint16(b, uint16(bits)) // valid bits
	b = le.AppendUint32(b, 0)            // channel mask
	b = le.AppendUint16(b, uint16(sub))
	return append(b, ksSubtypeSuffix...)
}
