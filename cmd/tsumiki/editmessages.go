package main

import "tsumiki/blocks"

// What the editor says, in each language. Hiragana texts hold no kanji (a test checks).
var (
	msgFile           = blocks.NewText("File", "ファイル", "ファイル")
	msgCode           = blocks.NewText("Code", "コード", "コード")
	msgNew            = blocks.NewText("New project", "新しいプロジェクト", "あたらしい プロジェクト")
	msgOpen           = blocks.NewText("Open…", "開く…", "ひらく…")
	msgSave           = blocks.NewText("Save now", "今すぐ保存", "いま ほぞんする")
	msgSaveAs         = blocks.NewText("Save as…", "名前を付けて保存…", "なまえを つけて ほぞん…")
	msgLessons        = blocks.NewText("Lesson: %s", "レッスン: %s", "レッスン: %s")
	msgSaved          = blocks.NewText("Saved as %s.", "%s として保存しました。", "%s として ほぞんしました。")
	msgNothingToOpen  = blocks.NewText("(no saved projects yet)", "（保存したプロジェクトはまだありません）", "（ほぞんした プロジェクトは まだ ありません）")
	msgProjectName    = blocks.NewText("Project name", "プロジェクトの名前", "プロジェクトの なまえ")
	msgOK             = blocks.NewText("OK", "OK", "OK")
	msgCancel         = blocks.NewText("Cancel", "キャンセル", "やめる")
	msgDuplicate      = blocks.NewText("Duplicate", "複製", "コピー")
	msgDeleteBlock    = blocks.NewText("Delete Block", "ブロックを削除", "ブロックを けす")
	msgAddComment     = blocks.NewText("Add Comment", "コメントを追加", "コメントを かく")
	msgEditComment    = blocks.NewText("Edit Comment", "コメントを編集", "コメントを なおす")
	msgComment        = blocks.NewText("Comment", "コメント", "コメント")
	msgCleanUp        = blocks.NewText("Clean up Blocks", "きれいにする", "きれいに ならべる")
	msgUndo           = blocks.NewText("Undo", "取り消し", "もとに もどす")
	msgRedo           = blocks.NewText("Redo", "やり直し", "やりなおす")
	msgNewVariable    = blocks.NewText("New Variable", "新しい変数", "あたらしい へんすう")
	msgNewList        = blocks.NewText("New List", "新しいリスト", "あたらしい リスト")
	msgNewMessage     = blocks.NewText("New Message", "新しいメッセージ", "あたらしい メッセージ")
	msgForAll         = blocks.NewText("For all sprites", "すべてのスプライト用", "すべての スプライトで つかう")
	msgThisOnly       = blocks.NewText("This sprite only", "このスプライトのみ", "この スプライトだけ")
	msgRunFast        = blocks.NewText("Run without screen refresh", "画面を再描画せずに実行する", "がめんを かきなおさずに うごかす")
	msgMakeBlock      = blocks.NewText("Make a Block", "ブロックを作る", "ブロックを つくる")
	msgAddNumber      = blocks.NewText("Add an input\nnumber or text", "引数を追加\n数値またはテキスト", "ひきすうを ふやす\nかず または もじ")
	msgAddBoolean     = blocks.NewText("Add an input\nboolean", "引数を追加\n真偽値", "ひきすうを ふやす\nはい・いいえ")
	msgAddLabel       = blocks.NewText("Add a label", "ラベルのテキストを追加", "ことばを ふやす")
	msgBlockName      = blocks.NewText("block name", "ブロック名", "ブロックの なまえ")
	msgSprite         = blocks.NewText("Sprite", "スプライト", "スプライト")
	msgStage          = blocks.NewText("Stage", "ステージ", "ステージ")
	msgBackdrops      = blocks.NewText("Backdrops", "背景", "はいけい")
	msgCostume        = blocks.NewText("Costume", "コスチューム", "コスチューム")
	msgAddSprite      = blocks.NewText("Choose a Sprite", "スプライトを選ぶ", "スプライトを えらぶ")
	msgFromImage      = blocks.NewText("Upload an image…", "画像を読み込む…", "えを よみこむ…")
	msgRename         = blocks.NewText("Rename", "名前を変更", "なまえを かえる")
	msgDelete         = blocks.NewText("Delete", "削除", "けす")
	msgChooseCostume  = blocks.NewText("Choose costume", "コスチュームを選ぶ", "コスチュームを えらぶ")
	msgChooseBackdrop = blocks.NewText("Choose backdrop", "背景を選ぶ", "はいけいを えらぶ")
	msgRecoverTitle   = blocks.NewText(
		"Tsumiki closed before %s was saved. Open the work that was kept?",
		"%s を保存する前に Tsumiki が閉じました。残っていた作品を開きますか？",
		"%s を ほぞんする まえに Tsumiki が とじました。のこっていた さくひんを ひらきますか？")
	msgRecoverOpen  = blocks.NewText("Open it", "開く", "ひらく")
	msgRecoverLater = blocks.NewText("Not now", "あとで", "あとで")
	msgNotNumber    = blocks.NewText("%q is not a number.", "「%s」は数ではありません。", "「%s」は かずでは ありません。")
	msgUntitled     = blocks.NewText("Untitled", "タイトルなし", "なまえなし")
	msgColor        = blocks.NewText("Color", "色", "いろ")
	msgSaturation   = blocks.NewText("Saturation", "鮮やかさ", "あざやかさ")
	msgBrightness   = blocks.NewText("Brightness", "明るさ", "あかるさ")
	msgNumberOrText = blocks.NewText("number or text", "数値またはテキスト", "かず または もじ")
	msgBoolean      = blocks.NewText("boolean", "真偽値", "はい・いいえ")
	msgLabelText    = blocks.NewText("label text", "ラベルのテキスト", "ことば")
	msgPresent      = blocks.NewText("Present (full screen)", "発表する（全画面）", "はっぴょうする（ぜんがめん）")
)

