package autosave

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

// makeProject is version n of a growing project: its name carries the counter, and its list
// grows with n, so later versions take longer to write.
func makeProject(n int) *blocks.Project {
	items := make([]blocks.Value, min(n*40, 20_000))
	for i := range items {
		items[i] = blocks.TextValue(fmt.Sprintf("version %d item %d", n, i))
	}
	return &blocks.Project{
		Format: blocks.FormatVersion,
		Name:   fmt.Sprintf("v%d", n),
		Stage: blocks.Stage{Contents: blocks.Contents{
			Variables: []blocks.Variable{{Name: "counter", Value: blocks.NumberValue(fmt.Sprint(n))}},
			Lists:     []blocks.List{{Name: "bag", Items: items}},
		}},
		Sprites: []blocks.Sprite{},
	}
}

func mustMarshal(t *testing.T, p *blocks.Project) []byte {
	t.Helper()
	b, err := blocks.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustOpen(t *testing.T, dir string) *Folder {
	t.Helper()
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func modTime(t *testing.T, path string) time.Time {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.ModTime()
}

func sameProject(t *testing.T, want, got *blocks.Project) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("project differs (-want +got):\n%s", diff)
	}
}

// temps lists the temporary files left in dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".*"+tempExt))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// testDisk is a folder on one kind of Disk, with the ways a test reaches under the folder to
// its files, as a crash, another program or a hand would.
type testDisk interface {
	open(t *testing.T) *Folder                        // the app opening the folder (again)
	read(t *testing.T, fn string) []byte              // a file's bytes
	write(t *testing.T, fn string, data []byte)       // a file put there by hand
	setModTime(t *testing.T, fn string, mt time.Time) // a file's modification time changed
	modTime(t *testing.T, fn string) time.Time        // a file's modification time
	exists(t *testing.T, fn string) bool              // whether there is a file fn
	temps(t *testing.T) []string                      // the temporary files, sorted
}

// diskKind makes an empty folder of one kind of Disk.
type diskKind struct {
	name string
	make func(t *testing.T) testDisk
}

// diskKinds are the kinds of Disk every behaviour of the folder is tested on: the file
// system, memory, and, in a browser or under node, localStorage.
func diskKinds() []diskKind {
	return append([]diskKind{
		{"dir", func(t *testing.T) testDisk { return dirTestDisk{t.TempDir()} }},
		{"memory", func(t *testing.T) testDisk { return kvTestDisk{MemoryDisk().(*kvDisk), "memory"} }},
	}, browserDiskKinds()...)
}

// eachDisk runs test on an empty folder of every kind of Disk.
func eachDisk(t *testing.T, test func(t *testing.T, d testDisk)) {
	for _, k := range diskKinds() {
		t.Run(k.name, func(t *testing.T) { test(t, k.make(t)) })
	}
}

// dirTestDisk is a folder of the file system.
type dirTestDisk struct{ dir string }

func (d dirTestDisk) open(t *testing.T) *Folder { return mustOpen(t, d.dir) }
func (d dirTestDisk) read(t *testing.T, fn string) []byte {
	return readFile(t, filepath.Join(d.dir, fn))
}
func (d dirTestDisk) modTime(t *testing.T, fn string) time.Time {
	return modTime(t, filepath.Join(d.dir, fn))
}

func (d dirTestDisk) write(t *testing.T, fn string, data []byte) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(d.dir, fn), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func (d dirTestDisk) setModTime(t *testing.T, fn string, mt time.Time) {
	t.Helper()
	if err := os.Chtimes(filepath.Join(d.dir, fn), mt, mt); err != nil {
		t.Fatal(err)
	}
}

func (d dirTestDisk) exists(t *testing.T, fn string) bool {
	t.Helper()
	_, err := os.Lstat(filepath.Join(d.dir, fn))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return err == nil
}

func (d dirTestDisk) temps(t *testing.T) []string {
	t.Helper()
	var names []string
	for _, p := range temps(t, d.dir) {
		names = append(names, filepath.Base(p))
	}
	slices.Sort(names)
	return names
}

// kvTestDisk is a folder in a kvStore: in memory, or in the browser's localStorage.
type kvTestDisk struct {
	d    *kvDisk
	name string // for Folder.Dir
}

func (d kvTestDisk) open(t *testing.T) *Folder { return OpenDisk(d.d, d.name) }

func (d kvTestDisk) value(t *testing.T, fn string) string {
	t.Helper()
	v, ok, err := d.d.kv.get(d.d.prefix + fn)
	if err != nil || !ok {
		t.Fatalf("reading %s: %v, %v", fn, ok, err)
	}
	return v
}

func (d kvTestDisk) read(t *testing.T, fn string) []byte {
	t.Helper()
	data, _ := decodeValue(d.value(t, fn))
	return data
}

func (d kvTestDisk) modTime(t *testing.T, fn string) time.Time {
	t.Helper()
	_, mt := decodeValue(d.value(t, fn))
	return mt
}

func (d kvTestDisk) write(t *testing.T, fn string, data []byte) {
	t.Helper()
	if err := d.d.kv.set(d.d.prefix+fn, encodeValue(data, time.Now())); err != nil {
		t.Fatal(err)
	}
}

func (d kvTestDisk) setModTime(t *testing.T, fn string, mt time.Time) {
	t.Helper()
	if err := d.d.kv.set(d.d.prefix+fn, encodeValue(d.read(t, fn), mt)); err != nil {
		t.Fatal(err)
	}
}

func (d kvTestDisk) exists(t *testing.T, fn string) bool {
	t.Helper()
	_, ok, err := d.d.kv.get(d.d.prefix + fn)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func (d kvTestDisk) temps(t *testing.T) []string {
	t.Helper()
	keys, err := d.d.kv.keys()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, k := range keys {
		if fn, ok := strings.CutPrefix(k, d.d.prefix); ok && isTemp(fn) {
			names = append(names, fn)
		}
	}
	slices.Sort(names)
	return names
}
