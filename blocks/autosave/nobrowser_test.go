//go:build !(js && wasm)

package autosave

// browserDiskKinds is empty where there is no JavaScript.
func browserDiskKinds() []diskKind { return nil }
