package editor

import (
	"strconv"
	"strings"

	"tsumiki/blocks"
)

// StageTarget is the target number of the stage; sprites are numbered by their index in
// Project.Sprites.
const StageTarget = -1

// Options set up a workspace. The zero value gives Scratch's behaviour in English with
// FixedMeasurer.
type Options struct {
	Lang    blocks.Lang
	Measure Measurer // nil: FixedMeasurer
	Metrics *Metrics // nil: DefaultMetrics()

	SnapRadius     float64 // how near a connection must come to snap, in units; 0: 48
	DragSlop       float64 // how far a press may move and still be a tap; 0: 6
	LongPressTicks int     // ticks a touch held still before it opens the context menu; 0: 15
	UndoLimit      int     // changes kept for undo; 0: 200

	// CostumeSize, when set, gives the size in pixels of a costume, so that SetSprite can
	// limit a sprite's size as Scratch does; ok false when it is not known.
	CostumeSize func(m blocks.Media) (w, h float64, ok bool)
}

// Workspace is the editor of a whole project: the script area of one target (a sprite or the
// stage, chosen with SetTarget), its palette, the drag in progress, the project's variables,
// lists, messages, custom blocks, sprites and costumes, and one undo history for all of it.
//
// The workspace never changes a block or a slice of the project in place: every edit makes
// new blocks on the path from the script down to what changed, and new slices where they
// changed, so the blocks a caller holds (a compiled program, a saved copy, a layout) stay as
// they were, and the history keeps whole-project snapshots that share everything a change did
// not touch. After every change the project passes blocks.Check; a change that would break it
// is refused. Others may read the project at any time but change it only through the
// workspace: its slices are shared with the history.
//
// A Workspace is not safe for concurrent use.
type Workspace struct {
	p      *blocks.Project
	target int
	opts   Options
	m      Metrics
	lang   blocks.Lang
	widths widths
	labels map[string][]token // the catalog's labels, parsed

	cur     state
	hist    history
	version uint64
	lastID  int // the number in the last id given to a new block

	layout  *Layout
	boxHint int // how many blocks the last layout had, and then some
	pal     palette
	press   *press
	drag    *drag
	edit    *textEdit
}

// New returns a workspace for a target of p: the index of a sprite in p.Sprites, or
// StageTarget. p must pass blocks.Check; the workspace edits it from then on.
func New(p *blocks.Project, target int, opts Options) (*Workspace, error) {
	if target < StageTarget || target >= len(p.Sprites) {
		return nil, newError(msgNoTarget, target+1)
	}
	if err := blocks.Check(p); err != nil {
		return nil, err
	}
	if opts.Measure == nil {
		opts.Measure = FixedMeasurer
	}
	if opts.SnapRadius <= 0 {
		opts.SnapRadius = 48
	}
	if opts.DragSlop <= 0 {
		opts.DragSlop = 6
	}
	if opts.LongPressTicks <= 0 {
		opts.LongPressTicks = 15
	}
	if opts.UndoLimit <= 0 {
		opts.UndoLimit = 200
	}
	w := &Workspace{p: p, target: target, opts: opts, lang: opts.Lang, m: DefaultMetrics()}
	if opts.Metrics != nil {
		w.m = *opts.Metrics
	}
	w.widths.measure = opts.Measure
	w.hist.limit = opts.UndoLimit
	w.cur = state{scripts: w.contents().Scripts}
	for id := range p.BlockIndex() {
		if n, err := strconv.Atoi(strings.TrimPrefix(id, "b")); err == nil && id[0] == 'b' && n > w.lastID {
			w.lastID = n
		}
	}
	return w, nil
}

// Project returns the project being edited, always as the workspace last changed it, checked.
// The pointer stays the same for the workspace's life; nothing in the project may be changed
// but through the workspace.
func (w *Workspace) Project() *blocks.Project { return w.p }

// Contents returns the target's contents in the project, as they are until the next change.
func (w *Workspace) Contents() *blocks.Contents { return w.contents() }

