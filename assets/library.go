package assets

import (
	"embed"
	"strconv"

	"tsumiki/blocks"
)

// library holds the library's files: NAME.png for a costume or backdrop.
//
//go:embed library
var library embed.FS

// Kind is what a library item is.
type Kind int

// The kinds of library item.
const (
	Costume Kind = iota
	Backdrop
	Sound
)

// String returns "costume", "backdrop" or "sound".
func (k Kind) String() string {
	switch k {
	case Costume:
		return "costume"
	case Backdrop:
		return "backdrop"
	case Sound:
		return "sound"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// isPicture reports whether items of the kind are pictures: costumes and backdrops.
func (k Kind) isPicture() bool { return k == Costume || k == Backdrop }

// Category groups library items in the app's library browser.
type Category string

// The categories.
const (
	Characters Category = "characters" // Tsumi and friends
	Things     Category = "things"     // balls, buttons and other objects
	Shapes     Category = "shapes"     // stars, hearts, arrows
	Nature     Category = "nature"     // snowflakes, leaves
	Plain      Category = "plain"      // plain and patterned backdrops
	Outdoors   Category = "outdoors"   // sky, fields and other places outside
)

var categoryLabels = map[Category]blocks.Text{
	Characters: blocks.NewText("Characters", "キャラクター", "キャラクター"),
	Things:     blocks.NewText("Things", "もの", "もの"),
	Shapes:     blocks.NewText("Shapes", "形", "かたち"),
	Nature:     blocks.NewText("Nature", "自然", "しぜん"),
	Plain:      blocks.NewText("Plain", "シンプル", "シンプル"),
	Outdoors:   blocks.NewText("Outdoors", "屋外", "おそと"),
}

// Label returns the category's name for people, in each language. An unknown category's
// label is its key.
func (c Category) Label() blocks.Text {
	if l, ok := categoryLabels[c]; ok {
		return l
	}
	if l, ok := soundCategoryLabels[c]; ok {
		return l
	}
	return blocks.Text{En: string(c)}
}

// Item is one costume, backdrop or sound of the built-in library.
type Item struct {
	Name     string // the key in project files: ASCII, lowercase, words joined by "-"
	Kind     Kind
	Category Category
	Label    blocks.Text // the name people see
	// CenterX and CenterY are a costume's or backdrop's rotation centre in stage pixels,
	// from its top-left corner, +y down.
	CenterX, CenterY float64
}

// file is the item's file in the library.
func (it Item) file() string {
	if it.Kind == Sound {
		return "library/" + it.Name + ".mp3"
	}
	return "library/" + it.Name + ".png"
}

// catalogue lists the library in the order the library browser shows it: the pictures, then
// the sounds.
var catalogue = append(append([]Item(nil), pictureItems...), soundItems...)

// pictureItems are the library's costumes and backdrops. The pictures are drawn at 2x by
// assets/gen, so a 240×260 pixel picture is 120×130 on the stage.
var pictureItems = []Item{
	{"tsumi-walk1", Costume, Characters, blocks.NewText("Tsumi walk 1", "ツミ 歩く1", "ツミ あるく1"), 60, 65},
	{"tsumi-walk2", Costume, Characters, blocks.NewText("Tsumi walk 2", "ツミ 歩く2", "ツミ あるく2"), 60, 65},
	{"tsumi-walk3", Costume, Characters, blocks.NewText("Tsumi walk 3", "ツミ 歩く3", "ツミ あるく3"), 60, 65},
	{"tsumi-walk4", Costume, Characters, blocks.NewText("Tsumi walk 4", "ツミ 歩く4", "ツミ あるく4"), 60, 65},
	{"ball", Costume, Things, blocks.NewText("Ball", "ボール", "ボール"), 25, 25},
	{"button", Costume, Things, blocks.NewText("Button", "ボタン", "ボタン"), 40, 20},
	{"star", Costume, Shapes, blocks.NewText("Star", "星", "ほし"), 30, 32},
	{"heart", Costume, Shapes, blocks.NewText("Heart", "ハート", "ハート"), 30, 27.5},
	{"arrow", Costume, Shapes, blocks.NewText("Arrow", "矢印", "やじるし"), 30, 20},
	{"snowflake", Costume, Nature, blocks.NewText("Snowflake", "雪の結晶", "ゆきの けっしょう"), 30, 30},
	{"blank", Backdrop, Plain, blocks.NewText("Blank", "真っ白", "まっしろ"), 240, 180},
	{"grid", Backdrop, Plain, blocks.NewText("XY grid", "XY座標", "XYざひょう"), 240, 180},
	{"sky", Backdrop, Outdoors, blocks.NewText("Sky", "空", "そら"), 240, 180},
}

// Items returns the library catalogue, in the order the library browser shows it. The slice
// is the caller's to keep.
func Items() []Item {
	return append([]Item(nil), catalogue...)
}

// Lookup returns the library item called name.
func Lookup(name string) (Item, bool) {
	for _, it := range catalogue {
		if it.Name == name {
			return it, true
		}
	}
	return Item{}, false
}
