package runtime

import (
	"regexp"
	"slices"
	"testing"

	"tsumiki/blocks"
)

// TestEveryBlockHasItsBuiltins checks that each function a block's Lua calls is one the runtime
// provides, and that the runtime provides nothing no block calls.
func TestEveryBlockHasItsBuiltins(t *testing.T) {
	have := BuiltinNames()
	call := regexp.MustCompile(`\b([a-z_][a-z0-9_]*)\(`)
	used := map[string]bool{
		// called by the compiler itself rather than by a template
		"num": true, "truth": true, "loop_end": true, "step": true, "warp_enter": true, "warp_exit": true,
	}
	for _, d := range blocks.All() {
		for _, m := range call.FindAllStringSubmatch(d.Lua+" "+d.LuaNum, -1) {
			switch m[1] {
			case "not", "and", "or":
				continue
			}
			used[m[1]] = true
			if !slices.Contains(have, m[1]) {
				t.Errorf("%s calls %s, which the runtime does not provide", d.Opcode, m[1])
			}
		}
	}
	for _, name := range have {
		if !used[name] {
			t.Errorf("the runtime provides %s, which no block calls", name)
		}
	}
}
