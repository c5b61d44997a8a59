package assets

import (
	"bytes"
	"image"
	"image/png"
	"path"
	"strings"

	"tsumiki/blocks"
)

// pictureFormat reads one kind of picture file. The format of a file is chosen by its
// extension; adding a format, such as SVG, is adding an entry to pictureFormats. (A vector
// format will also say its own resolution, as Scratch gives SVG costumes resolution 1, and
// be rasterized at the scale the stage is drawn at.)
type pictureFormat struct {
	// sniff reports whether data starts as the format's files do. A file that does not is
	// refused with notMsg, such as "the file "cat.png" is not a PNG picture".
	sniff  func(data []byte) bool
	notMsg blocks.Text
	config func(data []byte) (image.Config, error) // reads only the header
	decode func(data []byte) (image.Image, error)
}

var pictureFormats = map[string]*pictureFormat{
	".png": {
		sniff:  func(data []byte) bool { return bytes.HasPrefix(data, []byte(pngMagic)) },
		notMsg: msgNotPNG,
		config: func(data []byte) (image.Config, error) { return png.DecodeConfig(bytes.NewReader(data)) },
		decode: func(data []byte) (image.Image, error) { return png.Decode(bytes.NewReader(data)) },
	},
}

const pngMagic = "\x89PNG\r\n\x1a\n"

// pictureFormatOf returns the format for a file name's extension, or nil.
func pictureFormatOf(name string) *pictureFormat {
	return pictureFormats[strings.ToLower(path.Ext(name))]
}

// isDoubleResolution reports whether a picture file is drawn at 2x: its name without the
// extension ends in "@2x", as "cat@2x.png" does.
func isDoubleResolution(name string) bool {
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	return strings.HasSuffix(strings.ToLower(base), "@2x")
}
