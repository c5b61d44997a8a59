package runtime

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/compile"
)

// The sandbox: the Lua state a runtime makes must give a script nothing but the builtins.

// sbDangerous are names from Lua's standard library (and gopher-lua's extras) that must never be
// reachable from a project: as globals, as builtins, or as fields of anything a script can get.
var sbDangerous = []string{
	"os", "io", "debug", "package", "require", "load", "loadstring", "dofile", "loadfile", "getfenv", "setfenv",
	"rawget", "rawset", "rawequal", "rawlen", "collectgarbage", "print", "newproxy", "string", "dump",
	"setmetatable", "getmetatable", "coroutine", "pcall", "xpcall", "error", "assert", "module", "select",
	"next", "pairs", "ipairs", "unpack", "tostring", "tonumber", "type", "math", "table", "channel", "_G",
	"_ENV", "_VERSION", "_printregs", "gcinfo", "exit", "execute", "popen", "open", "rep", "format", "char",
}

// sbRuntime makes a runtime for a small project with a stage list and a sprite, so that the
// state is built exactly as the runtime builds it for any project.
func sbRuntime(t *testing.T) *Runtime {
	t.Helper()
	sp := hSprite("S", hFlag("flag", hB("say", "looks_say", hText("MESSAGE", "hi"))))
	p := hProject(sp)
	p.Stage.Lists = []blocks.List{{Name: "l", Items: []blocks.Value{blocks.TextValue("x")}}}
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rt.Close)
	return rt
}

// sbCompilerBuiltins lists the builtins the compiler emits itself, read from its source:
// every c.builtin("name") call.
func sbCompilerBuiltins(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "blocks", "compile", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	call := regexp.MustCompile(`builtin\("([a-z_][a-z0-9_]*)"\)`)
	var names []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			names = append(names, m[1])
		}
	}
	if len(names) == 0 {
		t.Fatal("found no builtin(\"…\") calls in the compiler's source")
	}
	return names
}

// TestBuiltinNamesAreSafe checks the builtin table's names: each is one the catalog's templates
// or the compiler call, each template and compiler call has one, and none is a name from Lua's
// standard library.
func TestBuiltinNamesAreSafe(t *testing.T) {
	names := BuiltinNames()
	used := make(map[string]bool)
	call := regexp.MustCompile(`\b([a-z_][a-z0-9_]*)\(`)
	keywords := map[string]bool{"and": true, "or": true, "not": true, "function": true, "return": true, "if": true,
		"while": true, "until": true, "elseif": true, "then": true, "do": true, "end": true, "in": true}
	for _, d := range blocks.All() {
		for _, m := range call.FindAllStringSubmatch(d.Lua+"\n"+d.LuaNum, -1) {
			if !keywords[m[1]] {
				used[m[1]] = true
			}
		}
	}
	for _, name := range sbCompilerBuiltins(t) {
		used[name] = true
	}
	seen := make(map[string]bool)
	for _, name := range names {
		if seen[name] {
			t.Errorf("builtin %s is listed twice", name)
		}
		seen[name] = true
		if !used[name] {
			t.Errorf("builtin %s is used by no block and not by the compiler", name)
		}
		if slices.Contains(sbDangerous, name) {
			t.Errorf("builtin %s has the name of a Lua library function", name)
		}
		if !regexp.MustCompile(`^[a-z][a-z0-9_]*$`).MatchString(name) {
			t.Errorf("builtin %q is not a plain lower-case name", name)
		}
	}
	for name := range used {
		if !seen[name] {
			t.Errorf("%s is called by compiled code but is not a builtin", name)
		}
	}
}

// TestBuiltinTableHoldsOnlyGoFunctions checks the table R itself: string keys naming builtins,
// each a Go function, no metatable, nothing else to reach.
func TestBuiltinTableHoldsOnlyGoFunctions(t *testing.T) {
	rt := sbRuntime(t)
	R := rt.builtins()
	if mt := rt.L.GetMetatable(R); mt != lua.LNil {
		t.Errorf("R has a metatable: %v", mt)
	}
	names := BuiltinNames()
	n := 0
	R.ForEach(func(k, v lua.LValue) {
		n++
		key, ok := k.(lua.LString)
		if !ok {
			t.Errorf("R has a key that is not a name: %v", k)
			return
		}
		if !slices.Contains(names, string(key)) {
			t.Errorf("R.%s is not in BuiltinNames", key)
		}
		fn, ok := v.(*lua.LFunction)
		if !ok || !fn.IsG || fn.Proto != nil || len(fn.Upvalues) > 0 {
			t.Errorf("R.%s is %s, not a plain Go function", key, v.Type())
		}
	})
	if n != len(names) {
		t.Errorf("R holds %d entries, BuiltinNames %d", n, len(names))
	}
}

