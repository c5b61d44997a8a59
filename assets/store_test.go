package assets

import (
	"bytes"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"tsumiki/blocks"
	"tsumiki/stage"
)

func TestCostumeFile(t *testing.T) {
	half := 5.0
	tests := []struct {
		media blocks.Media
		want  stage.Costume
	}{
		{file("cat.png"), stage.Costume{Width: 40, Height: 30, CenterX: 20, CenterY: 15, Asset: "file:cat.png"}},
		// A picture whose name ends in @2x is drawn at twice its size on the stage.
		{file("cat@2x.png"), stage.Costume{Width: 40, Height: 30, CenterX: 20, CenterY: 15, Asset: "file:cat@2x.png"}},
		{file("pictures/dog.png"), stage.Costume{Width: 24, Height: 24, CenterX: 12, CenterY: 12, Asset: "file:pictures/dog.png"}},
		{blocks.Media{File: "cat.png", CenterX: &half}, stage.Costume{Width: 40, Height: 30, CenterX: 5, CenterY: 15, Asset: "file:cat.png"}},
		{blocks.Media{Library: "ball", CenterY: &half}, stage.Costume{Width: 50, Height: 50, CenterX: 25, CenterY: 5, Asset: "library:ball"}},
	}
	s := projectFS(t)
	masks := map[string]*stage.Mask{}
	for _, tt := range tests {
		t.Run(tt.want.Asset, func(t *testing.T) {
			tt.want.Name = tt.media.Name
			c, err := s.Costume("Cat", tt.media)
			if err != nil {
				t.Fatal(err)
			}
			mask := c.Mask
			c.Mask = nil
			if c != tt.want {
				t.Errorf("costume = %+v\n          want %+v", c, tt.want)
			}
			img, err := s.Image(c.Asset)
			if err != nil {
				t.Fatal(err)
			}
			if b := img.Bounds(); float64(b.Dx()) < c.Width || float64(b.Dy()) < c.Height {
				t.Errorf("image is %v for a %v×%v costume", b, c.Width, c.Height)
			}
			// The corners are outside the disc, so transparent.
			if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
				t.Errorf("corner alpha = %d, want 0", a)
			}

			// The mask is the picture's alpha, at the picture's resolution.
			if mask == nil {
				t.Fatal("costume has no mask")
			}
			b := img.Bounds()
			if mask.Width() != b.Dx() || mask.Height() != b.Dy() || float64(mask.Width())/mask.Scale() != c.Width {
				t.Errorf("mask is %d×%d at %v for a %v picture shown %v wide", mask.Width(), mask.Height(), mask.Scale(), b, c.Width)
			}
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					if _, _, _, a := img.At(x, y).RGBA(); (a != 0) != mask.Opaque(x-b.Min.X, y-b.Min.Y) {
						t.Fatalf("mask at %d,%d is %v, alpha %d", x, y, mask.Opaque(x-b.Min.X, y-b.Min.Y), a)
					}
				}
			}
			// Made once per picture.
			if m, ok := masks[c.Asset]; ok && m != mask {
				t.Error("a second costume of the same picture has a new mask")
			}
			masks[c.Asset] = mask
		})
	}
}

