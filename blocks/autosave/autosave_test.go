package autosave

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

func TestOpenCreatesFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "config", "tsumiki", "projects")
	f := mustOpen(t, dir)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Fatalf("folder not made: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "..", "..", "..", "x")); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "plain")
	os.WriteFile(file, nil, 0o644)
	if _, err := Open(file); err == nil {
		t.Error("Open of a plain file should fail")
	}
	if f.Dir() != dir {
		t.Errorf("Dir = %q", f.Dir())
	}
}

// TestSaveKeepsPreviousVersion: each save keeps the version before as .bak; saving the same
// bytes again keeps the older backup; no temporary file is left.
func TestSaveKeepsPreviousVersion(t *testing.T) {
	eachDisk(t, func(t *testing.T, d testDisk) {
		f := d.open(t)
		cur, bak := "ねこ.tsumiki", "ねこ.tsumiki.bak"

		if err := f.Save("ねこ", makeProject(1)); err != nil {
			t.Fatal(err)
		}
		if d.exists(t, bak) {
			t.Error("first save made a backup")
		}
		for _, step := range []struct{ save, wantCur, wantBak int }{
			{2, 2, 1},
			{2, 2, 1}, // same bytes: nothing changes, the backup stays version 1
			{3, 3, 2},
			{4, 4, 3},
		} {
			if err := f.Save("ねこ", makeProject(step.save)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(d.read(t, cur), mustMarshal(t, makeProject(step.wantCur))) {
				t.Errorf("after saving v%d the project is not v%d", step.save, step.wantCur)
			}
			if !bytes.Equal(d.read(t, bak), mustMarshal(t, makeProject(step.wantBak))) {
				t.Errorf("after saving v%d the backup is not v%d", step.save, step.wantBak)
			}
		}
		p, err := f.Load("ねこ")
		if err != nil {
			t.Fatal(err)
		}
		sameProject(t, makeProject(4), p)
		if tt := d.temps(t); len(tt) != 0 {
			t.Errorf("temporary files left: %v", tt)
		}
		if _, err := f.Load("いぬ"); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Load of a missing project: %v", err)
		}
		if err := f.Save("..", makeProject(1)); !errors.Is(err, ErrNoName) {
			t.Errorf("Save(\"..\"): %v", err)
		}
	})
}

// corruptAtLine3 is a project file with a syntax error on line 3.
func corruptAtLine3(t *testing.T) []byte {
	b := mustMarshal(t, makeProject(7))
	return bytes.Replace(b, []byte(`"name": "v7"`), []byte(`"name": v7`), 1)
}

// TestCorruptFileBesideGoodOne: loading the corrupt file reports the problem with its line
// and leaves it byte for byte as it was, mod time too; saving to its name lands beside it.
func TestCorruptFileBesideGoodOne(t *testing.T) {
	eachDisk(t, func(t *testing.T, d testDisk) { testCorruptFileBesideGoodOne(t, d) })
}

