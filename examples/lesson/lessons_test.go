package lesson_test

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tsumiki/assets"
	"tsumiki/blocks"
	"tsumiki/examples"
	"tsumiki/examples/lesson"
	"tsumiki/runtime"
)

var update = flag.Bool("update", false, "rewrite the lessons' projects in canonical form")

// lessonFiles lists the embedded lesson files.
func lessonFiles(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(examples.Lessons, "lessons/*"+lesson.Ext)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 2 {
		t.Fatalf("only %d lessons embedded, want at least 2", len(names))
	}
	return names
}

// options runs a lesson's projects with the library's costumes, so that touching is exact.
func options(t *testing.T) runtime.Options {
	t.Helper()
	dir, err := fs.Sub(examples.Lessons, "lessons")
	if err != nil {
		t.Fatal(err)
	}
	return runtime.Options{Seed: 1, Assets: assets.NewStore(dir)}
}

// TestLessons runs every lesson's solution for the lesson's length with its inputs and checks
// the state it expects, then checks that every step's check passes on the solution and fails
// on the starting project.
func TestLessons(t *testing.T) {
	for _, name := range lessonFiles(t) {
		t.Run(strings.TrimSuffix(filepath.Base(name), lesson.Ext), func(t *testing.T) {
			l, err := lesson.Load(examples.Lessons, name)
			if err != nil {
				t.Fatal(err)
			}
			start, err := l.StartProject()
			if err != nil {
				t.Fatal(err)
			}
			solution, err := l.SolutionProject()
			if err != nil {
				t.Fatal(err)
			}
			opts := options(t)
			fails, err := l.Verify(solution, opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range fails {
				t.Errorf("the solution, after %v seconds: %s", l.Seconds, f.En)
			}
			if fails, _ := l.Verify(start, opts); len(fails) == 0 {
				t.Error("the starting project already does what the solution should")
			}
			checks := 0
			for i, s := range l.Steps {
				if s.Check == nil {
					continue
				}
				checks++
				ok, why, err := l.CheckStep(i, solution, opts)
				if err != nil {
					t.Fatal(err)
				}
				if !ok {
					t.Errorf("step %d (line %d) fails on the solution: %s", i+1, s.Check.Line, why.En)
				}
				ok, why, err = l.CheckStep(i, start, opts)
				if err != nil {
					t.Fatal(err)
				}
				if ok {
					t.Errorf("step %d (line %d) passes on the starting project", i+1, s.Check.Line)
				} else if why.En == "" || why.Ja == "" || why.Hira == "" {
					t.Errorf("step %d says why it fails only in some languages: %+v", i+1, why)
				}
			}
			if checks == 0 {
				t.Error("no step has a check")
			}
		})
	}
}

// TestLessonProjectsCanonical checks that the lessons' projects load and are in the canonical
// form the app saves, so that opening and saving one in the app changes nothing. With
// -update it rewrites them in that form.
func TestLessonProjectsCanonical(t *testing.T) {
	names, err := fs.Glob(examples.Lessons, "lessons/*.tsumiki")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 4 {
		t.Fatalf("only %d lesson projects embedded, want at least 4", len(names))
	}
	for _, name := range names {
		data, err := fs.ReadFile(examples.Lessons, name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := blocks.Parse(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		saved, err := blocks.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(filepath.Join("..", filepath.FromSlash(name)), saved, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(saved, data) {
			t.Errorf("%s is not in canonical form (run go test ./examples/lesson -run Canonical -update)", name)
		}
	}
}

// TestGuideExample checks that the worked example in the facilitators' guides quotes the
// first-steps lesson as it is: every line of the JSON shown after the example's heading is a
// line of the lesson file.
func TestGuideExample(t *testing.T) {
	lessonFile, err := fs.ReadFile(examples.Lessons, "lessons/01-first-steps.lesson.json")
	if err != nil {
		t.Fatal(err)
	}
	lines := make(map[string]bool)
	for _, l := range strings.Split(string(lessonFile), "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	for _, guide := range []struct{ file, heading string }{
		{"lessons/README.md", "## A worked example"},
		{"lessons/README.ja.md", "## 例"},
	} {
		data, err := fs.ReadFile(examples.Lessons, guide.file)
		if err != nil {
			t.Fatal(err)
		}
		_, example, ok := strings.Cut(string(data), guide.heading)
		if !ok {
			t.Fatalf("%s has no %q", guide.file, guide.heading)
		}
		quoted := 0
		for _, block := range strings.Split(example, "```json\n")[1:] {
			block, _, _ = strings.Cut(block, "```")
			for _, l := range strings.Split(strings.TrimSpace(block), "\n") {
				quoted++
				if l = strings.TrimSpace(l); !lines[l] {
					t.Errorf("%s quotes a line that is not in the lesson: %s", guide.file, l)
				}
			}
		}
		if quoted < 20 {
			t.Errorf("%s quotes only %d lines of the lesson", guide.file, quoted)
		}
	}
}
