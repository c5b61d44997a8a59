package main

import (
	"errors"
	"fmt"
	"image"
	"io/fs"
	"log"
	"net/url"
	"path"
	"strings"
	"syscall/js"
	"testing/fstest"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/blocks/autosave"
	"tsumiki/examples"
)

// The browser build: the same app, in a page. Its links carry what a facilitator chooses:
//
//	?lesson=NAME     open a lesson of examples/ (its file name without .tsumiki)
//	?lang=en|ja|ja-Hira
//	?project=URL     open a project from the same server
//	?present=1       the stage alone with the flag and stop, to present
//	?test=1          the hook that the browser tests drive (see testhook_js.go)
//
// Projects are kept in the browser's storage; the File menu also opens a file from the
// computer and saves one to it (a download).

func main() {
	params := pageParams()
	lang := pageLang(params.Get("lang"))
	present := params.Get("present") == "1"
	app, err := NewApp(lang, !present, "")
	if err != nil {
		log.Fatal(err)
	}
	if folder, err := autosave.OpenBrowser(); err != nil {
		log.Printf("browser storage: %v", err)
		app.show(blocks.Localize(err, lang), true)
	} else {
		app.folder, app.saver = folder, newAutosaver(folder)
	}
	app.StartSound()
	app.openFromPage(params)
	if !present {
		app.offerRecovery()
	}
	if params.Get("test") == "1" {
		installTestHook(app)
	}
	app.Do(func() { // the first frame: the page's loader can go
		js.Global().Set("tsumikiReady", true)
		if f := js.Global().Get("onTsumikiReady"); f.Type() == js.TypeFunction {
			f.Invoke()
		}
	})
	ebiten.SetWindowTitle(windowTitle(""))
	if err := ebiten.RunGame(app); err != nil {
		log.Fatal(err)
	}
}

// pageParams returns the page's query parameters.
func pageParams() url.Values {
	q, err := url.ParseQuery(strings.TrimPrefix(js.Global().Get("location").Get("search").String(), "?"))
	if err != nil {
		return url.Values{}
	}
	return q
}

// pageLang is the language the link asks for, else the browser's: Japanese for a Japanese
// browser, English otherwise.
func pageLang(asked string) blocks.Lang {
	if l, ok := blocks.ParseLang(asked); ok && asked != "" {
		return l
	}
	if strings.HasPrefix(js.Global().Get("navigator").Get("language").String(), "ja") {
		return blocks.Japanese
	}
	return blocks.English
}

// openFromPage opens what the link asks for: a lesson, a project on the same server, or the
// default lesson.
func (a *App) openFromPage(params url.Values) {
	switch {
	case params.Get("lesson") != "":
		name := path.Base(params.Get("lesson"))
		file := strings.TrimSuffix(name, ".tsumiki") + ".tsumiki"
		if _, err := fs.Stat(examples.Files, file); err != nil {
			a.fail(name, nil, nil, &blocks.Problem{Msg: msgNoLesson, Args: []any{name}})
			a.Open("")
			return
		}
		a.openLesson(file)
	case params.Get("project") != "":
		a.Open("")
		addr := params.Get("project")
		go func() {
			data, err := fetchSameOrigin(addr)
			a.Do(func() {
				if err != nil {
					a.fail(path.Base(addr), nil, nil, err)
					return
				}
				a.load(&source{name: path.Base(addr), data: data})
			})
		}()
	default:
		a.Open("")
	}
}

// fetchSameOrigin reads a file from the server the page came from. Other sites are refused:
// a link must not make the app load something from elsewhere.
func fetchSameOrigin(addr string) ([]byte, error) {
	loc := js.Global().Get("location")
	u, err := url.Parse(addr)
	if err != nil {
		return nil, &blocks.Problem{Msg: msgBadProjectLink, Args: []any{addr}}
	}
	base, _ := url.Parse(loc.Get("href").String())
	u = base.ResolveReference(u)
	if u.Scheme != base.Scheme || u.Host != base.Host {
		return nil, &blocks.Problem{Msg: msgOtherSite, Args: []any{addr}}
	}
	resp, err := await(js.Global().Call("fetch", u.String()))
	if err != nil || !resp.Get("ok").Bool() {
		return nil, &blocks.Problem{Msg: msgCannotFetch, Args: []any{addr}}
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, &blocks.Problem{Msg: msgCannotFetch, Args: []any{addr}}
	}
	if n := buf.Get("byteLength").Int(); n > blocks.MaxFileSize {
		return nil, fmt.Errorf("the project file is larger than %d MB", blocks.MaxFileSize>>20)
	}
	return bytesOf(buf), nil
}

