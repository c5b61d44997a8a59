package watch

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"time"

	"github.com/fsnotify/fsnotify"
)

// How long the engine waits. A save is read once the folder has been quiet for quiet, or
// maxDelay after its first event when the folder is never quiet; a file that vanishes is
// removed when it has not come back within grace; a lost folder is looked for every retry.
const (
	quietTime = 150 * time.Millisecond
	maxDelay  = 600 * time.Millisecond
	graceTime = 500 * time.Millisecond
	retryTime = time.Second
)

// folder is what the engine reads: a folder of the file system, or a fake in tests.
type folder interface {
	list() ([]string, error)          // the names of the files in the folder
	read(name string) ([]byte, error) // a file's bytes; fs.ErrNotExist or errNotFile when gone
}

// engine decides what each change in the folder means. It has no goroutine and no clock of
// its own: the watcher's loop gives it the file system's events and the time, and takes the
// events it queues. Tests drive it with a fake folder and made-up times.
type engine[T any] struct {
	path    string // the folder's path, as the file system's events name it
	dir     folder
	parse   func(name string, data []byte) (T, error)
	rewatch func() error // watches the folder again after it was replaced or lost
	match   func(name string) bool

	quiet, maxDelay, grace, retry time.Duration

	files map[string]*file[T] // every file the reader has been told of, by name

	dirty       map[string]bool // files with events since the last flush
	folderMoved bool            // the folder itself was removed or moved
	rescan      bool            // read every file at the next flush
	first, last time.Time       // the first and last event since the last flush; zero if none

	lost    bool // the folder is not watched; look for it again at retryAt
	retryAt time.Time

	queue []queued[T] // events not yet delivered, at most one a file
}

// file is what the engine keeps of a file: no bytes, only their hash and the last good value.
type file[T any] struct {
	sum  [sha256.Size]byte // of the bytes last read; zero after a read error
	good T                 // the last value that parsed
	gone time.Time         // when the file was found missing; zero while it is there
}

// queued is an event waiting for the reader. fresh says the reader had not heard of the
// file before this event, so that a later removal can cancel it.
type queued[T any] struct {
	ev    Event[T]
	fresh bool
}

func newEngine[T any](path string, dir folder, parse func(string, []byte) (T, error), rewatch func() error) *engine[T] {
	return &engine[T]{
		path:     filepath.Clean(path),
		dir:      dir,
		parse:    parse,
		rewatch:  rewatch,
		match:    IsLesson,
		quiet:    quietTime,
		maxDelay: maxDelay,
		grace:    graceTime,
		retry:    retryTime,
		files:    make(map[string]*file[T]),
		dirty:    make(map[string]bool),
	}
}

// begin reads every file in the folder.
func (e *engine[T]) begin(now time.Time) {
	e.rescan = true
	e.flush(now)
}

// notice takes one event of the file system. Only the name matters: the file is read again
// once the burst is over.
func (e *engine[T]) notice(ev fsnotify.Event, now time.Time) {
	if e.lost || ev.Op == fsnotify.Chmod {
		return
	}
	if filepath.Clean(ev.Name) == e.path {
		if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
			e.folderMoved = true
			e.touch(now)
		}
		return
	}
	dir, name := filepath.Split(ev.Name)
	if filepath.Clean(dir) != e.path || !e.match(name) {
		return
	}
	e.dirty[name] = true
	e.touch(now)
}

// fail takes an error of the file system's watcher. Events were lost, so every file is read
// again; an error other than an overflow is also reported.
func (e *engine[T]) fail(err error, now time.Time) {
	if !errors.Is(err, fsnotify.ErrEventOverflow) {
		e.emit(Event[T]{Kind: Failed, Err: fmt.Errorf("watching lessons folder: %w", err)}, false)
	}
	if !e.lost {
		e.rescan = true
		e.touch(now)
	}
}

func (e *engine[T]) touch(now time.Time) {
	if e.first.IsZero() {
		e.first = now
	}
	e.last = now
}

// due returns when the engine next has work to do, or false when it waits only for events.
func (e *engine[T]) due() (time.Time, bool) {
	var t time.Time
	ok := false
	at := func(u time.Time) {
		if !ok || u.Before(t) {
			t, ok = u, true
		}
	}
	if e.lost {
		at(e.retryAt)
		return t, ok
	}
	if !e.first.IsZero() {
		at(e.flushAt())
	}
	for _, f := range e.files {
		if !f.gone.IsZero() {
			at(f.gone.Add(e.grace))
		}
	}
	return t, ok
}

