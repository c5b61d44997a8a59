package runtime

import (
	"errors"
	"strings"
	"testing"
	"time"

	"tsumiki/blocks"
)

// firstError steps until an error is reported and returns it.
func firstError(t *testing.T, rt *Runtime, max int) *blocks.Problem {
	t.Helper()
	for i := 0; i < max; i++ {
		rt.Step()
		if errs := rt.Errors(); len(errs) > 0 {
			return errs[0]
		}
	}
	t.Fatalf("no error after %d ticks", max)
	return nil
}

func checkBlame(t *testing.T, p *blocks.Problem, target string, script int, block, says string) {
	t.Helper()
	if p.Target != target || p.Script != script || p.Block != block {
		t.Errorf("error on %s script %d block %q, want %s script %d block %q: %s", p.Target, p.Script, p.Block, target, script, block, p.Error())
	}
	if !strings.Contains(p.Error(), says) {
		t.Errorf("error %q does not say %q", p.Error(), says)
	}
	if p.Opcode == "" {
		t.Errorf("error has no opcode: %s", p.Error())
	}
}

// doubler is a script that doubles the stage's s once a tick until it is too long for a text.
func doubler(id string) blocks.Script {
	return hFlag(id+"flag", hB(id+"rep", "control_repeat", hNum("TIMES", "30"), hS("SUBSTACK",
		hB(id+"set", "data_setvariableto", hF("VARIABLE", "s"), hRep("VALUE", hB(id+"join", "operator_join",
			hRep("STRING1", hVar(id+"v1", "s")), hRep("STRING2", hVar(id+"v2", "s"))))),
		hB(id+"wait", "control_wait", hNum("DURATION", "0")))))
}

// TestErrorsNameTheirBlock checks that errors from every path carry the target, script and
// block: the watchdog, a hat's condition, a clicked stack, and a thread that kept running
// across a Reload that moved its code to other Lua lines.
func TestErrorsNameTheirBlock(t *testing.T) {
	t.Run("watchdog", func(t *testing.T) {
		sp := hSprite("S", hFlag("flag", hB("loop", "control_forever", hS("SUBSTACK",
			hB("inc", "data_changevariableby", hF("VARIABLE", "n"), hNum("VALUE", "1"))))))
		sp.Visible = false
		p := hProject(sp)
		p.Stage.Variables = []blocks.Variable{{Name: "n", Value: blocks.NumberValue("0")}}
		// A watchdog of a nanosecond fires at its first look at the clock, after 4096 steps.
		rt, err := New(p, Options{Watchdog: time.Nanosecond})
		if err != nil {
			t.Fatal(err)
		}
		defer rt.Close()
		rt.GreenFlag()
		checkBlame(t, firstError(t, rt, 3), "S", 1, "loop", "without a pause")
	})
	t.Run("hat condition", func(t *testing.T) {
		cond := hScript(hB("hat", "event_whengreaterthan", hF("WHENGREATERTHANMENU", "LOUDNESS"),
			hRep("VALUE", hB("len", "operator_length", hRep("STRING", hB("cj", "operator_join",
				hRep("STRING1", hVar("c1", "s")), hRep("STRING2", hVar("c2", "s"))))))),
			hB("csay", "looks_say", hText("MESSAGE", "loud")))
		sp := hSprite("S", hFlag("flag", hB("rep", "control_repeat", hNum("TIMES", "20"), hS("SUBSTACK",
			hB("set", "data_setvariableto", hF("VARIABLE", "s"), hRep("VALUE", hB("join", "operator_join",
				hRep("STRING1", hVar("v1", "s")), hRep("STRING2", hVar("v2", "s")))))))), cond)
		p := hProject(sp)
		p.Stage.Variables = []blocks.Variable{{Name: "s", Value: blocks.TextValue("x")}}
		rt, err := New(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer rt.Close()
		rt.GreenFlag()
		checkBlame(t, firstError(t, rt, 100), "S", 2, "hat", "too long") // a reporter shares its statement's line
	})
	t.Run("clicked stack", func(t *testing.T) {
		p := hProject(hSprite("S", hScript(hB("rep", "control_repeat", hNum("TIMES", "30"), hS("SUBSTACK",
			hB("set", "data_setvariableto", hF("VARIABLE", "s"), hRep("VALUE", hB("join", "operator_join",
				hRep("STRING1", hVar("v1", "s")), hRep("STRING2", hVar("v2", "s"))))))))))
		p.Stage.Variables = []blocks.Variable{{Name: "s", Value: blocks.TextValue("x")}}
		rt, err := New(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer rt.Close()
		if err := rt.ClickScript("S", "rep"); err != nil {
			t.Fatal(err)
		}
		checkBlame(t, firstError(t, rt, 100), "S", 1, "set", "too long")
	})
	t.Run("kept across reload", func(t *testing.T) {
		sp := hSprite("S", doubler("a"))
		sp.Visible = false
		p := hProject(sp)
		p.Stage.Variables = []blocks.Variable{{Name: "s", Value: blocks.TextValue("x")}}
		rt, err := New(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer rt.Close()
		rt.GreenFlag()
		steps(rt, 3)
		if len(rt.Errors()) > 0 {
			t.Fatalf("error too early: %v", rt.Errors())
		}
		// New scripts before it move its Lua down; it keeps running, and its error must name
		// its block in the new program.
		q := copyProject(t, p)
		extra := hScript(hB("x1", "motion_movesteps", hNum("STEPS", "1")), hB("x2", "motion_turnright", hNum("DEGREES", "1")))
		q.Sprites[0].Scripts = append([]blocks.Script{extra, extra}, q.Sprites[0].Scripts...)
		q.Sprites[0].Scripts[1] = hScript(hB("y1", "motion_movesteps", hNum("STEPS", "1")), hB("y2", "motion_movesteps", hNum("STEPS", "2")))
		mustReload(t, rt, q)
		if rt.threads[0].co == nil || !rt.threads[0].resumed {
			t.Fatal("the doubler is not the same thread")
		}
		p1 := firstError(t, rt, 100)
		checkBlame(t, p1, "S", 3, "aset", "too long")
		if got := rt.State().Stage.Variables["s"]; len(got) != 1<<20 {
			t.Errorf("s is %d long, want 1 MB: the loop did not keep its place", len(got))
		}
	})
	t.Run("no line in the message", func(t *testing.T) {
		p := hProject(hSprite("S", hScript(hB("top", "motion_movesteps", hNum("STEPS", "1")))))
		rt, err := New(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer rt.Close()
		rt.report(&thread{in: rt.originalNamed("S"), script: 0}, errors.New("something odd"))
		checkBlame(t, rt.Errors()[0], "S", 1, "top", "something odd")
	})
}
