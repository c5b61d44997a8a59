package ui

import "testing"

func TestNumberFilter(t *testing.T) {
	for _, c := range []struct{ typed, want string }{
		{"-12.5", "-12.5"},
		{"1-2", "12"},     // a minus only at the start
		{"--3", "-3"},     // one minus
		{"1.2.3", "1.23"}, // one point
		{"..5", ".5"},     //
		{"e5", "5"},       // e only after a digit
		{"2e-3", "2e-3"},  // a sign right after e
		{"2e3e4", "2e34"}, // one e
		{"2e3.5", "2e35"}, // no point in the exponent
		{"-.5e+2", "-.5e+2"},
		{"abc12x", "12"},
		{"１２．５", "12.5"}, // full-width, as a Japanese input method types
		{"ー３", "-3"},
		{" 4 ", "4"},
	} {
		f := NewTextField(testEnv(400, 300, 1), "", 0, true)
		f.Insert(c.typed)
		if f.Text() != c.want {
			t.Errorf("typing %q: %q, want %q", c.typed, f.Text(), c.want)
		}
		// One character at a time gives the same.
		g := NewTextField(testEnv(400, 300, 1), "", 0, true)
		for _, r := range c.typed {
			g.Handle(Type(string(r)))
		}
		if g.Text() != c.want {
			t.Errorf("typing %q one by one: %q, want %q", c.typed, g.Text(), c.want)
		}
	}
}

func TestTextFieldTyping(t *testing.T) {
	f := NewTextField(testEnv(400, 300, 1), "", 5, false)
	f.Handle(Type("すこ"))
	f.Handle(Compose("あ"))
	if f.Text() != "すこ" || f.Composition() != "あ" || !f.Composing() {
		t.Fatalf("text %q, composition %q", f.Text(), f.Composition())
	}
	// Backspace belongs to the input method while it composes.
	if f.Handle(Press(KeyBackspace)) || f.Text() != "すこ" {
		t.Fatalf("Backspace while composing: %q", f.Text())
	}
	f.Handle(Compose(""))
	f.Handle(Type("あ\n\tぷりけーしょん"))
	if f.Text() != "すこあぷり" {
		t.Fatalf("after the limit of 5: %q", f.Text())
	}
	f.Handle(Press(KeyBackspace))
	if f.Text() != "すこあぷ" {
		t.Fatalf("Backspace: %q", f.Text())
	}
	f.Handle(Event{Kind: ReplaceText, Text: "スコア"})
	if f.Text() != "スコア" {
		t.Fatalf("replaced: %q", f.Text())
	}
	f.SelectAll()
	f.Handle(Type("x"))
	if f.Text() != "x" {
		t.Fatalf("typing over the selection: %q", f.Text())
	}
	f.SelectAll()
	f.Handle(Press(KeyBackspace))
	if f.Text() != "" {
		t.Fatalf("Backspace on the selection: %q", f.Text())
	}
}

func TestTextFieldCaret(t *testing.T) {
	f := NewTextField(testEnv(400, 300, 2), "", 0, false)
	f.Rect = rectWH(20, 20, 200, 88)
	c0 := f.Caret()
	f.Insert("abc")
	c1 := f.Caret()
	if c1.Min.X <= c0.Min.X || c1.Min.Y < f.Rect.Min.Y || c1.Max.Y > f.Rect.Max.Y {
		t.Fatalf("caret %v then %v in %v", c0, c1, f.Rect)
	}
	// A long text scrolls: the caret stays in the field.
	f.Insert("とても長い名前をつけてみましたがどうなるでしょうか")
	if c := f.Caret(); c.Max.X > f.Rect.Max.X {
		t.Fatalf("caret %v beyond the field %v", c, f.Rect)
	}
}

func TestRepeats(t *testing.T) {
	var acts []int
	for d := 1; d <= 50; d++ {
		if Repeats(d) {
			acts = append(acts, d)
		}
	}
	want := []int{1, 30, 36, 42, 48}
	if len(acts) != len(want) {
		t.Fatalf("acts on frames %v, want %v", acts, want)
	}
	for i := range want {
		if acts[i] != want[i] {
			t.Fatalf("acts on frames %v, want %v", acts, want)
		}
	}
}