func (e *engine[T]) flushAt() time.Time {
	t := e.last.Add(e.quiet)
	if limit := e.first.Add(e.maxDelay); limit.Before(t) {
		t = limit
	}
	return t
}

// run does the work due at now.
func (e *engine[T]) run(now time.Time) {
	if e.lost {
		if now.Before(e.retryAt) {
			return
		}
		if err := e.rewatch(); err != nil {
			e.retryAt = now.Add(e.retry)
			return
		}
		e.lost = false
		e.emit(Event[T]{Kind: Restored}, false)
		e.rescan = true
		e.flush(now)
		return
	}
	if !e.first.IsZero() && !now.Before(e.flushAt()) {
		e.flush(now)
	}
	if !e.lost {
		e.expire(now)
	}
}

// flush reads the files that changed, and the folder's list of files to catch what the
// events missed.
func (e *engine[T]) flush(now time.Time) {
	e.first, e.last = time.Time{}, time.Time{}
	if e.folderMoved {
		e.folderMoved = false
		// The folder was removed, moved, or replaced by another: watch what is there now.
		if err := e.rewatch(); err != nil {
			e.lose(now, err)
			return
		}
		e.rescan = true
	}
	all, err := e.dir.list()
	if err != nil {
		e.lose(now, err)
		return
	}
	listed := make(map[string]bool)
	for _, name := range all {
		if e.match(name) {
			listed[name] = true
		}
	}
	check := e.dirty
	e.dirty = make(map[string]bool)
	for name := range listed {
		if e.rescan || e.files[name] == nil {
			check[name] = true
		}
	}
	for name, f := range e.files {
		if e.rescan || !listed[name] || !f.gone.IsZero() {
			check[name] = true
		}
	}
	e.rescan = false

	type newFile struct {
		name string
		data []byte
		sum  [sha256.Size]byte
	}
	var appeared []newFile
	for _, name := range slices.Sorted(maps.Keys(check)) {
		f := e.files[name]
		data, err := e.dir.read(name)
		switch {
		case errors.Is(err, fs.ErrNotExist) || errors.Is(err, errNotFile):
			if f != nil && f.gone.IsZero() {
				f.gone = now
			}
		case err != nil:
			if f == nil {
				f = &file[T]{}
				e.files[name] = f
				e.emit(Event[T]{Kind: Invalid, File: name, Err: err}, true)
				continue
			}
			f.gone, f.sum = time.Time{}, [sha256.Size]byte{}
			e.emit(Event[T]{Kind: Invalid, File: name, Err: err, Previous: f.good}, false)
		case f == nil:
			appeared = append(appeared, newFile{name, data, sha256.Sum256(data)})
		default:
			f.gone = time.Time{}
			if sum := sha256.Sum256(data); sum != f.sum {
				f.sum = sum
				e.update(name, f, data)
			}
		}
	}
	for _, n := range appeared {
		v, err := e.parse(n.name, n.data)
		f := &file[T]{sum: n.sum}
		if err != nil {
			e.files[n.name] = f
			e.emit(Event[T]{Kind: Invalid, File: n.name, Err: err}, true)
			continue
		}
		f.good = v
		if old := e.renamedFrom(n.sum); old != "" {
			prev := e.files[old].good
			delete(e.files, old)
			e.files[n.name] = f
			e.emit(Event[T]{Kind: Renamed, File: n.name, OldFile: old, Value: v, Previous: prev}, false)
			continue
		}
		e.files[n.name] = f
		e.emit(Event[T]{Kind: Loaded, File: n.name, Value: v}, true)
	}
}

// update parses a known file whose bytes changed.
func (e *engine[T]) update(name string, f *file[T], data []byte) {
	v, err := e.parse(name, data)
	if err != nil {
		e.emit(Event[T]{Kind: Invalid, File: name, Err: err, Previous: f.good}, false)
		return
	}
	prev := f.good
	f.good = v
	e.emit(Event[T]{Kind: Reloaded, File: name, Value: v, Previous: prev}, false)
}

// renamedFrom returns the first known file, by name, that is missing and had the bytes with
// this hash, or "".
func (e *engine[T]) renamedFrom(sum [sha256.Size]byte) string {
	old := ""
	for name, f := range e.files {
		if !f.gone.IsZero() && f.sum == sum && (old == "" || name < old) {
			old = name
		}
	}
	return old
}

