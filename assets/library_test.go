package assets

import (
	"bytes"
	"image/png"
	"io/fs"
	"math"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"tsumiki/blocks"
)

func TestLibraryCostumes(t *testing.T) {
	tests := []struct {
		name                   string
		w, h, centerX, centerY float64
	}{
		{"tsumi-walk1", 120, 130, 60, 65},
		{"tsumi-walk2", 120, 130, 60, 65},
		{"tsumi-walk3", 120, 130, 60, 65},
		{"tsumi-walk4", 120, 130, 60, 65},
		{"ball", 50, 50, 25, 25},
		{"button", 80, 40, 40, 20},
		{"star", 60, 60, 30, 32},
		{"heart", 60, 55, 30, 27.5},
		{"arrow", 60, 40, 30, 20},
		{"snowflake", 60, 60, 30, 30},
		{"cat", 110, 100, 55, 50},
		{"teacher", 95, 160, 47.5, 80},
		{"train", 165, 75, 82.5, 37.5},
		{"onigiri", 90, 85, 45, 42.5},
		{"pencil", 100, 100, 8, 92},
		{"triangle", 65, 60, 32.5, 37},
		{"blank", 480, 360, 240, 180},
		{"grid", 480, 360, 240, 180},
		{"sky", 480, 360, 240, 180},
		{"school-yard", 480, 360, 240, 180},
		{"night-sky", 480, 360, 240, 180},
	}
	s := NewStore(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := s.Costume("Sprite1", blocks.Media{Name: "look", Library: tt.name})
			if err != nil {
				t.Fatal(err)
			}
			if c.Name != "look" || c.Width != tt.w || c.Height != tt.h || c.CenterX != tt.centerX || c.CenterY != tt.centerY {
				t.Errorf("costume = %+v, want %v×%v centred at (%v, %v)", c, tt.w, tt.h, tt.centerX, tt.centerY)
			}
			if want := "library:" + tt.name; c.Asset != want {
				t.Errorf("asset = %q, want %q", c.Asset, want)
			}
			img, err := s.Image(c.Asset)
			if err != nil {
				t.Fatal(err)
			}
			if b := img.Bounds(); float64(b.Dx()) != 2*tt.w || float64(b.Dy()) != 2*tt.h {
				t.Errorf("image is %v, want %v×%v pixels", b, 2*tt.w, 2*tt.h)
			}
		})
	}
}

// TestCatalogue checks the catalogue against the files the generator wrote: each item's file
// and thumbnail, and no file that is neither.
func TestCatalogue(t *testing.T) {
	files := map[string]bool{}
	err := fs.WalkDir(library, "library", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files[path] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	validName := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	seen := map[string]bool{}
	pictureBytes := 0
	for _, it := range Items() {
		if !validName.MatchString(it.Name) {
			t.Errorf("item name %q is not lowercase ASCII words joined by -", it.Name)
		}
		if seen[it.Name] {
			t.Errorf("item %q is listed twice", it.Name)
		}
		seen[it.Name] = true
		if got, ok := Lookup(it.Name); !ok || got != it {
			t.Errorf("Lookup(%q) = %+v, %v", it.Name, got, ok)
		}
		if it.Label.En == "" || it.Label.Ja == "" || it.Label.Hira == "" {
			t.Errorf("item %q label %+v is missing a language", it.Name, it.Label)
		}
		if hasKanji(it.Label.Hira) {
			t.Errorf("item %q hiragana label %q has kanji", it.Name, it.Label.Hira)
		}
		if lbl := it.Category.Label(); lbl.Ja == "" || lbl.Hira == "" || hasKanji(lbl.Hira) {
			t.Errorf("item %q category %q has no Japanese label, or kanji in its hiragana one: %+v", it.Name, it.Category, lbl)
		}
		if !files[it.thumbnailFile()] {
			t.Errorf("item %q has no thumbnail %s", it.Name, it.thumbnailFile())
		}
		delete(files, it.thumbnailFile())
		if !files[it.file()] {
			t.Errorf("item %q has no file %s", it.Name, it.file())
			continue
		}
		delete(files, it.file())
		if !it.Kind.isPicture() {
			continue
		}
		data, _ := library.ReadFile(it.file())
		thumb, _ := library.ReadFile(it.thumbnailFile())
		pictureBytes += len(data) + len(thumb)
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			t.Errorf("item %q: %v", it.Name, err)
			continue
		}
		if it.CenterX < 0 || it.CenterX > float64(cfg.Width)/2 || it.CenterY < 0 || it.CenterY > float64(cfg.Height)/2 {
			t.Errorf("item %q centre (%v, %v) is outside its %d×%d pixel picture", it.Name, it.CenterX, it.CenterY, cfg.Width, cfg.Height)
		}
		if it.Kind == Backdrop && (cfg.Width != 960 || cfg.Height != 720) {
			t.Errorf("backdrop %q is %d×%d pixels, want 960×720", it.Name, cfg.Width, cfg.Height)
		}
	}
	for f := range files {
		t.Errorf("library file %s is not in the catalogue", f)
	}
	// The library ships in the browser build.
	if pictureBytes > 600<<10 {
		t.Errorf("the pictures and their thumbnails are %d bytes, more than 600 KB", pictureBytes)
	}
}