// What the app says about a child's own pictures and sounds, and its file chooser.
var (
	msgUploadPicture  = blocks.NewText("Upload picture…", "絵を読み込む…", "えを よみこむ…")
	msgUploadBackdrop = blocks.NewText("Upload backdrop…", "背景を読み込む…", "はいけいを よみこむ…")
	msgUploadSound    = blocks.NewText("Upload sound…", "音を読み込む…", "おとを よみこむ…")
	msgSounds         = blocks.NewText("Sounds", "音", "おと")
	msgNoSoundsYet    = blocks.NewText("(no sounds yet)", "（音はまだありません）", "（おとは まだ ありません）")
	msgDeleteNamed    = blocks.NewText("Delete %q", "「%s」を削除", "「%s」を けす")
	msgDeleteCostume  = blocks.NewText("Delete a costume…", "コスチュームを削除…", "コスチュームを けす…")
	msgDeleteBackdrop = blocks.NewText("Delete a backdrop…", "背景を削除…", "はいけいを けす…")
	msgSoundAdded     = blocks.NewText("Added the sound %q to %s.", "音「%s」を %s に追加しました。", "おと「%s」を %s に たしました。")
	msgChoosePicture  = blocks.NewText("Pick a picture: %s", "絵を選ぶ: %s", "えを えらぶ: %s")
	msgChooseSound    = blocks.NewText("Pick a sound: %s", "音を選ぶ: %s", "おとを えらぶ: %s")
	msgFolderUp       = blocks.NewText(".. (the folder above)", "..（上のフォルダー）", "..（うえの フォルダー）")
	msgNoPicturesHere = blocks.NewText("(no pictures here: .png, .jpg, .svg)", "（ここには絵がありません: .png .jpg .svg）", "（ここには えが ありません: .png .jpg .svg）")
	msgNoSoundsHere   = blocks.NewText("(no sounds here: .mp3, .wav)", "（ここには音がありません: .mp3 .wav）", "（ここには おとが ありません: .mp3 .wav）")
	msgMoreFiles      = blocks.NewText("… and %d more", "…ほかに %d 個", "…ほかに %d こ")
	msgCannotList     = blocks.NewText("(this folder cannot be opened)", "（このフォルダーは開けません）", "（この フォルダーは ひらけません）")
	msgCannotReadFile = blocks.NewText(
		"The file %q cannot be read.",
		"ファイル「%s」を読めません。",
		"ファイル「%s」を よめません。")
	msgEmptyFile = blocks.NewText(
		"The file %q is empty.",
		"ファイル「%s」は空っぽです。",
		"ファイル「%s」は からっぽです。")
	msgImportTooBig = blocks.NewText(
		"The file %q is too large: it can be at most %d MB.",
		"ファイル「%s」は大きすぎます（%d MB まで）。",
		"ファイル「%s」は おおきすぎます（%d MB まで）。")
	msgProjectFull = blocks.NewText(
		"%q was not added: the project would be larger than %d MB, too large to keep in one file.",
		"「%s」は追加できません。プロジェクトが %d MB より大きくなり、1 つのファイルにしまえません。",
		"「%s」は たせません。プロジェクトが %d MB より おおきくなって、1つの ファイルに しまえません。")
	msgEditorOnly = blocks.NewText(
		"%q was not added: pictures and sounds can be added only while the editor is open.",
		"「%s」は追加できません。絵や音を追加できるのは、エディターを開いているときだけです。",
		"「%s」は たせません。えや おとを たせるのは、エディターを ひらいている ときだけです。")
)
