package render

import (
	"bytes"
	"fmt"
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"tsumiki/assets/fonts"
	"tsumiki/stage"
)

// Pictures gives the decoded picture for a costume's Asset key. *assets.Store is one.
type Pictures interface {
	Image(asset string) (image.Image, error)
}

// Renderer draws stage worlds. It keeps the costume pictures on the GPU, the pen layer and
// the bubbles' pictures between frames, and never lets go of a costume picture: make a new
// Renderer for each project.
type Renderer struct {
	pics    Pictures
	font    *text.GoTextFaceSource
	shaders shaders

	costumes map[string]*costumeTex
	pen      penLayer
	bubbles  map[*stage.Sprite]*bubbleState
	frame    uint64

	batch batch
	poly  []ebiten.Vertex // scratch space for one costume's corners
}

// New returns a Renderer that reads costume pictures from pics.
func New(pics Pictures) (*Renderer, error) {
	src, err := text.NewGoTextFaceSource(bytes.NewReader(fonts.MPlus1pRegular))
	if err != nil {
		return nil, fmt.Errorf("render: reading the UI font: %w", err)
	}
	sh, err := newShaders()
	if err != nil {
		return nil, err
	}
	return &Renderer{
		pics:     pics,
		font:     src,
		shaders:  sh,
		costumes: make(map[string]*costumeTex),
		bubbles:  make(map[*stage.Sprite]*bubbleState),
	}, nil
}

// Face returns the UI font at size pixels, for the app's buttons and messages.
func (r *Renderer) Face(size float64) text.Face {
	return &text.GoTextFace{Source: r.font, Size: size}
}

// white is the colour behind the backdrop, as in Scratch.
var white = color.RGBA{0xff, 0xff, 0xff, 0xff}

// fillRing fills the edge pixels of r in dst white, width pixels deep.
func fillRing(dst *ebiten.Image, r image.Rectangle, width int) {
	for _, band := range []image.Rectangle{
		image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+width),
		image.Rect(r.Min.X, r.Max.Y-width, r.Max.X, r.Max.Y),
		image.Rect(r.Min.X, r.Min.Y+width, r.Min.X+width, r.Max.Y-width),
		image.Rect(r.Max.X-width, r.Min.Y+width, r.Max.X, r.Max.Y-width),
	} {
		dst.SubImage(band).(*ebiten.Image).Fill(white)
	}
}

// Draw draws the stage of w into dst, filling area, a rectangle of dst's pixels that should
// have the stage's 4:3 shape. Everything is drawn at dst's resolution, so the stage is crisp
// at any size. Nothing is drawn outside area.
//
// pen is the pen layer, transparent where nothing is drawn, stretched over the whole stage
// (normally 960×720, two pixels a stage pixel); nil draws no pen layer. It is copied to the
// GPU only when penVersion differs from the last call's, so the caller must change
// penVersion whenever the pen image changes.
//
// w may be nil, for an empty white stage.
func (r *Renderer) Draw(dst *ebiten.Image, area image.Rectangle, w *stage.World, pen image.Image, penVersion int) {
	r.frame++
	clip := area.Intersect(dst.Bounds())
	if clip.Empty() {
		return
	}
	target := dst.SubImage(clip).(*ebiten.Image)
	v := newView(area)

	// White, then the backdrop. Where the backdrop hides the white, the white is left out:
	// on a software renderer each layer over the whole stage costs milliseconds.
	covered, edge := false, 0
	if w != nil {
		if c, ok := w.Stage.CurrentBackdrop(); ok {
			if t, m, ok := r.placeCostume(v, c, backdropPose); ok {
				covered, edge = backdropCover(t, m, c, &w.Stage.Effects, clip)
			}
		}
	}
	switch {
	case !covered || 2*edge >= min(clip.Dx(), clip.Dy()):
		target.Fill(white)
	case edge > 0:
		fillRing(target, clip, edge)
	}
	if w != nil {
		if c, ok := w.Stage.CurrentBackdrop(); ok {
			r.drawCostume(target, v, c, backdropPose, &w.Stage.Effects, covered && edge == 0)
		}
	}
	r.flush(target)
	r.drawPen(target, v, pen, penVersion)
	if w == nil {
		r.pruneBubbles()
		return
	}
	for _, s := range w.Sprites {
		if !s.Visible {
			continue
		}
		if c, ok := s.CurrentCostume(); ok {
			r.drawCostume(target, v, c, spritePose(s), &s.Effects, false)
		}
	}
	r.flush(target)
	for _, s := range w.Sprites {
		r.drawBubble(target, v, s)
	}
	r.pruneBubbles()
}
