package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/blocks/autosave"
	"tsumiki/blocks/editor"
	"tsumiki/cmd/tsumiki/ui"
	"tsumiki/stage/render/gltest"
)

// editorSize is the window the editor tests lay out: a school laptop's 1280×800.
const editorW, editorH = 1280, 800

// newEditorApp opens a project in the app with the editor shown and its projects folder in a
// temporary folder. An empty file opens a new project.
func newEditorApp(tb testing.TB, file string, lang blocks.Lang) *App {
	tb.Helper()
	gltest.Need(tb)
	a, err := NewApp(lang, true, tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	if file == "" {
		a.newProject()
	} else {
		a.Open(file)
	}
	if a.cur == nil || a.bench == nil {
		tb.Fatalf("%s did not open in the editor: %s", file, a.notice)
	}
	tb.Cleanup(func() {
		a.saver.Close()
		a.close()
	})
	a.layout = screenLayout(editorW, editorH, 1, false, true, false)
	a.clock.Reset(a.cur.rt.TickRate(), 60)
	return a
}

// step runs one frame of the app as Update does, without reading ebiten's input.
func (a *App) step() {
	a.frame++
	if a.bench != nil && a.bench.grab != grabNone {
		a.editorHold(a.pointer.last.X, a.pointer.last.Y)
	}
	a.applyEdits()
	a.run()
}

// press, moveTo and release are the pointer as a child's mouse moves it, a frame at a time.
func (a *App) press(p image.Point) {
	a.pointer.last = pointer{X: p.X, Y: p.Y, Down: true}
	a.point(pointerEvent{pointerMove, p.X, p.Y})
	a.point(pointerEvent{pointerPress, p.X, p.Y})
	a.step()
}

func (a *App) moveTo(p image.Point) {
	from := a.pointer.last
	for i := 1; i <= 5; i++ {
		x := from.X + (p.X-from.X)*i/5
		y := from.Y + (p.Y-from.Y)*i/5
		a.pointer.last = pointer{X: x, Y: y, Down: from.Down}
		a.point(pointerEvent{pointerMove, x, y})
		a.step()
	}
}

func (a *App) release() {
	p := a.pointer.last
	a.pointer.last.Down = false
	a.point(pointerEvent{pointerRelease, p.X, p.Y})
	a.step()
}

// paletteBlock scrolls the palette to the category of opcode and returns the screen point a
// little inside the block's top-left corner.
func (a *App) paletteBlock(tb testing.TB, opcode string) image.Point {
	tb.Helper()
	wb := a.bench
	d := blocks.Lookup(opcode)
	for i, c := range blocks.Categories() {
		if c.ID == d.Category.ID {
			a.click(mid(a.layout.CategoryButton(i)))
		}
	}
	for _, b := range wb.ws.Palette().Boxes {
		if b.Block.Opcode == opcode && b.Parent == nil {
			o, z := wb.paletteOrigin(a.layout), paletteZoom(a.layout)
			return image.Pt(o.X+int(b.Rect.X*z)+6, o.Y+int(b.Rect.Y*z)+6)
		}
	}
	tb.Fatalf("%s is not in the palette", opcode)
	return image.Point{}
}

// dragTo drags from one screen point to another.
func (a *App) dragTo(from, to image.Point) {
	a.press(from)
	a.moveTo(to)
	a.release()
}

// boxOf returns the box of the first block with that opcode in the script area.
func (a *App) boxOf(tb testing.TB, opcode string) *editor.Box {
	tb.Helper()
	for _, b := range a.bench.ws.Layout().Boxes {
		if b.Block.Opcode == opcode {
			return b
		}
	}
	tb.Fatalf("no %s in the script area", opcode)
	return nil
}

// scriptsOf returns the opcodes of the selected sprite's scripts, nested as the blocks are.
func scriptsOf(c *blocks.Contents) []any {
	var stack func(bs []*blocks.Block) []any
	stack = func(bs []*blocks.Block) []any {
		var out []any
		for _, b := range bs {
			out = append(out, b.Opcode)
			if inner := b.Stacks["SUBSTACK"]; inner != nil {
				out = append(out, stack(inner))
			}
			if in := b.Inputs["STEPS"]; in != nil && in.Literal != nil {
				out = append(out, "STEPS="+in.Literal.Text)
			}
		}
		return out
	}
	var out []any
	for _, s := range c.Scripts {
		out = append(out, stack(s.Blocks))
	}
	return out
}

// TestEditorBuildsAndRunsAProgram builds "when flag clicked → forever → move 10 steps" by
// dragging blocks out of the palette with the pointer, runs it, changes 10 to -5 while it
// runs, and checks that the running sprite turns back without a restart, that the scripts
// glow while they run, that undo works from the bar, and that the work was autosaved.
func TestEditorBuildsAndRunsAProgram(t *testing.T) {
	a := newEditorApp(t, "", blocks.English)
	l, wb := a.layout, a.bench
	area := l.Editor.Scripts

	a.dragTo(a.paletteBlock(t, "event_whenflagclicked"), area.Min.Add(image.Pt(120, 120)))
	hat := wb.fromScripts(l, a.boxOf(t, "event_whenflagclicked").Rect)
	a.dragTo(a.paletteBlock(t, "control_forever"), image.Pt(hat.Min.X+6, hat.Max.Y+8))
	forever := a.boxOf(t, "control_forever")
	mouth := wb.fromScripts(l, forever.Mouths[0].Rect)
	a.dragTo(a.paletteBlock(t, "motion_movesteps"), image.Pt(mouth.Min.X+8, mouth.Min.Y+8))

	want := []any{[]any{"event_whenflagclicked", "control_forever", []any{"motion_movesteps", "STEPS=10"}}}
	if diff := cmp.Diff(want, scriptsOf(wb.ws.Contents())); diff != "" {
		t.Fatalf("scripts after the drags (-want +got):\n%s", diff)
	}

	// Clicking the script runs it, as in Scratch; clicking it again stops it.
	hatBox := wb.fromScripts(l, a.boxOf(t, "event_whenflagclicked").Rect)
	a.click(image.Pt(hatBox.Min.X+10, hatBox.Max.Y-6))
	a.step()
	if !a.cur.rt.Running() {
		t.Fatal("clicking the script did not run it")
	}
	clicked := sprite(t, a, "Tsumi").X
	a.click(image.Pt(hatBox.Min.X+10, hatBox.Max.Y-6))
	a.step()
	a.step() // a tick every other frame at 30 ticks a second
	if a.cur.rt.Running() {
		t.Fatalf("clicking the running script did not stop it: %q %v", wb.err, a.cur.rt.RunningScripts("Tsumi"))
	}
	if clicked <= 0 {
		t.Errorf("the clicked script did not move the sprite: x = %v", clicked)
	}

	a.click(mid(l.Flag))
	for range 30 {
		a.step()
	}
	x1 := sprite(t, a, "Tsumi").X
	if x1 <= 0 {
		t.Fatalf("the sprite did not move right: x = %v", x1)
	}
	if len(a.glowing(wb.ws.Layout())) == 0 {
		t.Error("the running script does not glow")
	}

	// Tap the 10, type -5, Enter: the forever loop goes on with the new number.
	move := a.boxOf(t, "motion_movesteps")
	a.click(mid(wb.fromScripts(l, move.Part("STEPS").Rect)))
	if _, _, _, ok := wb.ws.Editing(); !ok {
		t.Fatal("tapping the slot did not start typing into it")
	}
	wb.ws.Type("-5")
	if err := wb.ws.Key(editor.KeyEnter); err != nil {
		t.Fatal(err)
	}
	a.step()
	x2 := sprite(t, a, "Tsumi").X
	for range 30 {
		a.step()
	}
	if x3 := sprite(t, a, "Tsumi").X; !(x3 < x2) {
		t.Errorf("after the edit the sprite went from %v to %v: it should go back left", x2, x3)
	}
	if !a.cur.rt.Running() {
		t.Error("the edit stopped the project")
	}

	// The undo button puts the 10 back.
	a.click(mid(l.Editor.Undo))
	a.step()
	want = []any{[]any{"event_whenflagclicked", "control_forever", []any{"motion_movesteps", "STEPS=10"}}}
	if diff := cmp.Diff(want, scriptsOf(wb.ws.Contents())); diff != "" {
		t.Errorf("after undo (-want +got):\n%s", diff)
	}

	// Every change was autosaved.
	if err := a.saver.Wait(); err != nil {
		t.Fatal(err)
	}
	saved, err := os.ReadFile(filepath.Join(a.folder.Dir(), a.doc.name+autosave.AutosaveExt))
	if err != nil {
		t.Fatal(err)
	}
	p, err := blocks.Parse(saved)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, scriptsOf(&p.Sprites[0].Contents)); diff != "" {
		t.Errorf("the autosave (-want +got):\n%s", diff)
	}
}

