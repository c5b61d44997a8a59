package runtime

import (
	"os"
	"path/filepath"
	"testing"

	"tsumiki/blocks"
)

func loadBench(b *testing.B, name string) *blocks.Project {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "bench", name+".tsumiki"))
	if err != nil {
		b.Fatal(err)
	}
	p, err := blocks.Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

func benchProject(b *testing.B, name string) {
	p := loadBench(b, name)
	b.ReportAllocs()
	var ticks int64
	for b.Loop() {
		rt, err := New(p, Options{})
		if err != nil {
			b.Fatal(err)
		}
		rt.GreenFlag()
		ticks = rt.Run(1 << 20)
		rt.Close()
	}
	b.ReportMetric(float64(ticks), "ticks")
}

func BenchmarkB1Count(b *testing.B)     { benchProject(b, "B1_count") }
func BenchmarkB2CountWarp(b *testing.B) { benchProject(b, "B2_count_warp") }
func BenchmarkB3Fib(b *testing.B)       { benchProject(b, "B3_fib") }
func BenchmarkB4Sprites(b *testing.B)   { benchProject(b, "B4_sprites") }
func BenchmarkB5Strings(b *testing.B)   { benchProject(b, "B5_strings") }
func BenchmarkEmpty(b *testing.B)       { benchProject(b, "empty") }

// BenchmarkStartToFirstTick measures what the runner does before a child sees anything:
// parse the file, check and compile it, start the Lua state, click the flag and run one tick.
func BenchmarkStartToFirstTick(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "counting.tsumiki"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		p, err := blocks.Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		rt, err := New(p, Options{})
		if err != nil {
			b.Fatal(err)
		}
		rt.GreenFlag()
		rt.Step()
		rt.Close()
	}
}
