package ui

import (
	"image"
	"image/color"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// TextField is text being typed, with the caret always at its end: what has been typed, what
// the input method is composing (drawn underlined), a length limit and, for number slots, a
// filter that keeps only what can start a number. Its owner places it (Rect) and draws it; the
// app's block editor can use one on its own for typing into a slot.
type TextField struct {
	Rect        image.Rectangle // where it is on the screen, set by its owner
	Placeholder string          // shown light while it is empty
	FontSize    float64         // in logical pixels; 0 means 16
	Pad         float64         // room between the edge and the text, in logical pixels; 0 means 10

	text        string
	composition string
	maxLen      int
	number      bool
	selected    bool // all the text is selected: typing replaces it, Backspace clears it
	env         Env
	rev         int // counts changes, for the drawing's cache
}

// NewTextField returns a field holding text. maxLen limits its length in characters (0: no
// limit); number makes it a number field.
func NewTextField(env Env, text string, maxLen int, number bool) *TextField {
	f := &TextField{maxLen: maxLen, number: number, env: env}
	f.SetText(text)
	return f
}

// Text returns what has been typed, without the composition.
func (f *TextField) Text() string { return f.text }

// Composition returns what the input method is composing, not yet typed.
func (f *TextField) Composition() string { return f.composition }

// Composing reports whether the input method is composing: Enter and Backspace are its own.
func (f *TextField) Composing() bool { return f.composition != "" }

// Number reports whether the field takes only numbers.
func (f *TextField) Number() bool { return f.number }

// SetText replaces the text, filtered and cut to the limit as typing would be.
func (f *TextField) SetText(s string) {
	f.rev++
	f.text, f.selected = "", false
	f.insert(s)
}

// SelectAll selects the whole text, so that what is typed next replaces it.
func (f *TextField) SelectAll() { f.selected, f.rev = f.text != "", f.rev+1 }

// Selected reports whether the whole text is selected.
func (f *TextField) Selected() bool { return f.selected }

// SetEnv sets the fonts and scale it is measured and drawn with.
func (f *TextField) SetEnv(env Env) { f.env, f.rev = env, f.rev+1 }

// Handle acts on typed text, the composition, a replacement by the input method and
// Backspace, and reports whether it used the event.
func (f *TextField) Handle(e Event) bool {
	switch e.Kind {
	case TextInput:
		f.Insert(e.Text)
	case Composition:
		f.composition = e.Text
		f.rev++
	case ReplaceText:
		f.SetText(e.Text)
	case KeyPress:
		if e.Key != KeyBackspace || f.Composing() {
			return false
		}
		f.Backspace()
	default:
		return false
	}
	return true
}

// Insert adds text at the end (replacing the text if it is selected), without control
// characters, through the number filter, up to the limit.
func (f *TextField) Insert(s string) {
	f.rev++
	if f.selected && s != "" {
		f.text, f.selected = "", false
	}
	f.insert(s)
}

func (f *TextField) insert(s string) {
	n := utf8.RuneCountInString(f.text)
	var b strings.Builder
	b.WriteString(f.text)
	for _, r := range s {
		if f.maxLen > 0 && n >= f.maxLen {
			break
		}
		if unicode.IsControl(r) {
			continue
		}
		if f.number {
			r = halfWidth(r)
			if !numberPrefix(b.String() + string(r)) {
				continue
			}
		}
		b.WriteRune(r)
		n++
	}
	f.text = b.String()
}

// Commit keeps what the input method is composing as typed, as leaving the field does.
func (f *TextField) Commit() {
	f.rev++
	if c := f.composition; c != "" {
		f.composition = ""
		f.Insert(c)
	}
}

// Backspace removes the last character, or everything when it is selected.
func (f *TextField) Backspace() {
	f.rev++
	if f.selected {
		f.text, f.selected = "", false
		return
	}
	_, n := utf8.DecodeLastRuneInString(f.text)
	f.text = f.text[:len(f.text)-n]
}

// halfWidth turns the full-width digits and signs a Japanese input method types into ASCII.
func halfWidth(r rune) rune {
	switch {
	case r >= '０' && r <= '９':
		return '0' + r - '０'
	case r == '－' || r == 'ー' || r == '−':
		return '-'
	case r == '．' || r == '。':
		return '.'
	case r == 'ｅ' || r == 'Ｅ':
		return 'e'
	case r == '＋':
		return '+'
	}
	return r
}

// numberPrefix reports whether s can begin a number as a child types it: an optional '-',
// digits with at most one '.', then 'e' (after a digit) with an optional sign and digits.
func numberPrefix(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits, dot := 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		case (c == 'e' || c == 'E') && digits > 0:
			i++
			if i < len(s) && (s[i] == '-' || s[i] == '+') {
				i++
			}
			for ; i < len(s); i++ {
				if s[i] < '0' || s[i] > '9' {
					return false
				}
			}
			return true
		default:
			return false
		}
	}
	return true
}

