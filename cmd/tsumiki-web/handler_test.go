package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// testFolder makes a site folder with a file of each kind, the wasm gzipped, and a secret
// file beside the folder that must never be served. It returns the folder.
func testFolder(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	wasm := bytes.Repeat([]byte("\x00asm wasm wasm wasm "), 1000)
	files := map[string][]byte{
		"index.html":                    []byte("<!DOCTYPE html><title>Tsumiki</title>"),
		"sw.js":                         []byte("// worker"),
		"tsumiki.0123456789abcdef.wasm": wasm,
		"wasm_exec.0123456789abcdef.js": []byte("globalThis.Go = class {};"),
		"manifest.webmanifest":          []byte(`{"name": "Tsumiki"}`),
		"icon.svg":                      []byte("<svg/>"),
		"lessons/circle.tsumiki":        []byte(`{"format": "tsumiki"}`),
		".hidden":                       []byte("hidden"),
		"sub/.hidden":                   []byte("hidden"),
	}
	for name, data := range files {
		write(t, filepath.Join(dir, name), data)
	}
	write(t, filepath.Join(dir, "tsumiki.0123456789abcdef.wasm.gz"), gzipped(t, wasm))
	write(t, filepath.Join(parent, "secret.txt"), []byte("secret"))
	if err := os.Symlink(filepath.Join(parent, "secret.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Logf("no symbolic link: %v", err)
	}
	return dir
}

func write(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	gz, err := gzipBest(data)
	if err != nil {
		t.Fatal(err)
	}
	return gz
}

func gunzip(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// get serves a GET of target with the headers given as name, value pairs.
func get(h http.Handler, target string, headers ...string) *http.Response {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestHandlerTypes(t *testing.T) {
	dir := testFolder(t)
	h := newHandler(dir)
	tests := []struct {
		path, file, contentType, cacheControl string
	}{
		{"/", "index.html", "text/html; charset=utf-8", "no-cache"},
		{"/?lesson=polygon&lang=ja", "index.html", "text/html; charset=utf-8", "no-cache"},
		{"/index.html", "index.html", "text/html; charset=utf-8", "no-cache"},
		{"/sw.js", "sw.js", "text/javascript; charset=utf-8", "no-cache"},
		{"/wasm_exec.0123456789abcdef.js", "wasm_exec.0123456789abcdef.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"},
		{"/tsumiki.0123456789abcdef.wasm", "tsumiki.0123456789abcdef.wasm", "application/wasm", "public, max-age=31536000, immutable"},
		{"/manifest.webmanifest", "manifest.webmanifest", "application/manifest+json", "no-cache"},
		{"/icon.svg", "icon.svg", "image/svg+xml", "no-cache"},
		{"/lessons/circle.tsumiki", "lessons/circle.tsumiki", "application/json", "no-cache"},
	}
	for _, tt := range tests {
		resp := get(h, tt.path)
		got := body(t, resp)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", tt.path, resp.Status)
			continue
		}
		want, err := os.ReadFile(filepath.Join(dir, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("GET %s: got %.40q, want the content of %s", tt.path, got, tt.file)
		}
		if ct := resp.Header.Get("Content-Type"); ct != tt.contentType {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, ct, tt.contentType)
		}
		if cc := resp.Header.Get("Cache-Control"); cc != tt.cacheControl {
			t.Errorf("GET %s: Cache-Control %q, want %q", tt.path, cc, tt.cacheControl)
		}
		if nosniff := resp.Header.Get("X-Content-Type-Options"); nosniff != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", tt.path, nosniff)
		}
	}
}

func TestHandlerGzip(t *testing.T) {
	dir := testFolder(t)
	h := newHandler(dir)
	const wasmPath = "/tsumiki.0123456789abcdef.wasm"
	wasm, err := os.ReadFile(filepath.Join(dir, wasmPath))
	if err != nil {
		t.Fatal(err)
	}
	gz, err := os.ReadFile(filepath.Join(dir, wasmPath+".gz"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		acceptEncoding string
		gzip           bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br, zstd", true},
		{"br;q=1.0, GZIP;q=0.5", true},
		{"x-gzip", true},
		{"*", true},
		{"identity", false},
		{"br, deflate", false},
		{"gzip;q=0", false},
		{"gzip; q=0.000", false},
		{"*;q=0", false},
		{"*, gzip;q=0", false},
		{"gzip;q=0, *", false},
	}
	for _, tt := range tests {
		resp := get(h, wasmPath, "Accept-Encoding", tt.acceptEncoding)
		got := body(t, resp)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("Accept-Encoding %q: %s", tt.acceptEncoding, resp.Status)
		}
		if v := resp.Header.Get("Vary"); v != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q, want Accept-Encoding", tt.acceptEncoding, v)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q, want application/wasm", tt.acceptEncoding, ct)
		}
		ce := resp.Header.Get("Content-Encoding")
		if tt.gzip {
			if ce != "gzip" || !bytes.Equal(got, gz) {
				t.Errorf("Accept-Encoding %q: Content-Encoding %q, %d bytes; want the gzipped copy (%d bytes)", tt.acceptEncoding, ce, len(got), len(gz))
				continue
			}
			if !bytes.Equal(gunzip(t, got), wasm) {
				t.Errorf("Accept-Encoding %q: the gzipped body is not the wasm", tt.acceptEncoding)
			}
		} else if ce != "" || !bytes.Equal(got, wasm) {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, %d bytes; want the wasm itself (%d bytes)", tt.acceptEncoding, ce, len(got), len(wasm))
		}
		if cl := resp.Header.Get("Content-Length"); cl != "" && cl != strconv.Itoa(len(got)) {
			t.Errorf("Accept-Encoding %q: Content-Length %s for %d bytes", tt.acceptEncoding, cl, len(got))
		}
	}

	// A file with no gzipped copy is sent as it is, and does not vary.
	resp := get(h, "/sw.js", "Accept-Encoding", "gzip")
	body(t, resp)
	if ce, v := resp.Header.Get("Content-Encoding"), resp.Header.Get("Vary"); ce != "" || v != "" {
		t.Errorf("sw.js, without a gzipped copy: Content-Encoding %q, Vary %q; want neither", ce, v)
	}
}

