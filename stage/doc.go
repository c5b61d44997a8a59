// Package stage holds the headless world state of a Scratch-like stage:
// sprites and their clones, layer order, motion with Scratch's fencing,
// looks (size, costume, graphic effects, speech bubbles), pen operations
// recorded as data, and touching tests.
//
// The package follows Scratch 3 (scratch-vm together with scratch-render)
// closely, including its quirks, so that projects behave as children expect:
//
//   - Direction wraps like scratch-vm's wrapClamp(d, -179, 180), so -180
//     becomes 180.
//   - A sprite is drawn at its position rounded to whole pixels, and bounds,
//     fencing and touching work from that rounded position, as
//     scratch-render does.
//   - After every move at least min(15, floor(min(w, h)/2)) pixels of the
//     sprite stay on stage, and a fenced coordinate is a whole number.
//   - Touching tests integer points, as scratch-render's CPU path does, and
//     reads a costume's alpha [Mask] with scratch-render's nearest-texel
//     lookup, floor(u·(n-1)) (see [TexelIndex]). A costume without a mask
//     is an opaque rectangle.
//   - [World.Bounds] is the box around the convex hull of the opaque pixels
//     (scratch-render's getBounds) for visible sprites with a mask, and is
//     what touching the edge and bouncing use; fencing uses the whole
//     costume rectangle ([World.AABB]), as scratch-render's getFenceBounds
//     does.
//
// Nothing here draws. A drawing package reads [World.Sprites],
// [World.Stage] and the pen operations taken with [World.TakePenOps];
// [Placement] maps stage points into a placed costume for code that samples
// pictures, such as stage/raster.
//
// Change sprites through World methods rather than by writing fields: the
// methods keep fencing, pen trails, the clone count and the redraw flag
// right. The fields are exported for reading.
//
// A World is not safe for concurrent use; the scheduler owns it.
package stage
