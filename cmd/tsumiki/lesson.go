package main

import (
	"io/fs"
	"log"
	"path"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/examples"
	"tsumiki/examples/lesson"
	"tsumiki/runtime"
)

// lessonsDir is the folder of examples.Lessons that holds the lessons.
const lessonsDir = "lessons"

// What the step cards and the lesson picker say.
var (
	msgStepOf     = blocks.NewText("Step %d / %d", "ステップ %d / %d", "ステップ %d / %d")
	msgCheck      = blocks.NewText("Check", "チェック", "チェック")
	msgWellDone   = blocks.NewText("Well done!", "よくできました!", "よく できました!")
	msgNoCheck    = blocks.NewText("This step has nothing to check: go on when you are ready.", "このステップにはチェックがありません。できたら次へ進もう。", "この ステップには チェックが ありません。できたら つぎへ すすもう。")
	msgLessonsAll = blocks.NewText("Lessons…", "レッスン…", "レッスン…")
	msgPickLesson = blocks.NewText("Choose a lesson", "レッスンを選ぼう", "レッスンを えらぼう")
)

// course is the app's built-in lessons: the lessons themselves, read once, their thumbnails,
// and the lesson open in the editor with its step card.
type course struct {
	list   []*lesson.Lesson // in file order; those that do not load are left out
	read   bool
	thumbs map[string]*ebiten.Image // by lesson id: the first frame of its finished project
	run    *lessonRun               // the lesson opened last, or nil
}

// lessonRun is a lesson open in the editor: which step its card shows and what its check
// said.
type lessonRun struct {
	l      *lesson.Lesson
	src    *source // the start project as opened: the card shows while it is the open one
	step   int
	folded bool // the card shows its top row alone, leaving the script area free
	result *stepResult
	pic    *ebiten.Image // the step's picture, drawn for picKey
	picKey pictureKey
}

// stepResult is what pressing Check said, about the workspace at version.
type stepResult struct {
	ok      bool
	why     blocks.Text
	err     error
	version uint64
}

// pictureKey is what a step's picture was drawn for.
type pictureKey struct {
	step int
	lang blocks.Lang
	zoom float64
}

// lessons returns the built-in lessons, reading them the first time.
func (c *course) lessons() []*lesson.Lesson {
	if c.read {
		return c.list
	}
	c.read = true
	names, err := fs.Glob(examples.Lessons, path.Join(lessonsDir, "*"+lesson.Ext))
	if err != nil {
		log.Printf("lessons: %v", err)
	}
	for _, name := range names {
		l, err := lesson.Load(examples.Lessons, name)
		if err != nil {
			log.Printf("lesson %s: %v", name, err)
			continue
		}
		c.list = append(c.list, l)
	}
	return c.list
}

// lesson returns the lesson open in the editor with its card, or nil.
func (a *App) lesson() *lessonRun {
	r := a.course.run
	if r == nil || a.cur == nil || a.cur.src != r.src || a.bench == nil {
		return nil
	}
	return r
}

// openCourseLesson opens a built-in lesson's starting project in the editor and shows its
// first step. The child's work is saved under the project's own name, never over earlier
// work.
func (a *App) openCourseLesson(l *lesson.Lesson) {
	files, err := fs.Sub(examples.Lessons, lessonsDir)
	if err != nil {
		a.fail(l.Start, nil, nil, err)
		return
	}
	a.openLessonAt(l, files, 0)
}

// openLessonAt opens lesson l, whose media files are in files, at step (the first when the
// lesson has fewer). It reports whether the lesson opened; when not, the notice says why.
func (a *App) openLessonAt(l *lesson.Lesson, files fs.FS, step int) bool {
	p, err := l.StartProject()
	var data []byte
	if err == nil {
		data, err = blocks.Marshal(p)
	}
	if err != nil {
		a.fail(l.Start, nil, nil, err)
		return false
	}
	src := &source{name: l.Start, data: data, files: files}
	a.load(src)
	if a.cur == nil || a.cur.src != src {
		return false
	}
	a.course.run = &lessonRun{l: l, src: src}
	if step >= len(l.Steps) {
		step = 0
	}
	a.setStep(step)
	return true
}

// setStep shows step i of the open lesson, with the palette narrowed to the step's blocks.
func (a *App) setStep(i int) {
	r := a.lesson()
	if r == nil || i < 0 || i >= len(r.l.Steps) {
		return
	}
	r.step, r.result = i, nil
	wb := a.bench
	wb.ws.SetPaletteOnly(r.l.Steps[i].Palette)
	wb.palette = 0
	wb.followPalette()
}

// checkStep runs the check of the step the card shows on the project as the editor has it
// now, with the runtime's options the app uses, and keeps what it says for the card.
func (a *App) checkStep() {
	r := a.lesson()
	if r == nil {
		return
	}
	ws := a.bench.ws
	ok, why, err := r.l.CheckStep(r.step, snapshot(ws.Project()), runtime.Options{Assets: a.cur.store})
	r.result = &stepResult{ok: ok && err == nil, why: why, err: err, version: ws.Version()}
}

// resultText is what the card says after Check, in lang, and whether it is good news; "" when
// there is nothing to say, or the project changed since.
func (r *lessonRun) resultText(lang blocks.Lang, version uint64) (string, bool) {
	res := r.result
	switch {
	case res == nil || res.version != version:
		return "", false
	case res.err != nil:
		return blocks.Localize(res.err, lang), false
	case res.ok && r.l.Steps[r.step].Check == nil:
		return msgNoCheck.In(lang), true
	case res.ok:
		return msgWellDone.In(lang), true
	}
	return res.why.In(lang), false
}
