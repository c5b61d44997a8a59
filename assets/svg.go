package assets

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/srwiley/oksvg"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// SVG pictures are measured in user units, which are stage pixels, as Scratch gives SVG
// costumes resolution 1. They are rasterized at svgScale pixels a unit, as the stage is drawn.
const svgScale = 2

// Limits on an SVG file beyond its size in bytes, so that a hostile one cannot take all the
// memory or draw for ever. A picture past them is refused as too complicated.
const (
	svgMaxElements   = 100_000  // elements in the file
	svgMaxDepth      = 100      // elements nested in each other
	svgMaxUseBytes   = 32 << 20 // bytes of <defs> that all the <use> elements may copy
	svgMaxPathPoints = 1 << 20  // points of one path, its curves made into lines
	svgMaxWork       = 1 << 27  // about one pixel filled or one line point, each
	svgFuncCost      = 16       // work of a pixel of a gradient, against a plain colour
)

// Errors of the SVG reader, which the Store turns into messages that name the file.
var (
	errSVGNoSize     = errors.New("the <svg> element gives no size")
	errSVGTooComplex = errors.New("the picture is too complicated to draw")
)

// sizeError is a picture whose header says it is larger than limit, w×h in the units its
// format measures in.
type sizeError struct{ w, h, limit int }

func (e *sizeError) Error() string {
	return fmt.Sprintf("the picture is %d×%d, larger than %d", e.w, e.h, e.limit)
}

// svgInfo is what the <svg> element says about a picture's size.
type svgInfo struct {
	width, height float64     // in user units: stage pixels
	viewBox       [4]float64  // x, y, width, height; width 0 when there is none
	px            image.Point // the size in pixels
}

// looksLikeSVG reports whether data starts as an XML file and holds an <svg element.
func looksLikeSVG(data []byte) bool {
	rest := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	return bytes.HasPrefix(rest, []byte("<")) && bytes.Contains(data, []byte("<svg"))
}

// svgConfig reads an SVG picture's size in pixels, at svgScale pixels a unit.
func svgConfig(data []byte) (image.Config, error) {
	info, err := readSVG(data)
	if err != nil {
		return image.Config{}, err
	}
	return image.Config{ColorModel: color.RGBAModel, Width: info.px.X, Height: info.px.Y}, nil
}

// readSVG reads the <svg> element and walks the rest of the file once, checking the limits
// that keep drawing it safe.
func readSVG(data []byte) (svgInfo, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var info svgInfo
	root := false
	var elements, depth, uses int
	defsDepth, defsStart, defsBytes := 0, int64(0), int64(0)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if !root {
				return svgInfo{}, fmt.Errorf("%w: %v", errNotFormat, err)
			}
			return svgInfo{}, fmt.Errorf("%w: %v", errDamaged, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !root {
				if t.Name.Local != "svg" {
					return svgInfo{}, fmt.Errorf("%w: the first element is <%s>", errNotFormat, t.Name.Local)
				}
				root = true
				if info, err = svgSize(t.Attr); err != nil {
					return svgInfo{}, err
				}
			}
			elements++
			depth++
			if elements > svgMaxElements || depth > svgMaxDepth {
				return svgInfo{}, errSVGTooComplex
			}
			switch t.Name.Local {
			case "defs":
				if defsDepth == 0 {
					defsStart = d.InputOffset()
				}
				defsDepth++
			case "use":
				if defsDepth > 0 {
					// oksvg would follow a <use> in <defs> into itself for ever.
					return svgInfo{}, errSVGTooComplex
				}
				uses++
			}
		case xml.EndElement:
			depth--
			if t.Name.Local == "defs" && defsDepth > 0 {
				if defsDepth--; defsDepth == 0 {
					defsBytes += d.InputOffset() - defsStart
				}
			}
		}
	}
	if !root {
		return svgInfo{}, fmt.Errorf("%w: no <svg> element", errNotFormat)
	}
	if uses > 0 && int64(uses)*defsBytes > svgMaxUseBytes {
		return svgInfo{}, errSVGTooComplex
	}
	return info, nil
}

