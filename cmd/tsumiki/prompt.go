package main

import (
	"image"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// maxAnswer is how many characters an answer may have: plenty for a child, small enough to draw.
const maxAnswer = 500

// prompt is the answer box of "ask and wait": the question, what has been typed, and what the
// input method is composing (kana becoming kanji, for one). The caret stays at the end.
type prompt struct {
	open        bool
	question    string // what the asker asks, shown when no speech bubble shows it
	text        string
	composition string
	caret       image.Rectangle // where the input method shows its window, in logical pixels

	composer  textinput.Composer
	imeBroken bool // the input method failed: typed characters come from ebiten instead
}

func newPrompt() *prompt {
	p := &prompt{}
	p.composer.OnNewSession = func() *textinput.SessionOptions {
		if !p.open {
			return nil
		}
		return &textinput.SessionOptions{CaretBounds: p.caret, TextBeforeCaret: p.text}
	}
	p.composer.OnComposition = func(c *textinput.Composition) { p.composition = c.Text() }
	p.composer.OnCommit = func(c *textinput.Commit) {
		if before, after := c.IsSurroundingTextReplaced(); before || after {
			b, a := c.SurroundingText()
			p.text = ""
			p.insert(b + c.Text() + a)
			return
		}
		p.insert(c.Text())
	}
	return p
}

// Open shows the box for a question.
func (p *prompt) Open(question string) {
	p.open, p.question, p.text, p.composition = true, question, "", ""
}

// Close hides the box and drops what was typed.
func (p *prompt) Close() {
	if p.open {
		p.composer.Cancel()
	}
	p.open, p.question, p.text, p.composition = false, "", "", ""
}

// Submit takes the answer, with anything still being composed, and closes the box.
func (p *prompt) Submit() string {
	p.composer.Confirm()
	answer := p.text
	p.Close()
	return answer
}

// Update handles one frame of typing and reports whether Enter asked to send the answer.
func (p *prompt) Update() (enter bool) {
	if !p.open {
		return false
	}
	if !p.imeBroken {
		// Keys pressed while the input method composes are its own: Enter there picks the
		// kanji, it does not send the answer. A frame that only commits typed letters still
		// lets Enter through, or quick typing would lose it.
		composing := p.composition != ""
		handled, err := p.composer.Update()
		if err != nil {
			p.imeBroken = true
		} else if handled && (composing || p.composition != "") {
			return false
		}
	}
	if p.imeBroken {
		p.insert(string(ebiten.AppendInputChars(nil)))
	}
	if repeating(ebiten.KeyBackspace) {
		p.composer.Confirm()
		p.backspace()
	}
	return inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter)
}

// insert adds typed text at the end, without control characters, up to maxAnswer characters.
func (p *prompt) insert(s string) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	room := maxAnswer - utf8.RuneCountInString(p.text)
	if rs := []rune(s); len(rs) > room {
		s = string(rs[:max(room, 0)])
	}
	p.text += s
}

func (p *prompt) backspace() {
	_, n := utf8.DecodeLastRuneInString(p.text)
	p.text = p.text[:len(p.text)-n]
}

// repeating reports whether a held key acts this frame: when pressed, then after half a second
// ten times a second, as text fields do.
func repeating(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d >= 30 && (d-30)%6 == 0)
}
