package watch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tsumiki/blocks"
)

// lesson returns a small valid project file named name.
func lesson(name string) string {
	return fmt.Sprintf("{\n  \"format\": 1,\n  \"name\": %q,\n  \"stage\": {\n    \"backdrop\": 0\n  },\n  \"sprites\": []\n}\n", name)
}

// Lessons with a mistake on line 3: not JSON, and a number where the name should be.
const (
	broken    = "{\n  \"format\": 1,\n  \"name\": \"A\" \"B\",\n  \"stage\": {},\n  \"sprites\": []\n}\n"
	wrongType = "{\n  \"format\": 1,\n  \"name\": 5,\n  \"stage\": {},\n  \"sprites\": []\n}\n"
)

func parseLesson(name string, data []byte) (*blocks.Project, error) { return blocks.Parse(data) }

// sequence reads a watcher's events one by one, each within a generous deadline.
type sequence struct {
	t *testing.T
	w *Watcher[*blocks.Project]
	n int
}

// want waits for the next event and checks it, described as describeLesson does.
func (s *sequence) want(want string) Event[*blocks.Project] {
	s.t.Helper()
	s.n++
	start := time.Now()
	select {
	case ev, ok := <-s.w.Events():
		if !ok {
			s.t.Fatalf("event %d: events closed, want %q", s.n, want)
		}
		if got := describeLesson(ev); got != want {
			s.t.Fatalf("event %d: got %q, want %q", s.n, got, want)
		}
		s.t.Logf("event %d after %v: %s", s.n, time.Since(start).Round(time.Millisecond), want)
		return ev
	case <-time.After(5 * time.Second):
		s.t.Fatalf("event %d: nothing within 5 s, want %q", s.n, want)
	}
	panic("unreachable")
}

func describeLesson(ev Event[*blocks.Project]) string {
	s := ev.Kind.String()
	switch {
	case ev.OldFile != "":
		s += " " + ev.OldFile + "→" + ev.File
	case ev.File != "":
		s += " " + ev.File
	}
	if ev.Value != nil {
		s += " " + ev.Value.Name
	}
	if ev.Previous != nil {
		s += " was " + ev.Previous.Name
	}
	var p *blocks.Problem
	var fe *FolderError
	switch {
	case errors.As(ev.Err, &p):
		s += fmt.Sprintf(" line %d", p.Line)
	case errors.As(ev.Err, &fe):
		s += " folder gone"
	case ev.Err != nil:
		s += " error " + ev.Err.Error()
	}
	return s
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rename(t *testing.T, from, to string) {
	t.Helper()
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}

// TestWatchLessonFolder edits, breaks, fixes, renames and deletes lesson files in a real
// folder as facilitators' editors do, replaces and removes the folder itself, and checks the
// watcher's events in order.
func TestWatchLessonFolder(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "lessons")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	at := func(name string) string { return filepath.Join(dir, name) }
	writeFile(t, at("a.json"), lesson("A1"))
	writeFile(t, at("b.json"), lesson("B1"))
	writeFile(t, at("notes.txt"), "not a lesson")

	w, err := New(dir, parseLesson)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	s := &sequence{t: t, w: w}
	s.want("Loaded a.json A1")
	s.want("Loaded b.json B1")

	// An editor that truncates the file and writes it.
	writeFile(t, at("a.json"), lesson("A2"))
	s.want("Reloaded a.json A2 was A1")

	// A mistake: the error names the line, and the last good version is kept.
	writeFile(t, at("a.json"), broken)
	ev := s.want("Invalid a.json was A2 line 3")
	if msg := ev.Message(blocks.Japanese); !strings.Contains(msg, "a.json") || !strings.Contains(msg, "3 行目") {
		t.Errorf("banner in Japanese %q does not name the file and the line", msg)
	}

	// Fixed by an editor that writes a temporary file and renames it over the lesson.
	writeFile(t, at("a.json.tmp.8842"), lesson("A3"))
	rename(t, at("a.json.tmp.8842"), at("a.json"))
	s.want("Reloaded a.json A3 was A2")

	// vim: the lesson renamed to a backup, written anew, the backup removed.
	rename(t, at("a.json"), at("a.json~"))
	writeFile(t, at("a.json"), lesson("A4"))
	remove(t, at("a.json~"))
	s.want("Reloaded a.json A4 was A3")

	// Deleted and written again at once.
	remove(t, at("a.json"))
	writeFile(t, at("a.json"), lesson("A5"))
	s.want("Reloaded a.json A5 was A4")

	// Renamed, then deleted.
	rename(t, at("b.json"), at("c.json"))
	s.want("Renamed b.json→c.json B1 was B1")
	remove(t, at("a.json"))
	s.want("Removed a.json was A5")

	// A new file with a mistake.
	writeFile(t, at("d.json"), wrongType)
	s.want("Invalid d.json line 3")

	// The whole folder replaced by another (as a sync tool does): moved away, and a new one
	// moved into its place. The changed lesson reloads; the unchanged one says nothing.
	next := filepath.Join(root, "lessons.new")
	if err := os.Mkdir(next, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(next, "c.json"), lesson("C2"))
	writeFile(t, filepath.Join(next, "d.json"), wrongType)
	old := filepath.Join(root, "lessons.old")
	rename(t, dir, old)
	rename(t, next, dir)
	s.want("Reloaded c.json C2 was B1")

	// A write in the old folder is not taken for a change in the new one: the next event is
	// the folder's removal.
	writeFile(t, filepath.Join(old, "c.json"), lesson("old"))

	// The folder removed: said once, the lessons kept; then it comes back.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	s.want("Failed folder gone")
	if err := os.Mkdir(next, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(next, "c.json"), lesson("C3"))
	rename(t, next, dir)
	s.want("Restored")
	s.want("Reloaded c.json C3 was C2")
	s.want("Removed d.json")

	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if ev, ok := <-w.Events(); ok {
		t.Errorf("event after Close: %s", describeLesson(ev))
	}
}

