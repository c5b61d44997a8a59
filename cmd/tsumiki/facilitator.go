//go:build !js

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"tsumiki/blocks"
	"tsumiki/examples/lesson"
	"tsumiki/examples/watch"
)

// lessonFile is a file of the facilitator's folder as the watcher read it: a lesson (its
// steps, with its start and solution projects read and checked) or a project.
type lessonFile struct {
	data   []byte
	proj   *blocks.Project // a project file
	lesson *lesson.Lesson  // a lesson file
}

// facilitator is the facilitator mode: the app watches a lessons folder, and when the lesson
// that is open is saved it opens again within a second, with a banner that says so. A broken
// save shows its file and line, and the last good version stays open. The child's own work
// is saved in the projects folder (see load), never in the lessons folder.
type facilitator struct {
	w      *watch.Watcher[lessonFile]
	open   string         // the name in the folder of the lesson or project that is open, "" for none
	lesson *lesson.Lesson // the lesson open, when open is a lesson file
}

// WatchLessons starts the facilitator mode on the folder dir, which must be apart from the
// projects folder.
func (a *App) WatchLessons(dir string) error {
	if a.folder != nil {
		if err := watch.CheckApart(dir, a.folder.Dir()); err != nil {
			return err
		}
	}
	w, err := watch.New(dir, func(name string, data []byte) (lessonFile, error) {
		if strings.HasSuffix(name, lesson.Ext) {
			l, err := lesson.Load(os.DirFS(dir), name)
			return lessonFile{data: data, lesson: l}, err
		}
		p, err := blocks.Parse(data)
		return lessonFile{data: data, proj: p}, err
	})
	if err != nil {
		return err
	}
	a.lessons = &facilitator{w: w}
	return nil
}

// firstLesson returns the path of the first lesson file in the lessons folder by name, else
// of its first project, or "".
func firstLesson(dir string) string {
	for _, pattern := range []string{"*" + lesson.Ext, "*.tsumiki"} {
		names, _ := filepath.Glob(filepath.Join(dir, pattern))
		sort.Strings(names)
		for _, n := range names {
			if watch.IsLesson(filepath.Base(n)) {
				return n
			}
		}
	}
	return ""
}

// openLessonFile opens a lesson file of the facilitator's folder with its step cards.
func (a *App) openLessonFile(path string) {
	f := a.lessons
	dir, name := filepath.Dir(path), filepath.Base(path)
	l, err := lesson.Load(os.DirFS(dir), name)
	if err != nil {
		a.fail(name, nil, nil, err)
		return
	}
	f.openedFile(path)
	if a.openLessonAt(l, os.DirFS(dir), 0) {
		f.lesson = l
	}
}

// openedFile tells the facilitator mode which file the app opened, so that it follows that
// lesson: any file of the lessons folder, or none.
func (f *facilitator) openedFile(path string) {
	f.open, f.lesson = "", nil
	if abs, err := filepath.Abs(path); err == nil && filepath.Dir(abs) == f.w.Dir() {
		f.open = filepath.Base(abs)
	}
}

// poll handles what the watcher saw since the last frame.
func (f *facilitator) poll(a *App) {
	for {
		select {
		case ev, ok := <-f.w.Events():
			if !ok {
				return
			}
			f.handle(a, ev)
		default:
			return
		}
	}
}

func (f *facilitator) handle(a *App, ev watch.Event[lessonFile]) {
	if ev.Kind == watch.Renamed && ev.OldFile == f.open {
		f.open = ev.File
	}
	// A lesson's projects are part of it: when one is saved, the lesson is read again.
	part := f.lesson != nil && (ev.File == f.lesson.Start || ev.File == f.lesson.Solution)
	if part && ev.Kind == watch.Reloaded {
		l, err := lesson.Load(os.DirFS(f.w.Dir()), f.open)
		if err != nil {
			a.show(blocks.Localize(err, a.lang), true) // names the file and line; the last good version stays
			return
		}
		ev.Value.lesson = l
	}
	if f.open == "" || (ev.File != f.open && !part && ev.Kind != watch.Failed && ev.Kind != watch.Restored) {
		return
	}
	switch {
	case ev.Kind == watch.Reloaded && ev.Value.lesson != nil:
		step := 0
		if r := a.lesson(); r != nil {
			step = r.step // the facilitator goes on looking at the step being written
		}
		if !a.openLessonAt(ev.Value.lesson, os.DirFS(f.w.Dir()), step) {
			return // it said why, and the last good version stays
		}
		f.lesson = ev.Value.lesson
		a.show(ev.Message(a.lang), false)
	case ev.Kind == watch.Reloaded:
		root, err := os.OpenRoot(f.w.Dir())
		if err != nil {
			a.show(fmt.Sprintf("%s: %v", f.open, err), true)
			return
		}
		before := a.cur
		a.load(&source{name: f.open, data: ev.Value.data, files: root.FS(), closer: root})
		if a.cur == before {
			return // load said why it could not open it, and the last good version stays
		}
		a.show(ev.Message(a.lang), false)
	case ev.Kind == watch.Invalid:
		a.show(ev.Message(a.lang), true) // the last good version stays open
	default:
		a.show(ev.Message(a.lang), false)
	}
}
