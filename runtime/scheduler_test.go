package runtime

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sayBlock(id string, msg any) obj { return blk(id, "looks_say", inputs("MESSAGE", msg)) }

func flag(id string) obj { return blk(id, "event_whenflagclicked") }

func TestWaitIsExactTicks(t *testing.T) {
	p := project(t, nil, nil, spriteWith("A", 1, script(flag("f"),
		sayBlock("s1", "start"),
		blk("w1", "control_wait", inputs("DURATION", 1)),
		sayBlock("s2", "one second"),
		blk("w0", "control_wait", inputs("DURATION", 0)),
		sayBlock("s3", "one tick"),
		blk("w2", "control_wait", inputs("DURATION", 0.1)),
		sayBlock("s4", "three ticks"))))
	events, _ := trace(t, p, Headless{})
	want := []string{"0 A start", "30 A one second", "31 A one tick", "34 A three ticks"}
	if diff := cmp.Diff(want, says(events)); diff != "" {
		t.Errorf("wait timing (-want +got):\n%s", diff)
	}
}

func TestSixtyTicksASecond(t *testing.T) {
	p := project(t, nil, nil, spriteWith("A", 1, script(flag("f"),
		blk("w1", "control_wait", inputs("DURATION", 1)), sayBlock("s", "done"))))
	events, _ := trace(t, p, Headless{Options: Options{TickRate: 60}})
	if diff := cmp.Diff([]string{"60 A done"}, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// A loop that changes nothing visible runs to the end within one tick, as Scratch's sequencer
// keeps stepping a lone thread until a redraw is requested.
func TestLoneLoopRunsWithinATick(t *testing.T) {
	p := project(t, []string{"n"}, nil, spriteWith("A", 1, script(flag("f"),
		blk("r", "control_repeat", inputs("TIMES", 1000), substack(
			blk("c", "data_changevariableby", fields("VARIABLE", "n"), inputs("VALUE", 1)))),
		sayBlock("s", variable("v", "n")))))
	events, st := trace(t, p, Headless{})
	if diff := cmp.Diff([]string{"0 A 1000"}, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if st.Stage.Variables["n"] != "1000" {
		t.Errorf("n = %q, want 1000", st.Stage.Variables["n"])
	}
}

// A loop that moves a visible sprite draws once a tick: one iteration per tick.
func TestVisibleChangeEndsTheTick(t *testing.T) {
	p := project(t, nil, nil, spriteWith("A", 1, script(flag("f"),
		blk("r", "control_repeat", inputs("TIMES", 10), substack(blk("m", "motion_movesteps", inputs("STEPS", 5)))),
		sayBlock("s", blk("x", "motion_xposition")))))
	events, _ := trace(t, p, Headless{})
	// Scratch yields at the end of the last iteration too, so the say comes one tick later.
	if diff := cmp.Diff([]string{"10 A 50"}, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Two loops interleave one iteration at a time, front sprite first.
func TestLoopsInterleaveFrontFirst(t *testing.T) {
	loop := func(name string) obj {
		return script(flag("f"+name), blk("r"+name, "control_repeat", inputs("TIMES", 3), substack(
			blk("c"+name, "data_changevariableby", fields("VARIABLE", "n"), inputs("VALUE", 1)),
			blk("j"+name, "data_addtolist", fields("LIST", "log"),
				inputs("ITEM", blk("jj"+name, "operator_join", inputs("STRING1", name, "STRING2", variable("v"+name, "n"))))))))
	}
	back := spriteWith("Back", 1, loop("B"))
	front := spriteWith("Front", 2, loop("F"))
	p := project(t, []string{"n", "list:log"}, nil, back, front)
	_, st := trace(t, p, Headless{})
	want := []string{"F1", "B2", "F3", "B4", "F5", "B6"}
	if diff := cmp.Diff(want, st.Stage.Lists["log"]); diff != "" {
		t.Errorf("interleaving (-want +got):\n%s", diff)
	}
}

func TestBroadcastAndWaitWaitsForReceivers(t *testing.T) {
	sender := spriteWith("Sender", 1, script(flag("f"),
		blk("b", "event_broadcastandwait", inputs("BROADCAST_INPUT", "go")),
		sayBlock("s", "after")))
	receiver := spriteWith("Receiver", 2, script(
		blk("h", "event_whenbroadcastreceived", fields("BROADCAST_OPTION", "GO")),
		sayBlock("r1", "got it"),
		blk("w", "control_wait", inputs("DURATION", 0.5)),
		sayBlock("r2", "done")))
	p := project(t, nil, []string{"go"}, sender, receiver)
	events, _ := trace(t, p, Headless{})
	// The receiver's last say asks for a redraw, which ends tick 15 before the sender checks
	// again, as in Scratch.
	want := []string{"0 Receiver got it", "15 Receiver done", "16 Sender after"}
	if diff := cmp.Diff(want, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Receiving a broadcast again restarts the script in its place.
func TestBroadcastRestartsRunningScript(t *testing.T) {
	sender := spriteWith("S", 1, script(flag("f"),
		blk("b1", "event_broadcast", inputs("BROADCAST_INPUT", "go")),
		blk("w", "control_wait", inputs("DURATION", 0.2)),
		blk("b2", "event_broadcast", inputs("BROADCAST_INPUT", "go"))))
	receiver := spriteWith("R", 2, script(
		blk("h", "event_whenbroadcastreceived", fields("BROADCAST_OPTION", "go")),
		sayBlock("r1", "start"),
		blk("w2", "control_wait", inputs("DURATION", 1)),
		sayBlock("r2", "end")))
	p := project(t, nil, []string{"go"}, sender, receiver)
	events, _ := trace(t, p, Headless{})
	want := []string{"0 R start", "6 R start", "36 R end"}
	if diff := cmp.Diff(want, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// A forever loop inside a block that runs without screen refresh never yields by itself; the
// step budget pauses it each tick and the other script keeps running.
func TestWarpForeverIsPausedByBudget(t *testing.T) {
	spin := spriteWith("Spin", 1,
		script(blk("d", "procedures_definition", obj{"proc": obj{"code": "spin", "warp": true}}),
			blk("fe", "control_forever", substack(blk("c", "data_changevariableby", fields("VARIABLE", "n"), inputs("VALUE", 1))))),
		script(flag("f"), blk("call", "procedures_call", obj{"proc": obj{"code": "spin"}})))
	talk := spriteWith("Talk", 2, script(flag("f2"),
		blk("r", "control_repeat", inputs("TIMES", 3), substack(
			sayBlock("s", "tick"), blk("w", "control_wait", inputs("DURATION", 0))))))
	p := project(t, []string{"n"}, nil, spin, talk)
	events, st := trace(t, p, Headless{MaxTicks: 5, Options: Options{StepBudget: 1000}})
	// Talk's wait ends on odd ticks, but its loop end yields to Spin, which spends the rest
	// of the budget; Talk speaks again the tick after, like a frame eaten by a warp block in
	// Scratch.
	want := []string{"0 Talk tick", "2 Talk tick", "4 Talk tick"}
	if diff := cmp.Diff(want, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The warp loop reports its iterations 64 at a time, so each tick it runs 16 batches
	// (1024 iterations) before the 1000-step budget is spent.
	if st.Stage.Variables["n"] != "5120" {
		t.Errorf("n = %s after 5 ticks of 1000 steps, want 5120", st.Stage.Variables["n"])
	}
}

func TestClonesCopyStateAndAreCapped(t *testing.T) {
	s := spriteWith("Snow", 1,
		script(flag("f"),
			blk("set", "data_setvariableto", fields("VARIABLE", "me"), inputs("VALUE", "parent")),
			blk("r", "control_repeat", inputs("TIMES", 400), substack(
				blk("cl", "control_create_clone_of", inputs("CLONE_OPTION", "_myself_")))),
			sayBlock("s", blk("n", "data_lengthoflist", fields("LIST", "log")))),
		script(blk("h", "control_start_as_clone"),
			blk("add", "data_addtolist", fields("LIST", "log"), inputs("ITEM", variable("v", "me")))))
	s["variables"] = []obj{{"name": "me", "value": ""}}
	p := project(t, []string{"list:log"}, nil, s)
	// Each new visible clone asks for a redraw, so one clone appears a tick, as in Scratch;
	// past 300 nothing is made and the rest of the loop runs within one tick.
	events, st := trace(t, p, Headless{MaxTicks: 400})
	if st.Clones != 300 {
		t.Errorf("%d clones, want 300", st.Clones)
	}
	if got := st.Stage.Lists["log"]; len(got) != 300 || got[0] != "parent" {
		t.Errorf("clones logged %d entries starting %q, want 300 of \"parent\"", len(got), got[:1])
	}
	if diff := cmp.Diff([]string{"300 Snow 300"}, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSameSeedSameRun(t *testing.T) {
	s := spriteWith("Dice", 1, script(flag("f"),
		blk("r", "control_repeat", inputs("TIMES", 5), substack(
			blk("add", "data_addtolist", fields("LIST", "rolls"),
				inputs("ITEM", blk("rnd", "operator_random", inputs("FROM", 1, "TO", 6))))))))
	p := project(t, []string{"list:rolls"}, nil, s)
	_, a := trace(t, p, Headless{Options: Options{Seed: 7}})
	_, b := trace(t, p, Headless{Options: Options{Seed: 7}})
	_, c := trace(t, p, Headless{Options: Options{Seed: 8}})
	if diff := cmp.Diff(a.Stage.Lists, b.Stage.Lists); diff != "" {
		t.Errorf("same seed, different rolls:\n%s", diff)
	}
	if cmp.Equal(a.Stage.Lists, c.Stage.Lists) {
		t.Errorf("seeds 7 and 8 rolled the same: %v", a.Stage.Lists)
	}
	for _, r := range a.Stage.Lists["rolls"] {
		if len(r) != 1 || r < "1" || r > "6" {
			t.Errorf("roll %q is not a whole number from 1 to 6", r)
		}
	}
}

func TestAskTakesAnswersFromInput(t *testing.T) {
	s := spriteWith("Cat", 1, script(flag("f"),
		blk("ask", "sensing_askandwait", inputs("QUESTION", "Your name?")),
		sayBlock("s", blk("j", "operator_join", inputs("STRING1", "Hi ", "STRING2", blk("a", "sensing_answer"))))))
	p := project(t, nil, nil, s)
	events, st := trace(t, p, Headless{Inputs: []Input{{Tick: 20, Kind: "answer", Text: "はなこ"}}})
	want := []string{"20 Cat Hi はなこ"}
	if diff := cmp.Diff(want, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if st.Answer != "はなこ" {
		t.Errorf("answer = %q", st.Answer)
	}
	var asked bool
	for _, e := range events {
		asked = asked || e.Kind == "ask" && e.Text == "Your name?"
	}
	if !asked {
		t.Error("no ask event in the trace")
	}
}

func TestEdgeHatFiresOnceWhenTimerPasses(t *testing.T) {
	s := spriteWith("A", 1, script(
		blk("h", "event_whengreaterthan", fields("WHENGREATERTHANMENU", "TIMER"), inputs("VALUE", 1)),
		sayBlock("s", "late")))
	p := project(t, nil, nil, s)
	events, _ := trace(t, p, Headless{MaxTicks: 100})
	if diff := cmp.Diff([]string{"31 A late"}, says(events)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestErrorNamesTheBlockAndOthersGoOn(t *testing.T) {
	bad := spriteWith("Bad", 1, script(flag("f"),
		blk("forever", "control_forever", substack(
			blk("add", "data_addtolist", fields("LIST", "big"), inputs("ITEM", "x"))))))
	good := spriteWith("Good", 2, script(flag("f2"), blk("w", "control_wait", inputs("DURATION", 0.1)), sayBlock("s", "still here")))
	p := project(t, []string{"list:big"}, nil, bad, good)
	events, st := trace(t, p, Headless{MaxTicks: 100})
	if len(st.Errors) != 1 || !strings.Contains(st.Errors[0], "block add") || !strings.Contains(st.Errors[0], "200000") {
		t.Errorf("errors = %q, want one naming block add and the 200000 limit", st.Errors)
	}
	found := false
	for _, s := range says(events) {
		found = found || strings.HasSuffix(s, "Good still here")
	}
	if !found {
		t.Errorf("the other script stopped too: %v", says(events))
	}
}
