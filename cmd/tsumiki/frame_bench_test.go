package main

import (
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
)

// noGL says why a benchmark that draws cannot run here, or is empty when it can.
var noGL string

// benchGame runs the test binary inside ebiten's game loop, where images can be drawn and read
// back. The screen test starts the app as its own process and needs none of this.
type benchGame struct {
	m    *testing.M
	code int
	ran  bool
}

func (g *benchGame) Update() error {
	g.ran = true
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*benchGame) Draw(*ebiten.Image)         {}
func (*benchGame) Layout(int, int) (int, int) { return 64, 48 }

func TestMain(m *testing.M) {
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		noGL = "no display: run with xvfb-run -a go test ./cmd/tsumiki"
		os.Exit(m.Run())
	}
	ebiten.SetWindowSize(64, 48)
	ebiten.SetRunnableOnUnfocused(true)
	g := &benchGame{m: m, code: 1}
	err := ebiten.RunGame(g)
	if !g.ran {
		noGL = fmt.Sprintf("ebiten could not start: %v", err)
		os.Exit(m.Run())
	}
	if err != nil && !errors.Is(err, ebiten.Termination) {
		fmt.Fprintln(os.Stderr, "ebiten:", err)
		os.Exit(1)
	}
	os.Exit(g.code)
}

// BenchmarkFrame300Clones is one frame of the app with 300 clones moving, bouncing and drawing
// with the pen: one runtime tick (scripts, touching edges, the pen raster) plus drawing the
// whole window (bar and stage at 960×720). cpu-ns/op is the time until drawing is queued;
// ns/op also waits for the GPU, which under Xvfb is Mesa's software renderer on the same cores.
func BenchmarkFrame300Clones(b *testing.B) {
	if noGL != "" {
		b.Skip(noGL)
	}
	a, err := NewApp(blocks.English)
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
	if noGL != "" {
		b.Skip(noGL) // NewApp needs ebiten's loop for its renderer
	}
	a, err := NewApp(blocks.English)
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
