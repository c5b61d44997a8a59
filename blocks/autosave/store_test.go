package autosave

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"tsumiki/blocks"
)

// TestValueEncoding: a file and its modification time come back exactly from a value, text
// as it is and other bytes in base64; a value without a good header is the file as it is.
func TestValueEncoding(t *testing.T) {
	mod := time.Date(2026, 1, 2, 3, 4, 5, 678_901_234, time.UTC)
	for _, tt := range []struct {
		name, data, enc string
	}{
		{"empty", "", encText},
		{"json", `{"name": "ねこ 🐱"}` + "\n", encText},
		{"lines", "a\nb\r\n\x00c", encText},
		{"not utf-8", "\xff\xfe\x00png\x89", encBase64},
		{"cut rune", "あ"[:2], encBase64},
	} {
		v := encodeValue([]byte(tt.data), mod)
		header, body, _ := strings.Cut(v, "\n")
		if f := strings.Fields(header); len(f) != 4 || f[0] != headerMagic || f[1] != tt.enc {
			t.Errorf("%s: header %q, want encoding %s", tt.name, header, tt.enc)
		}
		if tt.enc == encText && body != tt.data {
			t.Errorf("%s: text stored as %q, not as it is", tt.name, body)
		}
		data, mt := decodeValue(v)
		if string(data) != tt.data || !mt.Equal(mod) {
			t.Errorf("%s: decoded %q, %v; want %q, %v", tt.name, data, mt, tt.data, mod)
		}
	}

	// Values not written by a kvDisk are files as they are, with no modification time.
	for _, v := range []string{
		`{"format": 1}`,
		"no header\n{}",
		"tsumiki text 12 99\n{}",          // the length does not match
		"tsumiki text x 2\n{}",            // no time
		"tsumiki gzip 12 2\n{}",           // an encoding it does not know
		"tsumiki base64 12 3\n!!!!",       // not base64
		"tsumiki text 12 2 extra\n{}",     // a field too many
		"tsumiki  text 12 2\n{}",          // two spaces
		"tsumiki text 1767225600 2\r\n{}", // the size is "2\r"
	} {
		data, mt := decodeValue(v)
		if string(data) != v || !mt.IsZero() {
			t.Errorf("decodeValue(%q) = %q, %v; want the value as it is", v, data, mt)
		}
	}
}

// TestMemoryDiskKeepsText: project files are kept as they are, after a one-line header.
func TestMemoryDiskKeepsText(t *testing.T) {
	d := MemoryDisk().(*kvDisk)
	f := OpenDisk(d, "memory")
	if f.Dir() != "memory" {
		t.Errorf("Dir = %q", f.Dir())
	}
	before := time.Now()
	if err := f.Autosave("ねこ", makeProject(1)); err != nil {
		t.Fatal(err)
	}
	v, ok, _ := d.kv.get("ねこ" + AutosaveExt)
	if !ok {
		t.Fatal("no value under the file's name")
	}
	header, body, _ := strings.Cut(v, "\n")
	if !strings.HasPrefix(header, "tsumiki text ") || body != string(mustMarshal(t, makeProject(1))) {
		t.Errorf("value %.60q… is not a header line and the file as it is", v)
	}
	info, err := d.Stat("ねこ" + AutosaveExt)
	if err != nil {
		t.Fatal(err)
	}
	if info.ModTime().Before(before) || info.Size() != int64(len(body)) || !info.Mode().IsRegular() {
		t.Errorf("Stat = %v, %d, %v", info.ModTime(), info.Size(), info.Mode())
	}
	// Each write is later than the one before, however coarse the clock.
	for n := range 50 {
		if err := d.WriteFile(fmt.Sprint(n), nil); err != nil {
			t.Fatal(err)
		}
	}
	prev := info.ModTime()
	for n := range 50 {
		info, err := d.Stat(fmt.Sprint(n))
		if err != nil {
			t.Fatal(err)
		}
		if !info.ModTime().After(prev) {
			t.Fatalf("write %d: modified %v, not after %v", n, info.ModTime(), prev)
		}
		prev = info.ModTime()
	}
	if _, err := d.Stat("いぬ.tsumiki"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Stat of nothing: %v", err)
	}
	if err := d.Remove("いぬ.tsumiki"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Remove of nothing: %v", err)
	}
}

