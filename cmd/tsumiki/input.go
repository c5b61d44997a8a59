package main

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
)

// keyName returns the name Scratch's key menus give an ebiten key, and false for a key the
// projects cannot ask about.
func keyName(k ebiten.Key) (string, bool) {
	switch {
	case k >= ebiten.KeyA && k <= ebiten.KeyZ:
		return string(rune('a' + k - ebiten.KeyA)), true
	case k >= ebiten.KeyDigit0 && k <= ebiten.KeyDigit9:
		return string(rune('0' + k - ebiten.KeyDigit0)), true
	case k >= ebiten.KeyNumpad0 && k <= ebiten.KeyNumpad9:
		return string(rune('0' + k - ebiten.KeyNumpad0)), true
	}
	switch k {
	case ebiten.KeySpace:
		return "space", true
	case ebiten.KeyArrowUp:
		return "up arrow", true
	case ebiten.KeyArrowDown:
		return "down arrow", true
	case ebiten.KeyArrowLeft:
		return "left arrow", true
	case ebiten.KeyArrowRight:
		return "right arrow", true
	case ebiten.KeyEnter, ebiten.KeyNumpadEnter:
		return "enter", true
	}
	return "", false
}

// clock steps the runtime at its own tick rate while frames come at the app's: it keeps the
// remainder in whole units, so the same frames always give the same steps. At 30 ticks a
// second and 60 frames it steps every other frame, starting with the second.
type clock struct {
	rate int // runtime ticks a second
	tps  int // frames (Updates) a second
	acc  int // ticks owed, in 1/tps of a tick
}

// maxStepsPerFrame bounds the catching up one frame may do.
const maxStepsPerFrame = 4

// Frame counts one frame and returns how many ticks to step in it.
func (c *clock) Frame() int {
	if c.rate <= 0 || c.tps <= 0 {
		return 0
	}
	c.acc += c.rate
	n := c.acc / c.tps
	c.acc -= n * c.tps
	return min(n, maxStepsPerFrame)
}

// Reset forgets the remainder, as a new project starts its ticks afresh.
func (c *clock) Reset(rate, tps int) { *c = clock{rate: rate, tps: tps} }

// pointer is the mouse, or the first finger on a touch screen, at one frame: where it is in
// screen pixels and whether it presses.
type pointer struct {
	X, Y int
	Down bool
}

// pointerEvent is a change of the pointer between two frames.
type pointerEvent struct {
	Kind pointerKind
	X, Y int
}

type pointerKind int

const (
	pointerMove pointerKind = iota
	pointerPress
	pointerRelease
)

// pointerTracker turns the pointer's state at each frame into moves, presses and releases.
type pointerTracker struct {
	last  pointer
	known bool // last holds a frame

	touch    ebiten.TouchID
	touching bool // the first finger, acting as the mouse, is down
}

// Next returns what changed since the last frame, in order: a move comes before a press or
// release at the new place.
func (t *pointerTracker) Next(p pointer) []pointerEvent {
	var evs []pointerEvent
	if !t.known || p.X != t.last.X || p.Y != t.last.Y {
		evs = append(evs, pointerEvent{pointerMove, p.X, p.Y})
	}
	switch {
	case p.Down && (!t.known || !t.last.Down):
		evs = append(evs, pointerEvent{pointerPress, p.X, p.Y})
	case !p.Down && t.known && t.last.Down:
		evs = append(evs, pointerEvent{pointerRelease, p.X, p.Y})
	}
	t.last, t.known = p, true
	return evs
}

// Read returns the pointer now: the first finger while one touches the screen, else the mouse.
// A finger that lifts is reported once as a release where it was last.
func (t *pointerTracker) Read() pointer {
	touches := ebiten.AppendTouchIDs(nil)
	if t.touching && !slices.Contains(touches, t.touch) {
		t.touching = false
		return pointer{X: t.last.X, Y: t.last.Y}
	}
	if !t.touching && len(touches) > 0 {
		t.touch, t.touching = touches[0], true
	}
	if t.touching {
		x, y := ebiten.TouchPosition(t.touch)
		return pointer{X: x, Y: y, Down: true}
	}
	x, y := ebiten.CursorPosition()
	return pointer{X: x, Y: y, Down: ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)}
}
