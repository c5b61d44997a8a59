//go:build !js

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"tsumiki/blocks"
	"tsumiki/examples/watch"
)

// lessonFile is a lesson project of the facilitator's folder, as the watcher read it.
type lessonFile struct {
	data []byte
	proj *blocks.Project
}

// facilitator is the facilitator mode: the app watches a lessons folder, and when the lesson
// that is open is saved it opens again within a second, with a banner that says so. A broken
// save shows its file and line, and the last good version stays open. The child's own work
// is saved in the projects folder (see load), never in the lessons folder.
type facilitator struct {
	w    *watch.Watcher[lessonFile]
	open string // the name in the folder of the lesson that is open, "" for none
}

// WatchLessons starts the facilitator mode on the folder dir, which must be apart from the
// projects folder.
func (a *App) WatchLessons(dir string) error {
	if a.folder != nil {
		if err := watch.CheckApart(dir, a.folder.Dir()); err != nil {
			return err
		}
	}
	w, err := watch.New(dir, func(_ string, data []byte) (lessonFile, error) {
		p, err := blocks.Parse(data)
		return lessonFile{data: data, proj: p}, err
	})
	if err != nil {
		return err
	}
	a.lessons = &facilitator{w: w}
	return nil
}

// firstLesson returns the path of the first project in the lessons folder by name, or "".
func firstLesson(dir string) string {
	names, _ := filepath.Glob(filepath.Join(dir, "*"+".tsumiki"))
	sort.Strings(names)
	for _, n := range names {
		if watch.IsLesson(filepath.Base(n)) {
			return n
		}
	}
	return ""
}

// openedFile tells the facilitator mode which file the app opened, so that it follows that
// lesson: any file of the lessons folder, or none.
func (f *facilitator) openedFile(path string) {
	f.open = ""
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
	if f.open == "" || (ev.File != f.open && ev.Kind != watch.Failed && ev.Kind != watch.Restored) {
		return
	}
	switch ev.Kind {
	case watch.Reloaded:
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
	case watch.Invalid:
		a.show(ev.Message(a.lang), true) // the last good version stays open
	default:
		a.show(ev.Message(a.lang), false)
	}
}
