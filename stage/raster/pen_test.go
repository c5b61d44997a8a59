package raster

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"testing"

	"tsumiki/stage"
)

var penLayerPNG = flag.String("penlayer", "", "write the pen layer of TestPenLayerPicture to this PNG file")

func line(x1, y1, x2, y2, size float64, c color.NRGBA) stage.PenOp {
	return stage.PenOp{Kind: stage.PenLine, X1: x1, Y1: y1, X2: x2, Y2: y2, Size: size, Color: c}
}

func TestLine(t *testing.T) {
	c := NewCanvas(nil)
	if c.Version() != 0 || !c.TakeDirty().Empty() || c.Drawn() != 0 {
		t.Fatal("a new canvas is not empty")
	}
	c.Apply([]stage.PenOp{line(-100, 0, 100, 0, 10, red)})

	// Stage 0,0 is canvas 480,360; 10 stage pixels across are rows 350..369.
	tests := []struct {
		x, y int
		want color.NRGBA
	}{
		{480, 360, red},
		{480, 350, red},
		{480, 369, red},
		{480, 349, color.NRGBA{}},
		{480, 370, color.NRGBA{}},
		{680, 360, red}, // the right end, x = 100
		{272, 360, red}, // inside the round left end: 8 pixels from its centre at 280
		{269, 360, color.NRGBA{}},
		{272, 351, color.NRGBA{}}, // the end is round: this corner is 12 pixels from the centre
	}
	for _, tt := range tests {
		if got := at(c, tt.x, tt.y); got != tt.want {
			t.Errorf("pixel %d,%d = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
	// The edge of the round end is anti-aliased.
	if a := at(c, 270, 356).A; a == 0 || a == 255 {
		t.Errorf("edge pixel alpha = %d, want part", a)
	}

	if c.Drawn() != 1 || c.Version() == 0 {
		t.Errorf("Drawn %d, Version %d", c.Drawn(), c.Version())
	}
	d := c.TakeDirty()
	if !image.Rect(270, 350, 690, 370).In(d) || !d.In(image.Rect(0, 0, Width, Height)) || d.Dx() > 430 || d.Dy() > 30 {
		t.Errorf("dirty %v does not fit the line", d)
	}
	if d := c.TakeDirty(); !d.Empty() {
		t.Errorf("dirty again: %v", d)
	}

	// Nothing visible, nothing off the canvas, nothing odd changes pixels,
	// though each is drawn.
	v := c.Version()
	c.Apply([]stage.PenOp{
		line(0, 0, 10, 0, 10, color.NRGBA{255, 0, 0, 0}),
		line(1000, 1000, 1100, 1000, 10, red),
		line(math.NaN(), 0, 1, 1, 10, red),
		line(0, 0, 1, 1, 0, red),
	})
	if c.Version() != v || !c.TakeDirty().Empty() || c.Drawn() != 5 {
		t.Errorf("invisible lines changed the canvas: version %d → %d, drawn %d", v, c.Version(), c.Drawn())
	}
}

func TestThinLinesCoverWholePixels(t *testing.T) {
	// Like scratch-render, lines 1 and 3 across move half a pixel right and
	// up, so a 1-pixel line at y = 0 covers the stage row from 0 to 1:
	// canvas rows 358 and 359, fully.
	c := NewCanvas(nil)
	c.Apply([]stage.PenOp{line(-50, 0, 50, 0, 1, blue), line(-50, -50, 50, -50, 2, blue)})
	for _, y := range []int{358, 359} {
		if got := at(c, 480, y); got != blue {
			t.Errorf("row %d = %v, want blue", y, got)
		}
	}
	for _, y := range []int{357, 360} {
		if got := at(c, 480, y); got.A != 0 {
			t.Errorf("row %d = %v, want nothing", y, got)
		}
	}
	// A 2-pixel line stays centred: y = -50 is canvas row 460.
	for y, want := range map[int]uint8{457: 0, 458: 255, 461: 255, 462: 0} {
		if got := at(c, 480, y).A; got != want {
			t.Errorf("2-pixel line, row %d alpha %d, want %d", y, got, want)
		}
	}
}

func TestDotAndClear(t *testing.T) {
	c := NewCanvas(nil)
	c.Apply([]stage.PenOp{{Kind: stage.PenDot, X1: 20, Y1: 10, Size: 20, Color: green}})
	// A dot of 20 stage pixels is a disc of radius 20 canvas pixels around
	// canvas 520,340.
	if at(c, 520, 340) != green || at(c, 533, 353) != green || at(c, 535, 355).A != 0 {
		t.Errorf("dot: %v %v %v", at(c, 520, 340), at(c, 533, 353), at(c, 535, 355))
	}
	c.TakeDirty()
	c.Apply([]stage.PenOp{{Kind: stage.PenClear}})
	if at(c, 520, 340).A != 0 {
		t.Error("clear left the dot")
	}
	if d := c.TakeDirty(); d != image.Rect(0, 0, Width, Height) {
		t.Errorf("dirty after clear = %v", d)
	}
	if c.Drawn() != 2 {
		t.Errorf("Drawn = %d, want 2", c.Drawn())
	}
}

func TestTranslucentPen(t *testing.T) {
	c := NewCanvas(nil)
	half := color.NRGBA{255, 0, 0, 128}
	c.Apply([]stage.PenOp{line(-10, 0, 10, 0, 10, half)})
	if got := at(c, 480, 360); got != half {
		t.Errorf("one half-transparent line = %v, want %v", got, half)
	}
	c.Apply([]stage.PenOp{line(-10, 0, 10, 0, 10, color.NRGBA{0, 0, 255, 128})})
	// Blue at half over red at half: alpha 1-(1/2)², colour 2/3 blue.
	got := at(c, 480, 360)
	if got.A < 190 || got.A > 193 || got.B < 168 || got.B > 172 || got.R < 83 || got.R > 87 {
		t.Errorf("blue over red = %v, want about {85 0 170 191}", got)
	}
}

func stampOp(c stage.Costume, x, y, dir, size float64, style stage.RotationStyle, fx map[stage.Effect]float64) stage.PenOp {
	st := &stage.StampInfo{Costume: c, X: x, Y: y, Direction: dir, Size: size, RotationStyle: style}
	for e, v := range fx {
		st.Effects[e] = v
	}
	return stage.PenOp{Kind: stage.PenStamp, Stamp: st}
}

func TestStamp(t *testing.T) {
	pics := pictures{}
	// 20×10 stage pixels at 2x: red on the left, blue on the right.
	flag := costume(pics, "flag", paint(40, 20, func(x, y int) color.NRGBA {
		if x < 20 {
			return red
		}
		return blue
	}), 2)
	tests := []struct {
		name        string
		op          stage.PenOp
		left, right color.NRGBA // canvas 466,360 and 494,360: 7 stage pixels left and right of 0,0
	}{
		{"plain", stampOp(flag, 0, 0, 90, 100, stage.AllAround, nil), red, blue},
		{"turned around", stampOp(flag, 0, 0, -90, 100, stage.AllAround, nil), blue, red},
		{"mirrored", stampOp(flag, 0, 0, -90, 100, stage.LeftRight, nil), blue, red},
		{"not rotating", stampOp(flag, 0, 0, -90, 100, stage.DontRotate, nil), red, blue},
		{"half size", stampOp(flag, 0, 0, 90, 50, stage.AllAround, nil), color.NRGBA{}, color.NRGBA{}},
		{"moved", stampOp(flag, 0.4, -0.4, 90, 100, stage.AllAround, nil), red, blue},
		{"ghost", stampOp(flag, 0, 0, 90, 100, stage.AllAround, map[stage.Effect]float64{stage.EffectGhost: 50}),
			color.NRGBA{255, 0, 0, 128}, color.NRGBA{0, 0, 255, 128}},
		{"bright", stampOp(flag, 0, 0, 90, 100, stage.AllAround, map[stage.Effect]float64{stage.EffectBrightness: 100}), white, white},
		{"dark", stampOp(flag, 0, 0, 90, 100, stage.AllAround, map[stage.Effect]float64{stage.EffectBrightness: -100}), black, black},
		// Color 200 turns the hue all the way round: no change, but for
		// scratch-render's rounding (its CPU colour code divides by
		// r+Number.EPSILON, so full saturation comes back as 1-2⁻⁵², and
		// 255·2⁻⁵² + 0.5 rounds up to 1).
		{"colour all round", stampOp(flag, 0, 0, 90, 100, stage.AllAround, map[stage.Effect]float64{stage.EffectColor: 200}),
			color.NRGBA{255, 1, 1, 255}, color.NRGBA{1, 1, 255, 255}},
		// Color 100 turns it by 180°: red to cyan, blue to yellow.
		{"colour half round", stampOp(flag, 0, 0, 90, 100, stage.AllAround, map[stage.Effect]float64{stage.EffectColor: 100}),
			color.NRGBA{1, 255, 255, 255}, color.NRGBA{255, 255, 1, 255}},
		{"no picture", stampOp(stage.Costume{Width: 20, Height: 10, CenterX: 10, CenterY: 5, Asset: "gone"}, 0, 0, 90, 100, stage.AllAround, nil),
			color.NRGBA{}, color.NRGBA{}},
	}
	for _, tt := range tests {
		c := NewCanvas(pics)
		c.Apply([]stage.PenOp{tt.op})
		if got := at(c, 466, 360); got != tt.left {
			t.Errorf("%s: left = %v, want %v", tt.name, got, tt.left)
		}
		if got := at(c, 494, 360); got != tt.right {
			t.Errorf("%s: right = %v, want %v", tt.name, got, tt.right)
		}
		if c.Drawn() != 1 {
			t.Errorf("%s: Drawn = %d", tt.name, c.Drawn())
		}
	}

	// The stamp covers exactly its costume: canvas 460..499 by 350..369.
	c := NewCanvas(pics)
	c.Apply([]stage.PenOp{stampOp(flag, 0, 0, 90, 100, stage.AllAround, nil)})
	for _, p := range []image.Point{{460, 350}, {499, 369}} {
		if at(c, p.X, p.Y).A != 255 {
			t.Errorf("corner %v is %v", p, at(c, p.X, p.Y))
		}
	}
	for _, p := range []image.Point{{459, 360}, {500, 360}, {480, 349}, {480, 370}} {
		if at(c, p.X, p.Y).A != 0 {
			t.Errorf("outside %v is %v", p, at(c, p.X, p.Y))
		}
	}
	if d := c.TakeDirty(); !image.Rect(460, 350, 500, 370).In(d) {
		t.Errorf("dirty %v misses the stamp", d)
	}
}

func TestClampU8(t *testing.T) {
	tests := []struct {
		in   float64
		want uint8
	}{{-1, 0}, {math.NaN(), 0}, {0.5, 0}, {1.5, 2}, {2.5, 2}, {2.6, 3}, {254.5, 254}, {255.4, 255}, {1e9, 255}}
	for _, tt := range tests {
		if got := clampU8(tt.in); got != tt.want {
			t.Errorf("clampU8(%v) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestPenLayerPicture draws a colourful polygon and some stamps, and checks
// that drawing it again gives the same pixels. With -penlayer FILE it
// writes the pen layer as a PNG file, to look at.
func TestPenLayerPicture(t *testing.T) {
	draw := func() *Canvas {
		pics := pictures{}
		star := costume(pics, "star", paint(60, 60, func(x, y int) color.NRGBA {
			dx, dy := float64(x)-29.5, float64(y)-29.5
			r, a := math.Hypot(dx, dy), math.Atan2(dy, dx)
			if r < 14+12*math.Cos(5*a) {
				return color.NRGBA{255, uint8(4 * x), uint8(4 * y), 255}
			}
			return color.NRGBA{}
		}), 2)
		var ops []stage.PenOp
		// A heptagon of lines, each side a new hue and a thicker pen.
		p := stage.DefaultPen()
		for i := range 7 {
			a1, a2 := float64(i)*2*math.Pi/7, float64(i+1)*2*math.Pi/7
			p.Color, p.Size = float64(i)*14, float64(2+3*i)
			ops = append(ops, line(120*math.Cos(a1)-60, 120*math.Sin(a1), 120*math.Cos(a2)-60, 120*math.Sin(a2), p.Size, p.RGBA()))
		}
		ops = append(ops, stage.PenOp{Kind: stage.PenDot, X1: -60, Y1: 0, Size: 30, Color: color.NRGBA{255, 200, 0, 200}})
		for i := range 4 {
			ops = append(ops, stampOp(star, 150, 120-float64(i)*80, 90+float64(i)*20, 100+float64(i)*25, stage.AllAround,
				map[stage.Effect]float64{stage.EffectGhost: float64(i) * 25, stage.EffectColor: float64(i) * 30}))
		}
		c := NewCanvas(pics)
		c.Apply(ops)
		return c
	}
	a, b := draw(), draw()
	if string(a.PenLayer().Pix) != string(b.PenLayer().Pix) {
		t.Fatal("drawing the same operations twice gave different pixels")
	}
	if *penLayerPNG == "" {
		return
	}
	f, err := os.Create(*penLayerPNG)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, a.PenLayer()); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkPen draws pen operations of typical sizes; ns/op is one operation.
func BenchmarkPen(b *testing.B) {
	pics := pictures{}
	star := costume(pics, "star", plain(60, 60, yellow), 2)
	cases := []struct {
		name string
		op   stage.PenOp
	}{
		{"line 50 long size 4", line(-25, 10, 25, 20, 4, red)},
		{"line 200 long size 20", line(-100, 10, 100, 20, 20, color.NRGBA{0, 0, 255, 200})},
		{"line across size 1200", line(-240, 0, 240, 0, 1200, green)},
		{"dot size 10", stage.PenOp{Kind: stage.PenDot, X1: 3, Y1: 4, Size: 10, Color: red}},
		{"stamp 30x30 turned", stampOp(star, 10, 10, 30, 100, stage.AllAround, nil)},
		{"stamp 30x30 ghost", stampOp(star, 10, 10, 90, 100, stage.AllAround, map[stage.Effect]float64{stage.EffectGhost: 50})},
		{"clear", stage.PenOp{Kind: stage.PenClear}},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			c := NewCanvas(pics)
			ops := []stage.PenOp{bc.op}
			b.ReportAllocs()
			for b.Loop() {
				c.Apply(ops)
			}
		})
	}
}

func TestHiddenOperationsSkipped(t *testing.T) {
	// A red line, then a huge opaque blue line over everything, then a green dot: the result
	// is the same as drawing all three, and all three count.
	ops := []stage.PenOp{
		line(-100, 0, 100, 0, 10, red),
		line(-10, 0, 10, 0, 1200, blue),
		{Kind: stage.PenDot, X1: 0, Y1: 0, Size: 20, Color: green},
	}
	c := NewCanvas(nil)
	c.Apply(ops)
	one := NewCanvas(nil)
	for _, op := range ops {
		one.Apply([]stage.PenOp{op})
	}
	if string(c.PenLayer().Pix) != string(one.PenLayer().Pix) || c.Drawn() != 3 {
		t.Errorf("skipping hidden operations changed the pixels, or drawn = %d", c.Drawn())
	}
	if at(c, 0, 0) != blue || at(c, 959, 719) != blue || at(c, 480, 360) != green {
		t.Errorf("corners %v %v, middle %v", at(c, 0, 0), at(c, 959, 719), at(c, 480, 360))
	}
	for _, tt := range []struct {
		op   stage.PenOp
		want bool
	}{
		{stage.PenOp{Kind: stage.PenClear}, true},
		{line(-10, 0, 10, 0, 1200, blue), true},
		{line(-10, 0, 10, 0, 1200, color.NRGBA{0, 0, 255, 254}), false},
		{line(-10, 0, 10, 0, 580, blue), false}, // the corners are 292 from the ends
		{stage.PenOp{Kind: stage.PenDot, X1: 0, Y1: 0, Size: 610, Color: blue}, true},
		{stage.PenOp{Kind: stage.PenDot, X1: 200, Y1: 0, Size: 610, Color: blue}, false},
		{stampOp(stage.Costume{}, 0, 0, 90, 100, stage.AllAround, nil), false},
	} {
		if got := hidesAll(&tt.op); got != tt.want {
			t.Errorf("hidesAll(%+v) = %v, want %v", tt.op, got, tt.want)
		}
	}
}
