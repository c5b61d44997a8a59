package render

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"tsumiki/stage"
)

// The bubble's colours, as in Scratch.
var (
	bubbleFill    = color.RGBA{0xff, 0xff, 0xff, 0xff}
	bubbleOutline = color.NRGBA{0, 0, 0, 38} // black at 15%
	bubbleText    = color.RGBA{0x57, 0x5e, 0x75, 0xff}
)

// bubbleState is what the renderer remembers about one sprite's bubble.
type bubbleState struct {
	// onRight is scratch-vm's onSpriteRight: the side the bubble was last on. A bubble stays
	// on its side until it no longer fits there.
	onRight bool
	seen    uint64 // the frame the sprite was last seen in

	text   string
	layout bubbleLayout

	// The picture, drawn for kind, side and scale.
	img      *ebiten.Image
	imgKind  stage.BubbleKind
	imgRight bool
	imgScale float64
	imgText  string
}

// drawBubble draws s's bubble, if it has one and is visible.
func (r *Renderer) drawBubble(dst *ebiten.Image, v view, s *stage.Sprite) {
	st := r.bubbles[s]
	if st != nil {
		st.seen = r.frame
	}
	b := s.Bubble
	if b == nil || b.Text == "" || !s.Visible {
		if st != nil && st.img != nil {
			st.img.Deallocate()
			st.img = nil
		}
		return
	}
	if st == nil {
		st = &bubbleState{onRight: true, seen: r.frame}
		r.bubbles[s] = st
	}
	if st.layout.lines == nil || st.text != b.Text {
		face := r.Face(bubbleFontSize)
		st.layout = layoutBubble(b.Text, func(s string) float64 { return text.Advance(s, face) })
		st.text = b.Text
	}

	target := r.bubbleTarget(s)
	x, y, right := placeBubble(st.layout.w, st.layout.h, target, st.onRight)
	st.onRight = right

	k := v.scale()
	if st.img == nil || st.imgKind != b.Kind || st.imgRight != right || st.imgScale != k || st.imgText != b.Text {
		r.paintBubble(st, b.Kind, right, k)
	}
	dx, dy := v.at(x, y)
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(math.Round(dx), math.Round(dy))
	dst.DrawImage(st.img, op)
}

// bubbleTarget returns the bounds a bubble is placed against: the top 8 pixels of what the
// sprite draws, or its position when it draws nothing.
func (r *Renderer) bubbleTarget(s *stage.Sprite) rect {
	at := rect{left: s.X, right: s.X, bottom: s.Y, top: s.Y}
	c, ok := s.CurrentCostume()
	if !ok {
		return at
	}
	m := spritePose(s).toStage(c)
	ol := r.outlineFor(c)
	if ol == nil {
		return at
	}
	b, ok := topSliceBounds(ol, m)
	if !ok {
		return at
	}
	return b
}

// pruneBubbles forgets the bubbles of sprites that were not in the last frame.
func (r *Renderer) pruneBubbles() {
	for s, st := range r.bubbles {
		if st.seen != r.frame {
			if st.img != nil {
				st.img.Deallocate()
			}
			delete(r.bubbles, s)
		}
	}
}

// paintBubble draws st's bubble picture at k pixels a stage pixel: the rounded rectangle
// with its outline and tail (pointing left when the bubble is right of the sprite), then the
// text.
func (r *Renderer) paintBubble(st *bubbleState, kind stage.BubbleKind, right bool, k float64) {
	l := st.layout
	w, h := int(math.Ceil(l.w*k)), int(math.Ceil(l.h*k))
	if st.img != nil && st.img.Bounds().Dx() == w && st.img.Bounds().Dy() == h {
		st.img.Clear()
	} else {
		if st.img != nil {
			st.img.Deallocate()
		}
		st.img = ebiten.NewImage(w, h)
	}
	st.imgKind, st.imgRight, st.imgScale, st.imgText = kind, right, k, st.text

	shape := bubbleShape(l.padW, l.padH, kind)
	var geo ebiten.GeoM
	if right {
		// Mirror, so the tail is at the left, near the sprite.
		geo.Scale(-1, 1)
		geo.Translate(l.padW, 0)
	}
	geo.Translate(bubbleStroke/2, bubbleStroke/2)
	geo.Scale(k, k)
	var path vector.Path
	path.AddPath(shape, &vector.AddPathOptions{GeoM: geo})

	outline := &vector.DrawPathOptions{AntiAlias: true}
	outline.ColorScale.ScaleWithColor(bubbleOutline)
	vector.StrokePath(st.img, &path, &vector.StrokeOptions{
		Width:      float32(bubbleStroke * k),
		LineJoin:   vector.LineJoinMiter,
		MiterLimit: 10,
	}, outline)
	fill := &vector.DrawPathOptions{AntiAlias: true}
	fill.ColorScale.ScaleWithColor(bubbleFill)
	vector.FillPath(st.img, &path, nil, fill)

	face := r.Face(bubbleFontSize * k)
	ascent := face.Metrics().HAscent
	for i, line := range l.lines {
		op := &text.DrawOptions{}
		baseline := bubbleStroke/2 + bubblePadding + bubbleLineHeight*float64(i) + bubbleAscent
		op.GeoM.Translate(math.Round((bubbleStroke/2+bubblePadding)*k), math.Round(baseline*k)-ascent)
		op.ColorScale.ScaleWithColor(bubbleText)
		text.Draw(st.img, line, face, op)
	}
}

// bubbleShape returns the outline of a bubble whose rounded rectangle is padW×padH, with its
// tail at the bottom right, in stage pixels from the rectangle's top-left corner. A thought
// bubble has a bump and two small circles for a tail.
func bubbleShape(padW, padH float64, kind stage.BubbleKind) *vector.Path {
	w, h := float32(padW), float32(padH)
	const r = bubbleCorner
	var p vector.Path
	p.MoveTo(r, h)
	p.ArcTo(0, h, 0, h-r, r)
	p.ArcTo(0, 0, w, 0, r)
	p.ArcTo(w, 0, w, h, r)
	p.ArcTo(w, h, w-r, h, r)
	// The tail hangs from (tx, h), one corner radius in from the right.
	tx := w - r
	if kind == stage.BubbleThink {
		p.Arc(tx-16, h, 4, 0, math.Pi, vector.Clockwise)
		p.Close()
		p.MoveTo(tx-7, h+7.25)
		p.Arc(tx-9.25, h+7.25, 2.25, 0, 2*math.Pi, vector.Clockwise)
		p.Close()
		p.MoveTo(tx, h+9.5)
		p.Arc(tx-1.5, h+9.5, 1.5, 0, 2*math.Pi, vector.Clockwise)
		p.Close()
		return &p
	}
	p.CubicTo(tx, h+4, tx+4, h+8, tx+4, h+10)
	p.ArcTo(tx+4, h+12, tx+2, h+12, 2)
	p.CubicTo(tx-1, h+12, tx-11, h+8, tx-16, h)
	p.Close()
	return &p
}
