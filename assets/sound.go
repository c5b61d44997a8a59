package assets

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/hajimehoshi/go-mp3"

	"tsumiki/blocks"
	"tsumiki/stage/sound"
)

// Errors from the sound parsers, which the Store turns into messages that name the file.
var (
	errNotFormat   = errors.New("not in the format")
	errDamaged     = errors.New("damaged")
	errUnsupported = errors.New("unsupported kind")
	errTooLong     = errors.New("too long")
)

// soundFormat reads one kind of sound file, chosen by the file's extension.
type soundFormat struct {
	notMsg blocks.Text // for a file that is not in the format at all
	decode func(data []byte) (*sound.Clip, error)
}

var soundFormats = map[string]*soundFormat{
	".mp3": {notMsg: msgNotMP3, decode: decodeMP3},
	".wav": {notMsg: msgNotWAV, decode: decodeWAV},
}

// soundFormatOf returns the format for a file name's extension, or nil.
func soundFormatOf(name string) *soundFormat {
	return soundFormats[strings.ToLower(path.Ext(name))]
}

// IsSound reports whether a file's name says it is a sound Tsumiki can play: an MP3 or WAV
// file.
func IsSound(name string) bool { return soundFormatOf(name) != nil }

// read decodes the sound in data. name is how messages call it.
func (f *soundFormat) read(name string, data []byte) (*sound.Clip, error) {
	c, err := f.decode(data)
	switch {
	case errors.Is(err, errNotFormat):
		return nil, newError(err, f.notMsg, name)
	case errors.Is(err, errUnsupported):
		return nil, newError(err, msgWAVKind, name)
	case errors.Is(err, errTooLong):
		return nil, newError(err, msgSoundTooLong, name, MaxSoundSeconds/60)
	case err != nil:
		return nil, newError(err, msgSoundDamaged, name)
	}
	return c, nil
}

// decodeMP3 decodes an MP3 file. The decoder's output is always 16-bit stereo; a sound whose
// two channels are the same becomes mono.
func decodeMP3(data []byte) (c *sound.Clip, err error) {
	if !looksLikeMP3(data) {
		return nil, errNotFormat
	}
	// The decoder is not ours and data may be hostile: a panic in it is a damaged file.
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("%w: mp3 decoder: %v", errDamaged, r)
		}
	}()
	d, err := mp3.NewDecoder(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errDamaged, err)
	}
	rate, frames := d.SampleRate(), d.Length()/4
	if rate <= 0 || frames <= 0 {
		return nil, fmt.Errorf("%w: no audio frames", errDamaged)
	}
	if frames > int64(MaxSoundSeconds*rate) {
		return nil, errTooLong
	}
	raw := make([]byte, frames*4)
	n, err := io.ReadFull(d, raw)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("%w: %v", errDamaged, err)
	}
	raw = raw[:n-n%4]
	if len(raw) == 0 {
		return nil, fmt.Errorf("%w: no audio frames", errDamaged)
	}
	return pcmClip(raw, rate, 2, 2, pcm16), nil
}

// looksLikeMP3 reports whether data starts with an ID3 tag or an MPEG audio frame header.
func looksLikeMP3(data []byte) bool {
	if bytes.HasPrefix(data, []byte("ID3")) {
		return true
	}
	return len(data) >= 4 && data[0] == 0xFF && data[1]&0xE0 == 0xE0
}

// pcmClip makes a clip of interleaved samples of size bytes each, read by sample. A
// stereo sound whose two channels are the same becomes mono.
func pcmClip(body []byte, rate, channels, size int, sample func([]byte) float32) *sound.Clip {
	frame := channels * size
	frames := len(body) / frame
	stride := size
	if channels == 2 && sameChannels(body[:frames*frame], size) {
		channels, stride = 1, frame // the left sample of each frame
	}
	c := &sound.Clip{Rate: rate, Channels: channels, Samples: make([]float32, frames*channels)}
	for i := range c.Samples {
		c.Samples[i] = sample(body[i*stride:])
	}
	return c
}

// sameChannels reports whether the two channels of stereo samples of size bytes are the same
// in every frame.
func sameChannels(body []byte, size int) bool {
	for i := 0; i+2*size <= len(body); i += 2 * size {
		if !bytes.Equal(body[i:i+size], body[i+size:i+2*size]) {
			return false
		}
	}
	return true
}
