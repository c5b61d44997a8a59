package assets

import (
	"embed"
	"strconv"

	"tsumiki/blocks"
)

// library holds the library's files: NAME.png for a costume or backdrop, NAME.mp3 for a
// sound, and thumbs/NAME.png, the thumbnail of any item.
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
	Characters Category = "characters" // Tsumi, the mascot
	Animals    Category = "animals"    // cats, dogs, fish and other animals
	People     Category = "people"     // children and grown-ups
	Vehicles   Category = "vehicles"   // cars, trains, boats and rockets
	Food       Category = "food"       // fruit, rice balls and sweets
	Things     Category = "things"     // balls, buttons and other objects
	Shapes     Category = "shapes"     // stars, hearts, arrows, circles
	Nature     Category = "nature"     // snowflakes, the sun, flowers
	Plain      Category = "plain"      // plain and patterned backdrops
	Outdoors   Category = "outdoors"   // sky, fields and other places outside
	Indoors    Category = "indoors"    // rooms
)

var categoryLabels = map[Category]blocks.Text{
	Characters: blocks.NewText("Characters", "キャラクター", "キャラクター"),
	Animals:    blocks.NewText("Animals", "動物", "どうぶつ"),
	People:     blocks.NewText("People", "人", "ひと"),
	Vehicles:   blocks.NewText("Vehicles", "乗り物", "のりもの"),
	Food:       blocks.NewText("Food", "食べ物", "たべもの"),
	Things:     blocks.NewText("Things", "もの", "もの"),
	Shapes:     blocks.NewText("Shapes", "形", "かたち"),
	Nature:     blocks.NewText("Nature", "自然", "しぜん"),
	Plain:      blocks.NewText("Plain", "シンプル", "シンプル"),
	Outdoors:   blocks.NewText("Outdoors", "屋外", "おそと"),
	Indoors:    blocks.NewText("Indoors", "屋内", "へやの なか"),
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

// pictureItems are the library's costumes and backdrops, in the order assets/gen draws them.
// The pictures are drawn at 2x, so a 240×260 pixel picture is 120×130 on the stage; the
// rotation centres are in stage pixels. Each has a 96×96 thumbnail (see [Thumbnail]).
var pictureItems = []Item{
	{"tsumi-walk1", Costume, Characters, blocks.NewText("Tsumi walk 1", "ツミ 歩く1", "ツミ あるく1"), 60, 65},
	{"tsumi-walk2", Costume, Characters, blocks.NewText("Tsumi walk 2", "ツミ 歩く2", "ツミ あるく2"), 60, 65},
	{"tsumi-walk3", Costume, Characters, blocks.NewText("Tsumi walk 3", "ツミ 歩く3", "ツミ あるく3"), 60, 65},
	{"tsumi-walk4", Costume, Characters, blocks.NewText("Tsumi walk 4", "ツミ 歩く4", "ツミ あるく4"), 60, 65},
	{"cat", Costume, Animals, blocks.NewText("Cat", "ネコ", "ねこ"), 55, 50},
	{"dog", Costume, Animals, blocks.NewText("Dog", "イヌ", "いぬ"), 57.5, 50},
	{"rabbit", Costume, Animals, blocks.NewText("Rabbit", "ウサギ", "うさぎ"), 45, 61},
	{"bird", Costume, Animals, blocks.NewText("Bird", "小鳥", "ことり"), 47.5, 45},
	{"fish", Costume, Animals, blocks.NewText("Fish", "魚", "さかな"), 55, 37.5},
	{"turtle", Costume, Animals, blocks.NewText("Turtle", "カメ", "かめ"), 62.5, 40},
	{"frog", Costume, Animals, blocks.NewText("Frog", "カエル", "かえる"), 52.5, 45},
	{"boy", Costume, People, blocks.NewText("Boy", "男の子", "おとこのこ"), 45, 70},
	{"girl", Costume, People, blocks.NewText("Girl", "女の子", "おんなのこ"), 45, 70},
	{"teacher", Costume, People, blocks.NewText("Teacher", "先生", "せんせい"), 47.5, 80},
	{"car", Costume, Vehicles, blocks.NewText("Car", "車", "くるま"), 60, 37.5},
	{"bus", Costume, Vehicles, blocks.NewText("Bus", "バス", "バス"), 75, 45},
	{"train", Costume, Vehicles, blocks.NewText("Bullet train", "新幹線", "しんかんせん"), 82.5, 37.5},
	{"boat", Costume, Vehicles, blocks.NewText("Sailboat", "ヨット", "ヨット"), 55, 50},
	{"rocket", Costume, Vehicles, blocks.NewText("Rocket", "ロケット", "ロケット"), 40, 70},
	{"apple", Costume, Food, blocks.NewText("Apple", "りんご", "りんご"), 37.5, 40},
	{"onigiri", Costume, Food, blocks.NewText("Rice ball", "おにぎり", "おにぎり"), 45, 42.5},
	{"ice-cream", Costume, Food, blocks.NewText("Ice cream", "アイスクリーム", "アイスクリーム"), 35, 62.5},
	{"dango", Costume, Food, blocks.NewText("Dango", "三色だんご", "さんしょく だんご"), 45, 62.5},
	{"ball", Costume, Things, blocks.NewText("Ball", "ボール", "ボール"), 25, 25},
	{"button", Costume, Things, blocks.NewText("Button", "ボタン", "ボタン"), 40, 20},
	// The pencil turns about its point, so the pen draws where the point is.
	{"pencil", Costume, Things, blocks.NewText("Pencil", "鉛筆", "えんぴつ"), 8, 92},
	{"balloon", Costume, Things, blocks.NewText("Balloon", "風船", "ふうせん"), 32.5, 62.5},
	{"randoseru", Costume, Things, blocks.NewText("School bag", "ランドセル", "ランドセル"), 47.5, 50},
	{"star", Costume, Shapes, blocks.NewText("Star", "星", "ほし"), 30, 32},
	{"heart", Costume, Shapes, blocks.NewText("Heart", "ハート", "ハート"), 30, 27.5},
	{"arrow", Costume, Shapes, blocks.NewText("Arrow", "矢印", "やじるし"), 30, 20},
	{"circle", Costume, Shapes, blocks.NewText("Circle", "円", "まる"), 30, 30},
	{"square", Costume, Shapes, blocks.NewText("Square", "四角", "しかく"), 30, 30},
	{"triangle", Costume, Shapes, blocks.NewText("Triangle", "三角", "さんかく"), 32.5, 37},
	{"snowflake", Costume, Nature, blocks.NewText("Snowflake", "雪の結晶", "ゆきの けっしょう"), 30, 30},
	{"sun", Costume, Nature, blocks.NewText("Sun", "太陽", "たいよう"), 45, 45},
	{"tulip", Costume, Nature, blocks.NewText("Tulip", "チューリップ", "チューリップ"), 35, 60},
	{"blank", Backdrop, Plain, blocks.NewText("Blank", "真っ白", "まっしろ"), 240, 180},
	{"grid", Backdrop, Plain, blocks.NewText("XY grid", "XY座標", "XYざひょう"), 240, 180},
	{"sky", Backdrop, Outdoors, blocks.NewText("Sky", "空", "そら"), 240, 180},
	{"school-yard", Backdrop, Outdoors, blocks.NewText("School yard", "校庭", "こうてい"), 240, 180},
	{"classroom", Backdrop, Indoors, blocks.NewText("Classroom", "教室", "きょうしつ"), 240, 180},
	{"town", Backdrop, Outdoors, blocks.NewText("Town", "町", "まち"), 240, 180},
	{"forest", Backdrop, Outdoors, blocks.NewText("Forest", "森", "もり"), 240, 180},
	{"beach", Backdrop, Outdoors, blocks.NewText("Island beach", "島の浜辺", "しまの はまべ"), 240, 180},
	{"underwater", Backdrop, Outdoors, blocks.NewText("Under the sea", "海の中", "うみの なか"), 240, 180},
	{"night-sky", Backdrop, Outdoors, blocks.NewText("Night sky", "夜空", "よぞら"), 240, 180},
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
