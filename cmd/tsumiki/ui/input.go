package ui

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Input turns ebiten's input into Events, once a frame: the mouse (or the first finger on a
// touch screen), the wheel, the keys the widgets use (Backspace and the arrows repeat while
// held) and typing through the input method, for the field being typed into. Keep one for
// the app and call Update in every Update while a widget is open.
type Input struct {
	composer textinput.Composer
	field    *TextField // the field the input method types into
	pending  []Event    // what the input method's callbacks said this frame
	comp     string     // the composition last reported
	broken   bool       // the input method failed: typed characters come from ebiten

	x, y     int
	down     bool
	known    bool
	touch    ebiten.TouchID
	touching bool
}

// NewInput returns an Input.
func NewInput() *Input {
	in := &Input{}
	in.composer.OnNewSession = func() *textinput.SessionOptions {
		if in.field == nil {
			return nil
		}
		return &textinput.SessionOptions{CaretBounds: in.field.Caret(), TextBeforeCaret: in.field.Text()}
	}
	in.composer.OnComposition = func(c *textinput.Composition) {
		if c.Text() != in.comp {
			in.comp = c.Text()
			in.pending = append(in.pending, Compose(c.Text()))
		}
	}
	in.composer.OnCommit = func(c *textinput.Commit) {
		if before, after := c.IsSurroundingTextReplaced(); before || after {
			b, a := c.SurroundingText()
			in.pending = append(in.pending, Event{Kind: ReplaceText, Text: b + c.Text() + a})
			return
		}
		in.pending = append(in.pending, Type(c.Text()))
	}
	return in
}

// Update reads this frame's input and returns it as events, in order: the pointer, the wheel,
// then typing and keys. field is what the open widget types into (its Field method), or nil;
// when it changes, the input method starts afresh for the new one. Keys pressed while the
// input method composes are its own (Enter there picks the kanji), so they are left out.
func (in *Input) Update(field *TextField) []Event {
	if field != in.field {
		// The widget keeps what was being composed when it moves on (TextField.Commit); the
		// input method drops it, and starts again for the new field.
		in.composer.Cancel()
		if in.field != nil {
			for _, e := range in.pending {
				in.field.Handle(e)
			}
		}
		in.pending = in.pending[:0]
		in.field, in.comp = field, ""
	}
	evs := in.pointer()
	if _, dy := ebiten.Wheel(); dy != 0 {
		evs = append(evs, Scroll(dy))
	}
	composing := false
	if field != nil {
		wasComposing := field.Composing()
		if !in.broken {
			handled, err := in.composer.Update()
			if err != nil {
				in.broken = true
			}
			composing = handled && (wasComposing || lastComposition(in.pending, wasComposing))
		}
		if in.broken {
			if s := string(ebiten.AppendInputChars(nil)); s != "" {
				in.pending = append(in.pending, Type(s))
			}
		}
	}
	evs = append(evs, in.pending...)
	in.pending = in.pending[:0]
	if composing {
		return evs
	}
	for _, k := range []struct {
		ek     ebiten.Key
		key    Key
		repeat bool
	}{
		{ebiten.KeyEnter, KeyEnter, false}, {ebiten.KeyNumpadEnter, KeyEnter, false},
		{ebiten.KeyEscape, KeyEscape, false}, {ebiten.KeyTab, KeyTab, false},
		{ebiten.KeyBackspace, KeyBackspace, true},
		{ebiten.KeyArrowUp, KeyUp, true}, {ebiten.KeyArrowDown, KeyDown, true},
		{ebiten.KeyArrowLeft, KeyLeft, true}, {ebiten.KeyArrowRight, KeyRight, true},
	} {
		d := inpututil.KeyPressDuration(k.ek)
		if d == 1 || k.repeat && Repeats(d) {
			if k.key == KeyBackspace && field != nil {
				// The field changes under the input method: end its session first.
				in.composer.Confirm()
				evs = append(evs, in.pending...)
				in.pending = in.pending[:0]
			}
			evs = append(evs, Press(k.key))
		}
	}
	return evs
}

// lastComposition reports whether the input method composes at the end of the events, or was
// composing (was) when there are none.
func lastComposition(evs []Event, was bool) bool {
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].Kind == Composition {
			return evs[i].Text != ""
		}
	}
	return was
}

// Close ends typing: what is being composed is dropped. Call it when the widget closes.
func (in *Input) Close() {
	in.composer.Cancel()
	in.field, in.comp = nil, ""
	in.pending = in.pending[:0]
}

// Sync tells the Input where the pointer is and whether it is pressed, as the app last saw
// it, when a widget opens: a press still held from opening it is not a new press (which
// would land outside the widget and close it at once).
func (in *Input) Sync(x, y int, down bool) {
	in.x, in.y, in.down, in.known = x, y, down, true
}

// pointer returns the pointer's moves, presses and releases since the last frame.
func (in *Input) pointer() []Event {
	x, y, down := in.read()
	var evs []Event
	if !in.known || x != in.x || y != in.y {
		evs = append(evs, Move(x, y))
	}
	switch {
	case down && (!in.known || !in.down):
		evs = append(evs, Down(x, y))
	case !down && in.known && in.down:
		evs = append(evs, Up(x, y))
	}
	in.x, in.y, in.down, in.known = x, y, down, true
	return evs
}

// read returns the first finger while one touches the screen, else the mouse. A finger that
// lifts is reported once as a release where it was last.
func (in *Input) read() (x, y int, down bool) {
	touches := ebiten.AppendTouchIDs(nil)
	if in.touching && !slices.Contains(touches, in.touch) {
		in.touching = false
		return in.x, in.y, false
	}
	if !in.touching && len(touches) > 0 {
		in.touch, in.touching = touches[0], true
	}
	if in.touching {
		x, y := ebiten.TouchPosition(in.touch)
		return x, y, true
	}
	x, y = ebiten.CursorPosition()
	return x, y, ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
}

// Repeats reports whether a key held for frames frames (1 on the frame it goes down) acts on
// this frame: when pressed, then after half a second ten times a second, at 60 frames a
// second, as text fields do.
func Repeats(frames int) bool {
	return frames == 1 || (frames >= 30 && (frames-30)%6 == 0)
}
