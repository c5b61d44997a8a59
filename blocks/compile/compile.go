package compile

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"tsumiki/blocks"
	"tsumiki/blocks/value"
)

// Lua limits a function to 200 registers. A scope whose variables, lists and custom blocks
// would take more locals than these keeps its variables in a table instead.
const (
	maxChunkLocals   = 170
	maxFactoryLocals = 120
)

// Project compiles a project that blocks.Check accepted.
func Project(p *blocks.Project) (*Program, error) {
	if err := blocks.Check(p); err != nil {
		return nil, err
	}
	c := newCompiler(p)
	c.inferTypes()
	return c.program(), nil
}

type compiler struct {
	p          *blocks.Project
	targets    []*targetScope // stage first
	vars       []*variable
	idents     map[string]bool
	nextSuffix map[string]int // for unique: the next number to try after each base

	out   strings.Builder
	lines []Location
	depth int // indentation

	builtins map[string]bool

	// where the walk is
	t      *targetScope
	loc    Location
	proc   *procedure // the custom block being compiled, or nil
	params map[string]*param
}

type targetScope struct {
	index    int
	name     string
	contents *blocks.Contents
	vars     map[string]*variable
	lists    map[string]*list
	global   *targetScope // the stage's scope, nil for the stage itself
	procs    map[string]*procedure
	table    bool // variables live in a table
	info     Target
}

type variable struct {
	name     string
	ident    string // Lua expression that reads and writes it
	init     blocks.Value
	typ      blocks.Type
	index    int
	textSeen bool // some block reads it where text and number differ
}

type list struct {
	name  string
	ident string
}

type procedure struct {
	def       *blocks.Block
	ident     string
	params    []*param
	warp      bool
	calls     map[string]bool // codes of custom blocks it calls directly
	reaches   map[string]bool // codes it can reach through calls
	warpGuard bool            // a warp block that reaches a non-warp one: it sets the thread's warp flag
	body      []*blocks.Block
}

type param struct {
	name  string
	ident string
	kind  byte
}

func (t *targetScope) variable(name string) *variable {
	if v := t.vars[name]; v != nil {
		return v
	}
	if t.global != nil {
		return t.global.vars[name]
	}
	return nil
}

func (t *targetScope) list(name string) *list {
	if l := t.lists[name]; l != nil {
		return l
	}
	if t.global != nil {
		return t.global.lists[name]
	}
	return nil
}

func newCompiler(p *blocks.Project) *compiler {
	c := &compiler{p: p, idents: make(map[string]bool), nextSuffix: make(map[string]int), builtins: make(map[string]bool)}
	add := func(name string, contents *blocks.Contents) *targetScope {
		t := &targetScope{index: len(c.targets), name: name, contents: contents,
			vars: make(map[string]*variable), lists: make(map[string]*list), procs: make(map[string]*procedure)}
		t.info.Name = name
		if len(c.targets) > 0 {
			t.global = c.targets[0]
		}
		c.targets = append(c.targets, t)
		return t
	}
	add(blocks.StageName, &p.Stage.Contents)
	for i := range p.Sprites {
		add(p.Sprites[i].Name, &p.Sprites[i].Contents)
	}
	for _, t := range c.targets {
		c.declare(t)
	}
	return c
}

