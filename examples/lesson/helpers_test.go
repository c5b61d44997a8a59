package lesson

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"tsumiki/assets"
	"tsumiki/blocks"
	"tsumiki/runtime"
)

// optionsFor runs test projects with the library's pictures, so that touching is exact.
func optionsFor(t *testing.T) runtime.Options {
	t.Helper()
	return runtime.Options{Seed: 1, Assets: assets.NewStore(nil)}
}

// testSprite describes a sprite of a test project: its name, where it stands, and its scripts as
// JSON, each a list of blocks without ids.
type testSprite struct {
	name    string
	x, y    float64
	scripts string // `[[{"opcode": …}, …], …]`
	extra   string // more entries of the sprite, as `"variables": […]`
}

// testProject builds a project from the stage's scripts and sprites, giving every block an id.
// Each sprite wears the walking mascot's four costumes, and the stage the school yard.
func testProject(t *testing.T, stageScripts string, sprites ...testSprite) *blocks.Project {
	t.Helper()
	n := 0
	scripts := func(src string) string {
		if src == "" {
			return "[]"
		}
		var stacks []any
		if err := json.Unmarshal([]byte(src), &stacks); err != nil {
			t.Fatalf("scripts %s: %v", src, err)
		}
		var out []any
		for i, st := range stacks {
			withIDs(st, &n)
			out = append(out, map[string]any{"x": 20, "y": 20 + 200*i, "blocks": st})
		}
		b, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var ss []string
	for i, s := range sprites {
		extra := ""
		if s.extra != "" {
			extra = ", " + s.extra
		}
		ss = append(ss, fmt.Sprintf(`{"name": %q, "x": %v, "y": %v, "direction": 90, "size": 100,
			"visible": true, "rotationStyle": "all around", "costume": 0, "layer": %d,
			"costumes": [{"name": "walk1", "library": "tsumi-walk1"}, {"name": "walk2", "library": "tsumi-walk2"},
				{"name": "walk3", "library": "tsumi-walk3"}, {"name": "walk4", "library": "tsumi-walk4"}],
			"scripts": %s%s}`, s.name, s.x, s.y, i+1, scripts(s.scripts), extra))
	}
	src := fmt.Sprintf(`{"format": 1, "name": "test", "messages": ["go"],
		"stage": {"backdrop": 0, "costumes": [{"name": "school-yard", "library": "school-yard"},
			{"name": "classroom", "library": "classroom"}],
			"variables": [{"name": "score", "value": 0}], "lists": [{"name": "bag", "items": []}],
			"scripts": %s},
		"sprites": [%s]}`, scripts(stageScripts), strings.Join(ss, ","))
	p, err := blocks.Parse([]byte(src))
	if err != nil {
		t.Fatalf("test project does not load: %v\n%s", err, src)
	}
	return p
}

// withIDs gives every block object in v, at any depth, an id.
func withIDs(v any, n *int) {
	switch x := v.(type) {
	case []any:
		for _, it := range x {
			withIDs(it, n)
		}
	case map[string]any:
		if _, ok := x["opcode"]; ok {
			*n++
			x["id"] = fmt.Sprintf("b%d", *n)
		}
		for _, it := range x {
			withIDs(it, n)
		}
	}
}
