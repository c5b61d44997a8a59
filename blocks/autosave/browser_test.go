//go:build js && wasm

package autosave

import (
	"errors"
	"strings"
	"syscall/js"
	"testing"

	"tsumiki/blocks"
)

// storageShim is a stand-in for window.localStorage where there is none (node), with a quota
// that throws as a browser does when it is full.
const storageShim = `(() => {
	const m = new Map();
	const s = {
		quota: Infinity,
		get length() { return m.size; },
		key(i) { return i < m.size ? [...m.keys()][i] : null; },
		getItem(k) { k = String(k); return m.has(k) ? m.get(k) : null; },
		setItem(k, v) {
			k = String(k); v = String(v);
			let used = k.length + v.length;
			for (const [k2, v2] of m) if (k2 !== k) used += k2.length + v2.length;
			if (used > s.quota) throw new DOMException("Setting the value of '" + k + "' exceeded the quota.", "QuotaExceededError");
			m.set(k, v);
		},
		removeItem(k) { m.delete(String(k)); },
		clear() { m.clear(); },
	};
	return s;
})()`

// storage returns the page's localStorage, empty, putting the shim in its place where there
// is none. Tests that use it must not run in parallel.
func storage(t *testing.T) js.Value {
	t.Helper()
	g := js.Global()
	if g.Get("localStorage").IsUndefined() {
		g.Set("localStorage", g.Call("eval", storageShim))
	}
	s := g.Get("localStorage")
	s.Call("clear")
	t.Cleanup(func() {
		s.Call("clear")
		if q := s.Get("quota"); !q.IsUndefined() {
			s.Set("quota", js.Global().Get("Infinity"))
		}
	})
	return s
}

// browserDiskKinds is the folder in the page's localStorage.
func browserDiskKinds() []diskKind {
	return []diskKind{{"browser", func(t *testing.T) testDisk {
		storage(t)
		f, err := OpenBrowser()
		if err != nil {
			t.Fatal(err)
		}
		return browserTestDisk{kvTestDisk{f.disk.(*kvDisk), f.Dir()}}
	}}}
}

// browserTestDisk opens the folder as the app does when the page loads again.
type browserTestDisk struct{ kvTestDisk }

func (browserTestDisk) open(t *testing.T) *Folder {
	t.Helper()
	f, err := OpenBrowser()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestBrowserKeys: each file is one value under BrowserPrefix, its text as it is, and
// the page's other keys are neither listed nor touched.
func TestBrowserKeys(t *testing.T) {
	s := storage(t)
	s.Call("setItem", "settings", "keep me")
	s.Call("setItem", "tsumiki/projectsX.tsumiki", "{}")
	f, err := OpenBrowser()
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Save("ねこ", makeProject(1)); err != nil {
		t.Fatal(err)
	}
	v := s.Call("getItem", BrowserPrefix+"ねこ.tsumiki")
	if v.Type() != js.TypeString {
		t.Fatalf("no key %q", BrowserPrefix+"ねこ.tsumiki")
	}
	header, body, _ := strings.Cut(v.String(), "\n")
	if !strings.HasPrefix(header, "tsumiki text ") || body != string(mustMarshal(t, makeProject(1))) {
		t.Errorf("value %.60q… is not a header and the project as it is", v.String())
	}
	list, err := f.List()
	if err != nil || len(list) != 1 || list[0].Name != "ねこ" {
		t.Errorf("List = %v, %v", list, err)
	}
	if got := s.Call("getItem", "settings").String(); got != "keep me" {
		t.Errorf("another key changed to %q", got)
	}
	if n := s.Get("length").Int(); n != 3 {
		t.Errorf("%d keys; want 3", n)
	}
}

// TestBrowserFull: a QuotaExceededError thrown by setItem is a *StorageError saying the
// storage is full, and the files already kept stay as they were.
func TestBrowserFull(t *testing.T) {
	s := storage(t)
	if s.Get("quota").IsUndefined() {
		t.Skip("a real browser's quota cannot be set")
	}
	f, err := OpenBrowser()
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Save("cat", makeProject(1)); err != nil {
		t.Fatal(err)
	}
	s.Set("quota", 1000)
	err = f.Save("cat", makeProject(2))
	var se *StorageError
	if !errors.As(err, &se) || !se.Full {
		t.Fatalf("Save: %v (%T); want a *StorageError of a full storage", err, err)
	}
	if msg := err.Error(); !strings.Contains(msg, "QuotaExceededError") || !strings.Contains(msg, "saving cat.tsumiki.bak") {
		t.Errorf("log message %q", msg)
	}
	if msg := blocks.Localize(err, blocks.Japanese); !strings.Contains(msg, "いっぱい") {
		t.Errorf("Japanese message %q", msg)
	}
	p, err := f.Load("cat")
	if err != nil {
		t.Fatal(err)
	}
	sameProject(t, makeProject(1), p)
}

// TestBrowserStorageRefused: a page whose storage is turned off (reading localStorage throws,
// or it is null) cannot open the folder, and is told so.
func TestBrowserStorageRefused(t *testing.T) {
	storage(t)
	g := js.Global()
	desc := g.Get("Object").Call("getOwnPropertyDescriptor", g, "localStorage")
	t.Cleanup(func() { g.Get("Object").Call("defineProperty", g, "localStorage", desc) })
	for _, tt := range []struct{ name, getter, want string }{
		{"throws", `() => { throw new DOMException("Access is denied for this document.", "SecurityError"); }`, "SecurityError"},
		{"null", `() => null`, "null"},
	} {
		g.Get("Object").Call("defineProperty", g, "localStorage", map[string]any{
			"get":          g.Call("eval", tt.getter),
			"configurable": true,
		})
		f, err := OpenBrowser()
		var se *StorageError
		if f != nil || !errors.As(err, &se) || se.Full {
			t.Errorf("%s: OpenBrowser = %v, %v; want a *StorageError of unusable storage", tt.name, f, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, tt.want) || !strings.Contains(msg, "opening the projects folder") {
			t.Errorf("%s: log message %q", tt.name, msg)
		}
		if msg := blocks.Localize(err, blocks.English); !strings.Contains(msg, "does not let Tsumiki keep projects") {
			t.Errorf("%s: message %q", tt.name, msg)
		}
	}
}