func testCorruptFileBesideGoodOne(t *testing.T, d testDisk) {
	f := d.open(t)
	if err := f.Save("good", makeProject(1)); err != nil {
		t.Fatal(err)
	}
	broken := "broken.tsumiki"
	corrupt := corruptAtLine3(t)
	d.write(t, broken, corrupt)
	old := time.Date(2020, 4, 1, 9, 0, 0, 0, time.UTC)
	d.setModTime(t, broken, old)
	untouched := func(when string) {
		t.Helper()
		if !bytes.Equal(d.read(t, broken), corrupt) {
			t.Errorf("%s: the corrupt file's bytes changed", when)
		}
		if mt := d.modTime(t, broken); !mt.Equal(old) {
			t.Errorf("%s: the corrupt file's mod time changed to %v", when, mt)
		}
	}

	p, err := f.Load("broken")
	if p != nil || err == nil {
		t.Fatalf("Load of a corrupt file = %v, %v", p, err)
	}
	var dm *Damaged
	var prob *blocks.Problem
	if !errors.As(err, &dm) || !errors.As(err, &prob) {
		t.Fatalf("Load error %T %v is not a *Damaged holding a *blocks.Problem", err, err)
	}
	if prob.Line != 3 || dm.Backup != nil {
		t.Errorf("problem line %d, backup %v; want line 3, no backup", prob.Line, dm.Backup)
	}
	if msg := err.Error(); !strings.Contains(msg, "line 3") || !strings.Contains(msg, "broken") {
		t.Errorf("message %q should name the file and the line", msg)
	}
	if msg := blocks.Localize(err, blocks.Japanese); !strings.Contains(msg, "3 行目") {
		t.Errorf("Japanese message %q should name the line", msg)
	}
	untouched("after Load")

	if p, err := f.Load("good"); err != nil {
		t.Errorf("the good project beside it: %v", err)
	} else {
		sameProject(t, makeProject(1), p)
	}

	err = f.Save("broken", makeProject(2))
	var sb *SavedBeside
	if !errors.As(err, &sb) {
		t.Fatalf("Save over a corrupt file: %v; want *SavedBeside", err)
	}
	if sb.SavedAs != "broken (2)" || !errors.As(err, &prob) {
		t.Errorf("SavedBeside = %+v", sb)
	}
	if msg := blocks.Localize(err, blocks.Hiragana); !strings.Contains(msg, "broken (2)") || !strings.Contains(msg, "ほぞん") {
		t.Errorf("hiragana message %q", msg)
	}
	untouched("after Save")
	if d.exists(t, broken+".bak") {
		t.Error("the corrupt file was moved or copied to a backup")
	}
	if p, err := f.Load("broken (2)"); err != nil {
		t.Errorf("the save beside: %v", err)
	} else {
		sameProject(t, makeProject(2), p)
	}
	// Saving again under the name it was saved as is an ordinary save.
	if err := f.Save(sb.SavedAs, makeProject(3)); err != nil {
		t.Error(err)
	}
	// Saving to the corrupt name again finds the next free name.
	if err := f.Save("broken", makeProject(4)); !errors.As(err, &sb) || sb.SavedAs != "broken (3)" {
		t.Errorf("second save over the corrupt file: %v", err)
	}
	untouched("after the second Save")

	list, err := f.List()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range list {
		names = append(names, e.Name)
		if e.Modified.IsZero() {
			t.Errorf("%s has no mod time", e.Name)
		}
	}
	if diff := cmp.Diff([]string{"broken", "broken (2)", "broken (3)", "good"}, names); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
}

// TestDamagedOffersBackup: when the saved file is damaged, Load says why and offers the
// version before it.
func TestDamagedOffersBackup(t *testing.T) {
	eachDisk(t, func(t *testing.T, d testDisk) {
		f := d.open(t)
		for n := 1; n <= 2; n++ {
			if err := f.Save("doc", makeProject(n)); err != nil {
				t.Fatal(err)
			}
		}
		data := d.read(t, "doc.tsumiki")
		half := data[:len(data)/2] // as a power cut on a file system without atomic renames might
		d.write(t, "doc.tsumiki", half)
		_, err := f.Load("doc")
		var dm *Damaged
		if !errors.As(err, &dm) || dm.Backup == nil {
			t.Fatalf("Load: %v; want *Damaged with a backup", err)
		}
		sameProject(t, makeProject(1), dm.Backup)
		if dm.BackupModified.IsZero() || !strings.Contains(err.Error(), "before") {
			t.Errorf("Damaged = %v", err)
		}
		if !bytes.Equal(d.read(t, "doc.tsumiki"), half) {
			t.Error("Load changed the damaged file")
		}
	})
}

// TestCrashBetweenStepsIsHarmless leaves behind what a crash at each step of a save or an
// autosave would: half-written and complete temporary files, and a backup already made.
func TestCrashBetweenStepsIsHarmless(t *testing.T) {
	eachDisk(t, testCrashBetweenStepsIsHarmless)
}

