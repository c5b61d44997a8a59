package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The pen colours of testdata/draw.tsumiki: a line for the green flag, for the typed answer,
// for the space key and for a click on the Button sprite.
var (
	penFlag   = color.RGBA{0xff, 0x66, 0x80, 0xff} // y = -120
	penAnswer = color.RGBA{0xff, 0x88, 0x00, 0xff} // y = -90
	penSpace  = color.RGBA{0x33, 0x66, 0xff, 0xff} // y = 120
	penClick  = color.RGBA{0x99, 0x33, 0xff, 0xff} // y = 60
)

// minLine is how many pixels of a pen colour make a line: a 12-unit line across 400 units
// covers thousands of pixels at any size the test uses.
const minLine = 1500

// TestApp runs the app as a child would: it starts the binary on the X display, clicks the
// green flag, types an answer, presses space, resizes the window, goes full screen with F11,
// clicks a sprite and the stop sign, all through real X input events, and reads the screen
// after each.
//
// Run it with: xvfb-run -a go test ./cmd/tsumiki/
func TestApp(t *testing.T) {
	x := startApp(t, "-player", "-projects", t.TempDir(), "testdata/draw.tsumiki")

	// At rest: the stage shows the sprites on white, no pen, and the flag is not lit.
	g := x.geometry()
	l := NewLayout(g.Dx(), g.Dy(), 1, false)
	barProbe := image.Pt(l.Toggle.Min.X-2, l.Bar.Min.Y+2) // beside the title's text
	rest := x.waitFor("rest", func(s shot) string {
		switch {
		case s.at(g, barProbe) != colorBar:
			return fmt.Sprintf("no bar yet: %v at %v in window %v", s.at(g, barProbe), barProbe, g)
		case s.at(g, flagProbe(l.Flag)) != colorButton:
			return "the flag is lit"
		case s.count(g, l.Stage, colorStage) < l.Stage.Dx()*l.Stage.Dy()*3/4:
			return "the stage is not white"
		case s.count(g, l.Stage, penFlag) > 0:
			return "pen lines before the flag"
		}
		return ""
	})
	if n := rest.count(g, l.Stage, colorStage); n == l.Stage.Dx()*l.Stage.Dy() {
		t.Error("the stage shows no sprites")
	}

	// The green flag: a pink line, the question's box, and the flag lit while it runs.
	x.click(g, mid(l.Flag))
	_, _, check := l.Prompt(false)
	x.waitFor("flag", func(s shot) string {
		switch {
		case s.count(g, l.Stage, penFlag) < minLine:
			return "no pink line"
		case s.at(g, flagProbe(l.Flag)) != colorFlagOn:
			return "the flag is not lit"
		case s.at(g, checkProbe(check)) != colorBar:
			return "no answer box"
		}
		return ""
	})

	// Typing "ok" and Enter answers: an orange line, and the box goes away.
	x.run("xdotool", "type", "--delay", "50", "ok")
	x.run("xdotool", "keydown", "Return")
	x.waitFor("answer", func(s shot) string {
		switch {
		case s.count(g, l.Stage, penAnswer) < minLine:
			return "no orange line"
		case s.at(g, checkProbe(check)) == colorBar:
			return "the answer box is still open"
		}
		return ""
	})
	x.run("xdotool", "keyup", "Return")

	// The space key: a blue line.
	// A key is held as a finger holds it, for at least a frame: "xdotool key" can press and
	// release between two of the app's frames, which no child's finger does.
	x.run("xdotool", "keydown", "space")
	x.waitFor("space", func(s shot) string {
		if s.count(g, l.Stage, penSpace) < minLine {
			return "no blue line"
		}
		return ""
	})
	x.run("xdotool", "keyup", "space")

	// A wide window: the stage letterboxed in the middle, the lines where its layout has them.
	x.run("xdotool", "windowmove", x.win, "0", "0")
	x.run("xdotool", "windowsize", x.win, "1200", "560")
	x.waitFor("resize", func(s shot) string {
		if g = x.geometry(); g.Dx() != 1200 || g.Dy() != 560 {
			return fmt.Sprintf("the window is %v", g)
		}
		l = NewLayout(g.Dx(), g.Dy(), 1, false)
		for _, p := range [][2]float64{{-190, -120}, {0, -120}, {190, -120}, {0, 120}} {
			px, py := l.FromStage(p[0], p[1])
			if c := s.at(g, image.Pt(int(px), int(py))); !near(c, penFlag) && !near(c, penSpace) {
				return fmt.Sprintf("no line at stage point %v on the stage %v", p, l.Stage)
			}
		}
		return ""
	})
	if l.Stage.Min.X < 200 || l.Stage.Dx()*3 != l.Stage.Dy()*4 {
		t.Errorf("stage %v in a 1200×560 window is not 4:3 in the middle", l.Stage)
	}

	// F11: full screen, the stage as large as the screen allows, the lines drawn where the
	// full-screen layout puts them.
	x.run("xdotool", "keydown", "F11")
	wg, fl := g, l
	x.waitFor("fullscreen", func(s shot) string {
		if g = x.geometry(); g == wg {
			return "still in a window"
		}
		fl = NewLayout(g.Dx(), g.Dy(), 1, true)
		px, py := fl.FromStage(0, -120)
		switch {
		case s.at(g, image.Pt(int(px), int(py))) != penFlag:
			return "the pink line is not where the full-screen stage has it"
		case s.at(g, flagProbe(fl.Flag)) != colorFlagOn:
			return "the flag is not lit"
		}
		return ""
	})
	x.run("xdotool", "keyup", "F11")
	if fl.Stage.Dx() <= l.Stage.Dx() {
		t.Errorf("full screen stage %v is not larger than the window's %v", fl.Stage, l.Stage)
	}

	// A click on the Button sprite, at its place on the full-screen stage: a purple line.
	bx, by := fl.FromStage(120, -40)
	x.click(g, image.Pt(int(bx), int(by)))
	final := x.waitFor("sprite click", func(s shot) string {
		switch {
		case s.count(g, fl.Stage, penClick) < minLine:
			return "no purple line"
		case s.at(g, flagProbe(fl.Flag)) != colorFlagOn:
			return "the flag is not lit"
		}
		return ""
	})
	if err := os.WriteFile("/tmp/app-screenshot.png", final.png, 0o644); err != nil {
		t.Error(err)
	}

	// The stop sign: the flag goes out, the drawing stays.
	x.click(g, mid(fl.Stop))
	x.waitFor("stop", func(s shot) string {
		switch {
		case s.at(g, flagProbe(fl.Flag)) != colorButton:
			return "the flag is still lit"
		case s.count(g, fl.Stage, penClick) < minLine:
			return "the drawing went away"
		}
		return ""
	})
}

