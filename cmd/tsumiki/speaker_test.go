package main

import (
	"encoding/binary"
	"math"
	"testing"
)

func readFloats(t *testing.T, q *sampleQueue, n int) []float32 {
	t.Helper()
	p := make([]byte, 4*n)
	got, err := q.Read(p)
	if err != nil || got != len(p) {
		t.Fatalf("Read = %d, %v; want %d, nil", got, err, len(p))
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(p[4*i:]))
	}
	return out
}

func TestSampleQueueFillsWithSilence(t *testing.T) {
	q := newSampleQueue(8)
	q.Push([]float32{0.5, -0.5, 0.25, -0.25})
	got := readFloats(t, q, 8)
	want := []float32{0.5, -0.5, 0.25, -0.25, 0, 0, 0, 0}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("read %v, want %v", got, want)
		}
	}
	if got := readFloats(t, q, 2); got[0] != 0 || got[1] != 0 {
		t.Errorf("empty queue read %v, want silence", got)
	}
}

func TestSampleQueueDropsOldestBeyondItsSize(t *testing.T) {
	q := newSampleQueue(2) // two frames: four samples
	q.Push([]float32{1, 1, 2, 2, 3, 3})
	got := readFloats(t, q, 6)
	want := []float32{2, 2, 3, 3, 0, 0}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("read %v, want %v", got, want)
		}
	}
}

func TestSampleQueueReadsWholeFrames(t *testing.T) {
	q := newSampleQueue(4)
	q.Push([]float32{1, 2, 3, 4})
	n, _ := q.Read(make([]byte, 13)) // one frame and a bit
	if n != 8 {
		t.Fatalf("Read of 13 bytes = %d, want 8 (one whole frame)", n)
	}
	if got := readFloats(t, q, 2); got[0] != 3 || got[1] != 4 {
		t.Errorf("next frame %v, want [3 4]", got)
	}
}
