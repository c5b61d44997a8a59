package lesson

import "tsumiki/blocks"

// Where a problem is.
var (
	locLineCol = blocks.NewText("line %d, column %d", "%d 行 %d 文字目", "%d ぎょうめ %d もじめ")
	locField   = blocks.NewText(" (%s)", "（%s）", "（%s）")
)

// What can be wrong with a lesson file.
var (
	msgRead = blocks.NewText(
		"the file cannot be read (%s)",
		"ファイルを読めません（%s）",
		"ファイルが よめません（%s）")
	msgTooLarge = blocks.NewText(
		"the file is larger than %d KB, which is too big for a lesson",
		"ファイルが %d KB より大きく、レッスンとしては大きすぎます",
		"ファイルが %d KB より おおきすぎます")
	msgEmpty = blocks.NewText(
		"the file is empty",
		"ファイルが空です",
		"ファイルが からっぽです")
	msgSyntax = blocks.NewText(
		"the JSON is broken here (%s): look for a missing or extra comma, quote or bracket",
		"ここで JSON の書き方が間違っています（%s）。カンマ、引用符、かっこが足りないか多すぎないか確かめてください",
		"ここで JSON の かきかたが まちがっています（%s）。カンマ、「\"」、かっこが たりないか おおすぎないか たしかめてください")
	msgTruncated = blocks.NewText(
		"the file ends too early: a closing } or ] may be missing",
		"ファイルが途中で終わっています。閉じる } か ] が足りないのかもしれません",
		"ファイルが とちゅうで おわっています。とじる } か ] が たりないのかも しれません")
	msgTrailing = blocks.NewText(
		"there is more after the end of the lesson",
		"レッスンの終わりのあとに、まだ何かがあります",
		"レッスンの おわりの あとに、まだ なにかが あります")
	msgTooDeep = blocks.NewText(
		"entries are nested more than %d deep",
		"項目が %d 段より深く入れ子になっています",
		"こうもくが %d だんより ふかく かさなっています")
	msgKeyTwice = blocks.NewText(
		"the entry %q is given twice",
		"項目「%s」が 2 回書かれています",
		"こうもく「%s」が 2かい かかれています")
	msgUnknownKey = blocks.NewText(
		"unknown entry %q; the entries allowed here are %s",
		"知らない項目「%s」です。ここに書ける項目は %s です",
		"しらない こうもく「%s」です。ここに かける こうもくは %s です")
	msgKeyCase = blocks.NewText(
		"the entry %q must be written %q",
		"項目「%s」は「%s」と書いてください",
		"こうもく「%s」は「%s」と かいてください")
	msgMissing = blocks.NewText(
		"the entry %q is missing",
		"項目「%s」がありません",
		"こうもく「%s」が ありません")
	msgWantObject = blocks.NewText(
		"this should be an object in { }",
		"ここは { } で囲んだオブジェクトにしてください",
		"ここは { } で かこんだ オブジェクトに してください")
	msgWantArray = blocks.NewText(
		"this should be a list in [ ]",
		"ここは [ ] で囲んだリストにしてください",
		"ここは [ ] で かこんだ リストに してください")
	msgWantString = blocks.NewText(
		"this should be text in double quotes",
		"ここは \" \" で囲んだ文字にしてください",
		"ここは \" \" で かこんだ もじに してください")
	msgWantNumber = blocks.NewText(
		"this should be a number",
		"ここは数にしてください",
		"ここは かずに してください")
	msgWantInteger = blocks.NewText(
		"this should be a whole number from %d to %d",
		"ここは %d から %d までの整数にしてください",
		"ここは %d から %d までの せいすうに してください")
	msgWantRange = blocks.NewText(
		"this should be a number from %v to %v",
		"ここは %v から %v までの数にしてください",
		"ここは %v から %v までの かずに してください")
	msgWantBool = blocks.NewText(
		"this should be true or false",
		"ここは true か false にしてください",
		"ここは true か false に してください")
	msgWantValue = blocks.NewText(
		"this should be a number or text",
		"ここは数か文字にしてください",
		"ここは かずか もじに してください")
	msgWantTest = blocks.NewText(
		"this should be a value, or comparisons such as {\">\": 100}",
		"ここは値か、{\">\": 100} のような比べ方にしてください",
		"ここは あたいか、{\">\": 100} のような くらべかたに してください")
	msgUnknownOp = blocks.NewText(
		"unknown comparison %q; use %s",
		"知らない比べ方「%s」です。%s のどれかを使ってください",
		"しらない くらべかた「%s」です。%s の どれかを つかってください")
	msgNoConds = blocks.NewText(
		"give at least one comparison, such as {\">\": 100}",
		"{\">\": 100} のような比べ方を 1 つ以上書いてください",
		"{\">\": 100} のような くらべかたを 1つ いじょう かいてください")
	msgFormat = blocks.NewText(
		"the lesson has format version %d, but this app reads version %d",
		"レッスンの形式はバージョン %d ですが、このアプリが読めるのはバージョン %d です",
		"レッスンの けいしきは バージョン %d ですが、この アプリが よめるのは バージョン %d です")
	msgBadID = blocks.NewText(
		"the id %q may only have small letters a to z, digits and dashes",
		"id「%s」に使えるのは半角の小文字 a～z、数字、ハイフンだけです",
		"id「%s」に つかえるのは ちいさい a～z、すうじ、ハイフン だけです")
	msgFileName = blocks.NewText(
		"the lesson's id is %q, so its file must be named %q",
		"レッスンの id は「%s」なので、ファイル名は「%s」にしてください",
		"レッスンの id は「%s」なので、ファイルの なまえは「%s」に してください")
	msgEmptyText = blocks.NewText(
		"the text is empty",
		"文字が空です",
		"もじが からっぽです")
	msgKanji = blocks.NewText(
		"the hiragana text has kanji in it: %q",
		"ひらがなの文に漢字が入っています:「%s」",
		"ひらがなの ぶんに かんじが はいっています:「%s」")
	msgProjectFile = blocks.NewText(
		"%q must name a .tsumiki file in the lesson's folder",
		"「%s」には、レッスンと同じフォルダーにある .tsumiki ファイルの名前を書いてください",
		"「%s」には、レッスンと おなじ フォルダーに ある .tsumiki ファイルの なまえを かいてください")
	msgProject = blocks.NewText(
		"the project does not load: %s",
		"プロジェクトを読み込めません: %s",
		"プロジェクトを よみこめません: %s")
	msgNoSteps = blocks.NewText(
		"a lesson needs at least one step",
		"レッスンにはステップが 1 つ以上必要です",
		"レッスンには ステップが 1つ いじょう いります")
	msgNoExpect = blocks.NewText(
		"say what the finished project does: give at least one expectation",
		"完成したプロジェクトがどうなるかを 1 つ以上書いてください",
		"できあがった プロジェクトが どう なるかを 1つ いじょう かいてください")
	msgUnknownOpcode = blocks.NewText(
		"there is no block %q",
		"「%s」というブロックはありません",
		"「%s」という ブロックは ありません")
	msgOpcodeTwice = blocks.NewText(
		"the block %q is listed twice",
		"ブロック「%s」が 2 回書かれています",
		"ブロック「%s」が 2かい かかれています")
	msgNotPictured = blocks.NewText(
		"the block %q cannot be shown in a step's picture",
		"ブロック「%s」はステップの絵に入れられません",
		"ブロック「%s」は ステップの えに いれられません")
	msgNoInput = blocks.NewText(
		"the block %q has no input %s",
		"ブロック「%s」に入力 %s はありません",
		"ブロック「%s」に いれるところ %s は ありません")
	msgNoField = blocks.NewText(
		"the block %q has no field %s",
		"ブロック「%s」に項目 %s はありません",
		"ブロック「%s」に こうもく %s は ありません")
	msgNoInside = blocks.NewText(
		"the block %q holds no blocks inside it",
		"ブロック「%s」の中にはブロックを入れられません",
		"ブロック「%s」の なかには ブロックを いれられません")
	msgNoElse = blocks.NewText(
		"the block %q has no \"else\"",
		"ブロック「%s」に「でなければ」はありません",
		"ブロック「%s」に「でなければ」は ありません")
	msgNotReporter = blocks.NewText(
		"only a round or pointed block fits in an input, and %q is not one",
		"入力に入るのは丸か六角形のブロックだけです。「%s」は入りません",
		"いれるところに はいるのは まるか ろっかくの ブロックだけです。「%s」は はいりません")
	msgNotStatement = blocks.NewText(
		"the block %q fits only in an input, not in a stack",
		"ブロック「%s」は入力にしか入りません。縦に並べられません",
		"ブロック「%s」は いれるところにしか はいりません。たてに ならべられません")
	msgHatNotFirst = blocks.NewText(
		"the hat block %q can only be at the top",
		"ハットブロック「%s」は一番上にしか置けません",
		"ぼうしの ブロック「%s」は いちばん うえにしか おけません")
	msgInputKind = blocks.NewText(
		"unknown kind of input %q; use %s",
		"知らない入力の種類「%s」です。%s のどれかを使ってください",
		"しらない にゅうりょくの しゅるい「%s」です。%s の どれかを つかってください")
	msgCheckKind = blocks.NewText(
		"a check has either \"contains\" (about the blocks) or \"after\" (about the run), and not both",
		"チェックには「contains」（ブロックについて）か「after」（動かした結果について）のどちらか一方を書いてください",
		"チェックには「contains」（ブロックの こと）か「after」（うごかした けっか）の どちらか ひとつを かいてください")
	msgAssertEmpty = blocks.NewText(
		"say what should be true, for example \"x\", \"said\" or \"value\"",
		"何が正しいはずかを書いてください（例:「x」「said」「value」）",
		"なにが ただしい はずかを かいてください（たとえば「x」「said」「value」）")
	msgNeedsSprite = blocks.NewText(
		"%q needs \"sprite\": the sprite it is about",
		"「%s」には「sprite」（どのスプライトのことか）が必要です",
		"「%s」には「sprite」（どの スプライトの ことか）が いります")
	msgNeedsVariable = blocks.NewText(
		"\"value\" needs \"variable\": the variable it is about",
		"「value」には「variable」（どの変数のことか）が必要です",
		"「value」には「variable」（どの へんすうの ことか）が いります")
	msgNeedsList = blocks.NewText(
		"%q needs \"list\": the list it is about",
		"「%s」には「list」（どのリストのことか）が必要です",
		"「%s」には「list」（どの リストの ことか）が いります")
	msgVariableAndList = blocks.NewText(
		"an expectation is about a variable or a list, not both",
		"1 つの確かめることには変数かリストのどちらか一方を書いてください",
		"1つの たしかめる ことには へんすうか リストの どちらか ひとつを かいてください")
	msgStageHasNo = blocks.NewText(
		"the stage has no %q; only sprites have it",
		"ステージには「%s」がありません。スプライトだけにあります",
		"ステージには「%s」が ありません。スプライトだけに あります")
	msgUnknownSprite = blocks.NewText(
		"there is no sprite %q in the solution",
		"完成プロジェクトにスプライト「%s」がありません",
		"できあがりの プロジェクトに スプライト「%s」が ありません")
	msgUnknownVariable = blocks.NewText(
		"there is no variable %q in the solution",
		"完成プロジェクトに変数「%s」がありません",
		"できあがりの プロジェクトに へんすう「%s」が ありません")
	msgUnknownList = blocks.NewText(
		"there is no list %q in the solution",
		"完成プロジェクトにリスト「%s」がありません",
		"できあがりの プロジェクトに リスト「%s」が ありません")
	msgUnknownBackdrop = blocks.NewText(
		"there is no backdrop %q in the solution",
		"完成プロジェクトに背景「%s」がありません",
		"できあがりの プロジェクトに はいけい「%s」が ありません")
	msgUnknownCostume = blocks.NewText(
		"the sprite %q has no costume %q in the solution",
		"完成プロジェクトのスプライト「%s」にコスチューム「%s」がありません",
		"できあがりの プロジェクトの スプライト「%s」に コスチューム「%s」が ありません")
	msgRun = blocks.NewText(
		"the project does not start: %s",
		"プロジェクトを動かせません: %s",
		"プロジェクトを うごかせません: %s")
)

