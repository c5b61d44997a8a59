// Package editor is the logic of Tsumiki's block editor, with no drawing: the scripts of one
// sprite or the stage laid out as Scratch draws them, hit testing, dragging with snapping,
// typing into slots, choosing from dropdowns, the context menu's duplicate, delete, comment
// and clean up, the palette with its buttons and checkboxes, the project's variables, lists,
// messages, custom blocks, sprites and costumes, and one undo history for the whole project.
// It is driven by pointer and key events and plain calls, so tests can build programs
// through it tick by tick without a display, and a renderer only draws what Layout,
// PaletteView and Dragging describe.
//
// # Units
//
// Everything is in workspace units: a stack block is 48 high, a reporter 40, a slot 32, as
// Scratch's blocks are at zoom 1 (Metrics). A renderer scales and scrolls the workspace;
// the app turns screen positions into workspace (or palette) positions before it sends
// them. Text is measured by a Measurer, so that the layout needs no font engine:
// FixedMeasurer for tests, UIMeasurer for the app's font.
//
// # The project stays valid
//
// Every change (a drop, a deletion, a typed value, a dropdown choice, a variable made, a
// sprite renamed, an undo) is checked with blocks.Check before it is kept, and refused when the project would not pass, so the
// app can save and recompile Workspace.Project at any moment. New blocks get the catalog's
// defaults and fresh ids. The file has no place for a reporter standing on its own, so a
// reporter dropped outside a slot goes back where it came from.
//
// # Undo
//
// The history keeps whole-project snapshots: the project's structs copied shallowly, sharing
// every block and slice a change did not touch, since nothing reachable from a snapshot is
// ever changed. Undo and redo restore the whole project and edit again the target the change
// was made on (SetTarget switches targets without a change). Version grows with every change
// kept, so the app knows when to recompile and autosave.
package editor
