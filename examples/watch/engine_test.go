package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// These tests drive the engine as the watcher's loop does, with a fake folder, made-up times
// and the events fsnotify would send, so every timing is exact.

const dir = "lessons"

// fakeFolder is a folder in memory. Its files hold text; a file whose text starts with "bad"
// does not parse.
type fakeFolder struct {
	files   map[string]string
	missing bool // the folder itself is gone
}

func (f *fakeFolder) list() ([]string, error) {
	if f.missing {
		return nil, fs.ErrNotExist
	}
	return slices.Sorted(maps.Keys(f.files)), nil
}

func (f *fakeFolder) read(name string) ([]byte, error) {
	text, ok := f.files[name]
	if f.missing || !ok {
		return nil, fs.ErrNotExist
	}
	return []byte(text), nil
}

func parseText(name string, data []byte) (string, error) {
	if strings.HasPrefix(string(data), "bad") {
		return "", fmt.Errorf("line 2: %s is bad", name)
	}
	return string(data), nil
}

// rig runs an engine on a fake folder and a fake clock.
type rig struct {
	t       *testing.T
	fs      *fakeFolder
	e       *engine[string]
	start   time.Time
	now     time.Time
	rewatch int // calls of rewatch
}

func newRig(t *testing.T, files map[string]string) *rig {
	t.Helper()
	r := &rig{t: t, fs: &fakeFolder{files: files}}
	if r.fs.files == nil {
		r.fs.files = make(map[string]string)
	}
	r.e = newEngine(dir, folder(r.fs), parseText, func() error {
		r.rewatch++
		if r.fs.missing {
			return fs.ErrNotExist
		}
		return nil
	})
	r.start = time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	r.now = r.start
	r.e.begin(r.now)
	return r
}

// op sends an event of the file system about name.
func (r *rig) op(op fsnotify.Op, name string) {
	r.e.notice(fsnotify.Event{Name: filepath.Join(dir, name), Op: op}, r.now)
}

// write writes a file as a plain editor does, truncating it and writing it.
func (r *rig) write(name, text string) {
	_, had := r.fs.files[name]
	r.fs.files[name] = text
	if !had {
		r.op(fsnotify.Create, name)
	}
	r.op(fsnotify.Write, name)
}

func (r *rig) remove(name string) {
	delete(r.fs.files, name)
	r.op(fsnotify.Remove, name)
}

func (r *rig) rename(from, to string) {
	r.fs.files[to] = r.fs.files[from]
	delete(r.fs.files, from)
	r.op(fsnotify.Rename, from)
	r.op(fsnotify.Create, to)
}

// advance moves the clock on by d, running the engine at each moment it asked to be woken,
// as the watcher's loop does.
func (r *rig) advance(d time.Duration) {
	end := r.now.Add(d)
	for {
		t, ok := r.e.due()
		if !ok || t.After(end) {
			break
		}
		if t.After(r.now) {
			r.now = t
		}
		r.e.run(r.now)
	}
	r.now = end
}

// take returns the queued events, described, as a reader would take them.
func (r *rig) take() []string {
	var got []string
	for len(r.e.queue) > 0 {
		got = append(got, describe(r.e.queue[0].ev))
		r.e.pop()
	}
	return got
}