func testCrashBetweenStepsIsHarmless(t *testing.T, d testDisk) {
	f := d.open(t)
	for n := 1; n <= 2; n++ {
		if err := f.Save("doc", makeProject(n)); err != nil {
			t.Fatal(err)
		}
	}
	v3 := mustMarshal(t, makeProject(3))
	leftovers := map[string][]byte{
		".doc.tsumiki.111.tmp":          v3[:len(v3)/3],                       // crashed while writing the new version
		".doc.tsumiki.222.tmp":          v3,                                   // crashed after the sync, before the rename
		".doc.tsumiki.bak.333.tmp":      v3[:10],                              // crashed while writing the backup
		".doc.autosave.tsumiki.444.tmp": mustMarshal(t, makeProject(9))[:100], // crashed mid-autosave
		".new.autosave.tsumiki.555.tmp": mustMarshal(t, makeProject(5)),       // a complete autosave never renamed
	}
	for name, data := range leftovers {
		d.write(t, name, data)
	}

	f = d.open(t) // the app starts again
	p, err := f.Load("doc")
	if err != nil {
		t.Fatal(err)
	}
	sameProject(t, makeProject(2), p)
	recs, err := f.Recover()
	if err != nil || len(recs) != 0 {
		t.Errorf("Recover = %v, %v; temporary files must never be offered", recs, err)
	}
	list, _ := f.List()
	if len(list) != 1 || list[0].Name != "doc" {
		t.Errorf("List = %v", list)
	}
	if got := len(d.temps(t)); got != len(leftovers) {
		t.Errorf("fresh temporary files were removed (%d left of %d); another app may be writing them", got, len(leftovers))
	}

	// Saving again works as if nothing had happened.
	if err := f.Save("doc", makeProject(3)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(d.read(t, "doc.tsumiki.bak"), mustMarshal(t, makeProject(2))) {
		t.Error("backup is not the version before")
	}
	if p, err := f.Load("doc"); err != nil {
		t.Fatal(err)
	} else {
		sameProject(t, makeProject(3), p)
	}

	// Once stale, Recover cleans them up, and only them.
	stale := time.Now().Add(-2 * StaleTemp)
	for name := range leftovers {
		if name != ".new.autosave.tsumiki.555.tmp" {
			d.setModTime(t, name, stale)
		}
	}
	if _, err := f.Recover(); err != nil {
		t.Fatal(err)
	}
	if got := d.temps(t); len(got) != 1 || got[0] != ".new.autosave.tsumiki.555.tmp" {
		t.Errorf("after cleaning, temporary files left: %v", got)
	}
	for _, fn := range []string{"doc.tsumiki", "doc.tsumiki.bak"} {
		if !d.exists(t, fn) {
			t.Errorf("cleaning removed %s", fn)
		}
	}
}

// TestRecover: which autosaves are offered.
func TestRecover(t *testing.T) {
	eachDisk(t, testRecover)
}

func testRecover(t *testing.T, d testDisk) {
	f := d.open(t)
	names := func() []string {
		t.Helper()
		recs, err := f.Recover()
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range recs {
			out = append(out, r.Name)
			if r.Project == nil || r.Modified.IsZero() {
				t.Errorf("recovery %q lacks its project or time", r.Name)
			}
		}
		return out
	}
	later := func(name string) { // make the autosave clearly newer than any save
		t.Helper()
		d.setModTime(t, name+AutosaveExt, time.Now().Add(time.Hour))
	}

	// Never saved: offered.
	if err := f.Autosave("はじめて", makeProject(1)); err != nil {
		t.Fatal(err)
	}
	// Saved, autosave the same bytes: not offered.
	f.Save("same", makeProject(2))
	f.Autosave("same", makeProject(2))
	later("same")
	// Saved, autosave newer and different: offered.
	f.Save("newer", makeProject(3))
	f.Autosave("newer", makeProject(4))
	later("newer")
	// Saved after the autosave: not offered.
	f.Autosave("older", makeProject(5))
	f.Save("older", makeProject(6))
	ts := time.Now().Add(-time.Hour)
	d.setModTime(t, "older"+AutosaveExt, ts)
	// Saved file unreadable: the autosave is offered even when older.
	f.Autosave("damaged", makeProject(7))
	d.setModTime(t, "damaged"+AutosaveExt, ts)
	d.write(t, "damaged"+Ext, []byte("{"))
	// An unreadable autosave: not offered, and left alone.
	badAuto := "bad" + AutosaveExt
	d.write(t, badAuto, []byte("{\"format\": 1,"))

	if diff := cmp.Diff([]string{"damaged", "newer", "はじめて"}, names()); diff != "" {
		t.Errorf("Recover (-want +got):\n%s", diff)
	}
	recs, _ := f.Recover()
	for _, r := range recs {
		switch r.Name {
		case "newer":
			sameProject(t, makeProject(4), r.Project)
			if !r.Saved {
				t.Error("newer: Saved should be true")
			}
		case "はじめて":
			sameProject(t, makeProject(1), r.Project)
			if r.Saved {
				t.Error("はじめて: Saved should be false")
			}
		}
	}
	if string(d.read(t, badAuto)) != "{\"format\": 1," {
		t.Error("Recover changed an unreadable autosave")
	}

	// The child takes "newer" and saves it; declines the other.
	f.Save("newer", recs[1].Project)
	for _, n := range []string{"newer", "はじめて", "damaged"} {
		if err := f.Discard(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Discard("never-autosaved"); err != nil {
		t.Errorf("Discard of nothing: %v", err)
	}
	if got := names(); len(got) != 0 {
		t.Errorf("after Discard, Recover = %v", got)
	}
	// Autosaves never show as projects.
	list, _ := f.List()
	var listed []string
	for _, e := range list {
		listed = append(listed, e.Name)
	}
	if diff := cmp.Diff([]string{"damaged", "newer", "older", "same"}, listed); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
}
