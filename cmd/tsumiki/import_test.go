package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"tsumiki/blocks"
)

func TestListFolder(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"Zoo", "art", ".hidden"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"b.PNG", "a.svg", "c.jpeg", "song.mp3", "notes.txt", ".secret.png"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "art"), filepath.Join(dir, "link")); err != nil {
		t.Log("no symbolic links here:", err)
	}
	names := func(es []folderEntry) []string {
		var out []string
		for _, e := range es {
			if e.dir {
				out = append(out, e.name+"/")
			} else {
				out = append(out, e.name)
			}
		}
		return out
	}
	pics, more, err := listFolder(dir, choosePicture)
	if err != nil || more != 0 {
		t.Fatal(err, more)
	}
	want := []string{"art/", "link/", "Zoo/", "a.svg", "b.PNG", "c.jpeg"}
	if _, err := os.Lstat(filepath.Join(dir, "link")); err != nil {
		want = slices.DeleteFunc(want, func(s string) bool { return s == "link/" })
	}
	if got := names(pics); !slices.Equal(got, want) {
		t.Errorf("pictures: %q, want %q", got, want)
	}
	sounds, _, _ := listFolder(dir, chooseSound)
	if got := names(sounds); got[len(got)-1] != "song.mp3" || slices.Contains(got, "a.svg") {
		t.Errorf("sounds: %q", got)
	}
	if _, _, err := listFolder(filepath.Join(dir, "gone"), choosePicture); err == nil {
		t.Error("listing a folder that is not there")
	}
}

func TestStartFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "config"))
	if got := startFolder(choosePicture); got != home {
		t.Errorf("with no pictures folder: %s", got)
	}
	music := filepath.Join(home, "Music")
	if err := os.Mkdir(music, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := startFolder(chooseSound); got != music {
		t.Errorf("sounds start in %s, want %s", got, music)
	}
	// A Japanese desktop names its folders in Japanese, in user-dirs.dirs.
	pics := filepath.Join(home, "ピクチャ")
	if err := os.MkdirAll(pics, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(home, "config"), 0o755); err != nil {
		t.Fatal(err)
	}
	dirs := "# written by xdg-user-dirs-update\nXDG_MUSIC_DIR=\"$HOME/Music\"\nXDG_PICTURES_DIR=\"$HOME/ピクチャ\"\n"
	if err := os.WriteFile(filepath.Join(home, "config", "user-dirs.dirs"), []byte(dirs), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := startFolder(choosePicture); got != pics {
		t.Errorf("pictures start in %s, want %s", got, pics)
	}
}

func TestEmbeddedMediaNames(t *testing.T) {
	long := strings.Repeat("ね", 100) + ".png" // 300 bytes of name
	tests := []struct {
		name       string
		file, look string
	}{
		{"Rocket.png", "Rocket.png", "Rocket"},
		{"folder/My Cat.JPG", "My Cat.JPG", "My Cat"},
		{"bad\xffname.wav", "bad_name.wav", "bad_name"},
		{".png", ".png", ""},
		{long, strings.Repeat("ね", 65) + ".png", strings.Repeat("ね", 65)},
	}
	for _, tt := range tests {
		m := embeddedMedia(tt.name, []byte{1})
		if m.File != tt.file || m.Name != tt.look || len(m.File) > blocks.MaxNameLen {
			t.Errorf("%q: file %q, name %q; want %q, %q", tt.name, m.File, m.Name, tt.file, tt.look)
		}
		p := &blocks.Project{Format: blocks.FormatVersion, Stage: blocks.Stage{Contents: blocks.Contents{
			Sounds: []blocks.Media{{Name: "it", File: m.File, Data: m.Data}}}}}
		if err := blocks.Check(p); err != nil {
			t.Errorf("%q: %v", tt.name, err)
		}
	}
}

func TestReadImportLimits(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.wav":    {Data: []byte("RIFF")},
		"big.png":   {Data: make([]byte, 8<<20+1)},
		"big.wav":   {Data: make([]byte, 8<<20+1)}, // sounds may be larger
		"empty.svg": {Data: nil},
		"dir.png":   {Mode: os.ModeDir},
	}
	for name, want := range map[string]string{
		"ok.wav":    "",
		"big.png":   `The file "big.png" is too large: it can be at most 8 MB.`,
		"big.wav":   "",
		"empty.svg": `The file "empty.svg" is empty.`,
		"dir.png":   `The file "dir.png" cannot be read.`,
		"gone.png":  `The file "gone.png" cannot be read.`,
	} {
		_, err := readImport(fsys, name)
		if got := ""; err != nil {
			got = blocks.Localize(err, blocks.English)
			if got != want {
				t.Errorf("%s: %q, want %q", name, got, want)
			}
		} else if want != "" {
			t.Errorf("%s: read, want %q", name, want)
		}
	}
}

// TestImportMessagesHaveNoKanjiInHiragana checks the words of importing and of the file
// chooser in every language.
func TestImportMessagesHaveNoKanjiInHiragana(t *testing.T) {
	for _, m := range []blocks.Text{
		msgUploadPicture, msgUploadBackdrop, msgUploadSound, msgSounds, msgNoSoundsYet, msgDeleteNamed,
		msgDeleteCostume, msgDeleteBackdrop, msgSoundAdded, msgChoosePicture, msgChooseSound, msgFolderUp,
		msgNoPicturesHere, msgNoSoundsHere, msgMoreFiles, msgCannotList, msgCannotReadFile, msgEmptyFile,
		msgImportTooBig, msgProjectFull, msgEditorOnly, msgFromImage,
	} {
		if m.En == "" || m.Ja == "" || m.Hira == "" {
			t.Errorf("%q is missing a language", m.En)
		}
		if strings.ContainsFunc(m.Hira, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%q has kanji", m.Hira)
		}
	}
}

// TestImportNeedsTheEditor drops a picture on the app playing a project without its editor.
func TestImportNeedsTheEditor(t *testing.T) {
	a := newTestApp(t)
	if !a.dropMedia(fstest.MapFS{"Rocket.png": {Data: []byte("\x89PNG")}}) {
		t.Fatal("the picture was not taken")
	}
	if want := `"Rocket.png" was not added: pictures and sounds can be added only while the editor is open.`; a.notice != want {
		t.Errorf("notice %q, want %q", a.notice, want)
	}
}
