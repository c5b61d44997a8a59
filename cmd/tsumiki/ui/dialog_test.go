package ui

import (
	"image"
	"testing"
)

func newVariable(lang string) DialogOptions {
	if lang == "ja" {
		return DialogOptions{Title: "新しい変数", Choices: []string{"すべてのスプライト用", "このスプライトのみ"},
			Check: "クラウド変数（サーバーに保存）", OK: "OK", Cancel: "キャンセル", MaxLen: 40}
	}
	return DialogOptions{Title: "New Variable", Choices: []string{"For all sprites", "This sprite only"},
		Check: "Cloud variable (stored on server)", OK: "OK", Cancel: "Cancel", MaxLen: 40}
}

func TestDialogNewVariable(t *testing.T) {
	d := NewDialog(testEnv(800, 600, 1), newVariable("ja"))
	if d.Field() == nil {
		t.Fatal("no field")
	}
	send(d, Compose("すこあ"), Compose("スコア"), Compose(""), Type("スコア"))
	send(d, Tap(Center(d.ChoiceRect(1)))...)
	send(d, Tap(Center(d.CheckRect()))...)
	if st := send(d, Tap(Center(d.OKRect()))...); st != Done {
		t.Fatalf("OK: %v", st)
	}
	want := DialogResult{Text: "スコア", Choice: 1, Checked: true}
	if got := d.Result(); got != want {
		t.Fatalf("result %+v, want %+v", got, want)
	}
}

func TestDialogEnterIsOK(t *testing.T) {
	d := NewDialog(testEnv(800, 600, 1), newVariable("en"))
	if st := send(d, Press(KeyEnter)); st != Open {
		t.Fatalf("Enter with an empty field: %v", st)
	}
	if st := send(d, Tap(Center(d.OKRect()))...); st != Open {
		t.Fatalf("OK with an empty field: %v", st)
	}
	send(d, Type("   "))
	if d.OKEnabled() || send(d, Press(KeyEnter)) != Open {
		t.Fatal("OK with only spaces")
	}
	send(d, Press(KeyBackspace), Press(KeyBackspace), Press(KeyBackspace), Type("score"))
	// While the input method composes, Enter is its own.
	if st := send(d, Compose("ｘ"), Press(KeyEnter)); st != Open {
		t.Fatalf("Enter while composing: %v", st)
	}
	if st := send(d, Compose(""), Press(KeyEnter)); st != Done || d.Result().Text != "score" || d.Result().Choice != 0 {
		t.Fatalf("Enter: %v %+v", st, d.Result())
	}
}

func TestDialogCancel(t *testing.T) {
	d := NewDialog(testEnv(800, 600, 1), newVariable("en"))
	send(d, Type("x"))
	if st := send(d, Press(KeyEscape)); st != Cancelled {
		t.Fatalf("Escape: %v", st)
	}
	d = NewDialog(testEnv(800, 600, 1), newVariable("en"))
	if st := send(d, Tap(Center(d.CancelRect()))...); st != Cancelled {
		t.Fatalf("Cancel: %v", st)
	}
	// A press outside the modal dialog does nothing.
	d = NewDialog(testEnv(800, 600, 1), newVariable("en"))
	if st := send(d, Tap(Center(rectWH(0, 0, 10, 10)))...); st != Open {
		t.Fatalf("press outside: %v", st)
	}
}

func TestDialogError(t *testing.T) {
	o := newVariable("en")
	o.Validate = func(s string) string {
		if s == "score" {
			return "That name is taken"
		}
		return ""
	}
	d := NewDialog(testEnv(800, 600, 1), o)
	h := d.Bounds().Dy()
	send(d, Type("score"))
	if st := send(d, Press(KeyEnter)); st != Open || d.Error() != "That name is taken" {
		t.Fatalf("taken name: %v, error %q", st, d.Error())
	}
	if d.Bounds().Dy() <= h {
		t.Fatal("the error line takes no room")
	}
	send(d, Type("2"))
	if d.Error() != "" {
		t.Fatalf("typing keeps the error %q", d.Error())
	}
	if st := send(d, Press(KeyEnter)); st != Done {
		t.Fatalf("free name: %v", st)
	}
	// A caller that checks after OK reopens the dialog with SetError.
	d.SetError("名前が使われています")
	if d.Status() != Open || d.Error() == "" {
		t.Fatal("SetError does not reopen")
	}
}

func TestDialogRename(t *testing.T) {
	o := newVariable("en")
	o.Text = "old"
	d := NewDialog(testEnv(800, 600, 1), o)
	send(d, Type("new"))
	if d.Result().Text != "new" {
		t.Fatalf("typing over the old name: %q", d.Result().Text)
	}
}

func TestDialogNoOptions(t *testing.T) {
	d := NewDialog(testEnv(800, 600, 1), DialogOptions{Title: "Rename", OK: "OK", Cancel: "Cancel"})
	if !d.ChoiceRect(0).Empty() || !d.CheckRect().Empty() {
		t.Fatal("controls that were not asked for")
	}
	send(d, Type("a"))
	if st := send(d, Tap(Center(d.OKRect()))...); st != Done {
		t.Fatalf("OK: %v", st)
	}
}

// On a small screen with long Japanese labels everything stays inside the dialog, and the
// dialog on the screen.
func TestDialogLongLabels(t *testing.T) {
	env := testEnv(360, 640, 1)
	o := DialogOptions{
		Title:   "あたらしい へんすうの なまえを つけましょう。みんなが わかる なまえに しよう",
		Choices: []string{"すべての スプライトで つかう", "この スプライトだけで つかう"},
		Check:   "がめんを かきなおさずに じっこうする（はやく うごきます）",
		OK:      "けってい", Cancel: "やめる",
	}
	d := NewDialog(env, o)
	b := d.Bounds()
	if !b.In(env.Screen) {
		t.Fatalf("dialog %v off the screen", b)
	}
	for name, r := range map[string]image.Rectangle{"field": d.Field().Rect, "choice 0": d.ChoiceRect(0),
		"choice 1": d.ChoiceRect(1), "check": d.CheckRect(), "ok": d.OKRect(), "cancel": d.CancelRect()} {
		if !r.In(b) || r.Dy() < Target {
			t.Errorf("%s %v: not in %v or shorter than %d", name, r, b, Target)
		}
	}
	if d.ChoiceRect(0).Overlaps(d.ChoiceRect(1)) || d.OKRect().Overlaps(d.CancelRect()) {
		t.Error("controls overlap")
	}
}

// OK pressed while the input method composes keeps what it composes.
func TestDialogOKWhileComposing(t *testing.T) {
	d := NewDialog(testEnv(800, 600, 1), newVariable("ja"))
	send(d, Type("スコ"), Compose("あ"))
	if st := send(d, Tap(Center(d.OKRect()))...); st != Done || d.Result().Text != "スコあ" {
		t.Fatalf("OK while composing: %v %q", st, d.Result().Text)
	}
}
