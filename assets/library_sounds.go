package assets

// soundItems are the library's sounds, MP3 files made by assets/gen.
var soundItems = []Item{}
