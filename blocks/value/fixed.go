package value

import (
	"math"
	"strconv"
)

// appendFixed appends a with exactly d digits after the point, as
// JavaScript's a.toFixed(d) spells it, for finite 0 <= a < 1e21 and d >= 1.
//
// toFixed rounds the exact binary value of a, and an exact tie goes up
// (0.125.toFixed(2) is "0.13"), where strconv rounds ties to even. A tie is
// only possible when a×2**(d+1) is an odd integer, so that case is found
// exactly and rounded by hand.
func appendFixed(dst []byte, a float64, d int) []byte {
	t := math.Ldexp(a, d+1)
	if t != math.Trunc(t) || math.Mod(t, 2) != 1 {
		return strconv.AppendFloat(dst, a, 'f', d, 64)
	}
	// a has exactly d+1 decimals, the last a 5: drop it and round up.
	start := len(dst)
	dst = strconv.AppendFloat(dst, a, 'f', d+1, 64)
	dst = dst[:len(dst)-1]
	for i := len(dst) - 1; i >= start; i-- {
		switch dst[i] {
		case '.':
			continue
		case '9':
			dst[i] = '0'
			continue
		}
		dst[i]++
		return dst
	}
	// Every digit was 9: the carry makes a new leading 1.
	dst = append(dst, 0)
	copy(dst[start+1:], dst[start:])
	dst[start] = '1'
	return dst
}

// roundDecimals is JavaScript's parseFloat(x.toFixed(d)) for d >= 1: x rounded
// to d decimal places as toFixed rounds, then read back as a number.
func roundDecimals(x float64, d int) float64 {
	if x != x || math.IsInf(x, 0) || math.Abs(x) >= 1e21 {
		// toFixed spells these as toString does, and they read back unchanged.
		return x
	}
	a := math.Abs(x)
	var buf [48]byte
	b := appendFixed(buf[:0], a, d)
	// Read the digits back as an integer n, so that the result is n / 10**d.
	var n uint64
	nd := 0
	for _, c := range b {
		if c != '.' && (nd > 0 || c != '0') {
			n = n*10 + uint64(c-'0')
			nd++
		}
	}
	var r float64
	if nd <= 15 && d <= 22 {
		// n and 10**d are exact, so one correctly rounded division gives
		// the same double that parsing the decimal text would.
		r = float64(n) / math.Pow10(d)
	} else {
		r, _ = strconv.ParseFloat(string(b), 64)
	}
	if x < 0 {
		// "-0.00…" reads back as -0, as parseFloat does.
		r = -r
	}
	return r
}

// toFixed2 is JavaScript's f.toFixed(2) for finite f with |f| < 1e21.
func toFixed2(f float64) string {
	var buf [48]byte
	b := buf[:0]
	if f < 0 {
		b = append(b, '-')
		f = -f
	}
	return string(appendFixed(b, f, 2))
}