// TestSandboxStateIsEmpty checks the Lua state the runtime builds: no libraries opened, no
// globals, before and after a project has run, and no metatable on any kind of value a script can
// hold, strings included.
func TestSandboxStateIsEmpty(t *testing.T) {
	rt := sbRuntime(t)
	if !rt.L.Options.SkipOpenLibs {
		t.Error("the state opens Lua's standard libraries")
	}
	globals := func() []string {
		var keys []string
		rt.L.G.Global.ForEach(func(k, _ lua.LValue) { keys = append(keys, k.String()) })
		return keys
	}
	if g := globals(); len(g) > 0 {
		t.Errorf("globals before the green flag: %v", g)
	}
	rt.GreenFlag()
	rt.Run(10)
	if g := globals(); len(g) > 0 {
		t.Errorf("globals after running: %v", g)
	}
	values := map[string]lua.LValue{
		"string": lua.LString("x"), "number": lua.LNumber(1), "boolean": lua.LTrue, "nil": lua.LNil,
		"function": rt.L.NewFunction(func(*lua.LState) int { return 0 }), "table": rt.L.NewTable(),
		"compiled function": rt.stageInst.t.factory, "thread": rt.L,
	}
	if lists := rt.listTable(rt.stageInst.lists); lists.Len() > 0 {
		values["list userdata"] = lists.RawGetInt(1)
	}
	for name, v := range values {
		if mt := rt.L.GetMetatable(v); mt != lua.LNil {
			t.Errorf("a %s has a metatable: %v", name, mt)
		}
	}
}

// TestSandboxRefusesHostileLua runs hostile Lua text in the runtime's own state, called as the
// compiled chunk is called (with R and the stage's lists), inside a running script. Every
// attempt to reach the outside, to change the language or to exhaust memory must fail with an
// error; none may succeed.
func TestSandboxRefusesHostileLua(t *testing.T) {
	dir := t.TempDir()
	pwned := filepath.Join(dir, "pwned")
	script := filepath.Join(dir, "script.lua")
	if err := os.WriteFile(script, []byte("return 1"), 0o644); err != nil {
		t.Fatal(err)
	}
	q := func(s string) string { return compile.Quote(s) }
	attempts := []string{
		`return os.execute("touch ` + pwned + `")`,
		`return os.exit(1)`,
		`return os.getenv("HOME")`,
		`return os.remove(` + q(script) + `)`,
		`return io.open(` + q(pwned) + `, "w"):write("x")`,
		`return io.popen("touch ` + pwned + `")`,
		`return io.read()`,
		`return require("os").execute("touch ` + pwned + `")`,
		`return require("io")`,
		`return load("return 1")()`,
		`return loadstring("return 1")()`,
		`return dofile(` + q(script) + `)`,
		`return loadfile(` + q(script) + `)()`,
		`return getfenv(1)`,
		`return setfenv(1, {})`,
		`return rawget({}, 1)`,
		`return rawset({}, 1, 2)`,
		`return rawequal(1, 1)`,
		`return collectgarbage("count")`,
		`return print("x")`,
		`return newproxy(true)`,
		`return string.dump(function() end)`,
		`return string.rep("x", 1e9)`,
		`return setmetatable({}, {})`,
		`return getmetatable("")`,
		`return getmetatable("").__index`,
		`return ("x"):rep(1e9)`,
		`return ("x"):rep(10)`,
		`return ("x"):upper()`,
		`return ("x").len`,
		`local s = "x" return s:len()`,
		`return #("x"):rep(2)`,
		`return debug.getregistry()`,
		`return debug.sethook(function() end, "", 1)`,
		`return debug.getinfo(1)`,
		`return package.loaded`,
		`return package.loadlib("libc.so.6", "system")`,
		`return _G.os`,
		`return _G._G`,
		`return _ENV.os`,
		`return coroutine.create(function() end)`,
		`return coroutine.wrap(function() end)()`,
		`return pcall(function() end)`,
		`return xpcall(function() end, function() end)`,
		`return select("#", 1)`,
		`return next({})`,
		`return pairs({})`,
		`return ipairs({})`,
		`return unpack({1})`,
		`return tostring(1)`,
		`return tonumber("1")`,
		`return type(1)`,
		`return assert(true)`,
		`return module("x")`,
		`return math.floor(1.5)`,
		`return table.concat({})`,
		`return channel.make()`,
		`return _printregs()`,
		`local R = ... return R.os.execute("touch ` + pwned + `")`,
		`local R = ... return R.load("return 1")()`,
		`local R = ... return R.require("os")`,
		`local R = ... return R.getmetatable(R)`,
		`local R = ... return R.string.rep("x", 1e9)`,
		`local R, L = ... return L[1].Items`,
		`local R, L = ... return L[1].Value`,
		`local R, L = ... L[1].Items = 1 return 1`,
		`local R, L = ... return L[1]:contents()`,
		`local R = ... return R.say.__index`,
		`local R = ... local s = "ab" for i = 1, 40 do s = R.join(s, s) end return s`,
		`local R = ... return R.list_add("not a list", 1)`,
		`local R = ... return R.list_add(R, 1)`,
		`local R = ... return R.list_item({}, 1)`,
	}
	for _, src := range attempts {
		t.Run(src, func(t *testing.T) {
			rt := sbRuntime(t)
			fn, err := rt.L.Load(strings.NewReader(src), compile.ChunkName)
			if err != nil {
				return // it does not even load
			}
			rt.cur = &thread{in: rt.bySprite[rt.sprite("S")]}
			err = rt.L.CallByParam(lua.P{Fn: fn, NRet: 1, Protect: true}, rt.builtins(), rt.listTable(rt.stageInst.lists))
			rt.cur = nil
			if err == nil {
				t.Errorf("succeeded, returning %v", rt.L.Get(-1))
				rt.L.Pop(1)
			}
			if _, err := os.Stat(pwned); err == nil {
				t.Fatalf("the hostile Lua made a file")
			}
		})
	}
	if data, err := os.ReadFile(script); err != nil || string(data) != "return 1" {
		t.Fatalf("the hostile Lua changed or removed a file: %q %v", data, err)
	}
}
