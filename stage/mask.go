package stage

import (
	"image"
	"math"
	"math/bits"
)

// Mask is the alpha mask of a costume picture: which of its pixels a sprite
// can touch with. Like scratch-render's silhouette, a pixel counts when its
// alpha is above zero, however faint.
//
// A Mask is made once per picture and never changes, so costumes, clones
// and worlds may share it, also across goroutines.
type Mask struct {
	width, height int
	scale         float64  // mask pixels a stage pixel: the bitmap resolution
	stride        int      // uint64 words a row
	bits          []uint64 // row-major, bit x%64 of word x/64 of a row is pixel x
	opaque        image.Rectangle

	// hull is the convex hull of the points scratch-render's
	// _getConvexHullPointsForDrawable finds, in skin pixels (stage pixels
	// at size 100%) from the top-left corner; skinW and skinH are the skin's
	// size in those units.
	hull         []image.Point
	skinW, skinH float64
}

// NewMask returns the mask of img, whose pixels are drawn scale to a stage
// pixel (Scratch's bitmap resolution: 2 for library pictures and "@2x"
// files, 1 otherwise). A scale that is not above zero counts as 1.
//
// A pixel is opaque when its 8-bit alpha is above zero. 16-bit alpha is
// rounded to 8 bits first, as a browser does when it reads the picture.
func NewMask(img image.Image, scale float64) *Mask {
	if !(scale > 0) || math.IsInf(scale, 0) {
		scale = 1
	}
	b := img.Bounds()
	m := &Mask{width: b.Dx(), height: b.Dy(), scale: scale}
	m.stride = (m.width + 63) / 64
	m.bits = make([]uint64, m.stride*m.height)
	switch img := img.(type) {
	case *image.NRGBA:
		for y := 0; y < m.height; y++ {
			row := img.Pix[img.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < m.width; x++ {
				if row[4*x+3] != 0 {
					m.set(x, y)
				}
			}
		}
	case *image.RGBA:
		for y := 0; y < m.height; y++ {
			row := img.Pix[img.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < m.width; x++ {
				if row[4*x+3] != 0 {
					m.set(x, y)
				}
			}
		}
	default:
		for y := 0; y < m.height; y++ {
			for x := 0; x < m.width; x++ {
				// 16-bit alpha a rounds to an 8-bit alpha above zero when
				// a/257 ≥ 0.5, that is a ≥ 129.
				if _, _, _, a := img.At(b.Min.X+x, b.Min.Y+y).RGBA(); a >= 129 {
					m.set(x, y)
				}
			}
		}
	}
	m.opaque = m.findOpaqueBounds()
	m.skinW, m.skinH = float64(m.width)/scale, float64(m.height)/scale
	m.hull = convexHull(m.hullPoints())
	return m
}

func (m *Mask) set(x, y int) { m.bits[y*m.stride+x/64] |= 1 << (x % 64) }

// Width returns the mask's width in mask pixels.
func (m *Mask) Width() int { return m.width }

// Height returns the mask's height in mask pixels.
func (m *Mask) Height() int { return m.height }

// Scale returns how many mask pixels make one stage pixel at size 100%.
func (m *Mask) Scale() float64 { return m.scale }

// Opaque reports whether the mask pixel x, y (from the top-left corner) is
// opaque. Pixels outside the mask are not.
func (m *Mask) Opaque(x, y int) bool {
	if x < 0 || y < 0 || x >= m.width || y >= m.height {
		return false
	}
	return m.bits[y*m.stride+x/64]&(1<<(x%64)) != 0
}

// Empty reports whether no pixel of the mask is opaque.
func (m *Mask) Empty() bool { return m.opaque.Empty() }

// OpaqueBounds returns the smallest rectangle of mask pixels that holds every
// opaque pixel; it is empty when the mask is.
func (m *Mask) OpaqueBounds() image.Rectangle { return m.opaque }

// at reports whether the mask is opaque at the texture coordinate u, v in
// [0, 1], read as scratch-render's nearest-texel lookup reads it.
func (m *Mask) at(u, v float64) bool {
	return m.Opaque(TexelIndex(u, m.width), TexelIndex(v, m.height))
}

// TexelIndex returns the texel of a row of n texels that scratch-render's
// nearest lookup (Silhouette.isTouchingNearest and colorAtNearest) reads at
// the texture coordinate u: floor(u·(n-1)), kept within 0..n-1. The factor
// n-1 rather than n is Scratch's: the last texel is read only at u = 1.
func TexelIndex(u float64, n int) int {
	if n <= 1 {
		return 0
	}
	i := int(math.Floor(u * float64(n-1)))
	return min(max(i, 0), n-1)
}

func (m *Mask) findOpaqueBounds() image.Rectangle {
	r := image.Rectangle{Min: image.Pt(m.width, m.height)}
	for y := 0; y < m.height; y++ {
		row := m.bits[y*m.stride : (y+1)*m.stride]
		first, last := -1, -1
		for i, w := range row {
			if w == 0 {
				continue
			}
			if first < 0 {
				first = i*64 + bits.TrailingZeros64(w)
			}
			last = i*64 + 63 - bits.LeadingZeros64(w)
		}
		if first < 0 {
			continue
		}
		r.Min.X, r.Max.X = min(r.Min.X, first), max(r.Max.X, last+1)
		r.Min.Y, r.Max.Y = min(r.Min.Y, y), y+1
	}
	if r.Min.X >= r.Max.X {
		return image.Rectangle{}
	}
	return r
}

// hullPoints returns the left-most and right-most point of each row that
// scratch-render's _getConvexHullPointsForDrawable finds. It walks the skin
// (the picture at stage size) one stage pixel at a time and asks
// Silhouette.isTouchingLinear, which looks at the four texels around
// floor(u·(n-1)), at texture coordinates kept as float32.
func (m *Mask) hullPoints() []image.Point {
	if m.Empty() {
		return nil
	}
	w, h := float64(m.width)/m.scale, float64(m.height)/m.scale
	texel := func(i int, size float64, n int) int {
		u := float64(float32(float64(i) / size))
		return int(math.Floor(u * float64(n-1)))
	}
	row := make([]uint64, m.stride)
	touching := func(x int) bool {
		tx := texel(x, w, m.width)
		return wordBit(row, tx) || wordBit(row, tx+1)
	}
	var pts []image.Point
	for y := 0; float64(y) < h; y++ {
		ty := texel(y, h, m.height)
		clear(row)
		empty := true
		for _, r := range []int{ty, ty + 1} {
			if r < 0 || r >= m.height {
				continue
			}
			for i, word := range m.bits[r*m.stride : (r+1)*m.stride] {
				row[i] |= word
				empty = empty && word == 0
			}
		}
		if empty {
			continue
		}
		left := -1
		for x := 0; float64(x) < w; x++ {
			if touching(x) {
				left = x
				break
			}
		}
		if left < 0 {
			continue
		}
		right := left
		for x := int(math.Ceil(w)) - 1; x > left; x-- {
			if touching(x) {
				right = x
				break
			}
		}
		pts = append(pts, image.Pt(left, y), image.Pt(right, y))
	}
	return pts
}

// wordBit reports whether bit i of a row of words is set; bits outside the
// row are not.
func wordBit(row []uint64, i int) bool {
	if i < 0 || i >= 64*len(row) {
		return false
	}
	return row[i/64]&(1<<(i%64)) != 0
}

// convexHull returns the convex hull of the pixel points pts, as ConvexHull does.
func convexHull(pts []image.Point) []image.Point {
	fs := make([]Point, len(pts))
	for i, p := range pts {
		fs[i] = Point{float64(p.X), float64(p.Y)}
	}
	hull := ConvexHull(fs)
	if len(hull) == 0 {
		return nil
	}
	out := make([]image.Point, len(hull))
	for i, p := range hull {
		out[i] = image.Pt(int(p.X), int(p.Y))
	}
	return out
}
