package render

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/assets"
	"tsumiki/blocks"
	"tsumiki/stage"
	"tsumiki/stage/render/gltest"
)

// newTestRenderer returns a Renderer that draws the built-in library.
func newTestRenderer(tb testing.TB) (*Renderer, *assets.Store) {
	tb.Helper()
	needGL(tb)
	store := assets.NewStore(nil)
	r, err := New(store)
	if err != nil {
		tb.Fatal(err)
	}
	return r, store
}

// libraryCostume returns the library item name as a costume.
func libraryCostume(tb testing.TB, store *assets.Store, name string) stage.Costume {
	tb.Helper()
	c, err := store.Costume("test", blocks.Media{Name: name, Library: name})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// newWorld returns a world whose stage shows the library backdrop (none when "").
func newWorld(tb testing.TB, store *assets.Store, backdrop string) *stage.World {
	tb.Helper()
	w := stage.NewWorld()
	if backdrop != "" {
		w.Stage.Backdrops = []stage.Costume{libraryCostume(tb, store, backdrop)}
	}
	return w
}

// addSprite adds a sprite wearing the library costume at x, y.
func addSprite(tb testing.TB, w *stage.World, store *assets.Store, costume string, x, y float64) *stage.Sprite {
	tb.Helper()
	s := stage.NewSprite(costume, libraryCostume(tb, store, costume))
	s.X, s.Y = x, y
	w.Add(s)
	return s
}

// drawStage draws w with pen into a new width×height image and reads it back.
func drawStage(r *Renderer, w *stage.World, pen image.Image, width, height int) *image.RGBA {
	dst := ebiten.NewImage(width, height)
	defer dst.Deallocate()
	r.Draw(dst, dst.Bounds(), w, pen, 1)
	return gltest.ReadBack(dst)
}
