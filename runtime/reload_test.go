package runtime

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"tsumiki/blocks"
)

// copyProject deep-copies a project through its file format, as an editor's saved state would be.
func copyProject(t testing.TB, p *blocks.Project) *blocks.Project {
	t.Helper()
	data, err := blocks.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := blocks.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// findBlock returns the block of that id anywhere in p.
func findBlock(t testing.TB, p *blocks.Project, id string) *blocks.Block {
	t.Helper()
	b := p.BlockIndex()[id]
	if b == nil {
		t.Fatalf("no block %q", id)
	}
	return b
}

func setNum(t testing.TB, p *blocks.Project, id, input, text string) {
	t.Helper()
	v := blocks.NumberValue(text)
	findBlock(t, p, id).Inputs[input] = &blocks.Input{Literal: &v}
}

func spriteState(t testing.TB, rt *Runtime, name string) SpriteState {
	t.Helper()
	for _, s := range rt.State().Sprites {
		if s.Name == name && !s.Clone {
			return s
		}
	}
	t.Fatalf("no sprite %q in %+v", name, rt.State().Sprites)
	return SpriteState{}
}

func mustReload(t testing.TB, rt *Runtime, p *blocks.Project) {
	t.Helper()
	if err := rt.Reload(p); err != nil {
		t.Fatalf("Reload: %v", err)
	}
}

func steps(rt *Runtime, n int) {
	for i := 0; i < n; i++ {
		rt.Step()
	}
}

// liveEditProject: the cat moves forever and counts its moves in n (for all sprites); a
// hidden Counter counts to 20 in a repeat loop and says each count.
func liveEditProject() *blocks.Project {
	cat := hSprite("Cat", hFlag("flag",
		hB("loop", "control_forever", hS("SUBSTACK",
			hB("move", "motion_movesteps", hNum("STEPS", "10")),
			hB("count", "data_changevariableby", hF("VARIABLE", "n"), hNum("VALUE", "1"))))))
	counter := hSprite("Counter", hFlag("cflag",
		hB("rep", "control_repeat", hNum("TIMES", "20"), hS("SUBSTACK",
			hB("inc", "data_changevariableby", hF("VARIABLE", "c"), hNum("VALUE", "1")),
			hB("csay", "looks_say", hRep("MESSAGE", hVar("cv", "c")))))))
	counter.Visible = false
	counter.Layer = 2
	p := hProject(cat, counter)
	p.Stage.Variables = []blocks.Variable{{Name: "n", Value: blocks.NumberValue("0")}, {Name: "c", Value: blocks.NumberValue("0")}}
	return p
}

// TestReloadLiveEdit is a child editing while a forever loop runs: after 10 ticks of moving 10
// steps, the 10 becomes -10; 10 ticks later the cat is back where it started. The counting
// went on across the edit, and the unchanged repeat loop of another sprite kept its place: it
// stops after 20 counts in all, not 20 more. The same edit at the same tick gives the same run.
func TestReloadLiveEdit(t *testing.T) {
	run := func() ([]Event, State) {
		p := liveEditProject()
		var events []Event
		rt, err := New(p, Options{Trace: func(e Event) { events = append(events, e) }})
		if err != nil {
			t.Fatal(err)
		}
		defer rt.Close()
		rt.GreenFlag()
		steps(rt, 10)
		if got := spriteState(t, rt, "Cat"); got.X != 100 {
			t.Fatalf("before the edit x = %v, want 100", got.X)
		}
		edited := copyProject(t, p)
		setNum(t, edited, "move", "STEPS", "-10")
		mustReload(t, rt, edited)
		steps(rt, 10)
		if got := spriteState(t, rt, "Cat"); got.X != 0 || got.Y != 0 || got.Direction != 90 {
			t.Errorf("after the edit the cat is at %v,%v pointing %v, want 0,0 pointing 90", got.X, got.Y, got.Direction)
		}
		steps(rt, 20)
		st := rt.State()
		if st.Stage.Variables["n"] != "40" {
			t.Errorf("n = %s, want 40: counting goes on across the edit", st.Stage.Variables["n"])
		}
		if st.Stage.Variables["c"] != "20" {
			t.Errorf("c = %s, want 20: the unchanged repeat loop keeps its place", st.Stage.Variables["c"])
		}
		if st.Tick != 40 {
			t.Errorf("tick = %d, want 40", st.Tick)
		}
		if len(rt.Errors()) > 0 {
			t.Errorf("errors: %v", rt.Errors())
		}
		return events, st
	}
	e1, s1 := run()
	e2, s2 := run()
	j1, _ := json.Marshal([]any{e1, s1})
	j2, _ := json.Marshal([]any{e2, s2})
	if string(j1) != string(j2) {
		t.Errorf("two runs with the same edit differ:\n%s\n%s", j1, j2)
	}
	if len(e1) == 0 {
		t.Error("no trace")
	}
}

// TestReloadRestartsChangedScript checks the other side: a script whose own blocks changed
// starts again from its top (its repeat counts 20 afresh), while the variables keep their values.
func TestReloadRestartsChangedScript(t *testing.T) {
	p := liveEditProject()
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	steps(rt, 10)
	edited := copyProject(t, p)
	setNum(t, edited, "rep", "TIMES", "21")
	mustReload(t, rt, edited)
	steps(rt, 40)
	if got := rt.State().Stage.Variables["c"]; got != "31" {
		t.Errorf("c = %s, want 31: 10 before the edit, then the new repeat 21 from the top", got)
	}
}

// TestReloadKeepsRunningInCustomBlock: a thread inside an unchanged custom block keeps its
// place; editing the custom block restarts the script that runs it.
func TestReloadKeepsRunningInCustomBlock(t *testing.T) {
	build := func(times string) *blocks.Project {
		def := hB("def", "procedures_definition", &blocks.Proc{Code: "count %n", Params: []string{"k"}})
		sp := hSprite("S",
			blocks.Script{Blocks: []*blocks.Block{def,
				hB("rep", "control_repeat", hRep("TIMES", hB("arg", "argument_reporter_string_number", hF("VALUE", "k"))),
					hS("SUBSTACK", hB("inc", "data_changevariableby", hF("VARIABLE", "c"), hNum("VALUE", times))))}},
			hFlag("flag", hB("call", "procedures_call", &blocks.Proc{Code: "count %n"}, hNum("k", "20"))),
			hFlag("flag2", hB("loop", "control_forever", hS("SUBSTACK", hB("mv", "motion_movesteps", hNum("STEPS", "1"))))))
		p := hProject(sp)
		p.Stage.Variables = []blocks.Variable{{Name: "c", Value: blocks.NumberValue("0")}}
		return p
	}
	for _, tc := range []struct {
		name, edit string
		want       string
	}{
		{"unchanged", "1", "20"},    // the loop inside the block carries on to 20
		{"edited", "2", "50"},       // 10 counted, then the script restarts: 20 twos
		{"other script", "1", "20"}, // an edit elsewhere (the forever loop) leaves it alone
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := build("1")
			rt, err := New(p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer rt.Close()
			rt.GreenFlag()
			steps(rt, 10)
			q := build(tc.edit)
			if tc.name == "other script" {
				setNum(t, q, "mv", "STEPS", "2")
			}
			mustReload(t, rt, q)
			steps(rt, 40)
			if got := rt.State().Stage.Variables["c"]; got != tc.want {
				t.Errorf("c = %s, want %s", got, tc.want)
			}
			if tc.name == "other script" {
				if got := spriteState(t, rt, "S").X; got != 10+2*40 {
					t.Errorf("x = %v, want 90", got)
				}
			}
		})
	}
}

