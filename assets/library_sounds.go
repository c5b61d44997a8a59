package assets

import "tsumiki/blocks"

// soundCategoryLabels names the categories of the library's sounds.
var soundCategoryLabels = map[Category]blocks.Text{}

// soundItems are the library's sounds, MP3 files made by assets/gen.
var soundItems = []Item{}
