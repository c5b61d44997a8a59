package value

import (
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"
)

// ParseNumber parses s as JavaScript's Number(s) does.
//
// Leading and trailing JavaScript white space (including line terminators,
// U+00A0, U+FEFF and the Unicode space separators) is ignored, and a string
// that is empty or white space only gives 0. Accepted forms are an optionally
// signed decimal with an optional fraction and exponent (".5", "5.", "1e3",
// "-2.5E-3"), an optionally signed "Infinity", and the unsigned prefixed
// integers "0x…", "0o…" and "0b…" (either case). Everything else is NaN and
// reported as ok == false: numeric separators ("1_000"), "inf", "nan", "1e",
// "0x", "--1", "1,5", a sign before a prefix ("-0x10") and Go-only syntax.
// Results are correctly rounded; overflow gives ±Inf and "-0" gives -0.
func ParseNumber(s string) (f float64, ok bool) {
	if f, ok := parseSimple(s); ok {
		return f, true
	}
	if t := trimSpace(s); len(t) != len(s) {
		if f, ok := parseSimple(t); ok {
			return f, true
		}
		s = t
	}
	if s == "" {
		return 0, true
	}
	switch c := s[0]; {
	case '0' <= c && c <= '9', c == '.', c == '+', c == '-', c == 'I':
	default:
		return 0, false // not a number: the common case for words
	}
	if len(s) > 2 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			return parseRadix(s[2:], 4)
		case 'o':
			return parseRadix(s[2:], 3)
		case 'b':
			return parseRadix(s[2:], 1)
		}
	}
	if !isDecimal(s) {
		return 0, false
	}
	// s is now in a syntax that strconv reads the same way JavaScript does,
	// except for Infinity, which isDecimal admits only in JavaScript's spelling.
	switch s {
	case "Infinity", "+Infinity":
		return math.Inf(1), true
	case "-Infinity":
		return math.Inf(-1), true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !isRangeError(err) {
		return 0, false
	}
	return f, true
}

// parseSimple is the fast path of ParseNumber for the commonest numeric
// text: an optional '-', then at most 15 digits with at most one '.' among
// them. ok == false means only that s is not of that form.
func parseSimple(s string) (f float64, ok bool) {
	if len(s) == 0 || len(s) > 17 {
		return 0, false
	}
	i := 0
	if s[0] == '-' {
		i++
	}
	start := i
	var mant uint64
	for ; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			break
		}
		mant = mant*10 + uint64(c)
	}
	digits, frac := i-start, 0
	if i < len(s) {
		if s[i] != '.' {
			return 0, false
		}
		i++
		for ; i < len(s); i++ {
			c := s[i] - '0'
			if c > 9 {
				return 0, false
			}
			mant = mant*10 + uint64(c)
			frac++
		}
	}
	if digits+frac == 0 || digits+frac > 15 {
		return 0, false
	}
	// mant < 10**15 < 2**53 and 10**frac are exact, so one correctly rounded
	// division gives the correctly rounded result.
	f = float64(mant)
	if frac > 0 {
		f /= math.Pow10(frac)
	}
	if start > 0 {
		f = -f
	}
	return f, true
}

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// isDecimal reports whether s is a JavaScript StrDecimalLiteral:
// [+-] ( "Infinity" | digits [. digits] [exp] | . digits [exp] ), where the
// digits before or after the point may be empty but not both.
func isDecimal(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i++
	}
	if s[i:] == "Infinity" {
		return true
	}
	digits := 0
	for i < len(s) && isDigit(s[i]) {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// parseRadix parses the digits of a 0x, 0o or 0b literal, bits being the
// number of bits per digit. The value is rounded to nearest, ties to even.
func parseRadix(digits string, bits uint) (float64, bool) {
	if digits == "" {
		return 0, false
	}
	radix := uint64(1) << bits
	var v uint64
	overflow := false
	for i := 0; i < len(digits); i++ {
		d, ok := digitValue(digits[i])
		if !ok || d >= radix {
			return 0, false
		}
		if v > math.MaxUint64>>bits {
			overflow = true
		}
		v = v<<bits | d
	}
	if !overflow {
		// Go converts integers to floats rounding to nearest even.
		return float64(v), true
	}
	n, ok := new(big.Int).SetString(digits, int(radix))
	if !ok {
		return 0, false
	}
	f, _ := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(n).Float64()
	return f, true
}

func digitValue(c byte) (uint64, bool) {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0'), true
	case 'a' <= c|0x20 && c|0x20 <= 'f':
		return uint64(c|0x20-'a') + 10, true
	}
	return 0, false
}