// TestReloadRefused: a project that does not compile is refused with the compiler's error, and
// the runtime goes on as before.
func TestReloadRefused(t *testing.T) {
	p := liveEditProject()
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	steps(rt, 5)
	bad := copyProject(t, p)
	findBlock(t, bad, "move").Opcode = "motion_nosuchblock"
	err = rt.Reload(bad)
	var probs blocks.Problems
	if err == nil || !strings.Contains(err.Error(), "motion_nosuchblock") {
		t.Fatalf("Reload of a broken project: %v, want the compiler's error", err)
	}
	_ = probs
	if rt.Program().Source == "" || rt.proj != p {
		t.Error("the runtime's program changed")
	}
	steps(rt, 5)
	if got := spriteState(t, rt, "Cat").X; got != 100 {
		t.Errorf("x = %v, want 100: the old program runs on", got)
	}
}

// TestReloadData: variables and lists by name; new ones from the file; removed ones gone; a
// variable the new program keeps as a number takes the number.
func TestReloadData(t *testing.T) {
	p := hProject(hSprite("S", hFlag("flag",
		hB("set", "data_setvariableto", hF("VARIABLE", "mine"), hText("VALUE", "hello")),
		hB("add", "data_addtolist", hF("LIST", "things"), hText("ITEM", "apple")),
		hB("g", "data_changevariableby", hF("VARIABLE", "g"), hNum("VALUE", "5")))))
	p.Sprites[0].Variables = []blocks.Variable{{Name: "mine", Value: blocks.NumberValue("0")}, {Name: "gone", Value: blocks.NumberValue("1")}}
	p.Sprites[0].Lists = []blocks.List{{Name: "things", Items: []blocks.Value{blocks.TextValue("pear")}}}
	p.Stage.Variables = []blocks.Variable{{Name: "g", Value: blocks.NumberValue("1")}}
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	rt.Run(10)

	q := copyProject(t, p)
	q.Sprites[0].Variables = []blocks.Variable{{Name: "new", Value: blocks.TextValue("fresh")}, {Name: "mine", Value: blocks.NumberValue("0")}}
	q.Sprites[0].Lists = append(q.Sprites[0].Lists, blocks.List{Name: "more", Items: []blocks.Value{blocks.NumberValue("7")}})
	q.Stage.Variables = append(q.Stage.Variables, blocks.Variable{Name: "h", Value: blocks.NumberValue("3")})
	mustReload(t, rt, q)
	s := spriteState(t, rt, "S")
	if want := map[string]string{"mine": "hello", "new": "fresh"}; !mapsEqual(s.Variables, want) {
		t.Errorf("sprite variables %v, want %v", s.Variables, want)
	}
	if got := s.Lists["things"]; !slices.Equal(got, []string{"pear", "apple"}) {
		t.Errorf("things = %v", got)
	}
	if got := s.Lists["more"]; !slices.Equal(got, []string{"7"}) {
		t.Errorf("more = %v", got)
	}
	if want := map[string]string{"g": "6", "h": "3"}; !mapsEqual(rt.State().Stage.Variables, want) {
		t.Errorf("stage variables %v, want %v", rt.State().Stage.Variables, want)
	}
	// The green flag after the edit runs the new program with the kept values.
	rt.GreenFlag()
	rt.Run(10)
	if got := rt.State().Stage.Variables["g"]; got != "11" {
		t.Errorf("g = %s after another flag, want 11", got)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if bv, ok := b[k]; !ok || bv != v {
			return false
		}
	}
	return true
}

