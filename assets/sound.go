package assets

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"path"
	"strings"

	"github.com/hajimehoshi/go-mp3"

	"tsumiki/blocks"
)

// Errors from the sound parsers, which the Store turns into messages that name the file.
var (
	errNotFormat   = errors.New("not in the format")
	errDamaged     = errors.New("damaged")
	errUnsupported = errors.New("unsupported kind")
)

// soundFormat reads one kind of sound file, chosen by the file's extension.
type soundFormat struct {
	notMsg  blocks.Text // for a file that is not in the format at all
	seconds func(data []byte) (float64, error)
}

var soundFormats = map[string]*soundFormat{
	".mp3": {notMsg: msgNotMP3, seconds: mp3Seconds},
	".wav": {notMsg: msgNotWAV, seconds: wavSeconds},
}

// soundFormatOf returns the format for a file name's extension, or nil.
func soundFormatOf(name string) *soundFormat {
	return soundFormats[strings.ToLower(path.Ext(name))]
}

// read returns how long the sound in data plays. name is how messages call it.
func (f *soundFormat) read(name string, data []byte) (float64, error) {
	secs, err := f.seconds(data)
	switch {
	case errors.Is(err, errNotFormat):
		return 0, newError(err, f.notMsg, name)
	case errors.Is(err, errUnsupported):
		return 0, newError(err, msgWAVKind, name)
	case err != nil:
		return 0, newError(err, msgSoundDamaged, name)
	case math.IsNaN(secs) || math.IsInf(secs, 0) || secs < 0:
		return 0, newError(nil, msgSoundDamaged, name)
	}
	return secs, nil
}

// mp3Seconds returns the length of an MP3 file: its length in samples over its sample rate.
func mp3Seconds(data []byte) (secs float64, err error) {
	if !looksLikeMP3(data) {
		return 0, errNotFormat
	}
	// The decoder is not ours and data may be hostile: a panic in it is a damaged file.
	defer func() {
		if r := recover(); r != nil {
			secs, err = 0, fmt.Errorf("%w: mp3 decoder: %v", errDamaged, r)
		}
	}()
	d, err := mp3.NewDecoder(bytes.NewReader(data))
	if err != nil {
		return 0, fmt.Errorf("%w: %v", errDamaged, err)
	}
	if d.SampleRate() <= 0 || d.Length() <= 0 {
		return 0, fmt.Errorf("%w: no audio frames", errDamaged)
	}
	// The decoder's output is always 16-bit stereo: 4 bytes a sample.
	return float64(d.Length()/4) / float64(d.SampleRate()), nil
}

// looksLikeMP3 reports whether data starts with an ID3 tag or an MPEG audio frame header.
func looksLikeMP3(data []byte) bool {
	if bytes.HasPrefix(data, []byte("ID3")) {
		return true
	}
	return len(data) >= 4 && data[0] == 0xFF && data[1]&0xE0 == 0xE0
}
