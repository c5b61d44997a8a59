package draw

import (
	"math"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
)

// cornerR is the radius of a block's corners, Scratch's CORNER_RADIUS.
const cornerR = 4

// view turns workspace units into pixels of the destination: a point p is drawn at
// origin + p·zoom.
type view struct {
	ox, oy, z float64
}

func (v view) pt(x, y float64) pt { return pt{float32(v.ox + x*v.z), float32(v.oy + y*v.z)} }

// pt is a point in pixels.
type pt struct{ x, y float32 }

// Every shape is built from chains: polylines from left to right in pixels, where each x has
// one y. A piece of a shape is the region between a top chain and a bottom chain over the same
// x range, which is simple to cut into triangles (mesh.fillBetween); its outline is the top
// chain, the bottom chain backwards, and the straight sides between their ends.
type chains struct {
	v     view
	pts   []pt // the points of all the chains being built, one after another
	start int  // where the chain being built starts
}

// mark returns where the next chain starts.
func (c *chains) mark() int { return len(c.pts) }

func (c *chains) add(x, y float64) {
	p := c.v.pt(x, y)
	if n := len(c.pts); n > c.start && c.pts[n-1] == p {
		return
	}
	c.pts = append(c.pts, p)
}

// segments returns how many straight pieces a curve of about that length in units needs to
// look smooth at the zoom.
func (c *chains) segments(length float64) int {
	px := length * c.v.z
	switch {
	case px < 2:
		return 1
	case px < 6:
		return 2
	}
	return min(16, int(math.Ceil(math.Sqrt(px)*1.2)))
}

// arc adds the arc of the circle at (cx, cy) from angle a0 to a1, in radians with y down.
func (c *chains) arc(cx, cy, r, a0, a1 float64) {
	n := c.segments(r * math.Abs(a1-a0))
	for i := 0; i <= n; i++ {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		c.add(cx+r*math.Cos(a), cy+r*math.Sin(a))
	}
}

// cubic adds a Bézier curve from the point (x0, y0), which is already in the chain.
func (c *chains) cubic(x0, y0, x1, y1, x2, y2, x3, y3 float64) {
	n := c.segments(math.Hypot(x3-x0, y3-y0) * 1.2)
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		a, b, cc, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		c.add(a*x0+b*x1+cc*x2+d*x3, a*y0+b*y1+cc*y2+d*y3)
	}
}

// notchPath is Scratch's notch, NOTCH_PATH_LEFT, in its own units: 36 wide and 8 deep, as
// cubic curves (or lines, when all three points are the same) from (0, 0).
var notchPath = [][6]float64{
	{2, 0, 3, 1, 4, 2},
	{8, 6, 8, 6, 8, 6},
	{9, 7, 10, 8, 12, 8},
	{24, 8, 24, 8, 24, 8},
	{26, 8, 27, 7, 28, 6},
	{32, 2, 32, 2, 32, 2},
	{33, 1, 34, 0, 36, 0},
}

// notch adds the notch on top of a block, or the tab under it (the same shape), from x0 at
// the height y, dipping down by NotchH. When the notch is too small to see, it is left out.
func (c *chains) notch(m *editor.Metrics, x0, y float64) {
	if m.NotchH*c.v.z < 0.75 {
		return
	}
	sx, sy := m.NotchW/36, m.NotchH/8
	px, py := 0.0, 0.0
	c.add(x0, y)
	for _, s := range notchPath {
		if s[0] == s[4] && s[1] == s[5] {
			c.add(x0+s[4]*sx, y+s[5]*sy)
		} else {
			c.cubic(x0+px*sx, y+py*sy, x0+s[0]*sx, y+s[1]*sy, x0+s[2]*sx, y+s[3]*sy, x0+s[4]*sx, y+s[5]*sy)
		}
		px, py = s[4], s[5]
	}
}

// The angles of the arcs, with y down.
const (
	right = 0
	down  = math.Pi / 2
	left  = math.Pi
	up    = 3 * math.Pi / 2
	full  = 2 * math.Pi
)

