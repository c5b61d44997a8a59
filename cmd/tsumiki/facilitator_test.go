package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tsumiki/blocks"
	"tsumiki/stage/render/gltest"
)

// waitFor polls the facilitator mode a frame at a time until ok says yes, for at most five
// seconds: the watcher sees the folder in real time.
func (a *App) waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 5 s (notice %q)", what, a.notice)
		}
		a.lessons.poll(a)
		time.Sleep(10 * time.Millisecond)
	}
}

// newFacilitatorApp starts the app in the facilitator mode on the folder lessons, with its
// projects folder projects.
func newFacilitatorApp(t *testing.T, lessons, projects string) *App {
	t.Helper()
	a, err := NewApp(blocks.English, true, projects)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.WatchLessons(lessons); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		a.lessons.w.Close()
		a.saver.Close()
	})
	return a
}

// TestFacilitatorReloadsTheOpenLesson is the facilitator mode from the app's side: a saved
// lesson opens again with a banner, a broken save says its file and line and keeps the last
// good version, the child's own work stays in the projects folder and the lessons folder is
// never written.
func TestFacilitatorReloadsTheOpenLesson(t *testing.T) {
	gltest.Need(t)
	lessons, projects := t.TempDir(), t.TempDir()
	orig, err := os.ReadFile(filepath.Join("..", "..", "examples", "counting.tsumiki"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(lessons, "counting.tsumiki")
	write := func(data []byte) {
		t.Helper()
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(orig)

	a := newFacilitatorApp(t, lessons, projects)
	a.Open(firstLesson(lessons))
	if a.cur == nil || a.cur.proj.Name != "Counting" {
		t.Fatalf("the first lesson did not open: %q", a.notice)
	}

	// The child changes the lesson: the work is autosaved in the projects folder.
	if err := a.bench.ws.NewVariable("my score", true); err != nil {
		t.Fatal(err)
	}
	a.applyEdits()
	if err := a.saver.Wait(); err != nil {
		t.Fatal(err)
	}
	childDoc := a.doc.name

	// The facilitator saves a new version.
	edited := bytes.Replace(orig, []byte(`"name": "Counting"`), []byte(`"name": "Counting to ten"`), 1)
	write(edited)
	a.waitFor(t, "the reload", func() bool { return a.cur.proj.Name == "Counting to ten" })
	if !strings.Contains(a.notice, "counting.tsumiki") || a.noticeBad {
		t.Errorf("banner %q (bad %v), want one that names the file", a.notice, a.noticeBad)
	}
	// Opening the new version saved the child's version first, in the projects folder.
	if kept, err := os.ReadFile(filepath.Join(projects, childDoc+".tsumiki")); err != nil || !bytes.Contains(kept, []byte("my score")) {
		t.Errorf("the child's work is not kept in the projects folder (%v)", err)
	}

	// A broken save: the error names the file and the line; the last good version stays.
	write(bytes.Replace(edited, []byte(`"sprites": [`), []byte(`"sprites": [ ,`), 1))
	a.waitFor(t, "the error", func() bool { return a.noticeBad })
	if !strings.Contains(a.notice, "counting.tsumiki") || !strings.Contains(a.notice, "line") {
		t.Errorf("error banner %q, want the file and the line", a.notice)
	}
	if a.cur.proj.Name != "Counting to ten" {
		t.Errorf("open project %q after a broken save, want the last good version", a.cur.proj.Name)
	}

	// Fixed again, by an editor that writes a new file and renames it over the lesson.
	fixed := bytes.Replace(orig, []byte(`"name": "Counting"`), []byte(`"name": "Counting again"`), 1)
	tmp := filepath.Join(lessons, ".counting.tsumiki.swp")
	if err := os.WriteFile(tmp, fixed, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, file); err != nil {
		t.Fatal(err)
	}
	a.waitFor(t, "the reload after the fix", func() bool { return a.cur.proj.Name == "Counting again" })

	// The lessons folder holds the facilitator's file alone, as the facilitator wrote it.
	entries, _ := os.ReadDir(lessons)
	if len(entries) != 1 {
		t.Errorf("lessons folder holds %d files, want the lesson alone", len(entries))
	}
	if got, _ := os.ReadFile(file); !bytes.Equal(got, fixed) {
		t.Error("the lesson file was written by the app")
	}
}

// TestFacilitatorReloadsALesson opens a lesson file of the facilitator's folder with its step
// cards: saving the lesson file shows the new steps at the step the facilitator is on, saving
// its start project opens that again, and a broken lesson file keeps the last good version.
func TestFacilitatorReloadsALesson(t *testing.T) {
	gltest.Need(t)
	lessons := t.TempDir()
	const id = "01-first-steps"
	for _, ext := range []string{".lesson.json", ".start.tsumiki", ".solution.tsumiki"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", "lessons", id+ext))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(lessons, id+ext), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a := newFacilitatorApp(t, lessons, t.TempDir())
	a.openLessonFile(firstLesson(lessons))
	if a.lesson() == nil {
		t.Fatalf("the lesson did not open with its steps: %q", a.notice)
	}
	a.setStep(1)

	file := filepath.Join(lessons, id+".lesson.json")
	orig, _ := os.ReadFile(file)
	edited := bytes.Replace(orig, []byte(`"en": "Drag \"when green flag clicked\"`), []byte(`"en": "First, drag \"when green flag clicked\"`), 1)
	if bytes.Equal(edited, orig) {
		t.Fatal("the test's edit does not apply to the lesson file")
	}
	if err := os.WriteFile(file, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	a.waitFor(t, "the new steps", func() bool {
		r := a.lesson()
		return r != nil && strings.HasPrefix(r.l.Steps[0].Text.En, "First, drag")
	})
	if r := a.lesson(); r.step != 1 {
		t.Errorf("after the reload the card shows step %d, want 2 still", r.step+1)
	}

	// A broken lesson file: its line is named, and the lesson stays.
	if err := os.WriteFile(file, bytes.Replace(edited, []byte(`"format": 1,`), []byte(`"format": 1,,`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	a.waitFor(t, "the error", func() bool { return a.noticeBad })
	if !strings.Contains(a.notice, id+".lesson.json") || a.lesson() == nil {
		t.Errorf("banner %q, lesson open %v; want the file named and the lesson kept", a.notice, a.lesson() != nil)
	}

	// Saving the start project opens the lesson again with it.
	start := filepath.Join(lessons, id+".start.tsumiki")
	data, _ := os.ReadFile(start)
	if err := os.WriteFile(file, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(start, bytes.Replace(data, []byte(`"name": "First steps"`), []byte(`"name": "First steps!"`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	a.waitFor(t, "the new start project", func() bool { return a.cur.proj.Name == "First steps!" && a.lesson() != nil })
}
