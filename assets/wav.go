package assets

import (
	"encoding/binary"
	"fmt"
	"math"

	"tsumiki/stage/sound"
)

// wavInfo is what a WAV file says about its sound.
type wavInfo struct {
	format     int // wavPCM or wavFloat
	channels   int
	sampleRate int // sample frames a second
	bits       int // bits a sample
	dataStart  int // where the samples start in the file
	dataLen    int // bytes of samples, never past the end of the file
}

// WAV sample formats, as the fmt chunk's format tag says them.
const (
	wavPCM        = 1
	wavFloat      = 3
	wavExtensible = 0xFFFE // the real format is in the chunk's extension
)

// frameSize is the bytes of one sample frame: one sample for every channel.
func (w wavInfo) frameSize() int { return w.channels * w.bits / 8 }

// seconds is how long the sound plays.
func (w wavInfo) seconds() float64 {
	return float64(w.dataLen/w.frameSize()) / float64(w.sampleRate)
}

// decodeWAV decodes a WAV file of one or two channels: integer PCM of 8, 16, 24 or 32 bits,
// or float of 32 or 64 bits. A stereo sound whose two channels are the same becomes mono.
func decodeWAV(data []byte) (*sound.Clip, error) {
	w, err := parseWAV(data)
	if err != nil {
		return nil, err
	}
	if w.channels > 2 {
		return nil, fmt.Errorf("%w: %d channels", errUnsupported, w.channels)
	}
	frames := w.dataLen / w.frameSize()
	if frames > MaxSoundSeconds*w.sampleRate {
		return nil, errTooLong
	}
	body := data[w.dataStart : w.dataStart+frames*w.frameSize()]
	return pcmClip(body, w.sampleRate, w.channels, w.bits/8, wavSample(w.format, w.bits)), nil
}

// wavSample returns the reader of one sample of a WAV format, giving -1 to 1.
func wavSample(format, bits int) func([]byte) float32 {
	le := binary.LittleEndian
	switch {
	case format == wavFloat && bits == 32:
		return func(b []byte) float32 { return clampSample(float64(math.Float32frombits(le.Uint32(b)))) }
	case format == wavFloat:
		return func(b []byte) float32 { return clampSample(math.Float64frombits(le.Uint64(b))) }
	case bits == 8: // unsigned, 128 is silence
		return func(b []byte) float32 { return float32(int(b[0])-128) / 128 }
	case bits == 16:
		return pcm16
	case bits == 24:
		return func(b []byte) float32 {
			return float32(int32(uint32(b[0])<<8|uint32(b[1])<<16|uint32(b[2])<<24)) / (1 << 31)
		}
	default:
		return func(b []byte) float32 { return float32(float64(int32(le.Uint32(b))) / (1 << 31)) }
	}
}

// pcm16 reads a 16-bit little-endian sample.
func pcm16(b []byte) float32 { return float32(int16(binary.LittleEndian.Uint16(b))) / (1 << 15) }

// clampSample keeps a float sample between -1 and 1; not a number is silence.
func clampSample(v float64) float32 {
	if math.IsNaN(v) {
		return 0
	}
	return float32(min(max(v, -1), 1))
}

// parseWAV reads the header of a RIFF WAVE file: the "fmt " chunk and where the "data" chunk
// is. It reads uncompressed files only: integer PCM of 8 to 32 bits and float of 32 or 64
// bits. A data chunk that claims to be longer than the file is cut at the end of the file, as
// players do with files whose recording was cut short.
func parseWAV(data []byte) (wavInfo, error) {
	if len(data) < 12 || string(data[0:4]) != "RIFF" || string(data[8:12]) != "WAVE" {
		return wavInfo{}, errNotFormat
	}
	var fmtChunk []byte
	dataStart, dataLen := -1, 0
	n := int64(len(data))
	for off := int64(12); off+8 <= n && (fmtChunk == nil || dataStart < 0); {
		id := string(data[off : off+4])
		size := int64(binary.LittleEndian.Uint32(data[off+4 : off+8]))
		body, end := off+8, off+8+size
		switch id {
		case "fmt ":
			if end > n {
				return wavInfo{}, fmt.Errorf("%w: the fmt chunk is cut short", errDamaged)
			}
			if fmtChunk == nil {
				fmtChunk = data[body:end]
			}
		case "data":
			if dataStart < 0 {
				dataStart, dataLen = int(body), int(min(size, n-body))
			}
		}
		off = end + size%2 // chunks are padded to an even length
	}
	if fmtChunk == nil {
		return wavInfo{}, fmt.Errorf("%w: no fmt chunk", errDamaged)
	}
	if dataStart < 0 {
		return wavInfo{}, fmt.Errorf("%w: no data chunk", errDamaged)
	}
	w, err := parseWAVFormat(fmtChunk)
	if err != nil {
		return wavInfo{}, err
	}
	w.dataStart, w.dataLen = dataStart, dataLen
	return w, nil
}

// ksSubtypeSuffix ends the GUID of every KSDATAFORMAT_SUBTYPE that is a WAV format tag.
const ksSubtypeSuffix = "\x00\x00\x00\x00\x10\x00\x80\x00\x00\xAA\x00\x38\x9B\x71"

// parseWAVFormat reads a "fmt " chunk.
func parseWAVFormat(c []byte) (wavInfo, error) {
	if len(c) < 16 {
		return wavInfo{}, fmt.Errorf("%w: the fmt chunk is %d bytes", errDamaged, len(c))
	}
	le := binary.LittleEndian
	w := wavInfo{
		format:     int(le.Uint16(c[0:2])),
		channels:   int(le.Uint16(c[2:4])),
		sampleRate: int(le.Uint32(c[4:8])),
		bits:       int(le.Uint16(c[14:16])),
	}
	if w.format == wavExtensible {
		if len(c) < 40 || string(c[26:40]) != ksSubtypeSuffix {
			return wavInfo{}, fmt.Errorf("%w: extensible format without a known subtype", errUnsupported)
		}
		w.format = int(le.Uint16(c[24:26]))
	}
	if w.channels == 0 || w.sampleRate == 0 {
		return wavInfo{}, fmt.Errorf("%w: %d channels at %d Hz", errDamaged, w.channels, w.sampleRate)
	}
	ok := false
	switch w.format {
	case wavPCM:
		ok = w.bits == 8 || w.bits == 16 || w.bits == 24 || w.bits == 32
	case wavFloat:
		ok = w.bits == 32 || w.bits == 64
	default:
		return wavInfo{}, fmt.Errorf("%w: format tag %#x", errUnsupported, w.format)
	}
	if !ok {
		return wavInfo{}, fmt.Errorf("%w: %d-bit samples in format %d", errUnsupported, w.bits, w.format)
	}
	if w.channels > 8 || w.sampleRate < 1000 || w.sampleRate > 384_000 {
		return wavInfo{}, fmt.Errorf("%w: %d channels at %d Hz", errUnsupported, w.channels, w.sampleRate)
	}
	return w, nil
}
