package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2/audio"

	"tsumiki/stage/sound"
)

// speakerLatency is how much sound the speaker keeps queued at most. Ticks come from the
// frame clock and the device plays at its own pace; when the two drift apart, the oldest
// sound beyond this is dropped, so what is heard never lags far behind the stage.
const speakerLatency = 150 * time.Millisecond

// speaker plays the runtime's mixed sound through ebiten's audio: the mixer makes every
// sample, and ebiten only carries them to the device.
type speaker struct {
	queue  *sampleQueue
	player *audio.Player
}

// newSpeaker opens the computer's sound device, or says why it cannot. ebiten ends the whole
// game when its audio fails to start, so the device is tried first (see probeSound).
func newSpeaker() (*speaker, error) {
	if err := probeSound(); err != nil {
		return nil, err
	}
	ctx := audio.NewContext(sound.Rate)
	q := newSampleQueue(int(speakerLatency.Seconds() * sound.Rate))
	p, err := ctx.NewPlayerF32(q)
	if err != nil {
		return nil, fmt.Errorf("starting the sound player: %w", err)
	}
	p.SetBufferSize(60 * time.Millisecond)
	p.Play()
	return &speaker{queue: q, player: p}, nil
}

// Push queues a tick of stereo frames for playing.
func (s *speaker) Push(samples []float32) {
	if s != nil {
		s.queue.Push(samples)
	}
}

// sampleQueue carries stereo float32 frames from the game loop to the audio device's reader.
// When it is empty the reader gets silence, so the device never waits for the game.
type sampleQueue struct {
	mu     sync.Mutex
	buf    []float32 // queued samples, left and right interleaved
	frames int       // the most frames it keeps
}

func newSampleQueue(frames int) *sampleQueue { return &sampleQueue{frames: frames} }

// Push appends samples, dropping the oldest frames beyond the queue's size.
func (q *sampleQueue) Push(samples []float32) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.buf = append(q.buf, samples...)
	if over := len(q.buf) - 2*q.frames; over > 0 {
		q.buf = append(q.buf[:0], q.buf[over:]...)
	}
}

// Read fills p with queued samples as 32-bit little-endian floats, and silence after them.
// It always fills whole frames of p and never blocks.
func (q *sampleQueue) Read(p []byte) (int, error) {
	n := len(p) / 8 * 8
	q.mu.Lock()
	defer q.mu.Unlock()
	k := min(n/4, len(q.buf))
	for i, v := range q.buf[:k] {
		binary.LittleEndian.PutUint32(p[4*i:], math.Float32bits(v))
	}
	clear(p[4*k : n])
	q.buf = append(q.buf[:0], q.buf[k:]...)
	return n, nil
}
