//go:build !js

package main

import (
	"bufio"
	"image"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"tsumiki/blocks"
	"tsumiki/cmd/tsumiki/ui"
)

// chooserTexts are the chooser's words for each kind: its title, and what it says of a folder
// with nothing to pick.
var chooserTexts = map[chooserKind]struct{ title, nothing blocks.Text }{
	choosePicture: {msgChoosePicture, msgNoPicturesHere},
	chooseSound:   {msgChooseSound, msgNoSoundsHere},
}

// maxChooserEntries is how many folders and files the chooser lists of one folder.
const maxChooserEntries = 500

// folderEntry is a line of the file chooser: a folder to open, or a file to pick.
type folderEntry struct {
	name string
	dir  bool
}

// listFolder returns what the chooser shows of dir: its folders, then its files of kind, each
// in name order, without hidden ones, at most maxChooserEntries of them, and how many more
// there are.
func listFolder(dir string, kind chooserKind) ([]folderEntry, int, error) {
	des, err := os.ReadDir(dir)
	if err != nil && len(des) == 0 {
		return nil, 0, err
	}
	var folders, files []folderEntry
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		isDir := de.IsDir()
		if de.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dir, name)); err == nil {
				isDir = st.IsDir()
			}
		}
		switch {
		case isDir:
			folders = append(folders, folderEntry{name, true})
		case kind.matches(name):
			files = append(files, folderEntry{name, false})
		}
	}
	byName := func(a, b folderEntry) int { return strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)) }
	slices.SortFunc(folders, byName)
	slices.SortFunc(files, byName)
	all := append(folders, files...)
	if len(all) > maxChooserEntries {
		return all[:maxChooserEntries], len(all) - maxChooserEntries, nil
	}
	return all, 0, nil
}

// startFolder returns where a chooser of kind opens: the user's pictures or music folder
// when there is one, else the home folder.
func startFolder(kind chooserKind) string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	key, plain := "XDG_PICTURES_DIR", "Pictures"
	if kind == chooseSound {
		key, plain = "XDG_MUSIC_DIR", "Music"
	}
	for _, dir := range []string{userDir(home, key), filepath.Join(home, plain)} {
		if st, err := os.Stat(dir); err == nil && st.IsDir() && dir != home {
			return dir
		}
	}
	return home
}

// userDir reads one of the folders a Linux desktop names in user-dirs.dirs, which may be in
// the desktop's language (~/ピクチャ), or returns "".
func userDir(home, key string) string {
	config := os.Getenv("XDG_CONFIG_HOME")
	if config == "" {
		config = filepath.Join(home, ".config")
	}
	f, err := os.Open(filepath.Join(config, "user-dirs.dirs"))
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(strings.TrimSpace(sc.Text()), "=")
		if !ok || k != key {
			continue
		}
		v = strings.Trim(v, `"`)
		if rest, ok := strings.CutPrefix(v, "$HOME"); ok {
			return filepath.Join(home, rest)
		}
		if filepath.IsAbs(v) {
			return v
		}
	}
	return ""
}

// fileChooser is a menu of one folder, to pick a file of a kind: its first line names the
// folder, then ".." goes up, then its folders open and its files are picked.
type fileChooser struct {
	*ui.Menu
	dir     string
	up      bool          // the menu has "..": a folder above dir
	first   int           // the menu item of entries[0]
	entries []folderEntry // folders, then files
}

// newFileChooser lists dir for a chooser of kind.
func newFileChooser(env ui.Env, lang blocks.Lang, kind chooserKind, dir string, anchor image.Rectangle) *fileChooser {
	c := &fileChooser{dir: dir}
	texts := chooserTexts[kind]
	items := []ui.MenuItem{{Label: texts.title.Format(lang, homeShort(dir)), Disabled: true}}
	if parent := filepath.Dir(dir); parent != dir {
		c.up = true
		items = append(items, ui.MenuItem{Label: msgFolderUp.In(lang)})
	}
	c.first = len(items)
	entries, more, err := listFolder(dir, kind)
	c.entries = entries
	for i, e := range entries {
		label := e.name
		if e.dir {
			label += string(filepath.Separator)
		}
		items = append(items, ui.MenuItem{Label: label, Separator: i == 0})
	}
	hasFiles := len(entries) > 0 && !entries[len(entries)-1].dir
	switch {
	case err != nil:
		items = append(items, ui.MenuItem{Label: msgCannotList.In(lang), Disabled: true, Separator: true})
	case more > 0:
		items = append(items, ui.MenuItem{Label: msgMoreFiles.Format(lang, more), Disabled: true})
	case !hasFiles:
		items = append(items, ui.MenuItem{Label: texts.nothing.In(lang), Disabled: true, Separator: len(entries) == 0})
	}
	c.Menu = ui.NewMenu(env, items, anchor, -1)
	return c
}

// Choice returns what was picked: the folder to open or the file, as a path, and whether it
// is a folder. ok is false when nothing was picked.
func (c *fileChooser) Choice() (path string, dir, ok bool) {
	i := c.Picked()
	switch {
	case i < 0:
		return "", false, false
	case c.up && i == c.first-1:
		return filepath.Dir(c.dir), true, true
	case i >= c.first && i-c.first < len(c.entries):
		e := c.entries[i-c.first]
		return filepath.Join(c.dir, e.name), e.dir, true
	}
	return "", false, false
}

// homeShort writes a folder below the home folder as "~/…".
func homeShort(dir string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return dir
	}
	if rel, err := filepath.Rel(home, dir); err == nil && !strings.HasPrefix(rel, "..") {
		if rel == "." {
			return "~"
		}
		return "~" + string(filepath.Separator) + rel
	}
	return dir
}

// openFileChooser lets the child find a file of kind, starting in dir: folders open in the
// chooser, and pick gets the folder and the name of the file picked.
func (a *App) openFileChooser(kind chooserKind, dir string, anchor image.Rectangle, pick func(dir, name string)) {
	c := newFileChooser(a.env(), a.lang, kind, dir, anchor)
	a.open(c, func(st ui.Status) {
		p, isDir, ok := c.Choice()
		switch {
		case st != ui.Done || !ok:
		case isDir:
			a.openFileChooser(kind, p, anchor, pick)
		default:
			pick(filepath.Dir(p), filepath.Base(p))
		}
	})
}

// chooseAndImport opens a chooser of kind and imports the file picked with add, saying what
// went wrong when it cannot.
func (a *App) chooseAndImport(kind chooserKind, anchor image.Rectangle, add func(fsys fs.FS, name string) error) {
	a.openFileChooser(kind, startFolder(kind), anchor, func(dir, name string) {
		if err := add(os.DirFS(dir), name); err != nil {
			a.show(localizeAll([]error{err}, a.lang), true)
		}
	})
}

// computerFileActions are the File menu's ways to move a project between the app and the
// computer beyond the projects folder: none on the desktop, where the folder is on the
// computer and a file dropped on the window opens.
func (a *App) computerFileActions() []menuAction { return nil }
