// Package assets is Tsumiki's built-in media library and the loader that resolves a project's
// costumes and sounds.
//
// A project names each costume, backdrop and sound either as an item of the library, by its
// name such as "tsumi-walk1", or as a file below the project's folder. A [Store] resolves
// both: the geometry of a costume for the stage with its alpha mask for touching, how long a
// sound plays, and the decoded picture for drawing. It reads files through an [io/fs.FS],
// guards against hostile files with limits on size and pixels, and says what went wrong in
// words a child can follow, in each language the app speaks.
//
// The library's pictures are original works of the Tsumiki project, drawn by the program in
// the gen folder (see LICENSE.md). The package does not draw anything itself, so the headless
// runner can use it.
package assets

//go:generate go run ./gen -o library
