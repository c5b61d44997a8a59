package stage

import (
	"image/color"
	"testing"
)

func TestPenRGBA(t *testing.T) {
	tests := []struct {
		name string
		pen  PenState
		want color.NRGBA
	}{
		{"default blue", DefaultPen(), color.NRGBA{0, 0, 255, 255}},
		{"red", PenState{Color: 0, Saturation: 100, Brightness: 100}, color.NRGBA{255, 0, 0, 255}},
		{"cyan", PenState{Color: 50, Saturation: 100, Brightness: 100}, color.NRGBA{0, 255, 255, 255}},
		{"color 100 is red again", PenState{Color: 100, Saturation: 100, Brightness: 100}, color.NRGBA{255, 0, 0, 255}},
		{"white", PenState{Color: 30, Saturation: 0, Brightness: 100}, color.NRGBA{255, 255, 255, 255}},
		{"black", PenState{Color: 30, Saturation: 100, Brightness: 0}, color.NRGBA{0, 0, 0, 255}},
		// Channels are floored: v·255 = 127.5 gives 127.
		{"half grey", PenState{Saturation: 0, Brightness: 50}, color.NRGBA{127, 127, 127, 255}},
		// Alpha is 1 - transparency/100 = 0.5, which is 127.5/255; it rounds to 128.
		{"half transparent", PenState{Color: 0, Saturation: 100, Brightness: 100, Transparency: 50}, color.NRGBA{255, 0, 0, 128}},
		{"invisible", PenState{Saturation: 100, Brightness: 100, Transparency: 100}, color.NRGBA{255, 0, 0, 0}},
	}
	for _, tt := range tests {
		if got := tt.pen.RGBA(); got != tt.want {
			t.Errorf("%s: RGBA = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSetPenColor(t *testing.T) {
	tests := []struct {
		in                              color.NRGBA
		hue, saturation, bright, transp float64
	}{
		{color.NRGBA{255, 0, 0, 255}, 0, 100, 100, 0},
		{color.NRGBA{0, 255, 0, 255}, 33.33333333333333, 100, 100, 0},    // (120/360)·100
		{color.NRGBA{0, 0, 255, 255}, 66.66666666666666, 100, 100, 0},    // (240/360)·100
		{color.NRGBA{255, 255, 0, 255}, 16.666666666666664, 100, 100, 0}, // (60/360)·100
		{color.NRGBA{255, 0, 255, 255}, 83.33333333333334, 100, 100, 0},  // (300/360)·100
		{color.NRGBA{0, 0, 0, 255}, 0, 0, 0, 0},
		{color.NRGBA{255, 255, 255, 255}, 0, 0, 100, 0},
		// Grey: hue 0, saturation 0, brightness (128/255)·100;
		// transparency 100·(1 - 128/255).
		{color.NRGBA{128, 128, 128, 128}, 0, 0, 50.19607843137255, 49.80392156862745},
		{color.NRGBA{255, 0, 0, 0}, 0, 100, 100, 100},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(10, 10))
		w.SetPenColor(s, tt.in)
		p := s.Pen
		if p.Color != tt.hue || p.Saturation != tt.saturation || p.Brightness != tt.bright || p.Transparency != tt.transp {
			t.Errorf("SetPenColor(%v) = color %v saturation %v brightness %v transparency %v; want %v %v %v %v",
				tt.in, p.Color, p.Saturation, p.Brightness, p.Transparency,
				tt.hue, tt.saturation, tt.bright, tt.transp)
		}
	}

	// Round trip of the grey: brightness·255/100 floors back to 128.
	w, s := addSprite(t, box(10, 10))
	w.SetPenColor(s, color.NRGBA{128, 128, 128, 128})
	if got := s.Pen.RGBA(); got != (color.NRGBA{128, 128, 128, 128}) {
		t.Errorf("grey round trip = %v", got)
	}
}

func TestPenParams(t *testing.T) {
	tests := []struct {
		param  string
		start  float64
		change bool
		v      float64
		want   float64
	}{
		// Color wraps as wrapClamp(v, 0, 100): a range of 101 values.
		{"color", 0, false, 50, 50},
		{"color", 0, false, 100, 100},
		{"color", 0, false, 101, 0},
		{"color", 0, false, 150, 49},
		{"color", 0, false, 202, 0},
		{"color", 0, false, -1, 100},
		{"color", 0, false, -10.5, 90.5},
		{"color", 95, true, 10, 4},
		{"color", 5, true, -10, 96},
		{"saturation", 0, false, 150, 100},
		{"saturation", 0, false, -5, 0},
		{"saturation", 95, true, 10, 100},
		{"brightness", 50, true, -60, 0},
		{"brightness", 0, false, 42.5, 42.5},
		{"transparency", 0, false, 100.1, 100},
		{"transparency", 20, true, 30, 50},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(10, 10))
		field := map[string]*float64{
			"color": &s.Pen.Color, "saturation": &s.Pen.Saturation,
			"brightness": &s.Pen.Brightness, "transparency": &s.Pen.Transparency,
		}[tt.param]
		*field = tt.start
		var ok bool
		if tt.change {
			ok = w.ChangePenParam(s, tt.param, tt.v)
		} else {
			ok = w.SetPenParam(s, tt.param, tt.v)
		}
		if !ok || *field != tt.want {
			t.Errorf("%s from %v, change=%v %v: got %v (ok %v), want %v", tt.param, tt.start, tt.change, tt.v, *field, ok, tt.want)
		}
	}

	w, s := addSprite(t, box(10, 10))
	before := s.Pen
	for _, bad := range []string{"hue", "Color", ""} {
		if w.SetPenParam(s, bad, 5) || w.ChangePenParam(s, bad, 5) {
			t.Errorf("pen param %q accepted", bad)
		}
	}
	if s.Pen != before {
		t.Error("an unknown pen param changed the pen")
	}
}

func TestPenSize(t *testing.T) {
	tests := []struct {
		start  float64
		change bool
		v      float64
		want   float64
	}{
		{1, false, 5, 5},
		{1, false, 0, 1},
		{1, false, -3, 1},
		{1, false, 2000, 1200},
		{3, true, -5, 1},
		{1199, true, 5, 1200},
		{1, true, 0.5, 1.5},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(10, 10))
		s.Pen.Size = tt.start
		if tt.change {
			w.ChangePenSize(s, tt.v)
		} else {
			w.SetPenSize(s, tt.v)
		}
		if s.Pen.Size != tt.want {
			t.Errorf("size %v, change=%v %v: got %v, want %v", tt.start, tt.change, tt.v, s.Pen.Size, tt.want)
		}
	}
}

