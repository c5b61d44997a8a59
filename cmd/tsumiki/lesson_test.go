package main

import (
	"image"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/cmd/tsumiki/ui"
	"tsumiki/examples/lesson"
	"tsumiki/stage/render/gltest"
)

// firstLessonID is the lesson the tests open.
const firstLessonID = "01-first-steps"

// courseLesson returns the built-in lesson with that id.
func (a *App) courseLesson(tb testing.TB, id string) *lesson.Lesson {
	tb.Helper()
	for _, l := range a.course.lessons() {
		if l.ID == id {
			return l
		}
	}
	tb.Fatalf("no lesson %s among the built-in ones", id)
	return nil
}

// paletteOffers returns the opcodes the editor's palette offers, sorted.
func (a *App) paletteOffers() []string {
	var ops []string
	for _, s := range a.bench.ws.Palette().Scripts {
		ops = append(ops, s.Boxes[0].Block.Opcode)
	}
	slices.Sort(ops)
	return slices.Compact(ops)
}

// sorted returns a sorted copy of ss.
func sorted(ss []string) []string { return slices.Sorted(slices.Values(ss)) }

// TestLessonStepCard opens the first lesson from the File menu's Open list, as a child does,
// and goes through its first step: the card's text and the narrowed palette, Check on the
// starting project (not done yet, and why), the blocks dragged in, Check again (well done),
// then the next step.
func TestLessonStepCard(t *testing.T) {
	a := newEditorApp(t, "", blocks.English)
	l := a.courseLesson(t, firstLessonID)
	a.openProjectMenu(a.layout.Editor.Files)
	a.pickMenuItem(t, "Lesson: "+l.Title.En)
	r := a.lesson()
	if r == nil || r.l.ID != firstLessonID || r.step != 0 {
		t.Fatalf("after opening the lesson: %+v (%s)", r, a.notice)
	}
	if a.doc == nil || a.doc.name != "First steps" {
		t.Errorf("the child's work is saved as %+v, want First steps", a.doc)
	}
	if got := scriptsOf(a.bench.ws.Contents()); len(got) != 0 {
		t.Errorf("the lesson starts with scripts %v, want its start project's none", got)
	}

	c, ok := a.cardLayout(a.layout)
	if !ok {
		t.Fatal("no step card")
	}
	if !c.Card.In(a.layout.Editor.Scripts) || c.Card.Overlaps(a.layout.Editor.ZoomIn) {
		t.Errorf("the card %v is not inside the script area %v, clear of the zoom buttons", c.Card, a.layout.Editor.Scripts)
	}
	if text := strings.Join(c.Lines, " "); !strings.HasPrefix(text, "Drag \"when green flag clicked\"") {
		t.Errorf("the card says %q", text)
	}
	if c.Picture.Empty() || !c.Picture.In(c.Card) {
		t.Errorf("the picture %v is not on the card %v", c.Picture, c.Card)
	}
	if got, want := a.paletteOffers(), sorted(l.Steps[0].Palette); !slices.Equal(got, want) {
		t.Errorf("the palette offers %q, want the step's %q", got, want)
	}

	// Check on the starting project: not done, and why.
	a.click(mid(c.Check))
	said, good := r.resultText(blocks.English, a.bench.ws.Version())
	if good || !strings.Contains(said, "when green flag clicked") {
		t.Errorf("Check on the start project said %q (good %v)", said, good)
	}
	if c, _ = a.cardLayout(a.layout); len(c.Result) == 0 || c.ResultOK {
		t.Errorf("the card shows %q (ok %v) after Check", c.Result, c.ResultOK)
	}

	// The step's blocks dragged from the narrowed palette, left of the card.
	area := a.layout.Editor.Scripts
	a.dragTo(a.paletteBlock(t, "event_whenflagclicked"), area.Min.Add(image.Pt(40, 120)))
	hat := a.bench.fromScripts(a.layout, a.boxOf(t, "event_whenflagclicked").Rect)
	a.dragTo(a.paletteBlock(t, "motion_movesteps"), image.Pt(hat.Min.X+6, hat.Max.Y+8))
	if said, _ := r.resultText(blocks.English, a.bench.ws.Version()); said != "" {
		t.Errorf("the card still says %q after the project changed", said)
	}
	c, _ = a.cardLayout(a.layout)
	a.click(mid(c.Check))
	if said, good := r.resultText(blocks.Japanese, a.bench.ws.Version()); !good || said != "よくできました!" {
		t.Errorf("Check on the finished step said %q (good %v), want よくできました!", said, good)
	}
	if said, _ := r.resultText(blocks.Hiragana, a.bench.ws.Version()); said != "よく できました!" {
		t.Errorf("in hiragana: %q", said)
	}

	// ▶ goes to step 2, with its palette and no answer yet; ◀ back.
	c, _ = a.cardLayout(a.layout)
	a.click(mid(c.Next))
	if r.step != 1 || r.result != nil {
		t.Fatalf("after ▶: step %d, result %+v", r.step+1, r.result)
	}
	if got, want := a.paletteOffers(), sorted(l.Steps[1].Palette); !slices.Equal(got, want) {
		t.Errorf("step 2's palette offers %q, want %q", got, want)
	}
	c, _ = a.cardLayout(a.layout)
	a.click(mid(c.Check))
	if said, good := r.resultText(blocks.English, a.bench.ws.Version()); good || !strings.Contains(said, "repeat") {
		t.Errorf("step 2's Check with no repeat said %q (good %v)", said, good)
	}
	a.click(mid(c.Prev))
	a.click(mid(c.Prev)) // nothing before the first step
	if r.step != 0 {
		t.Errorf("after ◀ ◀: step %d, want 1", r.step+1)
	}

	// A tap on the title folds the card to its top row, clear of the zoom buttons; another
	// unfolds it.
	c, _ = a.cardLayout(a.layout)
	a.click(mid(c.Title))
	folded, _ := a.cardLayout(a.layout)
	if !folded.Folded || folded.Card.Dy() >= c.Card.Dy()/2 || folded.Card.Overlaps(a.layout.Editor.ZoomIn) {
		t.Errorf("folded, the card is %v (unfolded %v)", folded.Card, c.Card)
	}
	a.click(mid(folded.Title))
	if c, _ = a.cardLayout(a.layout); c.Folded || c.Check.Empty() {
		t.Errorf("the card did not unfold: %+v", c)
	}

	// Another project closes the card and gives back the whole palette.
	a.newProject()
	if a.lesson() != nil {
		t.Error("the card stays with another project open")
	}
	if _, ok := a.cardLayout(a.layout); ok || len(a.paletteOffers()) < 50 {
		t.Errorf("after a new project: card %v, %d blocks in the palette", ok, len(a.paletteOffers()))
	}
}

