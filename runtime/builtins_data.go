package runtime

import (
	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks/value"
)

func (rt *Runtime) dataBuiltins() map[string]lua.LGFunction {
	list := func(L *lua.LState) *List { return L.CheckUserData(1).Value.(*List) }
	index := func(L *lua.LState, l *List, i int, acceptAll bool) int {
		return value.ListIndex(L.Get(i), len(l.Items), acceptAll, func(n int) int { return 1 + rt.rng.IntN(n) })
	}
	return map[string]lua.LGFunction{
		"list_contents": func(L *lua.LState) int {
			l := list(L)
			rt.charge(L, l.bytes)
			s := l.contents()
			if len(s) > MaxString {
				rt.fail(L, msgTextTooLong, MaxString>>20)
			}
			L.Push(lua.LString(s))
			return 1
		},
		"list_add": func(L *lua.LState) int {
			l := list(L)
			rt.grow(L, l, L.Get(2))
			l.Items = append(l.Items, L.Get(2))
			return 0
		},
		"list_delete": func(L *lua.LState) int {
			l := list(L)
			switch i := index(L, l, 2, true); i {
			case value.ListAll:
				rt.clearList(l)
			case value.ListInvalid:
			default:
				rt.charge(L, len(l.Items)-i) // the items moved up
				rt.shrink(l, l.Items[i-1])
				l.Items = append(l.Items[:i-1], l.Items[i:]...)
			}
			return 0
		},
		"list_clear": func(L *lua.LState) int { rt.clearList(list(L)); return 0 },
		"list_insert": func(L *lua.LState) int {
			l := list(L)
			// Inserting may go one past the end, as Scratch allows.
			i := value.ListIndex(L.Get(2), len(l.Items)+1, false, func(n int) int { return 1 + rt.rng.IntN(n) })
			if i == value.ListInvalid {
				return 0
			}
			item := L.Get(3)
			rt.grow(L, l, item)
			rt.charge(L, len(l.Items)-i) // the items moved down
			l.Items = append(l.Items, nil)
			copy(l.Items[i:], l.Items[i-1:])
			l.Items[i-1] = item
			return 0
		},
		"list_replace": func(L *lua.LState) int {
			l := list(L)
			i := index(L, l, 2, false)
			if i == value.ListInvalid {
				return 0
			}
			item := L.Get(3)
			rt.shrink(l, l.Items[i-1])
			rt.grow(L, l, item)
			l.Items[i-1] = item
			return 0
		},
		"list_item": func(L *lua.LState) int {
			l := list(L)
			i := index(L, l, 2, false)
			if i == value.ListInvalid {
				L.Push(lua.LString(""))
				return 1
			}
			L.Push(l.Items[i-1])
			return 1
		},
		"list_index_of": func(L *lua.LState) int {
			l := list(L)
			item := L.Get(2)
			rt.charge(L, len(l.Items))
			for i, v := range l.Items {
				if value.Equal(v, item) {
					return pushNum(L, float64(i+1))
				}
			}
			return pushNum(L, 0)
		},
		"list_length": func(L *lua.LState) int { return pushNum(L, float64(len(list(L).Items))) },
		"list_contains": func(L *lua.LState) int {
			l := list(L)
			item := L.Get(2)
			rt.charge(L, len(l.Items))
			for _, v := range l.Items {
				if value.Equal(v, item) {
					return pushBool(L, true)
				}
			}
			return pushBool(L, false)
		},
		"show_monitor": func(L *lua.LState) int {
			rt.showMonitor(rt.cur.in, str(L, 1), lua.LVAsBool(L.Get(3)), lua.LVAsBool(L.Get(2)))
			return 0
		},
	}
}

// grow checks that one more item fits in l and in the budget for all lists, and counts it.
func (rt *Runtime) grow(L *lua.LState, l *List, item lua.LValue) {
	if len(l.Items) >= MaxListItems {
		rt.fail(L, msgListTooLong, l.Name, MaxListItems)
	}
	c := itemCost(item)
	if rt.listBytes+c > MaxListBytes {
		rt.fail(L, msgListsTooBig, MaxListBytes>>20)
	}
	l.bytes += c
	rt.listBytes += c
}

func (rt *Runtime) shrink(l *List, item lua.LValue) {
	c := itemCost(item)
	l.bytes -= c
	rt.listBytes -= c
}

func (rt *Runtime) clearList(l *List) {
	rt.listBytes -= l.bytes
	l.bytes = 0
	l.Items = l.Items[:0]
}
