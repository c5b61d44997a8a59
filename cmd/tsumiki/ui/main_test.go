package ui

import (
	"bytes"
	"os"
	"sync"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"tsumiki/assets/fonts"
	"tsumiki/stage/render/gltest"
)

func TestMain(m *testing.M) { os.Exit(gltest.Main(m, "go test: cmd/tsumiki/ui")) }

var (
	fontOnce sync.Once
	fontSrc  *text.GoTextFaceSource
)

// testFace returns the app's font (M+ 1p) at a size, as render.Renderer.Face does.
func testFace(size float64) text.Face {
	fontOnce.Do(func() {
		src, err := text.NewGoTextFaceSource(bytes.NewReader(fonts.MPlus1pRegular))
		if err != nil {
			panic(err)
		}
		fontSrc = src
	})
	return &text.GoTextFace{Source: fontSrc, Size: size}
}

// testEnv is a screen of w×h pixels at a scale.
func testEnv(w, h int, scale float64) Env {
	return Env{Screen: rectWH(0, 0, w, h), Scale: scale, Face: testFace}
}

// send hands events to a widget in order and returns its status after the last.
func send(w Widget, evs ...Event) Status {
	st := Open
	for _, e := range evs {
		st = w.Handle(e)
	}
	return st
}
