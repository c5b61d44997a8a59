package main

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/png"
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/runtime"
)

// installTestHook gives the browser tests window.tsumikiTest, on pages opened with ?test=1.
// Each method returns a promise that the game loop settles at its next frame, so that the
// tests read the app only where the app itself runs. Positions are CSS pixels of the page.
//
//	layout()                  {flag, stop, stage, scripts, palette}: [x, y, w, h] each
//	paletteBlock(opcode)      [x, y, w, h] of the block in the palette, scrolled to its category; null if none
//	project()                 the project as the editor has it, as JSON
//	stagePNG()                the stage as the next frame draws it, a base64 PNG
//	docName()                 the name the open project is saved under
//	runHeadless(json, ticks)  {ticks, ms}: runs a project without drawing, for benchmarks
func installTestHook(a *App) {
	hook := map[string]any{
		"layout": promised(a, func(resolve func(any)) {
			l := a.layout
			resolve(map[string]any{"flag": cssRect(l.Flag), "stop": cssRect(l.Stop), "stage": cssRect(l.Stage),
				"scripts": cssRect(l.Editor.Scripts), "palette": cssRect(l.Editor.Palette)})
		}),
		"paletteBlock": promisedArg(a, func(opcode js.Value, resolve func(any)) {
			resolve(a.paletteRect(opcode.String()))
		}),
		"project": promised(a, func(resolve func(any)) {
			if a.bench == nil {
				resolve(nil)
				return
			}
			data, err := blocks.Marshal(a.bench.ws.Project())
			if err != nil {
				resolve(nil)
				return
			}
			resolve(string(data))
		}),
		"stagePNG": promised(a, func(resolve func(any)) {
			a.afterDraw = append(a.afterDraw, func(screen *ebiten.Image, l Layout) {
				img := image.NewRGBA(image.Rect(0, 0, l.Stage.Dx(), l.Stage.Dy()))
				screen.SubImage(l.Stage).(*ebiten.Image).ReadPixels(img.Pix)
				var buf bytes.Buffer
				png.Encode(&buf, img)
				resolve(base64.StdEncoding.EncodeToString(buf.Bytes()))
			})
		}),
		"docName": promised(a, func(resolve func(any)) {
			if a.doc == nil {
				resolve(nil)
				return
			}
			resolve(a.doc.name)
		}),
	}
	hook["runHeadless"] = js.FuncOf(func(_ js.Value, args []js.Value) any {
		return runHeadless(args[0].String(), int64(args[1].Int()))
	})
	js.Global().Set("tsumikiTest", hook)
}

// promised makes a method that returns a promise settled by f in the game loop.
func promised(a *App, f func(resolve func(any))) js.Func {
	return js.FuncOf(func(js.Value, []js.Value) any {
		return newPromise(func(resolve func(any)) { a.Do(func() { f(resolve) }) })
	})
}

// promisedArg is promised for a method of one argument.
func promisedArg(a *App, f func(arg js.Value, resolve func(any))) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		arg := js.Undefined()
		if len(args) > 0 {
			arg = args[0]
		}
		return newPromise(func(resolve func(any)) { a.Do(func() { f(arg, resolve) }) })
	})
}

// newPromise returns a JavaScript promise that start settles by calling resolve.
func newPromise(start func(resolve func(any))) js.Value {
	var executor js.Func
	executor = js.FuncOf(func(_ js.Value, args []js.Value) any {
		executor.Release()
		resolve := args[0]
		start(func(v any) { resolve.Invoke(v) })
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}

// cssRect turns a rectangle of screen pixels into [x, y, w, h] in CSS pixels.
func cssRect(r image.Rectangle) []any {
	s := 1.0
	if m := ebiten.Monitor(); m != nil {
		s = m.DeviceScaleFactor()
	}
	return []any{float64(r.Min.X) / s, float64(r.Min.Y) / s, float64(r.Dx()) / s, float64(r.Dy()) / s}
}

// paletteRect scrolls the palette to the category of opcode and returns the block's place
// there, or nil.
func (a *App) paletteRect(opcode string) any {
	wb, d := a.bench, blocks.Lookup(opcode)
	if wb == nil || d == nil {
		return nil
	}
	for i, c := range blocks.Categories() {
		if c.ID == d.Category.ID {
			wb.selectCategory(i)
		}
	}
	for _, b := range wb.ws.Palette().Boxes {
		if b.Block.Opcode == opcode && b.Parent == nil {
			o, z := wb.paletteOrigin(a.layout), paletteZoom(a.layout)
			r := image.Rect(o.X+int(b.Rect.X*z), o.Y+int(b.Rect.Y*z), o.X+int((b.Rect.X+b.Rect.W)*z), o.Y+int((b.Rect.Y+b.Rect.H)*z))
			return cssRect(r)
		}
	}
	return nil
}

// runHeadless runs a project without drawing until its scripts end or maxTicks pass, and
// returns {ticks, ms}, or {error}.
func runHeadless(project string, maxTicks int64) any {
	p, err := blocks.Parse([]byte(project))
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	start := time.Now()
	rt, err := runtime.New(p, runtime.Options{})
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	defer rt.Close()
	rt.GreenFlag()
	ticks := rt.Run(maxTicks)
	return map[string]any{"ticks": ticks, "ms": float64(time.Since(start).Microseconds()) / 1000}
}