// expire reports the files that have been missing for longer than grace.
func (e *engine[T]) expire(now time.Time) {
	for _, name := range slices.Sorted(maps.Keys(e.files)) {
		f := e.files[name]
		if !f.gone.IsZero() && !now.Before(f.gone.Add(e.grace)) {
			delete(e.files, name)
			e.emit(Event[T]{Kind: Removed, File: name, Previous: f.good}, false)
		}
	}
}

// lose stops reading the folder until it can be watched again. The files are kept as they
// were: a folder that is gone says nothing about its files.
func (e *engine[T]) lose(now time.Time, err error) {
	e.emit(Event[T]{Kind: Failed, Err: &FolderError{Dir: e.path, Err: err}}, false)
	e.lost = true
	e.retryAt = now.Add(e.retry)
	e.first, e.last = time.Time{}, time.Time{}
	e.folderMoved = false
	clear(e.dirty)
	for _, f := range e.files {
		f.gone = time.Time{}
	}
}

// emit queues ev, merging it with an event for the same file that the reader has not taken
// yet, so that the queue holds at most one event a file.
func (e *engine[T]) emit(ev Event[T], fresh bool) {
	n := queued[T]{ev, fresh}
	if ev.Kind == Renamed {
		if e.pending(ev.OldFile) < 0 && e.pending(ev.File) < 0 {
			e.queue = append(e.queue, n)
			return
		}
		// The reader has news of either name waiting: tell it as a removal and a new file.
		e.emit(Event[T]{Kind: Removed, File: ev.OldFile, Previous: ev.Previous}, false)
		e.emit(Event[T]{Kind: Loaded, File: ev.File, Value: ev.Value}, true)
		return
	}
	i := e.pending(ev.File)
	if i < 0 {
		e.queue = append(e.queue, n)
		return
	}
	p := e.queue[i]
	e.queue = slices.Delete(e.queue, i, i+1)
	if p.ev.Kind == Renamed {
		// Split the rename, then merge with the half about this file.
		removed := queued[T]{Event[T]{Kind: Removed, File: p.ev.OldFile, Previous: p.ev.Previous}, false}
		loaded := queued[T]{Event[T]{Kind: Loaded, File: p.ev.File, Value: p.ev.Value}, true}
		if ev.File == p.ev.OldFile {
			e.queue = append(e.queue, loaded)
			p = removed
		} else {
			e.queue = append(e.queue, removed)
			p = loaded
		}
	}
	if m, ok := merge(p, n); ok {
		e.queue = append(e.queue, m)
	}
}

// merge makes one event of p, waiting for the reader, and the newer n about the same file.
// It returns false when together they amount to nothing.
func merge[T any](p, n queued[T]) (queued[T], bool) {
	if n.ev.File == "" { // Failed or Restored
		if p.ev.Kind == Failed && n.ev.Kind == Restored {
			return n, false
		}
		return n, true
	}
	switch {
	case n.ev.Kind == Removed:
		if p.fresh {
			return n, false // the reader never heard of it
		}
		if p.ev.Kind == Removed {
			return p, true
		}
	case p.ev.Kind == Removed:
		// The file came back before the reader heard that it had gone.
		if n.ev.Kind == Loaded {
			n.ev.Kind = Reloaded
		}
		n.ev.Previous = p.ev.Previous
		n.fresh = false
	case p.fresh:
		// The reader has not heard of the file: everything about it is still new.
		if n.ev.Kind == Reloaded {
			var zero T
			n.ev.Kind, n.ev.Previous = Loaded, zero
		}
		n.fresh = true
	case p.ev.Kind == Reloaded && n.ev.Kind == Reloaded:
		n.ev.Previous = p.ev.Previous // what the reader has now
	}
	return n, true
}

// pending returns the index in the queue of the event about the file name, or -1.
func (e *engine[T]) pending(name string) int {
	return slices.IndexFunc(e.queue, func(q queued[T]) bool {
		return q.ev.File == name || q.ev.Kind == Renamed && q.ev.OldFile == name
	})
}

// pop drops the first queued event, which the reader has taken.
func (e *engine[T]) pop() {
	var zero queued[T]
	e.queue[0] = zero // let its values go
	e.queue = e.queue[1:]
	if len(e.queue) == 0 {
		e.queue = nil
	}
}
