package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/hajimehoshi/go-mp3"
)

// The sounds are encoded by LAME as constant bitrate MP3 at this many kilobits a second.
const soundBitrate = 48

// LAME delays the sound by its encoder delay, 576 frames, and MPEG decoders by 529 more; the
// last MP3 frame is padded with silence. MP3 frames at 22050 Hz hold 576 frames of sound, so
// a sound of n frames decodes to n+mp3Delay to n+mp3Delay+mp3Frame-1 frames.
const (
	mp3Delay = 576 + 529
	mp3Frame = 576
)

// soundHashes is the file, relative to the library folder, that holds the SHA-256 of every
// sound's PCM, so that a test without LAME can tell whether the MP3 files are up to date.
var soundHashes = filepath.Join("..", "gen", "testdata", "sounds.sha256")

// soundThumbs is the folder, in the library folder, of the sounds' thumbnails.
const soundThumbs = "thumbs"

// writeSounds makes every library sound into the folder out, NAME.mp3 and thumbs/NAME.png,
// writes the PCM hashes beside the generator's source (the folder gen beside out), and
// returns the bytes written to out. It needs the lame command.
func writeSounds(out string) (int, error) {
	lame, err := exec.LookPath("lame")
	if err != nil {
		return 0, fmt.Errorf("the sounds need the MP3 encoder lame (Debian package lame): %w", err)
	}
	tmp, err := os.MkdirTemp("", "tsumiki-sounds-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	if err := os.MkdirAll(filepath.Join(out, soundThumbs), 0o755); err != nil {
		return 0, err
	}
	var hashes strings.Builder
	total, raw := 0, 0
	for _, s := range librarySounds() {
		t := s.make()
		pcm := t.pcm16()
		fmt.Fprintf(&hashes, "%x  %s\n", sha256.Sum256(pcm), s.name)
		data, err := encodeMP3(lame, tmp, s.name, pcm)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", s.name, err)
		}
		if err := checkMP3(data, len(t)); err != nil {
			return 0, fmt.Errorf("%s: %w", s.name, err)
		}
		thumb, err := encode(soundThumb(t, s.category))
		if err != nil {
			return 0, fmt.Errorf("%s: thumbnail: %w", s.name, err)
		}
		if err := os.WriteFile(filepath.Join(out, s.name+".mp3"), data, 0o644); err != nil {
			return 0, err
		}
		if err := os.WriteFile(filepath.Join(out, soundThumbs, s.name+".png"), thumb, 0o644); err != nil {
			return 0, err
		}
		total += len(data) + len(thumb)
		raw += len(data)
		fmt.Printf("%-12s %6d bytes, %.2f s, thumbnail %5d bytes\n", s.name, len(data), float64(len(t))/trackRate, len(thumb))
	}
	fmt.Printf("%-12s %6d bytes of MP3\n", "sounds", raw)
	path := filepath.Join(out, soundHashes)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return 0, err
	}
	if err := os.WriteFile(path, []byte(hashes.String()), 0o644); err != nil {
		return 0, err
	}
	return total, nil
}

// encodeMP3 encodes mono 16-bit PCM at trackRate with lame, through files in the folder tmp.
// The flags keep the output the same on every run: no ReplayGain analysis and no Xing/LAME
// tag, a frame that go-mp3 would play as extra silence.
func encodeMP3(lame, tmp, name string, pcm []byte) ([]byte, error) {
	in, out := filepath.Join(tmp, name+".wav"), filepath.Join(tmp, name+".mp3")
	if err := os.WriteFile(in, wav16(pcm, trackRate), 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command(lame, "--silent", "--noreplaygain", "-t", "-m", "m",
		"--cbr", "-b", fmt.Sprint(soundBitrate), "-q", "2", in, out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("lame: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	return os.ReadFile(out)
}

// wav16 wraps mono 16-bit PCM in a WAV file.
func wav16(pcm []byte, rate int) []byte {
	var b bytes.Buffer
	le := binary.LittleEndian
	b.WriteString("RIFF")
	b.Write(le.AppendUint32(nil, uint32(36+len(pcm))))
	b.WriteString("WAVEfmt ")
	b.Write(le.AppendUint32(nil, 16))
	b.Write(le.AppendUint16(nil, 1)) // PCM
	b.Write(le.AppendUint16(nil, 1)) // mono
	b.Write(le.AppendUint32(nil, uint32(rate)))
	b.Write(le.AppendUint32(nil, uint32(2*rate)))
	b.Write(le.AppendUint16(nil, 2))
	b.Write(le.AppendUint16(nil, 16))
	b.WriteString("data")
	b.Write(le.AppendUint32(nil, uint32(len(pcm))))
	b.Write(pcm)
	return b.Bytes()
}

// decodeMP3 decodes an MP3 file with go-mp3, as the app does, and returns its sample rate and
// its frames, the left channel of go-mp3's 16-bit stereo.
func decodeMP3(data []byte) (rate int, frames []int16, err error) {
	d, err := mp3.NewDecoder(bytes.NewReader(data))
	if err != nil {
		return 0, nil, err
	}
	raw, err := io.ReadAll(d)
	if err != nil {
		return 0, nil, err
	}
	frames = make([]int16, len(raw)/4)
	for i := range frames {
		frames[i] = int16(binary.LittleEndian.Uint16(raw[4*i:]))
	}
	return d.SampleRate(), frames, nil
}

// checkMP3 checks that an encoded sound decodes at trackRate to its frames, delayed by
// mp3Delay and padded to whole MP3 frames.
func checkMP3(data []byte, frames int) error {
	rate, got, err := decodeMP3(data)
	if err != nil {
		return fmt.Errorf("decoding: %w", err)
	}
	if rate != trackRate {
		return fmt.Errorf("decoded at %d Hz, want %d", rate, trackRate)
	}
	if lo, hi := frames+mp3Delay, frames+mp3Delay+mp3Frame-1; len(got) < lo || len(got) > hi {
		return fmt.Errorf("decoded to %d frames, want %d to %d: %d and LAME's delay and padding", len(got), lo, hi, frames)
	}
	return nil
}
