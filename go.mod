module tsumiki

go 1.26.8

require (
	github.com/google/go-cmp v0.7.0
	github.com/hajimehoshi/go-mp3 v0.3.4
	github.com/yuin/gopher-lua v1.1.2
)
