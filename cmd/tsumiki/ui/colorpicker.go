package ui

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// ColorLabels names the colour picker's sliders, in the caller's language.
type ColorLabels struct {
	Color, Saturation, Brightness string
}

// The sliders of the colour picker.
const (
	SliderColor = iota
	SliderSaturation
	SliderBrightness
)

// ColorPicker is Scratch's colour picker of the pen and "touching color" blocks: three
// sliders, Colour (hue), Saturation and Brightness, each 0 to 100 and drawn over its
// gradient, and a swatch of the colour. It opens by its anchor like a menu; a press outside
// it or Enter closes it keeping the colour (Done), Escape puts the colour back (Cancelled).
// The arrow keys choose a slider (up, down) and move it (left, right).
type ColorPicker struct {
	env    Env
	labels ColorLabels
	anchor image.Rectangle

	vals     [3]float64 // the sliders, 0 to 100
	hex      string
	original string
	status   Status
	drag     int // the slider being dragged, or -1
	focus    int // the slider the arrow keys move

	rect      image.Rectangle
	labelRows [3]image.Rectangle
	tracks    [3]image.Rectangle // each slider's tappable row
	swatch    image.Rectangle

	cache
	rev int
}

// NewColorPicker opens a picker on colour hex ("#rrggbb") by the anchor.
func NewColorPicker(env Env, hex string, anchor image.Rectangle, labels ColorLabels) *ColorPicker {
	p := &ColorPicker{labels: labels, anchor: anchor, drag: -1}
	p.SetHex(hex)
	p.original = p.hex
	p.Layout(env)
	return p
}

// Hex returns the colour as "#rrggbb": the one chosen, or the first one when cancelled.
func (p *ColorPicker) Hex() string {
	if p.status == Cancelled {
		return p.original
	}
	return p.hex
}

// SetHex sets the colour, from "#rrggbb" or "#rgb"; anything else is black. The sliders
// move to it as Scratch's do.
func (p *ColorPicker) SetHex(hex string) {
	p.rev++
	r, g, b := parseHex(hex)
	p.hex = fmt.Sprintf("#%02x%02x%02x", r, g, b)
	h, s, v := rgbToHSV(float64(r), float64(g), float64(b))
	p.vals = [3]float64{100 * h / 360, 100 * s, 100 * v / 255}
}

// Value returns slider i's reading, 0 to 100, as Scratch shows it.
func (p *ColorPicker) Value(i int) int { return int(math.Floor(p.vals[i] + 1e-9)) }

// SetValue moves slider i to v (0 to 100) and makes the colour from the three sliders.
func (p *ColorPicker) SetValue(i int, v float64) {
	p.rev++
	p.vals[i] = math.Min(100, math.Max(0, v))
	r, g, b := hsvToRGB(360*p.vals[0]/100, p.vals[1]/100, 255*p.vals[2]/100)
	p.hex = fmt.Sprintf("#%02x%02x%02x", r, g, b)
}

// Color returns the colour chosen.
func (p *ColorPicker) Color() color.RGBA {
	r, g, b := parseHex(p.Hex())
	return color.RGBA{r, g, b, 0xff}
}

// Status says whether the picker is open, closed keeping the colour, or cancelled.
func (p *ColorPicker) Status() Status { return p.status }

// Field returns nil: nothing is typed into the picker.
func (p *ColorPicker) Field() *TextField { return nil }

// Bounds returns the picker's box; TrackRect slider i's row.
func (p *ColorPicker) Bounds() image.Rectangle         { return p.rect }
func (p *ColorPicker) TrackRect(i int) image.Rectangle { return p.tracks[i] }

// SliderPoint returns where on slider i the knob's middle is for value v: a test drags there.
func (p *ColorPicker) SliderPoint(i int, v float64) image.Point {
	x0, x1 := p.knobRange(i)
	return image.Pt(int(math.Round(x0+(x1-x0)*v/100)), (p.tracks[i].Min.Y+p.tracks[i].Max.Y)/2)
}

func (p *ColorPicker) knobR() float64 { return p.env.px(13) }

// knobRange is where the knob's middle goes from 0 to 100.
func (p *ColorPicker) knobRange(i int) (x0, x1 float64) {
	t := p.tracks[i]
	return float64(t.Min.X) + p.knobR(), float64(t.Max.X) - p.knobR()
}

func (p *ColorPicker) valueAt(i, x int) float64 {
	x0, x1 := p.knobRange(i)
	return math.Round(100 * (float64(x) - x0) / (x1 - x0))
}