// Why a check did not pass, said to a child and a facilitator.
var (
	whyNoSprite = blocks.NewText(
		"there is no sprite %s",
		"スプライト %s がありません",
		"スプライト %s が ありません")
	whyProperty = blocks.NewText(
		"%s's %s is %s, but it should be %s",
		"%s の %s は %s です（正しくは %s）",
		"%s の %s は %s です（ただしくは %s）")
	whyHidden = blocks.NewText(
		"%s is hidden, but it should be showing",
		"%s が隠れています（正しくは 表示）",
		"%s が かくれています（ただしくは みえている）")
	whyShowing = blocks.NewText(
		"%s is showing, but it should be hidden",
		"%s が表示されています（正しくは 隠れている）",
		"%s が みえています（ただしくは かくれている）")
	whyNotSaid = blocks.NewText(
		"%s has not said %s",
		"%s はまだ %s と言っていません",
		"%s は まだ %s と いっていません")
	whyNotTouching = blocks.NewText(
		"%s is not touching %s",
		"%s は %s に触れていません",
		"%s は %s に ふれていません")
	whyPlayed = blocks.NewText(
		"%s played %d %s, but it should be %s",
		"%[1]s が鳴らした%[3]s は %[2]d 回です（正しくは %[4]s）",
		"%[1]s が ならした %[3]s は %[2]d かいです（ただしくは %[4]s）")
	whyNoVariable = blocks.NewText(
		"there is no variable %s",
		"変数 %s がありません",
		"へんすう %s が ありません")
	whyVariable = blocks.NewText(
		"the variable %s is %s, but it should be %s",
		"変数 %s は %s です（正しくは %s）",
		"へんすう %s は %s です（ただしくは %s）")
	whyNoList = blocks.NewText(
		"there is no list %s",
		"リスト %s がありません",
		"リスト %s が ありません")
	whyListLength = blocks.NewText(
		"the list %s has %d items, but it should have %s",
		"リスト %s の項目は %d 個です（正しくは %s）",
		"リスト %s の こうもくは %d こです（ただしくは %s）")
	whyListItems = blocks.NewText(
		"the list %s holds %s, but it should hold %s",
		"リスト %s の中身は %s です（正しくは %s）",
		"リスト %s の なかみは %s です（ただしくは %s）")
	whyBackdrop = blocks.NewText(
		"the backdrop is %s, but it should be %s",
		"背景は %s です（正しくは %s）",
		"はいけいは %s です（ただしくは %s）")
	whyError = blocks.NewText(
		"a script stopped with an error: %s",
		"スクリプトがエラーで止まりました: %s",
		"スクリプトが エラーで とまりました: %s")
	whyNotInSprite = blocks.NewText(
		"%s has no %s yet",
		"%s にはまだ %s がありません",
		"%s には まだ %s が ありません")
	whyNotInProject = blocks.NewText(
		"the project has no %s yet",
		"プロジェクトにはまだ %s がありません",
		"プロジェクトには まだ %s が ありません")
)

