package ui

import (
	"image"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
)

// DialogOptions says what a Dialog asks. Every label comes from the caller.
type DialogOptions struct {
	Title       string // "New Variable"
	Text        string // what the field holds at first
	Placeholder string // shown light in the empty field
	MaxLen      int    // the most characters the field takes; 0: no limit
	Number      bool   // the field takes only a number

	Choices []string // the radio pair ("For all sprites", "This sprite only"); none if empty
	Choice  int      // the choice made at first

	Check   string // the checkbox's label ("Run without screen refresh"); none if empty
	Checked bool

	OK, Cancel string

	// Validate, if set, is asked on OK: a message (such as "That name is taken") keeps the
	// dialog open and shows it; "" lets OK close it.
	Validate func(text string) string
}

// DialogResult is what the dialog was told.
type DialogResult struct {
	Text    string
	Choice  int
	Checked bool
}

// Dialog is Scratch's "New Variable" dialog: a title, a text field, an optional radio pair,
// an optional checkbox, an error line, and Cancel and OK. Enter is OK, Escape is Cancel; OK
// does nothing while the field is empty (or only spaces).
type Dialog struct {
	env   Env
	opt   DialogOptions
	field *TextField

	choice  int
	checked bool
	errMsg  string
	status  Status
	press   pressTracker
	over    int

	rect, header         image.Rectangle
	titleLines, errLines []string
	errRect              image.Rectangle
	radios               [2]image.Rectangle // the whole row of each choice, for tapping
	radioLines           [2][]string
	checkRect            image.Rectangle
	checkLines           []string
	ok, cancel           button

	cache
	rev int
}

// The controls of a dialog, for pressing.
const (
	ctlNone = iota - 1
	ctlField
	ctlRadio0
	ctlRadio1
	ctlCheck
	ctlCancel
	ctlOK
)

// NewDialog lays out a dialog in the middle of the screen.
func NewDialog(env Env, o DialogOptions) *Dialog {
	d := &Dialog{opt: o, choice: o.Choice, checked: o.Checked, over: ctlNone}
	d.press.down(ctlNone)
	d.field = NewTextField(env, o.Text, o.MaxLen, o.Number)
	d.field.Placeholder = o.Placeholder
	d.field.SelectAll()
	d.Layout(env)
	return d
}

// Field returns the text field, which the input method types into.
func (d *Dialog) Field() *TextField { return d.field }

// Status says whether the dialog is open, OK'd or cancelled.
func (d *Dialog) Status() Status { return d.status }

// Result returns what was typed and chosen.
func (d *Dialog) Result() DialogResult {
	return DialogResult{Text: d.field.Text(), Choice: d.choice, Checked: d.checked}
}

// SetError shows a message under the field (or hides it, for ""), and opens the dialog again
// if OK closed it: for a caller that checks the name after OK.
func (d *Dialog) SetError(msg string) {
	d.errMsg = msg
	if msg != "" {
		d.status = Open
	}
	d.Layout(d.env)
}

// Error returns the message shown under the field.
func (d *Dialog) Error() string { return d.errMsg }

// OKEnabled reports whether OK can be pressed: the field holds more than spaces.
func (d *Dialog) OKEnabled() bool { return strings.TrimSpace(d.field.Text()) != "" }

// Bounds returns the dialog's box; OKRect, CancelRect, CheckRect and ChoiceRect its controls.
func (d *Dialog) Bounds() image.Rectangle     { return d.rect }
func (d *Dialog) OKRect() image.Rectangle     { return d.ok.Rect }
func (d *Dialog) CancelRect() image.Rectangle { return d.cancel.Rect }
func (d *Dialog) CheckRect() image.Rectangle  { return d.checkRect }
func (d *Dialog) ChoiceRect(i int) image.Rectangle {
	if len(d.opt.Choices) == 0 || i < 0 || i > 1 {
		return image.Rectangle{}
	}
	return d.radios[i]
}

// dialogWidth is a dialog's width for the screen: w logical pixels, or less on a small screen.
func dialogWidth(env Env, w float64) int {
	return min(env.ipx(w), env.Screen.Dx()-env.ipx(16))
}

// layoutHeader places a dialog's blue header with its title, wrapped to two lines.
func layoutHeader(env Env, title string, x, y, w int) (image.Rectangle, []string) {
	face := env.face(18)
	lines := wrapText(title, float64(w)-env.px(32), face, 2)
	h := max(env.ipx(50), int(math.Ceil(float64(len(lines))*LineHeight(face)+env.px(20))))
	return image.Rect(x, y, x+w, y+h), lines
}

