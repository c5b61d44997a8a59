package autosave

import (
	"encoding/base64"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"tsumiki/blocks"
)

// StorageError is what a Folder's methods return when the storage under the folder refuses
// to keep or give back a file: the browser's storage is full, or the browser does not let the
// page use it. Its Localize says what to do, in words for a child; Error says it for a log,
// with the storage's own error.
type StorageError struct {
	Op   string // what was being done, in English, such as "saving cat.tsumiki"
	Full bool   // the storage is full; otherwise it cannot be used at all
	Err  error  // the storage's own error
}

func (e *StorageError) Error() string {
	what := "the browser's storage cannot be used"
	if e.Full {
		what = "the browser's storage is full"
	}
	s := what + ": " + e.Err.Error()
	if e.Op != "" {
		s = e.Op + ": " + s
	}
	return s
}

// Unwrap gives the storage's own error.
func (e *StorageError) Unwrap() error { return e.Err }

// Localize says what happened, and what to do, in lang.
func (e *StorageError) Localize(lang blocks.Lang) string {
	if e.Full {
		return msgStorageFull.In(lang)
	}
	return msgStorageOff.In(lang)
}

var (
	msgStorageFull = blocks.NewText(
		"The browser's storage is full, so the project could not be saved in it. "+
			"Save it to the computer instead (File menu, “Save to the computer”).",
		"ブラウザーの保存場所がいっぱいなので、プロジェクトを保存できませんでした。"+
			"かわりにコンピューターに保存してください（「ファイル」メニューの「コンピューターに保存」）。",
		"ブラウザーの ほぞんばしょが いっぱいなので、プロジェクトを ほぞんできませんでした。"+
			"かわりに コンピューターに ほぞんしてください（「ファイル」メニューの「コンピューターに ほぞん」）。")
	msgStorageOff = blocks.NewText(
		"This browser does not let Tsumiki keep projects (its storage is turned off), so work is not saved in it. "+
			"Save the project to the computer (File menu, “Save to the computer”).",
		"このブラウザーでは、つみきはプロジェクトをしまっておけません（保存場所が使えない設定です）。"+
			"プロジェクトはコンピューターに保存してください（「ファイル」メニューの「コンピューターに保存」）。",
		"この ブラウザーでは、つみきは プロジェクトを しまっておけません（ほぞんばしょが つかえない せっていです）。"+
			"プロジェクトは コンピューターに ほぞんしてください（「ファイル」メニューの「コンピューターに ほぞん」）。")
)

// kvStore holds text values under text keys, as the browser's localStorage does: setting a
// key replaces its value whole, at once.
type kvStore interface {
	get(key string) (value string, ok bool, err error)
	set(key, value string) error
	remove(key string) error
	keys() ([]string, error)
}

// kvDisk is a Disk of one folder in a kvStore: the file name is the key under prefix, and the
// value is the file with a header line (see encodeValue). A set replacing one value whole,
// every WriteFile is atomic without any temporary file.
type kvDisk struct {
	kv     kvStore
	prefix string

	mu   sync.Mutex
	last time.Time // the modification time of the last write
}

// stamp returns the modification time of a write: now, but always after the write before,
// since a browser's clock counts only milliseconds and Recover tells which of two files is
// newer by their times.
func (d *kvDisk) stamp() time.Time {
	d.mu.Lock()
	defer d.mu.Unlock()
	t := time.Now().Round(0)
	if !t.After(d.last) {
		t = d.last.Add(time.Nanosecond)
	}
	d.last = t
	return t
}

