package blocks

import "strings"

// Problem is one thing wrong with a project file, with where it is: a file line, or the
// sprite, script and block. Its message is written for a child or a facilitator, in each
// language.
type Problem struct {
	Line   int    // 1-based line in the file, when the problem is in the JSON itself
	Target string // "Stage" or the sprite's name
	Script int    // 1-based script number in the target, 0 when not inside a script
	Block  string // block id
	Opcode string // the block's opcode, to name the block in words
	Words  Text   // the block in words, with what was typed into it; empty to use the opcode's label
	Msg    Text   // what went wrong, with fmt verbs for Args
	Args   []any
}

// Error returns the message in English.
func (p *Problem) Error() string { return p.Localize(English) }

// Localize returns the message in lang, prefixed with where the problem is.
func (p *Problem) Localize(lang Lang) string {
	var where []string
	if p.Line > 0 {
		where = append(where, locLine.Format(lang, p.Line))
	}
	if p.Target != "" {
		if p.Target == StageName {
			where = append(where, locStage.In(lang))
		} else {
			where = append(where, locSprite.Format(lang, p.Target))
		}
	}
	if p.Script > 0 {
		where = append(where, locScript.Format(lang, p.Script))
	}
	if p.Block != "" {
		words := p.Words.In(lang)
		if words == "" {
			words = BlockName(p.Opcode, lang)
		}
		where = append(where, locBlock.Format(lang, p.Block, words))
	}
	args := make([]any, len(p.Args))
	for i, a := range p.Args {
		switch x := a.(type) {
		case Text:
			a = x.In(lang) // a word that is itself in every language
		case Localizer:
			a = x.Localize(lang) // a nested error, such as a picture that would not load
		}
		args[i] = a
	}
	msg := p.Msg.Format(lang, args...)
	if len(where) == 0 {
		return msg
	}
	sep := ", "
	if lang != English {
		sep = "、"
	}
	return strings.Join(where, sep) + ": " + msg
}

// WordsOf describes b in every language, for naming it in a message.
func WordsOf(b *Block) Text {
	return Text{Describe(b, English), Describe(b, Japanese), Describe(b, Hiragana)}
}

// Problems is every problem found in one file, in file order.
type Problems []*Problem

// Error lists the problems in English.
func (ps Problems) Error() string { return ps.Localize(English) }

// Localize lists the problems in lang, one a line.
func (ps Problems) Localize(lang Lang) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Localize(lang)
	}
	return strings.Join(lines, "\n")
}

// Localizer is an error that can say itself in each language.
type Localizer interface {
	error
	Localize(Lang) string
}

// Localize returns err's message in lang when err can say itself in it.
func Localize(err error, lang Lang) string {
	if l, ok := err.(Localizer); ok {
		return l.Localize(lang)
	}
	return err.Error()
}

// BlockName is the block's name in words for messages: its label without the slots, or the
// opcode when the catalog does not know it.
func BlockName(opcode string, lang Lang) string {
	d := Lookup(opcode)
	if d == nil {
		return opcode
	}
	return d.Words(lang)
}

// Where a problem is.
var (
	locLine   = Text{"line %d", "%d 行目", "%d ぎょうめ"}
	locStage  = Text{"the stage", "ステージ", "ステージ"}
	locSprite = Text{"sprite %q", "スプライト「%s」", "スプライト「%s」"}
	locScript = Text{"script %d", "スクリプト %d", "スクリプト %d"}
	locBlock  = Text{"block %s (%s)", "ブロック %s（%s）", "ブロック %s（%s）"}
)

