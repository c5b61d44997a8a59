package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"tsumiki/assets"
	"tsumiki/blocks"
	"tsumiki/blocks/editor"
)

// A child's own pictures and sounds are embedded in the project, which stays one file. Each
// is read once through the open project's Store before it is added, so that a broken file, or
// one past the limits, is refused with a message naming it, and the runtime then finds it
// decoded.

// importSlack is room left in a project file beyond its media, for its scripts to grow.
const importSlack = 1 << 20

// importLimit returns the largest file of its kind, by name, that can be added: the Store's.
func importLimit(name string) int64 {
	if assets.IsSound(name) {
		return assets.MaxSoundBytes
	}
	return assets.MaxPictureBytes
}

// readImport reads a picture or sound a child dropped or chose, refusing one larger than the
// Store takes.
func readImport(fsys fs.FS, name string) ([]byte, error) {
	limit := importLimit(name)
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &blocks.Problem{Msg: msgCannotReadFile, Args: []any{path.Base(name)}}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && (st.IsDir() || st.Size() > limit) {
		if st.IsDir() {
			return nil, &blocks.Problem{Msg: msgCannotReadFile, Args: []any{path.Base(name)}}
		}
		return nil, &blocks.Problem{Msg: msgImportTooBig, Args: []any{path.Base(name), limit >> 20}}
	}
	// The size from Stat may be wrong, so never read more than the limit allows.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	switch {
	case err != nil:
		return nil, &blocks.Problem{Msg: msgCannotReadFile, Args: []any{path.Base(name)}}
	case int64(len(data)) > limit:
		return nil, &blocks.Problem{Msg: msgImportTooBig, Args: []any{path.Base(name), limit >> 20}}
	case len(data) == 0:
		return nil, &blocks.Problem{Msg: msgEmptyFile, Args: []any{path.Base(name)}}
	}
	return data, nil
}

