package stage

import (
	"math"
	"math/bits"
)

// A sprite's footprint is its silhouette sampled at every whole-pixel offset
// from its drawn position, one bit a point. Drawn positions are whole
// numbers, so the footprint stays right while the sprite only moves; it is
// made again when the costume, direction, size or rotation style change.
// With footprints, touching two sprites ANDs 64 points at a time.
//
// A footprint is made the second time a sprite is asked about with the same
// shape, so a sprite that turns every frame and is asked once a frame costs
// no more than sampling it directly.

// maxFootprintCells bounds the size of one footprint; larger sprites are
// sampled directly.
const maxFootprintCells = 1 << 22

type footprint struct {
	x0, y0 int // offset of bit 0 of row 0 from the drawn position
	w, h   int
	stride int      // uint64 words a row
	bits   []uint64 // row j holds the points at offset y0+j, bit i the one at x0+i
}

// footKey is everything that shapes a footprint.
type footKey struct {
	costume     Costume
	dir, sx, sy float64
}

// touchCache is what a sprite keeps for touching tests: its current shape,
// how often it was asked about, and its footprint once made.
type touchCache struct {
	key  footKey
	uses int
	fp   *footprint
}

// shape is one side of a touching test: a placement, the drawn position as
// whole numbers, and the footprint when there is one.
type shape struct {
	pl     Placement
	ix, iy int
	fp     *footprint
}

// shapeOf returns the shape of s for a touching test, and false when s has
// nothing that can touch.
func shapeOf(s *Sprite) (shape, bool) {
	pl, ok := SpritePlacement(s)
	if !ok {
		return shape{}, false
	}
	sh := shape{pl: pl}
	// Far-away or odd positions are sampled directly.
	if math.Abs(pl.px) > 1e7 || math.Abs(pl.py) > 1e7 {
		return sh, true
	}
	sh.ix, sh.iy = int(pl.px), int(pl.py)
	dir, sx, sy := drawnDirectionScale(s)
	key := footKey{costume: *pl.c, dir: dir, sx: sx, sy: sy}
	tc := s.touch
	if tc == nil {
		tc = &touchCache{}
		s.touch = tc
	}
	if tc.key != key {
		*tc = touchCache{key: key}
	}
	tc.uses++
	if tc.fp == nil && tc.uses >= 2 {
		tc.fp = newFootprint(&pl, spriteAABB(s))
		if tc.fp == nil {
			tc.uses = math.MinInt // too large or odd: never try again for this shape
		}
	}
	sh.fp = tc.fp
	return sh, true
}

// newFootprint samples pl at every whole-pixel offset inside aabb (moved to
// the drawn position) and one pixel around it, or returns nil when that
// area is too large or not finite.
func newFootprint(pl *Placement, aabb Rect) *footprint {
	left, right := math.Floor(aabb.Left-pl.px)-1, math.Ceil(aabb.Right-pl.px)+1
	bottom, top := math.Floor(aabb.Bottom-pl.py)-1, math.Ceil(aabb.Top-pl.py)+1
	w, h := right-left+1, top-bottom+1
	if !(w > 0 && h > 0 && w*h <= maxFootprintCells) {
		return nil
	}
	fp := &footprint{x0: int(left), y0: int(bottom), w: int(w), h: int(h)}
	fp.stride = (fp.w + 63) / 64
	fp.bits = make([]uint64, fp.stride*fp.h)
	for j := 0; j < fp.h; j++ {
		oy := float64(fp.y0 + j)
		row := fp.bits[j*fp.stride:]
		for i := 0; i < fp.w; i++ {
			if pl.opaqueAt(float64(fp.x0+i), oy) {
				row[i/64] |= 1 << (i % 64)
			}
		}
	}
	return fp
}

// word returns 64 points of row j starting with point start (counted from
// x0): bit k is point start+k. Points outside the footprint are 0.
func (fp *footprint) word(j, start int) uint64 {
	if start >= fp.w || start <= -64 {
		return 0
	}
	row := fp.bits[j*fp.stride : (j+1)*fp.stride]
	q, r := start>>6, uint(start&63) // floor division, also for negative start
	get := func(i int) uint64 {
		if i < 0 || i >= len(row) {
			return 0
		}
		return row[i]
	}
	if r == 0 {
		return get(q)
	}
	return get(q)>>r | get(q+1)<<(64-r)
}

// at reports whether the shape is opaque at the stage point x, y.
func (sh *shape) at(x, y int) bool {
	if sh.fp != nil {
		i, j := x-sh.ix-sh.fp.x0, y-sh.iy-sh.fp.y0
		if i < 0 || j < 0 || i >= sh.fp.w || j >= sh.fp.h {
			return false
		}
		return sh.fp.bits[j*sh.fp.stride+i/64]&(1<<(i%64)) != 0
	}
	return sh.pl.Opaque(float64(x), float64(y))
}

// overlap reports whether a and b are both opaque at some whole-number point
// x0..x1, y0..y1.
func overlap(a, b *shape, x0, x1, y0, y1 int) bool {
	if a.fp == nil && b.fp != nil {
		a, b = b, a
	}
	if a.fp == nil {
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				if a.at(x, y) && b.at(x, y) {
					return true
				}
			}
		}
		return false
	}
	n := x1 - x0 + 1
	for y := y0; y <= y1; y++ {
		ja := y - a.iy - a.fp.y0
		if ja < 0 || ja >= a.fp.h {
			continue
		}
		jb := -1
		if b.fp != nil {
			if jb = y - b.iy - b.fp.y0; jb < 0 || jb >= b.fp.h {
				continue
			}
		}
		for k := 0; k < n; k += 64 {
			m := a.fp.word(ja, x0-a.ix-a.fp.x0+k)
			if rest := n - k; rest < 64 {
				m &= 1<<rest - 1
			}
			if b.fp != nil {
				if m&b.fp.word(jb, x0-b.ix-b.fp.x0+k) != 0 {
					return true
				}
				continue
			}
			for ; m != 0; m &= m - 1 {
				x := x0 + k + bits.TrailingZeros64(m)
				if b.pl.Opaque(float64(x), float64(y)) {
					return true
				}
			}
		}
	}
	return false
}