// What can be wrong with a file.
var (
	msgFileTooLarge = Text{
		"the file is larger than %d MB, which is too big for a project",
		"ファイルが %d MB より大きく、プロジェクトとしては大きすぎます",
		"ファイルが %d MB より おおきすぎて ひらけません"}
	msgSyntax = Text{
		"the file is not valid JSON (%s)",
		"ファイルが JSON として正しくありません（%s）",
		"ファイルの かきかたが まちがっています（%s）"}
	msgWrongType = Text{
		"%q holds %s, which does not fit there",
		"「%s」に入っている %s は、そこに入れられません",
		"「%s」に はいっている %s は、そこに いれられません"}
	msgEmpty = Text{
		"the file is empty",
		"ファイルが空です",
		"ファイルが からっぽです"}
	msgTruncated = Text{
		"the file ends too early; it may have been cut off while saving",
		"ファイルが途中で終わっています。保存の途中で切れたのかもしれません",
		"ファイルが とちゅうで おわっています。ほぞんの とちゅうで きれたのかも しれません"}
	msgTrailingData = Text{
		"there is more after the end of the project",
		"プロジェクトの終わりのあとに、まだ何かがあります",
		"プロジェクトの おわりの あとに、まだ なにかが あります"}
	msgUnknownField = Text{
		"unknown entry %s",
		"知らない項目 %s があります",
		"しらない こうもく %s が あります"}
	msgFormat = Text{
		"the file has format version %d, but this app reads version %d",
		"ファイルの形式はバージョン %d ですが、このアプリが読めるのはバージョン %d です",
		"ファイルの けいしきは バージョン %d ですが、この アプリが よめるのは バージョン %d です"}
	msgTickRate = Text{
		"the tick rate must be 30 or 60, not %d",
		"1秒あたりのティック数は 30 か 60 にしてください（%d になっています）",
		"1びょうの ティックの かずは 30 か 60 に してください（%d に なっています）"}
	msgTooMany = Text{
		"there are more than %d %s",
		"%[2]s が %[1]d より多すぎます",
		"%[2]s が %[1]d より おおすぎます"}
	msgNameBad = Text{
		"the name %q is empty or too long",
		"名前「%s」が空か、長すぎます",
		"なまえ「%s」が からっぽか、ながすぎます"}
	msgNameTwice = Text{
		"the name %q is used twice",
		"名前「%s」が 2 回使われています",
		"なまえ「%s」が 2かい つかわれています"}
	msgTextLong = Text{
		"a text is longer than %d characters",
		"テキストが %d 文字より長すぎます",
		"もじが %d もじより ながすぎます"}
	msgNumber = Text{
		"%s is %v, which is not a sensible number",
		"%s が %v になっていて、おかしな数です",
		"%s が %v に なっていて、おかしな かずです"}
	msgMediaRef = Text{
		"%q must name either a library item or a file, exactly one of them",
		"「%s」は、ライブラリのものかファイルのどちらか一つを指定してください",
		"「%s」は、ライブラリの ものか ファイルの どちらか ひとつを えらんでください"}
	msgMediaPath = Text{
		"the file %q must be a path inside the project's folder",
		"ファイル「%s」は、プロジェクトのフォルダーの中を指していなければなりません",
		"ファイル「%s」は、プロジェクトの フォルダーの なかに ないと いけません"}
	msgCostumeIndex = Text{
		"costume number %d does not exist",
		"コスチューム %d 番はありません",
		"コスチューム %d ばんは ありません"}
	msgNoCostume = Text{
		"it needs at least one costume",
		"コスチュームが少なくとも 1 つ必要です",
		"コスチュームが すくなくとも 1つ いります"}
	msgRotationStyle = Text{
		"unknown rotation style %q",
		"回転方法「%s」がわかりません",
		"まわりかた「%s」が わかりません"}
	msgEmptyScript = Text{
		"the script has no blocks",
		"スクリプトにブロックがありません",
		"スクリプトに ブロックが ありません"}
	msgUnknownOpcode = Text{
		"unknown block %q",
		"知らないブロック「%s」です",
		"しらない ブロック「%s」です"}
	msgNoID = Text{
		"the block has no id",
		"ブロックに id がありません",
		"ブロックに id が ありません"}
	msgIDTwice = Text{
		"the block id %q is used twice",
		"ブロックの id「%s」が 2 回使われています",
		"ブロックの id「%s」が 2かい つかわれています"}
	msgTooDeep = Text{
		"blocks are nested more than %d deep",
		"ブロックが %d 段より深く入れ子になっています",
		"ブロックが %d だんより ふかく かさなっています"}
	msgTooManyBlocks = Text{
		"the project has more than %d blocks",
		"プロジェクトのブロックが %d 個より多すぎます",
		"プロジェクトの ブロックが %d こより おおすぎます"}
	msgHatNotFirst = Text{
		"a hat block can only be at the top of a script",
		"ハットブロックはスクリプトの一番上にしか置けません",
		"ぼうしの ブロックは スクリプトの いちばん うえにしか おけません"}
	msgAfterFinal = Text{
		"no block can go under this one",
		"このブロックの下にはブロックをつなげられません",
		"この ブロックの したには ブロックを つなげられません"}
	msgNotStatement = Text{
		"a reporter cannot stand on its own in a script",
		"レポーターブロックはスクリプトの中に単独で置けません",
		"まるい ブロックは スクリプトの なかに ひとつだけでは おけません"}
	msgNotReporter = Text{
		"only a reporter fits in the input %s",
		"入力 %s には値のブロックしか入りません",
		"いれるところ %s には まるか ろっかくの ブロックしか はいりません"}
	msgNeedBoolean = Text{
		"the input %s takes only a pointed (true/false) block",
		"入力 %s には六角形（真偽）のブロックしか入りません",
		"いれるところ %s には ろっかくの ブロックしか はいりません"}
	msgMissingInput = Text{
		"the input %s is missing",
		"入力 %s がありません",
		"いれるところ %s が ありません"}
	msgUnknownInput = Text{
		"this block has no input %s",
		"このブロックに入力 %s はありません",
		"この ブロックに いれるところ %s は ありません"}
	msgMissingField = Text{
		"the field %s is missing",
		"項目 %s がありません",
		"こうもく %s が ありません"}
	msgUnknownField2 = Text{
		"this block has no field %s",
		"このブロックに項目 %s はありません",
		"この ブロックに こうもく %s は ありません"}
	msgBadOption = Text{
		"%q is not a choice of %s",
		"「%s」は %s の選択肢にありません",
		"「%s」は %s の えらべるものに ありません"}
	msgUnknownStack = Text{
		"this block has no place for blocks called %s",
		"このブロックに %s というブロックの入れ場所はありません",
		"この ブロックに %s という ブロックの いればしょは ありません"}
	msgUnknownVariable = Text{
		"there is no variable %q",
		"変数「%s」がありません",
		"へんすう「%s」が ありません"}
	msgUnknownList = Text{
		"there is no list %q",
		"リスト「%s」がありません",
		"リスト「%s」が ありません"}
	msgUnknownMessage = Text{
		"there is no message %q",
		"メッセージ「%s」がありません",
		"メッセージ「%s」が ありません"}
	msgUnknownCostume = Text{
		"there is no costume %q",
		"コスチューム「%s」がありません",
		"コスチューム「%s」が ありません"}
	msgUnknownBackdrop = Text{
		"there is no backdrop %q",
		"背景「%s」がありません",
		"はいけい「%s」が ありません"}
	msgUnknownSound = Text{
		"there is no sound %q",
		"音「%s」がありません",
		"おと「%s」が ありません"}
	msgUnknownSprite = Text{
		"there is no sprite %q",
		"スプライト「%s」がありません",
		"スプライト「%s」が ありません"}
	msgVariableClash = Text{
		"the sprite's variable %q has the same name as one for all sprites",
		"スプライトの変数「%s」が、すべてのスプライト用の変数と同じ名前です",
		"スプライトの へんすう「%s」が、みんなの へんすうと おなじ なまえです"}
	msgProcMissing = Text{
		"this custom block needs its description (proc)",
		"このブロック定義には説明（proc）が必要です",
		"この ブロックの つくりかたには せつめい（proc）が いります"}
	msgProcParams = Text{
		"the custom block %q has %d slots but %d parameter names",
		"ブロック「%s」には入力が %d 個ありますが、引数の名前は %d 個です",
		"ブロック「%s」には いれるところが %d こ ありますが、なまえは %d こです"}
	msgProcTwice = Text{
		"the custom block %q is defined twice",
		"ブロック「%s」が 2 回定義されています",
		"ブロック「%s」が 2かい つくられています"}
	msgProcUnknown = Text{
		"there is no custom block %q in this sprite",
		"このスプライトにブロック「%s」はありません",
		"この スプライトに ブロック「%s」は ありません"}
	msgParamUnknown = Text{
		"%q is not a parameter of this custom block",
		"「%s」はこのブロックの引数ではありません",
		"「%s」は この ブロックの いれるものでは ありません"}
	msgProcOnlyDef = Text{
		"a custom block's definition can only be at the top of a script",
		"ブロック定義はスクリプトの一番上にしか置けません",
		"ブロックの つくりかたは スクリプトの いちばん うえにしか おけません"}
	msgKeyTwice = Text{
		"the entry %q is given twice",
		"項目「%s」が 2 回書かれています",
		"こうもく「%s」が 2かい かかれています"}
	msgKeyCase = Text{
		"the entry %q must be written %q",
		"項目「%s」は「%s」と書いてください",
		"こうもく「%s」は「%s」と かいてください"}
	msgStackTooBig = Text{
		"the script has more than %d blocks; split it into smaller scripts or custom blocks",
		"スクリプトのブロックが %d 個より多すぎます。小さなスクリプトやブロック定義に分けてください",
		"スクリプトの ブロックが %d こより おおすぎます。ちいさな スクリプトに わけてください"}
	msgTooManyParams = Text{
		"the custom block has more than %d parameters",
		"ブロック定義の引数が %d 個より多すぎます",
		"じぶんの ブロックの いれるものが %d こより おおすぎます"}
	msgAfterStop = Text{
		"no block can go under \"stop %s\"",
		"「%s を止める」の下にはブロックをつなげられません",
		"「%s を とめる」の したには ブロックを つなげられません"}
	msgStageOnly = Text{
		"the stage cannot use this block",
		"ステージではこのブロックは使えません",
		"ステージでは この ブロックは つかえません"}
)