// TestEditorScreenshots draws the whole editor with a lesson open in English, Japanese and
// hiragana, and compares each with its golden image (go test -update writes them).
func TestEditorScreenshots(t *testing.T) {
	for _, tt := range []struct {
		name string
		lang blocks.Lang
	}{{"editor-en", blocks.English}, {"editor-ja", blocks.Japanese}, {"editor-hira", blocks.Hiragana}} {
		t.Run(tt.name, func(t *testing.T) {
			a := newEditorApp(t, filepath.Join("..", "..", "examples", "counting.tsumiki"), tt.lang)
			a.bench.showCode = true
			a.layout = screenLayout(editorW, editorH, 1, false, true, true)
			a.bench.codeBlock = a.boxOf(t, "control_repeat").Block.ID
			screen := ebiten.NewImage(editorW, editorH)
			defer screen.Deallocate()
			a.Draw(screen)
			gltest.CheckGolden(t, tt.name, gltest.ReadBack(screen))
		})
	}
}

// BenchmarkEditorFrame2000 draws the whole editor, with a 2,000-block project in the script
// area, each frame after one scroll step so nothing is cached between frames. cpu-ns/op is
// the time until drawing is queued; ns/op also waits for Mesa's software rasterizer.
func BenchmarkEditorFrame2000(b *testing.B) {
	a := newEditorApp(b, "testdata/blocks2000.tsumiki", blocks.English)
	screen := ebiten.NewImage(editorW, editorH)
	defer screen.Deallocate()
	probe := ebiten.NewImage(1, 1)
	a.Draw(screen)
	var cpu time.Duration
	b.ResetTimer()
	for i := range b.N {
		a.bench.view().scroll.Y = float64(i % 400)
		start := time.Now()
		a.Draw(screen)
		cpu += time.Since(start)
		probe.DrawImage(screen, nil)
		probe.ReadPixels(make([]byte, 4))
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkEditToRunning measures a child's edit reaching the running stage, with a
// 2,000-block project running: typing a new number into a slot (commit, check), then the
// app's next frame (snapshot, recompile, reload into the runtime, autosave queued) and one
// tick of the runtime with the new code.
func BenchmarkEditToRunning(b *testing.B) {
	a := newEditorApp(b, "testdata/blocks2000.tsumiki", blocks.English)
	a.cur.rt.GreenFlag()
	a.cur.rt.Step()
	wb := a.bench
	move := a.boxOf(b, "motion_turnright")
	b.ResetTimer()
	for i := range b.N {
		if err := wb.ws.SetLiteral(move.Block.ID, "DEGREES", []string{"15", "30"}[i%2]); err != nil {
			b.Fatal(err)
		}
		a.applyEdits()
		a.cur.rt.Step()
	}
}

// TestEditorOffersWorkAfterACrash edits a project, then stops the app the way a crash or a
// power cut does — no save, and a half-written temporary file left in the folder, as a kill
// in the middle of an autosave leaves it — and starts a new app on the same projects folder.
// It offers the autosaved work; taking the offer opens the last good version. (The autosave
// package's test kills a real process in the middle of its writes.)
func TestEditorOffersWorkAfterACrash(t *testing.T) {
	a := newEditorApp(t, "", blocks.English)
	area := a.layout.Editor.Scripts
	a.dragTo(a.paletteBlock(t, "motion_turnright"), area.Min.Add(image.Pt(100, 100)))
	a.dragTo(a.paletteBlock(t, "motion_movesteps"), area.Min.Add(image.Pt(100, 300)))
	want := scriptsOf(a.bench.ws.Contents())
	if len(want) != 2 {
		t.Fatalf("scripts = %v", want)
	}
	if err := a.saver.Wait(); err != nil {
		t.Fatal(err)
	}
	dir, name := a.folder.Dir(), a.doc.name
	torn := filepath.Join(dir, "."+name+".autosave.tsumiki.123.tmp")
	if err := os.WriteFile(torn, []byte(`{"format": 1, "name": "torn`), 0o644); err != nil {
		t.Fatal(err)
	}

	b, err := NewApp(blocks.English, true, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer b.saver.Close()
	b.layout = a.layout
	b.Open("")
	b.offerRecovery()
	offer, ok := b.pop.w.(*ui.Confirm)
	if !ok {
		t.Fatalf("no offer of the autosaved work: %T", b.pop)
	}
	if offer.Handle(ui.Press(ui.KeyEnter)) != ui.Done {
		t.Fatal("Enter did not take the offer")
	}
	b.pop.done(ui.Done)
	if b.doc.name != name {
		t.Errorf("recovered as %q, want %q", b.doc.name, name)
	}
	if diff := cmp.Diff(want, scriptsOf(b.bench.ws.Contents())); diff != "" {
		t.Errorf("recovered scripts (-want +got):\n%s", diff)
	}
}

// TestDropPictureMakesASprite drops a PNG on the app with a lesson open: the lesson is saved
// into the projects folder, the picture is copied beside it, and a sprite wears it.
func TestDropPictureMakesASprite(t *testing.T) {
	a := newEditorApp(t, filepath.Join("..", "..", "examples", "counting.tsumiki"), blocks.English)
	img := image.NewNRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = 0xc0
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if !a.dropImages(fstest.MapFS{"Rocket.png": {Data: buf.Bytes()}}) {
		t.Fatal("the picture was not taken")
	}
	p := a.bench.ws.Project()
	last := p.Sprites[len(p.Sprites)-1]
	if last.Name != "Rocket" || len(last.Costumes) != 1 || last.Costumes[0].File == "" {
		t.Fatalf("new sprite %q with costumes %+v", last.Name, last.Costumes)
	}
	copied, err := os.ReadFile(filepath.Join(a.folder.Dir(), filepath.FromSlash(last.Costumes[0].File)))
	if err != nil || !bytes.Equal(copied, buf.Bytes()) {
		t.Fatalf("the picture was not copied into the projects folder: %v", err)
	}
	a.step()
	if s := sprite(t, a, "Rocket"); !s.Visible {
		t.Errorf("the new sprite is not on the stage: %+v", s)
	}
}