// expect checks the events the reader would take now.
func (r *rig) expect(want ...string) {
	r.t.Helper()
	got := r.take()
	if !slices.Equal(got, want) {
		r.t.Errorf("at +%v: events\n\t%s\nwant\n\t%s", r.now.Sub(r.start),
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func describe(ev Event[string]) string {
	s := ev.Kind.String()
	switch {
	case ev.OldFile != "":
		s += " " + ev.OldFile + "→" + ev.File
	case ev.File != "":
		s += " " + ev.File
	}
	if ev.Value != "" {
		s += " =" + ev.Value
	}
	if ev.Previous != "" {
		s += " was " + ev.Previous
	}
	if ev.Err != nil {
		var fe *FolderError
		if errors.As(ev.Err, &fe) {
			s += " folder gone"
		} else {
			s += " err " + ev.Err.Error()
		}
	}
	return s
}

func TestBeginReadsLessonsInNameOrder(t *testing.T) {
	r := newRig(t, map[string]string{
		"b.json":             "B",
		"a.tsumiki":          "A",
		"c.json":             "bad C",
		".a.json.swp":        "swap",
		"a.json~":            "backup",
		"notes.txt":          "notes",
		"a.autosave.tsumiki": "autosave",
		"arrows.inputs.json": "inputs",
	})
	r.expect("Loaded a.tsumiki =A", "Loaded b.json =B", "Invalid c.json err line 2: c.json is bad")
	r.advance(time.Hour)
	r.expect()
}

func TestBurstIsOneReloadAfterQuiet(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1"})
	r.expect("Loaded a.json =v1")
	for i := range 3 { // an editor writing in pieces, 100 ms apart
		r.write("a.json", strings.Repeat("x", i))
		r.advance(100 * time.Millisecond)
	}
	r.write("a.json", "v2")
	r.expect()
	if due, _ := r.e.due(); due != r.now.Add(quietTime) {
		t.Errorf("due at +%v, want quiet time after the last event", due.Sub(r.now))
	}
	r.advance(quietTime - time.Millisecond)
	r.expect()
	r.advance(time.Millisecond)
	r.expect("Reloaded a.json =v2 was v1")
}

func TestBusyFolderFlushesAfterMaxDelay(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1"})
	r.expect("Loaded a.json =v1")
	first := r.now
	for i := range 10 {
		r.write("a.json", fmt.Sprint("v", i+2))
		r.advance(100 * time.Millisecond)
		if got := r.take(); len(got) > 0 {
			if at := r.now.Sub(first); at < maxDelay || at >= maxDelay+100*time.Millisecond {
				t.Errorf("flushed at +%v, want soon after %v", at, maxDelay)
			}
			if want := []string{"Reloaded a.json =v7 was v1"}; !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
			return
		}
	}
	t.Error("a folder that is never quiet was never read")
}

func TestSameBytesGiveNoEvent(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1"})
	r.expect("Loaded a.json =v1")
	r.write("a.json", "v1")
	r.op(fsnotify.Chmod, "a.json")
	r.advance(time.Second)
	r.expect()
}

func TestChmodOtherFoldersAndOtherFilesAreIgnored(t *testing.T) {
	r := newRig(t, nil)
	r.op(fsnotify.Chmod, "a.json")
	r.e.notice(fsnotify.Event{Name: filepath.Join(dir, "sub", "a.json"), Op: fsnotify.Write}, r.now)
	r.e.notice(fsnotify.Event{Name: filepath.Join("other", "a.json"), Op: fsnotify.Write}, r.now)
	r.write("notes.txt", "hello")
	if due, ok := r.e.due(); ok {
		t.Errorf("engine wants to run at +%v for events it should ignore", due.Sub(r.now))
	}
}

func TestInvalidKeepsLastGoodValue(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1"})
	r.expect("Loaded a.json =v1")
	r.write("a.json", "bad edit")
	r.advance(time.Second)
	r.expect("Invalid a.json was v1 err line 2: a.json is bad")
	r.write("a.json", "bad again")
	r.advance(time.Second)
	r.expect("Invalid a.json was v1 err line 2: a.json is bad")
	r.write("a.json", "v3")
	r.advance(time.Second)
	r.expect("Reloaded a.json =v3 was v1")
	if got := r.e.files["a.json"].good; got != "v3" {
		t.Errorf("last good value %q, want v3", got)
	}
}

// TestEditorSaves imitates each way editors save a file. Each must give one reload.
func TestEditorSaves(t *testing.T) {
	const ms = time.Millisecond
	saves := []struct {
		name string
		save func(r *rig)
	}{
		{"truncate then write", func(r *rig) {
			r.write("a.json", "")
			r.advance(20 * ms)
			r.write("a.json", "v2")
		}},
		{"temporary file renamed over", func(r *rig) { // gedit, JetBrains, many tools
			r.write(".goutputstream-X1", "v2")
			r.advance(5 * ms)
			r.fs.files["a.json"] = r.fs.files[".goutputstream-X1"]
			delete(r.fs.files, ".goutputstream-X1")
			r.op(fsnotify.Rename, ".goutputstream-X1")
			r.op(fsnotify.Create, "a.json")
		}},
		{"temporary lesson file renamed over", func(r *rig) { // a temporary name the watcher reads
			r.write("a.tmp123.json", "v2")
			r.advance(5 * ms)
			r.fs.files["a.json"] = r.fs.files["a.tmp123.json"]
			delete(r.fs.files, "a.tmp123.json")
			r.op(fsnotify.Rename, "a.tmp123.json")
			r.op(fsnotify.Create, "a.json")
		}},
		{"vim backup dance", func(r *rig) { // rename to a backup, write anew, remove the backup
			r.rename("a.json", "a.json~")
			r.write("a.json", "v2")
			r.remove("a.json~")
		}},
		{"delete then create", func(r *rig) {
			r.remove("a.json")
			r.advance(50 * ms)
			r.write("a.json", "v2")
		}},
		{"delete then create after a pause", func(r *rig) { // past quiet, within grace
			r.remove("a.json")
			r.advance(quietTime + 200*ms)
			r.write("a.json", "v2")
		}},
	}
	for _, s := range saves {
		t.Run(s.name, func(t *testing.T) {
			r := newRig(t, map[string]string{"a.json": "v1", "b.json": "B"})
			r.take()
			s.save(r)
			r.advance(2 * time.Second)
			r.expect("Reloaded a.json =v2 was v1")
		})
	}
}

func TestRemovedAfterGrace(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1"})
	r.expect("Loaded a.json =v1")
	r.remove("a.json")
	r.advance(quietTime + graceTime - time.Millisecond)
	r.expect()
	r.advance(time.Millisecond)
	r.expect("Removed a.json was v1")
	if len(r.e.files) != 0 {
		t.Errorf("engine still keeps %d files", len(r.e.files))
	}
}

func TestRenamed(t *testing.T) {
	t.Run("in one burst", func(t *testing.T) {
		r := newRig(t, map[string]string{"a.json": "v1"})
		r.take()
		r.rename("a.json", "b.json")
		r.advance(quietTime)
		r.expect("Renamed a.json→b.json =v1 was v1")
		r.advance(time.Hour)
		r.expect()
	})
	t.Run("halves apart", func(t *testing.T) {
		r := newRig(t, map[string]string{"a.json": "v1"})
		r.take()
		r.fs.files["b.json"] = r.fs.files["a.json"]
		delete(r.fs.files, "a.json")
		r.op(fsnotify.Rename, "a.json")
		r.advance(quietTime + 100*time.Millisecond)
		r.op(fsnotify.Create, "b.json")
		r.advance(time.Second)
		r.expect("Renamed a.json→b.json =v1 was v1")
	})
	t.Run("to a name that is not a lesson", func(t *testing.T) {
		r := newRig(t, map[string]string{"a.json": "v1"})
		r.take()
		r.rename("a.json", "a.json.old")
		r.advance(time.Second)
		r.expect("Removed a.json was v1")
	})
	t.Run("from a name that is not a lesson", func(t *testing.T) {
		r := newRig(t, map[string]string{"a.txt": "v1"})
		r.rename("a.txt", "a.json")
		r.advance(time.Second)
		r.expect("Loaded a.json =v1")
	})
	t.Run("and changed at once", func(t *testing.T) {
		r := newRig(t, map[string]string{"a.json": "v1"})
		r.take()
		r.rename("a.json", "b.json")
		r.write("b.json", "v2")
		r.advance(time.Second)
		r.expect("Loaded b.json =v2", "Removed a.json was v1")
	})
}

func TestFolderRemovedThenBack(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1", "b.json": "B", "c.json": "C"})
	r.take()
	for _, name := range []string{"a.json", "b.json", "c.json"} {
		r.remove(name)
	}
	r.fs.missing = true
	r.e.notice(fsnotify.Event{Name: dir, Op: fsnotify.Remove}, r.now)
	r.advance(quietTime)
	r.expect("Failed folder gone")
	r.advance(10 * time.Second) // looked for every second, said once
	r.expect()
	if r.rewatch < 10 {
		t.Errorf("folder looked for %d times in 10 s, want every second", r.rewatch)
	}
	r.fs.missing = false
	r.fs.files = map[string]string{"a.json": "v2", "b.json": "B", "d.json": "D"}
	r.advance(retryTime)
	r.expect("Restored", "Reloaded a.json =v2 was v1", "Loaded d.json =D")
	r.advance(graceTime)
	r.expect("Removed c.json was C")
}

func TestFolderReplacedAtOnce(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1", "b.json": "B"})
	r.take()
	// The folder was moved away and another put in its place, with no event for its files.
	r.fs.files = map[string]string{"a.json": "v2", "b.json": "B"}
	r.e.notice(fsnotify.Event{Name: dir, Op: fsnotify.Rename}, r.now)
	r.advance(quietTime)
	r.expect("Reloaded a.json =v2 was v1")
	if r.rewatch != 1 {
		t.Errorf("folder watched again %d times, want 1", r.rewatch)
	}
}

func TestWatcherErrors(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1"})
	r.take()
	r.fs.files["a.json"] = "v2" // missed in an overflow
	r.fs.files["b.json"] = "B"
	r.e.fail(fsnotify.ErrEventOverflow, r.now)
	r.advance(quietTime)
	r.expect("Reloaded a.json =v2 was v1", "Loaded b.json =B")
	r.fs.files["a.json"] = "v3"
	r.e.fail(errors.New("short read"), r.now)
	r.advance(quietTime)
	r.expect("Failed err watching lessons folder: short read", "Reloaded a.json =v3 was v2")
}

func TestListingCatchesMissedEvents(t *testing.T) {
	r := newRig(t, map[string]string{"a.json": "v1"})
	r.take()
	r.fs.files["b.json"] = "B" // created with no event
	r.write("c.json", "C")
	r.advance(quietTime)
	r.expect("Loaded b.json =B", "Loaded c.json =C")
}

// TestSlowReader checks how events wait for a reader that does not take them: at most one a
// file, merged so that the reader learns each file's latest state.
func TestSlowReader(t *testing.T) {
	step := func(r *rig, f func()) {
		f()
		r.advance(time.Second)
	}
	cases := []struct {
		name  string
		files map[string]string
		do    func(r *rig)
		want  []string
	}{
		{"loaded then reloaded", nil, func(r *rig) {
			step(r, func() { r.write("a.json", "v1") })
			step(r, func() { r.write("a.json", "v2") })
		}, []string{"Loaded a.json =v2"}},
		{"loaded then removed", nil, func(r *rig) {
			step(r, func() { r.write("a.json", "v1") })
			step(r, func() { r.remove("a.json") })
		}, nil},
		{"invalid new file then removed", nil, func(r *rig) {
			step(r, func() { r.write("a.json", "bad") })
			step(r, func() { r.remove("a.json") })
		}, nil},
		{"loaded then invalid", nil, func(r *rig) {
			step(r, func() { r.write("a.json", "v1") })
			step(r, func() { r.write("a.json", "bad") })
		}, []string{"Invalid a.json was v1 err line 2: a.json is bad"}},
		{"reloaded twice", map[string]string{"a.json": "v1"}, func(r *rig) {
			step(r, func() { r.write("a.json", "v2") })
			step(r, func() { r.write("a.json", "v3") })
		}, []string{"Reloaded a.json =v3 was v1"}},
		{"reloaded then invalid", map[string]string{"a.json": "v1"}, func(r *rig) {
			step(r, func() { r.write("a.json", "v2") })
			step(r, func() { r.write("a.json", "bad") })
		}, []string{"Invalid a.json was v2 err line 2: a.json is bad"}},
		{"removed then back", map[string]string{"a.json": "v1"}, func(r *rig) {
			step(r, func() { r.remove("a.json") })
			step(r, func() { r.write("a.json", "v2") })
		}, []string{"Reloaded a.json =v2 was v1"}},
		{"renamed then edited", map[string]string{"a.json": "v1"}, func(r *rig) {
			step(r, func() { r.rename("a.json", "b.json") })
			step(r, func() { r.write("b.json", "v2") })
		}, []string{"Removed a.json was v1", "Loaded b.json =v2"}},
		{"edited then renamed", map[string]string{"a.json": "v1"}, func(r *rig) {
			step(r, func() { r.write("a.json", "v2") })
			step(r, func() { r.rename("a.json", "b.json") })
		}, []string{"Removed a.json was v2", "Loaded b.json =v2"}},
		{"folder lost and back", map[string]string{"a.json": "v1"}, func(r *rig) {
			r.fs.missing = true
			step(r, func() { r.e.notice(fsnotify.Event{Name: dir, Op: fsnotify.Remove}, r.now) })
			r.fs.missing = false
			r.advance(retryTime)
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := newRig(t, c.files)
			r.take()
			c.do(r)
			r.expect(c.want...)
		})
	}
}

func TestQueueHoldsOneEventAFile(t *testing.T) {
	r := newRig(t, nil)
	for i := range 1000 {
		name := fmt.Sprintf("%c.json", 'a'+i%3)
		switch i % 7 {
		case 3:
			r.write(name, "bad")
		case 5:
			r.remove(name)
		default:
			r.write(name, fmt.Sprint("v", i))
		}
		r.advance(time.Second)
		if n := len(r.e.queue); n > 3 {
			t.Fatalf("after %d saves, %d events wait for the reader, want at most 3", i+1, n)
		}
	}
	got := r.take()
	// The reader learns the last state of each file, whatever happened before.
	want := map[string]string{}
	for name, text := range r.fs.files {
		want[name] = text
	}
	for _, ev := range got {
		if !strings.HasPrefix(ev, "Loaded") && !strings.HasPrefix(ev, "Invalid") {
			t.Errorf("reader who never looked got %q, want only Loaded or Invalid", ev)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %q for files %v", got, want)
	}
}

// lockedFolder is a fakeFolder that the test writes while the watcher's loop reads it.
type lockedFolder struct {
	mu sync.Mutex
	f  fakeFolder
}

func (l *lockedFolder) list() ([]string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.f.list()
}

func (l *lockedFolder) read(name string) ([]byte, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.f.read(name)
}

func (l *lockedFolder) write(name, text string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.f.files[name] = text
}

// fakeClock is a clock whose timers fire only when the test says. Each timer the watcher's
// loop asks for is handed to the test on timers.
type fakeClock struct {
	mu     sync.Mutex
	t      time.Time
	timers chan fakeTimer
}

type fakeTimer struct {
	d time.Duration
	c chan time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) after(d time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.timers <- fakeTimer{d, ch}
	return ch
}

// fire waits for the loop to ask for a timer, checks how long it asked for, moves the clock
// on by that and fires it.
func (c *fakeClock) fire(t *testing.T, want time.Duration) {
	t.Helper()
	var tm fakeTimer
	select {
	case tm = <-c.timers:
	case <-time.After(5 * time.Second):
		t.Fatal("the loop asked for no timer")
	}
	if tm.d != want {
		t.Errorf("timer for %v, want %v", tm.d, want)
	}
	c.mu.Lock()
	c.t = c.t.Add(tm.d)
	now := c.t
	c.mu.Unlock()
	tm.c <- now
}

// TestLoopWithFakeClock runs the watcher's loop on synthetic events and a fake clock: a
// save waits for the quiet time, and a reader that does not read gets one merged event.
func TestLoopWithFakeClock(t *testing.T) {
	fsys := &lockedFolder{f: fakeFolder{files: map[string]string{"a.json": "v1"}}}
	e := newEngine(dir, folder(fsys), parseText, func() error { return nil })
	fc := &fakeClock{t: time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC), timers: make(chan fakeTimer, 16)}
	evs := make(chan fsnotify.Event)
	w := start(dir, e, clock{now: fc.now, after: fc.after}, evs, make(chan error), nil)
	defer w.Close()

	next := func() string {
		t.Helper()
		select {
		case ev := <-w.Events():
			return describe(ev)
		case <-time.After(5 * time.Second):
			t.Fatal("no event")
		}
		return ""
	}
	if got := next(); got != "Loaded a.json =v1" {
		t.Fatalf("got %q", got)
	}
	save := func(text string) {
		fsys.write("a.json", text)
		evs <- fsnotify.Event{Name: filepath.Join(dir, "a.json"), Op: fsnotify.Write}
		fc.fire(t, quietTime)
	}
	save("v2")
	if got := next(); got != "Reloaded a.json =v2 was v1" {
		t.Fatalf("got %q", got)
	}
	// Nobody reads while two more saves are made: the reader then gets the latest.
	save("bad")
	save("v3")
	if got := next(); got != "Reloaded a.json =v3 was v2" {
		t.Fatalf("got %q", got)
	}
}
