package assets

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"testing"
)

func TestParseWAV(t *testing.T) {
	tests := []struct {
		name    string
		data    []byte
		want    wavInfo
		seconds float64
	}{
		{
			"8-bit mono",
			riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 8)), chunk("data", -1, make([]byte, 4000))),
			wavInfo{format: wavPCM, channels: 1, sampleRate: 8000, bits: 8, dataStart: 44, dataLen: 4000},
			0.5,
		},
		{
			"16-bit stereo",
			riff(chunk("fmt ", -1, fmtBody(wavPCM, 2, 44100, 16)), chunk("data", -1, make([]byte, 4*44100))),
			wavInfo{format: wavPCM, channels: 2, sampleRate: 44100, bits: 16, dataStart: 44, dataLen: 4 * 44100},
			1,
		},
		{
			"float with a fact chunk",
			riff(chunk("fmt ", -1, append(fmtBody(wavFloat, 1, 48000, 32), 0, 0)), chunk("fact", -1, []byte{0, 0, 0, 0}), chunk("data", -1, make([]byte, 4*12000))),
			wavInfo{format: wavFloat, channels: 1, sampleRate: 48000, bits: 32, dataStart: 58, dataLen: 4 * 12000},
			0.25,
		},
		{
			"extensible 24-bit",
			riff(chunk("fmt ", -1, extensibleBody(wavPCM, 2, 96000, 24)), chunk("data", -1, make([]byte, 6*9600))),
			wavInfo{format: wavPCM, channels: 2, sampleRate: 96000, bits: 24, dataStart: 68, dataLen: 6 * 9600},
			0.1,
		},
		{
			// An odd-sized chunk is padded to an even length, and data may come before fmt.
			"odd chunk, data first",
			riff(chunk("LIST", -1, []byte("odd")), chunk("data", -1, make([]byte, 800)), chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 16))),
			wavInfo{format: wavPCM, channels: 1, sampleRate: 8000, bits: 16, dataStart: 32, dataLen: 800},
			0.05,
		},
		{
			// A recording cut short claims more data than the file holds.
			"cut short",
			riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 8)), chunk("data", 1<<30, make([]byte, 2000))),
			wavInfo{format: wavPCM, channels: 1, sampleRate: 8000, bits: 8, dataStart: 44, dataLen: 2000},
			0.25,
		},
		{
			// A half sample frame at the end does not play.
			"half a frame",
			riff(chunk("fmt ", -1, fmtBody(wavPCM, 2, 1000, 16)), chunk("data", -1, make([]byte, 402))),
			wavInfo{format: wavPCM, channels: 2, sampleRate: 1000, bits: 16, dataStart: 44, dataLen: 402},
			0.1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := parseWAV(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if w != tt.want {
				t.Errorf("parseWAV = %+v\n       want %+v", w, tt.want)
			}
			if secs := w.seconds(); secs != tt.seconds {
				t.Errorf("seconds = %v, want %v", secs, tt.seconds)
			}
		})
	}
}

func TestParseWAVErrors(t *testing.T) {
	data := chunk("data", -1, make([]byte, 100))
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, errNotFormat},
		{"text", []byte("RIFF is a word but this is text"), errNotFormat},
		{"AVI", append([]byte("RIFF\x04\x00\x00\x00AVI "), data...), errNotFormat},
		{"no fmt", riff(data), errDamaged},
		{"no data", riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 8))), errDamaged},
		{"short fmt", riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 8)[:14]), data), errDamaged},
		{"fmt cut short", riff(chunk("fmt ", 40, fmtBody(wavPCM, 1, 8000, 8))), errDamaged},
		{"no channels", riff(chunk("fmt ", -1, fmtBody(wavPCM, 0, 8000, 8)), data), errDamaged},
		{"no rate", riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 0, 8)), data), errDamaged},
		{"ADPCM", riff(chunk("fmt ", -1, fmtBody(0x11, 1, 22050, 4)), data), errUnsupported},
		{"12-bit", riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 12)), data), errUnsupported},
		{"16-bit float", riff(chunk("fmt ", -1, fmtBody(wavFloat, 1, 8000, 16)), data), errUnsupported},
		{"too many channels", riff(chunk("fmt ", -1, fmtBody(wavPCM, 9, 8000, 8)), data), errUnsupported},
		{"rate too low", riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 10, 8)), data), errUnsupported},
		{"extensible without subtype", riff(chunk("fmt ", -1, fmtBody(wavExtensible, 1, 8000, 8)), data), errUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := parseWAV(tt.data)
			if !errors.Is(err, tt.want) {
				t.Errorf("parseWAV = %+v, %v; want %v", w, err, tt.want)
			}
		})
	}
}

