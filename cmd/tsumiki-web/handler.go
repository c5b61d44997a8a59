package main

import (
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// newHandler returns a handler that serves the files of the site folder dir, and nothing
// outside it: "/" is dir/index.html, other paths name files (query strings are for the page
// and are ignored). Each file is served with its content type, as its pre-compressed ".gz"
// copy when there is one and the client accepts gzip, and with caching that lets browsers
// notice a new build: content-hashed files are cached for a year, the others are revalidated.
// Directories, dot files and paths with ".." are not found; only GET and HEAD are allowed.
func newHandler(dir string) http.Handler {
	return &siteHandler{dir: dir}
}

// A siteHandler serves a site folder; see newHandler.
type siteHandler struct {
	dir string
}

func (h *siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := fileName(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, info, err := h.open(name)
	if err != nil {
		// Not there, not a file, or a link out of the folder.
		if errors.Is(err, fs.ErrPermission) {
			http.Error(w, "forbidden", http.StatusForbidden)
		} else {
			http.NotFound(w, r)
		}
		return
	}
	defer f.Close()

	hdr := w.Header()
	hdr.Set("Content-Type", contentType(name))
	hdr.Set("Cache-Control", cacheControl(name))
	hdr.Set("X-Content-Type-Options", "nosniff")
	if path.Ext(name) != ".gz" {
		// A copy older than its file is left from an earlier build or a hand edit: ignore it.
		if gz, gzInfo, err := h.open(name + ".gz"); err == nil {
			defer gz.Close()
			hdr.Add("Vary", "Accept-Encoding")
			if acceptsGzip(r.Header.Values("Accept-Encoding")) && !gzInfo.ModTime().Before(info.ModTime()) {
				hdr.Set("Content-Encoding", "gzip")
				f, info = gz, gzInfo
				// ServeContent leaves the length of an encoded body unset, as if it were
				// compressed on the fly: set it, serving the whole body.
				if r.Header.Get("Range") != "" {
					r = r.Clone(r.Context())
					r.Header.Del("Range")
				}
				hdr.Set("Content-Length", strconv.FormatInt(info.Size(), 10))
			}
		}
	}
	hdr.Set("ETag", `"`+strconv.FormatInt(info.ModTime().UnixNano(), 36)+"-"+strconv.FormatInt(info.Size(), 36)+`"`)
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// open opens the regular file name (slash-separated) of the folder. The file, and every link
// on the way to it, must stay inside the folder.
func (h *siteHandler) open(name string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenInRoot(h.dir, filepath.FromSlash(name))
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, fs.ErrNotExist
	}
	return f, info, nil
}

// fileName returns the name in the folder of the file that the URL path urlPath asks for,
// and false when the path may not name one: it leaves the folder, has empty, "." or ".."
// elements, a backslash, or an element starting with a dot.
func fileName(urlPath string) (string, bool) {
	name, ok := strings.CutPrefix(urlPath, "/")
	if !ok {
		return "", false
	}
	if name == "" {
		return "index.html", true
	}
	if !fs.ValidPath(name) || strings.ContainsAny(name, `\:`) {
		return "", false
	}
	for elem := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(elem, ".") {
			return "", false
		}
	}
	return name, true
}

// contentType returns the Content-Type of the file name. The types of the site's own files
// are fixed here rather than read from the system, which on some computers serves
// JavaScript as text/plain; WebAssembly must be application/wasm for browsers to compile
// it while it downloads.
func contentType(name string) string {
	switch ext := strings.ToLower(path.Ext(name)); ext {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".wasm":
		return "application/wasm"
	case ".webmanifest":
		return "application/manifest+json"
	case ".json", ".tsumiki":
		return "application/json"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".gz":
		return "application/gzip"
	default:
		if t := mime.TypeByExtension(ext); t != "" {
			return t
		}
		return "application/octet-stream"
	}
}

// cacheControl returns the Cache-Control of the file name: content-hashed files never
// change, so browsers keep them; every other file (index.html, sw.js, ...) is revalidated
// on each use, so that a new build is seen at once.
func cacheControl(name string) string {
	if isHashed(path.Base(name)) {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}

// acceptsGzip reports whether the Accept-Encoding header values accept gzip: named with a
// quality above zero ("x-gzip" is gzip too), or else matched by "*" with a quality above zero.
func acceptsGzip(values []string) bool {
	gzip, star := -1.0, -1.0
	for _, v := range values {
		for item := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(item, ";")
			q := 1.0
			for p := range strings.SplitSeq(params, ";") {
				k, val, ok := strings.Cut(strings.TrimSpace(p), "=")
				if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
					continue
				}
				f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
				if err != nil {
					f = 0
				}
				q = f
			}
			switch strings.ToLower(strings.TrimSpace(coding)) {
			case "gzip", "x-gzip":
				gzip = max(gzip, q)
			case "*":
				star = max(star, q)
			}
		}
	}
	if gzip >= 0 {
		return gzip > 0
	}
	return star > 0
}
