package runtime

import (
	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks/value"
	"tsumiki/stage"
)

// State is a snapshot of the whole project, as the runner prints it at the end.
type State struct {
	Tick    int64         `json:"tick"`
	Timer   float64       `json:"timer"`
	Answer  string        `json:"answer"`
	Stage   StageState    `json:"stage"`
	Sprites []SpriteState `json:"sprites"` // back to front, clones included
	Errors  []string      `json:"errors,omitempty"`
	Pen     int           `json:"penDrawn"` // pen operations drawn so far, clears included
	Clones  int           `json:"clones"`
}

// StageState is the stage's part of a State.
type StageState struct {
	Backdrop  string              `json:"backdrop"`
	Variables map[string]string   `json:"variables,omitempty"`
	Lists     map[string][]string `json:"lists,omitempty"`
}

// SpriteState is one sprite's or clone's part of a State. Values are shown as Scratch shows them.
type SpriteState struct {
	Name          string              `json:"name"`
	Clone         bool                `json:"clone,omitempty"`
	X             float64             `json:"x"`
	Y             float64             `json:"y"`
	Direction     float64             `json:"direction"`
	Size          float64             `json:"size"`
	Visible       bool                `json:"visible"`
	Costume       string              `json:"costume"`
	RotationStyle string              `json:"rotationStyle"`
	Bubble        string              `json:"bubble,omitempty"`
	Variables     map[string]string   `json:"variables,omitempty"`
	Lists         map[string][]string `json:"lists,omitempty"`
}

// State returns a snapshot of the project now.
func (rt *Runtime) State() State {
	st := State{Tick: rt.tick, Timer: rt.timer(), Answer: rt.answer, Clones: rt.world.CloneCount(),
		Pen: rt.canvas.Drawn()}
	if c, ok := rt.world.Stage.CurrentBackdrop(); ok {
		st.Stage.Backdrop = c.Name
	}
	st.Stage.Variables, st.Stage.Lists = rt.data(rt.stageInst)
	for _, sp := range rt.world.Sprites {
		in := rt.bySprite[sp]
		if in == nil {
			continue
		}
		ss := SpriteState{Name: in.name(), Clone: sp.IsClone, X: stage.Position(sp.X), Y: stage.Position(sp.Y),
			Direction: sp.Direction, Size: sp.Size, Visible: sp.Visible, RotationStyle: sp.RotationStyle.String()}
		if c, ok := sp.CurrentCostume(); ok {
			ss.Costume = c.Name
		}
		if sp.Bubble != nil {
			ss.Bubble = sp.Bubble.Text
		}
		ss.Variables, ss.Lists = rt.data(in)
		st.Sprites = append(st.Sprites, ss)
	}
	for _, e := range rt.errors {
		st.Errors = append(st.Errors, e.Error())
	}
	return st
}

func (rt *Runtime) data(in *instance) (map[string]string, map[string][]string) {
	var vars map[string]string
	values := rt.vars(in)
	for i, name := range in.t.info.Variables {
		if vars == nil {
			vars = make(map[string]string)
		}
		vars[name] = show(values[i])
	}
	var lists map[string][]string
	for _, l := range in.lists {
		if lists == nil {
			lists = make(map[string][]string)
		}
		items := make([]string, len(l.Items))
		for i, it := range l.Items {
			items[i] = show(it)
		}
		lists[l.Name] = items
	}
	return vars, lists
}

func show(v lua.LValue) string {
	if v == nil {
		return ""
	}
	return value.ToString(v)
}