// TestReloadSprites: a sprite renamed keeps its state and its clones; one added appears at its
// file position; one deleted disappears with its clones and scripts.
func TestReloadSprites(t *testing.T) {
	mover := hSprite("Mover",
		hFlag("mflag", hB("mk", "control_create_clone_of", hText("CLONE_OPTION", "_myself_")),
			hB("mloop", "control_forever", hS("SUBSTACK", hB("mmove", "motion_movesteps", hNum("STEPS", "3"))))))
	mover.Variables = []blocks.Variable{{Name: "mine", Value: blocks.NumberValue("4")}}
	doomed := hSprite("Doomed",
		hFlag("dflag", hB("dk", "control_create_clone_of", hText("CLONE_OPTION", "_myself_")),
			hB("dloop", "control_forever", hS("SUBSTACK", hB("dturn", "motion_turnright", hNum("DEGREES", "1"))))))
	doomed.Layer = 2
	p := hProject(mover, doomed)
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	steps(rt, 5)
	if rt.State().Clones != 2 {
		t.Fatalf("clones = %d, want 2", rt.State().Clones)
	}

	q := copyProject(t, p)
	q.Sprites[0].Name = "Runner"
	q.Sprites = q.Sprites[:1]
	mustReload(t, rt, q)
	// A sprite added in the place of one deleted in the same edit would count as that sprite
	// renamed: the editor reloads after each change.
	q = copyProject(t, q)
	added := hSprite("Newcomer", hFlag("nflag", hB("nsay", "looks_say", hText("MESSAGE", "hi"))))
	added.X, added.Y = 50, -20
	q.Sprites = append(q.Sprites, added)
	mustReload(t, rt, q)

	st := rt.State()
	var names []string
	for _, s := range st.Sprites {
		names = append(names, s.Name)
	}
	if !slices.Contains(names, "Runner") || !slices.Contains(names, "Newcomer") || slices.Contains(names, "Doomed") || slices.Contains(names, "Mover") {
		t.Fatalf("sprites after the edit: %v", names)
	}
	if st.Clones != 1 {
		t.Errorf("clones = %d, want 1 (the renamed sprite's)", st.Clones)
	}
	r := spriteState(t, rt, "Runner")
	if r.X != 15 || r.Variables["mine"] != "4" {
		t.Errorf("Runner at x %v with mine %q, want 15 and 4", r.X, r.Variables["mine"])
	}
	if n := spriteState(t, rt, "Newcomer"); n.X != 50 || n.Y != -20 {
		t.Errorf("Newcomer at %v,%v, want 50,-20", n.X, n.Y)
	}
	for _, th := range rt.threads {
		if th.in.t.name == "Doomed" && !th.done {
			t.Errorf("a thread of the deleted sprite runs on")
		}
	}
	steps(rt, 5)
	st = rt.State()
	for _, s := range st.Sprites {
		if s.Name == "Runner" && s.X != 30 {
			t.Errorf("%s (clone %v) at x %v, want 30: the renamed sprite's scripts run on", s.Name, s.Clone, s.X)
		}
	}
	if err := rt.ClickScript("Newcomer", "nflag"); err != nil {
		t.Fatal(err)
	}
	rt.Step()
	if b := spriteState(t, rt, "Newcomer").Bubble; b != "hi" {
		t.Errorf("Newcomer says %q, want hi", b)
	}
}