// svgSize works out a picture's size from the width, height and viewBox of its <svg>
// element, as a browser does: a missing width or height follows the viewBox's shape.
func svgSize(attrs []xml.Attr) (svgInfo, error) {
	var info svgInfo
	w, h := -1.0, -1.0
	for _, a := range attrs {
		switch a.Name.Local {
		case "width":
			w = svgLength(a.Value)
		case "height":
			h = svgLength(a.Value)
		case "viewBox":
			f := strings.FieldsFunc(a.Value, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' })
			if len(f) != 4 {
				continue
			}
			var vb [4]float64
			ok := true
			for i, s := range f {
				v, err := strconv.ParseFloat(s, 64)
				ok = ok && err == nil && !math.IsInf(v, 0) && !math.IsNaN(v)
				vb[i] = v
			}
			if ok && vb[2] > 0 && vb[3] > 0 {
				info.viewBox = vb
			}
		}
	}
	vw, vh := info.viewBox[2], info.viewBox[3]
	switch {
	case w > 0 && h > 0:
	case vw > 0 && w > 0:
		h = w * vh / vw
	case vw > 0 && h > 0:
		w = h * vw / vh
	case vw > 0:
		w, h = vw, vh
	default:
		return svgInfo{}, errSVGNoSize
	}
	const limit = MaxPictureSide / svgScale
	if w > limit || h > limit {
		return svgInfo{}, &sizeError{int(math.Ceil(min(w, 1e9))), int(math.Ceil(min(h, 1e9))), limit}
	}
	info.width, info.height = w, h
	info.px = image.Pt(int(math.Ceil(w*svgScale)), int(math.Ceil(h*svgScale)))
	return info, nil
}

// svgLength reads a length of the <svg> element in user units, or -1 for one it cannot use
// (a percentage, or no number).
func svgLength(s string) float64 {
	s = strings.TrimSpace(s)
	units := []struct {
		suffix string
		scale  float64
	}{{"px", 1}, {"pt", 96.0 / 72}, {"pc", 16}, {"mm", 96 / 25.4}, {"cm", 96 / 2.54}, {"in", 96}}
	scale := 1.0
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			s, scale = strings.TrimSpace(num), u.scale
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
		return -1
	}
	return v * scale
}

// decodeSVG draws an SVG picture at svgScale pixels a unit. The drawing library is not ours
// and data may be hostile, so a panic in it is a damaged picture.
func decodeSVG(data []byte) (img image.Image, err error) {
	info, err := readSVG(data)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			img = nil
			if r == errSVGTooComplex {
				err = errSVGTooComplex
			} else {
				err = fmt.Errorf("%w: svg: %v", errDamaged, r)
			}
		}
	}()
	icon, err := oksvg.ReadIconStream(bytes.NewReader(data), oksvg.IgnoreErrorMode)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errDamaged, err)
	}
	// Fit the viewBox into the picture, centred, keeping its shape: the default
	// preserveAspectRatio. Without a viewBox a user unit is a stage pixel.
	sx, sy := float64(info.px.X)/info.width, float64(info.px.Y)/info.height
	s, tx, ty := min(sx, sy), 0.0, 0.0
	if vb := info.viewBox; vb[2] > 0 {
		s = min(float64(info.px.X)/vb[2], float64(info.px.Y)/vb[3])
		tx = (float64(info.px.X)-vb[2]*s)/2 - vb[0]*s
		ty = (float64(info.px.Y)-vb[3]*s)/2 - vb[1]*s
	}
	icon.Transform = rasterx.Matrix2D{A: s, D: s, E: tx, F: ty}
	for i := range icon.SVGPaths {
		fixStroke(&icon.SVGPaths[i].PathStyle, s)
	}
	dst := image.NewRGBA(image.Rectangle{Max: info.px})
	sc := &svgScanner{dst: dst, work: svgMaxWork}
	sc.Clear()
	icon.Draw(rasterx.NewDasher(info.px.X, info.px.Y, sc), 1)
	return dst, nil
}

