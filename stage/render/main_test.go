package render

import (
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// noGL says why tests that draw cannot run, or is empty when they can.
var noGL string

// testGame runs the whole test binary inside ebiten's game loop, on its first Update, where
// images can be drawn and read back (as ebiten's own tests do).
type testGame struct {
	m    *testing.M
	code int
	ran  bool
}

func (g *testGame) Update() error {
	g.ran = true
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*testGame) Draw(*ebiten.Image) {}

func (*testGame) Layout(int, int) (int, int) { return 64, 48 }

func TestMain(m *testing.M) {
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		noGL = "no display (DISPLAY is not set): run the drawing tests with xvfb-run -a go test ./stage/render/"
		os.Exit(m.Run())
	}
	ebiten.SetWindowSize(64, 48)
	ebiten.SetWindowTitle("tsumiki stage/render tests")
	ebiten.SetRunnableOnUnfocused(true)
	g := &testGame{m: m, code: 1}
	err := ebiten.RunGame(g)
	if !g.ran {
		// The game loop never started (no GL, say): run the tests that need none.
		noGL = fmt.Sprintf("ebiten could not start: %v", err)
		os.Exit(m.Run())
	}
	if err != nil && !errors.Is(err, ebiten.Termination) {
		fmt.Fprintln(os.Stderr, "ebiten:", err)
		os.Exit(1)
	}
	os.Exit(g.code)
}

// needGL skips a test or benchmark that draws when there is no GL context.
func needGL(tb testing.TB) {
	tb.Helper()
	if noGL != "" {
		tb.Skip(noGL)
	}
}
