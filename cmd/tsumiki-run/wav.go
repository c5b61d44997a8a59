package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"tsumiki/stage/sound"
)

// wavRecorder keeps a run's sound, to write as a WAV file at the end.
type wavRecorder struct {
	pcm []byte // 16-bit little-endian stereo frames
}

// Add appends stereo float samples, converted to 16 bits.
func (r *wavRecorder) Add(samples []float32) {
	for _, s := range samples {
		v := int16(math.Round(math.Max(-1, math.Min(1, float64(s))) * math.MaxInt16))
		r.pcm = binary.LittleEndian.AppendUint16(r.pcm, uint16(v))
	}
}

// WriteTo writes the sound as a RIFF WAVE file: 16-bit PCM, two channels, at sound.Rate.
func (r *wavRecorder) WriteTo(w io.Writer) (int64, error) {
	const channels, bits = 2, 16
	h := make([]byte, 0, 44)
	h = append(h, "RIFF"...)
	h = binary.LittleEndian.AppendUint32(h, uint32(36+len(r.pcm)))
	h = append(h, "WAVEfmt "...)
	h = binary.LittleEndian.AppendUint32(h, 16)
	h = binary.LittleEndian.AppendUint16(h, 1) // PCM
	h = binary.LittleEndian.AppendUint16(h, channels)
	h = binary.LittleEndian.AppendUint32(h, sound.Rate)
	h = binary.LittleEndian.AppendUint32(h, sound.Rate*channels*bits/8)
	h = binary.LittleEndian.AppendUint16(h, channels*bits/8)
	h = binary.LittleEndian.AppendUint16(h, bits)
	h = append(h, "data"...)
	h = binary.LittleEndian.AppendUint32(h, uint32(len(r.pcm)))
	n, err := w.Write(h)
	if err != nil {
		return int64(n), fmt.Errorf("writing the WAV header: %w", err)
	}
	m, err := w.Write(r.pcm)
	return int64(n + m), err
}
