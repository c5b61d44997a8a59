package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// ConfirmOptions says what a Confirm asks. Every label comes from the caller.
type ConfirmOptions struct {
	Title   string   // above the message in the blue header; none if empty
	Message string   // wrapped to the box
	Buttons []string // two or three answers, in order: "Start afresh", "Open the autosaved work"
	Default int      // the answer Enter gives, drawn in Scratch blue
	Danger  bool     // the default answer deletes something: drawn red
}

// Confirm is a small box with a message and two or three buttons: the offer to open the work
// autosaved before a crash, or "Delete this sprite?". A button press, or Enter for the
// default one, closes it with that answer (Done); Escape closes it with none (Cancelled).
type Confirm struct {
	env    Env
	opt    ConfirmOptions
	status Status
	picked int
	press  pressTracker
	over   int

	rect, header image.Rectangle
	titleLines   []string
	msgRect      image.Rectangle
	msgLines     []string
	buttons      []*button

	cache
	rev int
}

// NewConfirm lays out a confirmation in the middle of the screen.
func NewConfirm(env Env, o ConfirmOptions) *Confirm {
	c := &Confirm{opt: o, picked: -1, over: -1}
	c.press.down(-1)
	c.Layout(env)
	return c
}

// Picked returns the answer chosen, or -1.
func (c *Confirm) Picked() int { return c.picked }

// Status says whether the box is open, answered or cancelled.
func (c *Confirm) Status() Status { return c.status }

// Field returns nil: nothing is typed into a confirmation.
func (c *Confirm) Field() *TextField { return nil }

// Bounds returns the box; ButtonRect button i.
func (c *Confirm) Bounds() image.Rectangle          { return c.rect }
func (c *Confirm) ButtonRect(i int) image.Rectangle { return c.buttons[i].Rect }

// Layout lays the box out again, in the middle of the screen.
func (c *Confirm) Layout(env Env) {
	c.env = env
	c.rev++
	w := dialogWidth(env, 420)
	pad := env.ipx(24)
	y := 0
	c.header, c.titleLines = image.Rectangle{}, nil
	if c.opt.Title != "" {
		c.header, c.titleLines = layoutHeader(env, c.opt.Title, 0, 0, w)
		y = c.header.Max.Y
	}
	y += pad
	face := env.face(17)
	c.msgLines = wrapText(c.opt.Message, float64(w-2*pad), face, 0)
	maxLines := max(1, int(float64(env.Screen.Dy())*0.5/LineHeight(face)))
	if len(c.msgLines) > maxLines {
		c.msgLines = append(c.msgLines[:maxLines-1], Fit(c.msgLines[maxLines-1]+"…", float64(w-2*pad), face))
	}
	mh := int(math.Ceil(float64(len(c.msgLines)) * LineHeight(face)))
	c.msgRect = image.Rect(pad, y, w-pad, y+mh)
	y += mh + env.ipx(24)

	c.buttons = c.buttons[:0]
	for i, l := range c.opt.Buttons {
		c.buttons = append(c.buttons, &button{Label: l, Primary: i == c.opt.Default, Danger: c.opt.Danger})
	}
	y = layoutButtons(env, c.buttons, pad, w-pad, y) + pad
	c.rect = image.Rect(0, 0, w, y)

	off := env.Screen.Min.Add(image.Pt((env.Screen.Dx()-w)/2, max(env.ipx(8), (env.Screen.Dy()-y)/2)))
	c.rect = c.rect.Add(off)
	if !c.header.Empty() {
		c.header = c.header.Add(off)
	}
	c.msgRect = c.msgRect.Add(off)
	for _, b := range c.buttons {
		b.Rect = b.Rect.Add(off)
	}
}

func (c *Confirm) hit(p image.Point) int {
	for i, b := range c.buttons {
		if p.In(b.Rect) {
			return i
		}
	}
	return -1
}

// Handle acts on one event.
func (c *Confirm) Handle(e Event) Status {
	c.rev++
	if c.status != Open {
		return c.status
	}
	p := image.Pt(e.X, e.Y)
	switch e.Kind {
	case PointerMove:
		c.over = c.hit(p)
	case PointerDown:
		c.over = c.hit(p)
		c.press.down(c.over)
	case PointerUp:
		c.over = c.hit(p)
		if i := c.press.up(c.over); i >= 0 {
			c.picked, c.status = i, Done
		}
	case KeyPress:
		switch e.Key {
		case KeyEnter:
			if c.opt.Default >= 0 && c.opt.Default < len(c.buttons) {
				c.picked, c.status = c.opt.Default, Done
			}
		case KeyEscape:
			c.status = Cancelled
		}
	}
	return c.status
}

// Draw draws the box over a blue veil.
func (c *Confirm) Draw(dst *ebiten.Image) {
	FillRect(dst, c.env.Screen, colorOverlay)
	c.cache.draw(dst, c.rect.Inset(-c.env.ipx(8)), c.rev, c.paint)
}

func (c *Confirm) paint(dst *ebiten.Image) {
	env := c.env
	u := env.px(1)
	if c.opt.Title != "" {
		drawFrame(dst, env, c.rect, c.header, c.titleLines)
	} else {
		FillRound(dst, c.rect.Inset(-int(math.Round(4*u))), 14*u, colorOverlay)
		FillRound(dst, c.rect, 10*u, colorWhite)
		StrokeRound(dst, c.rect, 10*u, math.Max(1, u), colorBorder)
	}
	face := env.face(17)
	y := float64(c.msgRect.Min.Y)
	for _, l := range c.msgLines {
		DrawText(dst, l, face, float64(c.msgRect.Min.X), y, colorText)
		y += LineHeight(face)
	}
	for i, b := range c.buttons {
		b.draw(dst, env, c.press.pressed(i, c.over))
	}
}
