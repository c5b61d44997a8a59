// Package assets is Tsumiki's built-in media library and the loader that resolves a project's
// costumes, backdrops and sounds.
//
// A project names each costume, backdrop and sound as an item of the library, by its name
// such as "tsumi-walk1" or "pop"; as a file embedded in the project file itself (a child's own
// PNG, JPEG or SVG picture, MP3 or WAV sound); or as a file below the project's folder. A
// [Store] resolves them all: the geometry of a costume for the stage with its alpha mask for
// touching, the decoded picture for drawing, and the decoded sound for the mixer. It guards
// against hostile files with limits on size, pixels and seconds, and says what went wrong in
// words a child can follow, in each language the app speaks.
//
// The library (costumes, backdrops, sounds and a 96×96 thumbnail of each, see [Items] and
// [Thumbnail]) is original work of the Tsumiki project, made by the program in the gen folder
// (see LICENSE.md). The package does not draw or play anything itself, so the headless runner
// can use it.
package assets

//go:generate go run ./gen -o library