// fixStroke scales a path's line width and dashes from user units to pixels, which oksvg
// leaves to its caller, and drops dashes that would take for ever to draw.
func fixStroke(st *oksvg.PathStyle, scale float64) {
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	st.LineWidth *= scale
	if !finite(st.LineWidth) || st.LineWidth < 0 {
		st.LineWidth = 0
	}
	st.LineWidth = min(st.LineWidth, MaxPictureSide)
	if !finite(st.MiterLimit) || st.MiterLimit < 1 || st.MiterLimit > 1000 {
		st.MiterLimit = 4
	}
	if len(st.Dash) == 0 {
		return
	}
	period := 0.0
	dash := make([]float64, len(st.Dash))
	for i, v := range st.Dash {
		dash[i] = v * scale
		if !finite(dash[i]) || len(dash) > 1000 {
			period = math.NaN()
			break
		}
		period += max(dash[i], 0)
	}
	if !(period >= 1 && period < 1e6) {
		st.Dash, st.DashOffset = nil, 0
		return
	}
	off := math.Mod(st.DashOffset*scale, period)
	if !finite(off) {
		off = 0
	}
	if off < 0 {
		off += period
	}
	st.Dash, st.DashOffset = dash, off
}

// svgScanner is a rasterx.Scanner that fills each path only over the pixels it covers, where
// rasterx's own scanner goes over the whole picture for each. It spends work as it goes and
// panics with errSVGTooComplex when there is none left.
type svgScanner struct {
	dst      *image.RGBA
	r        vector.Rasterizer
	src      image.Image
	clip     image.Rectangle
	pts      []svgPoint // the path, in 26.6 fixed point pixels
	min, max fixed.Point26_6
	work     int
}

type svgPoint struct {
	p    fixed.Point26_6
	move bool // starts a new part of the path
}

// spend takes n units of work, and stops the drawing when they run out.
func (s *svgScanner) spend(n int) {
	if s.work -= n; s.work < 0 {
		panic(errSVGTooComplex)
	}
}

func (s *svgScanner) add(p fixed.Point26_6, move bool) {
	s.spend(1)
	if len(s.pts) >= svgMaxPathPoints {
		panic(errSVGTooComplex)
	}
	s.pts = append(s.pts, svgPoint{p, move})
	s.min.X, s.min.Y = min(s.min.X, p.X), min(s.min.Y, p.Y)
	s.max.X, s.max.Y = max(s.max.X, p.X), max(s.max.Y, p.Y)
}

// Start starts a new part of the path at a.
func (s *svgScanner) Start(a fixed.Point26_6) { s.add(a, true) }

// Line adds a line to b.
func (s *svgScanner) Line(b fixed.Point26_6) { s.add(b, false) }

// GetPathExtent returns the box around the path.
func (s *svgScanner) GetPathExtent() fixed.Rectangle26_6 {
	return fixed.Rectangle26_6{Min: s.min, Max: s.max}
}

// SetBounds does nothing: the scanner draws into its picture, whose size is fixed.
func (s *svgScanner) SetBounds(w, h int) {}

// SetColor sets what fills the path: a color.Color, or a rasterx.ColorFunc for a gradient.
func (s *svgScanner) SetColor(c any) {
	switch c := c.(type) {
	case color.Color:
		s.src = image.NewUniform(c)
	case rasterx.ColorFunc:
		s.src = colorFuncImage(c)
	default:
		s.src = image.Transparent
	}
}

// SetWinding does nothing: the rasterizer fills by the non-zero rule only, as rasterx's own
// scanner does.
func (s *svgScanner) SetWinding(bool) {}

