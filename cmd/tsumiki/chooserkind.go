package main

import "tsumiki/assets"

// chooserKind is what a file chooser offers: pictures or sounds.
type chooserKind int

const (
	choosePicture chooserKind = iota
	chooseSound
)

// matches reports whether a file's name says it is of the kind.
func (k chooserKind) matches(name string) bool {
	if k == chooseSound {
		return assets.IsSound(name)
	}
	return assets.IsPicture(name)
}
