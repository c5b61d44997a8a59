package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSaveToReload measures what a facilitator waits for: from writing a lesson file to
// the watcher's Reloaded event for it (the quiet time of 150 ms is most of it).
func BenchmarkSaveToReload(b *testing.B) {
	dir := b.TempDir()
	file := filepath.Join(dir, "lesson.tsumiki")
	if err := os.WriteFile(file, []byte("0"), 0o644); err != nil {
		b.Fatal(err)
	}
	w, err := New(dir, func(_ string, data []byte) (string, error) { return string(data), nil })
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	<-w.Events() // Loaded
	for i := 0; b.Loop(); i++ {
		if err := os.WriteFile(file, []byte(fmt.Sprint(i+1)), 0o644); err != nil {
			b.Fatal(err)
		}
		for ev := range w.Events() {
			if ev.Kind == Reloaded {
				break
			}
		}
	}
}
