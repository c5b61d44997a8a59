package runtime

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"tsumiki/blocks"
)

// Small builders for projects written in tests.

type obj = map[string]any

func blk(id, opcode string, parts ...obj) obj {
	b := obj{"id": id, "opcode": opcode}
	for _, p := range parts {
		for k, v := range p {
			b[k] = v
		}
	}
	return b
}

func fields(kv ...string) obj {
	f := obj{}
	for i := 0; i+1 < len(kv); i += 2 {
		f[kv[i]] = kv[i+1]
	}
	return obj{"fields": f}
}

func inputs(kv ...any) obj {
	in := obj{}
	for i := 0; i+1 < len(kv); i += 2 {
		in[kv[i].(string)] = kv[i+1]
	}
	return obj{"inputs": in}
}

func substack(bs ...obj) obj { return obj{"stacks": obj{"SUBSTACK": bs}} }

func variable(id, name string) obj { return blk(id, "data_variable", fields("VARIABLE", name)) }

func script(bs ...obj) obj { return obj{"x": 0, "y": 0, "blocks": bs} }

func spriteWith(name string, layer int, scripts ...obj) obj {
	return obj{"name": name, "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
		"rotationStyle": "all around", "costume": 0, "layer": layer,
		"costumes": []obj{{"name": "c1", "library": "ball"}}, "scripts": scripts}
}

// project builds a project from sprites, with messages and stage data: a name is a variable
// starting at 0, and "list:name" an empty list.
func project(t testing.TB, stageData []string, messages []string, sprites ...obj) *blocks.Project {
	t.Helper()
	vars, lists := []obj{}, []obj{}
	for _, v := range stageData {
		if name, ok := strings.CutPrefix(v, "list:"); ok {
			lists = append(lists, obj{"name": name, "items": []any{}})
			continue
		}
		vars = append(vars, obj{"name": v, "value": 0})
	}
	p := obj{"format": 1, "name": "test", "messages": messages,
		"stage": obj{"backdrop": 0, "variables": vars, "lists": lists}, "sprites": sprites}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	proj, err := blocks.Parse(data)
	if err != nil {
		t.Fatalf("test project does not load: %v", err)
	}
	return proj
}

// trace runs p headless and returns the trace events and the final state.
func trace(t testing.TB, p *blocks.Project, h Headless) ([]Event, State) {
	t.Helper()
	var events []Event
	h.Trace = func(e Event) { events = append(events, e) }
	if h.MaxTicks == 0 {
		h.MaxTicks = 1000
	}
	rt, err := New(p, h.Options)
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, in := range h.Inputs {
		rt.Send(in)
	}
	rt.GreenFlag()
	rt.Run(h.MaxTicks)
	return events, rt.State()
}

// says lists "tick target text" for every say event, for compact comparisons.
func says(events []Event) []string {
	var out []string
	for _, e := range events {
		if e.Kind == "say" || e.Kind == "think" || e.Kind == "error" {
			out = append(out, strings.Join([]string{itoa(e.Tick), e.Target, e.Text}, " "))
		}
	}
	return out
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(bytes.TrimSpace(b)) }
