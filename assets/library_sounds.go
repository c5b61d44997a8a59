package assets

import "tsumiki/blocks"

// The categories of the library's sounds.
const (
	Effects     Category = "effects"     // pops, boings, coins and other sound effects
	Jingles     Category = "jingles"     // short tunes for winning, losing and starting
	Instruments Category = "instruments" // notes and chords of instruments, drum hits
)

// soundCategoryLabels names the categories of the library's sounds.
var soundCategoryLabels = map[Category]blocks.Text{
	Effects:     blocks.NewText("Effects", "効果音", "こうかおん"),
	Jingles:     blocks.NewText("Jingles", "ジングル", "ジングル"),
	Instruments: blocks.NewText("Instruments", "楽器", "がっき"),
}

// soundItems are the library's sounds, MP3 files made by assets/gen: mono, 22050 Hz, 48 kbps.
var soundItems = []Item{
	{"pop", Sound, Effects, blocks.NewText("Pop", "ポン", "ぽん"), 0, 0},
	{"boing", Sound, Effects, blocks.NewText("Boing", "ボヨーン", "ぼよーん"), 0, 0},
	{"whoosh", Sound, Effects, blocks.NewText("Whoosh", "ヒューッ", "ひゅーっ"), 0, 0},
	{"splash", Sound, Effects, blocks.NewText("Splash", "バシャーン", "ばしゃーん"), 0, 0},
	{"click", Sound, Effects, blocks.NewText("Click", "カチッ", "かちっ"), 0, 0},
	{"beep", Sound, Effects, blocks.NewText("Beep", "ピッ", "ぴっ"), 0, 0},
	{"coin", Sound, Effects, blocks.NewText("Coin", "コイン", "コイン"), 0, 0},
	{"jump", Sound, Effects, blocks.NewText("Jump", "ジャンプ", "ジャンプ"), 0, 0},
	{"laser", Sound, Effects, blocks.NewText("Laser", "レーザー", "レーザー"), 0, 0},
	{"bell", Sound, Effects, blocks.NewText("Bell", "ベル", "ベル"), 0, 0},
	{"clapping", Sound, Effects, blocks.NewText("Clapping", "拍手", "はくしゅ"), 0, 0},
	{"door-knock", Sound, Effects, blocks.NewText("Door knock", "ノック", "ノック"), 0, 0},
	{"magic", Sound, Effects, blocks.NewText("Magic", "魔法", "まほう"), 0, 0},
	{"drip", Sound, Effects, blocks.NewText("Drip", "しずく", "しずく"), 0, 0},
	{"buzzer", Sound, Effects, blocks.NewText("Buzzer", "ブザー", "ブザー"), 0, 0},
	{"fanfare", Sound, Jingles, blocks.NewText("Fanfare", "ファンファーレ", "ファンファーレ"), 0, 0},
	{"success", Sound, Jingles, blocks.NewText("Success", "成功", "せいこう"), 0, 0},
	{"try-again", Sound, Jingles, blocks.NewText("Try again", "もう一回", "もういっかい"), 0, 0},
	{"start", Sound, Jingles, blocks.NewText("Start", "スタート", "スタート"), 0, 0},
	{"level-up", Sound, Jingles, blocks.NewText("Level up", "レベルアップ", "レベルアップ"), 0, 0},
	{"game-over", Sound, Jingles, blocks.NewText("Game over", "ゲームオーバー", "ゲームオーバー"), 0, 0},
	{"piano-c", Sound, Instruments, blocks.NewText("Piano C", "ピアノ ド", "ピアノ ド"), 0, 0},
	{"guitar-strum", Sound, Instruments, blocks.NewText("Guitar strum", "ギター ジャラーン", "ギター じゃらーん"), 0, 0},
	{"marimba-c", Sound, Instruments, blocks.NewText("Marimba C", "マリンバ ド", "マリンバ ド"), 0, 0},
	{"music-box-c", Sound, Instruments, blocks.NewText("Music box C", "オルゴール ド", "オルゴール ド"), 0, 0},
	{"organ-chord", Sound, Instruments, blocks.NewText("Organ chord", "オルガン 和音", "オルガン わおん"), 0, 0},
	{"flute-c", Sound, Instruments, blocks.NewText("Flute C", "フルート ド", "フルート ド"), 0, 0},
	{"bass-drum", Sound, Instruments, blocks.NewText("Bass drum", "大太鼓", "おおだいこ"), 0, 0},
	{"snare-drum", Sound, Instruments, blocks.NewText("Snare drum", "小太鼓", "こだいこ"), 0, 0},
	{"cymbal", Sound, Instruments, blocks.NewText("Cymbal", "シンバル", "シンバル"), 0, 0},
}