// TestReloadManyVariables: where a scope keeps its variables in a table (more than Lua's
// locals allow), Reload carries them the same way.
func TestReloadManyVariables(t *testing.T) {
	build := func(step string) *blocks.Project {
		sp := hSprite("S", hFlag("flag", hB("loop", "control_forever", hS("SUBSTACK",
			hB("g", "data_changevariableby", hF("VARIABLE", "g70"), hNum("VALUE", step)),
			hB("l", "data_changevariableby", hF("VARIABLE", "l130"), hNum("VALUE", step)),
			hB("mv", "motion_movesteps", hNum("STEPS", "1"))))))
		for i := 1; i <= 130; i++ {
			sp.Variables = append(sp.Variables, blocks.Variable{Name: "l" + itoa(int64(i)), Value: blocks.NumberValue(itoa(int64(i)))})
		}
		p := hProject(sp)
		for i := 1; i <= 70; i++ {
			p.Stage.Variables = append(p.Stage.Variables, blocks.Variable{Name: "g" + itoa(int64(i)), Value: blocks.NumberValue(itoa(int64(i)))})
		}
		return p
	}
	p := build("1")
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if src := rt.Program().Source; !strings.Contains(src, "local G = {") || !strings.Contains(src, "local V = vars") {
		t.Fatal("the project does not keep its variables in tables")
	}
	rt.GreenFlag()
	steps(rt, 10)
	mustReload(t, rt, build("2"))
	steps(rt, 10)
	st := rt.State()
	if g, l := st.Stage.Variables["g70"], spriteState(t, rt, "S").Variables["l130"]; g != "100" || l != "160" {
		t.Errorf("g70 = %s, l130 = %s, want 100 and 160", g, l)
	}
	if g := st.Stage.Variables["g1"]; g != "1" {
		t.Errorf("g1 = %s", g)
	}
}

