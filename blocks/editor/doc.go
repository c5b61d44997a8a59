// Package editor is the logic of Tsumiki's block editor, with no drawing: the scripts of one
// sprite or the stage laid out as Scratch draws them, hit testing, dragging with snapping,
// typing into slots, choosing from dropdowns, and undo. It is driven by pointer and key
// events, so tests can build programs through it tick by tick without a display, and a
// renderer only draws what Layout, Palette and Dragging describe.
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
// Every change (a drop, a deletion, a typed value, a dropdown choice, an undo) is checked
// with blocks.Check before it is kept, and refused when the project would not pass, so the
// app can save and recompile Workspace.Project at any moment. New blocks get the catalog's
// defaults and fresh ids. The file has no place for a reporter standing on its own, so a
// reporter dropped outside a slot goes back where it came from.
package editor
