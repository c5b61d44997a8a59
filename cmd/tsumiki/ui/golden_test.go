package ui

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/stage/render/gltest"
)

// The golden images are in testdata; go test -update draws them again. Look at them after a
// change: they must look like Scratch's, tidy and readable.

var colorBackdrop = color.RGBA{0xe5, 0xf0, 0xff, 0xff}

// drawWidget draws w on a screen of env's size, over the app's pale blue and an orange
// stand-in for what opened it (anchor, if not empty), and reads the pixels back.
func drawWidget(t testing.TB, env Env, anchor image.Rectangle, w Widget) *image.RGBA {
	t.Helper()
	dst := ebiten.NewImage(env.Screen.Dx(), env.Screen.Dy())
	defer dst.Deallocate()
	dst.Fill(colorBackdrop)
	if !anchor.Empty() {
		FillRound(dst, anchor, env.px(6), color.RGBA{0xff, 0xab, 0x19, 0xff})
		StrokeRound(dst, anchor, env.px(6), env.px(1), color.RGBA{0xcf, 0x8b, 0x17, 0xff})
	}
	w.Draw(dst)
	return gltest.ReadBack(dst)
}

func TestGoldenMenu(t *testing.T) {
	gltest.Need(t)
	env := testEnv(480, 400, 1)
	anchor := rectWH(40, 40, 140, 40)
	en := []MenuItem{{Label: "costume1"}, {Label: "costume2"}, {Label: "next costume", Disabled: true},
		{Label: "record…", Separator: true}, {Label: "rename variable"}}
	m := NewMenu(env, en, anchor, 1)
	send(m, Press(KeyDown), Press(KeyDown)) // onto "record…", past the disabled item
	gltest.CheckGolden(t, "menu-en", drawWidget(t, env, anchor, m))

	ja := []MenuItem{{Label: "あか", Swatch: color.RGBA{0xff, 0x4d, 0x4d, 0xff}}, {Label: "みどり", Swatch: color.RGBA{0x4c, 0xbf, 0x56, 0xff}},
		{Label: "あお", Swatch: colorBlue}, {Label: "複製", Separator: true}, {Label: "コメントを追加"},
		{Label: "ブロックを削除する（この下のブロックもいっしょに消えます）"}}
	anchor = rectWH(300, 330, 120, 40) // near the bottom right: the menu opens above, inside
	m = NewMenu(env, ja, anchor, -1)
	gltest.CheckGolden(t, "menu-ja", drawWidget(t, env, anchor, m))

	var long []MenuItem
	for i := range 30 {
		long = append(long, MenuItem{Label: fmt.Sprintf("sprite %d", i+1)})
	}
	anchor = rectWH(40, 150, 140, 40)
	m = NewMenu(env, long, anchor, 12)
	send(m, Scroll(-1))
	gltest.CheckGolden(t, "menu-scroll", drawWidget(t, env, anchor, m))

	// Library items show their thumbnails: a tall and a wide picture both fit their square.
	tall, wide := ebiten.NewImage(20, 40), ebiten.NewImage(60, 30)
	defer tall.Deallocate()
	defer wide.Deallocate()
	tall.Fill(color.RGBA{0xe6, 0x95, 0x00, 0xff})
	wide.Fill(color.RGBA{0x4c, 0x97, 0xff, 0xff})
	icons := []MenuItem{{Label: "+ Cat", Icon: tall}, {Label: "+ Night sky", Icon: wide},
		{Label: "Upload picture…", Separator: true}}
	anchor = rectWH(40, 40, 140, 40)
	m = NewMenu(env, icons, anchor, -1)
	if h := m.ItemRect(0).Dy(); h < iconSize+8 {
		t.Errorf("an item with an icon is %d pixels tall, want at least %d", h, iconSize+8)
	}
	if h := m.ItemRect(2).Dy(); h >= iconSize+8 {
		t.Errorf("an item without an icon is %d pixels tall, want less than %d", h, iconSize+8)
	}
	gltest.CheckGolden(t, "menu-icons", drawWidget(t, env, anchor, m))
}

func TestGoldenDialog(t *testing.T) {
	gltest.Need(t)
	env := testEnv(640, 480, 1)
	d := NewDialog(env, newVariable("en"))
	send(d, Type("score"))
	send(d, Tap(Center(d.ChoiceRect(1)))...)
	gltest.CheckGolden(t, "dialog-en", drawWidget(t, env, image.Rectangle{}, d))

	env = testEnv(960, 720, 1.5)
	d = NewDialog(env, newVariable("ja"))
	send(d, Type("スコ"), Compose("あ"))
	d.SetError("その なまえは もう つかわれています。べつの なまえに してね。")
	send(d, Tap(Center(d.CheckRect()))...)
	gltest.CheckGolden(t, "dialog-ja", drawWidget(t, env, image.Rectangle{}, d))
}

func TestGoldenMakeBlock(t *testing.T) {
	gltest.Need(t)
	env := testEnv(720, 560, 1)
	d := NewMakeBlockDialog(env, makeBlockOptions("en"))
	send(d, Type("jump"))
	send(d, Tap(Center(d.AddRect(NumberOrText)))...)
	send(d, Type("height"))
	send(d, Tap(Center(d.AddRect(Boolean)))...)
	send(d, Tap(Center(d.WarpRect()))...)
	gltest.CheckGolden(t, "makeblock-en", drawWidget(t, env, image.Rectangle{}, d))

	o := makeBlockOptions("ja")
	o.Parts = []Part{{Label, "ジャンプする"}, {NumberOrText, "高さ"}, {Label, "で"}, {Boolean, "速く？"}}
	d = NewMakeBlockDialog(env, o)
	send(d, Tap(Center(d.PartRect(1)))...)
	send(d, Type("と"), Compose("はやさ"))
	gltest.CheckGolden(t, "makeblock-ja", drawWidget(t, env, image.Rectangle{}, d))
}

func TestGoldenColorPicker(t *testing.T) {
	gltest.Need(t)
	env := testEnv(400, 400, 1)
	anchor := rectWH(30, 20, 60, 36)
	p := NewColorPicker(env, "#4c97ff", anchor, colorLabels("en"))
	gltest.CheckGolden(t, "colorpicker-en", drawWidget(t, env, anchor, p))

	anchor = rectWH(200, 340, 60, 36) // near the bottom: above
	p = NewColorPicker(env, "#ff6680", anchor, colorLabels("ja"))
	send(p, Press(KeyDown))
	gltest.CheckGolden(t, "colorpicker-ja", drawWidget(t, env, anchor, p))
}

func TestGoldenConfirm(t *testing.T) {
	gltest.Need(t)
	env := testEnv(640, 400, 1)
	c := NewConfirm(env, ConfirmOptions{
		Message: "Tsumiki closed before your work was saved. Would you like to open the work it saved for you?",
		Buttons: []string{"Start afresh", "Open the autosaved work"}, Default: 1})
	gltest.CheckGolden(t, "confirm-en", drawWidget(t, env, image.Rectangle{}, c))

	env = testEnv(480, 480, 1)
	c = NewConfirm(env, ConfirmOptions{Title: "スプライトを けす",
		Message: "「ネコ」を けしますか？ けした スプライトの スクリプトも ぜんぶ なくなります。",
		Buttons: []string{"やめる", "けす"}, Default: 1, Danger: true})
	gltest.CheckGolden(t, "confirm-ja", drawWidget(t, env, image.Rectangle{}, c))
}
