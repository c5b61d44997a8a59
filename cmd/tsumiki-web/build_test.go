package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// maxGzippedWasm is the most the app may weigh over the network.
const maxGzippedWasm = 8_000_000

// fakeApp returns a stand-in for the app's wasm and for wasm_exec.js, different for each seed.
func fakeApp(seed string) (wasm, wasmExec []byte) {
	wasm = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("tsumiki "+seed+" "), 5000)...)
	wasmExec = []byte("globalThis.Go = class {};\n" + strings.Repeat("// wasm_exec.js\n", 200))
	return wasm, wasmExec
}

func TestWriteSite(t *testing.T) {
	dir := t.TempDir()
	wasm, wasmExec := fakeApp("a")
	if err := writeSite(dir, wasm, wasmExec); err != nil {
		t.Fatal(err)
	}
	checkSite(t, dir, wasm, wasmExec)
}

// A new build replaces the files of the one before and the service worker's cache; the same
// build writes the same site.
func TestWriteSiteAgain(t *testing.T) {
	dir := t.TempDir()
	wasmA, wasmExec := fakeApp("a")
	if err := writeSite(dir, wasmA, wasmExec); err != nil {
		t.Fatal(err)
	}
	_, versionA := serviceWorker(t, dir)
	oldWasm := hashedName("tsumiki", ".wasm", wasmA)
	// The teacher's own files.
	write(t, filepath.Join(dir, "notes.txt"), []byte("notes"))
	write(t, filepath.Join(dir, "lessons", "circle.tsumiki"), []byte("{}"))

	wasmB, _ := fakeApp("b")
	if err := writeSite(dir, wasmB, wasmExec); err != nil {
		t.Fatal(err)
	}
	_, versionB := serviceWorker(t, dir)
	if versionA == versionB {
		t.Errorf("a new wasm left the cache version at %s", versionA)
	}
	for _, name := range []string{oldWasm, oldWasm + ".gz"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s of the build before is still there", name)
		}
	}
	for _, name := range []string{"notes.txt", "lessons/circle.tsumiki"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("the new build removed a file it did not make: %v", err)
		}
	}

	again := t.TempDir()
	if err := writeSite(again, wasmB, wasmExec); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "sw.js"} {
		if !bytes.Equal(readFile(t, dir, name), readFile(t, again, name)) {
			t.Errorf("two builds of the same app wrote different %s", name)
		}
	}
	checkSite(t, again, wasmB, wasmExec)
}

// TestBuildSite builds the app for the browser, which takes a minute or so.
func TestBuildSite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the app for the browser")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	start := time.Now()
	if err := buildSite(ctx, dir); err != nil {
		t.Fatal(err)
	}
	t.Logf("built in %v", time.Since(start).Round(100*time.Millisecond))

	wasms, err := filepath.Glob(filepath.Join(dir, "tsumiki.*.wasm"))
	if err != nil || len(wasms) != 1 {
		t.Fatalf("want one tsumiki.HASH.wasm in the site, got %q (%v)", wasms, err)
	}
	wasm := readFile(t, dir, filepath.Base(wasms[0]))
	if !bytes.HasPrefix(wasm, []byte("\x00asm")) {
		t.Fatalf("%s is not WebAssembly", wasms[0])
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	wasmExec, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	checkSite(t, dir, wasm, wasmExec)

	gz := readFile(t, dir, filepath.Base(wasms[0])+".gz")
	t.Logf("the app: %s, %s gzipped", formatSize(int64(len(wasm))), formatSize(int64(len(gz))))
	if len(gz) > maxGzippedWasm {
		t.Errorf("the app is %s gzipped, more than the %s a school's network can bear", formatSize(int64(len(gz))), formatSize(maxGzippedWasm))
	}
}

