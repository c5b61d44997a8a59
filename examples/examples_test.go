package examples

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tsumiki/assets"
	"tsumiki/blocks"
	"tsumiki/runtime"
)

var update = flag.Bool("update", false, "rewrite the golden traces in testdata/")

// maxTicks bounds every example run: 100 seconds at 30 ticks a second. Examples that end
// earlier stop earlier; those with edge-triggered hats run to the limit.
const maxTicks = 3000

// projectFiles lists the embedded example projects.
func projectFiles(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(Files, "*.tsumiki")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 12 {
		t.Fatalf("only %d examples embedded, want at least 12", len(names))
	}
	return names
}

func baseName(file string) string { return strings.TrimSuffix(file, ".tsumiki") }

// inputsOf reads <name>.inputs.json beside the example, or returns nil when there is none.
func inputsOf(t *testing.T, file string) []runtime.Input {
	t.Helper()
	f, err := Files.Open(baseName(file) + ".inputs.json")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ins, err := runtime.ReadInputs(f)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return ins
}

// run loads an example and runs it headless, returning the trace and final state as written.
func run(t *testing.T, file string, seed uint64) []byte {
	t.Helper()
	data, err := fs.ReadFile(Files, file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := blocks.Parse(data)
	if err != nil {
		t.Fatalf("%s does not load: %v", file, err)
	}
	var out bytes.Buffer
	err = runtime.RunHeadless(p, runtime.Headless{
		Options:  runtime.Options{Seed: seed, Assets: assets.NewStore(Files)},
		Inputs:   inputsOf(t, file),
		MaxTicks: maxTicks,
	}, &out)
	if err != nil {
		t.Fatalf("%s does not run: %v", file, err)
	}
	return out.Bytes()
}

// result is a run's output read back: the trace events and the final state.
type result struct {
	trace []runtime.Event
	state runtime.State
}

// parseOutput splits RunHeadless output into the one-line trace events and the indented
// final state that follows them.
func parseOutput(t *testing.T, out []byte) result {
	t.Helper()
	var r result
	rest := out
	for len(rest) > 0 && !bytes.HasPrefix(rest, []byte("{\n")) {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		var e runtime.Event
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatalf("trace line %q: %v", line, err)
		}
		r.trace = append(r.trace, e)
		rest = after
	}
	if err := json.Unmarshal(rest, &r.state); err != nil {
		t.Fatalf("final state: %v", err)
	}
	return r
}

func TestGoldenTraces(t *testing.T) {
	for _, file := range projectFiles(t) {
		t.Run(baseName(file), func(t *testing.T) {
			t.Parallel()
			got := run(t, file, 1)
			if again := run(t, file, 1); !bytes.Equal(got, again) {
				t.Fatalf("two runs with the same seed and inputs differ:\n%s\n---\n%s", got, again)
			}
			golden := filepath.Join("testdata", baseName(file)+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./examples -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test ./examples -update if the change is meant):\n%s",
					golden, firstDiff(want, got))
			}
		})
	}
}

// firstDiff shows the first line where two outputs part.
func firstDiff(want, got []byte) string {
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(no line differs)"
}

func TestCanonicalForm(t *testing.T) {
	for _, file := range projectFiles(t) {
		data, err := fs.ReadFile(Files, file)
		if err != nil {
			t.Fatal(err)
		}
		p, err := blocks.Parse(data)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		saved, err := blocks.Marshal(p)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if !bytes.Equal(saved, data) {
			t.Errorf("%s is not in canonical form: load then save changes it:\n%s", file, firstDiff(data, saved))
		}
	}
}

func TestDefaultLessonExists(t *testing.T) {
	data, err := fs.ReadFile(Files, Default)
	if err != nil {
		t.Fatalf("Default %q is not embedded: %v", Default, err)
	}
	if _, err := blocks.Parse(data); err != nil {
		t.Fatalf("Default %q does not load: %v", Default, err)
	}
}

func TestInputFilesBelongToExamples(t *testing.T) {
	names, err := fs.Glob(Files, "*.inputs.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no *.inputs.json embedded")
	}
	for _, n := range names {
		project := strings.TrimSuffix(n, ".inputs.json") + ".tsumiki"
		if _, err := fs.Stat(Files, project); err != nil {
			t.Errorf("%s has no project %s beside it", n, project)
		}
	}
}

// TestBehaviour checks, for every example, something specific that shows it does what it
// teaches. Every embedded example must have a check here.
func TestBehaviour(t *testing.T) {
	for _, file := range projectFiles(t) {
		name := baseName(file)
		check := behaviour[name]
		if check == nil {
			t.Errorf("%s has no behaviour check", file)
			continue
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := parseOutput(t, run(t, file, 1))
			if len(r.state.Errors) > 0 {
				t.Errorf("scripts stopped with errors: %q", r.state.Errors)
			}
			check(t, r)
		})
	}
}

