package draw

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// mesh collects coloured triangles and draws them in one call: the blocks' shapes fill
// without anti-aliasing, and their outlines are drawn over the edges with a feathered border
// one pixel wide, which smooths them. Triangles are drawn in the order they were added.
type mesh struct {
	vs    []ebiten.Vertex
	is    []uint32
	white *ebiten.Image // one white pixel
	line  []pt          // an outline being stroked
	norm  []pt
}

// maxVertices is when a mesh is drawn before more is added, well below ebiten's limit.
const maxVertices = 60000

func newMesh() *mesh {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return &mesh{white: img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)}
}

// flush draws the triangles into dst and empties the mesh.
func (m *mesh) flush(dst *ebiten.Image) {
	if len(m.is) > 0 {
		dst.DrawTriangles32(m.vs, m.is, m.white, nil)
	}
	m.vs, m.is = m.vs[:0], m.is[:0]
}

// room draws what the mesh holds when it is nearly full.
func (m *mesh) room(dst *ebiten.Image, n int) {
	if len(m.vs)+n > maxVertices {
		m.flush(dst)
	}
}

func (m *mesh) vertex(p pt, c color.NRGBA, alpha float32) {
	m.vs = append(m.vs, ebiten.Vertex{DstX: p.x, DstY: p.y, SrcX: 1.5, SrcY: 1.5,
		ColorR: float32(c.R) / 255, ColorG: float32(c.G) / 255, ColorB: float32(c.B) / 255,
		ColorA: float32(c.A) / 255 * alpha})
}

// fill fills the pieces of s.
func (m *mesh) fill(dst *ebiten.Image, c *chains, s shape, col color.NRGBA) {
	for _, pc := range s.pieces {
		top, bottom := c.pts[pc[0].a:pc[0].b], c.pts[pc[1].a:pc[1].b]
		if len(top) == 0 || len(bottom) == 0 {
			continue
		}
		m.room(dst, 2*(len(top)+len(bottom)))
		m.fillBetween(top, bottom, col)
	}
}

// fillBetween fills the region between two chains, in quads from one x of either chain to
// the next.
func (m *mesh) fillBetween(top, bottom []pt, col color.NRGBA) {
	i, j, kt, kb := 0, 0, 0, 0
	var prev float32
	first := true
	for i < len(top) || j < len(bottom) {
		var x float32
		if j >= len(bottom) || (i < len(top) && top[i].x <= bottom[j].x) {
			x = top[i].x
			i++
		} else {
			x = bottom[j].x
			j++
		}
		if !first && x <= prev {
			continue
		}
		ty, by := at(top, &kt, x), at(bottom, &kb, x)
		n := uint32(len(m.vs))
		m.vertex(pt{x, ty}, col, 1)
		m.vertex(pt{x, by}, col, 1)
		if !first {
			m.is = append(m.is, n-2, n, n+1, n-2, n+1, n-1)
		}
		prev, first = x, false
	}
}

// at returns the y of chain p at x, walking on from the segment k.
func at(p []pt, k *int, x float32) float32 {
	if len(p) == 1 {
		return p[0].y
	}
	for *k+2 < len(p) && p[*k+1].x <= x {
		*k++
	}
	a, b := p[*k], p[*k+1]
	if b.x <= a.x {
		return b.y
	}
	t := (x - a.x) / (b.x - a.x)
	t = min(max(t, 0), 1)
	return a.y + t*(b.y-a.y)
}

// stroke draws the outline of s, width pixels wide, anti-aliased.
func (m *mesh) stroke(dst *ebiten.Image, c *chains, s shape, col color.NRGBA, width float64) {
	line := m.line[:0]
	push := func(p pt) {
		if n := len(line); n == 0 || line[n-1] != p {
			line = append(line, p)
		}
	}
	for _, l := range s.outline {
		ps := c.pts[l.s.a:l.s.b]
		if l.reverse {
			for i := len(ps) - 1; i >= 0; i-- {
				push(ps[i])
			}
		} else {
			for _, p := range ps {
				push(p)
			}
		}
	}
	for len(line) > 1 && line[len(line)-1] == line[0] {
		line = line[:len(line)-1]
	}
	m.line = line
	if len(line) < 3 {
		return
	}
	m.room(dst, 4*len(line))
	m.strokeClosed(line, col, float32(width))
}

// strokeClosed draws a closed polyline: a core of full colour, and a pixel on each side
// fading out. A line thinner than a pixel is a fainter pixel.
func (m *mesh) strokeClosed(line []pt, col color.NRGBA, width float32) {
	n := len(line)
	norm := m.norm[:0]
	for i := range line {
		a, b := line[i], line[(i+1)%n]
		dx, dy := b.x-a.x, b.y-a.y
		l := sqrt32(dx*dx + dy*dy)
		if l == 0 {
			norm = append(norm, pt{})
			continue
		}
		norm = append(norm, pt{-dy / l, dx / l})
	}
	m.norm = norm
	core, alpha := width/2-0.5, float32(1)
	if core < 0 {
		core, alpha = 0, width
	}
	base := uint32(len(m.vs))
	for i, p := range line {
		n0, n1 := norm[(i+n-1)%n], norm[i]
		d := pt{(n0.x + n1.x) / 2, (n0.y + n1.y) / 2}
		d2 := d.x*d.x + d.y*d.y
		if d2 > 1e-4 {
			inv := min(1/d2, 4)
			d.x, d.y = d.x*inv, d.y*inv
		} else {
			d = n1
		}
		m.vertex(pt{p.x + d.x*(core+1), p.y + d.y*(core+1)}, col, 0)
		m.vertex(pt{p.x + d.x*core, p.y + d.y*core}, col, alpha)
		m.vertex(pt{p.x - d.x*core, p.y - d.y*core}, col, alpha)
		m.vertex(pt{p.x - d.x*(core+1), p.y - d.y*(core+1)}, col, 0)
	}
	for i := range n {
		a, b := base+uint32(4*i), base+uint32(4*((i+1)%n))
		for k := uint32(0); k < 3; k++ {
			if k == 1 && core == 0 {
				continue
			}
			m.is = append(m.is, a+k, b+k, b+k+1, a+k, b+k+1, a+k+1)
		}
	}
}

func sqrt32(x float32) float32 { return float32(math.Sqrt(float64(x))) }
