package runtime

import (
	"errors"
	"image"
	"image/color"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
	"tsumiki/stage"
	"tsumiki/stage/sound"
)

// pictureAssets serves costumes drawn in the test: each file name is a picture shown one
// stage pixel a pixel, centred. It also gives the pictures, as assets.Store does.
type pictureAssets map[string]image.Image

func (a pictureAssets) Costume(target string, m blocks.Media) (stage.Costume, error) {
	img, ok := a[m.File]
	if !ok {
		return stage.Costume{}, errors.New("no picture " + m.File)
	}
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	return stage.Costume{Name: m.Name, Width: w, Height: h, CenterX: w / 2, CenterY: h / 2,
		Asset: m.File, Mask: stage.NewMask(img, 1)}, nil
}

func (a pictureAssets) Sound(string, blocks.Media) (*sound.Clip, error) {
	return &sound.Clip{Rate: sound.Rate, Channels: 1}, nil
}

func (a pictureAssets) Image(asset string) (image.Image, error) {
	if img, ok := a[asset]; ok {
		return img, nil
	}
	return nil, errors.New("no picture " + asset)
}

// paint returns a w×h picture coloured by f.
func paint(w, h int, f func(x, y int) color.NRGBA) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetNRGBA(x, y, f(x, y))
		}
	}
	return img
}

var colourPictures = pictureAssets{
	// The backdrop: red on the left half, white on the right.
	"half.png": paint(480, 360, func(x, y int) color.NRGBA {
		if x < 240 {
			return color.NRGBA{255, 0, 0, 255}
		}
		return color.NRGBA{255, 255, 255, 255}
	}),
	"white.png": paint(480, 360, func(x, y int) color.NRGBA { return color.NRGBA{255, 255, 255, 255} }),
	"blue.png":  paint(20, 20, func(x, y int) color.NRGBA { return color.NRGBA{0, 0, 255, 255} }),
	"green.png": paint(20, 20, func(x, y int) color.NRGBA { return color.NRGBA{0, 255, 0, 255} }),
	// Red on the left half, blue on the right.
	"flag.png": paint(40, 20, func(x, y int) color.NRGBA {
		if x < 20 {
			return color.NRGBA{255, 0, 0, 255}
		}
		return color.NRGBA{0, 0, 255, 255}
	}),
}

// colourProject builds a project whose stage shows backdrop and whose sprites are given as
// name, costume file, x, y and scripts.
func colourProject(t *testing.T, backdrop string, sprites ...obj) *blocks.Project {
	t.Helper()
	p := project(t, nil, nil, sprites...)
	p.Stage.Costumes = []blocks.Media{{Name: "backdrop", File: backdrop}}
	return p
}

func pictureSprite(name, file string, layer int, x, y float64, scripts ...obj) obj {
	s := spriteWith(name, layer, scripts...)
	s["costumes"] = []obj{{"name": "look", "file": file}}
	s["x"], s["y"] = x, y
	return s
}

func gotoXY(id string, x, y float64) obj {
	return blk(id, "motion_gotoxy", inputs("X", x, "Y", y))
}

func TestTouchingColorBackdrop(t *testing.T) {
	touchingRed := func(id string) obj { return blk(id, "sensing_touchingcolor", inputs("COLOR", "#ff0000")) }
	p := colourProject(t, "half.png", pictureSprite("Probe", "blue.png", 1, 0, 0, script(flag("f"),
		gotoXY("g1", -100, 0), sayBlock("s1", touchingRed("t1")),
		gotoXY("g2", 100, 0), sayBlock("s2", touchingRed("t2")),
		gotoXY("g3", 5, 0), sayBlock("s3", touchingRed("t3")),
		blk("h", "looks_hide"), sayBlock("s4", touchingRed("t4")), // hidden sprites still look
		gotoXY("g4", 100, 0), sayBlock("s5", touchingRed("t5")))))
	events, _ := trace(t, p, Headless{Options: Options{Assets: colourPictures}})
	want := []string{"0 Probe true", "0 Probe false", "0 Probe true", "0 Probe true", "0 Probe false"}
	if diff := cmp.Diff(want, says(events)); diff != "" {
		t.Errorf("touching red (-want +got):\n%s", diff)
	}
}

