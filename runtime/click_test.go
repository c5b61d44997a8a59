package runtime

import (
	"slices"
	"testing"

	"tsumiki/blocks"
)

// clickProject: a sprite with a loose stack, a green-flag script that loops, a custom block
// definition and a clone script.
func clickProject() *blocks.Project {
	def := hB("def", "procedures_definition", &blocks.Proc{Code: "jump %n %b", Params: []string{"h", "big"}})
	sp := hSprite("S",
		hScript(hB("loose", "motion_movesteps", hNum("STEPS", "10")), hB("loose2", "motion_turnright", hNum("DEGREES", "15"))),
		hFlag("flag", hB("loop", "control_forever", hS("SUBSTACK",
			hB("inc", "data_changevariableby", hF("VARIABLE", "n"), hNum("VALUE", "1")),
			hB("fwait", "control_wait", hNum("DURATION", "0"))))),
		blocks.Script{Blocks: []*blocks.Block{def,
			hB("dsay", "looks_say", hRep("MESSAGE", hB("j", "operator_join",
				hRep("STRING1", hB("ah", "argument_reporter_string_number", hF("VALUE", "h"))),
				hRep("STRING2", hB("ab", "argument_reporter_boolean", hF("VALUE", "big"))))))}},
		hScript(hB("clonehat", "control_start_as_clone"), hB("cloop", "control_forever", hS("SUBSTACK",
			hB("cturn", "motion_turnright", hNum("DEGREES", "1"))))),
		hScript(hB("mk", "control_create_clone_of", hText("CLONE_OPTION", "_myself_"))),
	)
	p := hProject(sp)
	p.Stage.Variables = []blocks.Variable{{Name: "n", Value: blocks.NumberValue("0")}}
	p.Stage.Scripts = []blocks.Script{hScript(hB("sloose", "data_changevariableby", hF("VARIABLE", "n"), hNum("VALUE", "100")))}
	return p
}

// TestClickScript: clicking runs loose stacks and hat scripts' bodies, on the original sprite;
// clicking a running script stops it; no event starts a loose stack.
func TestClickScript(t *testing.T) {
	rt, err := New(clickProject(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	rt.Send(Input{Tick: 1, Kind: "keydown", Key: "space"})
	rt.Send(Input{Tick: 2, Kind: "mousedown"})
	steps(rt, 5)
	if s := spriteState(t, rt, "S"); s.X != 0 || s.Direction != 90 || rt.State().Clones != 0 {
		t.Fatalf("a loose stack ran without a click: x %v direction %v", s.X, s.Direction)
	}
	rt.StopAll()
	n0 := rt.State().Stage.Variables["n"]
	if n0 != "5" {
		t.Fatalf("n = %s after 5 ticks of the flag script", n0)
	}

	if err := rt.ClickScript("S", "loose"); err != nil {
		t.Fatal(err)
	}
	if got := rt.RunningScripts("S"); !got["loose"] || len(got) != 1 {
		t.Errorf("RunningScripts = %v, want the clicked stack", got)
	}
	rt.Step()
	if s := spriteState(t, rt, "S"); s.X != 10 || s.Direction != 105 {
		t.Errorf("after clicking the loose stack: x %v direction %v, want 10 and 105", s.X, s.Direction)
	}
	if got := rt.RunningScripts("S"); len(got) != 0 {
		t.Errorf("RunningScripts = %v after the stack ended", got)
	}

	// A hat script runs its body; clicking it again stops it.
	if err := rt.ClickScript("S", "flag"); err != nil {
		t.Fatal(err)
	}
	steps(rt, 3)
	if got := rt.RunningScripts("S"); !got["flag"] {
		t.Errorf("RunningScripts = %v, want the flag script", got)
	}
	if err := rt.ClickScript("S", "flag"); err != nil {
		t.Fatal(err)
	}
	if got := rt.RunningScripts("S"); len(got) != 0 {
		t.Errorf("RunningScripts = %v after clicking the running script", got)
	}
	n := rt.State().Stage.Variables["n"]
	steps(rt, 3)
	if got := rt.State().Stage.Variables["n"]; got != n || n != "8" {
		t.Errorf("n went %s → %s, want 8 and stopped", n, got)
	}

	// The stage's loose stack, and a custom block's definition with empty parameters.
	if err := rt.ClickScript(blocks.StageName, "sloose"); err != nil {
		t.Fatal(err)
	}
	if err := rt.ClickScript("S", "def"); err != nil {
		t.Fatal(err)
	}
	rt.Step()
	if got := rt.State().Stage.Variables["n"]; got != "108" {
		t.Errorf("n = %s after clicking the stage's stack, want 108", got)
	}
	if b := spriteState(t, rt, "S").Bubble; b != "0false" {
		t.Errorf("the clicked definition said %q, want 0false", b)
	}

	// Clones: a click starts the script on the original only; the glow counts clones' threads.
	if err := rt.ClickScript("S", "mk"); err != nil {
		t.Fatal(err)
	}
	rt.Step()
	if rt.State().Clones != 1 {
		t.Fatalf("clones = %d, want 1", rt.State().Clones)
	}
	if got := rt.AppendRunningScripts(nil, "S"); !slices.Equal(got, []string{"clonehat"}) {
		t.Errorf("running on a clone: %v, want [clonehat]", got)
	}
	// Clicking the clone script runs it on the original; clicking again stops only that one.
	if err := rt.ClickScript("S", "clonehat"); err != nil {
		t.Fatal(err)
	}
	rt.Step()
	dir := spriteState(t, rt, "S").Direction
	if err := rt.ClickScript("S", "clonehat"); err != nil {
		t.Fatal(err)
	}
	rt.Step()
	if got := spriteState(t, rt, "S").Direction; got != dir {
		t.Errorf("the original turned on after the second click: %v → %v", dir, got)
	}
	if got := rt.AppendRunningScripts(nil, "S"); !slices.Equal(got, []string{"clonehat"}) {
		t.Errorf("the clone's script should run on: %v", got)
	}

	for _, bad := range [][2]string{{"Nobody", "loose"}, {"S", "nosuch"}, {"S", "inc"}} {
		if err := rt.ClickScript(bad[0], bad[1]); err == nil {
			t.Errorf("ClickScript(%q, %q) gave no error", bad[0], bad[1])
		}
	}
	if got := rt.AppendRunningScripts(nil, "Nobody"); len(got) != 0 {
		t.Errorf("RunningScripts of nobody: %v", got)
	}
	if len(rt.Errors()) > 0 {
		t.Errorf("errors: %v", rt.Errors())
	}
}

// TestClickedScriptRestartsOnReload: a clicked loose stack that is running goes on in the new
// program after an edit, and its glow stays.
func TestClickedScriptRestartsOnReload(t *testing.T) {
	p := hProject(hSprite("S", hScript(hB("top", "control_forever", hS("SUBSTACK",
		hB("mv", "motion_movesteps", hNum("STEPS", "1")))))))
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	if err := rt.ClickScript("S", "top"); err != nil {
		t.Fatal(err)
	}
	steps(rt, 5)
	q := copyProject(t, p)
	setNum(t, q, "mv", "STEPS", "2")
	mustReload(t, rt, q)
	steps(rt, 5)
	if x := spriteState(t, rt, "S").X; x != 15 {
		t.Errorf("x = %v, want 15", x)
	}
	if got := rt.RunningScripts("S"); !got["top"] {
		t.Errorf("RunningScripts = %v", got)
	}
}
