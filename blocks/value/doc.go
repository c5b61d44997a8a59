// Package value gives blocks their Scratch 3 meaning on Lua values.
//
// A block value is a gopher-lua LNumber, LString or LBool. nil and every
// other Lua type are treated as the empty text "". The rules follow
// scratch-vm (src/util/cast.js and the operator, looks and data blocks):
//
//   - Arithmetic reads text as JavaScript's Number() does (ParseNumber), and
//     text that is not a number, like NaN, counts as 0 (ToNumber): "10" + 1
//     is 11. true is 1 and false is 0.
//   - Numbers become text as JavaScript prints them (FormatNumber):
//     0.1 + 0.2 shows 0.30000000000000004, 1e21 shows 1e+21, 100 shows 100.
//     Text keeps its own spelling until arithmetic touches it.
//   - Comparisons are numeric when both sides are numbers, or text that reads
//     as a number and is not empty or white space; otherwise they compare
//     the text without regard to case (Compare, Equal).
//   - Truth: false, 0, NaN, "", "0" and "false" in any case are false;
//     everything else is true (ToBool).
//   - A value is whole when it is a number without a fraction, a boolean,
//     or text without a '.' (IsInt); pick random uses this to choose between
//     whole and fractional results (RandomBetween).
//   - Round halves toward +Inf; mod takes the sign of the divisor; sin, cos
//     and tan work in degrees and are rounded to 10 decimal places (MathOp).
//   - Lists are indexed from 1, and accept "last", "random", "any" and, where
//     it makes sense, "all" (ListIndex).
//   - Speech bubbles show non-whole numbers with two decimals and at most
//     330 characters (BubbleText).
//
// The package has no state, and the common cases (numbers, ASCII text) do
// not allocate.
//
// # Differences from Scratch
//
// One difference is deliberate. JavaScript strings are sequences of UTF-16
// code units, so in Scratch a character outside the Basic Multilingual Plane,
// such as most emoji, counts as two: its length is 2 and "letter 1" gives
// half of it. Here text is a sequence of Unicode code points, so Length,
// LetterOf, BubbleText's cut, and ListContents' one-character test count
// each such character once. Ordering (Compare) still follows UTF-16 code
// units, so sorting matches Scratch.
//
// Beyond that, asin, acos, atan, ln, log, e ^ and 10 ^ use Go's math
// package, and JavaScript leaves the last bit of these functions to the
// engine. Results can differ from a browser's in the last digit: Chrome
// gives acos 0.5 as 60.00000000000001 and 10 ^ -4 as 0.00009999999999999999,
// where Tsumiki gives 59.99999999999999 and 0.0001. sin, cos and tan are
// rounded to 10 decimal places, which hides such differences; they matched
// node on every angle that testdata/js.jsonl holds.
package value