// Words that go into the messages.
var (
	wordStage    = blocks.NewText("the stage", "ステージ", "ステージ")
	wordEdge     = blocks.NewText("the edge", "端", "はし")
	wordX        = blocks.NewText("x position", "x 座標", "x ざひょう")
	wordY        = blocks.NewText("y position", "y 座標", "y ざひょう")
	wordDir      = blocks.NewText("direction", "向き", "むき")
	wordSize     = blocks.NewText("size", "大きさ", "おおきさ")
	wordCostume  = blocks.NewText("costume", "コスチューム", "コスチューム")
	wordBubble   = blocks.NewText("speech bubble", "吹き出し", "ふきだし")
	wordNotes    = blocks.NewText("notes", "音符", "おんぷ")
	wordDrums    = blocks.NewText("drums", "ドラム", "ドラム")
	wordNothing  = blocks.NewText("nothing", "なし", "なし")
	wordAnd      = blocks.NewText(" and ", "、かつ ", "、それに ")
	wordComma    = blocks.NewText(", ", "、", "、")
	wordInside   = blocks.NewText("%s (with %s inside)", "%s（中に %s）", "%s（なかに %s）")
	wordBelow    = blocks.NewText("%s (then %s)", "%s（その下に %s）", "%s（その したに %s）")
	wordQuoted   = blocks.NewText("“%s”", "「%s」", "「%s」")
	wordEqual    = blocks.NewText("%s", "%s", "%s")
	wordNotEqual = blocks.NewText("anything but %s", "%s 以外", "%s いがい")
	wordLess     = blocks.NewText("less than %s", "%s より小さい", "%s より ちいさい")
	wordAtMost   = blocks.NewText("%s or less", "%s 以下", "%s いか")
	wordMore     = blocks.NewText("more than %s", "%s より大きい", "%s より おおきい")
	wordAtLeast  = blocks.NewText("%s or more", "%s 以上", "%s いじょう")
	wordContains = blocks.NewText("something with %s in it", "%s を含むもの", "%s が はいっている もの")
)
