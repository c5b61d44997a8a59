// Package autosave keeps a child's projects in the app's projects folder so that no work is
// ever lost: every write is atomic, the previous version is kept, autosaved work survives a
// crash or a power cut, and a file that cannot be read is never overwritten or moved.
//
// # Files in the folder
//
// For a project named N the folder holds
//
//	N.tsumiki           the saved project (what Save writes and Load reads)
//	N.tsumiki.bak       the version saved before it, kept by Save
//	N.autosave.tsumiki  the latest autosave, written on every change, offered by Recover
//	.N….tmp             a write in progress; left behind only by a crash, never read
//
// The .bak and autosave files belong to the folder and are replaced freely; the rule that an
// unreadable file is never overwritten protects the saved projects (N.tsumiki).
//
// # Where the folder is kept
//
// A Folder keeps its files on a Disk, which replaces each file atomically. Open gives a folder
// of the file system: every file is written to a temporary file in the folder, which is
// synced, then renamed over its place, and the folder is synced. A crash at any moment leaves
// either the old complete file or the new complete file, never a mix, and at worst a
// temporary file that nothing reads. Names are cleaned by CleanName, which can never give a
// name starting with a dot, so a temporary file can never be taken for a project.
//
// In a browser, OpenBrowser gives a folder in the page's localStorage, where each file is one
// value whose every write replaces it whole (see OpenBrowser). MemoryDisk keeps a folder in
// memory, for tests and for a session that keeps nothing. When the storage refuses (the
// browser's storage is full, or turned off), the folder's methods return a *StorageError,
// which says in the child's language what to do.
package autosave

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"tsumiki/blocks"
)

// File name endings.
const (
	Ext         = ".tsumiki"          // a saved project
	BackupExt   = ".tsumiki.bak"      // the version before it
	AutosaveExt = ".autosave.tsumiki" // the latest autosave
	tempExt     = ".tmp"              // a write in progress
)

// StaleTemp is how old a temporary file must be before Recover removes it. A write takes
// milliseconds; a temporary file this old was left by a crash, not by a write still going on
// in another copy of the app.
const StaleTemp = 10 * time.Minute

// Folder is the app's projects folder.
type Folder struct {
	disk Disk
	dir  string
	mu   sync.Mutex // one write sequence (read, back up, rename) at a time
}

