// Package render draws a stage world with ebiten, the way Scratch 3's renderer
// (scratch-render) draws its stage.
//
// A [Renderer] only reads the world. Each [Renderer.Draw] paints, inside a rectangle of the
// destination image:
//
//   - white, then the backdrop;
//   - the pen layer, an image the caller keeps (lines and stamps), uploaded again only when
//     its version changes;
//   - the visible sprites from back to front, at their rounded positions, with their size,
//     direction, rotation style, rotation centre and graphic effects (all seven, in a Kage
//     shader: color, fisheye, whirl, pixelate, mosaic, brightness and ghost);
//   - speech and thought bubbles, shaped, sized and placed as Scratch places them.
//
// Everything is drawn at the output resolution: the transforms are scaled, never a 480×360
// picture, so the stage is crisp in a small window and full screen alike. Costume pictures
// come from a [Pictures] (an [assets.Store] is one); their size in pixels may be any multiple
// of the costume's size in stage pixels, so the library's pictures, drawn at 2x, stay sharp
// up to a 960×720 stage.
//
// Text is drawn with the UI font of package fonts (M+ 1p, with kana and the jōyō kanji);
// [Renderer.Face] gives it to the app for its own buttons and messages.
//
// A Renderer is not safe for concurrent use: call it from ebiten's Draw.
//
// [assets.Store]: tsumiki/assets.Store
package render