// Layout places the picker again, below its anchor or above it, on the screen.
func (p *ColorPicker) Layout(env Env) {
	p.env = env
	p.rev++
	w := min(env.ipx(300), env.Screen.Dx()-env.ipx(8))
	pad := env.ipx(16)
	y := pad
	for i := range 3 {
		p.labelRows[i] = image.Rect(pad, y, w-pad, y+env.ipx(24))
		y += env.ipx(24)
		p.tracks[i] = image.Rect(pad, y, w-pad, y+env.ipx(Target))
		y += env.ipx(Target) + env.ipx(4)
	}
	y += env.ipx(4)
	p.swatch = image.Rect(pad, y, pad+env.ipx(44), y+env.ipx(Target))
	y += env.ipx(Target) + pad
	h := y

	screen := env.Screen.Inset(env.ipx(4))
	x := p.anchor.Min.X
	top := p.anchor.Max.Y + env.ipx(4)
	if top+h > screen.Max.Y && p.anchor.Min.Y-env.ipx(4)-h >= screen.Min.Y {
		top = p.anchor.Min.Y - env.ipx(4) - h
	}
	p.rect = clampInto(image.Rect(x, top, x+w, top+h), screen)
	off := p.rect.Min
	for i := range 3 {
		p.labelRows[i] = p.labelRows[i].Add(off)
		p.tracks[i] = p.tracks[i].Add(off)
	}
	p.swatch = p.swatch.Add(off)
}

// Handle acts on one event.
func (p *ColorPicker) Handle(e Event) Status {
	p.rev++
	if p.status != Open {
		return p.status
	}
	pt := image.Pt(e.X, e.Y)
	switch e.Kind {
	case PointerDown:
		if !pt.In(p.rect) {
			p.status = Done
			return p.status
		}
		for i, t := range p.tracks {
			if pt.In(t) {
				p.drag, p.focus = i, i
				p.SetValue(i, p.valueAt(i, e.X))
			}
		}
	case PointerMove:
		if p.drag >= 0 {
			p.SetValue(p.drag, p.valueAt(p.drag, e.X))
		}
	case PointerUp:
		if p.drag >= 0 {
			p.SetValue(p.drag, p.valueAt(p.drag, e.X))
			p.drag = -1
		}
	case KeyPress:
		switch e.Key {
		case KeyUp:
			p.focus = max(0, p.focus-1)
		case KeyDown:
			p.focus = min(2, p.focus+1)
		case KeyLeft:
			p.SetValue(p.focus, math.Ceil(p.vals[p.focus]-1))
		case KeyRight:
			p.SetValue(p.focus, math.Floor(p.vals[p.focus]+1))
		case KeyEnter:
			p.status = Done
		case KeyEscape:
			p.status = Cancelled
		}
	}
	return p.status
}

// stops returns the colours along slider i for the other two sliders as they are, at every
// 20th of 360 as Scratch draws them.
func (p *ColorPicker) stops(i int) []color.RGBA {
	h, s, v := 360*p.vals[0]/100, p.vals[1]/100, 255*p.vals[2]/100
	var cs []color.RGBA
	for n := 0.0; n <= 360; n += 20 {
		var r, g, b uint8
		switch i {
		case SliderColor:
			r, g, b = hsvToRGB(n, s, v)
		case SliderSaturation:
			r, g, b = hsvToRGB(h, n/360, v)
		default:
			r, g, b = hsvToRGB(h, s, 255*n/360)
		}
		cs = append(cs, color.RGBA{r, g, b, 0xff})
	}
	return cs
}

// whiteImage is a white pixel for drawing triangles in vertex colours, made on first use.
var whiteImage *ebiten.Image

func white() *ebiten.Image {
	if whiteImage == nil {
		img := ebiten.NewImage(3, 3)
		img.Fill(color.White)
		whiteImage = img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
	}
	return whiteImage
}

// drawGradient draws a bar of colour stops from x0 to x1, rounded at its ends.
func drawGradient(dst *ebiten.Image, x0, x1, y0, y1 float64, stops []color.RGBA) {
	r := float32((y1 - y0) / 2)
	cy := float32(y0) + r
	vector.FillCircle(dst, float32(x0), cy, r, stops[0], true)
	vector.FillCircle(dst, float32(x1), cy, r, stops[len(stops)-1], true)
	vs := make([]ebiten.Vertex, 0, 2*len(stops))
	is := make([]uint16, 0, 6*len(stops))
	for k, c := range stops {
		x := float32(x0 + (x1-x0)*float64(k)/float64(len(stops)-1))
		cr, cg, cb := float32(c.R)/255, float32(c.G)/255, float32(c.B)/255
		vs = append(vs,
			ebiten.Vertex{DstX: x, DstY: float32(y0), SrcX: 1, SrcY: 1, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: 1},
			ebiten.Vertex{DstX: x, DstY: float32(y1), SrcX: 1, SrcY: 1, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: 1})
		if k > 0 {
			n := uint16(2 * k)
			is = append(is, n-2, n-1, n, n-1, n+1, n)
		}
	}
	dst.DrawTriangles(vs, is, white(), nil)
}

