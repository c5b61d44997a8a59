package assets

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"
	"path"
	"strings"

	"tsumiki/blocks"
)

// pictureFormat reads one kind of picture file. The format of a file is chosen by its
// extension.
type pictureFormat struct {
	// sniff reports whether data starts as the format's files do. A file that does not is
	// refused with notMsg, such as "the file "cat.png" is not a PNG picture".
	sniff  func(data []byte) bool
	notMsg blocks.Text
	config func(data []byte) (image.Config, error) // reads only what the size needs
	decode func(data []byte) (image.Image, error)
	// vector is set for a format measured in stage pixels and rasterized at svgScale
	// pixels a stage pixel, as Scratch gives SVG costumes resolution 1 and the stage is drawn
	// at 2x.
	vector bool
}

var (
	pngFormat = &pictureFormat{
		sniff:  func(data []byte) bool { return bytes.HasPrefix(data, []byte(pngMagic)) },
		notMsg: msgNotPNG,
		config: func(data []byte) (image.Config, error) { return png.DecodeConfig(bytes.NewReader(data)) },
		decode: func(data []byte) (image.Image, error) { return png.Decode(bytes.NewReader(data)) },
	}
	jpegFormat = &pictureFormat{
		sniff:  func(data []byte) bool { return bytes.HasPrefix(data, []byte(jpegMagic)) },
		notMsg: msgNotJPEG,
		config: func(data []byte) (image.Config, error) { return jpeg.DecodeConfig(bytes.NewReader(data)) },
		decode: func(data []byte) (image.Image, error) { return jpeg.Decode(bytes.NewReader(data)) },
	}
	svgFormat = &pictureFormat{
		sniff:  looksLikeSVG,
		notMsg: msgNotSVG,
		config: svgConfig,
		decode: decodeSVG,
		vector: true,
	}
)

// pictureFormats are the picture formats by file extension.
var pictureFormats = map[string]*pictureFormat{
	".png":  pngFormat,
	".jpg":  jpegFormat,
	".jpeg": jpegFormat,
	".svg":  svgFormat,
}

const (
	pngMagic  = "\x89PNG\r\n\x1a\n"
	jpegMagic = "\xff\xd8\xff"
)

// pictureFormatOf returns the format for a file name's extension, or nil.
func pictureFormatOf(name string) *pictureFormat {
	return pictureFormats[strings.ToLower(path.Ext(name))]
}

// IsPicture reports whether a file's name says it is a picture Tsumiki can show: a PNG,
// JPEG or SVG file.
func IsPicture(name string) bool { return pictureFormatOf(name) != nil }

// isDoubleResolution reports whether a picture file is drawn at 2x: its name without the
// extension ends in "@2x", as "cat@2x.png" does.
func isDoubleResolution(name string) bool {
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	return strings.HasSuffix(strings.ToLower(base), "@2x")
}
