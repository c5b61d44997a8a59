package main

import (
	"image"
	"math"
	"testing"
)

func TestLayoutStage(t *testing.T) {
	tests := []struct {
		name       string
		w, h       int
		scale      float64
		full       bool
		stage      image.Rectangle
		buttonSide int
	}{
		// 960×760: the area below the bar is 944×680, so the stage is 904×678 (u = 226),
		// centred across and one pixel down.
		{"window", 960, 760, 1, false, image.Rect(28, 73, 28+904, 73+678), 56},
		// Wider than 4:3: bars left and right.
		{"wide window", 1600, 600, 1, false, image.Rect(454, 72, 454+692, 72+519), 56},
		// Taller than 4:3: bars above and below.
		{"tall window", 500, 1000, 1, false, image.Rect(8, 350, 8+484, 350+363), 56},
		// Full screen: no margins, the stage as large as fits under the bar.
		{"full screen 1080p", 1920, 1080, 1, true, image.Rect(284, 65, 284+1352, 65+1014), 56},
		{"full screen 4:3", 1024, 768, 1, true, image.Rect(44, 65, 44+936, 65+702), 56},
		// A high-DPI screen: twice the pixels, the same proportions.
		{"window at 2x", 1920, 1520, 2, false, image.Rect(54, 144, 54+1812, 144+1359), 112},
		// So small the stage shrinks to its minimum: it never vanishes or turns negative.
		{"tiny", 40, 40, 1, false, image.Rect(16, 48, 24, 54), 56},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLayout(tt.w, tt.h, tt.scale, tt.full)
			if l.Stage != tt.stage {
				t.Errorf("stage = %v, want %v", l.Stage, tt.stage)
			}
			if l.Stage.Dx()*3 != l.Stage.Dy()*4 {
				t.Errorf("stage %v is not 4:3", l.Stage)
			}
			if got := l.Zoom * 480; int(got+0.5) != l.Stage.Dx() {
				t.Errorf("zoom %v does not fit stage width %d", l.Zoom, l.Stage.Dx())
			}
			for name, b := range map[string]image.Rectangle{"flag": l.Flag, "stop": l.Stop, "toggle": l.Toggle} {
				if b.Dx() != tt.buttonSide || b.Dy() != tt.buttonSide {
					t.Errorf("%s button %v, want %d pixels square", name, b, tt.buttonSide)
				}
				if float64(b.Dx()) < 48*tt.scale {
					t.Errorf("%s button %v is smaller than 48 logical pixels", name, b)
				}
				if !b.In(l.Bar) && tt.w >= 256 {
					t.Errorf("%s button %v is outside the bar %v", name, b, l.Bar)
				}
			}
			if l.Flag.Overlaps(l.Stop) || l.Stop.Overlaps(l.Toggle) {
				t.Errorf("buttons overlap: %v %v %v", l.Flag, l.Stop, l.Toggle)
			}
			if tt.w >= 256 && l.Stage.Overlaps(l.Bar) {
				t.Errorf("stage %v under the bar %v", l.Stage, l.Bar)
			}
			if tt.w >= 256 && tt.full != l.Title.Empty() {
				t.Errorf("title %v in full screen = %v", l.Title, tt.full)
			}
		})
	}
}

func TestToStage(t *testing.T) {
	l := NewLayout(960, 760, 1, false) // stage (28,73)-(932,751), 904×678
	tests := []struct {
		x, y   int
		sx, sy float64
	}{
		{28, 73, -240, 180},   // top left pixel
		{931, 750, 239, -179}, // bottom right pixel: its top left corner
		{480, 412, 0, 0},      // the middle
		{0, 0, -240, 180},     // off the stage: clamped
		{959, 759, 240, -180}, // off the stage: clamped
		{480, 0, 0, 180},      // above the stage, on the bar
		{28 + 904/4, 73 + 678/4, -120, 90},
	}
	for _, tt := range tests {
		sx, sy := l.ToStage(tt.x, tt.y)
		if sx != tt.sx || sy != tt.sy {
			t.Errorf("ToStage(%d, %d) = %v, %v; want %v, %v", tt.x, tt.y, sx, sy, tt.sx, tt.sy)
		}
	}
}

// TestToStageRoundTrip checks that the pixel where a stage point is drawn maps back to that
// point, at many window sizes and in full screen: the mouse is right wherever the window is.
func TestToStageRoundTrip(t *testing.T) {
	sizes := []struct {
		w, h  int
		scale float64
		full  bool
	}{
		{496, 440, 1, false}, {960, 760, 1, false}, {1280, 720, 1, false}, {1920, 1080, 1, true},
		{2560, 1600, 2, true}, {1920, 1520, 2, false}, {800, 1200, 1.5, false}, {3840, 2160, 1, true},
	}
	points := [][2]float64{{0, 0}, {-240, 180}, {240, -180}, {-239, -179}, {240, 180}, {-240, -180}, {100, 50}, {-17, 133}, {239, 1}}
	for _, s := range sizes {
		l := NewLayout(s.w, s.h, s.scale, s.full)
		if l.Zoom < 1 {
			continue // a stage unit smaller than a pixel cannot hit every point
		}
		for _, p := range points {
			fx, fy := l.FromStage(p[0], p[1])
			// The pixel whose corner is nearest the point.
			x, y := int(math.Round(fx)), int(math.Round(fy))
			sx, sy := l.ToStage(x, y)
			if sx != p[0] || sy != p[1] {
				t.Errorf("%dx%d@%v full=%v: %v drawn at pixel %d,%d maps back to %v, %v",
					s.w, s.h, s.scale, s.full, p, x, y, sx, sy)
			}
		}
	}
}

func TestPrompt(t *testing.T) {
	for _, l := range []Layout{NewLayout(960, 760, 1, false), NewLayout(1920, 1080, 1, true), NewLayout(300, 300, 1, false)} {
		for _, q := range []bool{false, true} {
			box, field, check := l.Prompt(q)
			if !box.In(l.Stage) || !field.In(box) || !check.In(box) || field.Overlaps(check) {
				t.Errorf("stage %v question %v: box %v, field %v, check %v do not nest", l.Stage, q, box, field, check)
			}
			if box.Max.Y < l.Stage.Max.Y-l.Stage.Dy()/8 {
				t.Errorf("stage %v: the box %v is not at the bottom", l.Stage, box)
			}
		}
	}
	l := NewLayout(960, 760, 1, false)
	if _, _, check := l.Prompt(false); check.Dx() < 48 {
		t.Errorf("check button %v is smaller than 48 pixels", check)
	}
}

func TestWindowSize(t *testing.T) {
	tests := []struct{ mw, mh, w, h int }{
		{2560, 1440, 976, 800}, // zoom 2
		{1920, 1080, 976, 800},
		{1366, 768, 736, 620}, // zoom 1.5
		{1024, 600, 616, 530}, // zoom 1.25
		{800, 480, 496, 440},  // zoom 1, even if it does not quite fit
		{0, 0, 976, 800},      // no monitor known
	}
	for _, tt := range tests {
		if w, h := windowSize(tt.mw, tt.mh); w != tt.w || h != tt.h {
			t.Errorf("windowSize(%d, %d) = %d, %d; want %d, %d", tt.mw, tt.mh, w, h, tt.w, tt.h)
		}
	}
}
