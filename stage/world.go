package stage

import "math"

// MaxClones is how many clones may exist at once, as in Scratch.
const MaxClones = 300

// DefaultPenOpLimit is the number of pending pen operations a new World
// keeps before it drops the oldest.
const DefaultPenOpLimit = 10000

// World is the state of one running project's stage.
type World struct {
	Stage Stage

	// Sprites holds every sprite and clone in layer order, back to front.
	// The stage is always behind all of them. Scratch also runs scripts in
	// this order, front-most sprite first.
	Sprites []*Sprite

	// Redraw is set when something changes what would be drawn, where
	// Scratch calls requestRedraw: a visible sprite moved, turned,
	// changed costume, size or effect, was shown, made or deleted; a pen
	// drew; a bubble changed. Hiding a sprite does not set it, as in
	// Scratch. The scheduler reads and clears it.
	Redraw bool

	// PenOpLimit caps the pending pen operations; when more are queued the
	// oldest are dropped and counted. Values below 1 mean
	// DefaultPenOpLimit.
	PenOpLimit int

	nextID    int
	bubbleSeq int
	clones    int
	pen       penQueue
}

// NewWorld returns an empty world with an empty stage.
func NewWorld() *World {
	return &World{PenOpLimit: DefaultPenOpLimit}
}

// Add puts s in front of every other sprite and gives it an ID. A sprite
// already in the world is left where it is. Load a project by adding its
// sprites from back to front.
func (w *World) Add(s *Sprite) {
	if s == nil || w.indexOf(s) >= 0 {
		return
	}
	w.nextID++
	s.ID = w.nextID
	w.Sprites = append(w.Sprites, s)
	if s.IsClone {
		w.clones++
	}
	if s.Visible {
		w.Redraw = true
	}
}

// indexOf returns the layer of s, or -1.
func (w *World) indexOf(s *Sprite) int {
	for i, t := range w.Sprites {
		if t == s {
			return i
		}
	}
	return -1
}

// Layer returns the layer of s, 0 for the back-most sprite, or -1 when s is
// not in the world.
func (w *World) Layer(s *Sprite) int { return w.indexOf(s) }

// moveTo moves the sprite at layer from to layer to, shifting the others.
func (w *World) moveTo(from, to int) {
	if from == to {
		return
	}
	s := w.Sprites[from]
	if from < to {
		copy(w.Sprites[from:to], w.Sprites[from+1:to+1])
	} else {
		copy(w.Sprites[to+1:from+1], w.Sprites[to:from])
	}
	w.Sprites[to] = s
}

// GoToFront puts s in front of every other sprite.
func (w *World) GoToFront(s *Sprite) {
	if i := w.indexOf(s); i >= 0 {
		w.moveTo(i, len(w.Sprites)-1)
	}
}

// GoToBack puts s behind every other sprite (still in front of the stage).
func (w *World) GoToBack(s *Sprite) {
	if i := w.indexOf(s); i >= 0 {
		w.moveTo(i, 0)
	}
}

// GoLayers moves s n layers forward, or backward when n is negative, as
// scratch-vm's goForwardLayers and goBackwardLayers do through
// scratch-render's setDrawableOrder: the new layer is the old one plus n,
// clamped to the sprite layers and then truncated toward zero, so a
// fractional n acts as JavaScript's splice makes it act. NaN and 0 do
// nothing.
func (w *World) GoLayers(s *Sprite, n float64) {
	i := w.indexOf(s)
	if i < 0 || n == 0 || math.IsNaN(n) {
		return
	}
	// Scratch removes the sprite, then inserts it at
	// trunc(clamp(i+n, 0, len)), where len counts the sprite itself; an
	// index past the end appends.
	to := math.Trunc(math.Min(math.Max(float64(i)+n, 0), float64(len(w.Sprites))))
	j := int(to)
	if j > len(w.Sprites)-1 {
		j = len(w.Sprites) - 1
	}
	w.moveTo(i, j)
}

// Clone makes a clone of s, puts it one layer behind s and returns it. It
// returns nil when MaxClones clones exist already or s is not in the world.
// The clone copies position, direction, draggability, visibility, size,
// costume, rotation style, graphic effects and pen state; it shares s's
// costume list. It has no speech bubble.
func (w *World) Clone(s *Sprite) *Sprite {
	if s == nil || w.clones >= MaxClones {
		return nil
	}
	i := w.indexOf(s)
	if i < 0 {
		return nil
	}
	orig := s
	if s.IsClone && s.Original != nil {
		orig = s.Original
	}
	c := &Sprite{
		Name:          s.Name,
		X:             s.X,
		Y:             s.Y,
		Direction:     s.Direction,
		Size:          s.Size,
		Visible:       s.Visible,
		Draggable:     s.Draggable,
		RotationStyle: s.RotationStyle,
		Costumes:      s.Costumes,
		Costume:       s.Costume,
		Effects:       s.Effects,
		Pen:           s.Pen,
		IsClone:       true,
		Original:      orig,
	}
	w.nextID++
	c.ID = w.nextID
	w.clones++
	w.Sprites = append(w.Sprites, nil)
	copy(w.Sprites[i+1:], w.Sprites[i:])
	w.Sprites[i] = c
	if c.Visible {
		w.Redraw = true
	}
	return c
}

// Remove deletes the clone s from the world. Original sprites are never
// removed, as Scratch's "delete this clone" does nothing for them.
func (w *World) Remove(s *Sprite) {
	if s == nil || !s.IsClone {
		return
	}
	i := w.indexOf(s)
	if i < 0 {
		return
	}
	copy(w.Sprites[i:], w.Sprites[i+1:])
	w.Sprites[len(w.Sprites)-1] = nil
	w.Sprites = w.Sprites[:len(w.Sprites)-1]
	w.clones--
	if s.Visible {
		w.Redraw = true
	}
}

// RemoveClones deletes every clone, as Scratch's stop all does.
func (w *World) RemoveClones() {
	kept := w.Sprites[:0]
	for _, s := range w.Sprites {
		if !s.IsClone {
			kept = append(kept, s)
			continue
		}
		if s.Visible {
			w.Redraw = true
		}
	}
	clear(w.Sprites[len(kept):])
	w.Sprites = kept
	w.clones = 0
}

// CloneCount returns how many clones exist.
func (w *World) CloneCount() int { return w.clones }
