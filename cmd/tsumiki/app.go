package main

import (
	"fmt"
	"image"
	"io/fs"
	"log"
	"math"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"tsumiki/assets"
	"tsumiki/blocks"
	"tsumiki/blocks/autosave"
	"tsumiki/blocks/editor/draw"
	"tsumiki/cmd/tsumiki/ui"
	"tsumiki/runtime"
	"tsumiki/stage/render"
)

// errorFrames is how long a runtime error stays on the stage: four seconds.
const errorFrames = 4 * 60

// App is the game ebiten runs: it turns input into the runtime's events and the runtime's state
// into pixels. What a project does is all the runtime's.
type App struct {
	lang   blocks.Lang
	layout Layout

	cur   *project         // nil until a project opens: an empty stage
	blank *render.Renderer // draws the empty stage and the text when no project is open

	clock    clock
	pointer  pointerTracker
	onStage  bool // a press that began on the stage is held: its release goes to the runtime
	mouse    [2]float64
	mouseSet bool
	keys     map[string]bool // keys the runtime was told are down
	prompt   *prompt

	drawer    *draw.Drawer // draws blocks
	bench     *workbench   // the editor of the open project; nil when it cannot be edited
	editing   bool         // a window shows the editor, not the stage alone
	codeCache *codeView
	folder    *autosave.Folder // the projects folder; nil when it could not be opened
	saver     *autosaver
	doc       *document // the open project in the folder
	pop       *popup    // the menu or dialog open over everything
	popEnv    image.Rectangle
	uiInput   *ui.Input
	thumbs    map[string]*ebiten.Image               // costume pictures for the sprite tiles
	speaker   *speaker                               // nil plays silently: no sound device, or a test
	tasks     chan func()                            // work from other goroutines, done at the start of a frame
	afterDraw []func(screen *ebiten.Image, l Layout) // reads of the next frame drawn, then dropped
	lessons   *facilitator                           // the facilitator mode's watched lessons folder, or nil
	course    course                                 // the built-in lessons and the open one's step card

	notice      string // a message across the stage
	noticeUntil int64  // the frame it goes away; 0 keeps it until clicked or replaced
	noticeBad   bool   // it says a project did not open, rather than that a script stopped
	frame       int64
}

// project is an open project: its runtime, and the renderer with its pictures.
type project struct {
	src      *source
	proj     *blocks.Project
	store    *assets.Store
	rt       *runtime.Runtime
	rend     *render.Renderer
	question int // the runtime's serial number of the question the answer box shows
	errsSeen int // runtime errors already shown
}

// NewApp returns an app with no project open.
// The editor shows in a window unless editing is false; projects are kept in the folder
// projects ("" for none: nothing is saved).
func NewApp(lang blocks.Lang, editing bool, projects string) (*App, error) {
	blank, err := render.New(assets.NewStore(nil))
	if err != nil {
		return nil, fmt.Errorf("starting the renderer: %w", err)
	}
	d, err := draw.New()
	if err != nil {
		return nil, err
	}
	a := &App{lang: lang, blank: blank, keys: make(map[string]bool), prompt: newPrompt(), drawer: d, editing: editing,
		uiInput: ui.NewInput(), tasks: make(chan func(), 64), thumbs: make(map[string]*ebiten.Image)}
	if projects != "" {
		if a.folder, err = autosave.Open(projects); err != nil {
			log.Printf("projects folder: %v", err)
		} else {
			a.saver = newAutosaver(a.folder)
		}
	}
	return a, nil
}

// StartSound opens the computer's sound device for the projects opened after it. Without one
// the app plays silently, and the error says why.
func (a *App) StartSound() error {
	sp, err := newSpeaker()
	if err != nil {
		return err
	}
	a.speaker = sp
	return nil
}

// saySilent tells the child, unless something more important is on the stage, that the app
// plays silently.
func (a *App) saySilent(why error) {
	log.Printf("sound: %v: playing silently", why)
	if a.notice == "" {
		a.show(msgNoSound.In(a.lang), false)
	}
}

// Open opens a project: the file at path, or the default lesson when path is empty. A project
// that does not open leaves the one before it open, and says why on the stage.
func (a *App) Open(path string) {
	var src *source
	var err error
	if path == "" {
		src, err = openDefault()
	} else {
		src, err = openPath(path)
	}
	if err != nil {
		a.fail(filepath.Base(path), nil, nil, err)
		return
	}
	if a.lessons != nil {
		a.lessons.openedFile(path)
	}
	a.load(src)
}

