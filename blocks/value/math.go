package value

import (
	"math"

	lua "github.com/yuin/gopher-lua"
)

// Round is JavaScript's Math.round: the nearest whole number, halves going
// toward +Inf (2.5 gives 3, -2.5 gives -2). A negative number that rounds to
// zero gives -0, and NaN and the infinities stay as they are.
func Round(f float64) float64 {
	r := math.Round(f) // halves away from zero
	// x - r is exact here, so this finds the negative halves exactly.
	if f < 0 && f-r == 0.5 {
		r++
		if r == 0 {
			r = math.Copysign(0, -1)
		}
	}
	return r
}

// Mod is Scratch's mod block: a remainder that takes the sign of the divisor
// (-1 mod 3 is 2, 1 mod -3 is -2). A zero divisor gives NaN. As in Scratch,
// only a remainder whose sign differs from b's is adjusted, so a mod ±Inf
// is a whenever a is finite.
func Mod(a, b float64) float64 {
	r := math.Mod(a, b)
	if r/b < 0 {
		r += b
	}
	return r
}

// MathOp is the operator_mathop block. op is the menu value, compared
// without regard to ASCII case: "abs", "floor", "ceiling", "sqrt", "sin",
// "cos", "tan", "asin", "acos", "atan" (all in degrees), "ln", "log"
// (computed as ln(f)/ln(10), so log 1000 is 2.9999999999999996, as in
// Scratch), "e ^" and "10 ^". An unknown op gives 0.
//
// As in Scratch, sin, cos and tan are rounded to 10 decimal places, and tan
// is +Inf at 90 and -270 degrees and -Inf at -90 and 270 (after reducing
// the angle by a remainder of 360, which keeps its sign).
func MathOp(op string, f float64) float64 {
	var buf [8]byte
	if len(op) > len(buf) {
		return 0
	}
	for i := 0; i < len(op); i++ {
		buf[i] = lowerASCII(op[i])
	}
	switch string(buf[:len(op)]) {
	case "abs":
		return math.Abs(f)
	case "floor":
		return math.Floor(f)
	case "ceiling":
		return math.Ceil(f)
	case "sqrt":
		return math.Sqrt(f)
	case "sin":
		return roundDecimals(math.Sin(math.Pi*f/180), 10)
	case "cos":
		return roundDecimals(math.Cos(math.Pi*f/180), 10)
	case "tan":
		return tan(f)
	case "asin":
		return math.Asin(f) * 180 / math.Pi
	case "acos":
		return math.Acos(f) * 180 / math.Pi
	case "atan":
		return math.Atan(f) * 180 / math.Pi
	case "ln":
		return math.Log(f)
	case "log":
		return math.Log(f) / math.Ln10
	case "e ^":
		return math.Exp(f)
	case "10 ^":
		return math.Pow(10, f)
	}
	return 0
}

// tan is the tangent of an angle in degrees, as Scratch computes it.
func tan(deg float64) float64 {
	deg = math.Mod(deg, 360)
	switch deg {
	case 90, -270:
		return math.Inf(1)
	case -90, 270:
		return math.Inf(-1)
	}
	return roundDecimals(math.Tan(math.Pi*deg/180), 10)
}

// RandomBetween is the pick-random block. The ends may come in either order.
// When both ends are whole by IsInt the result is a whole number between
// them, both included; otherwise it is a number in [low, high). Equal ends
// give that number. rnd returns a number in [0, 1).
//
// As in Scratch, wholeness is judged on the text as given, so "1.0" makes the
// result fractional, while "1e-3" (no '.') counts as whole.
func RandomBetween(from, to lua.LValue, rnd func() float64) float64 {
	nFrom, nTo := ToNumber(from), ToNumber(to)
	low, high := nFrom, nTo
	if nFrom > nTo {
		low, high = nTo, nFrom
	}
	if low == high {
		return low
	}
	if IsInt(from) && IsInt(to) {
		return low + math.Floor(rnd()*(high+1-low))
	}
	return rnd()*(high-low) + low
}
