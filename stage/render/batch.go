package render

import (
	_ "embed"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"
)

//go:embed sprite.kage
var spriteKage []byte

//go:embed pen.kage
var penKage []byte

// shaders are the Kage shaders the renderer draws with.
type shaders struct {
	sprite *ebiten.Shader // costumes with graphic effects
	pen    *ebiten.Shader // the straight-alpha pen layer
}

func newShaders() (shaders, error) {
	sprite, err := ebiten.NewShader(spriteKage)
	if err != nil {
		return shaders{}, fmt.Errorf("render: compiling sprite.kage: %w", err)
	}
	pen, err := ebiten.NewShader(penKage)
	if err != nil {
		return shaders{}, fmt.Errorf("render: compiling pen.kage: %w", err)
	}
	return shaders{sprite: sprite, pen: pen}, nil
}

// batch collects the quads of consecutive costumes drawn from the same picture in the same
// way, so that 300 clones of one costume are one draw call.
type batch struct {
	dst    *ebiten.Image
	src    *ebiten.Image
	shaded bool
	filter ebiten.Filter
	blend  ebiten.Blend
	vs     []ebiten.Vertex
	is     []uint32
}

// queue adds a convex polygon drawn from src, its corners in order.
// shaded quads go through the sprite shader (which always filters linearly); the others
// through ebiten's own, with filter.
func (r *Renderer) queue(dst, src *ebiten.Image, shaded bool, filter ebiten.Filter, blend ebiten.Blend, poly []ebiten.Vertex) {
	b := &r.batch
	if shaded {
		filter = ebiten.FilterLinear
	}
	if b.src != src || b.dst != dst || b.shaded != shaded || b.filter != filter || b.blend != blend {
		r.flush(dst)
		b.dst, b.src, b.shaded, b.filter, b.blend = dst, src, shaded, filter, blend
	}
	n := uint32(len(b.vs))
	b.vs = append(b.vs, poly...)
	for i := uint32(2); i < uint32(len(poly)); i++ {
		b.is = append(b.is, n, n+i-1, n+i)
	}
}

// flush draws the queued quads.
func (r *Renderer) flush(dst *ebiten.Image) {
	b := &r.batch
	if len(b.vs) > 0 {
		if b.shaded {
			op := &ebiten.DrawTrianglesShaderOptions{Blend: b.blend}
			op.Images[0] = b.src
			b.dst.DrawTrianglesShader32(b.vs, b.is, r.shaders.sprite, op)
		} else {
			b.dst.DrawTriangles32(b.vs, b.is, b.src, &ebiten.DrawTrianglesOptions{
				Filter:  b.filter,
				Address: ebiten.AddressClampToZero,
				Blend:   b.blend,
			})
		}
	}
	b.vs, b.is = b.vs[:0], b.is[:0]
	b.dst, b.src = nil, nil
}
