package main

import (
	"io/fs"

	"tsumiki/assets"
	"tsumiki/runtime"
)

func assetsFor(files fs.FS) runtime.Assets { return assets.NewStore(files) }