// load compiles src and makes it the open project, or says why it cannot.
func (a *App) load(src *source) {
	p, err := newProject(src, a.speaker != nil)
	if err == nil {
		p.rend, err = render.New(p.store)
		if err != nil {
			p.rt.Close()
		}
	}
	if err != nil {
		a.fail(src.name, src, p.proj, err)
		src.close()
		return
	}
	a.saveIfEdited()
	a.close()
	a.cur = p
	a.startEditing(p, src)
	a.clock.Reset(p.rt.TickRate(), ebiten.TPS())
	a.clearNotice()
	ebiten.SetWindowTitle(windowTitle(p.proj.Name))
}

// newProject compiles src and sets up its runtime, mixing its sound when withSound is set. On
// failure the project it returns holds the parsed file, if the file parsed, to explain the
// failure with.
func newProject(src *source, withSound bool) (*project, error) {
	p := &project{src: src, store: assets.NewStore(src.files)}
	proj, err := blocks.Parse(src.data)
	if err != nil {
		return p, err
	}
	p.proj = proj
	p.rt, err = runtime.New(snapshot(proj), runtime.Options{Assets: p.store, Sound: withSound})
	return p, err
}

// close ends the open project.
func (a *App) close() {
	if a.cur == nil {
		return
	}
	a.prompt.Close()
	a.cur.rt.Close()
	a.cur.src.close()
	a.cur = nil
	a.onStage, a.mouseSet = false, false
	clear(a.keys)
}

func (a *App) fail(name string, src *source, proj *blocks.Project, err error) {
	msg := msgCannotOpen.Format(a.lang, name) + "\n" + explain(src, proj, err, a.lang)
	if a.cur != nil {
		msg += "\n" + msgKeptPrevious.In(a.lang)
	}
	log.Printf("%s: %v", name, err)
	a.show(msg, true)
}

func (a *App) show(msg string, bad bool) {
	a.notice, a.noticeBad, a.noticeUntil = msg, bad, 0
	if !bad {
		a.noticeUntil = a.frame + errorFrames
	}
}

func (a *App) clearNotice() { a.notice, a.noticeUntil = "", 0 }

// expireNotice takes away a runtime error's notice when its time is up.
func (a *App) expireNotice() {
	if a.noticeUntil != 0 && a.frame >= a.noticeUntil {
		a.clearNotice()
	}
}

func windowTitle(name string) string {
	if name == "" {
		return "Tsumiki"
	}
	return "Tsumiki — " + name
}

// Update handles one frame: files dropped, buttons, the pointer and keys, then the runtime's
// ticks due in this frame.
func (a *App) Update() error {
	a.frame++
	a.doTasks()
	if dropped := ebiten.DroppedFiles(); dropped != nil {
		a.drop(dropped)
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyF11) {
		a.toggleFullscreen()
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyEscape) && ebiten.IsFullscreen() {
		ebiten.SetFullscreen(false)
	}
	if a.updatePopup() {
		a.applyEdits()
		a.run()
		return nil
	}
	for _, ev := range a.pointer.Next(a.pointer.Read()) {
		a.point(ev)
	}
	a.rightClick()
	if a.bench != nil && a.bench.grab != grabNone && a.pointer.last.Down {
		a.editorHold(a.pointer.last.X, a.pointer.last.Y)
	}
	a.editorWheel()
	if !a.editorKeys() {
		a.typeKeys()
	}
	if a.lessons != nil {
		a.lessons.poll(a)
	}
	a.applyEdits()
	a.reportAutosave()
	a.expireNotice()
	a.run()
	if ebiten.IsWindowBeingClosed() {
		a.saveIfEdited()
		if a.saver != nil {
			a.saver.Close()
		}
		return ebiten.Termination
	}
	return nil
}

// Do runs f in the game loop at the start of the next frame, where it may touch the app. Other
// goroutines (the browser's callbacks, for one) reach the app only through it. It does not
// wait for f.
func (a *App) Do(f func()) { a.tasks <- f }

// doTasks runs the work that Do queued.
func (a *App) doTasks() {
	for {
		select {
		case f := <-a.tasks:
			f()
		default:
			return
		}
	}
}

// run steps the runtime as many ticks as fall in this frame, then shows what they asked and
// what went wrong in them.
func (a *App) run() {
	p := a.cur
	if p == nil {
		return
	}
	for n := a.clock.Frame(); n > 0; n-- {
		p.rt.Step()
		a.speaker.Push(p.rt.Samples())
	}
	a.followQuestion(p)
	if errs := p.rt.Errors(); len(errs) > p.errsSeen {
		p.errsSeen = len(errs)
		a.show(blocks.Localize(errs[len(errs)-1], a.lang), false)
	}
}

// followQuestion keeps the answer box in step with the runtime's question: it opens for each
// new question, showing its text unless a sprite already asks it in a speech bubble (as in
// Scratch), and closes when no question is left, however the asking script ended.
func (a *App) followQuestion(p *project) {
	q, asking := p.rt.Question()
	switch {
	case !asking && a.prompt.open:
		a.prompt.Close()
	case asking && (!a.prompt.open || q.Serial != p.question):
		p.question = q.Serial
		text := q.Text
		if q.InBubble {
			text = ""
		}
		a.prompt.Open(text)
	}
}

