package editor

// HitKind says what a point is on.
type HitKind int

// What a point can be on.
const (
	HitNothing HitKind = iota // the empty workspace
	HitBlock                  // a block's body, or its words
	HitSlot                   // a slot holding a literal, or an empty hexagonal slot
	HitField                  // a dropdown field
	HitStack                  // the inside of a C block's mouth, beside its inner blocks
	HitParam                  // a parameter in a custom block's definition
)

// Hit is what a point is on: the kind, the block, and for slots, fields, parameters and
// mouths the part and its name.
type Hit struct {
	Kind HitKind
	Box  *Box   // the block; nil for HitNothing
	Part *Part  // the slot, field or parameter
	Name string // the input, field, parameter or inner stack
}

// HitTest returns what p is on, the topmost thing first: a reporter before the slot it
// fills, an inner block before its C block, a later script before an earlier one.
func (l *Layout) HitTest(p Point) Hit {
	for i := len(l.Scripts) - 1; i >= 0; i-- {
		s := &l.Scripts[i]
		if !s.Bounds.Contains(p) {
			continue
		}
		for j := len(s.Boxes) - 1; j >= 0; j-- {
			if h, ok := s.Boxes[j].hit(p); ok {
				return h
			}
		}
	}
	return Hit{}
}

// hit reports what p is on within b, leaving out the blocks b holds.
func (b *Box) hit(p Point) (Hit, bool) {
	if !b.Rect.Contains(p) {
		return Hit{}, false
	}
	for i := range b.Mouths {
		if m := &b.Mouths[i]; m.Rect.Contains(p) {
			return Hit{Kind: HitStack, Box: b, Name: m.Name}, true
		}
	}
	for i := range b.Parts {
		pt := &b.Parts[i]
		if !pt.Rect.Contains(p) {
			continue
		}
		switch {
		case pt.Kind == Slot && pt.Block == nil:
			return Hit{Kind: HitSlot, Box: b, Part: pt, Name: pt.Name}, true
		case pt.Kind == Dropdown:
			return Hit{Kind: HitField, Box: b, Part: pt, Name: pt.Name}, true
		case pt.Kind == Param:
			return Hit{Kind: HitParam, Box: b, Part: pt, Name: pt.Name}, true
		}
	}
	return Hit{Kind: HitBlock, Box: b}, true
}

// HitTest returns what p, in workspace coordinates, is on in the target's scripts.
func (w *Workspace) HitTest(p Point) Hit { return w.Layout().HitTest(p) }