func (f *TextField) face() text.Face {
	size := f.FontSize
	if size == 0 {
		size = 16
	}
	return f.env.face(size)
}

// pad is the room between the field's edge and its text.
func (f *TextField) pad() float64 {
	if f.Pad > 0 {
		return f.env.px(f.Pad)
	}
	return f.env.px(10)
}

// textX returns where the text starts: scrolled left so that its end, where the caret is,
// shows.
func (f *TextField) textX() float64 {
	face := f.face()
	w := advance(f.text, face) + advance(f.composition, face)
	x := float64(f.Rect.Min.X) + f.pad()
	if over := w + f.env.px(2) - (float64(f.Rect.Dx()) - 2*f.pad()); over > 0 {
		x -= over
	}
	return x
}

// Caret returns where the caret is, in screen pixels: the input method shows its window
// there.
func (f *TextField) Caret() image.Rectangle {
	face := f.face()
	x := f.textX() + advance(f.text, face) + advance(f.composition, face)
	lh := LineHeight(face)
	y := float64(f.Rect.Min.Y+f.Rect.Max.Y)/2 - lh/2
	return image.Rect(int(x), int(y), int(x)+1, int(y+lh))
}

// Draw draws the field: a rounded box (blue edged when focused), the text, the composition
// underlined and the caret.
func (f *TextField) Draw(dst *ebiten.Image, focused bool) {
	u := f.env.px(1)
	r := f.Rect
	radius := math.Min(f.env.px(8), float64(r.Dy())/2)
	FillRound(dst, r, radius, colorWhite)
	if focused {
		StrokeRound(dst, r, radius, 2*u, colorBlue)
	} else {
		StrokeRound(dst, r, radius, math.Max(1, u), colorBorder)
	}
	f.DrawText(dst, focused, colorText)
}

// DrawText draws only the text, the composition and the caret, clipped to Rect: for owners
// that draw their own box, as the blocks' slots are.
func (f *TextField) DrawText(dst *ebiten.Image, focused bool, c color.Color) {
	u := f.env.px(1)
	face := f.face()
	inner := f.Rect.Inset(int(f.pad() / 3)).Intersect(dst.Bounds())
	if inner.Empty() {
		return
	}
	clip := dst.SubImage(inner).(*ebiten.Image)
	x := f.textX()
	lh := LineHeight(face)
	y := float64(f.Rect.Min.Y+f.Rect.Max.Y)/2 - lh/2
	tw, cw := advance(f.text, face), advance(f.composition, face)
	if f.text == "" && f.composition == "" && f.Placeholder != "" {
		DrawText(clip, Fit(f.Placeholder, float64(f.Rect.Dx())-2*f.pad(), face), face, x+u, y, colorTextLight)
	}
	if f.selected && focused {
		FillRect(clip, image.Rect(int(x-u), int(y), int(x+tw+u), int(y+lh)), colorSelection)
	}
	DrawText(clip, f.text, face, x, y, c)
	if f.composition != "" {
		DrawText(clip, f.composition, face, x+tw, y, c)
		vector.StrokeLine(clip, float32(x+tw), float32(y+lh-u), float32(x+tw+cw), float32(y+lh-u),
			float32(math.Max(1, 1.5*u)), c, true)
	}
	if focused && !f.selected {
		cx := float32(x + tw + cw + u)
		vector.StrokeLine(clip, cx, float32(y+u), cx, float32(y+lh-u), float32(math.Max(1, 1.5*u)), c, false)
	}
}
