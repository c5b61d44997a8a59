package ui

import "testing"

func colorLabels(lang string) ColorLabels {
	if lang == "ja" {
		return ColorLabels{"色", "鮮やかさ", "明るさ"}
	}
	return ColorLabels{"Color", "Saturation", "Brightness"}
}

func drag(p *ColorPicker, slider int, from, to float64) Status {
	a, b := p.SliderPoint(slider, from), p.SliderPoint(slider, to)
	return send(p, Move(a.X, a.Y), Down(a.X, a.Y), Move((a.X+b.X)/2, a.Y), Move(b.X, b.Y), Up(b.X, b.Y))
}

func TestColorPickerHue(t *testing.T) {
	p := NewColorPicker(testEnv(800, 600, 1), "#ff0000", rectWH(100, 100, 40, 30), colorLabels("en"))
	if got := [3]int{p.Value(0), p.Value(1), p.Value(2)}; got != [3]int{0, 100, 100} {
		t.Fatalf("#ff0000 reads %v", got)
	}
	drag(p, SliderColor, 0, 50)
	if p.Value(SliderColor) != 50 || p.Hex() != "#00ffff" {
		t.Fatalf("hue 50: %d, %s; want 50, #00ffff", p.Value(SliderColor), p.Hex())
	}
	drag(p, SliderSaturation, 100, 0)
	if p.Hex() != "#ffffff" {
		t.Fatalf("saturation 0: %s", p.Hex())
	}
	drag(p, SliderBrightness, 100, 50)
	if p.Hex() != "#7f7f7f" {
		t.Fatalf("brightness 50: %s", p.Hex())
	}
	// The hue stays where it was though the colour is grey, as in Scratch.
	if p.Value(SliderColor) != 50 {
		t.Fatalf("hue moved to %d", p.Value(SliderColor))
	}
	if st := send(p, Down(700, 500)); st != Done || p.Hex() != "#7f7f7f" {
		t.Fatalf("press outside: %v %s", st, p.Hex())
	}
}

func TestColorPickerReadouts(t *testing.T) {
	for _, c := range []struct {
		hex  string
		want [3]int
	}{
		{"#4c97ff", [3]int{59, 70, 100}},
		{"#000000", [3]int{0, 0, 0}},
		{"#ffffff", [3]int{0, 0, 100}},
		{"#00ff00", [3]int{33, 100, 100}},
		{"#0000ff", [3]int{66, 100, 100}},
		{"#f0f", [3]int{83, 100, 100}},
	} {
		p := NewColorPicker(testEnv(800, 600, 1), c.hex, rectWH(0, 0, 1, 1), colorLabels("en"))
		if got := [3]int{p.Value(0), p.Value(1), p.Value(2)}; got != c.want {
			t.Errorf("%s reads %v, want %v", c.hex, got, c.want)
		}
		if st := send(p, Press(KeyEnter)); st != Done || len(p.Hex()) != 7 {
			t.Errorf("%s: Enter %v, %s", c.hex, st, p.Hex())
		}
	}
}

func TestColorPickerKeysAndEscape(t *testing.T) {
	p := NewColorPicker(testEnv(800, 600, 1), "#FF0000", rectWH(100, 100, 40, 30), colorLabels("en"))
	if p.Hex() != "#ff0000" {
		t.Fatalf("hex %s", p.Hex())
	}
	send(p, Press(KeyRight), Press(KeyRight))
	if p.Value(SliderColor) != 2 {
		t.Fatalf("right twice: %d", p.Value(SliderColor))
	}
	send(p, Press(KeyDown), Press(KeyDown), Press(KeyLeft))
	if p.Value(SliderBrightness) != 99 {
		t.Fatalf("brightness after left: %d", p.Value(SliderBrightness))
	}
	if p.Hex() == "#ff0000" {
		t.Fatal("colour unchanged")
	}
	if st := send(p, Press(KeyEscape)); st != Cancelled || p.Hex() != "#ff0000" {
		t.Fatalf("Escape: %v %s", st, p.Hex())
	}
}

func TestColorPickerPlacement(t *testing.T) {
	env := testEnv(800, 600, 1)
	anchor := rectWH(700, 500, 40, 30)
	p := NewColorPicker(env, "#123456", anchor, colorLabels("en"))
	if b := p.Bounds(); !b.In(env.Screen) || b.Max.Y > anchor.Min.Y {
		t.Fatalf("picker %v for anchor %v at the bottom right", b, anchor)
	}
	for i := range 3 {
		if p.TrackRect(i).Dy() < Target {
			t.Errorf("slider %d is %d high", i, p.TrackRect(i).Dy())
		}
	}
}

func TestHSV(t *testing.T) {
	// Scratch's conversions: hue in degrees, brightness 0 to 255, channels rounded down.
	for _, c := range []struct {
		h, s, v float64
		r, g, b uint8
	}{
		{0, 1, 255, 255, 0, 0},
		{180, 1, 255, 0, 255, 255},
		{360, 1, 255, 255, 0, 0},
		{90, 0.5, 127.5, 95, 127, 63},
		{0, 0, 127.5, 127, 127, 127},
	} {
		r, g, b := hsvToRGB(c.h, c.s, c.v)
		if r != c.r || g != c.g || b != c.b {
			t.Errorf("hsv(%v, %v, %v) = %d %d %d, want %d %d %d", c.h, c.s, c.v, r, g, b, c.r, c.g, c.b)
		}
	}
}
