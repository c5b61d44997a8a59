package render

import (
	"os"
	"testing"

	"tsumiki/stage/render/gltest"
)

func TestMain(m *testing.M) { os.Exit(gltest.Main(m, "go test: stage/render")) }

// needGL skips a test or benchmark that draws when there is no GL context.
func needGL(tb testing.TB) {
	tb.Helper()
	gltest.Need(tb)
}
