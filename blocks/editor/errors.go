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
