package lesson

import (
	"fmt"
	"math"
	"strings"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/blocks/value"
	"tsumiki/runtime"
	"tsumiki/stage"
)

// CheckStep runs the check of step i (counted from 0) on p, replaying the lesson's Inputs
// when the check is about a run. A step with no check passes.
func (l *Lesson) CheckStep(i int, p *blocks.Project, opts runtime.Options) (ok bool, why blocks.Text, err error) {
	if i < 0 || i >= len(l.Steps) {
		return false, blocks.Text{}, fmt.Errorf("lesson %s has no step %d", l.ID, i+1)
	}
	c := l.Steps[i].Check
	if c == nil {
		return true, blocks.Text{}, nil
	}
	return c.Eval(p, l.Inputs, opts)
}

// Eval reports whether p passes c and, when it does not, why, in every language. A check
// about the blocks looks at p's scripts. A check about a run clicks the green flag, replays
// inputs at their ticks and runs p for c.After seconds on the virtual clock, so the same
// project always gives the same answer; err says why p could not run at all.
//
// To see "touching", opts.Assets must give the costumes' shapes (an assets.Store does).
func (c *Check) Eval(p *blocks.Project, inputs []runtime.Input, opts runtime.Options) (ok bool, why blocks.Text, err error) {
	switch {
	case c.Contains != nil:
		if c.Sprite != "" && len(targets(p, c.Sprite)) == 0 {
			return false, say(whyNoSprite, c.Sprite), nil
		}
		if c.Contains.FoundIn(p, c.Sprite) {
			return true, blocks.Text{}, nil
		}
		words := blocks.Text{
			En:   c.Contains.words(blocks.English),
			Ja:   c.Contains.words(blocks.Japanese),
			Hira: c.Contains.words(blocks.Hiragana),
		}
		switch c.Sprite {
		case "":
			return false, say(whyNotInProject, words), nil
		case blocks.StageName:
			return false, say(whyNotInSprite, wordStage, words), nil
		}
		return false, say(whyNotInSprite, c.Sprite, words), nil
	case c.Expect != nil:
		err = observe(p, c.After, inputs, opts, func(o *outcome) { why, ok = o.check(c.Expect) })
		return ok, why, err
	}
	return true, blocks.Text{}, nil
}

// Verify runs the solution p for the lesson's Seconds with its Inputs and returns every
// expectation of Expect that does not hold, and every error a script stopped with: none means
// the solution does what the lesson says.
func (l *Lesson) Verify(p *blocks.Project, opts runtime.Options) (fails []blocks.Text, err error) {
	err = observe(p, l.Seconds, l.Inputs, opts, func(o *outcome) {
		for _, e := range o.rt.Errors() {
			fails = append(fails, say(whyError, e))
		}
		for i := range l.Expect {
			if why, ok := o.check(&l.Expect[i]); !ok {
				fails = append(fails, why)
			}
		}
	})
	return fails, err
}

// Ticks returns how many ticks a run of seconds takes at rate ticks a second.
func Ticks(seconds float64, rate int) int64 { return int64(math.Round(seconds * float64(rate))) }

// outcome is a project after a run: its runtime, still open, and what it did.
type outcome struct {
	rt     *runtime.Runtime
	state  runtime.State
	events []runtime.Event
}

// observe runs p headless: the inputs queued, the green flag clicked, then seconds of ticks.
// look sees the outcome before the runtime closes.
func observe(p *blocks.Project, seconds float64, inputs []runtime.Input, opts runtime.Options, look func(*outcome)) error {
	var events []runtime.Event
	trace := opts.Trace
	opts.Trace = func(e runtime.Event) {
		events = append(events, e)
		if trace != nil {
			trace(e)
		}
	}
	rt, err := runtime.New(p, opts)
	if err != nil {
		return &Problem{Msg: msgRun, Args: []any{err}}
	}
	defer rt.Close()
	for _, in := range inputs {
		rt.Send(in)
	}
	rt.GreenFlag()
	for range Ticks(seconds, rt.TickRate()) {
		rt.Step()
	}
	look(&outcome{rt: rt, state: rt.State(), events: events})
	return nil
}

