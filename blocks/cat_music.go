package blocks

import "strconv"

// numbered returns the options of a numbered menu, as the music extension's menus label them:
// "(1) Piano". Each row is English, Japanese and hiragana-only.
func numbered(rows [][3]string) []Option {
	opts := make([]Option, len(rows))
	for i, r := range rows {
		n := strconv.Itoa(i + 1)
		p := "(" + n + ") "
		opts[i] = opt(n, p+r[0], p+r[1], p+r[2])
	}
	return opts
}

// instruments are the music extension's instruments, numbered as Scratch numbers them.
var instruments = numbered([][3]string{
	{"Piano", "ピアノ", "ピアノ"},
	{"Electric Piano", "エレクトリックピアノ", "エレクトリックピアノ"},
	{"Organ", "オルガン", "オルガン"},
	{"Guitar", "ギター", "ギター"},
	{"Electric Guitar", "エレキギター", "エレキギター"},
	{"Bass", "ベース", "ベース"},
	{"Pizzicato", "ピチカート", "ピチカート"},
	{"Cello", "チェロ", "チェロ"},
	{"Trombone", "トロンボーン", "トロンボーン"},
	{"Clarinet", "クラリネット", "クラリネット"},
	{"Saxophone", "サクソフォン", "サクソフォン"},
	{"Flute", "フルート", "フルート"},
	{"Wooden Flute", "木のフルート", "きの フルート"},
	{"Bassoon", "バスーン", "バスーン"},
	{"Choir", "合唱", "がっしょう"},
	{"Vibraphone", "ビブラフォン", "ビブラフォン"},
	{"Music Box", "オルゴール", "オルゴール"},
	{"Steel Drum", "スチールドラム", "スチールドラム"},
	{"Marimba", "マリンバ", "マリンバ"},
	{"Synth Lead", "シンセリード", "シンセリード"},
	{"Synth Pad", "シンセパッド", "シンセパッド"},
})

// drums are the music extension's drums, numbered as Scratch numbers them.
var drums = numbered([][3]string{
	{"Snare Drum", "スネアドラム", "スネアドラム"},
	{"Bass Drum", "バスドラム", "バスドラム"},
	{"Side Stick", "サイドスティック", "サイドスティック"},
	{"Crash Cymbal", "クラッシュシンバル", "クラッシュシンバル"},
	{"Open Hi-Hat", "オープンハイハット", "オープンハイハット"},
	{"Closed Hi-Hat", "クローズドハイハット", "クローズドハイハット"},
	{"Tambourine", "タンバリン", "タンバリン"},
	{"Hand Clap", "手拍子", "てびょうし"},
	{"Claves", "クラベス", "クラベス"},
	{"Wood Block", "ウッドブロック", "ウッドブロック"},
	{"Cowbell", "カウベル", "カウベル"},
	{"Triangle", "トライアングル", "トライアングル"},
	{"Bongo", "ボンゴ", "ボンゴ"},
	{"Conga", "コンガ", "コンガ"},
	{"Cabasa", "カバサ", "カバサ"},
	{"Guiro", "ギロ", "ギロ"},
	{"Vibraslap", "ビブラスラップ", "ビブラスラップ"},
	{"Cuica", "クイーカ", "クイーカ"},
})

// musicBlocks are Scratch's music extension. Beats last 60/tempo seconds; the tempo belongs
// to the stage and the instrument to each sprite, as in Scratch.
var musicBlocks = []Def{
	{Opcode: "music_playDrumForBeats", Category: Music, Shape: Stack,
		Label:  Text{"play drum %DRUM for %BEATS beats", "%DRUM のドラムを %BEATS 拍鳴らす", "%DRUM の ドラムを %BEATS はく ならす"},
		Inputs: []InputSpec{menuInput("DRUM", Static, "1", drums...), number("BEATS", "0.25")},
		Lua:    "play_drum($DRUM, $BEATS)"},
	{Opcode: "music_restForBeats", Category: Music, Shape: Stack,
		Label:  Text{"rest for %BEATS beats", "%BEATS 拍休む", "%BEATS はく やすむ"},
		Inputs: []InputSpec{number("BEATS", "0.25")},
		Lua:    "rest($BEATS)"},
	{Opcode: "music_playNoteForBeats", Category: Music, Shape: Stack,
		Label:  Text{"play note %NOTE for %BEATS beats", "%NOTE の音符を %BEATS 拍鳴らす", "%NOTE の おんぷを %BEATS はく ならす"},
		Inputs: []InputSpec{number("NOTE", "60"), number("BEATS", "0.25")},
		Lua:    "play_note($NOTE, $BEATS)"},
	{Opcode: "music_setInstrument", Category: Music, Shape: Stack,
		Label:  Text{"set instrument to %INSTRUMENT", "楽器を %INSTRUMENT にする", "がっきを %INSTRUMENT に する"},
		Inputs: []InputSpec{menuInput("INSTRUMENT", Static, "1", instruments...)},
		Lua:    "set_instrument($INSTRUMENT)"},
	{Opcode: "music_setTempo", Category: Music, Shape: Stack,
		Label:  Text{"set tempo to %TEMPO", "テンポを %TEMPO にする", "テンポを %TEMPO に する"},
		Inputs: []InputSpec{number("TEMPO", "60")},
		Lua:    "set_tempo($TEMPO, false)"},
	{Opcode: "music_changeTempo", Category: Music, Shape: Stack,
		Label:  Text{"change tempo by %TEMPO", "テンポを %TEMPO ずつ変える", "テンポを %TEMPO ずつ かえる"},
		Inputs: []InputSpec{number("TEMPO", "20")},
		Lua:    "set_tempo($TEMPO, true)"},
	{Opcode: "music_getTempo", Category: Music, Shape: Reporter, Result: NumType,
		Label: Text{"tempo", "テンポ", "テンポ"},
		Lua:   "tempo()"},
}
