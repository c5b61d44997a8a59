package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
)

// The page, the service worker and the rest of the site other than the app and wasm_exec.js.
// index.html and sw.js are templates, filled in by writeSite.
//
//go:embed site
var siteFS embed.FS

// appPackage is the app the site runs, built for GOOS=js GOARCH=wasm.
const appPackage = "tsumiki/cmd/tsumiki"

// buildSite builds the browser version of the app into the folder out, which any static web
// server can serve: index.html, the app's wasm, wasm_exec.js from the Go toolchain, the
// service worker sw.js, the web manifest and the icon, with gzipped copies of the large
// files. It runs the go command, so it must run inside the tsumiki module.
func buildSite(ctx context.Context, out string) error {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("building the site needs the go command: %w", err)
	}
	wasm, err := compileApp(ctx, goCmd)
	if err != nil {
		return err
	}
	wasmExec, err := readWasmExec(ctx, goCmd)
	if err != nil {
		return err
	}
	return writeSite(out, wasm, wasmExec)
}

// compileApp builds the app for the browser with goCmd and returns its wasm. The build
// leaves out debugging information, paths and version control stamps, so that the wasm is
// small and changes only when the app's code does.
func compileApp(ctx context.Context, goCmd string) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "tsumiki-web-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	wasmPath := filepath.Join(tmp, "tsumiki.wasm")
	cmd := exec.CommandContext(ctx, goCmd, "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-o", wasmPath, appPackage)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("building %s for the browser: %w\n%s", appPackage, err, msg)
	}
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return nil, fmt.Errorf("reading the built app: %w", err)
	}
	return wasm, nil
}

// readWasmExec returns wasm_exec.js, the JavaScript support of the wasm that goCmd builds.
func readWasmExec(ctx context.Context, goCmd string) ([]byte, error) {
	out, err := exec.CommandContext(ctx, goCmd, "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %w", err)
	}
	root := strings.TrimSpace(string(out))
	data, err := os.ReadFile(filepath.Join(root, "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return nil, fmt.Errorf("reading the Go toolchain's wasm_exec.js: %w", err)
	}
	return data, nil
}

// A siteFile is one file of the site: its name in the folder and its content.
type siteFile struct {
	name string
	data []byte
}

// writeSite writes into the folder out the site that runs the app's wasm with wasmExec, its
// wasm_exec.js. Files are written whole (a server reading the folder meanwhile sees the old
// file or the new one), content-hashed files first and index.html and sw.js last, so that a
// page never names a file not yet written. Hashed files of earlier builds are then removed;
// other files in the folder are left alone.
func writeSite(out string, wasm, wasmExec []byte) error {
	files, err := siteFiles(wasm, wasmExec)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("making the site folder: %w", err)
	}
	written := make(map[string]bool)
	for _, f := range files {
		if err := writeFile(filepath.Join(out, f.name), f.data); err != nil {
			return err
		}
		written[f.name] = true
		gzPath := filepath.Join(out, f.name+".gz")
		if !compressible(f.name) {
			continue
		}
		gz, err := gzipBest(f.data)
		if err != nil {
			return fmt.Errorf("compressing %s: %w", f.name, err)
		}
		if len(gz) >= len(f.data) {
			if err := os.Remove(gzPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("removing an old copy: %w", err)
			}
			continue
		}
		if err := writeFile(gzPath, gz); err != nil {
			return err
		}
		written[f.name+".gz"] = true
	}
	return removeStale(out, written)
}

// siteFiles returns the files of the site in the order to write them.
func siteFiles(wasm, wasmExec []byte) ([]siteFile, error) {
	files := []siteFile{
		{hashedName("tsumiki", ".wasm", wasm), wasm},
		{hashedName("wasm_exec", ".js", wasmExec), wasmExec},
	}
	err := fs.WalkDir(siteFS, "site", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(p, "site/")
		if name == "index.html" || name == "sw.js" {
			return nil
		}
		data, err := siteFS.ReadFile(p)
		files = append(files, siteFile{name, data})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("reading the embedded site: %w", err)
	}

	var index bytes.Buffer
	page, err := htmltemplate.ParseFS(siteFS, "site/index.html")
	if err != nil {
		return nil, fmt.Errorf("reading index.html: %w", err)
	}
	err = page.Execute(&index, map[string]any{
		"Wasm":     files[0].name,
		"WasmSize": len(wasm),
		"WasmExec": files[1].name,
	})
	if err != nil {
		return nil, fmt.Errorf("writing index.html: %w", err)
	}
	files = append(files, siteFile{"index.html", index.Bytes()})

	// The service worker caches every file but itself, under a name that changes with any of
	// them.
	var names []string
	h := sha256.New()
	for _, f := range files {
		names = append(names, f.name)
		fmt.Fprintf(h, "%s\x00%d\x00", f.name, len(f.data))
		h.Write(f.data)
	}
	var sw bytes.Buffer
	worker, err := template.New("sw.js").Funcs(template.FuncMap{"json": toJSON}).ParseFS(siteFS, "site/sw.js")
	if err != nil {
		return nil, fmt.Errorf("reading sw.js: %w", err)
	}
	err = worker.Execute(&sw, map[string]any{
		"Version": hex.EncodeToString(h.Sum(nil))[:16],
		"Files":   names,
	})
	if err != nil {
		return nil, fmt.Errorf("writing sw.js: %w", err)
	}
	files = append(files, siteFile{"sw.js", sw.Bytes()})
	return files, nil
}

// toJSON returns v in JSON, for the service worker's template.
func toJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

// hashedPattern matches the names that hashedName makes.
var hashedPattern = regexp.MustCompile(`^[a-z_]+\.[0-9a-f]{16}\.[a-z]+$`)

// hashedName returns base.HASH.ext, HASH being the start of data's SHA-256: a name that
// changes whenever the content does, so that the file can be cached for good.
func hashedName(base, ext string, data []byte) string {
	sum := sha256.Sum256(data)
	return base + "." + hex.EncodeToString(sum[:8]) + ext
}

// isHashed reports whether the file name was made by hashedName.
func isHashed(name string) bool {
	return hashedPattern.MatchString(name)
}

// compressible reports whether the file name is worth a gzipped copy.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".wasm", ".js", ".html", ".svg", ".webmanifest", ".json", ".css":
		return true
	}
	return false
}

// gzipBest returns data gzipped at the best compression.
func gzipBest(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeFile replaces the file at name with data, readable by all (a web server may run as
// another user), through a temporary file so that no reader sees it half written.
func writeFile(name string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-"+filepath.Base(name)+"-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("writing %s: %w", name, err)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), name)
}

// removeStale removes from the folder out the hashed files of earlier builds, and their
// gzipped copies, that are not among the files just written.
func removeStale(out string, written map[string]bool) error {
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("reading the site folder: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		if written[name] || !e.Type().IsRegular() || !isHashed(strings.TrimSuffix(name, ".gz")) {
			continue
		}
		if err := os.Remove(filepath.Join(out, name)); err != nil {
			return fmt.Errorf("removing a file of an earlier build: %w", err)
		}
	}
	return nil
}