// checkProbe is a point of the answer box's check-mark button that shows its colour, above
// the mark.
func checkProbe(check image.Rectangle) image.Point {
	return image.Pt((check.Min.X+check.Max.X)/2, check.Min.Y+check.Dy()/6)
}

// xsession drives the X display: it runs xdotool and takes screenshots.
type xsession struct {
	t      *testing.T
	ctx    context.Context
	dir    string
	win    string
	shots  int
	exited chan struct{} // closed when the app has exited
}

// startApp builds the app, starts it on the X display with a 960×760 window on project, and
// waits for its window. The app is killed when the test ends.
func startApp(t *testing.T, args ...string) *xsession {
	t.Helper()
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no X display: run with xvfb-run -a go test ./cmd/tsumiki/")
	}
	for _, tool := range []string{"xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (apt-get install xdotool imagemagick)", tool)
		}
	}
	dir := t.TempDir()
	bin := buildApp(t)

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	var logs bytes.Buffer
	app := exec.CommandContext(ctx, bin, append([]string{"-size", "960x760"}, args...)...)
	app.Stdout, app.Stderr = &logs, &logs
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { app.Wait(); close(exited) }()
	t.Cleanup(func() {
		app.Process.Kill()
		<-exited
		if t.Failed() {
			t.Logf("the app said:\n%s", logs.String())
		}
	})

	x := &xsession{t: t, ctx: ctx, dir: dir, exited: exited}
	x.win = strings.Fields(x.run("xdotool", "search", "--sync", "--onlyvisible", "--name", "^Tsumiki"))[0]
	return x
}

// TestAppRunsALesson opens a lesson from examples/ the way a facilitator would, clicks the
// green flag and waits for the hexagon the lesson draws in pink.
func TestAppRunsALesson(t *testing.T) {
	x := startApp(t, "-player", "-projects", t.TempDir(), filepath.Join("..", "..", "examples", "polygon.tsumiki"))
	g := x.geometry()
	l := NewLayout(g.Dx(), g.Dy(), 1, false)
	x.waitFor("rest", func(s shot) string {
		if s.at(g, flagProbe(l.Flag)) != colorButton {
			return "the flag button is not there yet"
		}
		if n := s.count(g, l.Stage, penFlag); n > 0 {
			return fmt.Sprintf("%d pink pixels before the flag", n)
		}
		return ""
	})
	x.click(g, mid(l.Flag))
	last := x.waitFor("hexagon", func(s shot) string {
		if n := s.count(g, l.Stage, penFlag); n < minLine/2 {
			return fmt.Sprintf("only %d pink pixels", n)
		}
		return ""
	})
	os.WriteFile(filepath.Join(os.TempDir(), "app-lesson.png"), last.png, 0o644)
}

