// Package runtime runs a compiled project: a sandboxed gopher-lua state, a scheduler that
// steps each running script as a coroutine in Scratch's order, and a virtual clock.
//
// Determinism. Everything a program can observe comes from the tick counter, the seeded random
// generator and input events stamped with tick numbers. How much a script runs inside one tick
// is decided by counts: loops yield at the end of each iteration as Scratch's do, a tick ends
// after a pass in which a visible sprite changed, and a per-tick step budget (loop iterations
// and recursive calls) pauses scripts that would never yield, such as a forever loop inside a
// block that runs without screen refresh. A wall-clock watchdog remains only as a last resort;
// when it fires it stops the script and says so in the trace.
//
// Sandbox. The Lua state opens no standard library. Its globals are empty; the compiled chunk
// receives the builtin table R and takes from it only what it uses. There is no os, io, debug,
// package, require, load, loadstring, dofile, loadfile, getfenv, setfenv, rawget, rawset,
// collectgarbage, print, newproxy or string.dump, no string metatable to change and no
// string functions at all: the text blocks are Go builtins whose cost is capped. Strings are
// capped at MaxString bytes, lists at 200,000 items, and all lists together at MaxListBytes.
//
// Live editing. The editor calls Reload after each change to the blocks: the new program
// takes over the running world, data and scripts (see Reload for what is kept exactly). A
// running script whose Lua did not change keeps running where it was: its coroutine's
// functions take the new program's code and upvalues, which are the same bytecode. A changed
// one restarts from its top. ClickScript runs a script as clicking it does, stacks without a
// hat included, AppendRunningScripts tells the editor which scripts glow, Monitors what the
// stage's monitors show, and every error in Errors names the block to mark.
package runtime