// check reports whether a holds, and when not, why.
func (o *outcome) check(a *Assert) (why blocks.Text, ok bool) {
	var sprite *runtime.SpriteState
	if a.Sprite != "" && a.Sprite != blocks.StageName {
		if sprite = o.sprite(a.Sprite); sprite == nil {
			return say(whyNoSprite, a.Sprite), false
		}
		if why, ok := o.checkSprite(a, sprite); !ok {
			return why, false
		}
	}
	who := blocks.Text{En: a.Sprite, Ja: a.Sprite, Hira: a.Sprite}
	if a.Sprite == blocks.StageName {
		who = wordStage
	}
	for _, c := range []struct {
		kind string
		word blocks.Text
		test Test
	}{{"note", wordNotes, a.Notes}, {"drum", wordDrums, a.Drums}} {
		if c.test == nil {
			continue
		}
		n := 0
		for _, e := range o.events {
			if e.Kind == c.kind && e.Target == a.Sprite {
				n++
			}
		}
		if !c.test.holds(lua.LNumber(n)) {
			return say(whyPlayed, who, n, c.word, c.test.words()), false
		}
	}
	if a.Variable != "" {
		v, found := o.state.Stage.Variables[a.Variable]
		if sprite != nil {
			if own, mine := sprite.Variables[a.Variable]; mine {
				v, found = own, true
			}
		}
		if !found {
			return say(whyNoVariable, quoted(a.Variable)), false
		}
		if a.Value != nil && !a.Value.holds(lua.LString(v)) {
			return say(whyVariable, quoted(a.Variable), shownText(v), a.Value.words()), false
		}
	}
	if a.List != "" {
		items, found := o.state.Stage.Lists[a.List]
		if sprite != nil {
			if own, mine := sprite.Lists[a.List]; mine {
				items, found = own, true
			}
		}
		if !found {
			return say(whyNoList, quoted(a.List)), false
		}
		if a.Length != nil && !a.Length.holds(lua.LNumber(len(items))) {
			return say(whyListLength, quoted(a.List), len(items), a.Length.words()), false
		}
		if a.Items != nil && !sameItems(items, a.Items) {
			want := make([]string, len(a.Items))
			for i, v := range a.Items {
				want[i] = v.Text
			}
			return say(whyListItems, quoted(a.List), listWords(items), listWords(want)), false
		}
	}
	if a.Backdrop != nil && !a.Backdrop.holds(lua.LString(o.state.Stage.Backdrop)) {
		return say(whyBackdrop, shownText(o.state.Stage.Backdrop), a.Backdrop.words()), false
	}
	return blocks.Text{}, true
}

// checkSprite checks what a says about the sprite s.
func (o *outcome) checkSprite(a *Assert, s *runtime.SpriteState) (blocks.Text, bool) {
	for _, p := range []struct {
		word blocks.Text
		test Test
		v    float64
	}{{wordX, a.X, s.X}, {wordY, a.Y, s.Y}, {wordDir, a.Dir, s.Direction}, {wordSize, a.Size, s.Size}} {
		if p.test != nil && !p.test.holds(lua.LNumber(p.v)) {
			return say(whyProperty, s.Name, p.word, value.FormatNumber(p.v), p.test.words()), false
		}
	}
	if a.Costume != nil && !a.Costume.holds(lua.LString(s.Costume)) {
		return say(whyProperty, s.Name, wordCostume, shownText(s.Costume), a.Costume.words()), false
	}
	if a.Visible != nil && *a.Visible != s.Visible {
		if s.Visible {
			return say(whyShowing, s.Name), false
		}
		return say(whyHidden, s.Name), false
	}
	if a.Bubble != nil && !a.Bubble.holds(lua.LString(s.Bubble)) {
		return say(whyProperty, s.Name, wordBubble, shownText(s.Bubble), a.Bubble.words()), false
	}
	if a.Said != nil && !o.said(s.Name, a.Said) {
		return say(whyNotSaid, s.Name, a.Said.words()), false
	}
	if a.Touching != "" && !o.touching(s.Name, a.Touching) {
		other := blocks.Text{En: a.Touching, Ja: a.Touching, Hira: a.Touching}
		if isEdge(a.Touching) {
			other = wordEdge
		}
		return say(whyNotTouching, s.Name, other), false
	}
	return blocks.Text{}, true
}

// sprite returns the state of the original sprite named name, or nil.
func (o *outcome) sprite(name string) *runtime.SpriteState {
	for i := range o.state.Sprites {
		if s := &o.state.Sprites[i]; s.Name == name && !s.Clone {
			return s
		}
	}
	return nil
}

// said reports whether the sprite said or thought something that passes t.
func (o *outcome) said(name string, t Test) bool {
	for _, e := range o.events {
		if (e.Kind == "say" || e.Kind == "think") && e.Target == name && t.holds(lua.LString(e.Text)) {
			return true
		}
	}
	return false
}

// touching reports whether the original sprite name touches other: the edge, or any sprite
// or clone of that name.
func (o *outcome) touching(name, other string) bool {
	w := o.rt.World()
	var me *stage.Sprite
	for _, s := range w.Sprites {
		if s.Name == name && !s.IsClone {
			me = s
		}
	}
	if me == nil {
		return false
	}
	if isEdge(other) {
		return w.TouchingEdge(me)
	}
	for _, s := range w.Sprites {
		if s != me && s.Name == other && w.TouchingSprite(me, s) {
			return true
		}
	}
	return false
}

func isEdge(name string) bool { return name == "edge" || name == "_edge_" }

func sameItems(got []string, want []blocks.Value) bool {
	if len(got) != len(want) {
		return false
	}
	for i, v := range want {
		if value.Compare(lua.LString(got[i]), luaValue(v)) != 0 {
			return false
		}
	}
	return true
}

// quoted is text in quotes, in every language.
func quoted(s string) blocks.Text { return say(wordQuoted, s) }

// shownText is a value from the state as a message shows it: quoted, or "nothing".
func shownText(s string) blocks.Text {
	if s == "" {
		return wordNothing
	}
	if _, ok := value.ParseNumber(s); ok {
		return blocks.Text{En: s, Ja: s, Hira: s}
	}
	return quoted(s)
}

// listWords shows a list's items as the list reporter does, in quotes.
func listWords(items []string) blocks.Text {
	if len(items) == 0 {
		return wordNothing
	}
	return quoted(strings.Join(items, " "))
}