// layoutButtons places buttons at the right of a row starting at y, or under one another,
// the full width, when they do not fit side by side. It returns the bottom.
func layoutButtons(env Env, bs []*button, left, right, y int) int {
	gap := env.ipx(8)
	width := right - left
	total := 0
	ws, hs := make([]int, len(bs)), make([]int, len(bs))
	hRow := 0
	oneLine := true
	for i, b := range bs {
		w, h, lines := buttonSize(env, b.Label, width)
		if len(lines) > 1 {
			oneLine = false
		}
		ws[i], hs[i] = w, h
		hRow = max(hRow, h)
		total += w
	}
	total += gap * (len(bs) - 1)
	if total <= width && oneLine {
		x := right - total
		for i, b := range bs {
			_, _, b.lines = buttonSize(env, b.Label, width)
			b.Rect = image.Rect(x, y, x+ws[i], y+hRow)
			x += ws[i] + gap
		}
		return y + hRow
	}
	// Stacked, the main button on top.
	order := make([]*button, 0, len(bs))
	for i := len(bs) - 1; i >= 0; i-- {
		order = append(order, bs[i])
	}
	for _, b := range order {
		_, h, lines := buttonSize(env, b.Label, width)
		b.lines = lines
		b.Rect = image.Rect(left, y, right, y+h)
		y += h + gap
	}
	return y - gap
}

// Layout lays the dialog out again, in the middle of the screen.
func (d *Dialog) Layout(env Env) {
	d.env = env
	d.rev++
	d.field.SetEnv(env)
	w := dialogWidth(env, 400)
	pad := env.ipx(24)
	x0 := 0
	d.header, d.titleLines = layoutHeader(env, d.opt.Title, x0, 0, w)
	left, right := x0+pad, x0+w-pad
	inner := right - left
	y := d.header.Max.Y + pad

	d.field.Rect = image.Rect(left, y, right, y+env.ipx(Target))
	y = d.field.Rect.Max.Y
	small := env.face(14)
	d.errLines, d.errRect = nil, image.Rectangle{}
	if d.errMsg != "" {
		d.errLines = wrapText(d.errMsg, float64(inner)-env.px(16), small, 3)
		h := int(math.Ceil(float64(len(d.errLines))*LineHeight(small) + env.px(10)))
		d.errRect = image.Rect(left, y+env.ipx(8), right, y+env.ipx(8)+h)
		y = d.errRect.Max.Y
	}

	label := env.face(16)
	dot := env.ipx(22)
	textW := func(avail int) float64 { return float64(avail) - float64(dot) - env.px(10) }
	if len(d.opt.Choices) >= 2 {
		y += env.ipx(12)
		half := (inner - env.ipx(8)) / 2
		side := true
		for i := range 2 {
			if advance(d.opt.Choices[i], label) > textW(half) {
				side = false
			}
		}
		for i := range 2 {
			if side {
				rx := left + i*(half+env.ipx(8))
				d.radioLines[i] = []string{d.opt.Choices[i]}
				d.radios[i] = image.Rect(rx, y, rx+half, y+env.ipx(Target))
				continue
			}
			d.radioLines[i] = wrapText(d.opt.Choices[i], textW(inner), label, 2)
			h := max(env.ipx(Target), int(float64(len(d.radioLines[i]))*LineHeight(label)+env.px(12)))
			d.radios[i] = image.Rect(left, y, right, y+h)
			y += h
		}
		if side {
			y += env.ipx(Target)
		}
	}
	d.checkRect = image.Rectangle{}
	if d.opt.Check != "" {
		y += env.ipx(8)
		d.checkLines = wrapText(d.opt.Check, textW(inner), label, 3)
		h := max(env.ipx(Target), int(float64(len(d.checkLines))*LineHeight(label)+env.px(12)))
		d.checkRect = image.Rect(left, y, right, y+h)
		y += h
	}
	y += env.ipx(20)
	d.cancel = button{Label: d.opt.Cancel}
	d.ok = button{Label: d.opt.OK, Primary: true}
	y = layoutButtons(env, []*button{&d.cancel, &d.ok}, left, right, y)
	y += pad
	d.rect = image.Rect(x0, 0, x0+w, y)

	// Centre everything on the screen (at the top when it is taller).
	off := env.Screen.Min.Add(image.Pt((env.Screen.Dx()-w)/2, max(env.ipx(8), (env.Screen.Dy()-y)/2)))
	d.rect = d.rect.Add(off)
	d.header = d.header.Add(off)
	d.field.Rect = d.field.Rect.Add(off)
	d.errRect = d.errRect.Add(off)
	for i := range d.radios {
		d.radios[i] = d.radios[i].Add(off)
	}
	d.checkRect = d.checkRect.Add(off)
	d.ok.Rect = d.ok.Rect.Add(off)
	d.cancel.Rect = d.cancel.Rect.Add(off)
}