// declare names the target's variables, lists and custom blocks.
func (c *compiler) declare(t *targetScope) {
	isStage := t.global == nil
	varPrefix, listPrefix := "my_", "my_list_"
	limit := maxFactoryLocals
	if isStage {
		varPrefix, listPrefix, limit = "var_", "list_", maxChunkLocals-maxBuiltins
	}
	procs := 0
	for _, s := range t.contents.Scripts {
		if len(s.Blocks) > 0 && s.Blocks[0].Opcode == "procedures_definition" {
			procs++
		}
	}
	t.table = len(t.contents.Variables)+len(t.contents.Lists)+procs > limit
	tableName := "V"
	if isStage {
		tableName = "G"
	}
	for i, v := range t.contents.Variables {
		ident := c.unique(varPrefix, v.Name)
		if t.table {
			ident = tableName + "[" + strconv.Itoa(i+1) + "]"
		}
		vr := &variable{name: v.Name, ident: ident, init: v.Value, index: i}
		t.vars[v.Name] = vr
		c.vars = append(c.vars, vr)
		t.info.Variables = append(t.info.Variables, v.Name)
	}
	for i, l := range t.contents.Lists {
		ident := c.unique(listPrefix, l.Name)
		if t.table {
			ident = listSource(isStage) + "[" + strconv.Itoa(i+1) + "]"
		}
		t.lists[l.Name] = &list{name: l.Name, ident: ident}
		t.info.Lists = append(t.info.Lists, l.Name)
	}
	for _, s := range t.contents.Scripts {
		if len(s.Blocks) == 0 || s.Blocks[0].Opcode != "procedures_definition" {
			continue
		}
		def := s.Blocks[0]
		procIdent := c.unique("block_", procLabel(def.Proc.Code))
		if t.table {
			procIdent = "P[" + strconv.Itoa(len(t.procs)+1) + "]"
		}
		pr := &procedure{def: def, ident: procIdent, warp: def.Proc.Warp, calls: make(map[string]bool)}
		kinds := def.Proc.ParamKinds()
		for i, name := range def.Proc.Params {
			pr.params = append(pr.params, &param{name: name, ident: "arg_" + strconv.Itoa(i+1) + suffix(ident(name)), kind: kinds[i]})
		}
		walkStack(s.Blocks[1:], func(b *blocks.Block) {
			if b.Opcode == "procedures_call" && b.Proc != nil {
				pr.calls[b.Proc.Code] = true
			}
		})
		t.procs[def.Proc.Code] = pr
	}
	// Which custom blocks can reach which: recursion yields, and warp blocks that call
	// non-warp ones must tell the runtime.
	for _, pr := range t.procs {
		pr.reaches = make(map[string]bool)
		queue := keys(pr.calls)
		for len(queue) > 0 {
			code := queue[0]
			queue = queue[1:]
			if pr.reaches[code] || t.procs[code] == nil {
				continue
			}
			pr.reaches[code] = true
			queue = append(queue, keys(t.procs[code].calls)...)
		}
	}
	for _, pr := range t.procs {
		if !pr.warp {
			continue
		}
		for code := range pr.reaches {
			if !t.procs[code].warp {
				pr.warpGuard = true
			}
		}
	}
}

func suffix(s string) string {
	if s == "" {
		return ""
	}
	return "_" + s
}

// procLabel is a custom block's code without its placeholders, for its Lua name.
func procLabel(code string) string {
	return strings.NewReplacer("%n", " ", "%s", " ", "%b", " ").Replace(code)
}

// unique returns a fresh identifier made of prefix and the readable part of name. It
// remembers the last number it gave each base, so many names alike cost linear time.
func (c *compiler) unique(prefix, name string) string {
	base := strings.TrimSuffix(prefix+ident(name), "_")
	if base == strings.TrimSuffix(prefix, "_") {
		base += "_1"
	}
	id := base
	for n := c.nextSuffix[base]; c.idents[id]; n++ {
		id = base + "_" + strconv.Itoa(n+2)
		c.nextSuffix[base] = n + 1
	}
	c.idents[id] = true
	return id
}

func keys(m map[string]bool) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// eachBlock calls f for every block in every script of every target, with the parameters in
// scope.
func (c *compiler) eachBlock(f func(t *targetScope, b *blocks.Block, params map[string]*param)) {
	for _, t := range c.targets {
		for _, s := range t.contents.Scripts {
			var params map[string]*param
			if len(s.Blocks) > 0 && s.Blocks[0].Opcode == "procedures_definition" {
				params = paramMap(t.procs[s.Blocks[0].Proc.Code])
			}
			walkStack(s.Blocks, func(b *blocks.Block) { f(t, b, params) })
		}
	}
}

func paramMap(pr *procedure) map[string]*param {
	m := make(map[string]*param)
	if pr != nil {
		for _, p := range pr.params {
			m[p.name] = p
		}
	}
	return m
}

// walkStack visits every block of a stack and everything inside it, depth first.
func walkStack(bs []*blocks.Block, f func(*blocks.Block)) {
	for _, b := range bs {
		walkBlock(b, f)
	}
}

