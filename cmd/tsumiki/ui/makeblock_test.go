package ui

import (
	"reflect"
	"testing"
)

func makeBlockOptions(lang string) MakeBlockOptions {
	if lang == "ja" {
		return MakeBlockOptions{Title: "ブロックを作る", AddNumber: "引数を追加 数値またはテキスト",
			AddBoolean: "引数を追加 真偽値", AddLabel: "ラベルのテキストを追加",
			WarpLabel: "画面を再描画せずに実行する", OK: "OK", Cancel: "キャンセル",
			DefaultLabel: "ブロック名", DefaultNumber: "数値またはテキスト", DefaultBoolean: "真偽値", DefaultText: "ラベルのテキスト"}
	}
	return MakeBlockOptions{Title: "Make a Block", AddNumber: "Add an input number or text",
		AddBoolean: "Add an input boolean", AddLabel: "Add a label",
		WarpLabel: "Run without screen refresh", OK: "OK", Cancel: "Cancel",
		DefaultLabel: "block name", DefaultNumber: "number or text", DefaultBoolean: "boolean", DefaultText: "label text"}
}

func TestMakeBlockJumpHeight(t *testing.T) {
	d := NewMakeBlockDialog(testEnv(960, 720, 1), makeBlockOptions("en"))
	// The block's name is selected at first: typing replaces it.
	send(d, Type("jump"))
	send(d, Tap(Center(d.AddRect(NumberOrText)))...)
	send(d, Type("height"))
	send(d, Tap(Center(d.WarpRect()))...)
	if st := send(d, Tap(Center(d.OKRect()))...); st != Done {
		t.Fatalf("OK: %v", st)
	}
	parts, warp := d.Result()
	want := []Part{{Label, "jump"}, {NumberOrText, "height"}}
	if !reflect.DeepEqual(parts, want) || !warp {
		t.Fatalf("parts %+v, warp %v; want %+v, true", parts, warp, want)
	}
}

func TestMakeBlockEveryKind(t *testing.T) {
	d := NewMakeBlockDialog(testEnv(960, 720, 1), makeBlockOptions("en"))
	send(d, Type("jump"))
	send(d, Tap(Center(d.AddRect(NumberOrText)))...)
	send(d, Type("height"))
	send(d, Tap(Center(d.AddRect(Label)))...)
	send(d, Type("if"))
	send(d, Tap(Center(d.AddRect(Boolean)))...)
	if d.Field().Text() != "boolean" || !d.Field().Selected() {
		t.Fatalf("a new boolean input: %q, selected %v", d.Field().Text(), d.Field().Selected())
	}
	send(d, Type("fast"))
	if st := send(d, Press(KeyEnter)); st != Done {
		t.Fatalf("Enter: %v", st)
	}
	parts, warp := d.Result()
	want := []Part{{Label, "jump"}, {NumberOrText, "height"}, {Label, "if"}, {Boolean, "fast"}}
	if !reflect.DeepEqual(parts, want) || warp {
		t.Fatalf("parts %+v, warp %v; want %+v, false", parts, warp, want)
	}
}

