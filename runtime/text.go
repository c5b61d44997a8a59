package runtime

import "unsafe"

// textBuffer makes "set s to (join s …)" in a loop take linear time instead of quadratic.
//
// Go strings are immutable, so joining copies both sides. When the left side is the very text
// the buffer made last, the buffer appends the right side in place past its end and returns a
// longer string over the same bytes. Bytes under a string already handed out are never written
// again: appending only writes beyond every earlier end, and a full buffer is replaced, not
// reused. The result is the same text a plain concatenation gives.
type textBuffer struct {
	buf []byte
}

// minBuffered is the length below which joining just concatenates: short texts gain nothing.
const minBuffered = 256

func (tb *textBuffer) join(a, b string) string {
	n := len(a) + len(b)
	if n < minBuffered || len(b) == 0 {
		return a + b
	}
	if len(tb.buf) > 0 && len(a) == len(tb.buf) && unsafe.StringData(a) == &tb.buf[0] && cap(tb.buf) >= n {
		tb.buf = append(tb.buf, b...)
		return unsafe.String(&tb.buf[0], len(tb.buf))
	}
	nb := make([]byte, 0, 2*n)
	nb = append(append(nb, a...), b...)
	tb.buf = nb
	return unsafe.String(&nb[0], len(nb))
}
