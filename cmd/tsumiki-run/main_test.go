package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tsumiki/examples"
)

// runArgs calls run as the command line would and returns its exit code and output.
func runArgs(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeFile puts a file in a fresh temporary folder and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// project returns a small valid project whose one sprite runs blocks after the green flag.
func project(blocks string) string {
	return `{
  "format": 1,
  "name": "Test",
  "stage": {"backdrop": 0},
  "sprites": [
    {
      "name": "Kitty",
      "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
      "rotationStyle": "all around", "costume": 0, "layer": 1,
      "costumes": [{"name": "ball", "library": "ball"}],
      "scripts": [
        {"x": 0, "y": 0, "blocks": [
          {"id": "flag", "opcode": "event_whenflagclicked"},
          ` + blocks + `
        ]}
      ]
    }
  ]
}
`
}

const sayHi = `{"id": "hi", "opcode": "looks_say", "inputs": {"MESSAGE": "hi"}}`

func TestDefaultLesson(t *testing.T) {
	code, out, errOut := runArgs(t)
	if code != 0 {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, errOut)
	}
	if errOut != "" {
		t.Errorf("stderr = %q, want nothing", errOut)
	}
	// The trace comes first, one event a line; the final state closes the output.
	first, _, _ := strings.Cut(out, "\n")
	var e struct{ Kind, Target string }
	if err := json.Unmarshal([]byte(first), &e); err != nil || e.Kind == "" || e.Target == "" {
		t.Errorf("first line %q, want a trace event (%v)", first, err)
	}
	i := strings.Index(out, "\n{\n")
	if i < 0 {
		t.Fatalf("no final state in the output:\n%s", out)
	}
	var st struct {
		Tick   int64
		Errors []string
	}
	if err := json.Unmarshal([]byte(out[i+1:]), &st); err != nil {
		t.Fatalf("final state does not parse: %v\n%s", err, out[i+1:])
	}
	if st.Tick == 0 || len(st.Errors) > 0 {
		t.Errorf("the default lesson %s ran %d ticks with errors %q", examples.Default, st.Tick, st.Errors)
	}
}

func TestRunsAFile(t *testing.T) {
	path := writeFile(t, "hi.tsumiki", project(sayHi))
	code, out, errOut := runArgs(t, "-seed", "3", "-ticks", "10", path)
	if code != 0 {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, errOut)
	}
	if !strings.HasPrefix(out, `{"tick":0,"kind":"say","target":"Kitty","text":"hi"}`+"\n") {
		t.Errorf("output starts %q, want Kitty's say event", out)
	}
}

func TestProblems(t *testing.T) {
	unknown := project(`{"id": "dance", "opcode": "looks_dance"}`)
	broken := strings.Replace(project(sayHi), `"name": "Test",`, `"name": "Test"`, 1) // no comma: line 4
	tests := []struct {
		name    string
		file    string // file content; "" means the file is missing
		lang    string
		want    []string // all of these on stderr
		wantNot string
	}{
		{name: "missing file", want: []string{"missing.tsumiki", "the project file is not there or cannot be read"}},
		{name: "broken JSON", file: broken,
			want: []string{"p.tsumiki", "line 4", "the file is not valid JSON"}},
		{name: "unknown block", file: unknown,
			want: []string{"p.tsumiki", `sprite "Kitty"`, "script 1", "block dance", `unknown block "looks_dance"`}},
		{name: "unknown block in Japanese", file: unknown, lang: "ja",
			want:    []string{"スプライト「Kitty」", "スクリプト 1", "ブロック dance", "知らないブロック「looks_dance」です"},
			wantNot: "unknown block"},
		{name: "broken JSON in hiragana", file: broken, lang: "ja-Hira",
			want: []string{"4 ぎょうめ", "ファイルの かきかたが まちがっています"}},
		{name: "empty file", file: " \n", want: []string{"the file is empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "missing.tsumiki")
			if tt.file != "" {
				path = writeFile(t, "p.tsumiki", tt.file)
			}
			args := []string{path}
			if tt.lang != "" {
				args = []string{"-lang", tt.lang, path}
			}
			code, out, errOut := runArgs(t, args...)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			if out != "" {
				t.Errorf("stdout = %q, want nothing", out)
			}
			if !strings.HasPrefix(errOut, "tsumiki-run: ") {
				t.Errorf("stderr %q does not start with the command's name", errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q does not say %q", errOut, w)
				}
			}
			if tt.wantNot != "" && strings.Contains(errOut, tt.wantNot) {
				t.Errorf("stderr %q says %q", errOut, tt.wantNot)
			}
		})
	}
}

func TestLua(t *testing.T) {
	code, out, errOut := runArgs(t, "-lua")
	if code != 0 {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, errOut)
	}
	first, _, _ := strings.Cut(out, "\n")
	if !strings.HasPrefix(first, "-- Project ") || !strings.HasSuffix(first, ": compiled from blocks by Tsumiki, for reading. Each line is one block.") {
		t.Errorf("Lua starts with %q, want the header comment naming the project", first)
	}
	if strings.Contains(out, `"tick"`) {
		t.Error("-lua also ran the project")
	}
}

