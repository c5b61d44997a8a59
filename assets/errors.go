package assets

import (
	"fmt"

	"tsumiki/blocks"
)

// Error is a problem with one costume, backdrop or sound. Its message says what went wrong in
// plain words, in each language; it does not say which sprite or costume, as the caller
// puts that around it.
type Error struct {
	Target string      // "Stage" or the sprite's name; empty for Store.Image
	Media  string      // the costume's, backdrop's or sound's name; empty for Store.Image
	Msg    blocks.Text // what went wrong, with fmt verbs for Args
	Args   []any
	Err    error // the cause, for people debugging, or nil
}

// Error returns the message in English.
func (e *Error) Error() string { return e.Localize(blocks.English) }

// Localize returns the message in lang.
func (e *Error) Localize(lang blocks.Lang) string { return e.Msg.Format(lang, e.Args...) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

func newError(cause error, msg blocks.Text, args ...any) *Error {
	return &Error{Msg: msg, Args: args, Err: cause}
}

// about fills in which target and media err is about, when it is an *Error.
func about(err error, target string, m blocks.Media) error {
	if e, ok := err.(*Error); ok {
		e.Target, e.Media = target, m.Name
	}
	return err
}

// sizeText says a number of bytes in megabytes, as "8 MB" or "12.5 MB". It rounds up, so a
// file just over a limit never reads as the limit itself.
func sizeText(n int64) string {
	tenths := (n*10 + 1<<20 - 1) >> 20
	if tenths%10 == 0 {
		return fmt.Sprintf("%d MB", tenths/10)
	}
	return fmt.Sprintf("%d.%d MB", tenths/10, tenths%10)
}

// The messages. English quotes names with %q; Japanese puts them in 「」.
var (
	msgNoItem = blocks.NewText(
		"there is no library item %q",
		"ライブラリに「%s」はありません",
		"ライブラリに「%s」は ありません")
	msgItemIsSound = blocks.NewText(
		"the library item %q is a sound, not a picture",
		"ライブラリの「%s」は音で、絵ではありません",
		"ライブラリの「%s」は おとで、えでは ありません")
	msgItemIsPicture = blocks.NewText(
		"the library item %q is a picture, not a sound",
		"ライブラリの「%s」は絵で、音ではありません",
		"ライブラリの「%s」は えで、おとでは ありません")
	msgRef = blocks.NewText(
		"it must name either a library item or a file, exactly one of them",
		"ライブラリのものかファイルのどちらか一つを指定してください",
		"ライブラリの ものか ファイルの どちらか ひとつを えらんでください")
	msgNoFolder = blocks.NewText(
		"the file %q cannot be found, because the project has no folder",
		"プロジェクトのフォルダーがないので、ファイル「%s」を探せません",
		"プロジェクトの フォルダーが ないので、ファイル「%s」を さがせません")
	msgBadPath = blocks.NewText(
		`the file name %q is not allowed: it must be a file inside the project's folder, with "/" between folders and no ".."`,
		"ファイル名「%s」は使えません。プロジェクトのフォルダーの中のファイルを「/」で区切って書いてください（「..」は使えません）",
		"ファイルの なまえ「%s」は つかえません。プロジェクトの フォルダーの なかの ファイルを「/」で くぎって かいてください（「..」は つかえません）")
	msgNoFile = blocks.NewText(
		"the file %q is not there",
		"ファイル「%s」が見つかりません",
		"ファイル「%s」が みつかりません")
	msgIsFolder = blocks.NewText(
		"%q is a folder, not a file",
		"「%s」はフォルダーで、ファイルではありません",
		"「%s」は フォルダーで、ファイルでは ありません")
	msgCannotRead = blocks.NewText(
		"the file %q cannot be read",
		"ファイル「%s」を読めません",
		"ファイル「%s」を よめません")
	msgFileTooBig = blocks.NewText(
		"the file %q is %s, larger than %s",
		"ファイル「%s」は %s で、大きすぎます（%s まで）",
		"ファイル「%s」は %s で、おおきすぎます（%s まで）")
	msgFileLarger = blocks.NewText(
		"the file %q is larger than %s",
		"ファイル「%s」は大きすぎます（%s まで）",
		"ファイル「%s」は おおきすぎます（%s まで）")
	msgPictureKind = blocks.NewText(
		"the file %q is not a kind of picture Tsumiki can show: use a .png, .jpg or .svg file",
		"ファイル「%s」は Tsumiki で使える絵ではありません。.png か .jpg か .svg のファイルを使ってください",
		"ファイル「%s」は Tsumiki で つかえる えでは ありません。.png か .jpg か .svg の ファイルを つかってください")
	msgNotPNG = blocks.NewText(
		"the file %q is not a PNG picture",
		"ファイル「%s」は PNG の絵ではありません",
		"ファイル「%s」は PNG の えでは ありません")
	msgNotJPEG = blocks.NewText(
		"the file %q is not a JPEG picture",
		"ファイル「%s」は JPEG の絵ではありません",
		"ファイル「%s」は JPEG の えでは ありません")
	msgNotSVG = blocks.NewText(
		"the file %q is not an SVG picture",
		"ファイル「%s」は SVG の絵ではありません",
		"ファイル「%s」は SVG の えでは ありません")
	msgSVGNoSize = blocks.NewText(
		"the picture in %q does not say how large it is: its <svg> needs a width and height, or a viewBox",
		"「%s」の絵は大きさが書かれていません。<svg> に width と height か、viewBox が必要です",
		"「%s」の えは おおきさが かかれていません。<svg> に width と height か、viewBox が ひつようです")
	msgSVGTooComplex = blocks.NewText(
		"the picture in %q is too complicated to draw",
		"「%s」の絵は複雑すぎてかけません",
		"「%s」の えは ふくざつすぎて かけません")
	msgPictureDamaged = blocks.NewText(
		"the picture in %q is damaged and cannot be read",
		"「%s」の絵は壊れていて読めません",
		"「%s」の えは こわれていて よめません")
	msgPictureTooLarge = blocks.NewText(
		"the picture in %q is %d×%d pixels, larger than %d",
		"「%s」の絵は %d×%d ピクセルで、大きすぎます（%d まで）",
		"「%s」の えは %d×%d ピクセルで、おおきすぎます（%d まで）")
	msgPictureEmpty = blocks.NewText(
		"the picture in %q is empty: it has no pixels",
		"「%s」の絵は空っぽです（ピクセルがありません）",
		"「%s」の えは からっぽです（ピクセルが ありません）")
	msgTooManyPixels = blocks.NewText(
		"the picture in %q does not fit: the pictures of this project are too large all together, more than %d million pixels",
		"「%s」の絵が入りません。このプロジェクトの絵は、全部合わせると大きすぎます（%d 百万ピクセルまで）",
		"「%s」の えが はいりません。この プロジェクトの えは、ぜんぶ あわせると おおきすぎます（%d ひゃくまん ピクセルまで）")
	msgNoPicture = blocks.NewText(
		"there is no picture %q",
		"絵「%s」はありません",
		"え「%s」は ありません")
	msgSoundKind = blocks.NewText(
		"the file %q is not a kind of sound Tsumiki can play: use an .mp3 or .wav file",
		"ファイル「%s」は Tsumiki で使える音ではありません。.mp3 か .wav のファイルを使ってください",
		"ファイル「%s」は Tsumiki で つかえる おとでは ありません。.mp3 か .wav の ファイルを つかってください")
	msgNotMP3 = blocks.NewText(
		"the file %q is not an MP3 sound",
		"ファイル「%s」は MP3 の音ではありません",
		"ファイル「%s」は MP3 の おとでは ありません")
	msgNotWAV = blocks.NewText(
		"the file %q is not a WAV sound",
		"ファイル「%s」は WAV の音ではありません",
		"ファイル「%s」は WAV の おとでは ありません")
	msgSoundDamaged = blocks.NewText(
		"the sound in %q is damaged and cannot be read",
		"「%s」の音は壊れていて読めません",
		"「%s」の おとは こわれていて よめません")
	msgSoundTooLong = blocks.NewText(
		"the sound in %q is longer than %d minutes",
		"「%s」の音は長すぎます（%d 分まで）",
		"「%s」の おとは ながすぎます（%d ふんまで）")
	msgTooMuchSound = blocks.NewText(
		"the sound in %q does not fit: the sounds of this project are too long all together",
		"「%s」の音が入りません。このプロジェクトの音は、全部合わせると長すぎます",
		"「%s」の おとが はいりません。この プロジェクトの おとは、ぜんぶ あわせると ながすぎます")
	msgWAVKind = blocks.NewText(
		"the sound in %q is a kind of WAV Tsumiki cannot play: save it as a plain (PCM) WAV file",
		"「%s」の音は Tsumiki で再生できない種類の WAV です。ふつうの（PCM の）WAV で保存してください",
		"「%s」の おとは Tsumiki で ならせない しゅるいの WAV です。ふつうの（PCM の）WAV で ほぞんしてください")
)
