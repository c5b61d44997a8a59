package main

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"tsumiki/blocks"
	"tsumiki/blocks/autosave"
	"tsumiki/cmd/tsumiki/ui"
	"tsumiki/examples"
)

// defaultProjectsDir is the projects folder when the -projects flag does not name one: a
// folder of the user's configuration directory, which every desktop has and keeps.
func defaultProjectsDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "tsumiki", "projects")
}

// autosaver writes autosaves in the background, so that a slow disk never holds up a frame:
// the newest project waiting replaces one not yet written, and writes go one at a time.
type autosaver struct {
	folder *autosave.Folder

	mu      sync.Mutex
	cond    *sync.Cond
	pending *saveJob
	writing bool
	closed  bool
	err     error // the last write's error, until read
}

type saveJob struct {
	name string
	p    *blocks.Project
}

func newAutosaver(f *autosave.Folder) *autosaver {
	s := &autosaver{folder: f}
	s.cond = sync.NewCond(&s.mu)
	go s.loop()
	return s
}

func (s *autosaver) loop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		for s.pending == nil && !s.closed {
			s.cond.Wait()
		}
		if s.pending == nil {
			return
		}
		j := *s.pending
		s.pending, s.writing = nil, true
		s.mu.Unlock()
		err := s.folder.Autosave(j.name, j.p)
		s.mu.Lock()
		s.writing = false
		if err != nil {
			s.err = err
		}
		s.cond.Broadcast()
	}
}

// Put queues p to be autosaved as name. p must not change afterwards (see snapshot).
func (s *autosaver) Put(name string, p *blocks.Project) {
	s.mu.Lock()
	s.pending = &saveJob{name, p}
	s.cond.Broadcast()
	s.mu.Unlock()
}

// Wait returns when every queued autosave is written, with the error of a failed one.
func (s *autosaver) Wait() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.pending != nil || s.writing {
		s.cond.Wait()
	}
	err := s.err
	s.err = nil
	return err
}

// TakeErr returns the error of a failed write since the last call, without waiting.
func (s *autosaver) TakeErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.err
	s.err = nil
	return err
}

// Close writes what is queued and stops.
func (s *autosaver) Close() {
	s.mu.Lock()
	s.closed = true
	s.cond.Broadcast()
	s.mu.Unlock()
	s.Wait()
}

// document is the project being edited as the projects folder knows it.
type document struct {
	name    string // its name in the folder
	saved   uint64 // the workspace version last saved
	edited  bool   // changed since it was opened
	offered bool   // recovery has been offered this run
}

// docName picks the folder name for a project opened from elsewhere: its own name, or with
// " (2)", " (3)" … when the folder already has a project or an autosave by that name, so that
// opening a lesson again never writes over the work a child did on it before.
func docName(f *autosave.Folder, proj *blocks.Project, file string) string {
	base, err := autosave.CleanName(proj.Name)
	if err != nil {
		base, err = autosave.CleanName(strings.TrimSuffix(filepath.Base(file), autosave.Ext))
	}
	if err != nil {
		base = "project"
	}
	for i := 1; ; i++ {
		name := base
		if i > 1 {
			name = fmt.Sprintf("%s (%d)", base, i)
		}
		if !exists(f, name+autosave.Ext) && !exists(f, name+autosave.AutosaveExt) {
			return name
		}
	}
}

func exists(f *autosave.Folder, file string) bool {
	_, err := fs.Stat(f.FS(), file)
	return !errors.Is(err, fs.ErrNotExist)
}

// reportAutosave tells the child when an autosave failed, such as when the browser's storage
// is full, so that the work can be saved another way before it is lost.
func (a *App) reportAutosave() {
	if a.saver == nil {
		return
	}
	if err := a.saver.TakeErr(); err != nil {
		log.Printf("autosave: %v", err)
		a.show(blocks.Localize(err, a.lang), true)
	}
}

// autosave queues the project's autosave, once it has been changed.
func (a *App) autosave(p *blocks.Project) {
	if a.saver == nil || a.doc == nil {
		return
	}
	a.doc.edited = true
	a.saver.Put(a.doc.name, p)
}

// save saves the project under the document's name (or beside an unreadable file of that
// name), and removes its autosave, which it now holds.
func (a *App) save() error {
	if a.folder == nil || a.doc == nil || a.bench == nil {
		return nil
	}
	if err := a.saver.Wait(); err != nil {
		log.Printf("autosave: %v", err)
	}
	p := snapshot(a.bench.ws.Project())
	err := a.folder.Save(a.doc.name, p)
	var beside *autosave.SavedBeside
	if errors.As(err, &beside) {
		a.show(blocks.Localize(err, a.lang), false)
		a.doc.name, err = beside.SavedAs, nil
	}
	if _, ok := err.(blocks.Localizer); ok {
		return err // it says what happened in the child's language
	}
	if err != nil {
		return fmt.Errorf("saving %s: %w", a.doc.name, err)
	}
	a.doc.saved = a.bench.ws.Version()
	a.doc.edited = false
	return a.folder.Discard(a.doc.name)
}