// TestReloadNumericVariable: a variable that held text, in a new program that keeps it as a
// number, takes the number Scratch reads from the text, so its arithmetic goes on as Scratch's.
func TestReloadNumericVariable(t *testing.T) {
	p := hProject(hSprite("S",
		hFlag("flag", hB("set", "data_setvariableto", hF("VARIABLE", "v"), hText("VALUE", "hello"))),
		hScript(hB("inc", "data_changevariableby", hF("VARIABLE", "v"), hNum("VALUE", "1")))))
	p.Stage.Variables = []blocks.Variable{{Name: "v", Value: blocks.NumberValue("0")}}
	rt, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	rt.Run(5)
	q := copyProject(t, p)
	q.Sprites[0].Scripts = q.Sprites[0].Scripts[1:]
	mustReload(t, rt, q)
	if !rt.Program().Targets[0].Numeric[0] {
		t.Fatal("v is not kept as a number in the new program")
	}
	if err := rt.ClickScript("S", "inc"); err != nil {
		t.Fatal(err)
	}
	rt.Run(5)
	if got := rt.State().Stage.Variables["v"]; got != "1" || len(rt.Errors()) > 0 {
		t.Errorf("v = %s (errors %v), want 1 as Scratch's \"hello\" + 1", got, rt.Errors())
	}
}

// TestReloadSharedCustomBlock: two scripts inside the same custom block both keep their place.
func TestReloadSharedCustomBlock(t *testing.T) {
	build := func(steps string) *blocks.Project {
		def := hB("def", "procedures_definition", &blocks.Proc{Code: "tick"})
		loose := hScript(hB("loose", "motion_movesteps", hNum("STEPS", steps)))
		if steps != "1" { // a longer stack moves the Lua of everything after it
			loose.Blocks = append(loose.Blocks, hB("more", "motion_movesteps", hNum("STEPS", steps)))
		}
		sp := hSprite("S", loose,
			blocks.Script{Blocks: []*blocks.Block{def, hB("rep", "control_repeat", hNum("TIMES", "20"), hS("SUBSTACK",
				hB("inc", "data_changevariableby", hF("VARIABLE", "c"), hNum("VALUE", "1")),
				hB("w", "control_wait", hNum("DURATION", "0"))))}},
			hFlag("f1", hB("call1", "procedures_call", &blocks.Proc{Code: "tick"})),
			hFlag("f2", hB("call2", "procedures_call", &blocks.Proc{Code: "tick"})))
		p := hProject(sp)
		p.Stage.Variables = []blocks.Variable{{Name: "c", Value: blocks.NumberValue("0")}}
		return p
	}
	rt, err := New(build("1"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.GreenFlag()
	steps(rt, 5)
	th1, th2 := rt.threads[0], rt.threads[1]
	mustReload(t, rt, build("2"))
	if rt.threads[0] != th1 || rt.threads[1] != th2 {
		t.Error("a thread inside the shared custom block restarted")
	}
	steps(rt, 60)
	if got := rt.State().Stage.Variables["c"]; got != "40" {
		t.Errorf("c = %s, want 40", got)
	}
}