var behaviour = map[string]func(t *testing.T, r result){
	"music": func(t *testing.T, r result) {
		r.wantSays(t, "Tsumi", "かえるのうた", "おしまい!")
		// At tempo 120 a beat is 15 ticks, and half a beat (7.5 ticks) waits 8: each note starts
		// when the ticks of the notes before it are up.
		beats := []float64{1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2,
			2, 2, 2, 2, // a note and a rest of one beat each
			0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 2}
		ticks := func(b float64) int64 { return int64(math.Ceil(b * 15)) }
		var notes, drums []int64
		for _, e := range r.trace {
			switch e.Kind {
			case "note":
				notes = append(notes, e.Tick)
			case "drum":
				drums = append(drums, e.Tick)
			}
		}
		var at int64
		for i, b := range beats {
			if i >= len(notes) || notes[i] != at {
				t.Fatalf("notes at ticks %v, want note %d at %d", notes, i+1, at)
			}
			at += ticks(b)
		}
		if len(notes) != len(beats) {
			t.Errorf("%d notes, want %d", len(notes), len(beats))
		}
		for _, e := range r.trace {
			if e.Kind == "say" && e.Text == "おしまい!" && e.Tick != at {
				t.Errorf("the song ends at tick %d, want %d", e.Tick, at)
			}
		}
		// The stage's beat: a bass drum for a beat and two hi-hats for half a beat each, 16
		// times: 31 ticks a bar.
		if len(drums) != 48 {
			t.Fatalf("%d drums, want 48", len(drums))
		}
		for bar := 0; bar < 16; bar++ {
			want := []int64{int64(31 * bar), int64(31*bar + 15), int64(31*bar + 23)}
			if got := drums[3*bar : 3*bar+3]; fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("bar %d: drums at %v, want %v", bar+1, got, want)
			}
		}
	},
	"counting": func(t *testing.T, r result) {
		want := []string{}
		for i := 1; i <= 10; i++ {
			want = append(want, "count: "+strconv.Itoa(i))
		}
		want = append(want, "done!")
		r.wantSays(t, "Tsumi", want...)
		r.wantVar(t, "count", "10")
		// say for 0.5 secs is 15 ticks; the loop's end then lets the screen refresh.
		for i := 1; i < len(r.trace); i++ {
			if gap := r.trace[i].Tick - r.trace[i-1].Tick; gap != 16 {
				t.Errorf("%q came %d ticks after %q, want 16", r.trace[i].Text, gap, r.trace[i-1].Text)
			}
		}
	},
	"pingpong": func(t *testing.T, r result) {
		r.wantSays(t, "Pip", "Ping!", "Ping!", "Ping!", "We hit it back 3 times!")
		r.wantSays(t, "Pop", "Pong!", "Pong!", "Pong!")
		r.wantVar(t, "rallies", "3")
		// Each "Pong!" comes in the very tick of the "ping" broadcast, and Pip pings again
		// only after the "pong" reply: broadcast and wait waited for Pop's script.
		var lastPong int64 = -1
		for i, e := range r.trace {
			switch {
			case e.Kind == "broadcast" && e.Text == "ping":
				next := r.trace[i+1]
				if next.Kind != "say" || next.Target != "Pop" || next.Tick != e.Tick {
					t.Errorf("after ping at tick %d came %+v, want Pop saying Pong! in the same tick", e.Tick, next)
				}
			case e.Kind == "broadcast" && e.Text == "pong":
				lastPong = e.Tick
			case e.Kind == "say" && e.Target == "Pip" && lastPong >= 0 && e.Tick <= lastPong:
				t.Errorf("Pip spoke at tick %d, before Pop's pong at tick %d had finished", e.Tick, lastPong)
			}
		}
	},
	"snow": func(t *testing.T, r result) {
		if r.state.Clones != 0 {
			t.Errorf("%d clones left, want 0: every snowflake deletes itself", r.state.Clones)
		}
		r.wantVar(t, "flakes", "0")
		r.wantVar(t, "landed", "8")
		if most := r.state.Stage.Variables["most at once"]; most == "0" || most == "1" {
			t.Errorf("most at once = %s, want several clones falling together", most)
		}
		for _, s := range r.state.Sprites {
			if s.Clone {
				t.Errorf("clone %s still in the final state", s.Name)
			}
		}
		r.wantSays(t, "Tsumi", "Look, it's snowing!", "8 snowflakes landed!")
	},
	"recursion": func(t *testing.T, r result) {
		r.wantSays(t, "Rocket", "3", "2", "1", "Blast off!", "10! = 3628800",
			"20! = 2432902008176640000", "Slow walk: 20 ticks. Fast walk: 0 ticks!")
		r.wantVar(t, "result", "2432902008176640000")
		// Non-warp recursion yields at each call that moved the sprite; the warp one never does.
		r.wantVar(t, "slow walk ticks", "20")
		r.wantVar(t, "fast walk ticks", "0")
	},
	"sorting": func(t *testing.T, r result) {
		r.wantList(t, "numbers", "1", "3", "3", "5", "7", "10", "22")
		r.wantList(t, "words", "apple", "Banana", "Cherry", "kiwi", "pear")
		r.wantSays(t, "Sorty", "Numbers: 5 3 10 1 22 7 3", "Sorted: 1 3 3 5 7 10 22",
			"Words: pear Banana apple Cherry kiwi", "Sorted: apple Banana Cherry kiwi pear", "All tidy!")
	},
	"strings": func(t *testing.T, r result) {
		r.wantList(t, "results",
			"Hello, Tsumiki!", // join
			"4",               // length of にほんご
			"ほ",               // letter 2 of にほんご
			"T",               // letter 1 of Tsumiki
			"true",            // Tsumiki contains MIKI: case does not matter
			"true",            // a.b contains . : literal, no patterns
			"false",           // abc contains .
			"true",            // apple = APPLE
			"0.30000000000000004",
			"11",   // join "1" "0" + 1: text turns into a number
			"1.50", // text keeps its spelling
			"1e+21",
			"3",  // round 2.5
			"-2", // round -2.5
			"2",  // -1 mod 3
			"Infinity")
		r.wantSays(t, "Moji", "にほんご has 4 letters", "0.1 + 0.2 = 0.30000000000000004", "0.30",
			"に is the first letter")
	},
	"askname": func(t *testing.T, r result) {
		r.wantSays(t, "Tsumi", "Nice to meet you, Hana!", "Correct!", "Next year you will be 9, Hana!")
		if r.state.Answer != "8" {
			t.Errorf("answer = %q, want the last one typed, 8", r.state.Answer)
		}
		r.wantVar(t, "name", "Hana")
		r.wantVar(t, "score", "1")
		// Each reply comes in the tick its answer was typed (see askname.inputs.json).
		for _, typed := range []struct {
			tick int64
			say  string
		}{{15, "Nice to meet you, Hana!"}, {90, "Correct!"}, {135, "Next year you will be 9, Hana!"}} {
			if e, ok := r.find("say", "Tsumi", typed.say); !ok || e.Tick != typed.tick {
				t.Errorf("%q said at tick %d, want %d", typed.say, e.Tick, typed.tick)
			}
		}
	},
	"polygon": func(t *testing.T, r result) {
		// erase all, a dot for each pen down, 6 hexagon sides and 5 star lines
		if r.state.Pen != 1+1+6+1+5 {
			t.Errorf("pen operations = %d, want 14", r.state.Pen)
		}
		p := r.sprite(t, "Pencil")
		if p.X != 60 || p.Y != 60 || p.Direction != 90 {
			t.Errorf("Pencil ends at %v,%v facing %v; a closed star ends where it began, 60,60 facing 90",
				p.X, p.Y, p.Direction)
		}
		r.wantSays(t, "Pencil", "A shape with 6 sides!", "And a star!")
	},
	"arrows": func(t *testing.T, r result) {
		r.wantSays(t, "Tsumi", "Press space to start!", "Help me reach the star!", "I got the star!")
		// Space goes down at tick 5 (see arrows.inputs.json), and "wait until key space
		// pressed" sees it in that tick.
		if e, _ := r.find("say", "Tsumi", "Help me reach the star!"); e.Tick != 5 {
			t.Errorf("space noticed at tick %d, want 5", e.Tick)
		}
		// Twelve presses: six right, one left, four up, one down, 40 steps each.
		tsumi := r.sprite(t, "Tsumi")
		if tsumi.X != -120+5*40 || tsumi.Y != -90+3*40 {
			t.Errorf("Tsumi ends at %v,%v, want 80,30", tsumi.X, tsumi.Y)
		}
		if tsumi.Costume != "walk1" {
			t.Errorf("Tsumi wears %q after 12 steps of 4 costumes, want walk1", tsumi.Costume)
		}
		// The last key press comes at tick 65; the star is reached only then.
		if e, _ := r.find("say", "Tsumi", "I got the star!"); e.Tick <= 65 {
			t.Errorf("star reached at tick %d, before the last key press at tick 65", e.Tick)
		}
	},
	"bounce": func(t *testing.T, r result) {
		r.wantVar(t, "score", "3")
		if says := r.says("Ball"); len(says) != 1 || !strings.HasPrefix(says[0], "Three catches!") {
			t.Errorf("Ball said %q, want the three-catches message", says)
		}
		if b := r.state.Stage.Variables["edge bounces"]; b == "0" {
			t.Error("the ball never bounced off an edge")
		}
	},
	"timer": func(t *testing.T, r result) {
		r.wantVar(t, "after wait 1", "1")
		r.wantVar(t, "after say", "3")
		r.wantVar(t, "after wait 0", "3.033333333333333") // wait 0 still costs one tick
		r.wantVar(t, "after glide", "4.033333333333333")
		if e, ok := r.find("say", "Clocky", "Hello! I talk for 2 seconds."); !ok || e.Tick != 30 {
			t.Errorf("Clocky greeted at tick %d, want 30: wait 1 is 30 ticks", e.Tick)
		}
		if e, ok := r.find("say", "Bell", "Ding! Two seconds."); !ok || e.Tick != 61 {
			t.Errorf("when timer > 2 fired at tick %d, want 61, the first tick with the timer past 2", e.Tick)
		}
		// say for secs leaves a newer bubble alone.
		if b := r.sprite(t, "Clocky").Bubble; b != "Still here!" {
			t.Errorf("Clocky's bubble = %q, want %q", b, "Still here!")
		}
		if b := r.sprite(t, "Bell").Bubble; b != "" {
			t.Errorf("Bell's bubble = %q, want none after say for 0.5 secs", b)
		}
	},
	"dice": func(t *testing.T, r result) {
		rolls := r.state.Stage.Lists["rolls"]
		if len(rolls) != 10 {
			t.Fatalf("%d rolls, want 10", len(rolls))
		}
		sixes, total := 0, 0
		for _, roll := range rolls {
			n := 0
			if err := json.Unmarshal([]byte(roll), &n); err != nil || n < 1 || n > 6 {
				t.Errorf("roll %q is not a whole number from 1 to 6", roll)
			}
			total += n
			if n == 6 {
				sixes++
			}
		}
		r.wantVar(t, "sixes", strconv.Itoa(sixes))
		r.wantVar(t, "total", strconv.Itoa(total))
		if f := r.state.Stage.Variables["fraction"]; !strings.HasPrefix(f, "1.") {
			t.Errorf("pick random 1.0 to 2 = %q, want a decimal between 1 and 2", f)
		}
		// Another seed rolls other dice.
		other := parseOutput(t, run(t, "dice.tsumiki", 2))
		if slices.Equal(other.state.Stage.Lists["rolls"], rolls) {
			t.Errorf("seeds 1 and 2 rolled the same dice %q", rolls)
		}
	},
	"japanese": func(t *testing.T, r result) {
		r.wantVar(t, "あるいた かず", "3")
		r.wantList(t, "くだもの", "りんご", "みかん", "ぶどう", "いちご")
		r.wantSays(t, "つみ", "こんにちは！ ぼくは つみ。", "1 ぽ あるいたよ", "2 ぽ あるいたよ", "3 ぽ あるいたよ",
			"すきな くだもの: りんご みかん ぶどう いちご", "「ほし」は 2 もじ だね")
		r.wantSays(t, "ほし", "やあ、つみ！ いっしょに あそぼう。", "またね！")
		if c := r.sprite(t, "つみ").Costume; c != "あるく4" {
			t.Errorf("つみ wears %q, want あるく4 after three next costumes", c)
		}
	},
}

