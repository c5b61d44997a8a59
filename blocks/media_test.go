package blocks_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"tsumiki/blocks"
)

// TestEmbeddedMediaRoundTrip saves a project holding its own picture and sound, loads it and
// saves it again: the bytes come back, in base64 under "data", and the file is the same.
func TestEmbeddedMediaRoundTrip(t *testing.T) {
	pic := []byte("\x89PNG\r\n\x1a\n not really, but bytes of every kind: \x00\xff\"\\")
	snd := bytes.Repeat([]byte{0, 1, 2, 3, 250}, 1000)
	p := fzBase()
	p.Sprites[0].Costumes = append(p.Sprites[0].Costumes, blocks.Media{Name: "me", File: "me.png", Data: pic})
	p.Sprites[0].Sounds = append(p.Sprites[0].Sounds, blocks.Media{Name: "hi", File: "hi there.wav", Data: snd})
	saved, err := blocks.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(saved, []byte(`"file": "me.png",`+"\n")) || !bytes.Contains(saved, []byte(`"data": "iVBORw0KGgo`)) {
		t.Errorf("the picture is not saved as base64 data after its name:\n%s", saved)
	}
	loaded, err := blocks.Parse(saved)
	if err != nil {
		t.Fatal(err)
	}
	c := loaded.Sprites[0].Contents
	if got := c.Costumes[1]; !got.Embedded() || !bytes.Equal(got.Data, pic) || got.File != "me.png" {
		t.Errorf("costume loaded as %+v", got)
	}
	if got := c.Sounds[1]; !bytes.Equal(got.Data, snd) || got.File != "hi there.wav" {
		t.Errorf("sound loaded as %+v", got)
	}
	if c.Costumes[0].Embedded() {
		t.Error("a library costume says it is embedded")
	}
	again, err := blocks.Marshal(loaded)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved, again) {
		t.Error("load→save changes a project with embedded media")
	}
}

// TestEmbeddedMediaChecks checks the combinations of library, file and data.
func TestEmbeddedMediaChecks(t *testing.T) {
	tests := []struct {
		m    blocks.Media
		want string // in the English message; "" for none
	}{
		{blocks.Media{Name: "a", Library: "cat"}, ""},
		{blocks.Media{Name: "a", File: "pictures/a.png"}, ""},
		{blocks.Media{Name: "a", File: "my cat.png", Data: []byte{1}}, ""},
		{blocks.Media{Name: "a", File: "ねこ.svg", Data: []byte{1}}, ""},
		{blocks.Media{Name: "a"}, `"a" must name either a library item or a file`},
		{blocks.Media{Name: "a", Library: "cat", File: "a.png"}, `"a" must name either a library item or a file`},
		{blocks.Media{Name: "a", Data: []byte{1}}, `"a" must name either a library item or a file`},
		{blocks.Media{Name: "a", Library: "cat", Data: []byte{1}}, `"a" holds the bytes of a file, so it must also give the file's name`},
		{blocks.Media{Name: "a", File: "a.png", Data: []byte{}}, `the file "a.png" held in the project is empty`},
		{blocks.Media{Name: "a", File: "pictures/a.png", Data: []byte{1}}, `the file "pictures/a.png" held in the project must have a plain file name`},
		{blocks.Media{Name: "a", File: `c:\a.png`, Data: []byte{1}}, `must have a plain file name`},
		{blocks.Media{Name: "a", File: "..", Data: []byte{1}}, `must have a plain file name`},
		{blocks.Media{Name: "a", File: "../a.png"}, `the file "../a.png" must be a path inside the project's folder`},
	}
	for _, tt := range tests {
		p := fzBase()
		p.Sprites[0].Costumes = append(p.Sprites[0].Costumes, tt.m)
		err := blocks.Check(p)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%+v: %v", tt.m, err)
		case tt.want == "":
		case err == nil:
			t.Errorf("%+v passes, want %q", tt.m, tt.want)
		case !strings.Contains(err.Error(), tt.want):
			t.Errorf("%+v: %v\nwant %q", tt.m, err, tt.want)
		default:
			for _, lang := range []blocks.Lang{blocks.Japanese, blocks.Hiragana} {
				msg := blocks.Localize(err, lang)
				if msg == "" || strings.Contains(msg, "%!") {
					t.Errorf("%v message %q", lang, msg)
				}
				if lang == blocks.Hiragana && strings.ContainsFunc(strings.ReplaceAll(msg, tt.m.File, ""), isHan) {
					t.Errorf("hiragana message %q has kanji", msg)
				}
			}
		}
	}
}

// TestEmbeddedDataEmptyInFile checks that "data": "" is refused rather than loaded as a file
// reference, which saving would turn it into.
func TestEmbeddedDataEmptyInFile(t *testing.T) {
	data, err := blocks.Marshal(fzBase())
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"library": "cat"`), []byte(`"file": "a.png", "data": ""`), 1)
	if _, err := blocks.Parse(data); err == nil || !strings.Contains(err.Error(), `the file "a.png" held in the project is empty`) {
		t.Errorf("Parse = %v", err)
	}
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
