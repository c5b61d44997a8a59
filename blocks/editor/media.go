package editor

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tsumiki/blocks"
)

// The workspace's changes to a target's sounds, and deleting a costume. Each is one change to
// undo, as AddCostume is.

// AddSound adds a sound to a sprite, or to the stage (StageTarget). A name the target has
// already gets the next free number ("meow2"); an empty one is "sound1". The media must name a
// library item or a file, which may be embedded.
func (w *Workspace) AddSound(target int, m blocks.Media) error {
	if err := w.settle(); err != nil {
		return err
	}
	if target < StageTarget || target >= len(w.p.Sprites) {
		return newError(msgNoTarget, target+1)
	}
	if strings.TrimSpace(m.Name) == "" {
		m.Name = "sound1"
	}
	var err error
	if m.Name, err = cleanName(m.Name); err != nil {
		return err
	}
	have := contentsIn(w.p, target).Sounds
	if len(have) >= blocks.MaxDataItems {
		return newError(msgTooMany, blocks.MaxDataItems, whatSounds)
	}
	if m.Name = unusedName(m.Name, mediaNames(have)); utf8.RuneCountInString(m.Name) > blocks.MaxNameLen {
		return newError(msgNameLong, blocks.MaxNameLen)
	}
	p := *w.p
	c := targetContents(&p, target)
	c.Sounds = append(slices.Clip(c.Sounds), m)
	return w.commitProject(p, w.target)
}

// DeleteSound deletes sound index (from 0) of a sprite or the stage. The target's blocks that
// play it play its first sound left instead; when no sound is left and a block plays it, the
// sound is kept and the error says so.
func (w *Workspace) DeleteSound(target, index int) error {
	if err := w.settle(); err != nil {
		return err
	}
	if target < StageTarget || target >= len(w.p.Sprites) {
		return newError(msgNoTarget, target+1)
	}
	sounds := contentsIn(w.p, target).Sounds
	if index < 0 || index >= len(sounds) {
		return newError(msgNoSound, index+1)
	}
	name := sounds[index].Name
	left := slices.Delete(slices.Clone(sounds), index, index+1)
	p := *w.p
	ownSprites(&p)
	if !slices.Contains(mediaNames(left), name) {
		if len(left) == 0 {
			if usesMenu(contentsIn(w.p, target).Scripts, blocks.SoundOf, name) {
				return newError(msgSoundInUse, name)
			}
		} else {
			rewriteTargets(&p, []int{target}, func(int) *rewriter { return renamer(blocks.SoundOf, name, left[0].Name, nil) })
		}
	}
	contentsIn(&p, target).Sounds = left
	return w.commitProject(p, w.target)
}

// DeleteCostume deletes costume index (from 0) of a sprite, or a backdrop of the stage. A
// target keeps at least one. When it was worn, the costume that takes its place is worn (the
// one before it when it was the last), as in Scratch, and blocks that switch to it switch to the first costume left instead (for a backdrop, the
// blocks of every target).
func (w *Workspace) DeleteCostume(target, index int) error {
	if err := w.settle(); err != nil {
		return err
	}
	if target < StageTarget || target >= len(w.p.Sprites) {
		return newError(msgNoTarget, target+1)
	}
	costumes := contentsIn(w.p, target).Costumes
	if index < 0 || index >= len(costumes) {
		return newError(msgNoCostume, index+1)
	}
	if len(costumes) == 1 {
		return newError(msgLastCostume)
	}
	name := costumes[index].Name
	left := slices.Delete(slices.Clone(costumes), index, index+1)
	p := *w.p
	ownSprites(&p)
	if !slices.Contains(mediaNames(left), name) {
		menu, ts := blocks.CostumeOf, []int{target}
		if target == StageTarget {
			menu, ts = blocks.BackdropOf, allTargets(&p)
		}
		rewriteTargets(&p, ts, func(int) *rewriter { return renamer(menu, name, left[0].Name, nil) })
	}
	contentsIn(&p, target).Costumes = left
	wearing := &p.Stage.Backdrop
	if target != StageTarget {
		wearing = &p.Sprites[target].Costume
	}
	if *wearing > index || *wearing == len(left) {
		*wearing--
	}
	return w.commitProject(p, w.target)
}

// usesMenu reports whether a block of scripts names val in a dropdown of menu.
func usesMenu(scripts []blocks.Script, menu blocks.Menu, val string) bool {
	found := false
	r := &rewriter{block: func(b *blocks.Block) (*blocks.Block, bool) {
		menuRefs(b, menu, func(_, v string, _ bool) { found = found || v == val })
		return b, false
	}}
	r.scripts(scripts)
	return found
}

var (
	msgNoSound     = blocks.NewText("there is no sound number %d", "%d 番目の音がありません", "%d ばんめの おとが ありません")
	msgSoundInUse  = blocks.NewText("blocks play the sound %q: take them out first, or add another sound", "「%s」を鳴らすブロックがあります。先にそのブロックを取り除くか、ほかの音を足してください", "「%s」を ならす ブロックが あります。さきに その ブロックを とりのぞくか、ほかの おとを たしてね")
	msgLastCostume = blocks.NewText("this is the only costume: add another before deleting it", "コスチュームが 1 つしかありません。消す前にほかのコスチュームを足してください", "コスチュームが 1つしか ありません。けす まえに ほかの コスチュームを たしてね")
	whatSounds     = blocks.NewText("sounds", "音", "おと")
)