// isSpace reports whether r is JavaScript white space or a line terminator,
// the set that String.prototype.trim and Number() remove.
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ',
		0x00A0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// trimSpace removes JavaScript white space from both ends of s.
func trimSpace(s string) string {
	for len(s) > 0 {
		if c := s[0]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[size:]
	}
	for len(s) > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// FormatNumber formats f as JavaScript's Number.prototype.toString() does:
// the shortest digits that read back as f, in fixed notation when
// 1e-7 <= |f| < 1e21 and in exponent notation ("1e+21", "1.5e-7") otherwise.
// Both zeros give "0", NaN gives "NaN" and the infinities "Infinity" and
// "-Infinity".
func FormatNumber(f float64) string {
	switch {
	case f != f:
		return "NaN"
	case f == 0:
		return "0"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == math.Trunc(f) && math.Abs(f) < 1<<53:
		// strconv has the small ones ready-made.
		return strconv.FormatInt(int64(f), 10)
	}
	var buf [40]byte
	return string(appendNumber(buf[:0], f))
}

// appendFormat appends FormatNumber(f) to dst.
func appendFormat(dst []byte, f float64) []byte {
	switch {
	case f != f:
		return append(dst, "NaN"...)
	case f == 0:
		return append(dst, '0')
	case math.IsInf(f, 1):
		return append(dst, "Infinity"...)
	case math.IsInf(f, -1):
		return append(dst, "-Infinity"...)
	}
	return appendNumber(dst, f)
}

// appendNumber appends the JavaScript spelling of the finite, non-zero f.
func appendNumber(dst []byte, f float64) []byte {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		// A whole number below 2**53 is its own shortest representation.
		return strconv.AppendInt(dst, int64(f), 10)
	}
	// Shortest round-trip digits, as "-d.ddde±xx".
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64)
	if e[0] == '-' {
		dst = append(dst, '-')
		e = e[1:]
	}
	// Split into the digit string and the decimal exponent.
	var digits [20]byte
	k := 0
	i := 0
	for ; e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[k] = e[i]
			k++
		}
	}
	exp := 0
	neg := e[i+1] == '-'
	for _, c := range e[i+2:] {
		exp = exp*10 + int(c-'0')
	}
	if neg {
		exp = -exp
	}
	// In ECMAScript's terms, f = 0.d1d2…dk × 10**n.
	n := exp + 1
	d := digits[:k]
	switch {
	case k <= n && n <= 21:
		dst = append(dst, d...)
		for j := k; j < n; j++ {
			dst = append(dst, '0')
		}
	case 0 < n && n <= 21:
		dst = append(dst, d[:n]...)
		dst = append(dst, '.')
		dst = append(dst, d[n:]...)
	case -6 < n && n <= 0:
		dst = append(dst, '0', '.')
		for j := n; j < 0; j++ {
			dst = append(dst, '0')
		}
		dst = append(dst, d...)
	default:
		dst = append(dst, d[0])
		if k > 1 {
			dst = append(dst, '.')
			dst = append(dst, d[1:]...)
		}
		dst = append(dst, 'e')
		if n-1 >= 0 {
			dst = append(dst, '+')
		}
		dst = strconv.AppendInt(dst, int64(n-1), 10)
	}
	return dst
}
