package runtime

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/compile"
)

// scriptError is raised by a builtin: what went wrong, in every language, and the Lua line.
type scriptError struct {
	msg  blocks.Text
	args []any
	line int
}

// fail stops the running script with a message for the child. It records the Lua line of the
// block that called the builtin, so the message can name that block.
func (rt *Runtime) fail(L *lua.LState, msg blocks.Text, args ...any) {
	e := &scriptError{msg: msg, args: args}
	if dbg, ok := L.GetStack(1); ok {
		if _, err := L.GetInfo("l", dbg, lua.LNil); err == nil {
			e.line = dbg.CurrentLine
		}
	}
	ud := L.NewUserData()
	ud.Value = e
	L.Error(ud, 0)
}

var luaPosition = regexp.MustCompile(`^` + compile.ChunkName + `:(\d+):\s*`)

// report turns an error that ended a script into a trace event and the runtime's error list.
func (rt *Runtime) report(th *thread, err error) {
	p := &blocks.Problem{Msg: msgInternal}
	var line int
	var apiErr *lua.ApiError
	if errors.As(err, &apiErr) {
		if ud, ok := apiErr.Object.(*lua.LUserData); ok {
			if se, ok := ud.Value.(*scriptError); ok {
				p.Msg, p.Args, line = se.msg, se.args, se.line
			}
		} else {
			text := apiErr.Object.String()
			if m := luaPosition.FindStringSubmatch(text); m != nil {
				line, _ = strconv.Atoi(m[1])
				text = text[len(m[0]):]
			}
			switch {
			case strings.Contains(text, "stack overflow"), strings.Contains(text, "registry overflow"):
				p.Msg, p.Args = msgTooDeep, []any{callStackSize}
				line = recursiveCallLine(th.co, rt.prog)
			default:
				p.Args = []any{text}
			}
		}
	} else {
		p.Args = []any{err.Error()}
	}
	loc, ok := rt.prog.Lookup(line)
	if !ok || loc.Block == "" {
		// The message named no line of a block: blame the block the script stands on, or
		// else the script's first block, so the editor can always mark one.
		loc, ok = rt.blame(th)
	}
	if ok {
		p.Script, p.Block, p.Opcode = loc.Script, loc.Block, loc.Opcode
		if b := rt.blockIndex()[loc.Block]; b != nil {
			p.Words = blocks.WordsOf(b)
		}
	}
	p.Target = th.in.name()
	rt.errors = append(rt.errors, p)
	rt.emit(Event{Kind: "error", Target: p.Target, Block: p.Block, Text: p.Error()})
}

// recursiveCallLine finds, in a script that ran out of call stack, the line of the custom
// block call that went too deep: the innermost frame standing on a call. The frames survive
// the error, so the call to blame is the recursive one, not whatever block happened to be
// running when the stack filled.
func recursiveCallLine(co *lua.LState, prog *compile.Program) int {
	if co == nil {
		return 0
	}
	first := 0
	for level := 0; level < 8; level++ {
		dbg, ok := co.GetStack(level)
		if !ok {
			break
		}
		if _, err := co.GetInfo("l", dbg, lua.LNil); err != nil {
			continue
		}
		loc, ok := prog.Lookup(dbg.CurrentLine)
		if !ok {
			continue
		}
		if loc.Opcode == "procedures_call" {
			return dbg.CurrentLine
		}
		if first == 0 {
			first = dbg.CurrentLine
		}
	}
	return first
}

// blame finds a block to show an error on when the error itself names none: the innermost
// block the script's coroutine stands on, else the first block of the script.
func (rt *Runtime) blame(th *thread) (compile.Location, bool) {
	if th.co != nil {
		for level := 0; level < 8; level++ {
			dbg, ok := th.co.GetStack(level)
			if !ok {
				break
			}
			if _, err := th.co.GetInfo("l", dbg, lua.LNil); err != nil {
				continue
			}
			if loc, ok := rt.prog.Lookup(dbg.CurrentLine); ok && loc.Block != "" {
				return loc, true
			}
		}
	}
	if th.in != nil && th.script >= 0 && th.script < len(th.in.t.info.Scripts) {
		s := th.in.t.info.Scripts[th.script]
		loc := compile.Location{Target: th.in.t.name, Script: s.Index, Block: s.Block}
		if b := rt.blockIndex()[s.Block]; b != nil {
			loc.Opcode = b.Opcode
		}
		return loc, true
	}
	return compile.Location{}, false
}

// blockIndex maps block ids to blocks, built the first time an error needs it.
func (rt *Runtime) blockIndex() map[string]*blocks.Block {
	if rt.blocksByID == nil {
		rt.blocksByID = rt.proj.BlockIndex()
	}
	return rt.blocksByID
}

// Errors returns the problems that stopped scripts so far, oldest first.
func (rt *Runtime) Errors() []*blocks.Problem { return rt.errors }

// What can go wrong while a project runs.
var (
	msgInternal = blocks.NewText(
		"something went wrong inside Tsumiki: %s",
		"Tsumiki の中で問題が起きました: %s",
		"Tsumiki の なかで もんだいが おきました: %s")
	msgTooDeep = blocks.NewText(
		"a custom block called itself too many times (more than %d deep)",
		"ブロック定義が自分自身を呼びすぎました（%d 段より深い）",
		"じぶんの ブロックが じぶんを よびすぎました（%d だんより ふかい）")
	msgTextTooLong = blocks.NewText(
		"the text would be too long (more than %d MB)",
		"テキストが長くなりすぎます（%d MB より大きい）",
		"もじが ながく なりすぎます（%d MB より おおきい）")
	msgListTooLong = blocks.NewText(
		"the list %q cannot hold more than %d items",
		"リスト「%s」には %d 個より多くは入りません",
		"リスト「%s」には %d こより おおくは はいりません")
	msgListsTooBig = blocks.NewText(
		"all the lists together hold too much (more than %d MB)",
		"すべてのリストを合わせると大きすぎます（%d MB より多い）",
		"ぜんぶの リストを あわせると おおきすぎます（%d MB より おおい）")
	msgWatchdog = blocks.NewText(
		"stopped because it ran for more than %v without a pause",
		"休まずに %v より長く動いたので止めました",
		"やすまずに %v より ながく うごいたので とめました")
)