// SetClip limits drawing to rect, unless it is empty.
func (s *svgScanner) SetClip(rect image.Rectangle) { s.clip = rect }

// Clear forgets the path.
func (s *svgScanner) Clear() {
	s.pts = s.pts[:0]
	const big = fixed.Int26_6(math.MaxInt32)
	s.min, s.max = fixed.Point26_6{X: big, Y: big}, fixed.Point26_6{X: -big, Y: -big}
}

// Draw fills the path over the pixels of its box, with lines cut to the box: a line's part
// above or below the box adds nothing to it, and its part to the left or right adds what a
// line along the box's edge would.
func (s *svgScanner) Draw() {
	if len(s.pts) == 0 || s.src == nil {
		return
	}
	box := image.Rect(int(s.min.X.Floor()), int(s.min.Y.Floor()), int(s.max.X.Ceil()), int(s.max.Y.Ceil()))
	box = box.Intersect(s.dst.Bounds())
	if !s.clip.Empty() {
		box = box.Intersect(s.clip)
	}
	if box.Empty() {
		return
	}
	area := box.Dx() * box.Dy()
	if _, plain := s.src.(*image.Uniform); !plain {
		area *= svgFuncCost
	}
	s.spend(area)
	s.r.Reset(box.Dx(), box.Dy())
	w, h := float64(box.Dx()), float64(box.Dy())
	at := func(p fixed.Point26_6) [2]float64 {
		return [2]float64{float64(p.X)/64 - float64(box.Min.X), float64(p.Y)/64 - float64(box.Min.Y)}
	}
	var pen [2]float64
	for _, pt := range s.pts {
		next := at(pt.p)
		if !pt.move {
			s.line(pen, next, w, h)
		}
		pen = next
	}
	s.r.Draw(s.dst, box, s.src, box.Min)
}

// line gives the rasterizer the line from a to b cut to the box 0..w, 0..h.
func (s *svgScanner) line(a, b [2]float64, w, h float64) {
	if a[1] == b[1] || a[1] <= 0 && b[1] <= 0 || a[1] >= h && b[1] >= h {
		return // flat, or above or below the box: it covers nothing in it
	}
	lerp := func(a, b [2]float64, t float64) [2]float64 {
		return [2]float64{a[0] + t*(b[0]-a[0]), a[1] + t*(b[1]-a[1])}
	}
	t0, t1 := (0-a[1])/(b[1]-a[1]), (h-a[1])/(b[1]-a[1])
	a, b = lerp(a, b, max(min(t0, t1), 0)), lerp(a, b, min(max(t0, t1), 1))
	// Cut at the left and right edges, and lay the parts outside along them.
	cuts, n := [4]float64{0}, 1
	if b[0] != a[0] {
		t0, t1 := (0-a[0])/(b[0]-a[0]), (w-a[0])/(b[0]-a[0])
		for _, t := range [2]float64{min(t0, t1), max(t0, t1)} {
			if t > 0 && t < 1 {
				cuts[n], n = t, n+1
			}
		}
	}
	cuts[n], n = 1, n+1
	onBox := func(t float64) [2]float64 {
		p := lerp(a, b, t)
		return [2]float64{min(max(p[0], 0), w), p[1]}
	}
	p := onBox(0)
	s.r.MoveTo(float32(p[0]), float32(p[1]))
	for _, t := range cuts[1:n] {
		q := onBox(t)
		s.spend(1 + int(math.Abs(q[0]-p[0])+math.Abs(q[1]-p[1])))
		s.r.LineTo(float32(q[0]), float32(q[1]))
		p = q
	}
}

// colorFuncImage is a gradient as an image.
type colorFuncImage rasterx.ColorFunc

func (f colorFuncImage) ColorModel() color.Model { return color.RGBAModel }
func (f colorFuncImage) Bounds() image.Rectangle {
	return image.Rect(-1e9, -1e9, 1e9, 1e9)
}
func (f colorFuncImage) At(x, y int) color.Color { return f(x, y) }
