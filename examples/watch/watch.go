// Package watch watches a facilitator's lessons folder and reports each lesson file as it is
// saved, broken, fixed, renamed or removed, so that the app can reload the open lesson within
// a second and say so in a banner. It draws nothing and does not import ebiten.
//
// # What it reports
//
// New reads every lesson file already in the folder (Loaded or Invalid, in name order), then
// sends an Event on Events for each change:
//
//	Loaded    a new file that parses; Value is its value
//	Reloaded  a known file changed and parses; Value is the new value, Previous the one before
//	Invalid   a file that does not parse (or cannot be read); Err is the parse error, which for
//	          blocks.Parse is a *blocks.Problem naming the line; Previous is the file's last
//	          good value, kept, for the app to go on showing
//	Renamed   a file now has another name (OldFile → File), with the same content
//	Removed   a file is gone; Previous is its last good value
//	Failed    the folder cannot be watched (removed, moved away, or the watcher failed); Err
//	          says why. The watcher goes on: it keeps the last good values and looks for the
//	          folder again every second
//	Restored  the folder is watched again after a Failed event; events for the files that
//	          changed meanwhile follow
//
// A file saved with the same bytes as before gives no event.
//
// # Editors
//
// Editors save in several steps: truncate then write, write a temporary file then rename it
// over the lesson (an atomic save, as gedit, JetBrains' editors and VS Code with some settings
// do), rename the lesson to a backup then write a new one (vim), or delete then create. The watcher waits until the folder has been quiet for
// 150 ms (600 ms at most while it never is), then reads each file that changed, so one save
// gives one event. A file that vanishes and comes back under the same name within half a
// second is a reload, not a removal. A known file that vanishes while a new file with the same
// bytes appears is Renamed; a rename that changes the bytes at the same time is Removed and
// Loaded. Temporary and backup files are not lessons (see IsLesson), so they give no events.
//
// # A slow reader
//
// The watcher never waits for the reader of Events: it keeps what it has not delivered yet,
// at most one event a file, merging a newer event for the same file into the older one (a
// file Loaded then Reloaded before the reader looked is Loaded with the newer value; Loaded
// then Removed is nothing at all). So the reader always learns the latest state of every
// file, and the watcher's memory is bounded by the number of files.
//
// # A child's own work
//
// The watcher only ever reads the lessons folder: it never writes, moves or removes a file.
// The app saves and autosaves a child's work in its own projects folder (blocks/autosave),
// never in the lessons folder; CheckApart refuses a lessons folder that is the projects
// folder, inside it, or around it.
package watch

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"tsumiki/blocks"
)

// Kind is what happened to a file.
type Kind int

// The kinds of event.
const (
	Loaded Kind = iota + 1
	Reloaded
	Invalid
	Renamed
	Removed
	Failed
	Restored
)

var kindNames = [...]string{"", "Loaded", "Reloaded", "Invalid", "Renamed", "Removed", "Failed", "Restored"}

// String returns the kind's name, such as "Reloaded".
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Event is one change in the lessons folder. T is what the parse function gives.
type Event[T any] struct {
	Kind     Kind
	File     string // the file's name in the folder, without the folder; "" for Failed and Restored
	OldFile  string // for Renamed: the name the file had before
	Value    T      // for Loaded, Reloaded and Renamed: the parsed file
	Previous T      // the file's last good value before this event, the zero T when it had none
	Err      error  // for Invalid: the parse or read error; for Failed: what went wrong
}

// Watcher watches one lessons folder. Its methods may be called from any goroutine.
type Watcher[T any] struct {
	dir    string
	events chan Event[T]

	eng      *engine[T]
	clock    clock
	fsEvents <-chan fsnotify.Event
	fsErrors <-chan error
	closer   io.Closer

	done      chan struct{}
	stopped   chan struct{}
	closeOnce sync.Once
	closeErr  error
}

// clock is the watcher's time: real time, or a fake in tests.
type clock struct {
	now   func() time.Time
	after func(time.Duration) <-chan time.Time
}

var realClock = clock{now: time.Now, after: time.After}