// TestCategoryLabels checks every category the catalogue uses, pictures' and sounds', has a
// label in each language, with no kanji in the hiragana one.
func TestCategoryLabels(t *testing.T) {
	for _, labels := range []map[Category]blocks.Text{categoryLabels, soundCategoryLabels} {
		for c, l := range labels {
			if l.En == "" || l.Ja == "" || l.Hira == "" || hasKanji(l.Hira) {
				t.Errorf("category %q label %+v", c, l)
			}
		}
	}
	if l := Category("unknown").Label(); l.En != "unknown" {
		t.Errorf("unknown category label = %+v", l)
	}
}

// TestLibraryCovers checks the library has what a workshop needs: several costumes in each
// kind of thing children draw, and the places the lessons are set in.
func TestLibraryCovers(t *testing.T) {
	costumes := map[Category]int{}
	nonMascot := 0
	for _, it := range Items() {
		if it.Kind == Costume {
			costumes[it.Category]++
			if it.Category != Characters {
				nonMascot++
			}
		}
	}
	for _, c := range []Category{Animals, People, Vehicles, Food, Things, Shapes} {
		if costumes[c] < 3 {
			t.Errorf("category %q has %d costumes, want at least 3", c, costumes[c])
		}
	}
	if nonMascot < 22 {
		t.Errorf("%d costumes besides Tsumi, want at least 22", nonMascot)
	}
	for _, name := range []string{"school-yard", "beach", "forest", "night-sky", "town", "classroom"} {
		if it, ok := Lookup(name); !ok || it.Kind != Backdrop {
			t.Errorf("no backdrop %q", name)
		}
	}
}

func hasKanji(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

func TestItemsIsACopy(t *testing.T) {
	items := Items()
	items[0].Name = "changed"
	if Items()[0].Name == "changed" {
		t.Error("changing the slice from Items changed the catalogue")
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Costume: "costume", Backdrop: "backdrop", Sound: "sound", 7: "Kind(7)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}

// TestLibrarySoundsDecode decodes every library sound through a Store: each is a mono clip
// that starts sounding at once (the encoder's delay is gone) and lasts about as long as the
// generator made it.
func TestLibrarySoundsDecode(t *testing.T) {
	s := NewStore(nil)
	n := 0
	for _, it := range Items() {
		if it.Kind != Sound {
			continue
		}
		n++
		c, err := s.Sound("Stage", blocks.Media{Name: it.Name, Library: it.Name})
		if err != nil {
			t.Errorf("%s: %v", it.Name, err)
			continue
		}
		if c.Channels != 1 || c.Rate != 22050 {
			t.Errorf("%s: %d channels at %d Hz, want mono at 22050", it.Name, c.Channels, c.Rate)
		}
		if secs := c.Seconds(); secs < 0.05 || secs > 4 {
			t.Errorf("%s lasts %.3f s", it.Name, secs)
		}
		first := -1
		for i, v := range c.Samples {
			if math.Abs(float64(v)) > 1e-3 {
				first = i
				break
			}
		}
		// Untrimmed, nothing would sound before frame 1105.
		if first < 0 || first >= 512 {
			t.Errorf("%s: first sound at frame %d, want within the first 512 frames", it.Name, first)
		}
	}
	if n < 20 {
		t.Errorf("%d library sounds, want at least 20", n)
	}
}