func TestDecodeWAV(t *testing.T) {
	le := binary.LittleEndian
	f32 := func(vs ...float32) []byte {
		var b []byte
		for _, v := range vs {
			b = le.AppendUint32(b, math.Float32bits(v))
		}
		return b
	}
	f64 := func(vs ...float64) []byte {
		var b []byte
		for _, v := range vs {
			b = le.AppendUint64(b, math.Float64bits(v))
		}
		return b
	}
	tests := []struct {
		name     string
		format   int
		channels int
		bits     int
		data     []byte
		want     []float32
		mono     bool // two equal channels become one
	}{
		{"8-bit", wavPCM, 1, 8, []byte{0, 128, 255, 64}, []float32{-1, 0, 127.0 / 128, -0.5}, false},
		{"16-bit", wavPCM, 1, 16, []byte{0, 0x80, 0, 0, 0xff, 0x7f, 0, 0x20}, []float32{-1, 0, 32767.0 / 32768, 0.25}, false},
		{"24-bit", wavPCM, 1, 24, []byte{0, 0, 0x80, 0, 0, 0x40, 0xff, 0xff, 0xff}, []float32{-1, 0.5, -1.0 / (1 << 23)}, false},
		{"32-bit", wavPCM, 1, 32, []byte{0, 0, 0, 0x80, 0, 0, 0, 0xc0}, []float32{-1, -0.5}, false},
		{"float", wavFloat, 1, 32, f32(0.25, -2, float32(math.NaN()), 1), []float32{0.25, -1, 0, 1}, false},
		{"double", wavFloat, 1, 64, f64(-0.75, 3), []float32{-0.75, 1}, false},
		{"stereo", wavPCM, 2, 16, []byte{0, 0x40, 0, 0xc0, 0, 0x20, 0, 0x20}, []float32{0.5, -0.5, 0.25, 0.25}, false},
		{"stereo, the same twice", wavPCM, 2, 8, []byte{0, 0, 192, 192, 128, 128}, []float32{-1, 0.5, 0}, true},
		{"half a frame at the end", wavPCM, 2, 16, []byte{0, 0x40, 0, 0xc0, 1}, []float32{0.5, -0.5}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := riff(chunk("fmt ", -1, fmtBody(tt.format, tt.channels, 11025, tt.bits)), chunk("data", -1, tt.data))
			c, err := decodeWAV(data)
			if err != nil {
				t.Fatal(err)
			}
			channels := tt.channels
			if tt.mono {
				channels = 1
			}
			if c.Rate != 11025 || c.Channels != channels || !slices.Equal(c.Samples, tt.want) {
				t.Errorf("clip of %d channels at %d Hz: %v\nwant %d channels: %v", c.Channels, c.Rate, c.Samples, channels, tt.want)
			}
		})
	}
	// Three channels are refused with the message for a kind of WAV Tsumiki cannot play.
	three := riff(chunk("fmt ", -1, fmtBody(wavPCM, 3, 8000, 8)), chunk("data", -1, make([]byte, 30)))
	if _, err := decodeWAV(three); !errors.Is(err, errUnsupported) {
		t.Errorf("three channels: %v", err)
	}
}
