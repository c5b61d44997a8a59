package value

import (
	"math"
	"testing"

	lua "github.com/yuin/gopher-lua"
)

// sink keeps the compiler from optimising benchmarked calls away.
var (
	sink    any
	strSink string
)

func BenchmarkToNumberNumber(b *testing.B) {
	v := lua.LValue(lua.LNumber(42.5))
	var f float64
	for b.Loop() {
		f += ToNumber(v)
	}
	sink = f
}

func BenchmarkToNumberString(b *testing.B) {
	for _, s := range []string{"123", "3.14159", " 42 ", "abc"} {
		v := lua.LValue(lua.LString(s))
		b.Run(s, func(b *testing.B) {
			var f float64
			for b.Loop() {
				f += ToNumber(v)
			}
			sink = f
		})
	}
}

func BenchmarkCompare(b *testing.B) {
	cases := []struct {
		name string
		a, c lua.LValue
	}{
		{"numbers", lua.LNumber(3), lua.LNumber(4)},
		{"number-text", lua.LNumber(10), lua.LString("10")},
		{"ascii", lua.LString("Hello World"), lua.LString("hello world")},
		{"unicode", lua.LString("にほんご"), lua.LString("にほんご")},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				n += Compare(c.a, c.c)
			}
			sink = n
		})
	}
}

func BenchmarkFormatNumber(b *testing.B) {
	for _, c := range []struct {
		name string
		x    float64
	}{{"small-int", 42}, {"int", 123456}, {"fraction", 0.30000000000000004}, {"exponent", 1.5e-7}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				strSink = FormatNumber(c.x)
			}
		})
	}
}

func BenchmarkContains(b *testing.B) {
	for b.Loop() {
		sink = Contains("The quick brown fox jumps over the lazy dog", "LAZY")
	}
}

// TestNoAllocations checks that the hot paths do not allocate.
func TestNoAllocations(t *testing.T) {
	num, str, txt := lua.LValue(lua.LNumber(3)), lua.LValue(lua.LString("3.5")), lua.LValue(lua.LString("Hello"))
	cases := map[string]func(){
		"ToNumber(number)":  func() { ToNumber(num) },
		"ToNumber(text)":    func() { ToNumber(str) },
		"ToBool(text)":      func() { ToBool(txt) },
		"Compare(numbers)":  func() { Compare(num, num) },
		"Compare(mixed)":    func() { Compare(num, str) },
		"Compare(text)":     func() { Compare(lua.LNumber(-123.456), txt) },
		"Compare(NaN)":      func() { Compare(lua.LNumber(math.NaN()), lua.LNumber(1e300)) },
		"Equal(ascii)":      func() { Equal(txt, lua.LString("hello")) },
		"Equal(unicode)":    func() { Equal(lua.LString("にほんご"), lua.LString("ニホンゴ")) },
		"Contains(ascii)":   func() { Contains("Hello World", "WORLD") },
		"Contains(unicode)": func() { Contains("にほんご", "ほん") },
		"Length":            func() { Length("にほんご") },
		"LetterOf":          func() { LetterOf("にほんご", 2) },
		"MathOp":            func() { MathOp("sin", 30) },
		"MathOp(tan)":       func() { MathOp("tan", 45) },
		"ListIndex":         func() { ListIndex(lua.LString("last"), 3, false, nil) },
		"FormatNumber(7)":   func() { FormatNumber(7) },
		"Round":             func() { Round(2.5) },
	}
	for name, f := range cases {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
}
