package stage

import (
	"strconv"
	"strings"
)

// Width and Height are the size of the stage in stage pixels. The origin is
// at the centre and +y points up, so x runs from -240 to 240 and y from -180
// to 180.
const Width, Height = 480, 360

// Costume describes one costume of a sprite or one backdrop of the stage.
//
// Sizes are in stage pixels at size 100%, after Scratch's bitmap resolution
// has been divided out. The rotation centre is measured from the costume's
// top-left corner, +y down, in the same units.
//
// Mask, when set, is the alpha mask of the costume's picture: touching is
// then exact to the picture's pixels, and Bounds is the tight box around
// its opaque part. A costume without a mask counts as an opaque rectangle.
type Costume struct {
	Name             string
	Width, Height    float64
	CenterX, CenterY float64
	// Asset is an opaque key the drawing layer uses to find the image,
	// for example the sb3 file name "<md5>.svg". The stage never reads it.
	Asset string
	// Mask is the picture's alpha mask, stretched over Width×Height; nil
	// when the picture is not known.
	Mask *Mask
}

// RotationStyle says how a sprite's direction turns its costume.
type RotationStyle int

// The rotation styles, as in Scratch's "set rotation style" block.
const (
	AllAround  RotationStyle = iota // rotate to the sprite's direction
	LeftRight                       // face right, mirrored when the direction is below 0
	DontRotate                      // always drawn facing right
)

var rotationStyleNames = [...]string{
	AllAround:  "all around",
	LeftRight:  "left-right",
	DontRotate: "don't rotate",
}

// String returns Scratch's name for the style: "all around", "left-right" or
// "don't rotate".
func (r RotationStyle) String() string {
	if r >= 0 && int(r) < len(rotationStyleNames) {
		return rotationStyleNames[r]
	}
	return "RotationStyle(" + strconv.Itoa(int(r)) + ")"
}

// ParseRotationStyle returns the style with Scratch's name name. Like
// scratch-vm, it matches the name exactly.
func ParseRotationStyle(name string) (RotationStyle, bool) {
	for i, n := range rotationStyleNames {
		if n == name {
			return RotationStyle(i), true
		}
	}
	return AllAround, false
}

// Effect is one of Scratch's graphic effects.
type Effect int

// The graphic effects, in Scratch's order.
const (
	EffectColor Effect = iota
	EffectFisheye
	EffectWhirl
	EffectPixelate
	EffectMosaic
	EffectBrightness
	EffectGhost

	NumEffects = 7 // number of graphic effects
)

var effectNames = [NumEffects]string{
	"color", "fisheye", "whirl", "pixelate", "mosaic", "brightness", "ghost",
}

// String returns the effect's value in Scratch's dropdown, such as "ghost".
func (e Effect) String() string {
	if e >= 0 && int(e) < NumEffects {
		return effectNames[e]
	}
	return "Effect(" + strconv.Itoa(int(e)) + ")"
}

// ParseEffect returns the effect named name. Like scratch-vm it ignores
// case, so "GHOST" is the ghost effect.
func ParseEffect(name string) (Effect, bool) {
	name = strings.ToLower(name)
	for i, n := range effectNames {
		if n == name {
			return Effect(i), true
		}
	}
	return 0, false
}

// BubbleKind tells a speech bubble from a thought bubble.
type BubbleKind int

// The bubble kinds.
const (
	BubbleSay BubbleKind = iota
	BubbleThink
)

// String returns "say" or "think".
func (k BubbleKind) String() string {
	if k == BubbleThink {
		return "think"
	}
	return "say"
}

// Bubble is the speech or thought bubble shown next to a sprite.
type Bubble struct {
	Kind BubbleKind
	Text string
	// Seq is the world-wide number of the say or think that made the
	// bubble. Every say and think gets a new one, so "say for secs" can
	// clear the bubble only if nothing newer replaced it.
	Seq int
}

// Sprite is a sprite or a clone of one.
type Sprite struct {
	// ID is unique within a World and never reused; it increases in the
	// order sprites are added or cloned.
	ID   int
	Name string

	// X and Y are the position in stage coordinates. Direction is in
	// degrees, 0 up and 90 right. Size is a percentage of the costume size.
	X, Y, Direction, Size float64

	Visible   bool
	Draggable bool
	// Dragging is true while the user drags the sprite with the mouse.
	// Blocks cannot move a dragged sprite, and other sprites do not see it
	// as touching them.
	Dragging bool

	RotationStyle RotationStyle
	Costumes      []Costume // shared by a sprite and its clones
	Costume       int       // index into Costumes
	Effects       [NumEffects]float64
	Bubble        *Bubble // nil when no bubble is shown
	Pen           PenState

	IsClone  bool
	Original *Sprite // for a clone, the original sprite it descends from; nil for originals

	touch *touchCache // what touching tests keep of the sprite's shape
}

// NewSprite returns a sprite as Scratch makes a new one: at 0,0, direction
// 90, size 100, visible, not draggable, rotating all around, with the
// default pen. costumes becomes its costume list, and the first costume is
// worn.
func NewSprite(name string, costumes ...Costume) *Sprite {
	return &Sprite{
		Name:      name,
		Direction: 90,
		Size:      100,
		Visible:   true,
		Costumes:  costumes,
		Pen:       DefaultPen(),
	}
}

// CurrentCostume returns the costume the sprite wears, and false when it has
// no costumes.
func (s *Sprite) CurrentCostume() (Costume, bool) {
	if s.Costume < 0 || s.Costume >= len(s.Costumes) {
		return Costume{}, false
	}
	return s.Costumes[s.Costume], true
}

// Stage is the backdrop layer behind every sprite.
type Stage struct {
	Backdrops []Costume
	Backdrop  int // index into Backdrops
	Effects   [NumEffects]float64
}

// CurrentBackdrop returns the backdrop shown, and false when there are none.
func (st *Stage) CurrentBackdrop() (Costume, bool) {
	if st.Backdrop < 0 || st.Backdrop >= len(st.Backdrops) {
		return Costume{}, false
	}
	return st.Backdrops[st.Backdrop], true
}