// topEdge adds the top of a stack, cap or C block from (x, y+r) to (x+w, y+r): the rounded
// corners and the notch.
func (c *chains) topEdge(m *editor.Metrics, x, y, w float64) {
	c.arc(x+cornerR, y+cornerR, cornerR, left, up)
	c.notch(m, x+m.NotchX, y)
	c.arc(x+w-cornerR, y+cornerR, cornerR, up, full)
}

// hatTop adds the top of a hat from (x, y+cap): its rounded cap and the top-right corner.
func (c *chains) hatTop(m *editor.Metrics, x, y, w float64) {
	capH := m.HatCap
	capW := min(96, w-cornerR)
	c.add(x, y+capH)
	c.cubic(x, y+capH, x+capW*25/96, y+capH-capH*22/16, x+capW*71/96, y+capH-capH*22/16, x+capW, y+capH)
	c.arc(x+w-cornerR, y+capH+cornerR, cornerR, up, full)
}

// bottomEdge adds the bottom of a block from (x, y-r) to (x+w, y-r), with the tab under it
// when tab.
func (c *chains) bottomEdge(m *editor.Metrics, x, y, w float64, tab bool) {
	c.arc(x+cornerR, y-cornerR, cornerR, left, down)
	if tab {
		c.notch(m, x+m.NotchX, y)
	}
	c.arc(x+w-cornerR, y-cornerR, cornerR, down, right)
}

// mouthTop adds the top of a C block's mouth at y, from its inner rounded corner at arm to
// the outer corner at the block's right edge x1, with the tab the inner blocks hang from.
func (c *chains) mouthTop(m *editor.Metrics, arm, y, x1 float64) {
	c.arc(arm+cornerR, y+cornerR, cornerR, left, up)
	c.notch(m, arm+m.NotchX, y)
	c.arc(x1-cornerR, y-cornerR, cornerR, down, right)
}

// mouthBottom adds the bottom of a C block's mouth at y, from arm to the right edge x1.
func (c *chains) mouthBottom(arm, y, x1 float64) {
	c.arc(arm+cornerR, y-cornerR, cornerR, left, down)
	c.arc(x1-cornerR, y+cornerR, cornerR, up, full)
}

// roundTop and roundBottom add the halves of a rectangle with corners of radius r.
func (c *chains) roundTop(x, y, w, h, r float64) {
	r = min(r, w/2, h/2)
	c.arc(x+r, y+r, r, left, up)
	c.arc(x+w-r, y+r, r, up, full)
}

func (c *chains) roundBottom(x, y, w, h, r float64) {
	r = min(r, w/2, h/2)
	c.arc(x+r, y+h-r, r, left, down)
	c.arc(x+w-r, y+h-r, r, down, right)
}

// hexTop and hexBottom add the halves of Scratch's hexagonal boolean shape: points h/2 wide.
func (c *chains) hexTop(x, y, w, h float64) {
	p := min(h/2, w/2)
	c.add(x, y+h/2)
	c.add(x+p, y)
	c.add(x+w-p, y)
	c.add(x+w, y+h/2)
}

func (c *chains) hexBottom(x, y, w, h float64) {
	p := min(h/2, w/2)
	c.add(x, y+h/2)
	c.add(x+p, y+h)
	c.add(x+w-p, y+h)
	c.add(x+w, y+h/2)
}

// span is a chain: its first point and the one after its last in chains.pts.
type span struct{ a, b int }

// shape is a shape made of chains: the pieces to fill, and its outline, as spans of chains
// each to be followed forwards or backwards.
type shape struct {
	pieces  [][2]span // top and bottom chains
	outline []leg
}

type leg struct {
	s       span
	reverse bool
}

// chain runs f to add one chain and returns its span.
func (c *chains) chain(f func()) span {
	a := c.mark()
	c.start = a
	f()
	return span{a, c.mark()}
}

// clip returns the part of chain s between the x of pixels x0 and x1, as a new chain.
func (c *chains) clip(s span, x0, x1 float32) span {
	a := c.mark()
	src := c.pts[s.a:s.b]
	for i, p := range src {
		if i > 0 {
			q := src[i-1]
			for _, x := range [2]float32{x0, x1} {
				if (q.x < x && p.x > x) || (q.x > x && p.x < x) {
					t := (x - q.x) / (p.x - q.x)
					c.pts = append(c.pts, pt{x, q.y + t*(p.y-q.y)})
				}
			}
		}
		if p.x >= x0 && p.x <= x1 {
			c.pts = append(c.pts, p)
		}
	}
	return span{a, c.mark()}
}

