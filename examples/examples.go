// Package examples holds the example projects and lessons, embedded so that the app and the
// runner can open them with nothing else installed.
package examples

import "embed"

// Files holds every example project (*.tsumiki) and the recorded input events that some of
// them replay (<name>.inputs.json: key presses, typed answers). The examples take their
// costumes from the built-in library, so no media files sit beside them.
//
//go:embed *.tsumiki *.inputs.json
var Files embed.FS

// Default is the lesson the app and the runner open when given no file.
const Default = "counting.tsumiki"
