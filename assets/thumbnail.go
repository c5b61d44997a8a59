package assets

import (
	"bytes"
	"image"
	"image/png"
)

// ThumbnailSize is the width and height of a library item's thumbnail, in pixels.
const ThumbnailSize = 96

// Thumbnail returns the picture the library browser shows for the library item called name:
// a costume, a backdrop or a sound. It is ThumbnailSize pixels square on a transparent
// background, with the item's picture scaled to fit and centred. Each call decodes it again.
// Errors are *Error.
func Thumbnail(name string) (image.Image, error) {
	it, ok := Lookup(name)
	if !ok {
		return nil, newError(nil, msgNoItem, name)
	}
	data, err := library.ReadFile(it.thumbnailFile())
	if err != nil {
		return nil, newError(err, msgNoPicture, it.thumbnailFile())
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, newError(err, msgPictureDamaged, it.thumbnailFile())
	}
	return img, nil
}

// thumbnailFile is the item's thumbnail in the library.
func (it Item) thumbnailFile() string { return "library/thumbs/" + it.Name + ".png" }