// TestCloseWithSlowReader checks that a reader that never reads does not keep the watcher
// from stopping.
func TestCloseWithSlowReader(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.json", "b.json", "c.tsumiki"} {
		writeFile(t, filepath.Join(dir, name), lesson(name))
	}
	w, err := New(dir, parseLesson)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "a.json"), lesson("changed"))
	closed := make(chan error)
	go func() { closed <- w.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not return within 5 s")
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	for range w.Events() { // closed: the undelivered events are dropped
	}
}

func TestNewRefusesWhatIsNotAFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.json")
	writeFile(t, file, lesson("A"))
	for _, path := range []string{filepath.Join(dir, "missing"), file} {
		if w, err := New(path, parseLesson); err == nil {
			w.Close()
			t.Errorf("New(%s) watches it, want an error", path)
		}
	}
}

func TestMessages(t *testing.T) {
	p := &blocks.Problem{Line: 3, Msg: blocks.NewText("oops", "おっと", "おっと")}
	ev := Event[*blocks.Project]{Kind: Invalid, File: "a.json", Err: p, Previous: &blocks.Project{}}
	for lang, want := range map[blocks.Lang][]string{
		blocks.English:  {"a.json", "line 3: oops", "last good version"},
		blocks.Japanese: {"a.json", "3 行目: おっと", "前の正しい版"},
		blocks.Hiragana: {"a.json", "3 ぎょうめ: おっと", "まえの ただしい"},
	} {
		msg := ev.Message(lang)
		for _, w := range want {
			if !strings.Contains(msg, w) {
				t.Errorf("%v: %q does not say %q", lang, msg, w)
			}
		}
	}
	ev.Previous = nil
	if msg := ev.Message(blocks.English); strings.Contains(msg, "last good") {
		t.Errorf("%q speaks of a last good version that there is not", msg)
	}
	gone := Event[*blocks.Project]{Kind: Failed, Err: &FolderError{Dir: "/x/lessons", Err: os.ErrNotExist}}
	if msg := gone.Message(blocks.Hiragana); !strings.Contains(msg, "/x/lessons") || !strings.Contains(msg, "フォルダー") {
		t.Errorf("folder gone in hiragana: %q", msg)
	}
	for k := Loaded; k <= Restored; k++ {
		ev := Event[string]{Kind: k, File: "a.json", OldFile: "b.json", Err: errors.New("x")}
		for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
			if msg := ev.Message(lang); msg == "" || strings.Contains(msg, "%!") {
				t.Errorf("%v in %v: %q", k, lang, msg)
			}
		}
	}
}

func TestIsLesson(t *testing.T) {
	for name, want := range map[string]bool{
		"a.json":             true,
		"A.JSON":             true,
		"cat.tsumiki":        true,
		"ねこ.tsumiki":         true,
		".a.json":            false,
		".a.json.swp":        false,
		"a.json~":            false,
		"a.json.tmp.8842":    false,
		"a.tsumiki.bak":      false,
		"a.autosave.tsumiki": false,
		"arrows.inputs.json": false,
		"notes.txt":          false,
	} {
		if got := IsLesson(name); got != want {
			t.Errorf("IsLesson(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCheckApart(t *testing.T) {
	root := t.TempDir()
	projects := filepath.Join(root, "projects")
	lessons := filepath.Join(root, "lessons")
	for _, d := range []string{projects, lessons, filepath.Join(projects, "lessons")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(root, "link")
	if err := os.Symlink(projects, link); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lessons, projects string
		want              *blocks.Text // nil when apart
	}{
		{lessons, projects, nil},
		{filepath.Join(root, "later", "lessons"), filepath.Join(root, "later", "projects"), nil},
		{projects + "-old", projects, nil},
		{projects, projects, &msgSameFolder},
		{projects + string(filepath.Separator), filepath.Join(lessons, "..", "projects"), &msgSameFolder},
		{link, projects, &msgSameFolder},
		{filepath.Join(projects, "lessons"), projects, &msgLessonsInside},
		{filepath.Join(link, "lessons"), projects, &msgLessonsInside},
		{filepath.Join(projects, "not", "yet"), projects, &msgLessonsInside},
		{root, projects, &msgProjectsInside},
	}
	for _, c := range cases {
		err := CheckApart(c.lessons, c.projects)
		var ae *ApartError
		switch {
		case c.want == nil && err != nil:
			t.Errorf("CheckApart(%s, %s) = %v, want nil", c.lessons, c.projects, err)
		case c.want == nil:
		case !errors.As(err, &ae):
			t.Errorf("CheckApart(%s, %s) = %v, want an *ApartError", c.lessons, c.projects, err)
		case ae.Msg != *c.want:
			t.Errorf("CheckApart(%s, %s) says %q", c.lessons, c.projects, err)
		default:
			for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
				if msg := ae.Localize(lang); !strings.Contains(msg, c.lessons) || strings.Contains(msg, "%!") {
					t.Errorf("in %v: %q", lang, msg)
				}
			}
		}
	}
}