func (a *App) drop(dropped fs.FS) {
	if a.dropMedia(dropped) {
		return
	}
	src, err := openDropped(dropped)
	switch {
	case err != nil:
		a.fail(msgDropped.In(a.lang), nil, nil, err)
	case src == nil:
		a.show(msgNoProjectDropped.In(a.lang), true)
	default:
		a.load(src)
	}
}

func (a *App) toggleFullscreen() { ebiten.SetFullscreen(!ebiten.IsFullscreen()) }

// send gives the runtime an input, taking effect at the start of its next tick.
func (a *App) send(in runtime.Input) {
	if a.cur == nil {
		return
	}
	in.Tick = a.cur.rt.Tick()
	a.cur.rt.Send(in)
}

// point handles a move, press or release of the mouse or the first finger.
func (a *App) point(ev pointerEvent) {
	l := a.layout
	sx, sy := l.ToStage(ev.X, ev.Y)
	switch ev.Kind {
	case pointerMove:
		a.moveMouse(sx, sy) // anywhere in the window, clamped to the stage's edge, as in Scratch
	case pointerPress:
		at := image.Pt(ev.X, ev.Y)
		if !at.In(l.Flag) && !at.In(l.Stop) && !at.In(l.Toggle) && !l.OnStage(ev.X, ev.Y) && a.editorPress(ev) {
			return
		}
		box, _, check := l.Prompt(a.prompt.question != "")
		switch {
		case at.In(l.Flag):
			a.prompt.Close()
			a.send(runtime.Input{Kind: "flag"})
		case at.In(l.Stop):
			a.prompt.Close()
			a.send(runtime.Input{Kind: "stop"})
		case at.In(l.Toggle):
			a.toggleFullscreen()
		case a.prompt.open && at.In(check):
			a.send(runtime.Input{Kind: "answer", Text: a.prompt.Submit()})
		case a.prompt.open && at.In(box):
			// typing goes to the box already; a press there is not a click on the stage
		case a.notice != "" && a.noticeBad && at.In(a.noticeRect()):
			a.clearNotice()
		case l.OnStage(ev.X, ev.Y):
			a.onStage = true
			a.moveMouse(sx, sy)
			a.send(runtime.Input{Kind: "mousedown", X: sx, Y: sy})
		}
	case pointerRelease:
		if a.bench != nil && a.bench.grab != grabNone {
			a.editorRelease(ev.X, ev.Y)
		}
		if a.onStage {
			a.onStage = false
			a.send(runtime.Input{Kind: "mouseup", X: sx, Y: sy})
		}
	}
}

// moveMouse tells the runtime where the mouse is, when that changed.
func (a *App) moveMouse(x, y float64) {
	if a.mouseSet && a.mouse == [2]float64{x, y} {
		return
	}
	a.mouse, a.mouseSet = [2]float64{x, y}, true
	a.send(runtime.Input{Kind: "mousemove", X: x, Y: y})
}

// typeKeys sends key presses to the runtime, or typing to the answer box while it is open.
func (a *App) typeKeys() {
	if a.prompt.open {
		if a.prompt.Update() {
			a.send(runtime.Input{Kind: "answer", Text: a.prompt.Submit()})
		}
	} else {
		for _, k := range inpututil.AppendJustPressedKeys(nil) {
			if name, ok := keyName(k); ok && !a.keys[name] {
				a.keys[name] = true
				a.send(runtime.Input{Kind: "keydown", Key: name})
			}
		}
	}
	for _, k := range inpututil.AppendJustReleasedKeys(nil) {
		if name, ok := keyName(k); ok && a.keys[name] {
			delete(a.keys, name)
			a.send(runtime.Input{Kind: "keyup", Key: name})
		}
	}
}

// Layout makes the screen as many pixels as the window has on the display, so that the stage
// and text are drawn sharp on a high-DPI screen.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	s := 1.0
	if m := ebiten.Monitor(); m != nil {
		s = m.DeviceScaleFactor()
	}
	w := int(math.Ceil(float64(outsideWidth) * s))
	h := int(math.Ceil(float64(outsideHeight) * s))
	a.layout = screenLayout(w, h, s, ebiten.IsFullscreen(), a.editing, a.bench != nil && a.bench.showCode)
	return w, h
}

// pen returns the pen layer to draw, which the runtime keeps up to date with every step, and
// its version.
func (p *project) pen() (image.Image, int) {
	c := p.rt.Canvas()
	return c.PenLayer(), int(c.Version())
}
