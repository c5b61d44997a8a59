package value

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"
)

// TestJavaScriptGolden checks the package against values that JavaScript
// (node) computed; testdata/gen.js writes testdata/js.jsonl.
func TestJavaScriptGolden(t *testing.T) {
	f, err := os.Open("testdata/js.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	counts := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		var rec []any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		kind := rec[0].(string)
		counts[kind]++
		str := func(i int) string { return rec[i].(string) }
		num := func(i int) float64 {
			u, err := strconv.ParseUint(str(i), 16, 64)
			if err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
			return math.Float64frombits(u)
		}
		switch kind {
		case "fmt":
			x := num(1)
			if got, want := FormatNumber(x), str(2); got != want {
				t.Errorf("line %d: FormatNumber(%v) = %q, want %q", line, x, got, want)
			}
		case "num":
			s, want := str(1), num(2)
			got, ok := ParseNumber(s)
			if !ok {
				got = math.NaN()
			}
			if !sameFloat(got, want) {
				t.Errorf("line %d: ParseNumber(%q) = %v, %v; want %v", line, s, got, ok, want)
			}
		case "cmp":
			want := int(rec[3].(float64))
			if got := compareFold(str(1), str(2)); got != want {
				t.Errorf("line %d: compareFold(%q, %q) = %d, want %d", line, str(1), str(2), got, want)
			}
		case "has":
			want := rec[3].(bool)
			if got := Contains(str(1), str(2)); got != want {
				t.Errorf("line %d: Contains(%q, %q) = %v, want %v", line, str(1), str(2), got, want)
			}
		case "sin", "cos", "tan":
			op, d, want := kind, num(1), num(2)
			if got := MathOp(op, d); !sameFloat(got, want) {
				t.Errorf("line %d: MathOp(%q, %v) = %v, want %v", line, op, d, got, want)
			}
		case "fix2":
			x, want := num(1), str(2)
			if math.Abs(x) < 1e21 {
				if got := toFixed2(x); got != want {
					t.Errorf("line %d: toFixed2(%v) = %q, want %q", line, x, got, want)
				}
			}
		case "fix10":
			x, want := num(1), str(2)
			if math.Abs(x) < 1e21 {
				var buf []byte
				if x < 0 {
					buf = append(buf, '-')
				}
				if got := string(appendFixed(buf, math.Abs(x), 10)); got != want {
					t.Errorf("line %d: toFixed(%v, 10) = %q, want %q", line, x, got, want)
				}
			}
		case "round":
			x, want := num(1), num(2)
			if got := Round(x); !sameFloat(got, want) {
				t.Errorf("line %d: Round(%v) = %v, want %v", line, x, got, want)
			}
		case "mod":
			a, b, want := num(1), num(2), num(3)
			if got := Mod(a, b); !sameFloat(got, want) {
				t.Errorf("line %d: Mod(%v, %v) = %v, want %v", line, a, b, got, want)
			}
		default:
			t.Fatalf("line %d: unknown kind %q", line, kind)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("checked %v", counts)
}

// sameFloat reports whether a and b are the same float64, telling -0 from 0
// and counting NaN equal to NaN.
func sameFloat(a, b float64) bool {
	if a != a || b != b {
		return a != a && b != b
	}
	return math.Float64bits(a) == math.Float64bits(b)
}
