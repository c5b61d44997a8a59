package stage

import (
	"math"
	"testing"
)

func TestNewSpriteDefaults(t *testing.T) {
	s := NewSprite("Cat", box(10, 10))
	if s.X != 0 || s.Y != 0 || s.Direction != 90 || s.Size != 100 || !s.Visible || s.Draggable ||
		s.RotationStyle != AllAround || s.Costume != 0 || s.Pen != DefaultPen() || s.IsClone {
		t.Errorf("NewSprite = %+v", s)
	}
}

func TestMove(t *testing.T) {
	tests := []struct {
		dir, steps float64
		x, y       float64 // as the position blocks report them
	}{
		{90, 10, 10, 0},
		{-90, 10, -10, 0},
		{0, 10, 0, 10},
		{180, 10, 0, -10},
		{90, -10, -10, 0},
		{0, 0, 0, 0},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(10, 10))
		s.Direction = tt.dir
		w.Move(s, tt.steps)
		if x, y := Position(s.X), Position(s.Y); x != tt.x || y != tt.y {
			t.Errorf("move %v from direction %v: at %v,%v, want %v,%v", tt.steps, tt.dir, x, y, tt.x, tt.y)
		}
	}
}

func TestSetDirection(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{90, 90},
		{270, -90},
		{-180, 180},
		{180, 180},
		{-179, -179},
		{181, -179},
		{540, 180},
		{360, 0},
		{-360, 0},
		{720.5, 0.5},
		{-179.5, 180.5}, // wrapClamp(d, -179, 180) keeps [-179, 181)
		{1e9, 1e9 - math.Floor((1e9+179)/360)*360},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(10, 10))
		w.SetDirection(s, tt.in)
		if s.Direction != tt.want {
			t.Errorf("SetDirection(%v) = %v, want %v", tt.in, s.Direction, tt.want)
		}
	}
	for _, bad := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		w, s := addSprite(t, box(10, 10))
		s.Direction = 45
		w.SetDirection(s, bad)
		if s.Direction != 45 {
			t.Errorf("SetDirection(%v) changed direction to %v", bad, s.Direction)
		}
	}
}

func TestSetXYFencing(t *testing.T) {
	topLeft := Costume{Width: 100, Height: 100} // rotation centre at the top-left corner
	tests := []struct {
		name         string
		c            Costume
		dir          float64
		style        RotationStyle
		fromX        float64
		x, y         float64
		wantX, wantY float64
	}{
		{"inside", box(100, 100), 90, AllAround, 0, 100.4, -20.25, 100.4, -20.25},
		{"right", box(100, 100), 90, AllAround, 0, 1000, 0, 240 + 50 - 15, 0},
		{"left", box(100, 100), 90, AllAround, 0, -1000, 0, -275, 0},
		{"top", box(100, 100), 90, AllAround, 0, 0, 1000, 0, 180 + 50 - 15},
		{"bottom", box(100, 100), 90, AllAround, 0, 0, -1000, 0, -215},
		{"corner", box(100, 100), 90, AllAround, 0, 1e6, -1e6, 275, -215},
		{"infinity", box(100, 100), 90, AllAround, 0, math.Inf(1), math.Inf(-1), 275, -215},
		// Just far enough that the fence holds it at a whole number.
		{"just past", box(100, 100), 90, AllAround, 0, 275.5, 0, 275, 0},
		{"just inside", box(100, 100), 90, AllAround, 0, 274.5, 0, 274.5, 0},
		// A small costume keeps half its shorter side: floor(min(20, 10)/2) = 5.
		{"small", box(20, 10), 90, AllAround, 0, 1000, 1000, 240 + 10 - 5, 180 + 5 - 5},
		// The fence works from the drawn (rounded) position.
		{"from fraction", box(100, 100), 90, AllAround, 10.6, 1000, 0, 275, 0},
		{"off-centre right", topLeft, 90, AllAround, 0, 1000, 0, 225, 0},
		{"off-centre left", topLeft, 90, AllAround, 0, -1000, 0, -325, 0},
		{"off-centre down", topLeft, 90, AllAround, 0, 0, -1000, 0, -165},
		// Left-right mirrors the costume about its centre when facing left.
		{"mirrored right", topLeft, -90, LeftRight, 0, 1000, 0, 325, 0},
		// Turned 45°, the 100×100 box is 141.42 wide: floor(225+70.71) = 295.
		{"turned", box(100, 100), 45, AllAround, 0, 1000, 0, 295, 0},
		{"turned not drawn", box(100, 100), 45, DontRotate, 0, 1000, 0, 275, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, s := addSprite(t, tt.c)
			s.Direction, s.RotationStyle = tt.dir, tt.style
			place(s, tt.fromX, 0)
			w.SetXY(s, tt.x, tt.y)
			if s.X != tt.wantX || s.Y != tt.wantY {
				t.Errorf("SetXY(%v, %v) = %v, %v; want %v, %v", tt.x, tt.y, s.X, s.Y, tt.wantX, tt.wantY)
			}
		})
	}
}

