package draw

import (
	"os"
	"testing"

	"tsumiki/stage/render/gltest"
)

func TestMain(m *testing.M) { os.Exit(gltest.Main(m, "go test: blocks/editor/draw")) }