// Target returns the target's number: a sprite's index, or StageTarget.
func (w *Workspace) Target() int { return w.target }

// SetTarget edits the scripts of another target: a sprite's index in Project().Sprites, or
// StageTarget. It is not a change to the project: the version and the history stay, and undo
// goes back to the target each change was made on. Typing in progress ends; during a drag it
// is refused.
func (w *Workspace) SetTarget(t int) error {
	if t < StageTarget || t >= len(w.p.Sprites) {
		return newError(msgNoTarget, t+1)
	}
	if err := w.settle(); err != nil {
		return err
	}
	if t == w.target {
		return nil
	}
	w.target = t
	w.changed()
	return nil
}

// Version counts the changes made to the project, undo and redo included, so that the app
// can tell when to save and recompile: it grows with every change that is kept, to the
// scripts or to the project, and never otherwise.
func (w *Workspace) Version() uint64 { return w.version }

// Lang returns the language the blocks are labelled in.
func (w *Workspace) Lang() blocks.Lang { return w.lang }

// SetLang labels the blocks in lang. The project does not change; only the layout does.
func (w *Workspace) SetLang(lang blocks.Lang) {
	if lang == w.lang {
		return
	}
	w.lang = lang
	w.layout, w.pal.layout, w.pal.view = nil, nil, nil
	if w.drag != nil {
		w.drag.relayout(w)
	}
}

// Metrics returns the sizes the layout uses.
func (w *Workspace) Metrics() Metrics { return w.m }

// Layout returns where every block of the target's scripts sits. During a drag the dragged
// blocks are not in it (Dragging has them). The layout is kept until the next change.
func (w *Workspace) Layout() *Layout {
	if w.layout == nil {
		s := w.cur
		if w.drag != nil {
			s = w.drag.rest
		}
		w.layout = w.layoutState(s)
	}
	return w.layout
}

func (w *Workspace) layoutState(s state) *Layout {
	stacks := make([]stackAt, len(s.scripts))
	for i, sc := range s.scripts {
		stacks[i] = stackAt{index: i, at: Point{sc.X, sc.Y}, blocks: sc.Blocks}
	}
	lo := w.layouter()
	lo.hint = w.boxHint
	l := lo.layout(stacks)
	w.boxHint = len(l.Boxes) + 16
	return l
}

// layouter returns a layouter in the workspace's language. Custom block calls take their
// parameters' names from the current state, which during a drag still holds the dragged
// blocks.
func (w *Workspace) layouter() *layouter {
	if w.labels == nil {
		w.labels = make(map[string][]token)
	}
	return &layouter{m: &w.m, lang: w.lang, w: &w.widths, procs: procParams(w.cur), edit: w.edit, labels: w.labels}
}

// procParams maps the code of each custom block defined in s to its parameters.
func procParams(s state) map[string][]string {
	var procs map[string][]string
	for _, sc := range s.scripts {
		if len(sc.Blocks) > 0 && sc.Blocks[0].Opcode == "procedures_definition" && sc.Blocks[0].Proc != nil {
			if procs == nil {
				procs = make(map[string][]string)
			}
			procs[sc.Blocks[0].Proc.Code] = sc.Blocks[0].Proc.Params
		}
	}
	return procs
}

func (w *Workspace) contents() *blocks.Contents {
	if w.target == StageTarget {
		return &w.p.Stage.Contents
	}
	return &w.p.Sprites[w.target].Contents
}

func (w *Workspace) isStage() bool { return w.target == StageTarget }

// newIDs gives every block in bs a fresh id, unique in the whole project: "b" and a number
// above every such id the project had when the workspace was made, growing through the
// session, so that an id is never given twice.
func (w *Workspace) newIDs(bs []*blocks.Block) {
	used := w.p.BlockIndex()
	walk(bs, func(b *blocks.Block) {
		for {
			w.lastID++
			id := "b" + strconv.Itoa(w.lastID)
			if used[id] == nil {
				b.ID = id
				used[id] = b
				return
			}
		}
	})
}
