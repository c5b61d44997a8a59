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
package runtime