func (d *Dialog) hit(p image.Point) int {
	switch {
	case p.In(d.ok.Rect):
		return ctlOK
	case p.In(d.cancel.Rect):
		return ctlCancel
	case p.In(d.field.Rect):
		return ctlField
	case p.In(d.checkRect):
		return ctlCheck
	case len(d.opt.Choices) >= 2 && p.In(d.radios[0]):
		return ctlRadio0
	case len(d.opt.Choices) >= 2 && p.In(d.radios[1]):
		return ctlRadio1
	}
	return ctlNone
}

func (d *Dialog) submit() {
	d.field.Commit()
	if !d.OKEnabled() {
		return
	}
	if d.opt.Validate != nil {
		if msg := d.opt.Validate(d.field.Text()); msg != "" {
			d.SetError(msg)
			return
		}
	}
	d.status = Done
}

// Handle acts on one event.
func (d *Dialog) Handle(e Event) Status {
	d.rev++
	if d.status != Open {
		return d.status
	}
	before := d.field.Text()
	if d.field.Handle(e) {
		if d.field.Text() != before && d.errMsg != "" {
			d.SetError("")
		}
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
		switch d.press.up(d.over) {
		case ctlRadio0:
			d.choice = 0
		case ctlRadio1:
			d.choice = 1
		case ctlCheck:
			d.checked = !d.checked
		case ctlCancel:
			d.status = Cancelled
		case ctlOK:
			d.submit()
		}
	case KeyPress:
		if d.field.Composing() {
			return d.status
		}
		switch e.Key {
		case KeyEnter:
			d.submit()
		case KeyEscape:
			d.status = Cancelled
		}
	}
	return d.status
}

// drawFrame draws a dialog's box with its pale rim and blue header (the veil over the screen
// is drawn apart, not cached).
func drawFrame(dst *ebiten.Image, env Env, rect, header image.Rectangle, title []string) {
	u := env.px(1)
	radius := 10 * u
	FillRound(dst, rect.Inset(-int(math.Round(4*u))), radius+4*u, colorOverlay) // Scratch's pale rim
	FillRound(dst, rect, radius, colorBlue)
	body := image.Rect(rect.Min.X, header.Max.Y, rect.Max.X, rect.Max.Y)
	FillRound(dst, body, radius, colorWhite)
	FillRect(dst, image.Rect(body.Min.X, body.Min.Y, body.Max.X, body.Min.Y+int(radius)+1), colorWhite)
	StrokeRound(dst, rect, radius, math.Max(1, u), colorBorder)
	drawLines(dst, title, env.face(18), header, colorWhite)
}

// Draw draws the dialog over a blue veil.
func (d *Dialog) Draw(dst *ebiten.Image) {
	FillRect(dst, d.env.Screen, colorOverlay)
	d.cache.draw(dst, d.rect.Inset(-d.env.ipx(8)), d.rev+d.field.rev, d.paint)
}

func (d *Dialog) paint(dst *ebiten.Image) {
	env := d.env
	u := env.px(1)
	drawFrame(dst, env, d.rect, d.header, d.titleLines)
	d.field.Draw(dst, true)
	if d.errMsg != "" {
		FillRound(dst, d.errRect, 6*u, colorErrorBG)
		small := env.face(14)
		y := float64(d.errRect.Min.Y) + 5*u
		for _, l := range d.errLines {
			DrawText(dst, l, small, float64(d.errRect.Min.X)+8*u, y, colorError)
			y += LineHeight(small)
		}
	}
	label := env.face(16)
	dot := env.ipx(22)
	row := func(r image.Rectangle, lines []string, draw func(box image.Rectangle)) {
		cy := (r.Min.Y + r.Max.Y) / 2
		box := image.Rect(r.Min.X, cy-dot/2, r.Min.X+dot, cy-dot/2+dot)
		draw(box)
		lh := LineHeight(label)
		y := float64(cy) - lh*float64(len(lines))/2
		for _, l := range lines {
			DrawText(dst, l, label, float64(box.Max.X)+10*u, y, colorText)
			y += lh
		}
	}
	if len(d.opt.Choices) >= 2 {
		for i := range 2 {
			row(d.radios[i], d.radioLines[i], func(box image.Rectangle) { drawRadio(dst, env, box, d.choice == i) })
		}
	}
	if d.opt.Check != "" {
		row(d.checkRect, d.checkLines, func(box image.Rectangle) { drawCheckbox(dst, env, box, d.checked) })
	}
	d.ok.Disabled = !d.OKEnabled()
	d.cancel.draw(dst, env, d.press.pressed(ctlCancel, d.over))
	d.ok.draw(dst, env, d.press.pressed(ctlOK, d.over))
}
