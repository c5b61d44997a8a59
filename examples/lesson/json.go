package lesson

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"unicode/utf8"
)

// maxNesting is how deeply the JSON of a lesson may nest. Block patterns and pictures nest, but
// a lesson a person writes stays far below it.
const maxNesting = 64

// kind is the type of a JSON value.
type kind int

const (
	objectNode kind = iota
	arrayNode
	stringNode
	numberNode
	boolNode
	nullNode
)

// node is one JSON value with where it starts in the file, so that every problem found after
// reading can name its line and column.
type node struct {
	kind    kind
	off     int      // byte offset of the value's first character
	text    string   // a string's text, or a number as it was written
	boolean bool     // a boolean's value
	members []member // an object's entries, in file order
	items   []*node  // an array's items
}

// member is one entry of an object.
type member struct {
	key string
	off int // byte offset of the key's opening quote
	val *node
}

// reader builds the node tree of a file from the tokens of a json.Decoder.
type reader struct {
	data []byte
	dec  *json.Decoder
}

// readTree parses data into a tree of nodes. Broken JSON, a key given twice, nesting past
// maxNesting and anything after the top-level value are problems with their place.
func readTree(data []byte) (*node, *Problem) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	r := reader{data: data, dec: dec}
	n, p := r.value(0)
	if p != nil {
		return nil, p
	}
	off := r.next()
	if off < len(data) {
		return nil, &Problem{off: off, Msg: msgTrailing}
	}
	return n, nil
}

// next returns the offset of the next token: past white space and the commas and colons the
// decoder reads on its own.
func (r *reader) next() int {
	off := int(r.dec.InputOffset())
	for off < len(r.data) {
		switch r.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

// token reads the next token, turning a decoder error into a problem at its place.
func (r *reader) token() (json.Token, int, *Problem) {
	off := r.next()
	tok, err := r.dec.Token()
	if err == nil {
		return tok, off, nil
	}
	var syn *json.SyntaxError
	switch {
	case errors.Is(err, io.EOF) && off >= len(r.data) && len(bytes.TrimSpace(r.data)) == 0:
		return nil, off, &Problem{Msg: msgEmpty}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return nil, off, &Problem{off: len(r.data), Msg: msgTruncated}
	case errors.As(err, &syn):
		at := int(syn.Offset) - 1
		if at < off {
			at = off
		}
		if at >= len(r.data) {
			return nil, off, &Problem{off: len(r.data), Msg: msgTruncated}
		}
		return nil, off, &Problem{off: at, Msg: msgSyntax, Args: []any{syn.Error()}}
	}
	return nil, off, &Problem{off: off, Msg: msgSyntax, Args: []any{err.Error()}}
}

// value reads one JSON value and everything in it.
func (r *reader) value(depth int) (*node, *Problem) {
	tok, off, p := r.token()
	if p != nil {
		return nil, p
	}
	n := &node{off: off}
	switch t := tok.(type) {
	case json.Delim:
		if t == '}' || t == ']' {
			// The decoder refuses these where a value should start, so this is not reached;
			// it stays a problem rather than a panic should that ever change.
			return nil, &Problem{off: off, Msg: msgSyntax, Args: []any{string(t)}}
		}
		if depth >= maxNesting {
			return nil, &Problem{off: off, Msg: msgTooDeep, Args: []any{maxNesting}}
		}
		if t == '[' {
			n.kind = arrayNode
			for r.dec.More() {
				item, p := r.value(depth + 1)
				if p != nil {
					return nil, p
				}
				n.items = append(n.items, item)
			}
		} else {
			n.kind = objectNode
			seen := make(map[string]bool)
			for r.dec.More() {
				tok, koff, p := r.token()
				if p != nil {
					return nil, p
				}
				key, _ := tok.(string)
				if seen[key] {
					return nil, &Problem{off: koff, Msg: msgKeyTwice, Args: []any{key}}
				}
				seen[key] = true
				val, p := r.value(depth + 1)
				if p != nil {
					return nil, p
				}
				n.members = append(n.members, member{key: key, off: koff, val: val})
			}
		}
		if _, _, p := r.token(); p != nil { // the closing bracket
			return nil, p
		}
	case string:
		n.kind, n.text = stringNode, t
	case json.Number:
		n.kind, n.text = numberNode, string(t)
	case bool:
		n.kind, n.boolean = boolNode, t
	case nil:
		n.kind = nullNode
	}
	return n, nil
}

// position returns the 1-based line and column (in characters) of byte offset off.
func position(data []byte, off int) (line, col int) {
	off = max(0, min(off, len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}
