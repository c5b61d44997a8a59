package autosave

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// Disk is where a Folder keeps its files: one flat folder of files named by plain file names
// (never paths). It must be safe for concurrent use.
//
// A missing file gives an error matching fs.ErrNotExist. A Disk whose storage refuses (full,
// or turned off) returns a *StorageError, which the Folder passes on as it is.
type Disk interface {
	// ReadFile returns the whole file name.
	ReadFile(name string) ([]byte, error)
	// WriteFile replaces the file name, or makes it, with data, atomically: at every moment,
	// and after a crash at any moment, the file is either as it was or holds all of data.
	// On failure the file is as it was.
	WriteFile(name string, data []byte) error
	// Remove removes the file name, durably.
	Remove(name string) error
	// Stat describes the file name, without following a link.
	Stat(name string) (fs.FileInfo, error)
	// ReadDir describes every file in the folder, in any order.
	ReadDir() ([]fs.FileInfo, error)
}

// dirDisk is a folder of the file system. It writes each file through a temporary file of the
// folder (see the package documentation).
type dirDisk struct{ dir string }

func (d dirDisk) path(name string) string { return filepath.Join(d.dir, name) }

func (d dirDisk) ReadFile(name string) ([]byte, error) { return os.ReadFile(d.path(name)) }

func (d dirDisk) Stat(name string) (fs.FileInfo, error) { return os.Lstat(d.path(name)) }

func (d dirDisk) ReadDir() ([]fs.FileInfo, error) {
	entries, err := os.ReadDir(d.dir)
	if err != nil {
		return nil, err
	}
	infos := make([]fs.FileInfo, 0, len(entries))
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			continue // removed since the folder was read
		}
		infos = append(infos, info)
	}
	return infos, nil
}

func (d dirDisk) Remove(name string) error {
	if err := os.Remove(d.path(name)); err != nil {
		return err
	}
	return d.syncDir()
}

// WriteFile writes through a temporary file: temporary file, sync, rename, sync of the
// folder. On failure the temporary file is removed and name is unchanged.
func (d dirDisk) WriteFile(name string, data []byte) (err error) {
	tmp, err := os.CreateTemp(d.dir, "."+name+".*"+tempExt)
	if err != nil {
		return fmt.Errorf("saving %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("saving %s: %w", name, err)
		}
	}()
	_ = tmp.Chmod(0o644) // CreateTemp makes it 0600; a project is an ordinary document
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), d.path(name)); err != nil {
		return err
	}
	return d.syncDir()
}

// syncDir makes the folder's renames and removals durable.
func (d dirDisk) syncDir() error {
	if runtime.GOOS == "windows" {
		return nil // directories cannot be synced there; NTFS journals renames
	}
	f, err := os.Open(d.dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// fileInfo describes a file of a Disk that has no file system under it.
type fileInfo struct {
	name string
	size int64
	mod  time.Time
}

func (fi fileInfo) Name() string       { return fi.name }
func (fi fileInfo) Size() int64        { return fi.size }
func (fi fileInfo) Mode() fs.FileMode  { return 0o644 }
func (fi fileInfo) ModTime() time.Time { return fi.mod }
func (fi fileInfo) IsDir() bool        { return false }
func (fi fileInfo) Sys() any           { return nil }

// isStorageError reports whether err says that the storage under the folder refused.
func isStorageError(err error) bool {
	var se *StorageError
	return errors.As(err, &se)
}
