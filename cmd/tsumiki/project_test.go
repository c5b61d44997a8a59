package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"tsumiki/blocks"
)

// fileProject is a project with a costume from a file beside it.
const fileProject = `{
  "format": 1,
  "name": "Cat",
  "stage": {"backdrop": 0, "costumes": [{"name": "blank", "library": "blank"}]},
  "sprites": [{"name": "Cat", "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
    "rotationStyle": "all around", "costume": 0, "layer": 1,
    "costumes": [{"name": "cat", "file": "cat.png"}]}]
}
`

func TestOpenDropped(t *testing.T) {
	project := &fstest.MapFile{Data: []byte(fileProject)}
	t.Run("a file alone", func(t *testing.T) {
		src, err := openDropped(fstest.MapFS{"notes.txt": {}, "cat.tsumiki": project})
		if err != nil || src == nil {
			t.Fatalf("openDropped = %v, %v", src, err)
		}
		if src.name != "cat.tsumiki" || src.files != nil || !src.noDir {
			t.Errorf("got name %q, files %v, noDir %v; want the file with no folder", src.name, src.files, src.noDir)
		}
	})
	t.Run("a folder", func(t *testing.T) {
		src, err := openDropped(fstest.MapFS{"lesson/cat.TSUMIKI": project, "lesson/cat.png": {Data: []byte("png")}})
		if err != nil || src == nil {
			t.Fatalf("openDropped = %v, %v", src, err)
		}
		if src.name != "cat.TSUMIKI" || src.files == nil || src.noDir {
			t.Fatalf("got name %q, files %v, noDir %v; want the folder as media", src.name, src.files, src.noDir)
		}
		if data, err := readSmall(src, "cat.png"); err != nil || data != "png" {
			t.Errorf("media read from the dropped folder: %q, %v", data, err)
		}
	})
	t.Run("no project", func(t *testing.T) {
		src, err := openDropped(fstest.MapFS{"cat.png": {}, "dir/readme.md": {}})
		if src != nil || err != nil {
			t.Errorf("openDropped = %v, %v; want nothing", src, err)
		}
	})
	t.Run("too large", func(t *testing.T) {
		big := &fstest.MapFile{Data: make([]byte, blocks.MaxFileSize+1)}
		if _, err := openDropped(fstest.MapFS{"big.tsumiki": big}); err == nil {
			t.Error("a file over the limit opened")
		}
	})
}

func readSmall(src *source, name string) (string, error) {
	f, err := src.files.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b := make([]byte, 16)
	n, _ := f.Read(b)
	return string(b[:n]), nil
}

func TestOpenPath(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "cat.tsumiki")
	if err := os.WriteFile(p, []byte(fileProject), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := openPath(p)
	if err != nil {
		t.Fatal(err)
	}
	defer src.close()
	if src.files == nil || src.noDir || src.name != "cat.tsumiki" {
		t.Errorf("got %+v, want the file with its folder", src)
	}
	for _, bad := range []string{filepath.Join(dir, "missing.tsumiki"), dir} {
		if _, err := openPath(bad); err == nil {
			t.Errorf("openPath(%q) opened", bad)
		} else if msg := blocks.Localize(err, blocks.Japanese); msg == err.Error() {
			t.Errorf("openPath(%q): the message %q is not in Japanese", bad, msg)
		}
	}
}

// TestExplainDroppedFile checks that a file dropped alone whose costume is a file says to drop
// its folder instead, in the chosen language.
func TestExplainDroppedFile(t *testing.T) {
	src, err := openDropped(fstest.MapFS{"cat.tsumiki": {Data: []byte(fileProject)}})
	if err != nil {
		t.Fatal(err)
	}
	p, err := newProject(src, false)
	if err == nil {
		t.Fatal("a file costume loaded with no folder")
	}
	for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
		msg := explain(src, p.proj, err, lang)
		if !strings.Contains(msg, msgDropFolder.In(lang)) || !strings.Contains(msg, "cat.png") {
			t.Errorf("%v: %q does not name cat.png and say to drop the folder", lang, msg)
		}
	}
	// A file opened from its folder gets no such hint.
	src.noDir = false
	if msg := explain(src, p.proj, err, blocks.English); strings.Contains(msg, msgDropFolder.En) {
		t.Errorf("%q: hint for a file that was not dropped", msg)
	}
}