// Open opens the projects folder dir of the file system, creating it (and its parents) if
// needed.
func Open(dir string) (*Folder, error) {
	if dir == "" {
		return nil, errors.New("autosave: no folder given")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("opening projects folder: %w", err)
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("opening projects folder: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("opening projects folder: %s is not a folder", dir)
	}
	return OpenDisk(dirDisk{dir}, dir), nil
}

// OpenDisk opens the projects folder kept on d. The name is what Dir returns, to show where
// the folder is.
func OpenDisk(d Disk, name string) *Folder {
	return &Folder{disk: d, dir: name}
}

// Dir returns the folder's path, or the name it was opened under by OpenDisk.
func (f *Folder) Dir() string { return f.dir }

// Path returns the path of the saved project name (after CleanName), for showing or opening.
// Only a folder made by Open has its files at a path of the file system.
func (f *Folder) Path(name string) (string, error) {
	base, err := CleanName(name)
	if err != nil {
		return "", err
	}
	return filepath.Join(f.dir, base+Ext), nil
}

// SavedBeside is what Save returns when the file it was asked to replace cannot be read: that
// file is left exactly as it was, and the project was saved, completely and safely, under
// SavedAs instead. The app should tell the child and go on saving under SavedAs.
type SavedBeside struct {
	Name    string // the name asked for
	SavedAs string // the name the project was saved under
	Err     error  // why the file under Name cannot be read (a *blocks.Problem, or an I/O error)
}

func (e *SavedBeside) Error() string { return e.Localize(blocks.English) }

// Unwrap gives the reason the old file cannot be read.
func (e *SavedBeside) Unwrap() error { return e.Err }

// Localize says what happened in lang.
func (e *SavedBeside) Localize(lang blocks.Lang) string {
	return msgSavedBeside.Format(lang, e.Name, blocks.Localize(e.Err, lang), e.SavedAs)
}

// Damaged is what Load returns when a saved project cannot be read. Err says why, naming the
// line (a *blocks.Problem or blocks.Problems, or an I/O error). When the version saved before
// it can be read, Backup holds it, for the app to offer; the damaged file is never touched.
type Damaged struct {
	Name           string
	Err            error
	Backup         *blocks.Project // nil when there is no readable backup
	BackupModified time.Time
}

func (e *Damaged) Error() string { return e.Localize(blocks.English) }

// Unwrap gives the reason the file cannot be read.
func (e *Damaged) Unwrap() error { return e.Err }

// Localize says what is wrong in lang, and whether an earlier version can be opened.
func (e *Damaged) Localize(lang blocks.Lang) string {
	s := msgDamaged.Format(lang, e.Name, blocks.Localize(e.Err, lang))
	if e.Backup != nil {
		s += " " + msgBackupOffered.In(lang)
	}
	return s
}

var (
	msgSavedBeside = blocks.NewText(
		"%q cannot be read (%s), so it was left as it is and your project was saved as %q.",
		"「%s」は読めないので（%s）、そのままにして、「%s」という名前で保存しました。",
		"「%s」は よめないので（%s）、そのままにして、「%s」という なまえで ほぞんしました。")
	msgDamaged = blocks.NewText(
		"%q cannot be read: %s",
		"「%s」を読めません: %s",
		"「%s」を よめません: %s")
	msgBackupOffered = blocks.NewText(
		"The version saved before it can be opened.",
		"その前に保存したものは開けます。",
		"その まえに ほぞんしたものは ひらけます。")
)

// Save saves p as the project name, atomically. A readable project already under that name
// becomes the backup (name.tsumiki.bak). A file under that name that cannot be read is never
// overwritten or moved: p is saved beside it under a new name, and Save returns a
// *SavedBeside saying so (p is safe then; check with errors.As). Saving the same bytes again
// changes nothing, so the backup stays the version before. When the storage refuses, Save
// returns its *StorageError and changes nothing, or at most the backup.
func (f *Folder) Save(name string, p *blocks.Project) error {
	base, err := CleanName(name)
	if err != nil {
		return err
	}
	data, err := blocks.Marshal(p)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()

	cur, err := f.disk.ReadFile(base + Ext)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return f.disk.WriteFile(base+Ext, data)
	case isStorageError(err):
		return err // the storage, not the file, is at fault: nothing to save beside
	case err == nil:
		if _, perr := blocks.Parse(cur); perr != nil {
			err = perr
		}
	}
	if err != nil {
		beside, berr := f.besideName(base)
		if berr != nil {
			return berr
		}
		if werr := f.disk.WriteFile(beside+Ext, data); werr != nil {
			return werr
		}
		return &SavedBeside{Name: base, SavedAs: beside, Err: err}
	}
	if bytes.Equal(cur, data) {
		return nil
	}
	// Copy, not rename, the current version to the backup, so that name.tsumiki exists and is
	// complete at every moment.
	if err := f.disk.WriteFile(base+BackupExt, cur); err != nil {
		return err
	}
	return f.disk.WriteFile(base+Ext, data)
}

// besideName finds a free name "base (2)", "base (3)", … for saving beside an unreadable file.
func (f *Folder) besideName(base string) (string, error) {
	for i := 2; i < 10_000; i++ {
		suffix := fmt.Sprintf(" (%d)", i)
		stem := []rune(base)
		var cand string
		for {
			c, err := CleanName(string(stem) + suffix)
			if err == nil && strings.HasSuffix(c, suffix) {
				cand = c
				break
			}
			if len(stem) == 0 {
				return "", fmt.Errorf("autosave: no name left beside %q", base)
			}
			stem = stem[:len(stem)-1]
		}
		_, err := f.disk.Stat(cand + Ext)
		if errors.Is(err, fs.ErrNotExist) {
			return cand, nil
		}
		if isStorageError(err) {
			return "", err
		}
	}
	return "", fmt.Errorf("autosave: no free name beside %q", base)
}

// Autosave writes p, atomically, to the autosave of name, name.autosave.tsumiki. The saved
// project is never touched, so a crash during an autosave cannot harm it.
func (f *Folder) Autosave(name string, p *blocks.Project) error {
	base, err := CleanName(name)
	if err != nil {
		return err
	}
	data, err := blocks.Marshal(p)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.disk.WriteFile(base+AutosaveExt, data)
}

