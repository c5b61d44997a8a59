// Package compile turns a checked project into one chunk of readable Lua and a source map.
//
// The chunk is meant to be shown to a teacher: one line for each block, scripts and custom
// blocks named in comments, variables as Lua locals with names taken from the project.
//
// Shape of the chunk. It is called with the runtime's builtin table R and the stage's list
// objects, and returns the targets' factories:
//
//	local R, STAGE_LISTS = ...
//	local move, say, num = R.move, R.say, R.num   -- the builtins the project uses
//	local var_score = 0                           -- variables for all sprites
//	...
//	return {
//	  globals = function() return {var_score} end,
//	  targets = {
//	    function(vars, lists) ... end,            -- the stage
//	    function(vars, lists) ... end,            -- each sprite, in file order
//	  },
//	}
//
// A factory is called once for a sprite and again for each of its clones. Its sprite-only
// variables are locals of that call, so a clone gets its own copies, and every script and custom
// block is a closure over them. Where a scope would need more locals than Lua allows, its
// variables live in a table instead.
//
// Every stack of a target becomes a script of its factory's table, hat or not: a stack
// without a hat and a custom block's definition run when the editor clicks them, and no event
// starts them (see Script).
//
// Speed comes from where values live and from knowing types: a variable that only ever holds
// numbers is read and changed with plain Lua arithmetic; anything else goes through the
// runtime's num() and compare() builtins, which follow Scratch's rules.
package compile

// ChunkName is the name the Lua chunk runs under; runtime errors start with it.
const ChunkName = "project"

// Program is a compiled project.
type Program struct {
	Source   string     // the Lua chunk
	Lines    []Location // Lines[i] is the block that line i+1 of Source belongs to
	Targets  []Target   // the stage first, then the sprites in file order
	Builtins []string   // the builtins the chunk takes from R, sorted
}

// Location names a block in the project.
type Location struct {
	Target string // blocks.StageName or a sprite's name
	Script int    // 1-based script number in the target; 0 outside scripts
	Block  string // block id; "" outside blocks
	Opcode string
}

// Target describes what the runtime needs to know about one target's compiled scripts.
type Target struct {
	Name      string
	Scripts   []Script // the scripts that can run, in the order of the factory's table
	Variables []string // names of the target's variables, in the order of init.vars and vars()
	Lists     []string // names of the target's lists, in the order the factory takes them
	Numeric   []bool   // Numeric[i]: variable i only ever holds numbers, kept as a Lua number
}

// Script is one script that can run: one that starts from an event, a stack of blocks without
// a hat (Hat is ""), which runs only when clicked, or the body of a custom block's definition
// (Hat is "procedures_definition"), run with empty parameters when the definition is clicked.
// No event starts the last two.
type Script struct {
	Hat    string            // the hat's opcode; "" for blocks without a hat
	Fields map[string]string // the hat's fields (key, message, backdrop …)
	Block  string            // the id of the script's first block: the hat, or the top of a loose stack
	Index  int               // 1-based script number in the target
	Edge   bool              // the factory also returns a condition for this script (edge-triggered hats)
}

// Lookup returns the location of a Lua line, if it has one.
func (p *Program) Lookup(line int) (Location, bool) {
	if line < 1 || line > len(p.Lines) {
		return Location{}, false
	}
	loc := p.Lines[line-1]
	return loc, loc.Target != ""
}