func (d *kvDisk) load(op, name string) ([]byte, time.Time, error) {
	v, ok, err := d.kv.get(d.prefix + name)
	if err != nil {
		return nil, time.Time{}, withOp(err, op+" "+name)
	}
	if !ok {
		return nil, time.Time{}, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	data, mod := decodeValue(v)
	return data, mod, nil
}

func (d *kvDisk) ReadFile(name string) ([]byte, error) {
	data, _, err := d.load("reading", name)
	return data, err
}

func (d *kvDisk) Stat(name string) (fs.FileInfo, error) {
	data, mod, err := d.load("reading", name)
	if err != nil {
		return nil, err
	}
	return fileInfo{name: name, size: int64(len(data)), mod: mod}, nil
}

func (d *kvDisk) WriteFile(name string, data []byte) error {
	if err := d.kv.set(d.prefix+name, encodeValue(data, d.stamp())); err != nil {
		return withOp(err, "saving "+name)
	}
	return nil
}

func (d *kvDisk) Remove(name string) error {
	_, ok, err := d.kv.get(d.prefix + name)
	if err == nil && !ok {
		return &fs.PathError{Op: "remove", Path: name, Err: fs.ErrNotExist}
	}
	if err == nil {
		err = d.kv.remove(d.prefix + name)
	}
	if err != nil {
		return withOp(err, "removing "+name)
	}
	return nil
}

func (d *kvDisk) ReadDir() ([]fs.FileInfo, error) {
	keys, err := d.kv.keys()
	if err != nil {
		return nil, withOp(err, "listing the projects")
	}
	var infos []fs.FileInfo
	for _, k := range keys {
		name, ok := strings.CutPrefix(k, d.prefix)
		if !ok || name == "" {
			continue
		}
		info, err := d.Stat(name)
		if err != nil {
			if isStorageError(err) {
				return nil, err
			}
			continue // removed since the keys were read
		}
		infos = append(infos, info)
	}
	return infos, nil
}

// withOp names what was being done in a *StorageError that does not say it yet.
func withOp(err error, op string) error {
	if se, ok := err.(*StorageError); ok && se.Op == "" {
		c := *se
		c.Op = op
		return &c
	}
	return err
}

// The header line of a value in a kvStore: the encoding of the file, its modification time in
// Unix nanoseconds and its length in bytes. A file of valid UTF-8, as every project file is,
// is stored as it is, so it can be read in the browser's developer tools; other bytes are
// stored in standard base64, since a JavaScript string cannot hold them.
//
//	tsumiki text 1767225600000000000 1234
//	{ "format": 1, …
const (
	headerMagic = "tsumiki"
	encText     = "text"
	encBase64   = "base64"
)

// encodeValue returns the value storing data, modified at mod.
func encodeValue(data []byte, mod time.Time) string {
	enc, body := encText, string(data)
	if !utf8.Valid(data) {
		enc, body = encBase64, base64.StdEncoding.EncodeToString(data)
	}
	return fmt.Sprintf("%s %s %d %d\n%s", headerMagic, enc, mod.UnixNano(), len(data), body)
}

// decodeValue returns the file stored in v and its modification time. A value without a
// well-formed header, or whose length does not match it, is taken as the file's bytes as
// they are, with no modification time: a project pasted in by hand still opens, and a value
// mangled by hand is read as it is, to be found damaged, never lost.
func decodeValue(v string) ([]byte, time.Time) {
	header, body, ok := strings.Cut(v, "\n")
	if !ok {
		return []byte(v), time.Time{}
	}
	f := strings.Split(header, " ")
	if len(f) != 4 || f[0] != headerMagic {
		return []byte(v), time.Time{}
	}
	nanos, err1 := strconv.ParseInt(f[2], 10, 64)
	size, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil {
		return []byte(v), time.Time{}
	}
	var data []byte
	switch f[1] {
	case encText:
		data = []byte(body)
	case encBase64:
		b, err := base64.StdEncoding.DecodeString(body)
		if err != nil {
			return []byte(v), time.Time{}
		}
		data = b
	default:
		return []byte(v), time.Time{}
	}
	if len(data) != size {
		return []byte(v), time.Time{}
	}
	return data, time.Unix(0, nanos)
}

// MemoryDisk returns an empty Disk in memory, which keeps nothing once the program ends: for
// tests, and for a session that cannot keep anything. It stores its files as the browser's
// storage does.
func MemoryDisk() Disk {
	return &kvDisk{kv: &memStore{m: make(map[string]string)}}
}

// memStore is a kvStore in memory.
type memStore struct {
	mu    sync.Mutex
	m     map[string]string
	quota int // when not 0, the most bytes of keys and values it holds, as a browser's storage has
}

func (s *memStore) get(key string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	return v, ok, nil
}

func (s *memStore) set(key, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.quota > 0 {
		used := len(key) + len(value)
		for k, v := range s.m {
			if k != key {
				used += len(k) + len(v)
			}
		}
		if used > s.quota {
			return &StorageError{Full: true, Err: fmt.Errorf("%d bytes would exceed the quota of %d", used, s.quota)}
		}
	}
	s.m[key] = value
	return nil
}

func (s *memStore) remove(key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, key)
	return nil
}

func (s *memStore) keys() ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := make([]string, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	return keys, nil
}