func TestTouchingColorPen(t *testing.T) {
	// The Pencil, in front, runs first and draws a red line at y = 50; the Probe looks for it
	// in the same tick, so the line must be on the canvas already.
	pencil := pictureSprite("Pencil", "green.png", 2, 0, -150, script(flag("f1"),
		blk("c", "pen_setPenColorToColor", inputs("COLOR", "#ff0000")),
		blk("z", "pen_setPenSizeTo", inputs("SIZE", 5)),
		gotoXY("p1", -100, 50), blk("d", "pen_penDown"), gotoXY("p2", 100, 50), blk("u", "pen_penUp"),
		gotoXY("p3", 0, -150)))
	touchingRed := func(id string) obj { return blk(id, "sensing_touchingcolor", inputs("COLOR", "#ff0000")) }
	probe := pictureSprite("Probe", "blue.png", 1, 0, 0, script(flag("f2"),
		gotoXY("g1", 0, 50), sayBlock("s1", touchingRed("t1")),
		gotoXY("g2", 0, -50), sayBlock("s2", touchingRed("t2")),
		gotoXY("g3", 110, 50), sayBlock("s3", touchingRed("t3")), // the round end reaches 102.5
		gotoXY("g4", 120, 50), sayBlock("s4", touchingRed("t4"))))
	p := colourProject(t, "white.png", probe, pencil)
	events, st := trace(t, p, Headless{Options: Options{Assets: colourPictures}})
	want := []string{"0 Probe true", "0 Probe false", "0 Probe true", "0 Probe false"}
	if diff := cmp.Diff(want, says(events)); diff != "" {
		t.Errorf("touching the red pen line (-want +got):\n%s", diff)
	}
	// A dot for pen down and a line.
	if st.Pen != 2 {
		t.Errorf("penDrawn = %d, want 2", st.Pen)
	}
}

func TestColorIsTouchingColor(t *testing.T) {
	touches := func(id, mine, other string) obj {
		return blk(id, "sensing_coloristouchingcolor", inputs("COLOR", mine, "COLOR2", other))
	}
	// The Flag is red on its left half and blue on its right; the green square sits to its
	// right, against the blue half.
	flagSprite := pictureSprite("Flag", "flag.png", 1, 0, 0, script(flag("f"),
		sayBlock("s1", touches("t1", "#0000ff", "#00ff00")),
		sayBlock("s2", touches("t2", "#ff0000", "#00ff00")),
		sayBlock("s3", touches("t3", "#00ff00", "#0000ff")),
		blk("w", "control_wait", inputs("DURATION", 0)),
		// Now the square is on the left.
		sayBlock("s4", touches("t4", "#0000ff", "#00ff00")),
		sayBlock("s5", touches("t5", "#ff0000", "#00ff00"))))
	square := pictureSprite("Square", "green.png", 2, 25, 0, script(flag("g"),
		blk("w2", "control_wait", inputs("DURATION", 0)), gotoXY("m", -25, 0)))
	p := colourProject(t, "white.png", flagSprite, square)
	events, _ := trace(t, p, Headless{Options: Options{Assets: colourPictures}})
	want := []string{"0 Flag true", "0 Flag false", "0 Flag false", "1 Flag false", "1 Flag true"}
	if diff := cmp.Diff(want, says(events)); diff != "" {
		t.Errorf("color is touching color (-want +got):\n%s", diff)
	}
}

func TestCanvasFollowsThePen(t *testing.T) {
	p := colourProject(t, "white.png", pictureSprite("Pencil", "green.png", 1, 0, 0, script(flag("f"),
		blk("d", "pen_penDown"),
		blk("r", "control_repeat", inputs("TIMES", 3), substack(blk("m", "motion_movesteps", inputs("STEPS", 10)))),
		blk("s", "pen_stamp"))))
	rt, err := New(p, Options{Assets: colourPictures})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	c := rt.Canvas()
	for tick, want := range []int{2, 3, 4, 5} { // dot and line, a line a tick, then line and stamp
		rt.Step()
		if c.Drawn() != want || rt.World().PenOpsPending() != 0 {
			t.Errorf("after tick %d: drawn %d, pending %d; want %d, 0", tick, c.Drawn(), rt.World().PenOpsPending(), want)
		}
	}
	// The stamp shows the green square where the Pencil ended, at 30, 0: canvas 540, 360.
	if got := c.PenLayer().NRGBAAt(540, 360); got != (color.NRGBA{0, 255, 0, 255}) {
		t.Errorf("stamped pixel = %v, want green", got)
	}
	if d := c.TakeDirty(); d.Empty() {
		t.Error("nothing is dirty after drawing")
	}
}