// says returns what target said, in order.
func (r result) says(target string) []string {
	var out []string
	for _, e := range r.trace {
		if e.Kind == "say" && e.Target == target {
			out = append(out, e.Text)
		}
	}
	return out
}

func (r result) wantSays(t *testing.T, target string, want ...string) {
	t.Helper()
	if got := r.says(target); !slices.Equal(got, want) {
		t.Errorf("%s said %q, want %q", target, got, want)
	}
}

func (r result) find(kind, target, text string) (runtime.Event, bool) {
	for _, e := range r.trace {
		if e.Kind == kind && e.Target == target && e.Text == text {
			return e, true
		}
	}
	return runtime.Event{Tick: -1}, false
}

func (r result) wantVar(t *testing.T, name, want string) {
	t.Helper()
	got, ok := r.state.Stage.Variables[name]
	if !ok {
		t.Errorf("no variable %q in the final state", name)
		return
	}
	if got != want {
		t.Errorf("variable %q = %q, want %q", name, got, want)
	}
}

func (r result) wantList(t *testing.T, name string, want ...string) {
	t.Helper()
	if got := r.state.Stage.Lists[name]; !slices.Equal(got, want) {
		t.Errorf("list %q = %q, want %q", name, got, want)
	}
}

func (r result) sprite(t *testing.T, name string) runtime.SpriteState {
	t.Helper()
	for _, s := range r.state.Sprites {
		if s.Name == name && !s.Clone {
			return s
		}
	}
	t.Fatalf("no sprite %q in the final state", name)
	return runtime.SpriteState{}
}