func TestPenOps(t *testing.T) {
	w, s := addSprite(t, box(100, 100))
	w.SetPenSize(s, 4)

	w.Move(s, 10) // pen up: nothing
	if ops := w.TakePenOps(); ops != nil {
		t.Fatalf("pen up drew %v", ops)
	}

	w.Redraw = false
	w.PenDown(s)
	w.Move(s, 10)
	w.SetXY(s, 20, 0) // no movement still draws
	w.PenDown(s)      // down again: another dot
	w.PenUp(s)
	w.Move(s, 10)
	s.Dragging = true
	w.PenDown(s)
	w.DragTo(s, 50, 50) // drags draw nothing

	blue := color.NRGBA{0, 0, 255, 255}
	want := []PenOp{
		{Kind: PenDot, X1: 10, Y1: 0, X2: 10, Y2: 0, Color: blue, Size: 4},
		{Kind: PenLine, X1: 10, Y1: 0, X2: 20, Y2: 0, Color: blue, Size: 4},
		{Kind: PenLine, X1: 20, Y1: 0, X2: 20, Y2: 0, Color: blue, Size: 4},
		{Kind: PenDot, X1: 20, Y1: 0, X2: 20, Y2: 0, Color: blue, Size: 4},
		{Kind: PenDot, X1: 30, Y1: 0, X2: 30, Y2: 0, Color: blue, Size: 4},
	}
	got := w.TakePenOps()
	if len(got) != len(want) {
		t.Fatalf("got %d ops %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("op %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if !w.Redraw {
		t.Error("pen drawing did not ask for a redraw")
	}
	if w.TakePenOps() != nil {
		t.Error("TakePenOps did not empty the queue")
	}
}

func TestStamp(t *testing.T) {
	w, s := addSprite(t, box(100, 100))
	place(s, 12, 34)
	s.Direction, s.Size, s.RotationStyle = 30, 80, LeftRight
	s.Effects[EffectGhost] = 25
	s.Visible = false // hidden sprites stamp too

	w.Stamp(s)
	ops := w.TakePenOps()
	if len(ops) != 1 || ops[0].Kind != PenStamp || ops[0].Stamp == nil {
		t.Fatalf("Stamp queued %+v", ops)
	}
	want := StampInfo{
		SpriteID: s.ID, SpriteName: "S", Costume: box(100, 100), CostumeIndex: 0,
		X: 12, Y: 34, Direction: 30, Size: 80, RotationStyle: LeftRight, Effects: s.Effects,
	}
	if *ops[0].Stamp != want {
		t.Errorf("stamp = %+v, want %+v", *ops[0].Stamp, want)
	}

	// The snapshot does not follow later changes.
	w.SetEffect(s, EffectGhost, 0)
	if ops[0].Stamp.Effects[EffectGhost] != 25 {
		t.Error("stamp snapshot changed with the sprite")
	}

	place(s, 1000, 0) // wholly off stage: nothing to stamp
	w.Stamp(s)
	if ops := w.TakePenOps(); ops != nil {
		t.Errorf("off-stage stamp queued %v", ops)
	}
}

func TestClearPen(t *testing.T) {
	w, s := addSprite(t, box(10, 10))
	w.PenDown(s)
	w.Stamp(s)
	w.Redraw = false
	w.ClearPen()
	w.PenDown(s)
	ops := w.TakePenOps()
	if len(ops) != 2 || ops[0].Kind != PenClear || ops[1].Kind != PenDot {
		t.Errorf("after ClearPen: %+v, want clear then dot", ops)
	}
	if !w.Redraw {
		t.Error("ClearPen did not ask for a redraw")
	}
	if w.PenOpsDropped() != 0 {
		t.Errorf("ClearPen counted %d drops", w.PenOpsDropped())
	}
}

func TestPenOpLimit(t *testing.T) {
	w, s := addSprite(t, box(10, 10))
	w.PenOpLimit = 3
	for i := range 10 {
		place(s, float64(i), 0)
		w.PenDown(s)
	}
	ops := w.TakePenOps()
	if len(ops) != 3 || ops[0].X1 != 7 || ops[1].X1 != 8 || ops[2].X1 != 9 {
		t.Errorf("kept %+v, want the dots at 7, 8, 9", ops)
	}
	if w.PenOpsDropped() != 7 {
		t.Errorf("PenOpsDropped = %d, want 7", w.PenOpsDropped())
	}

	// Long runs stay bounded and in order.
	w.PenOpLimit = 100
	for i := range 100_000 {
		place(s, float64(i), 0)
		w.PenDown(s)
	}
	ops = w.TakePenOps()
	if len(ops) != 100 || ops[0].X1 != 99_900 || ops[99].X1 != 99_999 {
		t.Errorf("kept %d ops from %v to %v", len(ops), ops[0].X1, ops[len(ops)-1].X1)
	}
	if cap(ops) > 1000 {
		t.Errorf("queue grew to capacity %d", cap(ops))
	}
}
