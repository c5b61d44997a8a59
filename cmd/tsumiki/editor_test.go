package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/blocks/autosave"
	"tsumiki/blocks/editor"
	"tsumiki/cmd/tsumiki/ui"
	"tsumiki/stage"
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

// TestDropMediaEmbedsIt drops a PNG, an SVG and a WAV on the app with a lesson open: the
// pictures make sprites and the sound goes to the selected sprite, all embedded in the
// project, which saves and loads again as one file, and the running project shows and has them.
func TestDropMediaEmbedsIt(t *testing.T) {
	a := newEditorApp(t, filepath.Join("..", "..", "examples", "counting.tsumiki"), blocks.English)
	pic := encodeTestPNG(t, 40, 30)
	svg := []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><circle cx="30" cy="20" r="15" fill="red"/></svg>`)
	wav := testWAV(4000)
	sel := a.bench.ws.Target()
	selName := targetName(a.bench.ws.Project(), sel)

	if !a.dropMedia(fstest.MapFS{"Beep.wav": {Data: wav}}) {
		t.Fatal("the sound was not taken")
	}
	if !strings.Contains(a.notice, `Added the sound "Beep" to `+selName) {
		t.Errorf("notice %q", a.notice)
	}
	if !a.dropMedia(fstest.MapFS{"Rocket.png": {Data: pic}, "ball.svg": {Data: svg}}) {
		t.Fatal("the pictures were not taken")
	}
	check := func(p *blocks.Project, when string) {
		t.Helper()
		if got := contentsOf(p, sel).Sounds; len(got) == 0 || got[len(got)-1].Name != "Beep" ||
			got[len(got)-1].File != "Beep.wav" || !bytes.Equal(got[len(got)-1].Data, wav) {
			t.Errorf("%s: sounds of %s: %+v", when, selName, got)
		}
		for name, data := range map[string][]byte{"Rocket": pic, "ball": svg} {
			i := slices.IndexFunc(p.Sprites, func(s blocks.Sprite) bool { return s.Name == name })
			if i < 0 {
				t.Errorf("%s: no sprite %s", when, name)
				continue
			}
			if c := p.Sprites[i].Costumes; len(c) != 1 || !bytes.Equal(c[0].Data, data) {
				t.Errorf("%s: %s wears %+v", when, name, c)
			}
		}
	}
	check(a.bench.ws.Project(), "after the drops")

	// The running project shows the new sprites, and has the sound.
	a.step()
	for name, w := range map[string]float64{"Rocket": 40, "ball": 60} {
		var s *stage.Sprite
		for _, sp := range a.cur.rt.World().Sprites {
			if sp.Name == name {
				s = sp
			}
		}
		if s == nil || !s.Visible || len(s.Costumes) != 1 || !strings.HasPrefix(s.Costumes[0].Asset, "data:") || s.Costumes[0].Width != w {
			t.Errorf("%s on the stage: %+v", name, s)
		}
	}
	if len(a.cur.rt.Errors()) > 0 || a.bench.err != "" {
		t.Errorf("the runtime did not take the media: %v %q", a.cur.rt.Errors(), a.bench.err)
	}
	if _, err := a.cur.store.Sound(selName, contentsOf(a.cur.proj, sel).Sounds[len(contentsOf(a.cur.proj, sel).Sounds)-1]); err != nil {
		t.Error(err)
	}

	// Saved, the project is one file: nothing beside it, and it loads with its media.
	if err := a.save(); err != nil {
		t.Fatal(err)
	}
	files, err := os.ReadDir(a.folder.Dir())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.IsDir() {
			t.Errorf("the projects folder has a folder %s", f.Name())
		}
	}
	p, err := a.folder.Load(a.doc.name)
	if err != nil {
		t.Fatal(err)
	}
	check(p, "loaded again")
	b := newEditorApp(t, filepath.Join(a.folder.Dir(), a.doc.name+autosave.Ext), blocks.English)
	check(b.bench.ws.Project(), "opened in a new app")
}

// TestDropBrokenMedia drops files that cannot be added: each is refused with a message that
// names it, and the project does not change.
func TestDropBrokenMedia(t *testing.T) {
	a := newEditorApp(t, "", blocks.English)
	before, err := blocks.Marshal(a.bench.ws.Project())
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"Broken.png": `the picture in "Broken.png" is damaged and cannot be read`,
		"Huge.png":   `The file "Huge.png" is too large: it can be at most 8 MB.`,
		"Big.svg":    `the picture in "Big.svg" is 5000×10 pixels, larger than 2048`,
		"Noise.wav":  `the file "Noise.wav" is not a WAV sound`,
		"Song.mp3":   `the sound in "Song.mp3" is damaged and cannot be read`,
		"Empty.jpg":  `The file "Empty.jpg" is empty.`,
	} {
		data := map[string][]byte{
			"Broken.png": []byte("\x89PNG\r\n\x1a\nnot a picture"),
			"Huge.png":   make([]byte, 9<<20),
			"Big.svg":    []byte(`<svg width="5000" height="10"/>`),
			"Noise.wav":  []byte("hello"),
			"Song.mp3":   []byte("\xff\xfb\x00\x00 nothing that decodes"),
			"Empty.jpg":  {},
		}[name]
		a.clearNotice()
		if !a.dropMedia(fstest.MapFS{name: {Data: data}}) {
			t.Errorf("%s was not taken", name)
		}
		if a.notice != want || !a.noticeBad {
			t.Errorf("dropping %s says %q, want %q", name, a.notice, want)
		}
	}
	after, err := blocks.Marshal(a.bench.ws.Project())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("a refused file changed the project")
	}
	// In Japanese the message names the file too.
	a.setLang(blocks.Hiragana)
	a.dropMedia(fstest.MapFS{"こわれた.png": {Data: []byte("x")}})
	if a.notice != "ファイル「こわれた.png」は PNG の えでは ありません" {
		t.Errorf("in hiragana: %q", a.notice)
	}
}

// TestUploadFromTheSpriteMenu picks a picture and a sound in the file chooser, from the
// selected sprite's menu, going into a folder and back up on the way.
func TestUploadFromTheSpriteMenu(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, ".config"))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "Pictures", "cats"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, "Music"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "Pictures", "cats", "Tama.png"), encodeTestPNG(t, 20, 20), 0o644))
	must(os.WriteFile(filepath.Join(dir, "Pictures", "notes.txt"), []byte("not a picture"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "Music", "beep.WAV"), testWAV(800), 0o644))

	a := newEditorApp(t, "", blocks.English)
	tile := a.layout.SpriteTile(0)
	pick := func(label string) {
		t.Helper()
		a.pickMenuItem(t, label)
	}
	a.click(mid(tile)) // Tsumi is selected: its menu opens
	pick("Upload picture…")
	pick("cats" + string(filepath.Separator))
	pick(".. (the folder above)")
	pick("cats" + string(filepath.Separator))
	pick("Tama.png")
	s := a.bench.ws.Project().Sprites[0]
	if len(s.Costumes) != 2 || s.Costumes[1].Name != "Tama" || s.Costumes[1].Data == nil || s.Costume != 1 {
		t.Fatalf("Tsumi's costumes %+v, wearing %d", s.Costumes, s.Costume)
	}

	a.click(mid(tile))
	pick("Sounds")
	pick("Upload sound…")
	pick("beep.WAV")
	if got := a.bench.ws.Project().Sprites[0].Sounds; len(got) != 1 || got[0].Name != "beep" || got[0].Data == nil {
		t.Fatalf("Tsumi's sounds %+v", got)
	}
	a.click(mid(tile))
	pick("Sounds")
	pick("beep")
	pick(`Delete "beep"`)
	if got := a.bench.ws.Project().Sprites[0].Sounds; len(got) != 0 {
		t.Errorf("after deleting: %+v", got)
	}
	must(a.bench.ws.Undo())
	if got := a.bench.ws.Project().Sprites[0].Sounds; len(got) != 1 {
		t.Errorf("after undo: %+v", got)
	}
}

// pickMenuItem picks the item with label from the menu open over the app (a file chooser is
// one), as a tap does, and closes it as the app does.
func (a *App) pickMenuItem(tb testing.TB, label string) {
	tb.Helper()
	if a.pop == nil {
		tb.Fatalf("no menu open to pick %q from", label)
	}
	var m *ui.Menu
	switch w := a.pop.w.(type) {
	case *ui.Menu:
		m = w
	case *fileChooser:
		m = w.Menu
	default:
		tb.Fatalf("%T is open, not a menu", w)
	}
	var labels []string
	for _, it := range m.Items() {
		labels = append(labels, it.Label)
	}
	i := slices.Index(labels, label)
	if i < 0 {
		tb.Fatalf("no %q in the menu %q", label, labels)
	}
	for m.Active() != i {
		prev := m.Active()
		m.Handle(ui.Press(ui.KeyDown))
		if m.Active() == prev {
			tb.Fatalf("cannot reach %q in the menu %q", label, labels)
		}
	}
	p := a.pop
	if p.w.Handle(ui.Press(ui.KeyEnter)) != ui.Done {
		tb.Fatalf("picking %q did not close the menu", label)
	}
	a.pop = nil
	p.w.Release()
	p.done(ui.Done)
}

// encodeTestPNG returns a w×h grey PNG picture.
func encodeTestPNG(tb testing.TB, w, h int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0xc0
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// testWAV returns a WAV file of n frames of a 16-bit mono saw tone at 8000 Hz.
func testWAV(n int) []byte {
	le := binary.LittleEndian
	data := make([]byte, 2*n)
	for i := range n {
		le.PutUint16(data[2*i:], uint16(int16((i%40-20)*800)))
	}
	out := []byte("RIFF")
	out = le.AppendUint32(out, uint32(36+len(data)))
	out = append(out, "WAVEfmt "...)
	out = le.AppendUint32(out, 16)
	out = le.AppendUint16(out, 1) // PCM
	out = le.AppendUint16(out, 1) // mono
	out = le.AppendUint32(out, 8000)
	out = le.AppendUint32(out, 16000)
	out = le.AppendUint16(out, 2)
	out = le.AppendUint16(out, 16)
	out = append(out, "data"...)
	out = le.AppendUint32(out, uint32(len(data)))
	return append(out, data...)
}