func TestSetXYNaNAndDragging(t *testing.T) {
	w, s := addSprite(t, box(10, 10))
	w.SetXY(s, math.NaN(), 5)
	if s.X != 0 || s.Y != 0 {
		t.Errorf("NaN moved the sprite to %v,%v", s.X, s.Y)
	}

	s.Dragging = true
	w.SetXY(s, 30, 40)
	if s.X != 0 || s.Y != 0 {
		t.Errorf("SetXY moved a dragged sprite to %v,%v", s.X, s.Y)
	}
	w.DragTo(s, 1000, 40)
	if s.X != 240+5-5 || s.Y != 40 {
		t.Errorf("DragTo = %v,%v; want fenced 240,40", s.X, s.Y)
	}
}

func TestPosition(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{0, 0},
		{1e-10, 0},
		{-1e-10, 0},
		{5.0000000001, 5},
		{4.9999999999, 5},
		{5.00000001, 5.00000001},
		{-3.0000000000001, -3},
		{0.5, 0.5},
		{-0.5, -0.5},
		{123.456, 123.456},
	}
	for _, tt := range tests {
		if got := Position(tt.in); got != tt.want {
			t.Errorf("Position(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestBounceOffEdge(t *testing.T) {
	tests := []struct {
		name    string
		x, y    float64
		dir     float64
		style   RotationStyle
		wantDir float64
		wantX   float64
		wantY   float64
	}{
		{"not touching", 0, 0, 90, AllAround, 90, 0, 0},
		{"exactly at edge", 190, 0, 90, AllAround, -90, 190, 0},
		{"right", 200, 0, 90, AllAround, -90, 190, 0},
		{"left", -200, 0, -90, AllAround, 90, -190, 0},
		{"top", 0, 150, 0, AllAround, 180, 0, 130},
		{"bottom", 0, -150, 180, AllAround, 0, 0, -130},
		{"right, not rotating", 200, 0, 45, DontRotate, -45, 190, 0},
		// Top is tested before right, so a corner bounces off the top.
		{"corner", 200, 150, 45, DontRotate, 135, 190, 130},
		// Heading away already: the direction is kept.
		{"heading away", 200, 0, -90, AllAround, -90, 190, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, s := addSprite(t, box(100, 100))
			place(s, tt.x, tt.y)
			s.Direction, s.RotationStyle = tt.dir, tt.style
			w.BounceOffEdge(s)
			if s.Direction != tt.wantDir || s.X != tt.wantX || s.Y != tt.wantY {
				t.Errorf("bounce: direction %v at %v,%v; want %v at %v,%v",
					s.Direction, s.X, s.Y, tt.wantDir, tt.wantX, tt.wantY)
			}
		})
	}
}

func TestBounceOffEdgeKeepsAwayFromEdge(t *testing.T) {
	// Going straight up against the right edge, the sideways component is
	// raised to 0.2: atan2(-1, -0.2) in degrees, plus 90.
	w, s := addSprite(t, box(100, 100))
	place(s, 200, 0)
	s.Direction = 0
	w.BounceOffEdge(s)
	want := math.Atan2(-1, -0.2)*180/math.Pi + 90 // -11.3099...
	if !near(s.Direction, want) {
		t.Errorf("direction = %v, want %v", s.Direction, want)
	}
}

func TestMoveWithPenDrawsFencedLine(t *testing.T) {
	w, s := addSprite(t, box(100, 100))
	s.Pen.Down = true
	w.Move(s, 1000)
	ops := w.TakePenOps()
	if len(ops) != 1 {
		t.Fatalf("got %d pen ops, want 1", len(ops))
	}
	if op := ops[0]; op.Kind != PenLine || op.X1 != 0 || op.Y1 != 0 || op.X2 != 275 || op.Y2 != 0 {
		t.Errorf("line = %+v, want 0,0 to 275,0", op)
	}
}

func TestRedrawOnMotion(t *testing.T) {
	tests := []struct {
		name    string
		visible bool
		do      func(*World, *Sprite)
		want    bool
	}{
		{"move visible", true, func(w *World, s *Sprite) { w.Move(s, 1) }, true},
		{"move hidden", false, func(w *World, s *Sprite) { w.Move(s, 1) }, false},
		{"same place", true, func(w *World, s *Sprite) { w.SetXY(s, 0, 0) }, true},
		{"turn visible", true, func(w *World, s *Sprite) { w.SetDirection(s, 10) }, true},
		{"turn hidden", false, func(w *World, s *Sprite) { w.SetDirection(s, 10) }, false},
		{"rotation style", true, func(w *World, s *Sprite) { w.SetRotationStyle(s, LeftRight) }, true},
		{"draggable", true, func(w *World, s *Sprite) { w.SetDraggable(s, true) }, false},
		{"hidden pen line", false, func(w *World, s *Sprite) { s.Pen.Down = true; w.Move(s, 1) }, true},
	}
	for _, tt := range tests {
		w, s := addSprite(t, box(10, 10))
		s.Visible = tt.visible
		w.Redraw = false
		tt.do(w, s)
		if w.Redraw != tt.want {
			t.Errorf("%s: Redraw = %v, want %v", tt.name, w.Redraw, tt.want)
		}
	}
}
