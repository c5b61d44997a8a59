package ui

import "testing"

func TestConfirmButtons(t *testing.T) {
	o := ConfirmOptions{Message: "Tsumiki closed before your work was saved. Open the autosaved work?",
		Buttons: []string{"Start afresh", "Open the autosaved work"}, Default: 1}
	c := NewConfirm(testEnv(800, 600, 1), o)
	if st := send(c, Tap(Center(c.ButtonRect(0)))...); st != Done || c.Picked() != 0 {
		t.Fatalf("tap on 0: %v %d", st, c.Picked())
	}
	c = NewConfirm(testEnv(800, 600, 1), o)
	if st := send(c, Press(KeyEnter)); st != Done || c.Picked() != 1 {
		t.Fatalf("Enter: %v %d", st, c.Picked())
	}
	c = NewConfirm(testEnv(800, 600, 1), o)
	if st := send(c, Press(KeyEscape)); st != Cancelled || c.Picked() != -1 {
		t.Fatalf("Escape: %v %d", st, c.Picked())
	}
	// A press that slides off its button does nothing.
	c = NewConfirm(testEnv(800, 600, 1), o)
	p := Center(c.ButtonRect(0))
	if st := send(c, Down(p.X, p.Y), Move(5, 5), Up(5, 5)); st != Open {
		t.Fatalf("slid off: %v", st)
	}
}

func TestConfirmLongJapanese(t *testing.T) {
	env := testEnv(400, 700, 1)
	c := NewConfirm(env, ConfirmOptions{Title: "じどうほぞん",
		Message: "つみきが とじる まえに ほぞん されなかった さくひんが あります。じどうで ほぞんした さくひんを ひらきますか？",
		Buttons: []string{"はじめから つくる", "じどうで ほぞんした さくひんを ひらく", "あとで きめる"}, Default: 1})
	b := c.Bounds()
	if !b.In(env.Screen) {
		t.Fatalf("box %v off the screen", b)
	}
	for i := range 3 {
		r := c.ButtonRect(i)
		if !r.In(b) || r.Dy() < Target {
			t.Errorf("button %d at %v", i, r)
		}
		for j := range i {
			if r.Overlaps(c.ButtonRect(j)) {
				t.Errorf("buttons %d and %d overlap", j, i)
			}
		}
	}
}
