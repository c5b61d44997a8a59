package main

import "tsumiki/blocks"

// What the app says, in each language. Japanese quotes names in 「」.
var (
	msgCannotOpen = blocks.NewText(
		"%s cannot be opened.",
		"%s を開けません。",
		"%s を ひらけません。")
	msgNoProjectFile = blocks.NewText(
		"the project file is not there or cannot be read",
		"プロジェクトのファイルがないか、読めません",
		"プロジェクトの ファイルが ないか、よめません")
	msgIsFolder = blocks.NewText(
		"this is a folder: choose the .tsumiki file inside it",
		"これはフォルダーです。中の .tsumiki ファイルを選んでください",
		"これは フォルダーです。なかの .tsumiki ファイルを えらんでください")
	msgTooLarge = blocks.NewText(
		"the project file is larger than %d MB",
		"プロジェクトのファイルが大きすぎます（%d MB まで）",
		"プロジェクトの ファイルが おおきすぎます（%d MB まで）")
	msgNoProjectDropped = blocks.NewText(
		"There is no Tsumiki project (a .tsumiki file) in what was dropped.",
		"落とされたものの中に Tsumiki のプロジェクト（.tsumiki ファイル）がありません。",
		"おとした ものの なかに Tsumiki の プロジェクト（.tsumiki ファイル）が ありません。")
	msgDropped = blocks.NewText(
		"What was dropped",
		"落とされたもの",
		"おとした もの")
	msgDropFolder = blocks.NewText(
		"A file dropped by itself cannot bring its pictures and sounds along: drop its whole folder instead.",
		"ファイルだけを落とすと、絵や音がいっしょに来ません。フォルダーごと落としてください。",
		"ファイルだけを おとすと、えや おとが いっしょに きません。フォルダーごと おとしてください。")
	msgNoSound = blocks.NewText(
		"This computer has no sound that Tsumiki can use, so projects play silently.",
		"このコンピューターでは音を出せないので、音なしで動きます。",
		"この コンピューターでは おとを だせないので、おと なしで うごきます。")
	msgKeptPrevious = blocks.NewText(
		"The project that was open stays open.",
		"前のプロジェクトはそのまま開いています。",
		"まえの プロジェクトは そのまま ひらいています。")
	msgAnswerHint = blocks.NewText(
		"Type your answer, then press Enter",
		"答えを入力して Enter を押してね",
		"こたえを いれて Enter を おしてね")
	msgEmptyStage = blocks.NewText(
		"Drop a .tsumiki file here to open it",
		"ここに .tsumiki ファイルを落とすと開きます",
		"ここに .tsumiki ファイルを おとすと ひらきます")
)