// TestAppPlaysSilentlyWithoutSound starts the music lesson on a display with no sound device
// (Xvfb has none): the app must say so on the stage, keep running, and play the song's
// ticks all the same.
func TestAppPlaysSilentlyWithoutSound(t *testing.T) {
	if err := probeSound(); err == nil {
		t.Skip("this machine has a sound device")
	}
	x := startApp(t, "-player", "-projects", t.TempDir(), filepath.Join("..", "..", "examples", "music.tsumiki"))
	g := x.geometry()
	l := NewLayout(g.Dx(), g.Dy(), 1, false)
	x.waitFor("notice", func(s shot) string {
		if n := s.count(g, l.Stage, colorWarnBG); n < 2000 {
			return fmt.Sprintf("%d pixels of the notice's colour", n)
		}
		return ""
	})
	x.click(g, mid(l.Flag))
	x.waitFor("playing", func(s shot) string {
		if s.at(g, flagProbe(l.Flag)) == colorButton {
			return "the flag does not glow: the song does not play"
		}
		return ""
	})
	select {
	case <-x.exited:
		t.Fatal("the app ended")
	default:
	}
}

// buildApp builds the app once for the test binary's run.
func buildApp(t *testing.T) string {
	t.Helper()
	builtOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tsumiki-app")
		if err != nil {
			builtErr = err
			return
		}
		builtBin = filepath.Join(dir, "tsumiki")
		if out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput(); err != nil {
			builtErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if builtErr != nil {
		t.Fatal(builtErr)
	}
	return builtBin
}

var (
	builtOnce sync.Once
	builtBin  string
	builtErr  error
)

func (x *xsession) run(name string, args ...string) string {
	x.t.Helper()
	out, err := exec.CommandContext(x.ctx, name, args...).Output()
	if err != nil {
		x.t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return string(out)
}

// geometry returns where the window's inside is on the screen.
func (x *xsession) geometry() image.Rectangle {
	x.t.Helper()
	vals := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(x.run("xdotool", "getwindowgeometry", "--shell", x.win)))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			vals[k], _ = strconv.Atoi(v)
		}
	}
	return image.Rect(vals["X"], vals["Y"], vals["X"]+vals["WIDTH"], vals["Y"]+vals["HEIGHT"])
}

// click moves the mouse to a pixel of the window and clicks there.
func (x *xsession) click(win image.Rectangle, p image.Point) {
	x.t.Helper()
	x.run("xdotool", "mousemove", strconv.Itoa(win.Min.X+p.X), strconv.Itoa(win.Min.Y+p.Y))
	x.run("xdotool", "click", "1")
}

// shot is a screenshot of the whole screen.
type shot struct {
	img image.Image
	png []byte
}

// at returns the colour of a pixel of the window.
func (s shot) at(win image.Rectangle, p image.Point) color.RGBA {
	r, g, b, a := s.img.At(win.Min.X+p.X, win.Min.Y+p.Y).RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

// count returns how many pixels of r (in the window) have colour c, give or take a little.
func (s shot) count(win image.Rectangle, r image.Rectangle, c color.RGBA) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if near(s.at(win, image.Pt(x, y)), c) {
				n++
			}
		}
	}
	return n
}

func near(a, b color.RGBA) bool {
	d := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
	return d(a.R, b.R) <= 6 && d(a.G, b.G) <= 6 && d(a.B, b.B) <= 6
}

// waitFor takes screenshots until check finds nothing wrong with one, a bounded number of
// times, and returns that one. Each is saved in the test's folder.
func (x *xsession) waitFor(step string, check func(shot) string) shot {
	x.t.Helper()
	const tries = 60
	var why string
	for range tries {
		select {
		case <-x.exited:
			x.t.Fatalf("%s: the app exited", step)
		default:
		}
		x.shots++
		path := filepath.Join(x.dir, fmt.Sprintf("%02d-%s.png", x.shots, strings.ReplaceAll(step, " ", "-")))
		x.run("import", "-window", "root", path)
		data, err := os.ReadFile(path)
		if err != nil {
			x.t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			x.t.Fatalf("%s: %v", path, err)
		}
		s := shot{img: img, png: data}
		if why = check(s); why == "" {
			return s
		}
		time.Sleep(100 * time.Millisecond) // between polls, not an assertion
	}
	// The test's folder goes away with it: keep the last screenshot where a person can look.
	const failed = "/tmp/app-screenshot-failed.png"
	x.run("import", "-window", "root", failed)
	x.t.Fatalf("%s: after %d screenshots, %s (the screen now: %s)", step, tries, why, failed)
	return shot{}
}