// Draw draws the picker: a white rounded box with the three sliders and the swatch.
func (p *ColorPicker) Draw(dst *ebiten.Image) {
	p.cache.draw(dst, p.rect.Inset(-p.env.ipx(8)), p.rev, p.paint)
}

func (p *ColorPicker) paint(dst *ebiten.Image) {
	env := p.env
	u := env.px(1)
	card(dst, p.rect, 8*u, u)
	face := env.face(15)
	bold := env.face(15)
	names := [3]string{p.labels.Color, p.labels.Saturation, p.labels.Brightness}
	for i := range 3 {
		lr := p.labelRows[i]
		num := strconv.Itoa(p.Value(i))
		nw := advance(num, bold)
		ly := float64(lr.Min.Y) + (float64(lr.Dy())-LineHeight(face))/2
		ink := colorText
		if i == p.focus {
			ink = colorBlueDark
		}
		DrawText(dst, Fit(names[i], float64(lr.Dx())-nw-12*u, face), face, float64(lr.Min.X), ly, ink)
		DrawText(dst, num, bold, float64(lr.Max.X)-nw, ly, colorText)

		t := p.tracks[i]
		x0, x1 := p.knobRange(i)
		cy := float64(t.Min.Y+t.Max.Y) / 2
		bh := 22 * u
		bar := image.Rect(t.Min.X, int(cy-bh/2), t.Max.X, int(cy+bh/2))
		FillRound(dst, bar.Inset(-int(math.Max(1, u))), bh/2+u, colorBorder)
		drawGradient(dst, float64(t.Min.X)+bh/2, float64(t.Max.X)-bh/2, cy-bh/2, cy+bh/2, p.stops(i))
		kx := float32(x0 + (x1-x0)*p.vals[i]/100)
		kr := float32(p.knobR())
		vector.FillCircle(dst, kx, float32(cy)+float32(u), kr+float32(u), colorShadow, true)
		vector.FillCircle(dst, kx, float32(cy), kr, colorWhite, true)
		vector.StrokeCircle(dst, kx, float32(cy), kr-float32(u)/2, float32(math.Max(1, u)), colorBorder, true)
	}
	sw := p.swatch
	FillRound(dst, sw, 8*u, p.Color())
	StrokeRound(dst, sw, 8*u, math.Max(1, u), colorBorder)
	hex := strings.ToLower(p.Hex())
	DrawText(dst, hex, face, float64(sw.Max.X)+12*u, float64(sw.Min.Y)+(float64(sw.Dy())-LineHeight(face))/2, colorText)
}

// parseHex reads "#rrggbb" or "#rgb"; anything else is black.
func parseHex(s string) (r, g, b uint8) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) == 3 {
		s = string([]byte{s[0], s[0], s[1], s[1], s[2], s[2]})
	}
	if len(s) != 6 {
		return 0, 0, 0
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return 0, 0, 0
	}
	return uint8(v >> 16), uint8(v >> 8), uint8(v)
}

// rgbToHSV is Closure's goog.color.rgbToHsv, which Scratch's picker uses: hue in degrees,
// saturation 0 to 1, value 0 to 255.
func rgbToHSV(r, g, b float64) (h, s, v float64) {
	hi, lo := math.Max(r, math.Max(g, b)), math.Min(r, math.Min(g, b))
	v = hi
	if hi == lo {
		return 0, 0, v
	}
	d := hi - lo
	s = d / hi
	switch hi {
	case r:
		h = (g - b) / d
	case g:
		h = 2 + (b-r)/d
	default:
		h = 4 + (r-g)/d
	}
	h *= 60
	if h < 0 {
		h += 360
	}
	if h > 360 {
		h -= 360
	}
	return h, s, v
}

// hsvToRGB is Closure's goog.color.hsvToRgb: hue in degrees, saturation 0 to 1, brightness 0
// to 255, each channel rounded down.
func hsvToRGB(h, s, v float64) (r, g, b uint8) {
	var rf, gf, bf float64
	if s == 0 {
		rf, gf, bf = v, v, v
	} else {
		sextant := math.Floor(h / 60)
		rem := h/60 - sextant
		v1 := v * (1 - s)
		v2 := v * (1 - s*rem)
		v3 := v * (1 - s*(1-rem))
		switch int(sextant) {
		case 1:
			rf, gf, bf = v2, v, v1
		case 2:
			rf, gf, bf = v1, v, v3
		case 3:
			rf, gf, bf = v1, v2, v
		case 4:
			rf, gf, bf = v3, v1, v
		case 5:
			rf, gf, bf = v, v1, v2
		default: // 0 and 6
			rf, gf, bf = v, v3, v1
		}
	}
	c := func(x float64) uint8 { return uint8(math.Min(255, math.Max(0, math.Floor(x)))) }
	return c(rf), c(gf), c(bf)
}