func TestCostumeErrors(t *testing.T) {
	pngData := encodePNG(t, 8, 8)
	mem := memStore(map[string][]byte{
		"huge.png":      pngHeader(9000, 9000),
		"wide.png":      pngHeader(5000, 10),
		"edge.png":      encodePNG(t, 4096, 2),
		"bad.png":       []byte(pngMagic + "garbage"),
		"big.png":       append(pngData, make([]byte, MaxPictureBytes)...),
		"folder.png/in": pngData,
		"photo.jpg":     []byte("\xff\xd8\xff"),
	})
	tests := []struct {
		name  string
		store *Store
		media blocks.Media
		want  string
	}{
		{"no item", mem, lib("foo"), `there is no library item "foo"`},
		{"not there", projectFS(t), file("gone.png"), `the file "gone.png" is not there`},
		{"dot dot", projectFS(t), file("../secret.png"), `the file name "../secret.png" is not allowed: it must be a file inside the project's folder, with "/" between folders and no ".."`},
		{"absolute", projectFS(t), file("/etc/passwd.png"), `the file name "/etc/passwd.png" is not allowed: it must be a file inside the project's folder, with "/" between folders and no ".."`},
		{"not png", projectFS(t), file("notes.png"), `the file "notes.png" is not a PNG picture`},
		{"jpeg", mem, file("photo.jpg"), `the picture in "photo.jpg" is damaged and cannot be read`},
		{"gif", mem, file("photo.gif"), `the file "photo.gif" is not a kind of picture Tsumiki can show: use a .png, .jpg or .svg file`},
		{"no extension", projectFS(t), file("pictures"), `the file "pictures" is not a kind of picture Tsumiki can show: use a .png, .jpg or .svg file`},
		{"folder", mem, file("folder.png"), `"folder.png" is a folder, not a file`},
		{"huge", mem, file("huge.png"), `the picture in "huge.png" is 9000×9000 pixels, larger than 4096`},
		{"wide", mem, file("wide.png"), `the picture in "wide.png" is 5000×10 pixels, larger than 4096`},
		{"damaged", mem, file("bad.png"), `the picture in "bad.png" is damaged and cannot be read`},
		{"big file", mem, file("big.png"), `the file "big.png" is 8.1 MB, larger than 8 MB`},
		{"no folder", NewStore(nil), file("cat.png"), `the file "cat.png" cannot be found, because the project has no folder`},
		{"both", mem, blocks.Media{Library: "ball", File: "ball.png"}, `it must name either a library item or a file, exactly one of them`},
		{"neither", mem, blocks.Media{Name: "x"}, `it must name either a library item or a file, exactly one of them`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.media.Name = "look"
			c, err := tt.store.Costume("Cat", tt.media)
			if err == nil {
				t.Fatalf("costume = %+v, want error %q", c, tt.want)
			}
			wantError(t, err, tt.want)
			var e *Error
			if errors.As(err, &e) && (e.Target != "Cat" || e.Media != "look") {
				t.Errorf("error is about %q, %q; want Cat, look", e.Target, e.Media)
			}
		})
	}
	// A picture at the limit is fine.
	if c, err := mem.Costume("Cat", file("edge.png")); err != nil || c.Width != 4096 {
		t.Errorf("4096×4096 picture: %+v, %v", c, err)
	}
}

// TestDotDot checks that the file systems a Store reads never give a file above the
// project's folder: fs.FS paths have no "..".
func TestDotDot(t *testing.T) {
	root, err := os.OpenRoot("testdata/project")
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for name, fsys := range map[string]fs.FS{"DirFS": os.DirFS("testdata/project"), "Root": root.FS()} {
		for _, path := range []string{"../secret.png", "pictures/../../secret.png", "/secret.png"} {
			if f, err := fsys.Open(path); err == nil {
				f.Close()
				t.Errorf("%s opened %q", name, path)
			} else if !errors.Is(err, fs.ErrInvalid) {
				t.Errorf("%s.Open(%q) = %v, want fs.ErrInvalid", name, path, err)
			}
		}
		// The Store refuses such a path before asking the file system.
		_, err := NewStore(fsys).Costume("Cat", file("../secret.png"))
		wantError(t, err, `the file name "../secret.png" is not allowed: it must be a file inside the project's folder, with "/" between folders and no ".."`)
	}
}

// TestLinkOutOfFolder checks that with os.Root a link inside the folder cannot reach a file
// outside it.
func TestLinkOutOfFolder(t *testing.T) {
	dir := t.TempDir()
	secret, err := filepath.Abs("testdata/secret.png")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "link.png")); err != nil {
		t.Skip("cannot make a symbolic link:", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	_, err = NewStore(root.FS()).Costume("Cat", file("link.png"))
	wantError(t, err, `the file "link.png" cannot be read`)
}

func TestImage(t *testing.T) {
	s := projectFS(t)
	a, err := s.Image("library:tsumi-walk1")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Image("library:tsumi-walk1")
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Error("asking twice decoded the picture twice")
	}
	// Tsumi stands on a transparent background, and its middle is solid.
	if _, _, _, alpha := a.At(2, 2).RGBA(); alpha != 0 {
		t.Errorf("corner alpha = %d, want 0", alpha)
	}
	if _, _, _, alpha := a.At(120, 130).RGBA(); alpha != 0xFFFF {
		t.Errorf("middle alpha = %d, want opaque", alpha)
	}
	if _, err := s.Image("file:cat.png"); err != nil {
		t.Error(err)
	}
	for key, want := range map[string]string{
		"cat.png":           `there is no picture "cat.png"`,
		"library:nope":      `there is no picture "library:nope"`,
		"file:../x.png":     `the file name "../x.png" is not allowed: it must be a file inside the project's folder, with "/" between folders and no ".."`,
		"file:notes.png":    `the file "notes.png" is not a PNG picture`,
		"file:missing.png":  `the file "missing.png" is not there`,
		"file:silence.wav":  `the file "silence.wav" is not a kind of picture Tsumiki can show: use a .png, .jpg or .svg file`,
		"data:0123.png":     `there is no picture "data:0123.png"`,
		"library:sky-blue2": `there is no picture "library:sky-blue2"`,
	} {
		_, err := s.Image(key)
		wantError(t, err, want)
	}
}

