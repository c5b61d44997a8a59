package blocks

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits on what a project file may hold. A file past them is refused with a clear message
// rather than loaded, so a damaged or hostile file cannot exhaust memory.
const (
	MaxFileSize   = 64 << 20 // bytes: room for the pictures and sounds a project holds
	MaxBlocks     = 100_000  // blocks in the whole project
	MaxDepth      = 32       // blocks nested inside inputs and C blocks
	MaxStack      = 5_000    // blocks in one script, everything inside it counted
	MaxParams     = 32       // parameters of one custom block
	MaxTargets    = 1_000    // sprites
	MaxNameLen    = 200      // characters in a name
	MaxTextLen    = 10_000   // characters in a literal or comment
	MaxListItems  = 200_000  // items in one list, as in Scratch
	MaxDataItems  = 1_000    // variables, lists, costumes or sounds in one target, and messages
	MaxScripts    = 5_000    // scripts in one target
	MaxCoordinate = 1e6      // absolute value of a position on the stage or the workspace
)

// Load reads a project file, checks it against the catalog and returns the project. Every
// problem is reported as a *Problem (or a Problems list) naming where it is.
func Load(r io.Reader) (*Project, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading project: %w", err)
	}
	return Parse(data)
}

// Parse is Load on bytes in memory.
func Parse(data []byte) (*Project, error) {
	if len(data) > MaxFileSize {
		return nil, &Problem{Msg: msgFileTooLarge, Args: []any{MaxFileSize >> 20}}
	}
	if err := prescan(data); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	dec.DisallowUnknownFields()
	var p Project
	if err := dec.Decode(&p); err != nil {
		return nil, jsonProblem(data, err, errorOffset(err, dec, data))
	}
	if dec.More() {
		return nil, &Problem{Line: lineAt(data, dec.InputOffset()), Msg: msgTrailingData}
	}
	if err := Check(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Save writes p in the canonical form: indented JSON with keys in a fixed order. Loading a
// saved file and saving it again gives the same bytes.
func Save(w io.Writer, p *Project) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return fmt.Errorf("saving project: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Marshal returns the canonical bytes of p.
func Marshal(p *Project) ([]byte, error) {
	var buf bytes.Buffer
	err := Save(&buf, p)
	return buf.Bytes(), err
}

// MarshalJSON writes a number as it was spelled, and anything else as a JSON string.
func (v Value) MarshalJSON() ([]byte, error) {
	if v.IsNumber && json.Valid([]byte(v.Text)) && isJSONNumber(v.Text) {
		return []byte(v.Text), nil
	}
	return marshalString(v.Text)
}

// UnmarshalJSON reads a number, a string or a boolean.
func (v *Value) UnmarshalJSON(b []byte) error {
	var x any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&x); err != nil {
		return err
	}
	switch x := x.(type) {
	case json.Number:
		*v = NumberValue(string(x))
	case string:
		*v = TextValue(x)
	case bool:
		*v = TextValue(fmt.Sprint(x))
	default:
		return errNotValue
	}
	return nil
}

// MarshalJSON writes a literal as a value and a reporter as a block object.
func (in *Input) MarshalJSON() ([]byte, error) {
	switch {
	case in.Block != nil:
		return json.Marshal(in.Block)
	case in.Literal != nil:
		return in.Literal.MarshalJSON()
	}
	return []byte("null"), nil
}

// UnmarshalJSON reads a literal, a block object or null (an empty slot).
func (in *Input) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*in = Input{}
		return nil
	case len(b) > 0 && b[0] == '{':
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		dec.DisallowUnknownFields()
		var blk Block
		if err := dec.Decode(&blk); err != nil {
			var nested *offsetError
			if errors.As(err, &nested) {
				return err // already knows its reporter
			}
			return &offsetError{err: err, off: errorOffset(err, dec, b), raw: append([]byte(nil), b...)}
		}
		*in = Input{Block: &blk}
		return nil
	}
	var v Value
	if err := v.UnmarshalJSON(b); err != nil {
		return err
	}
	*in = Input{Literal: &v}
	return nil
}

var errNotValue = errors.New("expected a number or text")

func marshalString(s string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// isJSONNumber reports whether s is exactly one JSON number literal.
func isJSONNumber(s string) bool {
	if s == "" {
		return false
	}
	var n json.Number
	if err := json.Unmarshal([]byte(s), &n); err != nil {
		return false
	}
	return strings.TrimSpace(s) == s
}

// jsonProblem turns a decoding error into a Problem with the file line, found from off, the
// byte offset where the decoder stopped.
func jsonProblem(data []byte, err error, off int64) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	line := lineAt(data, off)
	switch {
	case errors.As(err, &syn):
		return &Problem{Line: line, Msg: msgSyntax, Args: []any{syn.Error()}}
	case errors.As(err, &typ):
		field := strings.ReplaceAll(typ.Field, "Contents.", "")
		return &Problem{Line: line, Msg: msgWrongType, Args: []any{field, typ.Value}}
	case errors.Is(err, io.EOF):
		return &Problem{Msg: msgEmpty}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &Problem{Line: lineAt(data, int64(len(data))), Msg: msgTruncated}
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return &Problem{Line: line, Msg: msgUnknownField, Args: []any{name}}
	}
	return &Problem{Line: line, Msg: msgSyntax, Args: []any{msg}}
}

// lineAt returns the 1-based line holding byte offset off.
func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