func walkBlock(b *blocks.Block, f func(*blocks.Block)) {
	f(b)
	for _, name := range sortedInputs(b) {
		if in := b.Inputs[name]; in != nil && in.Block != nil {
			walkBlock(in.Block, f)
		}
	}
	for _, name := range []string{"SUBSTACK", "SUBSTACK2"} {
		walkStack(b.Stacks[name], f)
	}
}

func sortedInputs(b *blocks.Block) []string {
	names := make([]string, 0, len(b.Inputs))
	for n := range b.Inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// line writes one line of Lua at the current indentation, belonging to the current block.
func (c *compiler) line(format string, args ...any) {
	for i := 0; i < c.depth; i++ {
		c.out.WriteString("  ")
	}
	if len(args) == 0 {
		c.out.WriteString(format)
	} else {
		fmt.Fprintf(&c.out, format, args...)
	}
	c.out.WriteByte('\n')
	c.lines = append(c.lines, c.loc)
}

func (c *compiler) program() *Program {
	body := c.body()
	// The builtins are known only once the body is written; put them first.
	used := keys(c.builtins)
	var head strings.Builder
	head.WriteString(Comment("Project " + c.p.Name + ": compiled from blocks by Tsumiki, for reading. Each line is one block."))
	head.WriteString("\nlocal R, STAGE_LISTS = ...\n")
	for start := 0; start < len(used); start += 8 {
		end := min(start+8, len(used))
		names := used[start:end]
		refs := make([]string, len(names))
		for i, n := range names {
			refs[i] = "R." + n
		}
		fmt.Fprintf(&head, "local %s = %s\n", strings.Join(names, ", "), strings.Join(refs, ", "))
	}
	headLines := strings.Count(head.String(), "\n")
	lines := make([]Location, headLines, headLines+len(c.lines))
	lines = append(lines, c.lines...)
	prog := &Program{Source: head.String() + body, Lines: lines, Builtins: used}
	for _, t := range c.targets {
		info := t.info
		info.Numeric = make([]bool, len(t.contents.Variables))
		for i, v := range t.contents.Variables {
			info.Numeric[i] = t.vars[v.Name].typ == blocks.NumType
		}
		prog.Targets = append(prog.Targets, info)
	}
	return prog
}

func (c *compiler) body() string {
	stage := c.targets[0]
	c.loc = Location{Target: blocks.StageName}
	c.line("")
	c.line("-- Variables and lists for all sprites")
	if stage.table {
		values := make([]string, len(stage.contents.Variables))
		for i, v := range stage.contents.Variables {
			values[i] = literal(v.Value)
		}
		c.line("local G = {%s}", strings.Join(values, ", "))
	}
	c.targetData(stage, "")
	c.line("")
	c.line("local targets = {}")
	for _, t := range c.targets {
		c.target(t)
	}
	c.loc = Location{}
	c.line("")
	c.line("return {")
	c.depth++
	c.line("globals = function() return %s end,", c.getter(stage))
	c.line("targets = targets,")
	c.depth--
	c.line("}")
	return c.out.String()
}

// targetData declares a target's variables and lists as locals, from init for sprites and
// from the file for the stage.
func (c *compiler) targetData(t *targetScope, from string) {
	if !t.table {
		for i, v := range t.contents.Variables {
			vr := t.vars[v.Name]
			init := literal(v.Value)
			if f, ok := CanonicalNumber(v.Value.Text); ok && vr.typ == blocks.NumType {
				init = number(f)
			}
			if from != "" {
				init = from + "[" + strconv.Itoa(i+1) + "]"
				if vr.typ == blocks.NumType {
					init = c.builtin("num") + "(" + init + ")" // the file may give it as text
				}
			}
			c.line("local %s = %s %s", t.vars[v.Name].ident, init, Comment(v.Name))
		}
		for i, l := range t.contents.Lists {
			c.line("local %s = %s[%d] %s", t.lists[l.Name].ident, listSource(t.global == nil), i+1, Comment(l.Name))
		}
	}
}

// listSource is where a scope's list objects come from: the chunk's STAGE_LISTS for the
// stage, the factory's lists argument for a sprite or clone.
func listSource(isStage bool) string {
	if isStage {
		return "STAGE_LISTS"
	}
	return "lists"
}

func (c *compiler) getter(t *targetScope) string {
	if t.table {
		if t.global == nil {
			return "G"
		}
		return "V"
	}
	ids := make([]string, len(t.contents.Variables))
	for i, v := range t.contents.Variables {
		ids[i] = t.vars[v.Name].ident
	}
	return "{" + strings.Join(ids, ", ") + "}"
}

func (c *compiler) target(t *targetScope) {
	c.t = t
	c.loc = Location{Target: t.name}
	c.line("")
	if t.global == nil {
		c.line("-- The stage")
	} else {
		c.line("%s", Comment("Sprite "+t.name))
	}
	c.line("targets[%d] = function(vars, lists)", t.index+1)
	c.depth++
	if t.global != nil {
		if t.table {
			c.line("local V = vars")
		}
		c.targetData(t, "vars")
	}
	codes := keys(boolSet(t.procs))
	if len(codes) > 0 && t.table {
		c.line("local P = {} -- custom blocks")
	} else if len(codes) > 0 {
		idents := make([]string, len(codes))
		for i, code := range codes {
			idents[i] = t.procs[code].ident
		}
		c.line("local %s", strings.Join(idents, ", "))
	}
	c.line("local scripts, conditions = {}, {}")
	for i, s := range t.contents.Scripts {
		c.script(i+1, s)
	}
	c.loc = Location{Target: t.name}
	c.line("return {scripts = scripts, conditions = conditions, vars = function() return %s end}", c.getter(t))
	c.depth--
	c.line("end")
}

func boolSet(m map[string]*procedure) map[string]bool {
	s := make(map[string]bool, len(m))
	for k := range m {
		s[k] = true
	}
	return s
}

func (c *compiler) script(index int, s blocks.Script) {
	hat := s.Blocks[0]
	d := blocks.Lookup(hat.Opcode)
	if d == nil {
		return
	}
	c.loc = Location{Target: c.t.name, Script: index, Block: hat.ID, Opcode: hat.Opcode}
	c.proc, c.params = nil, nil
	n := len(c.t.info.Scripts) + 1
	if d.Shape != blocks.Hat {
		c.looseScript(index, s.Blocks)
		return
	}
	if hat.Opcode == "procedures_definition" {
		c.procedure(hat, s.Blocks[1:])
		c.clickedProcedure(index, hat)
		return
	}
	info := Script{Hat: hat.Opcode, Fields: hat.Fields, Block: hat.ID, Index: index, Edge: d.Lua != ""}
	c.t.info.Scripts = append(c.t.info.Scripts, info)
	c.comment(hat)
	c.line("%s", Comment(blocks.Describe(hat, blocks.English)))
	if info.Edge {
		c.line("conditions[%d] = function() return %s end", n, c.convert(c.fill(d.Lua, hat, d), d.Result, blocks.BoolInput))
	}
	c.line("scripts[%d] = function()", n)
	c.depth++
	c.stack(s.Blocks[1:])
	c.depth--
	c.loc = Location{Target: c.t.name, Script: index, Block: hat.ID, Opcode: hat.Opcode}
	c.line("end")
}

// looseScript compiles a stack without a hat. No event starts it; it runs when it is clicked,
// as in Scratch.
func (c *compiler) looseScript(index int, bs []*blocks.Block) {
	top := bs[0]
	n := len(c.t.info.Scripts) + 1
	c.t.info.Scripts = append(c.t.info.Scripts, Script{Block: top.ID, Index: index})
	c.line("-- blocks without a hat: they run when clicked")
	c.line("scripts[%d] = function()", n)
	c.depth++
	c.stack(bs)
	c.depth--
	c.loc = Location{Target: c.t.name, Script: index, Block: top.ID, Opcode: top.Opcode}
	c.line("end")
}

// clickedProcedure writes what clicking a custom block's definition runs: its body, with
// each parameter as Scratch gives a missing one (0, or false for a boolean). No event starts it.
func (c *compiler) clickedProcedure(index int, def *blocks.Block) {
	pr := c.t.procs[def.Proc.Code]
	n := len(c.t.info.Scripts) + 1
	c.t.info.Scripts = append(c.t.info.Scripts, Script{Hat: def.Opcode, Block: def.ID, Index: index})
	c.loc = Location{Target: c.t.name, Script: index, Block: def.ID, Opcode: def.Opcode}
	args := make([]string, len(pr.params))
	for i, p := range pr.params {
		args[i] = "0"
		if p.kind == 'b' {
			args[i] = "false"
		}
	}
	c.line("scripts[%d] = function() %s(%s) end -- when the definition is clicked", n, pr.ident, strings.Join(args, ", "))
}

func (c *compiler) procedure(def *blocks.Block, body []*blocks.Block) {
	pr := c.t.procs[def.Proc.Code]
	c.proc, c.params = pr, paramMap(pr)
	defer func() { c.proc, c.params = nil, nil }()
	c.comment(def)
	title := "define " + def.Proc.Code
	if pr.warp {
		title += " (run without screen refresh)"
	}
	c.line("%s", Comment(title))
	args := make([]string, len(pr.params))
	for i, p := range pr.params {
		args[i] = p.ident
	}
	c.line("%s = function(%s)", pr.ident, strings.Join(args, ", "))
	c.depth++
	pr.body = body
	if pr.warp && hasLoop(body) {
		c.line("local steps = 0 -- loop iterations not yet counted against the step budget")
	}
	if pr.warpGuard {
		c.line("%s()", c.builtin("warp_enter"))
	}
	c.stack(body)
	c.loc = Location{Target: c.t.name, Script: c.loc.Script, Block: def.ID, Opcode: def.Opcode}
	c.procExit()
	c.depth--
	c.loc = Location{Target: c.t.name, Script: c.loc.Script, Block: def.ID, Opcode: def.Opcode}
	c.line("end")
}

func (c *compiler) comment(b *blocks.Block) {
	if b.Comment != "" {
		c.line("%s", Comment(b.Comment))
	}
}

// stack writes the statements of a stack of blocks.
func (c *compiler) stack(bs []*blocks.Block) {
	for _, b := range bs {
		c.statement(b)
	}
}

func (c *compiler) statement(b *blocks.Block) {
	d := blocks.Lookup(b.Opcode)
	if d == nil || d.Shape == blocks.Hat {
		return
	}
	script := c.loc.Script
	c.loc = Location{Target: c.t.name, Script: script, Block: b.ID, Opcode: b.Opcode}
	c.comment(b)
	switch {
	case b.Opcode == "procedures_call":
		c.call(b)
		return
	case b.Opcode == "data_setvariableto" && b.Inputs["VALUE"] != nil && b.Inputs["VALUE"].Literal != nil:
		v := c.t.variable(b.Fields["VARIABLE"])
		lit := *b.Inputs["VALUE"].Literal
		if f, ok := CanonicalNumber(lit.Text); ok && v.typ == blocks.NumType {
			c.line("%s = %s", v.ident, number(f)) // only ever read as a number: see inferTypes
			return
		}
		c.line("%s = %s", v.ident, c.input(b.Inputs["VALUE"], blocks.InputSpec{Kind: blocks.TextInput}, false))
		return
	case b.Opcode == "data_showlist" || b.Opcode == "data_hidelist":
		// The catalog's Lua names the list as the variable blocks name a variable; the third
		// argument tells the runtime's monitors that it is a list.
		c.line("%s(%s, %t, true)", c.builtin("show_monitor"), Quote(b.Fields["LIST"]), b.Opcode == "data_showlist")
		return
	case b.Opcode == "control_stop" && b.Fields["STOP_OPTION"] == "this script":
		// Scratch: inside a custom block this returns from the block; in a script it ends it.
		c.line("do")
		c.depth++
		c.procExit()
		c.line("return")
		c.depth--
		c.line("end")
		return
	}
	for _, tl := range strings.Split(d.Lua, "\n") {
		c.loc = Location{Target: c.t.name, Script: script, Block: b.ID, Opcode: b.Opcode}
		switch strings.TrimSpace(tl) {
		case "{SUBSTACK}", "{SUBSTACK2}":
			c.depth++
			c.stack(b.Stacks[strings.Trim(strings.TrimSpace(tl), "{}")])
			c.depth--
		case "{LOOPEND}":
			c.depth++
			c.yieldPoint(true)
			c.depth--
		default:
			c.line("%s", c.fill(tl, b, d))
		}
	}
}

// procExit writes what a custom block does as it returns: count the loop iterations it has
// not yet reported, and leave "run without screen refresh" when it entered it.
func (c *compiler) procExit() {
	if c.proc == nil {
		return
	}
	if c.proc.warp && hasLoop(c.proc.body) {
		c.line("if steps > 0 then %s(steps) end", c.builtin("step"))
	}
	if c.proc.warpGuard {
		c.line("%s()", c.builtin("warp_exit"))
	}
}

// yieldPoint is where a loop lets other scripts run: Scratch yields at the end of each loop
// iteration. A custom block that runs without screen refresh only counts the step, so the
// runtime can still pause a runaway loop at its step budget.
//
// Loops there count their iterations in a Lua local and report to the runtime every
// warpBatch iterations, which costs a fraction of a builtin call each time round.
func (c *compiler) yieldPoint(loop bool) {
	switch {
	case c.proc != nil && c.proc.warp && loop:
		c.line("steps = steps + 1 if steps >= %d then steps = %s(steps) end", warpBatch, c.builtin("step"))
	case c.proc != nil && c.proc.warp:
		c.line("%s()", c.builtin("step"))
	default:
		c.line("%s()", c.builtin("loop_end"))
	}
}

// warpBatch is how many loop iterations a block running without screen refresh runs before it
// reports them to the step budget.
const warpBatch = 64

// hasLoop reports whether a stack holds a loop, at any depth.
func hasLoop(bs []*blocks.Block) bool {
	found := false
	walkStack(bs, func(b *blocks.Block) {
		if d := blocks.Lookup(b.Opcode); d != nil && strings.Contains(d.Lua, "{LOOPEND}") {
			found = true
		}
	})
	return found
}

func (c *compiler) call(b *blocks.Block) {
	callee := c.t.procs[b.Proc.Code]
	args := make([]string, len(callee.params))
	for i, p := range callee.params {
		kind := blocks.TextInput
		if p.kind == 'b' {
			kind = blocks.BoolInput
		}
		args[i] = c.input(b.Inputs[p.name], blocks.InputSpec{Name: p.name, Kind: kind}, false)
	}
	// A call that can come back to the caller is recursion: Scratch yields there (unless
	// running without screen refresh), and the runtime counts it against the step budget.
	if c.proc != nil && (callee == c.proc || callee.reaches[c.proc.def.Proc.Code]) {
		c.yieldPoint(false)
	}
	c.line("%s(%s)", callee.ident, strings.Join(args, ", "))
}

// fill expands one line of a block's Lua template.
func (c *compiler) fill(line string, b *blocks.Block, d *blocks.Def) string {
	numeric := false
	if d.LuaNum != "" && c.allNumbers(b, d) {
		line, numeric = d.LuaNum, true
	}
	t := templates[line]
	if t == nil {
		panic("compile: template of " + d.Opcode + " was not parsed: " + line)
	}
	for _, name := range t.builtins {
		c.builtin(name)
	}
	var out strings.Builder
	for _, p := range t.parts {
		switch p.sigil {
		case 0:
			out.WriteString(p.text)
		case '$', '!':
			spec := d.InputSpec(p.name)
			if spec == nil {
				panic("compile: template of " + d.Opcode + " names unknown input " + p.name)
			}
			in := b.Inputs[p.name]
			if numeric && in != nil && in.Literal != nil {
				// Only compared as numbers: text and number mean the same here.
				f, _ := CanonicalNumber(in.Literal.Text)
				out.WriteString(number(f))
				continue
			}
			out.WriteString(c.input(in, *spec, p.sigil == '!'))
		case '#':
			out.WriteString(Quote(b.Fields[p.name]))
		case '@':
			out.WriteString(c.dataRef(p.name, b.Fields[p.name]))
		case '%':
			v := c.t.variable(b.Fields[p.name])
			out.WriteString(c.convert(v.ident, v.typ, blocks.NumberInput))
		}
	}
	return out.String()
}

// allNumbers reports whether every number and text input of b is statically a number, or a
// literal spelled as one. Only blocks whose LuaNum compares its inputs ask: for them a text
// that reads as a number compares as that number.
func (c *compiler) allNumbers(b *blocks.Block, d *blocks.Def) bool {
	for _, spec := range d.Inputs {
		if spec.Kind != blocks.NumberInput && spec.Kind != blocks.TextInput {
			continue
		}
		in := b.Inputs[spec.Name]
		if in != nil && in.Literal != nil {
			if _, ok := CanonicalNumber(in.Literal.Text); ok {
				continue
			}
		}
		if c.inputType(c.t, c.params, in, spec.Kind) != blocks.NumType {
			return false
		}
	}
	return true
}

func (c *compiler) dataRef(field, name string) string {
	if field == "LIST" {
		return c.t.list(name).ident
	}
	return c.t.variable(name).ident
}

// input writes what fills a slot, converted to the slot's kind unless raw.
func (c *compiler) input(in *blocks.Input, spec blocks.InputSpec, raw bool) string {
	switch {
	case in == nil || in.Literal == nil && in.Block == nil:
		switch spec.Kind {
		case blocks.BoolInput:
			return "false"
		case blocks.NumberInput:
			return "0"
		}
		return `""`
	case in.Literal != nil:
		v := *in.Literal
		if raw {
			// Passed as typed: "1.0" must stay text so pick random sees a decimal.
			if f, ok := CanonicalNumber(v.Text); ok {
				return number(f)
			}
			return Quote(v.Text)
		}
		switch spec.Kind {
		case blocks.NumberInput:
			f, ok := value.ParseNumber(v.Text)
			if !ok {
				f = 0
			}
			return number(f)
		case blocks.TextInput:
			if f, ok := literalNumber(v); ok {
				return number(f)
			}
		}
		return Quote(v.Text)
	}
	code, typ := c.reporter(in.Block)
	if raw {
		return code
	}
	return c.convert(code, typ, spec.Kind)
}

// convert turns an expression of static type typ into what a slot of kind k needs.
func (c *compiler) convert(code string, typ blocks.Type, k blocks.Kind) string {
	switch {
	case k == blocks.NumberInput && typ != blocks.NumType:
		return c.builtin("num") + "(" + code + ")"
	case k == blocks.BoolInput && typ != blocks.BoolType:
		return c.builtin("truth") + "(" + code + ")"
	}
	return code
}

// reporter writes a reporter block as an expression and gives its static type.
func (c *compiler) reporter(b *blocks.Block) (string, blocks.Type) {
	typ := c.blockType(c.t, c.params, b)
	switch b.Opcode {
	case "argument_reporter_string_number", "argument_reporter_boolean":
		if p := c.params[b.Fields["VALUE"]]; p != nil {
			return p.ident, typ
		}
		if b.Opcode == "argument_reporter_boolean" {
			return "false", typ
		}
		return "0", blocks.NumType
	}
	d := blocks.Lookup(b.Opcode)
	return c.fill(d.Lua, b, d), typ
}

func (c *compiler) builtin(name string) string {
	c.builtins[name] = true
	return name
}

// literal writes a value from the file: a JSON number as a Lua number, text as a string.
func literal(v blocks.Value) string {
	if f, ok := literalNumber(v); ok {
		return number(f)
	}
	return Quote(v.Text)
}

// number writes f as a Lua number literal, in parentheses when negative so that it can
// follow any operator.
func number(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "(1/0)"
	case math.IsInf(f, -1):
		return "(-1/0)"
	case math.IsNaN(f):
		return "(0/0)"
	}
	s := value.FormatNumber(f)
	if strings.HasPrefix(s, "-") {
		return "(" + s + ")"
	}
	return s
}

// maxBuiltins is an upper bound on how many builtins a chunk takes as locals.
const maxBuiltins = 110
