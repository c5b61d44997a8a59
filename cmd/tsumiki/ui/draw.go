package ui

import (
	"image"
	"image/color"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Scratch's colours for its menus and dialogs.
var (
	colorWhite     = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colorBorder    = color.RGBA{0xd9, 0xd9, 0xd9, 0xff} // light grey edges
	colorBody      = color.RGBA{0xf9, 0xf9, 0xf9, 0xff} // behind a dialog's fields
	colorText      = color.RGBA{0x57, 0x5e, 0x75, 0xff} // Scratch's text grey-blue
	colorTextLight = color.RGBA{0xa0, 0xa6, 0xb5, 0xff}
	colorBlue      = color.RGBA{0x4c, 0x97, 0xff, 0xff} // Scratch blue: OK, headers, focus
	colorBlueDark  = color.RGBA{0x3d, 0x79, 0xcc, 0xff}
	colorHover     = color.RGBA{0xe5, 0xf0, 0xff, 0xff} // the item under the pointer or keys
	colorDisabled  = color.RGBA{0xc6, 0xcb, 0xd6, 0xff}
	colorError     = color.RGBA{0xd6, 0x45, 0x45, 0xff}
	colorErrorBG   = color.RGBA{0xff, 0xee, 0xee, 0xff}
	colorShadow    = color.RGBA{0x00, 0x00, 0x00, 0x22}
	colorOverlay   = color.RGBA{0x3f, 0x7f, 0xd9, 0xb0} // Scratch's blue veil behind a dialog
	colorSelection = color.RGBA{0xb4, 0xd5, 0xff, 0xff} // selected text
	colorPink      = color.RGBA{0xff, 0x66, 0x80, 0xff} // My Blocks
	colorPinkEdge  = color.RGBA{0xff, 0x33, 0x55, 0xff}
	colorPinkLight = color.RGBA{0xff, 0x99, 0xaa, 0xff}
)

func Colored(c color.Color) *vector.DrawPathOptions {
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	return op
}

func RoundRect(r image.Rectangle, radius float64) *vector.Path {
	x0, y0, x1, y1 := float32(r.Min.X), float32(r.Min.Y), float32(r.Max.X), float32(r.Max.Y)
	rad := float32(math.Max(0, math.Min(radius, float64(min(r.Dx(), r.Dy()))/2)))
	var p vector.Path
	p.MoveTo(x0+rad, y0)
	p.ArcTo(x1, y0, x1, y1, rad)
	p.ArcTo(x1, y1, x0, y1, rad)
	p.ArcTo(x0, y1, x0, y0, rad)
	p.ArcTo(x0, y0, x1, y0, rad)
	p.Close()
	return &p
}

func FillRound(dst *ebiten.Image, r image.Rectangle, radius float64, c color.Color) {
	if r.Empty() {
		return
	}
	vector.FillPath(dst, RoundRect(r, radius), nil, Colored(c))
}

// strokeRound draws a border of the given width just inside r.
func StrokeRound(dst *ebiten.Image, r image.Rectangle, radius, width float64, c color.Color) {
	if r.Empty() {
		return
	}
	in := int(math.Round(width / 2))
	vector.StrokePath(dst, RoundRect(r.Inset(in), radius-width/2), &vector.StrokeOptions{Width: float32(width)}, Colored(c))
}

// card draws a white rounded box with a light grey edge and a soft shadow.
func card(dst *ebiten.Image, r image.Rectangle, radius, unit float64) {
	sh := r.Add(image.Pt(0, int(math.Round(2*unit))))
	FillRound(dst, sh.Inset(-int(math.Round(unit))), radius+unit, colorShadow)
	FillRound(dst, r, radius, colorWhite)
	StrokeRound(dst, r, radius, math.Max(1, unit), colorBorder)
}

func FillRect(dst *ebiten.Image, r image.Rectangle, c color.Color) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), c, false)
}

func LineHeight(f text.Face) float64 {
	m := f.Metrics()
	return m.HAscent + m.HDescent + m.HLineGap
}

func advance(s string, f text.Face) float64 {
	if s == "" {
		return 0
	}
	return text.Advance(s, f)
}

// drawText draws one line of text with its top left at x, y.
func DrawText(dst *ebiten.Image, s string, f text.Face, x, y float64, c color.Color) {
	if s == "" {
		return
	}
	op := &text.DrawOptions{}
	op.GeoM.Translate(math.Round(x), math.Round(y))
	op.ColorScale.ScaleWithColor(c)
	text.Draw(dst, s, f, op)
}

// drawCentered draws one line of text in the middle of r.
func drawCentered(dst *ebiten.Image, s string, f text.Face, r image.Rectangle, c color.Color) {
	w := advance(s, f)
	DrawText(dst, s, f, float64(r.Min.X)+(float64(r.Dx())-w)/2, float64(r.Min.Y)+(float64(r.Dy())-LineHeight(f))/2, c)
}

// drawLines draws lines of text centred in r, one under another.
func drawLines(dst *ebiten.Image, lines []string, f text.Face, r image.Rectangle, c color.Color) {
	lh := LineHeight(f)
	y := float64(r.Min.Y) + (float64(r.Dy())-lh*float64(len(lines)))/2
	for _, l := range lines {
		w := advance(l, f)
		DrawText(dst, l, f, float64(r.Min.X)+(float64(r.Dx())-w)/2, y, c)
		y += lh
	}
}