// TestLessonScreenshots draws the editor with the first lesson's step card after Check on the
// starting project, in each language at 1280×800 and in Japanese at the smallest editor,
// 900×560, and the lesson picker, and compares them with their golden images (go test
// -update writes them).
func TestLessonScreenshots(t *testing.T) {
	for _, tt := range []struct {
		name string
		lang blocks.Lang
		w, h int
	}{
		{"step-card-en", blocks.English, editorW, editorH},
		{"step-card-ja", blocks.Japanese, editorW, editorH},
		{"step-card-hira", blocks.Hiragana, editorW, editorH},
		{"step-card-ja-900x560", blocks.Japanese, minEditorWidth, minEditorHeight},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := newEditorApp(t, "", tt.lang)
			a.layout = screenLayout(tt.w, tt.h, 1, false, true, false)
			a.openCourseLesson(a.courseLesson(t, firstLessonID))
			if !a.layout.Editor.On {
				t.Fatalf("no editor at %d×%d", tt.w, tt.h)
			}
			c, ok := a.cardLayout(a.layout)
			if !ok {
				t.Fatal("no step card")
			}
			a.click(mid(c.Check))
			screen := ebiten.NewImage(tt.w, tt.h)
			defer screen.Deallocate()
			a.Draw(screen)
			gltest.CheckGolden(t, tt.name, gltest.ReadBack(screen))
		})
	}
}

// TestLessonPicker opens the picker from the File menu, takes its screenshot, and taps the
// first lesson's tile, which opens it with its first step card.
func TestLessonPicker(t *testing.T) {
	for _, tt := range []struct {
		name string
		lang blocks.Lang
	}{{"lesson-picker-en", blocks.English}, {"lesson-picker-ja", blocks.Japanese}, {"lesson-picker-hira", blocks.Hiragana}} {
		t.Run(tt.name, func(t *testing.T) {
			a := newEditorApp(t, "", tt.lang)
			a.openFileMenu(a.layout.Editor.Files)
			a.pickMenuItem(t, msgLessonsAll.In(tt.lang))
			p, ok := a.pop.w.(*lessonPicker)
			if !ok {
				t.Fatalf("%T is open, not the lesson picker", a.pop.w)
			}
			ls := a.course.lessons()
			if len(p.tiles) != len(ls) {
				t.Fatalf("%d tiles for %d lessons", len(p.tiles), len(ls))
			}
			for i, tile := range p.tiles {
				if tile.thumb == nil {
					t.Errorf("lesson %s has no thumbnail", ls[i].ID)
				}
				if !tile.rect.In(a.layout.Screen) {
					t.Errorf("tile %d at %v is off the screen", i, tile.rect)
				}
			}
			// The thumbnail is the stage: not one colour.
			thumb := gltest.ReadBack(p.tiles[0].thumb)
			if thumb.RGBAAt(2, 2) == thumb.RGBAAt(thumbW/2-20, thumbH/2+30) && thumb.RGBAAt(2, 2) == thumb.RGBAAt(thumbW-3, thumbH-3) {
				t.Error("the first thumbnail looks empty")
			}

			screen := ebiten.NewImage(editorW, editorH)
			defer screen.Deallocate()
			a.Draw(screen)
			gltest.CheckGolden(t, tt.name, gltest.ReadBack(screen))

			i := slices.IndexFunc(ls, func(l *lesson.Lesson) bool { return l.ID == firstLessonID })
			pop := a.pop
			var st ui.Status
			for _, ev := range ui.Tap(ui.Center(p.TileRect(i))) {
				st = pop.w.Handle(ev)
			}
			if st != ui.Done || p.Picked() != i {
				t.Fatalf("tapping the tile: %v, picked %d", st, p.Picked())
			}
			a.pop = nil
			pop.done(st)
			if r := a.lesson(); r == nil || r.l.ID != firstLessonID || r.step != 0 {
				t.Errorf("the picked lesson did not open with its first step: %+v", r)
			}
		})
	}
}
