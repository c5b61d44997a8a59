package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/examples"
)

// source is a project file read in, with the folder its media files are read from.
type source struct {
	name   string    // for messages and the title
	data   []byte    // the file
	files  fs.FS     // the media folder; nil for a project that may use library items only
	closer io.Closer // releases files; may be nil
	noDir  bool      // dropped alone, so its own files could not come along
	saved  string    // its name in the projects folder, when it was opened from there
}

func (s *source) close() {
	if s != nil && s.closer != nil {
		s.closer.Close()
	}
}

// openDefault reads the built-in default lesson.
func openDefault() (*source, error) {
	data, err := fs.ReadFile(examples.Files, examples.Default)
	if err != nil {
		return nil, err
	}
	return &source{name: examples.Default, data: data, files: examples.Files}, nil
}

// openPath reads a project file and opens its folder for media. os.Root keeps media paths
// inside the folder, symbolic links included.
func openPath(p string) (*source, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, &blocks.Problem{Msg: msgNoProjectFile}
	}
	if info.IsDir() {
		return nil, &blocks.Problem{Msg: msgIsFolder}
	}
	if info.Size() > blocks.MaxFileSize {
		return nil, &blocks.Problem{Msg: msgTooLarge, Args: []any{blocks.MaxFileSize >> 20}}
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, &blocks.Problem{Msg: msgNoProjectFile}
	}
	root, err := os.OpenRoot(filepath.Dir(p))
	if err != nil {
		return nil, fmt.Errorf("opening the project's folder: %w", err)
	}
	return &source{name: filepath.Base(p), data: data, files: root.FS(), closer: root}, nil
}

// openDropped reads the first project file among files dropped on the window: one dropped
// itself, else one at the top of a dropped folder. A dropped folder is the project's media
// folder. A file dropped alone takes its media from its own folder when the system says where
// that is, as a desktop does; otherwise it may use library items only. It returns nil, nil
// when nothing dropped is a project.
func openDropped(dropped fs.FS) (*source, error) {
	entries, err := fs.ReadDir(dropped, ".")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !e.IsDir() && isProject(e.Name()) {
			if ap, ok := e.(ebiten.AbsPather); ok && ap.AbsPath() != "" {
				return openPath(ap.AbsPath())
			}
			return readDropped(dropped, e.Name(), nil, true)
		}
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		inner, err := fs.ReadDir(dropped, e.Name())
		if err != nil {
			continue
		}
		for _, f := range inner {
			if !f.IsDir() && isProject(f.Name()) {
				dir, err := fs.Sub(dropped, e.Name())
				if err != nil {
					return nil, err
				}
				return readDropped(dropped, path.Join(e.Name(), f.Name()), dir, false)
			}
		}
	}
	return nil, nil
}

func readDropped(dropped fs.FS, name string, files fs.FS, noDir bool) (*source, error) {
	f, err := dropped.Open(name)
	if err != nil {
		return nil, &blocks.Problem{Msg: msgNoProjectFile}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, blocks.MaxFileSize+1))
	if err != nil {
		return nil, &blocks.Problem{Msg: msgNoProjectFile}
	}
	if len(data) > blocks.MaxFileSize {
		return nil, &blocks.Problem{Msg: msgTooLarge, Args: []any{blocks.MaxFileSize >> 20}}
	}
	return &source{name: path.Base(name), data: data, files: files, noDir: noDir}, nil
}

func isProject(name string) bool {
	return strings.EqualFold(path.Ext(name), ".tsumiki")
}

// usesFiles reports whether a project takes any costume or sound from a file.
func usesFiles(p *blocks.Project) bool {
	contents := []*blocks.Contents{&p.Stage.Contents}
	for i := range p.Sprites {
		contents = append(contents, &p.Sprites[i].Contents)
	}
	for _, c := range contents {
		for _, m := range c.Costumes {
			if m.File != "" {
				return true
			}
		}
		for _, m := range c.Sounds {
			if m.File != "" {
				return true
			}
		}
	}
	return false
}

// explain says what went wrong opening a project, in lang, with a hint when a dropped file's
// own pictures and sounds could not come along.
func explain(src *source, proj *blocks.Project, err error, lang blocks.Lang) string {
	msg := blocks.Localize(err, lang)
	var loc blocks.Localizer
	if _, ok := err.(blocks.Localizer); !ok && errors.As(err, &loc) {
		msg = loc.Localize(lang) // a problem wrapped with context
	}
	if src != nil && src.noDir && proj != nil && usesFiles(proj) {
		msg += "\n" + msgDropFolder.In(lang)
	}
	return msg
}
