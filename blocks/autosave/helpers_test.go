package autosave

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

// makeProject is version n of a growing project: its name carries the counter, and its list
// grows with n, so later versions take longer to write.
func makeProject(n int) *blocks.Project {
	items := make([]blocks.Value, min(n*40, 20_000))
	for i := range items {
		items[i] = blocks.TextValue(fmt.Sprintf("version %d item %d", n, i))
	}
	return &blocks.Project{
		Format: blocks.FormatVersion,
		Name:   fmt.Sprintf("v%d", n),
		Stage: blocks.Stage{Contents: blocks.Contents{
			Variables: []blocks.Variable{{Name: "counter", Value: blocks.NumberValue(fmt.Sprint(n))}},
			Lists:     []blocks.List{{Name: "bag", Items: items}},
		}},
		Sprites: []blocks.Sprite{},
	}
}

func mustMarshal(t *testing.T, p *blocks.Project) []byte {
	t.Helper()
	b, err := blocks.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustOpen(t *testing.T, dir string) *Folder {
	t.Helper()
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func modTime(t *testing.T, path string) time.Time {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.ModTime()
}

func sameProject(t *testing.T, want, got *blocks.Project) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("project differs (-want +got):\n%s", diff)
	}
}

// temps lists the temporary files left in dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".*"+tempExt))
	if err != nil {
		t.Fatal(err)
	}
	return m
}
