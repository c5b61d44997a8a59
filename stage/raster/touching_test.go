package raster

import (
	"image/color"
	"math/rand/v2"
	"testing"

	"tsumiki/stage"
)

// colourScene is a stage whose backdrop is red on its left half and white
// on its right, with a 20×20 blue sprite "me" and a 20×20 yellow sprite
// "other", both hidden away until a test places them.
type colourScene struct {
	w         *stage.World
	c         *Canvas
	me, other *stage.Sprite
}

func newColourScene() *colourScene {
	pics := pictures{}
	backdrop := costume(pics, "backdrop", paint(960, 720, func(x, y int) color.NRGBA {
		if x < 480 {
			return red
		}
		return white
	}), 2)
	w := stage.NewWorld()
	w.Stage.Backdrops = []stage.Costume{backdrop}
	sc := &colourScene{w: w, c: NewCanvas(pics)}
	sc.other = stage.NewSprite("other", costume(pics, "yellow", plain(20, 20, yellow), 1))
	sc.me = stage.NewSprite("me", costume(pics, "blue", plain(20, 20, blue), 1))
	w.Add(sc.other)
	w.Add(sc.me)
	sc.other.X = 200 // over white, away from the tests below
	return sc
}

func TestTouchingColor(t *testing.T) {
	tests := []struct {
		name  string
		setup func(sc *colourScene)
		col   color.NRGBA
		want  bool
	}{
		{"over red", func(sc *colourScene) { sc.me.X = -100 }, red, true},
		{"over white", func(sc *colourScene) { sc.me.X = 100 }, red, false},
		{"white over white", func(sc *colourScene) { sc.me.X = 100 }, white, true},
		{"one pixel over red", func(sc *colourScene) { sc.me.X = 10 }, red, true},
		{"just off red", func(sc *colourScene) { sc.me.X = 11 }, red, false},
		// Colours match on the top 5 bits of red and green and 4 of blue.
		{"near red", func(sc *colourScene) { sc.me.X = -100 }, color.NRGBA{250, 7, 15, 255}, true},
		{"not near red", func(sc *colourScene) { sc.me.X = -100 }, color.NRGBA{247, 0, 0, 255}, false},
		{"not near red in blue", func(sc *colourScene) { sc.me.X = -100 }, color.NRGBA{255, 0, 16, 255}, false},
		// Its own colour is not part of the stage it looks at.
		{"itself", func(sc *colourScene) { sc.me.X = 100 }, blue, false},
		{"hidden still looks", func(sc *colourScene) { sc.me.X, sc.me.Visible = -100, false }, red, true},
		{"other sprite", func(sc *colourScene) { sc.me.X, sc.other.X = 100, 115 }, yellow, true},
		{"other sprite behind", func(sc *colourScene) { sc.me.X, sc.other.X = 100, 115; sc.w.GoToFront(sc.me) }, yellow, true},
		{"other sprite hidden", func(sc *colourScene) { sc.me.X, sc.other.X, sc.other.Visible = 100, 115, false }, yellow, false},
		{"other sprite ghosted", func(sc *colourScene) {
			sc.me.X, sc.other.X = 100, 115
			sc.other.Effects[stage.EffectGhost] = 100
		}, yellow, false},
		// Half-ghosted yellow over white is pale yellow: premultiplied
		// yellow at ghost 50 is 128 128 0 128 (127.5 rounds to even), and
		// white shows through at 1-128/255, adding 127.
		{"other half ghosted", func(sc *colourScene) {
			sc.me.X, sc.other.X = 100, 115
			sc.other.Effects[stage.EffectGhost] = 50
		}, color.NRGBA{255, 255, 127, 255}, true},
		{"other half ghosted is not yellow", func(sc *colourScene) {
			sc.me.X, sc.other.X = 100, 115
			sc.other.Effects[stage.EffectGhost] = 50
		}, yellow, false},
		{"other darkened", func(sc *colourScene) {
			sc.me.X, sc.other.X = 100, 115
			sc.other.Effects[stage.EffectBrightness] = -100
		}, black, true},
		{"backdrop brightened", func(sc *colourScene) {
			sc.me.X = -100
			sc.w.Stage.Effects[stage.EffectBrightness] = 100
		}, red, false},
		{"backdrop turned", func(sc *colourScene) {
			sc.me.X = -100
			sc.w.Stage.Effects[stage.EffectColor] = 100 // red becomes cyan
		}, color.NRGBA{0, 255, 255, 255}, true},
		{"no backdrop", func(sc *colourScene) {
			sc.me.X = -100
			sc.w.Stage.Backdrops = nil
		}, white, true},
		{"off stage", func(sc *colourScene) { sc.me.X = 300 }, white, false},
	}
	for _, tt := range tests {
		sc := newColourScene()
		tt.setup(sc)
		if got := sc.c.TouchingColor(sc.w, sc.me, tt.col); got != tt.want {
			t.Errorf("%s: TouchingColor(%v) = %v, want %v", tt.name, tt.col, got, tt.want)
		}
	}
}

