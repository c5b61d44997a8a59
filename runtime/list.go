package runtime

import (
	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks/value"
)

// List is a Scratch list. Lua code holds it as userdata and only builtins touch its items.
type List struct {
	Name  string
	Items []lua.LValue
	bytes int // what the items cost against the runtime's list budget
}

// itemCost is what one item costs against the list budget: its text plus a fixed overhead.
func itemCost(v lua.LValue) int {
	if s, ok := v.(lua.LString); ok {
		return len(s) + 16
	}
	return 16
}

func (l *List) contents() string { return value.ListContents(l.Items) }

func (l *List) clone() *List {
	c := &List{Name: l.Name, Items: append([]lua.LValue(nil), l.Items...), bytes: l.bytes}
	return c
}
