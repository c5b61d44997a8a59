// Package examples holds the example projects and lessons, embedded so that the app and the
// runner can open them with nothing else installed.
package examples

import "embed"

// Files holds every example project (*.tsumiki) and the media files beside them.
//
//go:embed *.tsumiki
var Files embed.FS

// Default is the lesson the app and the runner open when given no file.
const Default = "counting.tsumiki"