func TestImageDamaged(t *testing.T) {
	// The header is whole, but the pixels are cut off. Costume decodes the pixels for the
	// mask, so it finds out.
	data := encodePNG(t, 30, 20)
	s := memStore(map[string][]byte{"cut.png": data[:len(data)-30]})
	_, err := s.Costume("Cat", file("cut.png"))
	wantError(t, err, `the picture in "cut.png" is damaged and cannot be read`)
	_, err = s.Image("file:cut.png")
	wantError(t, err, `the picture in "cut.png" is damaged and cannot be read`)
}

func TestImagePixelLimit(t *testing.T) {
	s := memStore(map[string][]byte{"a.png": encodePNG(t, 1000, 600), "b.png": encodePNG(t, 1000, 600)})
	s.maxPixels = 1_000_000
	if _, err := s.Image("file:a.png"); err != nil {
		t.Fatal(err)
	}
	_, err := s.Image("file:b.png")
	wantError(t, err, `the picture in "b.png" does not fit: the pictures of this project are too large all together, more than 1 million pixels`)
	// Costume decodes its picture for the mask, so it counts too.
	_, err = s.Costume("Cat", file("b.png"))
	wantError(t, err, `the picture in "b.png" does not fit: the pictures of this project are too large all together, more than 1 million pixels`)
	if c, err := s.Costume("Cat", file("a.png")); err != nil || c.Mask == nil {
		t.Errorf("a picture already decoded: %+v, %v", c, err)
	}
}

func TestSoundLength(t *testing.T) {
	s := projectFS(t)
	tests := []struct {
		file      string
		want, tol float64
	}{
		{"silence.wav", 0.5, 0},
		// One second of tone made with lame, which pads the start and end: allow for that.
		{"tone.mp3", 1, 0.1},
	}
	for _, tt := range tests {
		c, err := s.Sound("Cat", file(tt.file))
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		secs := c.Seconds()
		t.Logf("%s plays %v seconds", tt.file, secs)
		if secs < tt.want-tt.tol || secs > tt.want+tt.tol {
			t.Errorf("%s plays %v seconds, want %v±%v", tt.file, secs, tt.want, tt.tol)
		}
	}
}

func TestSoundErrors(t *testing.T) {
	silence, err := os.ReadFile("testdata/project/silence.wav")
	if err != nil {
		t.Fatal(err)
	}
	mem := memStore(map[string][]byte{
		"text.wav":  []byte("hello"),
		"text.mp3":  []byte("hello, this is not a sound"),
		"sync.mp3":  []byte("\xff\xfb\x00\x00 and then nothing that decodes"),
		"adpcm.wav": riff(chunk("fmt ", -1, fmtBody(0x11, 1, 22050, 4)), chunk("data", -1, make([]byte, 100))),
		"big.wav":   append(silence, make([]byte, MaxSoundBytes)...),
		"song.ogg":  []byte("OggS"),
	})
	tests := []struct {
		media blocks.Media
		want  string
	}{
		{file("text.wav"), `the file "text.wav" is not a WAV sound`},
		{file("text.mp3"), `the file "text.mp3" is not an MP3 sound`},
		{file("sync.mp3"), `the sound in "sync.mp3" is damaged and cannot be read`},
		{file("adpcm.wav"), `the sound in "adpcm.wav" is a kind of WAV Tsumiki cannot play: save it as a plain (PCM) WAV file`},
		{file("big.wav"), `the file "big.wav" is 16.1 MB, larger than 16 MB`},
		{file("song.ogg"), `the file "song.ogg" is not a kind of sound Tsumiki can play: use an .mp3 or .wav file`},
		{file("gone.wav"), `the file "gone.wav" is not there`},
		{lib("meow"), `there is no library item "meow"`},
		{lib("ball"), `the library item "ball" is a picture, not a sound`},
	}
	for _, tt := range tests {
		c, err := mem.Sound("Cat", tt.media)
		if err == nil {
			t.Errorf("%+v plays %v seconds, want error %q", tt.media, c.Seconds(), tt.want)
			continue
		}
		wantError(t, err, tt.want)
	}
}

