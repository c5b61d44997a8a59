package main

import (
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tsumiki/blocks"
	"tsumiki/runtime"
	"tsumiki/stage"
)

// newTestApp opens testdata/draw.tsumiki in an app laid out in a 960×760 window, with no
// renderer: these tests need no display.
func newTestApp(t *testing.T) *App { return openTestApp(t, "draw.tsumiki", blocks.English) }

func openTestApp(t *testing.T, name string, lang blocks.Lang) *App {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	p, err := newProject(&source{name: name, data: data}, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.rt.Close)
	a := &App{lang: lang, keys: make(map[string]bool), prompt: newPrompt(), cur: p,
		layout: NewLayout(960, 760, 1, false)}
	a.clock.Reset(p.rt.TickRate(), 60)
	return a
}

// frames runs n frames of the app with no input.
func (a *App) frames(n int) {
	for range n {
		a.frame++
		a.run()
	}
}

// click presses and releases the pointer at a screen pixel, a frame apart.
func (a *App) click(p image.Point) {
	a.point(pointerEvent{pointerMove, p.X, p.Y})
	a.point(pointerEvent{pointerPress, p.X, p.Y})
	a.frames(1)
	a.point(pointerEvent{pointerRelease, p.X, p.Y})
	a.frames(1)
}

// mid is the middle pixel of r.
func mid(r image.Rectangle) image.Point { return image.Pt((r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2) }

func sprite(t *testing.T, a *App, name string) runtime.SpriteState {
	t.Helper()
	for _, s := range a.cur.rt.State().Sprites {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no sprite %q", name)
	return runtime.SpriteState{}
}

// TestClicks follows a child's clicks: the flag starts the project, which asks a question;
// the check mark answers it; a click on a sprite reaches the sprite; the stop sign stops all.
func TestClicks(t *testing.T) {
	a := newTestApp(t)
	l := a.layout
	if a.cur.rt.Running() {
		t.Fatal("running before the flag")
	}

	a.click(mid(l.Flag))
	a.frames(4)
	if !a.cur.rt.Running() {
		t.Fatal("the flag button did not start the project")
	}
	if !a.prompt.open {
		t.Fatal("the question did not open the answer box")
	}
	if a.prompt.question != "" {
		t.Errorf("box shows %q; the sprite's bubble already asks it", a.prompt.question)
	}
	if s := sprite(t, a, "Pen"); s.Bubble != "Type ok" {
		t.Errorf("Pen's bubble %q, want the question", s.Bubble)
	}

	// A click in the answer box is not a click on the stage, and the check mark answers.
	box, _, check := l.Prompt(false)
	a.click(box.Min.Add(image.Pt(10, 10)))
	if !a.prompt.open {
		t.Fatal("a click in the box closed it")
	}
	a.prompt.insert("ok")
	a.click(mid(check))
	a.frames(4)
	if a.prompt.open {
		t.Error("the check mark did not close the box")
	}
	if got := a.cur.rt.State().Answer; got != "ok" {
		t.Errorf("answer = %q, want ok", got)
	}

	// The Button sprite at 120, -40 broadcasts when clicked, and Pen draws a line ending at
	// 200, 60.
	x, y := l.FromStage(120, -40)
	a.click(image.Pt(int(x), int(y)))
	a.frames(4)
	if s := sprite(t, a, "Pen"); s.X != 200 || s.Y != 60 {
		t.Errorf("after clicking Button, Pen is at %v, %v; want 200, 60", s.X, s.Y)
	}

	// A press on the bar, away from the buttons, is nobody's.
	a.click(l.Title.Min.Add(image.Pt(5, 5)))
	if a.onStage {
		t.Error("a press on the bar went to the stage")
	}

	a.click(mid(l.Stop))
	a.frames(2)
	if a.cur.rt.Running() {
		t.Error("the stop button did not stop the project")
	}
}

// TestDragOffStage checks that a press on the stage is released to the runtime even when the
// pointer leaves the stage, at the clamped position.
func TestDragOffStage(t *testing.T) {
	a := newTestApp(t)
	w := a.cur.rt.World()
	var button *stage.Sprite
	for _, s := range w.Sprites {
		if s.Name == "Button" {
			button = s
		}
	}
	w.SetDraggable(button, true)
	l := a.layout
	x, y := l.FromStage(120, -40)
	a.point(pointerEvent{pointerMove, int(x), int(y)})
	a.point(pointerEvent{pointerPress, int(x), int(y)})
	a.frames(2)
	a.point(pointerEvent{pointerMove, 5000, 5000}) // far off the window, bottom right
	a.frames(2)
	a.point(pointerEvent{pointerRelease, 5000, 5000})
	a.frames(2)
	if a.onStage {
		t.Error("the press is still held after the release")
	}
	s := sprite(t, a, "Button")
	if s.X <= 120 || s.Y >= -40 {
		t.Errorf("dragged Button to %v, %v; want it towards the bottom right corner", s.X, s.Y)
	}
}

// TestRuntimeError checks that a script that stops with an error says so on the stage, in
// the app's language, for a while.
func TestRuntimeError(t *testing.T) {
	a := openTestApp(t, "error.tsumiki", blocks.Hiragana)
	a.click(mid(a.layout.Flag))
	a.frames(10)
	errs := a.cur.rt.Errors()
	if len(errs) != 1 {
		t.Fatalf("%d errors, want 1", len(errs))
	}
	want := blocks.Localize(errs[0], blocks.Hiragana)
	if a.notice != want || a.noticeBad || !strings.Contains(want, "リスト") {
		t.Errorf("notice %q (bad %v), want %q in hiragana", a.notice, a.noticeBad, want)
	}
}

func TestNotices(t *testing.T) {
	a := newTestApp(t)
	a.show("a script stopped", false)
	for range errorFrames {
		a.frame++
		a.expireNotice()
	}
	if a.notice != "" {
		t.Errorf("a runtime error still shows after %d frames", errorFrames)
	}
	a.show("the file did not open", true)
	for range 10 * errorFrames {
		a.frame++
		a.expireNotice()
	}
	if a.notice == "" {
		t.Error("a load error went away by itself")
	}
}

// TestAnswerBoxFollowsTheQuestion checks that the box opens for a question, leaves out the text
// a visible sprite already says in its bubble, and closes when the asking script is stopped.
func TestAnswerBoxFollowsTheQuestion(t *testing.T) {
	a := newTestApp(t)
	a.cur.rt.GreenFlag()
	a.frames(4)
	q, asking := a.cur.rt.Question()
	if !asking || q.Text != "Type ok" {
		t.Fatalf("the runtime asks %+v (%v), want \"Type ok\"", q, asking)
	}
	if !a.prompt.open {
		t.Fatal("the answer box did not open")
	}
	want := q.Text
	if q.InBubble {
		want = "" // Pen asks it in its own speech bubble
	}
	if a.prompt.question != want {
		t.Errorf("the box shows %q, want %q", a.prompt.question, want)
	}
	a.cur.rt.StopAll()
	a.frames(1)
	if a.prompt.open {
		t.Error("the box stayed open after the asking script was stopped")
	}
}

func TestPromptTyping(t *testing.T) {
	p := newPrompt()
	p.Open("?")
	p.insert("こんに\x08ちは\r\n")
	if p.text != "こんにちは" {
		t.Errorf("text %q, want the characters without control characters", p.text)
	}
	p.backspace()
	if p.text != "こんにち" {
		t.Errorf("after backspace %q", p.text)
	}
	for range maxAnswer {
		p.insert("ab")
	}
	if n := len([]rune(p.text)); n != maxAnswer {
		t.Errorf("%d characters, want at most %d", n, maxAnswer)
	}
	p.Close()
	if p.open || p.text != "" {
		t.Error("Close kept the box or its text")
	}
}