// New starts watching the folder dir (not its subfolders) and reads the lesson files already
// in it, which are the first events. parse turns a file's bytes into a value, or an error;
// it is given at most blocks.MaxFileSize+1 bytes, so a parse that checks the size (as
// blocks.Parse does) refuses a file that is too big. parse is called for one file at a time:
// by New for the files already there, then by the watcher's goroutine. Close stops the watcher.
func New[T any](dir string, parse func(name string, data []byte) (T, error)) (*Watcher[T], error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("watching lessons folder %s: %w", dir, err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("watching lessons folder: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("watching lessons folder: %s is not a folder", abs)
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watching lessons folder %s: %w", abs, err)
	}
	// Watch before the first reading, so that no change falls between them.
	if err := fw.Add(abs); err != nil {
		fw.Close()
		return nil, fmt.Errorf("watching lessons folder %s: %w", abs, err)
	}
	eng := newEngine(abs, osFolder(abs), parse, func() error { return fw.Add(abs) })
	return start(abs, eng, realClock, fw.Events, fw.Errors, fw), nil
}

// start reads the folder and starts the watcher's goroutine on the given sources.
func start[T any](dir string, eng *engine[T], c clock, events <-chan fsnotify.Event, errs <-chan error, closer io.Closer) *Watcher[T] {
	w := &Watcher[T]{
		dir:      dir,
		events:   make(chan Event[T]),
		eng:      eng,
		clock:    c,
		fsEvents: events,
		fsErrors: errs,
		closer:   closer,
		done:     make(chan struct{}),
		stopped:  make(chan struct{}),
	}
	eng.begin(c.now())
	go w.loop()
	return w
}

// Dir returns the absolute path of the folder being watched.
func (w *Watcher[T]) Dir() string { return w.dir }

// Events returns the channel of events, in the order they happened (merged, one a file, while
// the reader is slow; see the package's documentation). It is closed by Close.
func (w *Watcher[T]) Events() <-chan Event[T] { return w.events }

// Close stops watching, drops the events not yet delivered and closes Events. It returns once
// the watcher's goroutine has ended, and may be called more than once.
func (w *Watcher[T]) Close() error {
	w.closeOnce.Do(func() {
		close(w.done)
		if w.closer != nil {
			if err := w.closer.Close(); err != nil {
				w.closeErr = fmt.Errorf("closing watcher of %s: %w", w.dir, err)
			}
		}
	})
	<-w.stopped
	return w.closeErr
}

// loop is the watcher's goroutine: it feeds the file system's events to the engine, wakes it
// when it has work due, and hands the engine's queue to the reader without ever waiting for
// the reader.
func (w *Watcher[T]) loop() {
	defer close(w.stopped)
	defer close(w.events)
	e := w.eng
	for {
		var wake <-chan time.Time
		if t, ok := e.due(); ok {
			wake = w.clock.after(t.Sub(w.clock.now()))
		}
		var out chan<- Event[T]
		var next Event[T]
		if len(e.queue) > 0 {
			out, next = w.events, e.queue[0].ev
		}
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fsEvents:
			if !ok {
				return
			}
			e.notice(ev, w.clock.now())
		case err, ok := <-w.fsErrors:
			if !ok {
				return
			}
			e.fail(err, w.clock.now())
		case <-wake:
			e.run(w.clock.now())
		case out <- next:
			e.pop()
		}
	}
}

// IsLesson reports whether the watcher reads a file of this name: a project (.tsumiki) or a
// lesson written as JSON (.json), but not a hidden file (editors' locks and temporary files),
// an autosave (.autosave.tsumiki) or a recording of inputs (.inputs.json) such as sits beside
// the examples.
func IsLesson(name string) bool {
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "."),
		strings.HasSuffix(lower, ".autosave.tsumiki"),
		strings.HasSuffix(lower, ".inputs.json"):
		return false
	}
	return strings.HasSuffix(lower, ".tsumiki") || strings.HasSuffix(lower, ".json")
}

// osFolder is a folder of the file system, read only.
type osFolder string

func (d osFolder) list() ([]string, error) {
	entries, err := os.ReadDir(string(d))
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(entries))
	for _, ent := range entries {
		if !ent.IsDir() {
			names = append(names, ent.Name())
		}
	}
	return names, nil
}

// errNotFile is what read returns for a name that is now a folder: the file is not there.
var errNotFile = errors.New("not a file")

func (d osFolder) read(name string) ([]byte, error) {
	f, err := os.Open(filepath.Join(string(d), name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errNotFile
	}
	data, err := io.ReadAll(io.LimitReader(f, blocks.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return data, nil
}
