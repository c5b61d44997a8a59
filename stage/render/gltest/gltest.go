// Package gltest runs a package's tests inside ebiten's game loop, where images can be drawn
// and read back, and says why when that is not possible (no display). Tests that draw call
// Need; the rest run either way.
package gltest

import (
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// game runs the whole test binary on its first Update, as ebiten's own tests do.
type game struct {
	m    *testing.M
	code int
	ran  bool
}

func (g *game) Update() error {
	g.ran = true
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*game) Draw(*ebiten.Image)         {}
func (*game) Layout(int, int) (int, int) { return 64, 48 }

// why says why tests that draw cannot run, or is empty when they can. It is set once, by Main,
// before any test runs.
var why string

// Main runs m inside ebiten's loop when there is a display, and plainly otherwise; it returns
// the exit code for os.Exit. Call it from TestMain. title names the small window the loop
// opens; keep it unlike the app's, which screen tests look for by name.
func Main(m *testing.M, title string) int {
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		why = "no display (DISPLAY is not set): run these tests under xvfb-run -a"
		return m.Run()
	}
	ebiten.SetWindowSize(64, 48)
	ebiten.SetWindowTitle(title)
	ebiten.SetRunnableOnUnfocused(true)
	g := &game{m: m, code: 1}
	err := ebiten.RunGame(g)
	if !g.ran {
		why = fmt.Sprintf("ebiten could not start: %v", err)
		return m.Run()
	}
	if err != nil && !errors.Is(err, ebiten.Termination) {
		fmt.Fprintln(os.Stderr, "ebiten:", err)
		return 1
	}
	return g.code
}

// Need skips a test or benchmark that draws when there is no GL context.
func Need(tb testing.TB) {
	tb.Helper()
	if why != "" {
		tb.Skip(why)
	}
}
