package main

import "tsumiki/blocks"

// What the browser build says: about the links facilitators hand out, and about files moved
// between the browser and the computer.
var (
	msgNoLesson = blocks.NewText(
		"There is no lesson called %q.",
		"「%s」というレッスンはありません。",
		"「%s」という レッスンは ありません。")
	msgBadProjectLink = blocks.NewText(
		"The link to the project %q is not a web address.",
		"プロジェクトへのリンク「%s」はウェブのアドレスになっていません。",
		"プロジェクトへの リンク「%s」は ウェブの アドレスに なっていません。")
	msgOtherSite = blocks.NewText(
		"The project %q is on another site; Tsumiki opens projects only from its own server.",
		"プロジェクト「%s」はほかのサイトにあります。つみきは自分のサーバーのプロジェクトだけを開きます。",
		"プロジェクト「%s」は ほかの サイトに あります。つみきは じぶんの サーバーの プロジェクトだけを ひらきます。")
	msgCannotFetch = blocks.NewText(
		"The project %q could not be loaded from the server.",
		"プロジェクト「%s」をサーバーから読み込めませんでした。",
		"プロジェクト「%s」を サーバーから よみこめませんでした。")
	msgNotThatKind = blocks.NewText(
		"%q is not a kind of file that can be used here.",
		"「%s」はここでは使えない種類のファイルです。",
		"「%s」は ここでは つかえない しゅるいの ファイルです。")
	msgOpenFromComputer = blocks.NewText("Open from the computer…", "コンピューターから開く…", "コンピューターから ひらく…")
	msgSaveToComputer   = blocks.NewText("Save to the computer", "コンピューターに保存", "コンピューターに ほぞん")
)
