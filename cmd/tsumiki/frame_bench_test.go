package main

import (
	"os"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/stage/render/gltest"
)

// TestMain runs the tests inside ebiten's game loop when there is a display, so the frame
// benchmark can draw; the screen test starts the app as its own process and needs none of it.
func TestMain(m *testing.M) { os.Exit(gltest.Main(m, "go test: app benchmarks")) }

// BenchmarkFrame300Clones is one frame of the app with 300 clones moving, bouncing and drawing
// with the pen: one runtime tick (scripts, touching edges, the pen raster) plus drawing the
// whole window (bar and stage at 960×720). cpu-ns/op is the time until drawing is queued;
// ns/op also waits for the GPU, which under Xvfb is Mesa's software renderer on the same cores.
func BenchmarkFrame300Clones(b *testing.B) {
	gltest.Need(b)
	a, err := NewApp(blocks.English, false, "")
	if err != nil {
		b.Fatal(err)
	}
	a.Open("testdata/clones300.tsumiki")
	if a.cur == nil {
		b.Fatal("the project did not open")
	}
	rt := a.cur.rt
	rt.GreenFlag()
	for rt.World().CloneCount() < 300 {
		rt.Step()
	}
	screen := ebiten.NewImage(960, 792)
	defer screen.Deallocate()
	a.Layout(960, 792)
	probe := ebiten.NewImage(1, 1)
	pixel := make([]byte, 4)
	var cpu time.Duration
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		rt.Step()
		a.Draw(screen)
		cpu += time.Since(start)
		probe.DrawImage(screen, nil) // wait for the GPU to finish the frame
		probe.ReadPixels(pixel)
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkTick300Clones is the runtime's part of BenchmarkFrame300Clones alone.
func BenchmarkTick300Clones(b *testing.B) {
	gltest.Need(b) // NewApp needs ebiten's loop for its renderer
	a, err := NewApp(blocks.English, false, "")
	if err != nil {
		b.Fatal(err)
	}
	a.Open("testdata/clones300.tsumiki")
	rt := a.cur.rt
	rt.GreenFlag()
	for rt.World().CloneCount() < 300 {
		rt.Step()
	}
	b.ReportAllocs()
	for b.Loop() {
		rt.Step()
	}
}
