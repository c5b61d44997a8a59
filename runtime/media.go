package runtime

import (
	"math"

	lua "github.com/yuin/gopher-lua"

	"tsumiki/blocks"
	"tsumiki/stage"
	"tsumiki/stage/sound"
)

// loadMedia resolves a target's costumes and sounds through the Assets.
func (rt *Runtime) loadMedia(t *target) error {
	t.snapshotMedia()
	for _, m := range t.contents.Costumes {
		c, err := rt.costume(t.name, m)
		if err != nil {
			return err
		}
		t.costumes = append(t.costumes, c)
	}
	for _, m := range t.contents.Sounds {
		c, err := rt.soundClip(t.name, m)
		if err != nil {
			return err
		}
		t.clips = append(t.clips, c)
	}
	return nil
}

// snapshotMedia copies the media lists of the file, so that they keep matching the costumes
// and sounds loaded for them while an editor changes the project in place before a Reload.
func (t *target) snapshotMedia() {
	t.costumeMedia = append([]blocks.Media(nil), t.contents.Costumes...)
	t.soundMedia = append([]blocks.Media(nil), t.contents.Sounds...)
}

// soundClip decodes a sound through the Assets. With no Assets every sound is silent and
// empty, as the headless runner has none.
func (rt *Runtime) soundClip(target string, m blocks.Media) (*sound.Clip, error) {
	if rt.opts.Assets == nil {
		return &sound.Clip{Rate: sound.Rate, Channels: 1}, nil
	}
	c, err := rt.opts.Assets.Sound(target, m)
	if err != nil {
		return nil, mediaProblem(target, m, err)
	}
	return c, nil
}

func (rt *Runtime) costume(target string, m blocks.Media) (stage.Costume, error) {
	if rt.opts.Assets == nil {
		return stage.Costume{Name: m.Name}, nil
	}
	c, err := rt.opts.Assets.Costume(target, m)
	if err != nil {
		return c, mediaProblem(target, m, err)
	}
	c.Name = m.Name
	if m.CenterX != nil {
		c.CenterX = *m.CenterX
	}
	if m.CenterY != nil {
		c.CenterY = *m.CenterY
	}
	return c, nil
}

func mediaProblem(target string, m blocks.Media, err error) error {
	return &blocks.Problem{Target: target, Msg: msgMedia, Args: []any{m.Name, localized{err}}}
}

// localized carries an error into a Problem's arguments so that it is said in the problem's
// language, whether or not it can say itself in every language.
type localized struct{ err error }

func (l localized) Error() string                    { return l.err.Error() }
func (l localized) Localize(lang blocks.Lang) string { return blocks.Localize(l.err, lang) }

var msgMedia = blocks.NewText(
	"%q cannot be loaded: %s",
	"「%s」を読み込めません: %s",
	"「%s」を よみこめません: %s")

// propertyOf answers "(property) of (sprite or stage)".
func (rt *Runtime) propertyOf(prop, name string) lua.LValue {
	var in *instance
	if name == "_stage_" {
		in = rt.stageInst
	} else if sp := rt.sprite(name); sp != nil {
		in = rt.bySprite[sp]
	}
	if in == nil {
		return lua.LNumber(0)
	}
	if sp := in.sprite; sp != nil {
		switch prop {
		case "x position":
			return lua.LNumber(stage.Position(sp.X))
		case "y position":
			return lua.LNumber(stage.Position(sp.Y))
		case "direction":
			return lua.LNumber(sp.Direction)
		case "costume #":
			return lua.LNumber(sp.Costume + 1)
		case "costume name":
			if c, ok := sp.CurrentCostume(); ok {
				return lua.LString(c.Name)
			}
			return lua.LString("")
		case "size":
			return lua.LNumber(math.Round(sp.Size))
		case "volume":
			return lua.LNumber(in.sound.Volume)
		}
	} else {
		switch prop {
		case "backdrop #":
			return lua.LNumber(rt.world.Stage.Backdrop + 1)
		case "backdrop name":
			if c, ok := rt.world.Stage.CurrentBackdrop(); ok {
				return lua.LString(c.Name)
			}
			return lua.LString("")
		case "volume":
			return lua.LNumber(in.sound.Volume)
		}
	}
	for i, v := range in.t.info.Variables {
		if v == prop {
			return rt.vars(in)[i]
		}
	}
	return lua.LNumber(0)
}