// TestStorageFull: when the storage is full, writes fail with a *StorageError that tells the
// child what to do, and every file stays as it was.
func TestStorageFull(t *testing.T) {
	d := MemoryDisk().(*kvDisk)
	store := d.kv.(*memStore)
	f := OpenDisk(d, "memory")
	if err := f.Save("ねこ", makeProject(1)); err != nil {
		t.Fatal(err)
	}
	if err := f.Autosave("ねこ", makeProject(2)); err != nil {
		t.Fatal(err)
	}
	v1, v2 := mustMarshal(t, makeProject(1)), mustMarshal(t, makeProject(2))
	used := 0
	for k, v := range store.m {
		used += len(k) + len(v)
	}
	store.quota = used + 100 // no room for another copy of the project

	checkFull := func(what string, err error, op string) {
		t.Helper()
		var se *StorageError
		if !errors.As(err, &se) || !se.Full {
			t.Fatalf("%s: %v (%T); want a *StorageError of a full storage", what, err, err)
		}
		if _, ok := err.(*StorageError); !ok {
			t.Errorf("%s: the *StorageError is wrapped in %T, where blocks.Localize cannot find it", what, err)
		}
		if msg := err.Error(); !strings.Contains(msg, op) || !strings.Contains(msg, "full") || !strings.Contains(msg, "quota") {
			t.Errorf("%s: log message %q should say what was done (%s), that the storage is full, and why", what, msg, op)
		}
		for lang, want := range map[blocks.Lang]string{
			blocks.English:  "Save to the computer",
			blocks.Japanese: "いっぱい",
			blocks.Hiragana: "ほぞんできませんでした",
		} {
			if msg := blocks.Localize(err, lang); !strings.Contains(msg, want) {
				t.Errorf("%s: message in %v %q should contain %q", what, lang, msg, want)
			}
		}
	}
	checkFull("Autosave", f.Autosave("ねこ", makeProject(3)), "saving ねこ.autosave.tsumiki")
	checkFull("Save", f.Save("ねこ", makeProject(3)), "saving ねこ.tsumiki.bak")
	checkFull("Save of a new project", f.Save("いぬ", makeProject(3)), "saving いぬ.tsumiki")

	p, err := f.Load("ねこ")
	if err != nil {
		t.Fatal(err)
	}
	sameProject(t, makeProject(1), p)
	auto, _, _ := d.kv.get("ねこ" + AutosaveExt)
	if data, _ := decodeValue(auto); !bytes.Equal(data, v2) {
		t.Error("the autosave changed")
	}
	for _, fn := range []string{"ねこ" + BackupExt, "いぬ" + Ext} {
		if _, ok, _ := d.kv.get(fn); ok {
			t.Errorf("%s was written", fn)
		}
	}
	if recs, err := f.Recover(); err != nil || len(recs) != 1 || recs[0].Name != "ねこ" {
		t.Errorf("Recover = %v, %v", recs, err)
	}

	// Removing the autosave makes room again.
	if err := f.Discard("ねこ"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save("ねこ", makeProject(2)); err != nil {
		t.Fatal(err)
	}
	bak, _, _ := d.kv.get("ねこ" + BackupExt)
	if data, _ := decodeValue(bak); !bytes.Equal(data, v1) {
		t.Error("the backup is not the version before")
	}
}

// failingStore is a kvStore that the browser does not let the page use.
type failingStore struct{}

var errDenied = errors.New("SecurityError: access is denied for this document")

func (failingStore) get(string) (string, bool, error) {
	return "", false, &StorageError{Err: errDenied}
}
func (failingStore) set(string, string) error { return &StorageError{Err: errDenied} }
func (failingStore) remove(string) error      { return &StorageError{Err: errDenied} }
func (failingStore) keys() ([]string, error)  { return nil, &StorageError{Err: errDenied} }

// TestStorageUnavailable: when the storage cannot be used at all, every method says so with a
// *StorageError, and Save does not go looking for a name to save beside.
func TestStorageUnavailable(t *testing.T) {
	f := OpenDisk(&kvDisk{kv: failingStore{}, prefix: "p/"}, "nowhere")
	check := func(what string, err error) {
		t.Helper()
		var se *StorageError
		if !errors.As(err, &se) || se.Full || !errors.Is(err, errDenied) {
			t.Errorf("%s: %v (%T); want a *StorageError of unusable storage", what, err, err)
			return
		}
		if msg := blocks.Localize(se, blocks.Hiragana); !strings.Contains(msg, "つかえない") {
			t.Errorf("%s: hiragana message %q", what, msg)
		}
		if msg := blocks.Localize(se, blocks.English); !strings.Contains(msg, "does not let") {
			t.Errorf("%s: English message %q", what, msg)
		}
	}
	err := f.Save("cat", makeProject(1))
	check("Save", err)
	var sb *SavedBeside
	if errors.As(err, &sb) {
		t.Errorf("Save saved beside a file it could not read for want of storage: %v", err)
	}
	if _, ok := err.(*StorageError); !ok {
		t.Errorf("Save: %T, not the *StorageError itself", err)
	}
	check("Autosave", f.Autosave("cat", makeProject(1)))
	check("Discard", f.Discard("cat"))
	_, err = f.Recover()
	check("Recover", err)
	_, err = f.List()
	check("List", err)
	_, err = f.Load("cat")
	check("Load", err)
	var dm *Damaged
	if !errors.As(err, &dm) || dm.Backup != nil {
		t.Errorf("Load: %v; want a *Damaged saying why", err)
	}
}

// TestFS: the folder's files as an fs.FS, on every kind of Disk, without its temporary files.
func TestFS(t *testing.T) {
	eachDisk(t, func(t *testing.T, d testDisk) {
		f := d.open(t)
		if err := f.Save("ねこ", makeProject(1)); err != nil {
			t.Fatal(err)
		}
		if err := f.Save("ねこ", makeProject(2)); err != nil {
			t.Fatal(err)
		}
		if err := f.Autosave("ねこ", makeProject(3)); err != nil {
			t.Fatal(err)
		}
		png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff")
		d.write(t, "cat.png", png)
		d.write(t, ".cat.png.123.tmp", []byte("half"))
		d.write(t, "a b.wav", nil)
		fsys := f.FS()
		if err := fstest.TestFS(fsys, "ねこ.tsumiki", "ねこ.tsumiki.bak", "ねこ.autosave.tsumiki", "cat.png", "a b.wav"); err != nil {
			t.Fatal(err)
		}
		if got, err := fs.ReadFile(fsys, "cat.png"); err != nil || !bytes.Equal(got, png) {
			t.Errorf("ReadFile(cat.png) = %q, %v", got, err)
		}
		for _, name := range []string{".cat.png.123.tmp", "dog.png", "sub/cat.png"} {
			if _, err := fs.Stat(fsys, name); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Stat(%q): %v; want fs.ErrNotExist", name, err)
			}
		}
		for _, name := range []string{"../cat.png", "/cat.png", "./cat.png", ""} {
			if _, err := fsys.Open(name); !errors.Is(err, fs.ErrInvalid) {
				t.Errorf("Open(%q): %v; want fs.ErrInvalid", name, err)
			}
		}
	})
}