// await waits for a JavaScript promise. Call it from a goroutine of its own, never from a
// callback that JavaScript is waiting for.
func await(p js.Value) (js.Value, error) {
	done := make(chan struct{})
	var v js.Value
	var err error
	ok := js.FuncOf(func(_ js.Value, args []js.Value) any {
		v = args[0]
		close(done)
		return nil
	})
	fail := js.FuncOf(func(_ js.Value, args []js.Value) any {
		err = errors.New(args[0].Call("toString").String())
		close(done)
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	p.Call("then", ok, fail)
	<-done
	return v, err
}

// bytesOf copies an ArrayBuffer into Go.
func bytesOf(buf js.Value) []byte {
	arr := js.Global().Get("Uint8Array").New(buf)
	data := make([]byte, arr.Get("length").Int())
	js.CopyBytesToGo(data, arr)
	return data
}

// pickFiles shows the browser's file picker for files of the types accept lists, and calls
// got in the game loop with each file picked (none when the child cancels). It must run
// soon after a click or a key, as browsers allow a picker only then.
func (a *App) pickFiles(accept string, multiple bool, got func(name string, data []byte)) {
	doc := js.Global().Get("document")
	input := doc.Call("createElement", "input")
	input.Set("type", "file")
	input.Set("accept", accept)
	input.Set("multiple", multiple)
	var onChange js.Func
	onChange = js.FuncOf(func(js.Value, []js.Value) any {
		onChange.Release()
		files := input.Get("files")
		go func() {
			for i := range files.Get("length").Int() {
				f := files.Index(i)
				name := f.Get("name").String()
				buf, err := await(f.Call("arrayBuffer"))
				if err != nil {
					a.Do(func() { a.show(msgCannotReadFile.Format(a.lang, name), true) })
					continue
				}
				data := bytesOf(buf)
				a.Do(func() { got(name, data) })
			}
		}()
		return nil
	})
	input.Call("addEventListener", "change", onChange)
	input.Call("click")
}

// chooseAndImport shows the browser's file picker for pictures or sounds and imports the file
// picked with add, saying what went wrong when it cannot.
func (a *App) chooseAndImport(kind chooserKind, _ image.Rectangle, add func(fsys fs.FS, name string) error) {
	accept := "image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
	if kind == chooseSound {
		accept = "audio/mpeg,audio/wav,audio/x-wav,.mp3,.wav"
	}
	a.pickFiles(accept, false, func(name string, data []byte) {
		if !kind.matches(name) {
			a.show(msgNotThatKind.Format(a.lang, name), true)
			return
		}
		if err := add(fstest.MapFS{name: {Data: data}}, name); err != nil {
			a.show(localizeAll([]error{err}, a.lang), true)
		}
	})
}

// computerFileActions are the File menu's ways to move a project between the browser and the
// computer: open a .tsumiki file, and save the project as one (a download).
func (a *App) computerFileActions() []menuAction {
	acts := []menuAction{{msgOpenFromComputer, func() {
		a.pickFiles(".tsumiki,application/json", false, func(name string, data []byte) {
			a.load(&source{name: name, data: data})
		})
	}}}
	if a.bench != nil {
		acts = append(acts, menuAction{msgSaveToComputer, a.download})
	}
	return acts
}

// download saves the open project to the computer as NAME.tsumiki, through the browser's
// downloads.
func (a *App) download() {
	data, err := blocks.Marshal(a.bench.ws.Project())
	if err != nil {
		a.show(blocks.Localize(err, a.lang), true)
		return
	}
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	blob := js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": "application/json"})
	href := js.Global().Get("URL").Call("createObjectURL", blob)
	link := js.Global().Get("document").Call("createElement", "a")
	link.Set("href", href)
	name := a.bench.ws.Project().Name
	if a.doc != nil {
		name = a.doc.name
	}
	if clean, err := autosave.CleanName(name); err == nil {
		name = clean
	} else {
		name = "project"
	}
	link.Set("download", name+autosave.Ext)
	link.Call("click")
	js.Global().Get("URL").Call("revokeObjectURL", href)
}
