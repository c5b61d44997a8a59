package lesson

import (
	"strings"

	"tsumiki/blocks"
)

// within checks that every sprite, variable, list, costume and backdrop the lesson names is in
// the solution, so that a misspelt name is found when the lesson is loaded rather than in a
// workshop. data is the lesson file, for the lines.
func (l *Lesson) within(solution *blocks.Project, data []byte) error {
	ps := &problems{file: l.File, data: data}
	for i := range l.Expect {
		assertWithin(ps, &l.Expect[i], solution)
	}
	for _, s := range l.Steps {
		switch c := s.Check; {
		case c == nil:
		case c.Expect != nil:
			assertWithin(ps, c.Expect, solution)
		case c.Sprite != "" && c.Sprite != blocks.StageName && sprite(solution, c.Sprite) == nil:
			ps.add(c.off, join(c.at, "sprite"), msgUnknownSprite, c.Sprite)
		}
	}
	return ps.err()
}

func sprite(p *blocks.Project, name string) *blocks.Sprite {
	for i := range p.Sprites {
		if p.Sprites[i].Name == name {
			return &p.Sprites[i]
		}
	}
	return nil
}

func assertWithin(ps *problems, a *Assert, p *blocks.Project) {
	var s *blocks.Sprite
	if a.Sprite != "" && a.Sprite != blocks.StageName {
		if s = sprite(p, a.Sprite); s == nil {
			ps.add(a.off, join(a.at, "sprite"), msgUnknownSprite, a.Sprite)
			return
		}
	}
	if a.Variable != "" && !hasVariable(&p.Stage.Contents, a.Variable) && (s == nil || !hasVariable(&s.Contents, a.Variable)) {
		ps.add(a.off, join(a.at, "variable"), msgUnknownVariable, a.Variable)
	}
	if a.List != "" && !hasList(&p.Stage.Contents, a.List) && (s == nil || !hasList(&s.Contents, a.List)) {
		ps.add(a.off, join(a.at, "list"), msgUnknownList, a.List)
	}
	if a.Touching != "" && !isEdge(a.Touching) && sprite(p, a.Touching) == nil {
		ps.add(a.off, join(a.at, "touching"), msgUnknownSprite, a.Touching)
	}
	if s != nil {
		for _, name := range equalTo(a.Costume) {
			if !hasMedia(s.Costumes, name) {
				ps.add(a.off, join(a.at, "costume"), msgUnknownCostume, s.Name, name)
			}
		}
	}
	for _, name := range equalTo(a.Backdrop) {
		if !hasMedia(p.Stage.Costumes, name) {
			ps.add(a.off, join(a.at, "backdrop"), msgUnknownBackdrop, name)
		}
	}
}

// equalTo returns the values t says a name must equal.
func equalTo(t Test) []string {
	var names []string
	for _, c := range t {
		if c.Op == "=" {
			names = append(names, c.Value.Text)
		}
	}
	return names
}

func hasVariable(c *blocks.Contents, name string) bool {
	for _, v := range c.Variables {
		if v.Name == name {
			return true
		}
	}
	return false
}

func hasList(c *blocks.Contents, name string) bool {
	for _, l := range c.Lists {
		if l.Name == name {
			return true
		}
	}
	return false
}

// hasMedia reports whether a costume or backdrop is named name, compared as the = block
// compares text.
func hasMedia(ms []blocks.Media, name string) bool {
	for _, m := range ms {
		if strings.EqualFold(m.Name, name) {
			return true
		}
	}
	return false
}