// TestFSOfDirServesOnlyItsFiles: on the file system, neither a subfolder nor a link is served,
// so a link cannot lead out of the folder.
func TestFSOfDirServesOnlyItsFiles(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	if err := os.WriteFile(secret, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "link.png")); err != nil {
		t.Skipf("no links here: %v", err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "cat.png"), []byte("png"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cat.png"), []byte("png"), 0o644); err != nil {
		t.Fatal(err)
	}
	fsys := mustOpen(t, dir).FS()
	for _, name := range []string{"link.png", "sub", "sub/cat.png"} {
		if _, err := fs.ReadFile(fsys, name); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("ReadFile(%q): %v; want fs.ErrNotExist", name, err)
		}
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil || len(entries) != 1 || entries[0].Name() != "cat.png" {
		t.Errorf("ReadDir = %v, %v; want only cat.png", entries, err)
	}
}

// TestReadWhileWriting: while one goroutine autosaves version after version, others reading
// the folder only ever see a complete version.
func TestReadWhileWriting(t *testing.T) {
	eachDisk(t, func(t *testing.T, d testDisk) {
		f := d.open(t)
		if err := f.Save("doc", makeProject(1)); err != nil {
			t.Fatal(err)
		}
		const last = 30
		done := make(chan error, 1)
		go func() {
			for n := 2; n <= last; n++ {
				if err := f.Autosave("doc", makeProject(n)); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
		reads := 0
		for finished := false; !finished; reads++ {
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
				finished = true
			default:
				runtime.Gosched() // let the writer run where there is one thread (js/wasm)
			}
			recs, err := f.Recover()
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				var n int
				if _, err := fmt.Sscanf(r.Project.Name, "v%d", &n); err != nil || n < 2 || n > last {
					t.Fatalf("recovered %q", r.Project.Name)
				}
				sameProject(t, makeProject(n), r.Project)
			}
			if list, err := f.List(); err != nil || len(list) != 1 {
				t.Fatalf("List = %v, %v", list, err)
			}
		}
		recs, err := f.Recover()
		if err != nil || len(recs) != 1 {
			t.Fatalf("Recover = %v, %v", recs, err)
		}
		sameProject(t, makeProject(last), recs[0].Project)
		t.Logf("%d reads while writing", reads)
	})
}