func TestMakeBlockRemoveParts(t *testing.T) {
	d := NewMakeBlockDialog(testEnv(960, 720, 1), makeBlockOptions("en"))
	send(d, Type("go"))
	send(d, Tap(Center(d.AddRect(NumberOrText)))...)
	// Backspace clears the selected name, then removes the empty input.
	send(d, Press(KeyBackspace))
	if len(d.Parts()) != 2 || d.Field().Text() != "" {
		t.Fatalf("after one Backspace: %+v", d.Parts())
	}
	send(d, Press(KeyBackspace))
	if want := []Part{{Label, "go"}}; !reflect.DeepEqual(d.Parts(), want) || d.Focus() != 0 {
		t.Fatalf("after two: %+v, focus %d", d.Parts(), d.Focus())
	}
	// Backspace on the last, empty part leaves it.
	send(d, Press(KeyBackspace), Press(KeyBackspace), Press(KeyBackspace))
	if d.Parts() != nil || d.OKEnabled() {
		t.Fatalf("all cleared: %+v", d.Parts())
	}
	if st := send(d, Press(KeyEnter)); st != Open {
		t.Fatalf("Enter with no words: %v", st)
	}

	// The delete button removes the part being typed into; tapping a part chooses it.
	d = NewMakeBlockDialog(testEnv(960, 720, 1), makeBlockOptions("en"))
	send(d, Type("say"))
	send(d, Tap(Center(d.AddRect(Boolean)))...)
	send(d, Tap(Center(d.AddRect(NumberOrText)))...)
	send(d, Tap(Center(d.PartRect(1)))...)
	if d.Focus() != 1 || d.Field().Selected() {
		t.Fatalf("tap on part 1: focus %d", d.Focus())
	}
	if d.DeleteRect().Empty() {
		t.Fatal("no delete button")
	}
	send(d, Tap(Center(d.DeleteRect()))...)
	want := []Part{{Label, "say"}, {NumberOrText, "number or text"}}
	if !reflect.DeepEqual(d.Parts(), want) {
		t.Fatalf("after delete: %+v", d.Parts())
	}
	send(d, Type("!")) // typing goes to the label before the removed part
	if d.Parts()[0].Text != "say!" {
		t.Fatalf("typed into %+v", d.Parts())
	}
}

func TestMakeBlockCancel(t *testing.T) {
	d := NewMakeBlockDialog(testEnv(960, 720, 1), makeBlockOptions("ja"))
	if st := send(d, Press(KeyEscape)); st != Cancelled {
		t.Fatalf("Escape: %v", st)
	}
	d = NewMakeBlockDialog(testEnv(960, 720, 1), makeBlockOptions("ja"))
	if st := send(d, Tap(Center(d.CancelRect()))...); st != Cancelled {
		t.Fatalf("Cancel: %v", st)
	}
}

// A long block wraps its parts into rows inside the dialog, and the dialog stays on a small
// screen.
func TestMakeBlockLongBlock(t *testing.T) {
	env := testEnv(480, 800, 1)
	o := makeBlockOptions("ja")
	o.Parts = []Part{{Label, "とても ながい なまえの ブロックを つくって みました"}, {NumberOrText, "きょり"},
		{Label, "ぶんだけ"}, {Boolean, "はやく うごく？"}, {Label, "で うごかす"}}
	d := NewMakeBlockDialog(env, o)
	b := d.Bounds()
	if !b.In(env.Screen) {
		t.Fatalf("dialog %v off the screen", b)
	}
	for i := range o.Parts {
		if r := d.PartRect(i); !r.In(b) {
			t.Errorf("part %d at %v outside %v", i, r, b)
		}
		for j := range i {
			if d.PartRect(i).Overlaps(d.PartRect(j)) {
				t.Errorf("parts %d and %d overlap", j, i)
			}
		}
	}
	if !reflect.DeepEqual(d.Parts(), o.Parts) {
		t.Fatalf("parts %+v", d.Parts())
	}
}

// Moving to another part while the input method composes keeps the composition in the part
// it was typed into.
func TestMakeBlockFocusWhileComposing(t *testing.T) {
	d := NewMakeBlockDialog(testEnv(960, 720, 1), makeBlockOptions("ja"))
	send(d, Type("とぶ"))
	send(d, Tap(Center(d.AddRect(NumberOrText)))...)
	send(d, Type("たか"), Compose("さ"))
	send(d, Tap(Center(d.PartRect(0)))...)
	want := []Part{{Label, "とぶ"}, {NumberOrText, "たかさ"}}
	if !reflect.DeepEqual(d.Parts(), want) || d.Focus() != 0 || d.Field().Composing() {
		t.Fatalf("parts %+v, focus %d", d.Parts(), d.Focus())
	}
}