func TestErrorLocalize(t *testing.T) {
	_, err := projectFS(t).Costume("Cat", file("notes.png"))
	for lang, want := range map[blocks.Lang]string{
		blocks.English:  `the file "notes.png" is not a PNG picture`,
		blocks.Japanese: "ファイル「notes.png」は PNG の絵ではありません",
		blocks.Hiragana: "ファイル「notes.png」は PNG の えでは ありません",
	} {
		if got := blocks.Localize(err, lang); got != want {
			t.Errorf("%v: %q, want %q", lang, got, want)
		}
	}
}

func TestEmbeddedCostume(t *testing.T) {
	data := encodePNG(t, 40, 30)
	s := NewStore(nil) // an embedded picture needs no folder
	a, err := s.Costume("Cat", blocks.Media{Name: "me", File: "me.png", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Asset, "data:") || !strings.HasSuffix(a.Asset, ".png") || a.Width != 40 || a.Height != 30 {
		t.Errorf("costume %+v", a)
	}
	// The same bytes, elsewhere in memory and under another name, are the same picture.
	b, err := s.Costume("Dog", blocks.Media{Name: "you", File: "you.PNG", Data: bytes.Clone(data)})
	if err != nil {
		t.Fatal(err)
	}
	if b.Asset != a.Asset || b.Mask != a.Mask {
		t.Errorf("the same bytes are two pictures: %q and %q", a.Asset, b.Asset)
	}
	// "@2x" in the name halves it on the stage.
	c, err := s.Costume("Cat", blocks.Media{Name: "big", File: "me@2x.png", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if c.Asset == a.Asset || c.Width != 20 || c.Height != 15 {
		t.Errorf("costume at 2x %+v", c)
	}
	img, err := s.Image(a.Asset)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, alpha := img.At(20, 15).RGBA(); alpha != 0xffff {
		t.Errorf("middle alpha = %d", alpha)
	}

	jpg, err := s.Costume("Cat", blocks.Media{Name: "photo", File: "photo.jpeg", Data: encodeJPEG(t, 30, 20)})
	if err != nil || jpg.Width != 30 || jpg.Height != 20 || !strings.HasSuffix(jpg.Asset, ".jpeg") {
		t.Errorf("JPEG costume %+v, %v", jpg, err)
	}
}

func TestEmbeddedErrors(t *testing.T) {
	big := append(encodePNG(t, 8, 8), make([]byte, MaxPictureBytes)...)
	tests := []struct {
		media blocks.Media
		want  string
	}{
		{blocks.Media{File: "big.png", Data: big}, `the file "big.png" is 8.1 MB, larger than 8 MB`},
		{blocks.Media{File: "cut.png", Data: []byte(pngMagic + "cut")}, `the picture in "cut.png" is damaged and cannot be read`},
		{blocks.Media{File: "cat.jpg", Data: encodePNG(t, 8, 8)}, `the file "cat.jpg" is not a JPEG picture`},
		{blocks.Media{File: "cat.gif", Data: []byte("GIF89a")}, `the file "cat.gif" is not a kind of picture Tsumiki can show: use a .png, .jpg or .svg file`},
		{blocks.Media{File: "../cat.png", Data: []byte("x")}, `the file name "../cat.png" is not allowed: it must be a file inside the project's folder, with "/" between folders and no ".."`},
	}
	for _, tt := range tests {
		tt.media.Name = "look"
		_, err := NewStore(nil).Costume("Cat", tt.media)
		wantError(t, err, tt.want)
	}
}

func TestSound(t *testing.T) {
	s := projectFS(t)
	tests := []struct {
		file           string
		rate, channels int
		seconds, tol   float64
	}{
		{"silence.wav", 8000, 1, 0.5, 0},
		// lame pads the start and end: allow for that. A mono MP3 decodes to two equal
		// channels, which become one.
		{"tone.mp3", 22050, 1, 1, 0.1},
		{"stereo.mp3", 22050, 2, 0.3, 0.1},
	}
	for _, tt := range tests {
		c, err := s.Sound("Cat", file(tt.file))
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if c.Rate != tt.rate || c.Channels != tt.channels || math.Abs(c.Seconds()-tt.seconds) > tt.tol {
			t.Errorf("%s: %d channels at %d Hz, %v seconds; want %d at %d, %v", tt.file, c.Channels, c.Rate, c.Seconds(), tt.channels, tt.rate, tt.seconds)
		}
		if again, _ := s.Sound("Dog", file(tt.file)); again != c {
			t.Errorf("%s decoded twice", tt.file)
		}
	}
	// The tone is loud in the middle; the stereo file's channels differ.
	if c, _ := s.Sound("Cat", file("tone.mp3")); peak(c.Samples[len(c.Samples)/2:len(c.Samples)/2+500]) < 0.1 {
		t.Error("the tone is silent")
	}
	if c, _ := s.Sound("Cat", file("stereo.mp3")); c != nil {
		differ := false
		for i := 0; i+1 < len(c.Samples); i += 2 {
			differ = differ || math.Abs(float64(c.Samples[i]-c.Samples[i+1])) > 0.05
		}
		if !differ {
			t.Error("the stereo file's channels are the same")
		}
	}
}

func peak(samples []float32) float64 {
	p := 0.0
	for _, v := range samples {
		p = max(p, math.Abs(float64(v)))
	}
	return p
}

func TestEmbeddedSound(t *testing.T) {
	wav := riff(chunk("fmt ", -1, fmtBody(wavPCM, 2, 8000, 16)), chunk("data", -1, []byte{0, 0x40, 0, 0xc0, 0xff, 0x7f, 0, 0x80}))
	s := NewStore(nil)
	c, err := s.Sound("Cat", blocks.Media{Name: "hi", File: "hi.wav", Data: wav})
	if err != nil {
		t.Fatal(err)
	}
	want := []float32{0.5, -0.5, 32767.0 / 32768, -1}
	if c.Rate != 8000 || c.Channels != 2 || !slices.Equal(c.Samples, want) {
		t.Errorf("clip %+v, want samples %v", c, want)
	}
	mp3, err := os.ReadFile("testdata/project/tone.mp3")
	if err != nil {
		t.Fatal(err)
	}
	if c, err := s.Sound("Cat", blocks.Media{Name: "tone", File: "Tone.MP3", Data: mp3}); err != nil || c.Channels != 1 {
		t.Errorf("embedded MP3: %+v, %v", c, err)
	}
	_, err = s.Sound("Cat", blocks.Media{Name: "hi", File: "hi.mp3", Data: wav})
	wantError(t, err, `the file "hi.mp3" is not an MP3 sound`)
	_, err = s.Sound("Cat", blocks.Media{Name: "hi", File: "hi.ogg", Data: wav})
	wantError(t, err, `the file "hi.ogg" is not a kind of sound Tsumiki can play: use an .mp3 or .wav file`)
	_, err = s.Sound("Cat", blocks.Media{Name: "big", File: "big.wav", Data: append(wav, make([]byte, MaxSoundBytes)...)})
	wantError(t, err, `the file "big.wav" is 16.1 MB, larger than 16 MB`)
}

func TestSoundLimits(t *testing.T) {
	// Ten minutes and a second at 1000 Hz, 8-bit mono.
	long := riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 1000, 8)), chunk("data", -1, make([]byte, 1000*(MaxSoundSeconds+1))))
	a := riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 8)), chunk("data", -1, make([]byte, 600)))
	b := riff(chunk("fmt ", -1, fmtBody(wavPCM, 1, 8000, 8)), chunk("data", -1, make([]byte, 500)))
	s := memStore(map[string][]byte{"long.wav": long, "a.wav": a, "b.wav": b})
	_, err := s.Sound("Cat", file("long.wav"))
	wantError(t, err, `the sound in "long.wav" is longer than 10 minutes`)

	s.maxSamples = 1000
	if _, err := s.Sound("Cat", file("a.wav")); err != nil {
		t.Fatal(err)
	}
	_, err = s.Sound("Cat", file("b.wav"))
	wantError(t, err, `the sound in "b.wav" does not fit: the sounds of this project are too long all together`)
}

// TestMessagesHaveNoKanjiInHiragana checks the messages about pictures and sounds: each
// language is there, and the hiragana one holds no kanji.
func TestMessagesHaveNoKanjiInHiragana(t *testing.T) {
	for _, m := range []blocks.Text{
		msgNoItem, msgItemIsSound, msgItemIsPicture, msgRef, msgNoFolder, msgBadPath, msgNoFile,
		msgIsFolder, msgCannotRead, msgFileTooBig, msgFileLarger, msgPictureKind, msgNotPNG,
		msgNotJPEG, msgNotSVG, msgSVGNoSize, msgSVGTooComplex, msgPictureDamaged,
		msgPictureTooLarge, msgPictureEmpty, msgTooManyPixels, msgNoPicture, msgSoundKind,
		msgNotMP3, msgNotWAV, msgSoundDamaged, msgSoundTooLong, msgTooMuchSound, msgWAVKind,
	} {
		if m.En == "" || m.Ja == "" || m.Hira == "" {
			t.Errorf("%q is missing a language", m.En)
		}
		if strings.ContainsFunc(m.Hira, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%q has kanji", m.Hira)
		}
	}
}
