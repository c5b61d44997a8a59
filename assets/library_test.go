package assets

import (
	"bytes"
	"image/png"
	"io/fs"
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
		{"blank", 480, 360, 240, 180},
		{"grid", 480, 360, 240, 180},
		{"sky", 480, 360, 240, 180},
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
	if n := len(Items()); n != len(tests) {
		t.Errorf("the library has %d items, the test knows %d", n, len(tests))
	}
}

// TestCatalogue checks the catalogue against the files the generator wrote.
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
	total := 0
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
		if strings.IndexFunc(it.Label.Hira, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
			t.Errorf("item %q hiragana label %q has kanji", it.Name, it.Label.Hira)
		}
		if lbl := it.Category.Label(); lbl.Ja == "" || lbl.Hira == "" {
			t.Errorf("item %q category %q has no Japanese label", it.Name, it.Category)
		}
		if !files[it.file()] {
			t.Errorf("item %q has no file %s", it.Name, it.file())
			continue
		}
		delete(files, it.file())
		data, _ := library.ReadFile(it.file())
		total += len(data)
		if !it.Kind.isPicture() {
			continue
		}
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
	if total > 300<<10 {
		t.Errorf("the library is %d bytes, more than 300 KB", total)
	}
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
