package runtime

import (
	"slices"
	"testing"

	"tsumiki/blocks"
)

func monitorNames(ms []Monitor) []string {
	var out []string
	for _, m := range ms {
		name := m.Name
		if m.Target != "" {
			name = m.Target + ":" + name
		}
		if m.List {
			name += "[]"
			out = append(out, name+"="+join(m.Items))
			continue
		}
		out = append(out, name+"="+m.Value)
	}
	return out
}

func join(items []string) string {
	s := ""
	for i, it := range items {
		if i > 0 {
			s += ","
		}
		s += it
	}
	return s
}

// TestMonitors: the file's monitors show at start in file order; show and hide blocks and the
// palette's checkbox add them in the order shown; a variable and a list of the same name are
// different monitors; a sprite's own variable is named with its sprite; Reload keeps them.
func TestMonitors(t *testing.T) {
	sp := hSprite("S",
		hFlag("flag",
			hB("set", "data_setvariableto", hF("VARIABLE", "score"), hNum("VALUE", "7")),
			hB("showl", "data_showlist", hF("LIST", "score")),
			hB("showv", "data_showvariable", hF("VARIABLE", "pace")),
			hB("hide", "data_hidevariable", hF("VARIABLE", "score")),
			hB("add", "data_addtolist", hF("LIST", "score"), hText("ITEM", "a"))))
	sp.Variables = []blocks.Variable{{Name: "pace", Value: blocks.NumberValue("3")}}
	p := hProject(sp)
	p.Stage.Variables = []blocks.Variable{{Name: "score", Value: blocks.NumberValue("0"), Monitor: true},
		{Name: "speed", Value: blocks.NumberValue("1")}}
	p.Stage.Lists = []blocks.List{{Name: "score", Items: []blocks.Value{}}}
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if got, want := monitorNames(rt.Monitors()), []string{"score=0"}; !slices.Equal(got, want) {
		t.Errorf("at start %v, want %v", got, want)
	}
	rt.GreenFlag()
	rt.Run(5)
	if got, want := monitorNames(rt.Monitors()), []string{"score[]=a", "S:pace=3"}; !slices.Equal(got, want) {
		t.Errorf("after the blocks %v, want %v", got, want)
	}
	rt.SetMonitor(blocks.StageName, "score", false, true) // shown again: back in its first place
	rt.SetMonitor("", "speed", false, true)
	rt.SetMonitor("S", "nosuch", false, true)
	rt.SetMonitor("Nobody", "speed", false, true)
	if got, want := monitorNames(rt.Monitors()), []string{"score=7", "score[]=a", "S:pace=3", "speed=1"}; !slices.Equal(got, want) {
		t.Errorf("after the checkboxes %v, want %v", got, want)
	}

	// Reload: the sprite renamed keeps its monitor; a removed variable's goes; a new variable
	// marked in the file shows.
	q := copyProject(t, p)
	q.Sprites[0].Name = "T"
	q.Stage.Variables = []blocks.Variable{{Name: "score", Value: blocks.NumberValue("0"), Monitor: true},
		{Name: "lives", Value: blocks.NumberValue("3"), Monitor: true}}
	mustReload(t, rt, q)
	if got, want := monitorNames(rt.Monitors()), []string{"score=7", "score[]=a", "T:pace=3", "lives=3"}; !slices.Equal(got, want) {
		t.Errorf("after the reload %v, want %v", got, want)
	}
	rt.SetMonitor("T", "pace", false, false)
	if got, want := monitorNames(rt.Monitors()), []string{"score=7", "score[]=a", "lives=3"}; !slices.Equal(got, want) {
		t.Errorf("after hiding %v, want %v", got, want)
	}
}
