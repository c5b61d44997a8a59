// Package fonts holds Tsumiki's UI font, for speech bubbles and the app's buttons and
// messages.
//
// The font is M+ 1p Regular cut down to printable ASCII and Latin-1, kana, common Japanese
// punctuation and symbols, and the 2,136 jōyō kanji, which include the 1,026 kanji taught in
// primary school. README.md says how it is made and why; LICENSE.md is its licence.
//
// The package only holds bytes, so the headless runner may import it.
package fonts

import _ "embed"

//go:generate go run ./gen -o mplus-1p-regular-subset.ttf

// MPlus1pRegular is the UI font, a TrueType file. Do not change the slice.
//
//go:embed mplus-1p-regular-subset.ttf
var MPlus1pRegular []byte