func TestTouchingPenColor(t *testing.T) {
	sc := newColourScene()
	sc.c.Apply([]stage.PenOp{line(50, 100, 150, 100, 1, green)})
	tests := []struct {
		x, y float64
		want bool
	}{
		{100, 100, true},
		{100, 90, true}, // the sprite reaches up to 100
		{100, 89, false},
		{100, 110, true},
		{100, 111, false}, // a 1-pixel line covers the row from 100 to 101
		{150, 100, true},
		{175, 100, false},
	}
	for _, tt := range tests {
		sc.me.X, sc.me.Y = tt.x, tt.y
		if got := sc.c.TouchingColor(sc.w, sc.me, green); got != tt.want {
			t.Errorf("at %v,%v: touching the green pen line = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
	// A sprite in front hides the pen; the sprite asking is never in front.
	sc.me.X, sc.me.Y = 100, 100
	sc.other.X, sc.other.Y = 100, 100
	if sc.c.TouchingColor(sc.w, sc.me, green) {
		t.Error("the pen line shows through the yellow sprite")
	}
	sc.other.Size = 50
	if !sc.c.TouchingColor(sc.w, sc.me, green) {
		t.Error("the pen line beside a smaller yellow sprite is not seen")
	}
}

func TestColorTouchingColor(t *testing.T) {
	pics := pictures{}
	// 40×20: red on the left half, blue on the right.
	flag := costume(pics, "flag", paint(40, 20, func(x, y int) color.NRGBA {
		if x < 20 {
			return red
		}
		return blue
	}), 1)
	w := stage.NewWorld()
	a := stage.NewSprite("A", flag)
	b := stage.NewSprite("B", costume(pics, "green", plain(20, 20, green), 1))
	w.Add(a)
	w.Add(b)
	c := NewCanvas(pics)

	tests := []struct {
		name      string
		bx        float64
		fx        map[stage.Effect]float64
		mine, oth color.NRGBA
		want      bool
	}{
		{"blue side touches green", 25, nil, blue, green, true},
		{"red side does not", 25, nil, red, green, false},
		{"red side on the left", -25, nil, red, green, true},
		{"blue side not on the left", -25, nil, blue, green, false},
		{"near blue", 25, nil, color.NRGBA{3, 3, 252, 255}, green, true},
		{"not near blue", 25, nil, color.NRGBA{0, 0, 251, 255}, green, false},
		{"green not touching itself", 25, nil, green, green, false},
		// Its own colour ignores the ghost, but not the brightness.
		{"ghosted", 25, map[stage.Effect]float64{stage.EffectGhost: 100}, blue, green, true},
		{"brightened", 25, map[stage.Effect]float64{stage.EffectBrightness: 100}, blue, green, false},
		{"brightened to white", 25, map[stage.Effect]float64{stage.EffectBrightness: 100}, white, green, true},
		{"apart", 100, nil, blue, green, false},
	}
	for _, tt := range tests {
		b.X = tt.bx
		a.Effects = [stage.NumEffects]float64{}
		for e, v := range tt.fx {
			a.Effects[e] = v
		}
		if got := c.ColorTouchingColor(w, a, tt.mine, tt.oth); got != tt.want {
			t.Errorf("%s: ColorTouchingColor(%v, %v) = %v, want %v", tt.name, tt.mine, tt.oth, got, tt.want)
		}
	}

	// A sprite without a picture has no colours.
	bare := stage.NewSprite("bare", stage.Costume{Width: 20, Height: 20, CenterX: 10, CenterY: 10})
	w.Add(bare)
	bare.Y = 100
	if c.ColorTouchingColor(w, bare, white, green) {
		t.Error("a sprite without a picture matched a colour")
	}
	if !c.TouchingColor(w, bare, white) {
		t.Error("a sprite without a picture does not see the white stage by its shape")
	}
}

// BenchmarkTouchingColor300 asks "touching color?" for 300 balls spread over
// the stage, over a backdrop, a pen drawing and each other: one frame of a
// clone game that tests colours.
func BenchmarkTouchingColor300(b *testing.B) {
	sc := newColourScene()
	ball := costume(pictures{}, "ball", paint(40, 40, func(x, y int) color.NRGBA {
		if (x-20)*(x-20)+(y-20)*(y-20) < 400 {
			return green
		}
		return color.NRGBA{}
	}), 2)
	sc.c.pics.(pictures)["ball"] = sc.c.pics.(pictures)["blue"] // any picture will do
	sc.c.Apply([]stage.PenOp{line(-200, -100, 200, 100, 5, black)})
	rng := rand.New(rand.NewPCG(5, 6))
	var balls []*stage.Sprite
	for range stage.MaxClones {
		s := stage.NewSprite("ball", ball)
		s.X, s.Y = float64(rng.IntN(440)-220), float64(rng.IntN(320)-160)
		sc.w.Add(s)
		balls = append(balls, s)
	}
	b.ReportAllocs()
	asks := 0
	for b.Loop() {
		for _, s := range balls {
			sc.c.TouchingColor(sc.w, s, black)
			asks++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(asks), "ns/ask")
}