// Discard removes the autosave of name, once its work is saved or the child declined it.
// There being none is not an error.
func (f *Folder) Discard(name string) error {
	base, err := CleanName(name)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	err = f.disk.Remove(base + AutosaveExt)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// Recovery is autosaved work the app can offer when it starts.
type Recovery struct {
	Name     string          // the project's name
	Project  *blocks.Project // the autosaved project
	Modified time.Time       // when it was autosaved
	Saved    bool            // whether a saved project of that name exists (older, different or unreadable)
}

// Recover lists, sorted by name, the autosaves worth offering: those of projects never saved,
// and those newer than their saved project and different from it (or whose saved project
// cannot be read). An autosave that cannot be read is left alone and not offered. Temporary
// files are never read; those older than StaleTemp, left by a crash, are removed.
func (f *Folder) Recover() ([]Recovery, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	infos, err := f.disk.ReadDir()
	if err != nil {
		return nil, err
	}
	var out []Recovery
	for _, info := range infos {
		fn := info.Name()
		if isTemp(fn) {
			if info.Mode().IsRegular() && time.Since(info.ModTime()) > StaleTemp {
				_ = f.disk.Remove(fn) // cleaning up; one left behind is removed next time
			}
			continue
		}
		base, ok := strings.CutSuffix(fn, AutosaveExt)
		if !ok || !info.Mode().IsRegular() {
			continue
		}
		if c, err := CleanName(base); err != nil || c != base {
			continue
		}
		data, err := f.disk.ReadFile(fn)
		if err != nil {
			continue
		}
		p, err := blocks.Parse(data)
		if err != nil {
			continue
		}
		r := Recovery{Name: base, Project: p, Modified: info.ModTime()}
		if sinfo, err := f.disk.Stat(base + Ext); err == nil {
			r.Saved = true
			saved, rerr := f.disk.ReadFile(base + Ext)
			readable := rerr == nil
			if readable {
				_, perr := blocks.Parse(saved)
				readable = perr == nil
			}
			if readable && (bytes.Equal(saved, data) || !info.ModTime().After(sinfo.ModTime())) {
				continue
			}
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Load reads the saved project name. When it cannot be read, Load returns a *Damaged saying
// why (naming the line) and holding the backup when that can be read. Load never changes a
// file. A project that does not exist gives an error matching fs.ErrNotExist.
func (f *Folder) Load(name string) (*blocks.Project, error) {
	base, err := CleanName(name)
	if err != nil {
		return nil, err
	}
	data, err := f.disk.ReadFile(base + Ext)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if err == nil {
		var p *blocks.Project
		if p, err = blocks.Parse(data); err == nil {
			return p, nil
		}
	}
	d := &Damaged{Name: base, Err: err}
	if bak, berr := f.disk.ReadFile(base + BackupExt); berr == nil {
		if bp, perr := blocks.Parse(bak); perr == nil {
			d.Backup = bp
			if info, serr := f.disk.Stat(base + BackupExt); serr == nil {
				d.BackupModified = info.ModTime()
			}
		}
	}
	return nil, d
}

// Entry is one saved project in the folder.
type Entry struct {
	Name     string
	Modified time.Time
}

// List lists the saved projects, sorted by name: every name.tsumiki whose name is a clean
// name (see CleanName), readable or not. Autosaves, backups and temporary files are not listed.
func (f *Folder) List() ([]Entry, error) {
	infos, err := f.disk.ReadDir()
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, info := range infos {
		fn := info.Name()
		base, ok := strings.CutSuffix(fn, Ext)
		if !ok || isTemp(fn) || strings.HasSuffix(fn, AutosaveExt) || !info.Mode().IsRegular() {
			continue
		}
		if c, err := CleanName(base); err != nil || c != base {
			continue
		}
		out = append(out, Entry{Name: base, Modified: info.ModTime()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// isTemp reports whether fn is a temporary file of a write in progress or cut short.
func isTemp(fn string) bool {
	return strings.HasPrefix(fn, ".") && strings.HasSuffix(fn, tempExt)
}