// saveAs saves the project under a new name, which becomes the document's.
func (a *App) saveAs(name string) error {
	clean, err := autosave.CleanName(name)
	if err != nil {
		return err
	}
	if a.doc == nil {
		return nil
	}
	old := a.doc.name
	a.doc.name = clean
	if err := a.save(); err != nil {
		a.doc.name = old
		return err
	}
	if old != clean {
		a.folder.Discard(old)
	}
	return nil
}

// saveIfEdited saves a changed project, before another opens or the app closes.
func (a *App) saveIfEdited() {
	if a.doc != nil && a.doc.edited {
		if err := a.save(); err != nil {
			log.Print(err)
		}
	}
}

// folderSource makes a source of a project of the projects folder, whose media files (older
// projects keep some beside them; new ones embed them) are read from the folder.
func (a *App) folderSource(name string, p *blocks.Project) (*source, error) {
	data, err := blocks.Marshal(p)
	if err != nil {
		return nil, err
	}
	return &source{name: name + autosave.Ext, data: data, files: a.folder.FS(), saved: name}, nil
}

// openSaved opens a saved project of the folder. A damaged one is left as it is; its backup
// opens instead when it can be read, and the child is told.
func (a *App) openSaved(name string) {
	p, err := a.folder.Load(name)
	var damaged *autosave.Damaged
	if errors.As(err, &damaged) && damaged.Backup != nil {
		a.show(blocks.Localize(err, a.lang), true)
		p, err = damaged.Backup, nil
		name = docName(a.folder, p, name) // never save over the damaged file
	}
	if err != nil {
		a.fail(name+autosave.Ext, nil, nil, err)
		return
	}
	src, err := a.folderSource(name, p)
	if err != nil {
		a.fail(name+autosave.Ext, nil, nil, err)
		return
	}
	a.load(src)
}

// openLesson opens one of the built-in lessons.
func (a *App) openLesson(file string) {
	data, err := fs.ReadFile(examples.Files, file)
	if err != nil {
		a.fail(file, nil, nil, err)
		return
	}
	a.load(&source{name: file, data: data, files: examples.Files})
}

// newProject opens an empty project: a blank backdrop and Tsumi, as Scratch starts with its cat.
func (a *App) newProject() {
	p := &blocks.Project{
		Format: blocks.FormatVersion,
		Name:   msgUntitled.In(a.lang),
		Stage: blocks.Stage{Contents: blocks.Contents{
			Costumes: []blocks.Media{{Name: "blank", Library: "blank"}},
		}},
		Sprites: []blocks.Sprite{{
			Name: "Tsumi", Size: 100, Direction: 90, Visible: true, RotationStyle: "all around", Layer: 1,
			Contents: blocks.Contents{Costumes: []blocks.Media{{Name: "tsumi-walk1", Library: "tsumi-walk1"}}},
		}},
	}
	data, err := blocks.Marshal(p)
	if err != nil {
		a.fail(p.Name, nil, nil, err)
		return
	}
	a.load(&source{name: p.Name + autosave.Ext, data: data})
}

// offerRecovery offers, once, the newest autosaved work that was never saved: what a crash or a
// power cut left behind.
func (a *App) offerRecovery() {
	if a.folder == nil || a.pop != nil {
		return
	}
	rs, err := a.folder.Recover()
	if err != nil {
		log.Printf("looking for autosaved work: %v", err)
		return
	}
	if len(rs) == 0 {
		return
	}
	r := rs[0]
	for _, x := range rs[1:] {
		if x.Modified.After(r.Modified) {
			r = x
		}
	}
	o := ui.NewConfirm(a.env(), ui.ConfirmOptions{
		Message: msgRecoverTitle.Format(a.lang, r.Name),
		Buttons: []string{msgRecoverLater.In(a.lang), msgRecoverOpen.In(a.lang)},
		Default: 1,
	})
	a.open(o, func(st ui.Status) {
		if st != ui.Done || o.Picked() != 1 {
			return
		}
		src, err := a.folderSource(r.Name, r.Project)
		if err != nil {
			a.fail(r.Name, nil, nil, err)
			return
		}
		a.load(src)
		if a.doc != nil {
			// The recovered work is unsaved: it stays the autosave until it is saved.
			a.doc.edited = true
			a.saver.Put(a.doc.name, snapshot(a.bench.ws.Project()))
		}
	})
}
