package autosave

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"
)

// FS returns the folder's files as a read-only fs.FS, on any Disk: to read the media files a
// project names beside it, or to ask whether a name is taken (fs.Stat). It serves only the
// folder's own regular files: no subfolders, no links, and never the temporary file of a
// write. In a browser it is the only way to the folder's files; Dir and Path name no folder
// of a file system there.
func (f *Folder) FS() fs.FS { return folderFS{f.disk} }

// folderFS is the fs.FS of a Disk.
type folderFS struct{ d Disk }

// lookup describes the file name, or says why the folder does not serve it.
func (fsys folderFS) lookup(op, name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	if strings.Contains(name, "/") || isTemp(name) {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	info, err := fsys.d.Stat(name)
	if err != nil {
		return nil, &fs.PathError{Op: op, Path: name, Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	return info, nil
}

func (fsys folderFS) Stat(name string) (fs.FileInfo, error) {
	if name == "." {
		return dirInfo{}, nil
	}
	return fsys.lookup("stat", name)
}

func (fsys folderFS) ReadFile(name string) ([]byte, error) {
	if name == "." {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	}
	if _, err := fsys.lookup("read", name); err != nil {
		return nil, err
	}
	data, err := fsys.d.ReadFile(name)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return data, nil
}

func (fsys folderFS) Open(name string) (fs.File, error) {
	if name == "." {
		entries, err := fsys.ReadDir(".")
		if err != nil {
			return nil, err
		}
		return &dirFile{entries: entries}, nil
	}
	info, err := fsys.lookup("open", name)
	if err != nil {
		return nil, err
	}
	data, err := fsys.d.ReadFile(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &file{Reader: bytes.NewReader(data), info: fileInfo{name: info.Name(), size: int64(len(data)), mod: info.ModTime()}}, nil
}

func (fsys folderFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		if _, err := fsys.lookup("readdir", name); err != nil {
			return nil, err
		}
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	infos, err := fsys.d.ReadDir()
	if err != nil {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: err}
	}
	var entries []fs.DirEntry
	for _, info := range infos {
		if n := info.Name(); info.Mode().IsRegular() && !isTemp(n) && fs.ValidPath(n) && !strings.Contains(n, "/") {
			entries = append(entries, fs.FileInfoToDirEntry(info))
		}
	}
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, nil
}

// file is an open file of a folderFS: its bytes, read whole when it was opened.
type file struct {
	*bytes.Reader
	info fileInfo
}

func (f *file) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *file) Close() error               { return nil }

// dirFile is the folder itself, opened.
type dirFile struct {
	entries []fs.DirEntry
	next    int
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return dirInfo{}, nil }
func (d *dirFile) Close() error               { return nil }

func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: ".", Err: errors.New("is a directory")}
}

func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.next:]
	if n <= 0 {
		d.next = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	rest = rest[:min(n, len(rest))]
	d.next += len(rest)
	return rest, nil
}

// dirInfo describes the folder itself.
type dirInfo struct{}

func (dirInfo) Name() string       { return "." }
func (dirInfo) Size() int64        { return 0 }
func (dirInfo) Mode() fs.FileMode  { return fs.ModeDir | 0o755 }
func (dirInfo) ModTime() time.Time { return time.Time{} }
func (dirInfo) IsDir() bool        { return true }
func (dirInfo) Sys() any           { return nil }
