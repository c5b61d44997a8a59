package editor

import "tsumiki/blocks"

// Error is a change the workspace refused, said in every language the app speaks, so that it
// can be shown to a child. It is a blocks.Localizer. A change that would break the project
// is refused with the blocks.Problems that blocks.Check found.
type Error struct {
	Msg  blocks.Text // with fmt verbs for Args
	Args []any
}

// Error returns the message in English.
func (e *Error) Error() string { return e.Localize(blocks.English) }

// Localize returns the message in lang.
func (e *Error) Localize(lang blocks.Lang) string {
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		if t, ok := a.(blocks.Text); ok {
			a = t.In(lang)
		}
		args[i] = a
	}
	return e.Msg.Format(lang, args...)
}

func newError(msg blocks.Text, args ...any) *Error { return &Error{Msg: msg, Args: args} }

var (
	msgNoBlock   = blocks.NewText("there is no block %s here", "ここにはブロック %s がありません", "ここには ブロック %s が ありません")
	msgNoSlot    = blocks.NewText("this block has no place called %s to type into", "このブロックには %s という入力欄がありません", "この ブロックには %s という にゅうりょくらんが ありません")
	msgNoMenu    = blocks.NewText("this block has no menu called %s", "このブロックには %s というメニューがありません", "この ブロックには %s という メニューが ありません")
	msgNotNumber = blocks.NewText("%q is not a number: type a number here", "「%s」は数ではありません。ここには数を入れてください", "「%s」は かずでは ありません。ここには かずを いれてね")
	msgNotColor  = blocks.NewText("%q is not a colour like #ff0000", "「%s」は #ff0000 のような色ではありません", "「%s」は #ff0000 のような いろでは ありません")
	msgNotChoice = blocks.NewText("%q is not one of the choices", "「%s」は選べるものにありません", "「%s」は えらべる ものに ありません")
	msgFilled    = blocks.NewText("a block sits in %s: take it out first", "%s にはブロックが入っています。先に取り出してください", "%s には ブロックが はいっています。さきに とりだしてね")
	msgBusy      = blocks.NewText("finish what you are doing first", "先に今の操作を終わらせてください", "さきに いまの そうさを おわらせてね")
	msgNothing   = blocks.NewText("there is nothing to undo", "元に戻すものがありません", "もとに もどす ものが ありません")
	msgNoRedo    = blocks.NewText("there is nothing to redo", "やり直すものがありません", "やりなおす ものが ありません")
	msgNeeds     = blocks.NewText("this block needs %s first", "このブロックには先に %s が必要です", "この ブロックには さきに %s が ひつようです")
	msgNoTarget  = blocks.NewText("the project has no sprite number %d", "プロジェクトに %d 番目のスプライトがありません", "プロジェクトに %d ばんめの スプライトが ありません")
)

// The messages of changes to the project.
var (
	msgNameEmpty     = blocks.NewText("the name is empty: give it a name", "名前が空です。名前を付けてください", "なまえが からっぽです。なまえを つけてね")
	msgNameLong      = blocks.NewText("the name is too long: at most %d characters", "名前が長すぎます（%d 文字まで）", "なまえが ながすぎます（%d もじまで）")
	msgVarExists     = blocks.NewText("a variable named %q already exists", "「%s」という変数はもうあります", "「%s」という へんすうは もう あります")
	msgListExists    = blocks.NewText("a list named %q already exists", "「%s」というリストはもうあります", "「%s」という リストは もう あります")
	msgMessageExists = blocks.NewText("a message named %q already exists", "「%s」というメッセージはもうあります", "「%s」という メッセージは もう あります")
	msgNoVariable    = blocks.NewText("there is no variable %q", "変数「%s」がありません", "へんすう「%s」が ありません")
	msgNoList        = blocks.NewText("there is no list %q", "リスト「%s」がありません", "リスト「%s」が ありません")
	msgTooMany       = blocks.NewText("there can be at most %d %s", "%[2]s は %[1]d 個までです", "%[2]s は %[1]d こまでです")
	msgSpriteName    = blocks.NewText("%q cannot be the name of a sprite", "「%s」はスプライトの名前にできません", "「%s」は スプライトの なまえに できません")
	msgNoCostume     = blocks.NewText("there is no costume number %d", "%d 番目のコスチュームがありません", "%d ばんめの コスチュームが ありません")
	msgNotFinite     = blocks.NewText("%s must be a number", "%s には数を入れてください", "%s には かずを いれてね")
	msgTextLong      = blocks.NewText("the text is too long: at most %d characters", "文が長すぎます（%d 文字まで）", "ぶんが ながすぎます（%d もじまで）")
	msgProcEmpty     = blocks.NewText("the block needs a name or an input", "ブロックには名前か入力が必要です", "ブロックには なまえか にゅうりょくが ひつようです")
	msgProcExists    = blocks.NewText("a block %q already exists", "「%s」というブロックはもうあります", "「%s」という ブロックは もう あります")
	msgParamName     = blocks.NewText("each input needs a name of its own: %q", "入力にはそれぞれ別の名前が必要です：「%s」", "にゅうりょくには それぞれ べつの なまえが ひつようです：「%s」")
	msgProcLabel     = blocks.NewText("the words of a block cannot hold %q", "ブロックの文字に「%s」は使えません", "ブロックの もじに「%s」は つかえません")
	msgProcParams    = blocks.NewText("a block can have at most %d inputs", "入力は %d 個までです", "にゅうりょくは %d こまでです")
	msgProcInUse     = blocks.NewText("to delete a block definition, first remove all uses of the block", "ブロック定義を削除するには、先にそのブロックをすべて取り除いてください", "ブロックていぎを けすには、さきに その ブロックを ぜんぶ とりのぞいてね")
	msgNotDef        = blocks.NewText("block %s is not the definition of a custom block", "ブロック %s はブロック定義ではありません", "ブロック %s は ブロックていぎでは ありません")
)

// What msgTooMany counts.
var (
	whatVariables = blocks.NewText("variables", "変数", "へんすう")
	whatLists     = blocks.NewText("lists", "リスト", "リスト")
	whatMessages  = blocks.NewText("messages", "メッセージ", "メッセージ")
	whatSprites   = blocks.NewText("sprites", "スプライト", "スプライト")
	whatCostumes  = blocks.NewText("costumes", "コスチューム", "コスチューム")
)