// simple is a shape of one piece, outlined all round.
func simple(top, bottom span) shape {
	return shape{pieces: [][2]span{{top, bottom}}, outline: []leg{{top, false}, {bottom, true}}}
}

// blockShape builds the chains of b, moved by (dx, dy) units.
func blockShape(c *chains, m *editor.Metrics, b *editor.Box, dx, dy float64) shape {
	r := b.Rect
	x, y, w, h := r.X+dx, r.Y+dy, r.W, r.H
	switch b.Shape {
	case blocks.Reporter:
		return simple(c.chain(func() { c.roundTop(x, y, w, h, h/2) }), c.chain(func() { c.roundBottom(x, y, w, h, h/2) }))
	case blocks.Boolean:
		return simple(c.chain(func() { c.hexTop(x, y, w, h) }), c.chain(func() { c.hexBottom(x, y, w, h) }))
	case blocks.Hat:
		return simple(c.chain(func() { c.hatTop(m, x, y, w) }), c.chain(func() { c.bottomEdge(m, x, y+h, w, b.Next) }))
	case blocks.C, blocks.CElse:
		if len(b.Mouths) > 0 {
			return cShape(c, m, b, x, y, w, h, dx, dy)
		}
	}
	return simple(c.chain(func() { c.topEdge(m, x, y, w) }), c.chain(func() { c.bottomEdge(m, x, y+h, w, b.Next) }))
}

// cShape builds a C block: its left arm, and the bands right of the arm above, between and
// below its mouths.
func cShape(c *chains, m *editor.Metrics, b *editor.Box, x, y, w, h, dx, dy float64) shape {
	var s shape
	top := c.chain(func() { c.topEdge(m, x, y, w) })
	bottom := c.chain(func() { c.bottomEdge(m, x, y+h, w, b.Next) })
	arm := b.Mouths[0].Rect.X + dx
	ax := c.v.pt(arm, 0).x
	lx, rx := c.v.pt(x, 0).x, c.v.pt(x+w, 0).x
	s.pieces = append(s.pieces, [2]span{c.clip(top, lx, ax), c.clip(bottom, lx, ax)})
	s.outline = append(s.outline, leg{top, false})
	upper := c.clip(top, ax, rx)
	for _, mo := range b.Mouths {
		my := mo.Rect.Y + dy
		mt := c.chain(func() { c.mouthTop(m, arm, my, x+w) })
		mb := c.chain(func() { c.mouthBottom(arm, my+mo.Rect.H, x+w) })
		s.pieces = append(s.pieces, [2]span{upper, mt})
		s.outline = append(s.outline, leg{mt, true}, leg{mb, false})
		upper = mb
	}
	s.pieces = append(s.pieces, [2]span{upper, c.clip(bottom, ax, rx)})
	s.outline = append(s.outline, leg{bottom, true})
	return s
}

// roundShape and hexShape are slots and fields.
func roundShape(c *chains, x, y, w, h, r float64) shape {
	return simple(c.chain(func() { c.roundTop(x, y, w, h, r) }), c.chain(func() { c.roundBottom(x, y, w, h, r) }))
}

func hexShape(c *chains, x, y, w, h float64) shape {
	return simple(c.chain(func() { c.hexTop(x, y, w, h) }), c.chain(func() { c.hexBottom(x, y, w, h) }))
}

// arrowShape is a dropdown's small triangle, pointing down, centred in the box (x, y, w, h).
func arrowShape(c *chains, x, y, w, h float64) shape {
	aw := min(w, 10)
	ah := aw * 0.6
	cx, cy := x+w/2, y+h/2
	top := c.chain(func() { c.add(cx-aw/2, cy-ah/2); c.add(cx+aw/2, cy-ah/2) })
	bottom := c.chain(func() { c.add(cx-aw/2, cy-ah/2); c.add(cx, cy+ah/2); c.add(cx+aw/2, cy-ah/2) })
	return simple(top, bottom)
}
