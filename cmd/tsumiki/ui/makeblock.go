package ui

import (
	"image"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// PartKind is what a part of a custom block is.
type PartKind int

// The kinds of part.
const (
	Label        PartKind = iota // words on the block
	NumberOrText                 // a round slot: a number or text parameter
	Boolean                      // a hexagonal slot: a true-or-false parameter
)

// Part is one part of a custom block, in order: a label's words or a parameter's name.
type Part struct {
	Kind PartKind
	Text string
}

// MakeBlockOptions says what a MakeBlockDialog shows. Every label comes from the caller.
type MakeBlockOptions struct {
	Title string // "Make a Block"
	Parts []Part // the block at first; none: one label, DefaultLabel, selected
	Warp  bool   // run without screen refresh, at first

	AddNumber  string // "Add an input (number or text)"
	AddBoolean string // "Add an input (boolean)"
	AddLabel   string // "Add a label"
	WarpLabel  string // "Run without screen refresh"
	OK, Cancel string

	DefaultLabel   string // the first label's words: "block name"
	DefaultNumber  string // a new number or text input's name: "number or text"
	DefaultBoolean string // a new boolean input's name: "boolean"
	DefaultText    string // a new label's words: "label text"
}

// MakeBlockDialog is Scratch's "Make a Block" dialog: a preview of the pink block being made,
// whose parts (words, round and hexagonal inputs) are typed into in place, buttons that add
// an input or a label, the "Run without screen refresh" checkbox, and Cancel and OK.
// Tapping a part makes it the one typed into; Backspace on an empty part, or the red delete
// button above the part being typed into, removes it.
type MakeBlockDialog struct {
	env    Env
	opt    MakeBlockOptions
	kinds  []PartKind
	fields []*TextField
	focus  int
	warp   bool
	status Status
	press  pressTracker
	over   int

	rect, header image.Rectangle
	titleLines   []string
	preview      image.Rectangle // the grey area the block shows in
	block        image.Rectangle
	partRects    []image.Rectangle // each part's tappable area
	del          image.Rectangle   // the delete button, or empty
	adds         [3]image.Rectangle
	addLines     [3][]string
	checkRect    image.Rectangle
	checkLines   []string
	ok, cancel   button

	cache
	rev int
}

// The controls of the Make a Block dialog, for pressing; parts are partBase+i.
const (
	mbAddNumber = 100 + iota
	mbAddBoolean
	mbAddLabel
	mbWarp
	mbDelete
	mbCancel
	mbOK
	partBase = 1000
)

// NewMakeBlockDialog lays out a Make a Block dialog in the middle of the screen.
func NewMakeBlockDialog(env Env, o MakeBlockOptions) *MakeBlockDialog {
	d := &MakeBlockDialog{env: env, opt: o, warp: o.Warp, over: -1}
	d.press.down(-1)
	parts := o.Parts
	if len(parts) == 0 {
		parts = []Part{{Label, o.DefaultLabel}}
	}
	for _, p := range parts {
		d.add(p.Kind, p.Text)
	}
	d.focus = 0
	d.fields[0].SelectAll()
	d.Layout(env)
	return d
}

func (d *MakeBlockDialog) add(kind PartKind, s string) {
	f := NewTextField(d.env, s, 0, false)
	f.FontSize = 15
	f.Pad = 12
	if kind == Label {
		f.Pad = 6
	}
	d.kinds = append(d.kinds, kind)
	d.fields = append(d.fields, f)
	d.focus = len(d.fields) - 1
}

// AddPart adds a part at the end, with its default words selected so that typing replaces
// them, and makes it the one typed into: what the three add buttons do.
func (d *MakeBlockDialog) AddPart(kind PartKind) {
	if f := d.Field(); f != nil {
		f.Commit()
		f.selected = false
	}
	s := d.opt.DefaultText
	switch kind {
	case NumberOrText:
		s = d.opt.DefaultNumber
	case Boolean:
		s = d.opt.DefaultBoolean
	}
	d.add(kind, s)
	d.fields[d.focus].SelectAll()
	d.Layout(d.env)
}

// RemovePart removes part i, if it is not the only one, and types into the one before it.
func (d *MakeBlockDialog) RemovePart(i int) {
	if len(d.fields) <= 1 || i < 0 || i >= len(d.fields) {
		return
	}
	d.kinds = append(d.kinds[:i], d.kinds[i+1:]...)
	d.fields = append(d.fields[:i], d.fields[i+1:]...)
	d.focus = max(0, i-1)
	d.Layout(d.env)
}

// SetFocus makes part i the one typed into.
func (d *MakeBlockDialog) SetFocus(i int) {
	if i < 0 || i >= len(d.fields) || i == d.focus {
		return
	}
	d.fields[d.focus].Commit()
	d.fields[d.focus].selected = false
	d.focus = i
	d.Layout(d.env)
}

// Focus returns the part being typed into.
func (d *MakeBlockDialog) Focus() int { return d.focus }

// Field returns the field of the part being typed into.
func (d *MakeBlockDialog) Field() *TextField {
	if d.focus < 0 || d.focus >= len(d.fields) {
		return nil
	}
	return d.fields[d.focus]
}

// Status says whether the dialog is open, OK'd or cancelled.
func (d *MakeBlockDialog) Status() Status { return d.status }

// Parts returns the block's parts as they stand, labels with no words left out.
func (d *MakeBlockDialog) Parts() []Part {
	var ps []Part
	for i, f := range d.fields {
		if d.kinds[i] == Label && strings.TrimSpace(f.Text()) == "" {
			continue
		}
		ps = append(ps, Part{Kind: d.kinds[i], Text: f.Text()})
	}
	return ps
}

// Warp reports whether "Run without screen refresh" is ticked.
func (d *MakeBlockDialog) Warp() bool { return d.warp }

// Result returns the parts and the warp tick, for OK.
func (d *MakeBlockDialog) Result() ([]Part, bool) { return d.Parts(), d.warp }

// OKEnabled reports whether OK can be pressed: some part has words.
func (d *MakeBlockDialog) OKEnabled() bool {
	for _, f := range d.fields {
		if strings.TrimSpace(f.Text()) != "" {
			return true
		}
	}
	return false
}

// Bounds returns the dialog's box; the other Rect methods its controls, for tests and for
// the app's hints.
func (d *MakeBlockDialog) Bounds() image.Rectangle        { return d.rect }
func (d *MakeBlockDialog) PartRect(i int) image.Rectangle { return d.partRects[i] }
func (d *MakeBlockDialog) AddRect(k PartKind) image.Rectangle {
	return d.adds[map[PartKind]int{NumberOrText: 0, Boolean: 1, Label: 2}[k]]
}
func (d *MakeBlockDialog) WarpRect() image.Rectangle   { return d.checkRect }
func (d *MakeBlockDialog) DeleteRect() image.Rectangle { return d.del }
func (d *MakeBlockDialog) OKRect() image.Rectangle     { return d.ok.Rect }
func (d *MakeBlockDialog) CancelRect() image.Rectangle { return d.cancel.Rect }

// partSize returns the drawn size of part i (its slot, or its words).
func (d *MakeBlockDialog) partSize(i int, maxW int) (w, h int) {
	env := d.env
	f := d.fields[i]
	face := f.face()
	tw := advance(f.Text(), face) + advance(f.Composition(), face)
	switch d.kinds[i] {
	case Label:
		w, h = int(math.Ceil(tw+env.px(14))), env.ipx(36)
		w = max(w, env.ipx(24))
	case NumberOrText:
		w, h = int(math.Ceil(tw+env.px(26))), env.ipx(32)
		w = max(w, env.ipx(40))
	case Boolean:
		w, h = int(math.Ceil(tw+env.px(38))), env.ipx(32)
		w = max(w, env.ipx(48))
	}
	return min(w, maxW), h
}

// Layout lays the dialog out again, in the middle of the screen.
func (d *MakeBlockDialog) Layout(env Env) {
	d.env = env
	d.rev++
	for _, f := range d.fields {
		f.SetEnv(env)
	}
	w := dialogWidth(env, 560)
	pad := env.ipx(24)
	d.header, d.titleLines = layoutHeader(env, d.opt.Title, 0, 0, w)
	left, right := pad, w-pad
	inner := right - left

	// The block: its parts in rows, wrapped when they do not fit in one.
	gap, rowH := env.ipx(6), env.ipx(Target)
	bpad := env.ipx(12)
	maxRow := inner - 2*env.ipx(16) - 2*bpad
	type placed struct{ x, row, w, h int }
	ps := make([]placed, len(d.fields))
	x, row, widest := 0, 0, 0
	for i := range d.fields {
		pw, ph := d.partSize(i, maxRow)
		if x > 0 && x+pw > maxRow {
			x, row = 0, row+1
		}
		ps[i] = placed{x, row, pw, ph}
		x += pw + gap
		widest = max(widest, x-gap)
	}
	rows := row + 1
	bw := max(widest+2*bpad, env.ipx(120))
	bh := rows*rowH + env.ipx(8)
	topRoom := env.ipx(40) // for the delete button above a part
	d.preview = image.Rect(left, d.header.Max.Y+env.ipx(16), right, d.header.Max.Y+env.ipx(16)+topRoom+bh+env.ipx(28))
	bx := d.preview.Min.X + (d.preview.Dx()-bw)/2
	by := d.preview.Min.Y + topRoom
	d.block = image.Rect(bx, by, bx+bw, by+bh)
	d.partRects = d.partRects[:0]
	for i, p := range ps {
		cy := by + env.ipx(4) + p.row*rowH + rowH/2
		px := bx + bpad + p.x
		d.partRects = append(d.partRects, image.Rect(px, cy-rowH/2, px+p.w, cy+rowH/2))
		f := d.fields[i]
		f.Rect = image.Rect(px, cy-p.h/2, px+p.w, cy-p.h/2+p.h)
		if d.kinds[i] == Boolean {
			f.Rect = image.Rect(f.Rect.Min.X+env.ipx(6), f.Rect.Min.Y, f.Rect.Max.X-env.ipx(6), f.Rect.Max.Y)
		}
	}
	d.del = image.Rectangle{}
	if len(d.fields) > 1 && d.focus >= 0 {
		r := d.partRects[d.focus]
		s := env.ipx(28)
		cx := (r.Min.X + r.Max.X) / 2
		d.del = image.Rect(cx-s/2, r.Min.Y-env.ipx(2)-s, cx-s/2+s, r.Min.Y-env.ipx(2))
		if d.del.Min.Y < d.preview.Min.Y+env.ipx(4) {
			d.del = d.del.Add(image.Pt(0, d.preview.Min.Y+env.ipx(4)-d.del.Min.Y))
		}
	}

	// The three add buttons, side by side.
	y := d.preview.Max.Y + env.ipx(16)
	agap := env.ipx(12)
	aw := (inner - 2*agap) / 3
	small := env.face(14)
	lines := 1
	labels := [3]string{d.opt.AddNumber, d.opt.AddBoolean, d.opt.AddLabel}
	for i, l := range labels {
		d.addLines[i] = wrapBalanced(l, float64(aw)-env.px(12), small, 3)
		lines = max(lines, len(d.addLines[i]))
	}
	ah := env.ipx(56) + int(math.Ceil(float64(lines)*LineHeight(small)))
	for i := range 3 {
		ax := left + i*(aw+agap)
		d.adds[i] = image.Rect(ax, y, ax+aw, y+ah)
	}
	y += ah + env.ipx(12)

	label := env.face(16)
	dot := env.ipx(22)
	d.checkLines = wrapText(d.opt.WarpLabel, float64(inner-dot)-env.px(10), label, 3)
	ch := max(env.ipx(Target), int(float64(len(d.checkLines))*LineHeight(label)+env.px(12)))
	d.checkRect = image.Rect(left, y, right, y+ch)
	y += ch + env.ipx(16)
	d.cancel = button{Label: d.opt.Cancel}
	d.ok = button{Label: d.opt.OK, Primary: true}
	y = layoutButtons(env, []*button{&d.cancel, &d.ok}, left, right, y)
	y += pad
	d.rect = image.Rect(0, 0, w, y)

	off := env.Screen.Min.Add(image.Pt((env.Screen.Dx()-w)/2, max(env.ipx(8), (env.Screen.Dy()-y)/2)))
	d.rect = d.rect.Add(off)
	d.header = d.header.Add(off)
	d.preview = d.preview.Add(off)
	d.block = d.block.Add(off)
	for i := range d.partRects {
		d.partRects[i] = d.partRects[i].Add(off)
		d.fields[i].Rect = d.fields[i].Rect.Add(off)
	}
	if !d.del.Empty() {
		d.del = d.del.Add(off)
	}
	for i := range d.adds {
		d.adds[i] = d.adds[i].Add(off)
	}
	d.checkRect = d.checkRect.Add(off)
	d.ok.Rect = d.ok.Rect.Add(off)
	d.cancel.Rect = d.cancel.Rect.Add(off)
}

func (d *MakeBlockDialog) hit(p image.Point) int {
	switch {
	case p.In(d.del):
		return mbDelete
	case p.In(d.ok.Rect):
		return mbOK
	case p.In(d.cancel.Rect):
		return mbCancel
	case p.In(d.checkRect):
		return mbWarp
	case p.In(d.adds[0]):
		return mbAddNumber
	case p.In(d.adds[1]):
		return mbAddBoolean
	case p.In(d.adds[2]):
		return mbAddLabel
	}
	for i, r := range d.partRects {
		if p.In(r) {
			return partBase + i
		}
	}
	return -1
}

// Handle acts on one event.
func (d *MakeBlockDialog) Handle(e Event) Status {
	d.rev++
	if d.status != Open {
		return d.status
	}
	f := d.Field()
	if e.Kind == KeyPress && e.Key == KeyBackspace && f != nil && !f.Composing() && f.Text() == "" {
		d.RemovePart(d.focus)
		return d.status
	}
	if f != nil && f.Handle(e) {
		d.Layout(d.env) // the part grows or shrinks as it is typed into
		return d.status
	}
	p := image.Pt(e.X, e.Y)
	switch e.Kind {
	case PointerMove:
		d.over = d.hit(p)
	case PointerDown:
		d.over = d.hit(p)
		d.press.down(d.over)
	case PointerUp:
		d.over = d.hit(p)
		switch c := d.press.up(d.over); {
		case c == mbAddNumber:
			d.AddPart(NumberOrText)
		case c == mbAddBoolean:
			d.AddPart(Boolean)
		case c == mbAddLabel:
			d.AddPart(Label)
		case c == mbWarp:
			d.warp = !d.warp
		case c == mbDelete:
			d.RemovePart(d.focus)
		case c == mbCancel:
			d.status = Cancelled
		case c == mbOK:
			d.Field().Commit()
			if d.OKEnabled() {
				d.status = Done
			}
		case c >= partBase:
			d.SetFocus(c - partBase)
		}
	case KeyPress:
		if f != nil && f.Composing() {
			return d.status
		}
		switch e.Key {
		case KeyEnter:
			if d.OKEnabled() {
				d.status = Done
			}
		case KeyEscape:
			d.status = Cancelled
		case KeyLeft:
			d.SetFocus(d.focus - 1)
		case KeyRight, KeyTab:
			d.SetFocus((d.focus + 1) % len(d.fields))
		}
	}
	return d.status
}

// stackPath is the outline of a stack block in r, with the notch on top and the bump below.
func stackPath(r image.Rectangle, u float32) *vector.Path {
	x0, y0, x1, y1 := float32(r.Min.X), float32(r.Min.Y), float32(r.Max.X), float32(r.Max.Y)
	rad := 4 * u
	n0, n1, n2, n3, depth := x0+12*u, x0+18*u, x0+36*u, x0+42*u, 6*u
	var p vector.Path
	p.MoveTo(x0+rad, y0)
	p.LineTo(n0, y0)
	p.LineTo(n1, y0+depth)
	p.LineTo(n2, y0+depth)
	p.LineTo(n3, y0)
	p.ArcTo(x1, y0, x1, y1, rad)
	p.ArcTo(x1, y1, x0, y1, rad)
	p.LineTo(n3, y1)
	p.LineTo(n2, y1+depth)
	p.LineTo(n1, y1+depth)
	p.LineTo(n0, y1)
	p.ArcTo(x0, y1, x0, y0, rad)
	p.ArcTo(x0, y0, x1, y0, rad)
	p.Close()
	return &p
}

// hexPath is a boolean slot's hexagon in r.
func hexPath(r image.Rectangle) *vector.Path {
	x0, y0, x1, y1 := float32(r.Min.X), float32(r.Min.Y), float32(r.Max.X), float32(r.Max.Y)
	h := (y1 - y0) / 2
	var p vector.Path
	p.MoveTo(x0+h, y0)
	p.LineTo(x1-h, y0)
	p.LineTo(x1, y0+h)
	p.LineTo(x1-h, y1)
	p.LineTo(x0+h, y1)
	p.LineTo(x0, y0+h)
	p.Close()
	return &p
}

func fillStroke(dst *ebiten.Image, p *vector.Path, fill, edge color.Color, width float64) {
	vector.FillPath(dst, p, nil, Colored(fill))
	if width > 0 {
		vector.StrokePath(dst, p, &vector.StrokeOptions{Width: float32(width), LineJoin: vector.LineJoinRound}, Colored(edge))
	}
}

// slotRect is a part's slot, as drawn: its field widened back for a hexagon.
func (d *MakeBlockDialog) slotRect(i int) image.Rectangle {
	r := d.fields[i].Rect
	if d.kinds[i] == Boolean {
		r = image.Rect(r.Min.X-d.env.ipx(6), r.Min.Y, r.Max.X+d.env.ipx(6), r.Max.Y)
	}
	return r
}

// Draw draws the dialog over a blue veil.
func (d *MakeBlockDialog) Draw(dst *ebiten.Image) {
	FillRect(dst, d.env.Screen, colorOverlay)
	key := d.rev
	for _, f := range d.fields {
		key += f.rev
	}
	d.cache.draw(dst, d.rect.Inset(-d.env.ipx(8)), key, d.paint)
}

func (d *MakeBlockDialog) paint(dst *ebiten.Image) {
	env := d.env
	u := env.px(1)
	drawFrame(dst, env, d.rect, d.header, d.titleLines)
	FillRound(dst, d.preview, 8*u, colorBody)
	StrokeRound(dst, d.preview, 8*u, math.Max(1, u), colorBorder)

	fillStroke(dst, stackPath(d.block, float32(u)), colorPink, colorPinkEdge, math.Max(1, u))
	for i, f := range d.fields {
		focused := i == d.focus
		r := d.slotRect(i)
		switch d.kinds[i] {
		case Label:
			if focused {
				FillRound(dst, r, 6*u, colorWhite)
				StrokeRound(dst, r, 6*u, 2*u, colorPinkEdge)
				f.DrawText(dst, true, colorText)
			} else {
				f.DrawText(dst, false, colorWhite)
			}
		case NumberOrText:
			FillRound(dst, r, float64(r.Dy())/2, colorWhite)
			if focused {
				StrokeRound(dst, r, float64(r.Dy())/2, 2*u, colorBlue)
			}
			f.DrawText(dst, focused, colorText)
		case Boolean:
			if focused {
				fillStroke(dst, hexPath(r), colorWhite, colorBlue, 2*u)
			} else {
				fillStroke(dst, hexPath(r), colorWhite, nil, 0)
			}
			f.DrawText(dst, focused, colorText)
		}
	}
	if !d.del.Empty() {
		s := float32(d.del.Dx())
		cx, cy := float32(d.del.Min.X)+s/2, float32(d.del.Min.Y)+s/2
		fill := colorError
		if d.press.pressed(mbDelete, d.over) {
			fill = colorPinkEdge
		}
		vector.FillCircle(dst, cx, cy, s/2, fill, true)
		a := s * 0.2
		w := float32(2.5 * u)
		vector.StrokeLine(dst, cx-a, cy-a, cx+a, cy+a, w, colorWhite, true)
		vector.StrokeLine(dst, cx-a, cy+a, cx+a, cy-a, w, colorWhite, true)
	}

	small := env.face(14)
	for i, r := range d.adds {
		bg := colorWhite
		if d.press.pressed(mbAddNumber+i, d.over) {
			bg = colorHover
		}
		FillRound(dst, r, 8*u, bg)
		StrokeRound(dst, r, 8*u, math.Max(1, u), colorBorder)
		icon := image.Rect(0, 0, int(64*u), int(30*u))
		icon = icon.Add(image.Pt((r.Min.X+r.Max.X)/2-icon.Dx()/2, r.Min.Y+int(12*u)))
		FillRound(dst, icon, 4*u, colorPink)
		slot := icon.Inset(int(6 * u))
		switch i {
		case 0:
			FillRound(dst, slot, float64(slot.Dy())/2, colorWhite)
		case 1:
			fillStroke(dst, hexPath(slot), colorWhite, nil, 0)
		case 2:
			for k := range 2 {
				y := float32(slot.Min.Y) + float32(slot.Dy())*(0.3+0.4*float32(k))
				vector.StrokeLine(dst, float32(slot.Min.X+int(4*u)), y, float32(slot.Max.X-int(4*u)-k*int(12*u)), y,
					float32(2.5*u), colorWhite, true)
			}
		}
		lines := d.addLines[i]
		lr := image.Rect(r.Min.X, icon.Max.Y+int(4*u), r.Max.X, r.Max.Y-int(6*u))
		drawLines(dst, lines, small, lr, colorText)
	}

	label := env.face(16)
	dot := env.ipx(22)
	cr := d.checkRect
	cy := (cr.Min.Y + cr.Max.Y) / 2
	box := image.Rect(cr.Min.X, cy-dot/2, cr.Min.X+dot, cy-dot/2+dot)
	drawCheckbox(dst, env, box, d.warp)
	lh := LineHeight(label)
	y := float64(cy) - lh*float64(len(d.checkLines))/2
	for _, l := range d.checkLines {
		DrawText(dst, l, label, float64(box.Max.X)+10*u, y, colorText)
		y += lh
	}
	d.ok.Disabled = !d.OKEnabled()
	d.cancel.draw(dst, env, d.press.pressed(mbCancel, d.over))
	d.ok.draw(dst, env, d.press.pressed(mbOK, d.over))
}