// checkSite checks the site in dir built for the app's wasm and wasmExec: it has every file
// the page needs, the service worker caches exactly those, each has its gzipped copy, the
// page loads nothing from elsewhere, and the handler serves it all.
func checkSite(t *testing.T, dir string, wasm, wasmExec []byte) {
	t.Helper()
	wasmName := hashedName("tsumiki", ".wasm", wasm)
	execName := hashedName("wasm_exec", ".js", wasmExec)
	if got := readFile(t, dir, wasmName); !bytes.Equal(got, wasm) {
		t.Errorf("%s is not the app", wasmName)
	}
	if got := readFile(t, dir, execName); !bytes.Equal(got, wasmExec) {
		t.Errorf("%s is not wasm_exec.js", execName)
	}

	index := string(readFile(t, dir, "index.html"))
	for _, want := range []string{
		`var wasmURL = "` + wasmName + `";`,
		`var wasmExecURL = "` + execName + `";`,
		`<html lang="ja"`,
		`name="viewport"`,
		`touch-action: none`,
		`register("sw.js")`,
		`つみきを よみこんでいます`,
		`Loading Tsumiki`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html has no %s", want)
		}
	}
	if !regexp.MustCompile(`var wasmSize = *` + strconv.Itoa(len(wasm)) + ` *;`).MatchString(index) {
		t.Errorf("index.html does not give the wasm's size, %d", len(wasm))
	}
	for _, name := range []string{"index.html", "sw.js", "manifest.webmanifest"} {
		if data := readFile(t, dir, name); bytes.Contains(data, []byte("://")) {
			t.Errorf("%s names another site: %s", name, regexp.MustCompile(`\S*://\S*`).Find(data))
		}
	}
	var manifest struct {
		Name  string
		Icons []struct{ Src string }
	}
	if err := json.Unmarshal(readFile(t, dir, "manifest.webmanifest"), &manifest); err != nil {
		t.Errorf("manifest.webmanifest: %v", err)
	}
	for _, icon := range manifest.Icons {
		readFile(t, dir, icon.Src)
	}

	// The service worker caches every file of the site but itself and the gzipped copies.
	cached, _ := serviceWorker(t, dir)
	var want []string
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if name := e.Name(); !e.IsDir() && name != "sw.js" && !strings.HasSuffix(name, ".gz") {
			want = append(want, name)
		}
	}
	slices.Sort(cached)
	if !slices.Equal(cached, want) {
		t.Errorf("sw.js caches %q, want the site's files %q", cached, want)
	}

	h := newHandler(dir)
	for _, name := range append(cached, "sw.js") {
		data := readFile(t, dir, name)
		if compressible(name) {
			gz := readFile(t, dir, name+".gz")
			if !bytes.Equal(gunzip(t, gz), data) {
				t.Errorf("%s.gz is not %s gzipped", name, name)
			}
		}
		resp := get(h, "/"+name, "Accept-Encoding", "gzip")
		got := body(t, resp)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET /%s: %s", name, resp.Status)
			continue
		}
		if resp.Header.Get("Content-Encoding") == "gzip" {
			got = gunzip(t, got)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("GET /%s: not the file", name)
		}
		if ct := resp.Header.Get("Content-Type"); ct == "application/octet-stream" {
			t.Errorf("GET /%s: Content-Type %s", name, ct)
		}
	}
}

// serviceWorker returns the files that the site's sw.js caches, and its version.
func serviceWorker(t *testing.T, dir string) (files []string, version string) {
	t.Helper()
	sw := readFile(t, dir, "sw.js")
	m := regexp.MustCompile(`(?m)^const FILES = (\[.*\]);$`).FindSubmatch(sw)
	if m == nil {
		t.Fatal("sw.js has no FILES")
	}
	if err := json.Unmarshal(m[1], &files); err != nil {
		t.Fatalf("sw.js: FILES: %v", err)
	}
	v := regexp.MustCompile(`(?m)^const VERSION = "([0-9a-f]{16})";$`).FindSubmatch(sw)
	if v == nil {
		t.Fatal("sw.js has no VERSION")
	}
	return files, string(v[1])
}

func readFile(t *testing.T, dir, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