// embeddedMedia returns a costume or sound holding data, the file name, called after the file.
func embeddedMedia(name string, data []byte) blocks.Media {
	file := strings.ToValidUTF8(path.Base(name), "_")
	file = strings.NewReplacer("/", "_", `\`, "_").Replace(file)
	ext := path.Ext(file)
	stem := strings.TrimSuffix(file, ext)
	if len(file) > blocks.MaxNameLen {
		// Shorten the name, keeping its extension, which says its format.
		for len(stem)+len(ext) > blocks.MaxNameLen {
			_, size := utf8.DecodeLastRuneInString(stem)
			stem = stem[:len(stem)-size]
		}
		file = stem + ext
	}
	if strings.TrimSpace(stem) == "" {
		stem = ""
	}
	return blocks.Media{Name: strings.TrimSpace(stem), File: file, Data: data}
}

// readMedia reads a file to embed and checks it fits in the project file.
func (a *App) readMedia(fsys fs.FS, name string) (blocks.Media, error) {
	data, err := readImport(fsys, name)
	if err != nil {
		return blocks.Media{}, err
	}
	saved, err := blocks.Marshal(a.bench.ws.Project())
	if err != nil {
		return blocks.Media{}, fmt.Errorf("measuring the project: %w", err)
	}
	if len(saved)+base64.StdEncoding.EncodedLen(len(data))+importSlack > blocks.MaxFileSize {
		return blocks.Media{}, &blocks.Problem{Msg: msgProjectFull, Args: []any{path.Base(name), blocks.MaxFileSize >> 20}}
	}
	return embeddedMedia(name, data), nil
}

// canImport says why the file name cannot be added now, or returns nil.
func (a *App) canImport(name string) error {
	if a.bench == nil || a.cur == nil {
		return &blocks.Problem{Msg: msgEditorOnly, Args: []any{path.Base(name)}}
	}
	return nil
}

// importFile reads the file name of fsys for target (a sprite's index or the stage; a new
// sprite's picture is read for the stage) and checks that the project's Store can load it as
// a picture or a sound.
func (a *App) importFile(target int, fsys fs.FS, name string, sound bool) (blocks.Media, error) {
	if err := a.canImport(name); err != nil {
		return blocks.Media{}, err
	}
	m, err := a.readMedia(fsys, name)
	if err != nil {
		return m, err
	}
	owner := targetName(a.bench.ws.Project(), target)
	if sound {
		_, err = a.cur.store.Sound(owner, m)
	} else {
		_, err = a.cur.store.Costume(owner, m)
	}
	return m, err
}

// importSprite adds a sprite wearing the picture name of fsys, and selects it.
func (a *App) importSprite(fsys fs.FS, name string) error {
	m, err := a.importFile(editor.StageTarget, fsys, name, false)
	if err != nil {
		return err
	}
	i, err := a.bench.ws.AddSprite(m.Name, m)
	if err != nil {
		return err
	}
	a.selectTarget(i)
	return nil
}

// importCostume adds the picture name of fsys as a costume of sprite target, or a backdrop of
// the stage, and wears it.
func (a *App) importCostume(target int, fsys fs.FS, name string) error {
	m, err := a.importFile(target, fsys, name, false)
	if err != nil {
		return err
	}
	return a.bench.ws.AddCostume(target, m)
}

// importSound adds the sound name of fsys to sprite target, or to the stage, and says so.
func (a *App) importSound(target int, fsys fs.FS, name string) error {
	m, err := a.importFile(target, fsys, name, true)
	if err != nil {
		return err
	}
	ws := a.bench.ws
	if err := ws.AddSound(target, m); err != nil {
		return err
	}
	a.previewSound(target, m)
	c := contentsOf(ws.Project(), target)
	a.show(msgSoundAdded.Format(a.lang, c.Sounds[len(c.Sounds)-1].Name, a.targetLabel(target)), false)
	return nil
}

// contentsOf returns the contents of sprite t of p, or of the stage.
func contentsOf(p *blocks.Project, t int) *blocks.Contents {
	if t == editor.StageTarget || t >= len(p.Sprites) {
		return &p.Stage.Contents
	}
	return &p.Sprites[t].Contents
}

// targetLabel is how the app names sprite t, or the stage, to a child.
func (a *App) targetLabel(t int) string {
	p := a.bench.ws.Project()
	if t == editor.StageTarget || t >= len(p.Sprites) {
		return msgStage.In(a.lang)
	}
	return p.Sprites[t].Name
}

// dropMedia adds the pictures and sounds dropped on the window to the project, embedded in
// it: each picture makes a sprite wearing it, and each sound goes to the selected sprite's
// sounds (or the stage's). It reports whether anything dropped was a picture or a sound.
func (a *App) dropMedia(dropped fs.FS) bool {
	entries, err := fs.ReadDir(dropped, ".")
	if err != nil {
		return false
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && (assets.IsPicture(e.Name()) || assets.IsSound(e.Name())) {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return false
	}
	var errs []error
	for _, name := range names {
		var err error
		if assets.IsSound(name) {
			err = a.importSound(a.selectedTarget(), dropped, name)
		} else {
			err = a.importSprite(dropped, name)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		a.show(localizeAll(errs, a.lang), true)
	}
	return true
}

// selectedTarget returns the sprite the editor shows, or the stage.
func (a *App) selectedTarget() int {
	if a.bench == nil {
		return editor.StageTarget
	}
	return a.bench.ws.Target()
}

// localizeAll says each of errs in lang, a line each.
func localizeAll(errs []error, lang blocks.Lang) string {
	lines := make([]string, len(errs))
	for i, err := range errs {
		lines[i] = blocks.Localize(err, lang)
		var loc blocks.Localizer
		if _, ok := err.(blocks.Localizer); !ok && errors.As(err, &loc) {
			lines[i] = loc.Localize(lang)
		}
	}
	return strings.Join(lines, "\n")
}
