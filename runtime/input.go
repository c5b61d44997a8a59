package runtime

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"tsumiki/stage"
)

// Input is one thing a person did, stamped with the tick at whose start it takes effect. The
// app, tests and a recorder all feed the runtime through it, so a run can be replayed exactly.
type Input struct {
	Tick  int64   `json:"tick"`
	Kind  string  `json:"kind"` // flag, stop, keydown, keyup, mousemove, mousedown, mouseup, answer, loudness
	Key   string  `json:"key,omitempty"`
	X     float64 `json:"x,omitempty"` // stage coordinates: the centre is 0, 0 and +y is up
	Y     float64 `json:"y,omitempty"`
	Text  string  `json:"text,omitempty"`  // the answer typed for "ask and wait"
	Value float64 `json:"value,omitempty"` // loudness, 0 to 100
}

// Send queues an input. One stamped earlier than the current tick takes effect at the start of
// the next tick.
func (rt *Runtime) Send(in Input) {
	rt.inputs = append(rt.inputs, in)
	sort.SliceStable(rt.inputs, func(i, j int) bool { return rt.inputs[i].Tick < rt.inputs[j].Tick })
}

// ReadInputs reads a file of inputs: a JSON array of Input objects.
func ReadInputs(r io.Reader) ([]Input, error) {
	var ins []Input
	dec := json.NewDecoder(io.LimitReader(r, 16<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ins); err != nil {
		return nil, fmt.Errorf("reading the input events: %w", err)
	}
	for i, in := range ins {
		if !inputKinds[in.Kind] {
			return nil, fmt.Errorf("input event %d: unknown kind %q", i+1, in.Kind)
		}
		if in.Tick < 0 || math.IsNaN(in.X) || math.IsNaN(in.Y) {
			return nil, fmt.Errorf("input event %d: the tick and position must be sensible numbers", i+1)
		}
	}
	return ins, nil
}

var inputKinds = map[string]bool{"flag": true, "stop": true, "keydown": true, "keyup": true,
	"mousemove": true, "mousedown": true, "mouseup": true, "answer": true, "loudness": true}

type dragState struct {
	sprite         *stage.Sprite
	offX, offY     float64
	startX, startY float64
	moved          bool
}

func (rt *Runtime) applyInputs() {
	n := 0
	for n < len(rt.inputs) && rt.inputs[n].Tick <= rt.tick {
		rt.apply(rt.inputs[n])
		n++
	}
	rt.inputs = rt.inputs[n:]
}

func (rt *Runtime) apply(in Input) {
	switch in.Kind {
	case "flag":
		rt.GreenFlag()
	case "stop":
		rt.StopAll()
	case "keydown":
		key := normalKey(in.Key)
		rt.keys[key] = true
		rt.startHats("event_whenkeypressed", func(f map[string]string) bool {
			hat := normalKey(f["KEY_OPTION"])
			return hat == key || hat == "any"
		}, false)
	case "keyup":
		delete(rt.keys, normalKey(in.Key))
	case "mousemove":
		rt.moveMouse(in.X, in.Y)
	case "mousedown":
		rt.moveMouse(in.X, in.Y)
		rt.mouseDown = true
		rt.press()
	case "mouseup":
		rt.moveMouse(in.X, in.Y)
		rt.mouseDown = false
		rt.release()
	case "answer":
		rt.receiveAnswer(in.Text)
	case "loudness":
		rt.loudness = math.Max(0, math.Min(100, in.Value))
	}
}

// normalKey spells a key the way the key menus do: letters in lower case.
func normalKey(k string) string {
	if len([]rune(k)) == 1 {
		return strings.ToLower(k)
	}
	return k
}

func (rt *Runtime) moveMouse(x, y float64) {
	rt.mouseX = math.Max(-stage.Width/2, math.Min(stage.Width/2, x))
	rt.mouseY = math.Max(-stage.Height/2, math.Min(stage.Height/2, y))
	if d := rt.drag; d != nil && rt.bySprite[d.sprite] != nil {
		if !d.moved && math.Hypot(rt.mouseX-d.startX, rt.mouseY-d.startY) >= 3 {
			d.moved = true
			d.sprite.Dragging = true
		}
		if d.moved {
			rt.world.DragTo(d.sprite, rt.mouseX+d.offX, rt.mouseY+d.offY)
		}
	}
}

// press handles a mouse-down on the stage: a draggable sprite starts a drag and fires its
// click hat on release; any other sprite fires it now; an empty spot clicks the stage.
func (rt *Runtime) press() {
	s := rt.world.SpriteAt(rt.mouseX, rt.mouseY)
	if s == nil {
		rt.startHatsOf(rt.stageInst, "event_whenstageclicked", nil, true)
		return
	}
	if s.Draggable {
		rt.drag = &dragState{sprite: s, offX: s.X - rt.mouseX, offY: s.Y - rt.mouseY, startX: rt.mouseX, startY: rt.mouseY}
		return
	}
	rt.startHatsOf(rt.bySprite[s], "event_whenthisspriteclicked", nil, true)
}

func (rt *Runtime) release() {
	d := rt.drag
	rt.drag = nil
	if d == nil {
		return
	}
	d.sprite.Dragging = false
	if in := rt.bySprite[d.sprite]; in != nil && !d.moved {
		rt.startHatsOf(in, "event_whenthisspriteclicked", nil, true)
	}
}

// receiveAnswer answers the question being asked, and asks the next one.
func (rt *Runtime) receiveAnswer(text string) {
	if len(rt.questions) == 0 {
		return
	}
	th := rt.questions[0]
	rt.questions = rt.questions[1:]
	rt.answer = truncate(text, MaxString)
	if sp := th.in.sprite; sp != nil {
		rt.world.ClearBubble(sp, th.questionSeq)
	}
	th.wait = runnable
	rt.askNext()
}