func TestInputs(t *testing.T) {
	proj := writeFile(t, "ask.tsumiki", project(
		`{"id": "ask", "opcode": "sensing_askandwait", "inputs": {"QUESTION": "name?"}},
          {"id": "say", "opcode": "looks_say", "inputs": {"MESSAGE": {"id": "ans", "opcode": "sensing_answer"}}}`))
	good := writeFile(t, "good.json", `[{"tick": 3, "kind": "answer", "text": "Mimi"}]`)
	code, out, errOut := runArgs(t, "-inputs", good, proj)
	if code != 0 {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, `{"tick":3,"kind":"say","target":"Kitty","text":"Mimi"}`) {
		t.Errorf("the typed answer was not said at tick 3:\n%s", out)
	}

	for _, tt := range []struct {
		name, content string
		want          []string
	}{
		{"unknown kind", `[{"tick": 1, "kind": "jump"}]`, []string{"bad.json", `input event 1: unknown kind "jump"`}},
		{"not JSON", `[{"tick": 1,`, []string{"bad.json", "reading the input events"}},
		{"unknown field", `[{"tick": 1, "kind": "keydown", "button": 2}]`, []string{"bad.json", `unknown field "button"`}},
		{"negative tick", `[{"tick": -5, "kind": "flag"}]`, []string{"bad.json", "input event 1", "tick"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := writeFile(t, "bad.json", tt.content)
			code, out, errOut := runArgs(t, "-inputs", bad, proj)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			if out != "" {
				t.Errorf("stdout = %q, want nothing: a bad inputs file must stop the run", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q does not say %q", errOut, w)
				}
			}
		})
	}

	code, _, errOut = runArgs(t, "-inputs", filepath.Join(t.TempDir(), "none.json"), proj)
	if code != 1 || !strings.Contains(errOut, "none.json") {
		t.Errorf("a missing inputs file gave exit code %d and stderr %q, want 1 naming the file", code, errOut)
	}
}

func TestBadFlags(t *testing.T) {
	code, _, errOut := runArgs(t, "-lang", "fr")
	if code != 2 || !strings.Contains(errOut, `unknown language "fr"`) {
		t.Errorf("-lang fr gave exit code %d and stderr %q, want 2 naming the language", code, errOut)
	}
	code, _, errOut = runArgs(t, "-nosuchflag")
	if code != 2 || !strings.Contains(errOut, "nosuchflag") {
		t.Errorf("an unknown flag gave exit code %d and stderr %q, want 2", code, errOut)
	}
}

// TestWAV renders the music example's sound offline: a WAV of exactly the ticks the run took,
// the same bytes every time, loud where the song plays and silent nowhere in the middle.
func TestWAV(t *testing.T) {
	dir := t.TempDir()
	song := filepath.Join("..", "..", "examples", "music.tsumiki")
	var files [2][]byte
	for i := range files {
		out := filepath.Join(dir, fmt.Sprintf("song%d.wav", i))
		if code, _, stderr := runArgs(t, "-wav", out, song); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = data
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Fatal("two runs wrote different sound")
	}
	wav := files[0]
	if string(wav[0:4]) != "RIFF" || string(wav[8:16]) != "WAVEfmt " || string(wav[36:40]) != "data" {
		t.Fatalf("not a WAV header: %q", wav[:44])
	}
	if ch, rate, bits := binary.LittleEndian.Uint16(wav[22:]), binary.LittleEndian.Uint32(wav[24:]), binary.LittleEndian.Uint16(wav[34:]); ch != 2 || rate != 48000 || bits != 16 {
		t.Fatalf("%d channels at %d Hz, %d bits; want 2, 48000, 16", ch, rate, bits)
	}
	size := binary.LittleEndian.Uint32(wav[40:])
	if int(size) != len(wav)-44 || size%(4*1600) != 0 {
		t.Fatalf("data of %d bytes in a file of %d: want whole ticks of 1600 frames", size, len(wav))
	}
	// The song lasts 484 ticks and the drums 496; the run ends when the last drum has rung out.
	ticks := int(size) / (4 * 1600)
	if ticks < 496 || ticks > 496+30 {
		t.Errorf("%d ticks of sound, want the 496 of the drums and at most a second more", ticks)
	}
	pcm := wav[44:]
	for tick := 0; tick < 480; tick += 30 {
		loud := 0
		for i := tick * 6400; i < (tick+30)*6400; i += 2 {
			loud = max(loud, abs(int(int16(binary.LittleEndian.Uint16(pcm[i:])))))
		}
		if loud < 3000 {
			t.Errorf("second %d peaks at %d of 32767: the song is silent there", tick/30, loud)
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
