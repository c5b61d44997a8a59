package editor_test

import (
	"fmt"

	"tsumiki/blocks"
	"tsumiki/blocks/editor"
)

// A child drags "move 10 steps" from the palette into the script area, and types 25 into it.
func Example() {
	p, err := blocks.Parse([]byte(`{"format": 1, "name": "Example", "stage": {"backdrop": 0},
	  "sprites": [{"name": "Tsumi", "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
	    "rotationStyle": "all around", "costume": 0, "layer": 1,
	    "costumes": [{"name": "walk1", "library": "tsumi-walk1"}]}]}`))
	if err != nil {
		panic(err)
	}
	w, err := editor.New(p, 0, editor.Options{Lang: blocks.Japanese})
	if err != nil {
		panic(err)
	}
	w.SetPalette(editor.CategoryDefs(blocks.Motion))
	move := w.Palette().Scripts[0].Boxes[0]
	fmt.Println(blocks.Describe(move.Block, blocks.Japanese))

	// Press on the palette block, move into the script area, let go.
	grab := move.Rect.Min().Add(editor.Point{X: 4, Y: 20})
	w.HandlePointer(editor.Pointer{Kind: editor.PointerDown, Tick: 1, Pos: grab, Pane: editor.PanePalette})
	w.HandlePointer(editor.Pointer{Kind: editor.PointerMove, Tick: 2, Pos: editor.Point{X: 104, Y: 120}})
	g := w.HandlePointer(editor.Pointer{Kind: editor.PointerUp, Tick: 3, Pos: editor.Point{X: 104, Y: 120}})
	fmt.Println(g.Kind == editor.Dropped)

	// Tap the slot and type.
	b := w.Layout().Boxes[0]
	slot := b.Part("STEPS").Rect
	at := editor.Point{X: slot.X + 5, Y: slot.Y + 5}
	w.HandlePointer(editor.Pointer{Kind: editor.PointerDown, Tick: 4, Pos: at})
	w.HandlePointer(editor.Pointer{Kind: editor.PointerUp, Tick: 5, Pos: at})
	w.Type("２５")
	if err := w.Key(editor.KeyEnter); err != nil {
		panic(err)
	}
	s := w.Contents().Scripts[0]
	fmt.Println(s.X, s.Y, s.Blocks[0].ID, blocks.Describe(s.Blocks[0], blocks.English))
	// Output:
	// 10 歩動かす
	// true
	// 100 100 b1 move 25 steps
}
