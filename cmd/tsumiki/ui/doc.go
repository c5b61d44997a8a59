// Package ui has the app's pop-up widgets: menus (block dropdowns and context menus), the
// "New Variable" dialog, the "Make a Block" dialog, the colour picker of the pen and touching
// blocks, and small confirmations and offers, with the text field they type into.
//
// Each widget is a plain model: its layout in screen pixels, worked out from an Env (the
// screen, the scale and the fonts), and its behaviour, driven by Events through Handle. The
// models need no game loop, so tests script them; Draw draws them with ebiten. Input turns
// ebiten's mouse, touch, wheel, keys and input method into Events once a frame.
//
// Every label comes from the caller, which localizes it; the package holds no global state.
package ui
