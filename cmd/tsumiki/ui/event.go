package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Env is what a widget is laid out in: the screen, the size of a logical pixel and the fonts.
type Env struct {
	Screen image.Rectangle              // the whole screen, in screen pixels
	Scale  float64                      // screen pixels a logical pixel; 0 means 1
	Face   func(size float64) text.Face // the font at a size in screen pixels
}

// px converts logical pixels to screen pixels.
func (e Env) px(v float64) float64 {
	if e.Scale <= 0 {
		return v
	}
	return v * e.Scale
}

// ipx converts logical pixels to whole screen pixels.
func (e Env) ipx(v float64) int { return int(e.px(v) + 0.5) }

// face returns the font at a size in logical pixels.
func (e Env) face(size float64) text.Face { return e.Face(e.px(size)) }

// Target is the least height of anything a finger taps, in logical pixels.
const Target = 44

// EventKind says what an Event is.
type EventKind int

// The kinds of event.
const (
	PointerDown EventKind = iota // the mouse button or a finger goes down at X, Y
	PointerMove                  // the pointer moves to X, Y, pressed or not
	PointerUp                    // the button or finger lifts at X, Y
	Wheel                        // the wheel turns by DY notches (up is positive, as ebiten.Wheel)
	KeyPress                     // a key acts: pressed, or repeating while held
	TextInput                    // Text was typed, or committed by the input method
	Composition                  // the input method composes Text, not yet typed ("" ends it)
	ReplaceText                  // the input method replaced the whole text with Text
)

// Key is a key the widgets act on.
type Key int

// The keys.
const (
	KeyNone Key = iota
	KeyEnter
	KeyEscape
	KeyBackspace
	KeyUp
	KeyDown
	KeyLeft
	KeyRight
	KeyTab
)

// Event is one piece of input for a widget.
type Event struct {
	Kind EventKind
	X, Y int     // the pointer, in screen pixels
	DY   float64 // the wheel
	Key  Key
	Text string
}

// Down, Move, Up, Scroll, Press, Type and Compose make events, for tests and for the app.
func Down(x, y int) Event     { return Event{Kind: PointerDown, X: x, Y: y} }
func Move(x, y int) Event     { return Event{Kind: PointerMove, X: x, Y: y} }
func Up(x, y int) Event       { return Event{Kind: PointerUp, X: x, Y: y} }
func Scroll(dy float64) Event { return Event{Kind: Wheel, DY: dy} }
func Press(k Key) Event       { return Event{Kind: KeyPress, Key: k} }
func Type(s string) Event     { return Event{Kind: TextInput, Text: s} }
func Compose(s string) Event  { return Event{Kind: Composition, Text: s} }

// Tap is a click or a tap at p: a move there, a press and a release.
func Tap(p image.Point) []Event { return []Event{Move(p.X, p.Y), Down(p.X, p.Y), Up(p.X, p.Y)} }

// Center is the middle of r, where a test taps.
func Center(r image.Rectangle) image.Point {
	return image.Pt((r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2)
}

// Status says whether a widget is still open, and how it closed.
type Status int

// The statuses.
const (
	Open      Status = iota // still showing
	Done                    // closed with a choice: OK, a picked item, a button
	Cancelled               // closed without one: Escape, Cancel, a click outside
)

func (s Status) String() string {
	switch s {
	case Open:
		return "open"
	case Done:
		return "done"
	case Cancelled:
		return "cancelled"
	}
	return "?"
}

// Widget is what every pop-up is to the app.
type Widget interface {
	// Handle acts on one event and returns the widget's status after it.
	Handle(e Event) Status
	// Field returns the text field being typed into, or nil: Input runs the input method for it.
	Field() *TextField
	// Layout lays the widget out again, as the window changes size.
	Layout(env Env)
	// Draw draws the widget on the screen. It keeps its drawing and copies it while nothing
	// changes.
	Draw(dst *ebiten.Image)
	// Release frees the image the widget keeps of its drawing: call it when the widget closes.
	Release()
}

var _ = []Widget{(*Menu)(nil), (*Dialog)(nil), (*MakeBlockDialog)(nil), (*ColorPicker)(nil), (*Confirm)(nil)}

func rectWH(x, y, w, h int) image.Rectangle { return image.Rect(x, y, x+w, y+h) }