// A gzipped copy older than its file is left from before the file changed: it is not sent.
func TestHandlerStaleGzip(t *testing.T) {
	dir := testFolder(t)
	name := filepath.Join(dir, "tsumiki.0123456789abcdef.wasm")
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(name+".gz", old, old); err != nil {
		t.Fatal(err)
	}
	resp := get(newHandler(dir), "/tsumiki.0123456789abcdef.wasm", "Accept-Encoding", "gzip")
	got := body(t, resp)
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if ce := resp.Header.Get("Content-Encoding"); ce != "" || !bytes.Equal(got, want) {
		t.Errorf("with a stale gzipped copy: Content-Encoding %q, %d bytes; want the file itself", ce, len(got))
	}
}

func TestHandlerNotFound(t *testing.T) {
	h := newHandler(testFolder(t))
	for _, target := range []string{
		"/missing.js",
		"/index.html/",
		"/lessons",
		"/lessons/",
		"/../secret.txt",
		"/%2e%2e/secret.txt",
		"/lessons/../../secret.txt",
		"/lessons/%2E%2E/%2E%2E/secret.txt",
		"/..%2fsecret.txt",
		"/..%5csecret.txt",
		"/lessons//circle.tsumiki",
		"/./index.html",
		"/.hidden",
		"/sub/.hidden",
		"/link.txt",
	} {
		resp := get(h, target)
		got := body(t, resp)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %s, want 404 Not Found", target, resp.Status)
		}
		if bytes.Contains(got, []byte("secret")) || bytes.Contains(got, []byte("hidden")) {
			t.Errorf("GET %s: served %q", target, got)
		}
	}
}

// A request sent as bytes on the wire, as no client library would let it be, cannot leave the
// folder either.
func TestHandlerRawPathEscape(t *testing.T) {
	srv := httptest.NewServer(newHandler(testFolder(t)))
	defer srv.Close()
	for _, target := range []string{"/../secret.txt", "/lessons/../../secret.txt", "/..\\secret.txt"} {
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		_, err = io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: tsumiki\r\nConnection: close\r\n\r\n")
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := body(t, resp)
		conn.Close()
		if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusBadRequest {
			t.Errorf("GET %s: %s, want 404 or 400", target, resp.Status)
		}
		if bytes.Contains(got, []byte("secret")) {
			t.Errorf("GET %s: served the secret", target)
		}
	}
}

func TestHandlerMethods(t *testing.T) {
	h := newHandler(testFolder(t))
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, "/index.html", strings.NewReader("x")))
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s: %d, want 405", method, rec.Code)
		}
		if allow := rec.Header().Get("Allow"); allow != "GET, HEAD" {
			t.Errorf("%s: Allow %q", method, allow)
		}
	}

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, "/tsumiki.0123456789abcdef.wasm", nil))
	if rec.Code != http.StatusOK || rec.Body.Len() != 0 || rec.Header().Get("Content-Type") != "application/wasm" {
		t.Errorf("HEAD: %d, %q, %d bytes; want 200, application/wasm and no body", rec.Code, rec.Header().Get("Content-Type"), rec.Body.Len())
	}
}

// The two encodings of a file have different ETags, and each revalidates.
func TestHandlerRevalidate(t *testing.T) {
	h := newHandler(testFolder(t))
	const wasmPath = "/tsumiki.0123456789abcdef.wasm"
	plain := get(h, wasmPath)
	body(t, plain)
	zipped := get(h, wasmPath, "Accept-Encoding", "gzip")
	body(t, zipped)
	tagPlain, tagZipped := plain.Header.Get("ETag"), zipped.Header.Get("ETag")
	if tagPlain == "" || tagPlain == tagZipped {
		t.Fatalf("ETags %q and %q, want two different ones", tagPlain, tagZipped)
	}
	if resp := get(h, wasmPath, "If-None-Match", tagPlain); resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match the identity's ETag: %s, want 304", resp.Status)
	}
	if resp := get(h, wasmPath, "If-None-Match", tagZipped, "Accept-Encoding", "gzip"); resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match the gzipped copy's ETag: %s, want 304", resp.Status)
	}
	if resp := get(h, wasmPath, "If-None-Match", tagZipped); resp.StatusCode != http.StatusOK {
		t.Errorf("If-None-Match the gzipped copy's ETag, without gzip: %s, want 200", resp.Status)
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		values []string
		want   bool
	}{
		{nil, false},
		{[]string{""}, false},
		{[]string{"gzip"}, true},
		{[]string{"deflate", "gzip"}, true},
		{[]string{"gzip;q=0.001"}, true},
		{[]string{"gzip;q=0"}, false},
		{[]string{"gzip;q=bad"}, false},
		{[]string{"*;q=0.5"}, true},
		{[]string{"compress, identity;q=1"}, false},
	}
	for _, tt := range tests {
		if got := acceptsGzip(tt.values); got != tt.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tt.values, got, tt.want)
		}
	}
}