// fit shortens s with an ellipsis until it is at most width wide.
func Fit(s string, width float64, f text.Face) string {
	if advance(s, f) <= width {
		return s
	}
	rs := []rune(strings.TrimSuffix(s, "…"))
	for len(rs) > 0 && advance(string(rs)+"…", f) > width {
		rs = rs[:len(rs)-1]
	}
	return string(rs) + "…"
}

// wrapText breaks s into at most maxLines lines at most width wide; the last line ends in an
// ellipsis when some text is left over. maxLines 0 means no limit.
func wrapText(s string, width float64, f text.Face, maxLines int) []string {
	lines := Wrap(s, width, func(s string) float64 { return advance(s, f) })
	if maxLines > 0 && len(lines) > maxLines {
		lines = append(lines[:maxLines-1], Fit(lines[maxLines-1]+"…", width, f))
	}
	return lines
}

// wrapBalanced is wrapText with lines of even lengths, for centred labels: the narrowest
// width that needs no more lines.
func wrapBalanced(s string, width float64, f text.Face, maxLines int) []string {
	lines := wrapText(s, width, f, maxLines)
	if len(lines) < 2 || (maxLines > 0 && len(lines) >= maxLines) {
		return lines
	}
	lo, hi := width/2, width
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if len(wrapText(s, mid, f, 0)) <= len(lines) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return wrapText(s, hi, f, maxLines)
}

// wrap breaks s into lines at most width wide, as measured: at its own line breaks, between
// words, and between any two characters of a word too long for a line (Japanese has no spaces).
func Wrap(s string, width float64, measure func(string) float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range words(para) {
			switch {
			case line == "" && strings.TrimSpace(word) == "":
				// no spaces at the start of a line
			case measure(line+word) <= width:
				line += word
			case strings.TrimSpace(word) == "":
				lines = append(lines, line)
				line = ""
			default:
				if line != "" {
					lines = append(lines, strings.TrimRight(line, " "))
				}
				line = ""
				for _, r := range word {
					if line != "" && measure(line+string(r)) > width && !strings.ContainsRune(closing, r) {
						lines = append(lines, line)
						line = ""
					}
					line += string(r)
				}
			}
		}
		lines = append(lines, strings.TrimRight(line, " "))
	}
	return lines
}

// words splits text into words and the spaces between them, and every character of Japanese
// on its own, since a line may break between any two of them; but closing marks such as 」
// and 。 stay with what comes before them, and opening ones such as 「 with what follows.
// Japanese written with spaces between its words, as hiragana-only text for young children
// is, breaks only at the spaces (and inside a word only when it is longer than a line).
func words(s string) []string {
	spaces, cjk := 0, 0
	for _, r := range s {
		if r == ' ' {
			spaces++
		} else if r >= 0x2E80 {
			cjk++
		}
	}
	spaced := spaces > 0 && spaces*10 >= cjk
	var out []string
	push := func(w string) {
		if n := len(out); n > 0 {
			last := out[n-1]
			first, _ := utf8.DecodeRuneInString(w)
			end, _ := utf8.DecodeLastRuneInString(last)
			if (strings.ContainsRune(closing, first) && last != " ") || strings.ContainsRune(opening, end) {
				out[n-1] += w
				return
			}
		}
		out = append(out, w)
	}
	start := 0
	for i, r := range s {
		if r == ' ' || r >= 0x2E80 && !spaced {
			if start < i {
				push(s[start:i])
			}
			n := i + utf8.RuneLen(r)
			push(s[i:n])
			start = n
		}
	}
	if start < len(s) {
		push(s[start:])
	}
	return out
}

// Marks that may not start a line, and that may not end one.
const (
	closing = "、。，．・：；？！）」』】〕〉》”’ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ"
	opening = "（「『【〔〈《“‘"
)

// clampInto moves r as little as it can to lie inside area (its top left wins if it is larger).
func clampInto(r, area image.Rectangle) image.Rectangle {
	if r.Max.X > area.Max.X {
		r = r.Add(image.Pt(area.Max.X-r.Max.X, 0))
	}
	if r.Max.Y > area.Max.Y {
		r = r.Add(image.Pt(0, area.Max.Y-r.Max.Y))
	}
	if r.Min.X < area.Min.X {
		r = r.Add(image.Pt(area.Min.X-r.Min.X, 0))
	}
	if r.Min.Y < area.Min.Y {
		r = r.Add(image.Pt(0, area.Min.Y-r.Min.Y))
	}
	return r
}

// drawCheck draws a tick mark in r.
func drawCheck(dst *ebiten.Image, r image.Rectangle, width float64, c color.Color) {
	x, y, s := float32(r.Min.X), float32(r.Min.Y), float32(r.Dx())
	var p vector.Path
	p.MoveTo(x+0.22*s, y+0.52*s)
	p.LineTo(x+0.42*s, y+0.72*s)
	p.LineTo(x+0.78*s, y+0.3*s)
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: float32(width), LineCap: vector.LineCapRound,
		LineJoin: vector.LineJoinRound}, Colored(c))
}
