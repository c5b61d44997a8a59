package blocks

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
)

// maxJSONDepth is how deeply the JSON of a file may nest: each level of blocks adds up to
// three (a block, its "inputs" or "stacks" object, a stack's array), plus the levels above the
// first block.
const maxJSONDepth = 3*MaxDepth + 12

// knownKeys holds every key the format uses, from the model's json tags, by lower case.
var knownKeys = collectKeys(reflect.TypeFor[Project]())

func collectKeys(t reflect.Type) map[string]string {
	keys := make(map[string]string)
	seen := make(map[reflect.Type]bool)
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" && name != "-" {
				keys[strings.ToLower(name)] = name
			}
			walk(f.Type)
		}
	}
	walk(t)
	return keys
}

// dataMaps are the objects whose keys are names from the catalog or the project (input,
// field and stack names, parameters), not keys of the format.
var dataMaps = map[string]bool{"fields": true, "inputs": true, "stacks": true}

// prescan reads the raw JSON once before it is decoded, so that a hostile file is refused
// cheaply: nesting past maxJSONDepth, a key in the wrong case (Go's decoder would accept
// "FORMAT" for "format") and a key given twice (the decoder would keep the last silently).
func prescan(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	s := scanner{dec: dec, data: data}
	if err := s.value(0, false); err != nil && !errors.Is(err, errSyntax) {
		return err
	}
	return nil
}

type scanner struct {
	dec  *json.Decoder
	data []byte
}

// errSyntax stops the scan at broken JSON; the decoder then reports it with its line.
var errSyntax = errors.New("syntax")

func (s *scanner) problem(msg Text, args ...any) error {
	return &Problem{Line: lineAt(s.data, s.dec.InputOffset()), Msg: msg, Args: args}
}

// value reads one JSON value. Syntax errors are left to the decoder, which names them better.
func (s *scanner) value(depth int, dataMap bool) error {
	tok, err := s.dec.Token()
	if err != nil {
		return errSyntax
	}
	delim, ok := tok.(json.Delim)
	if !ok || delim == '}' || delim == ']' {
		return nil
	}
	if depth+1 > maxJSONDepth {
		return s.problem(msgTooDeep, MaxDepth)
	}
	if delim == '[' {
		for s.dec.More() {
			if err := s.value(depth+1, false); err != nil {
				return err
			}
		}
		return s.end()
	}
	seen := make(map[string]bool)
	for s.dec.More() {
		tok, err := s.dec.Token()
		if err != nil {
			return errSyntax
		}
		key, _ := tok.(string)
		if seen[key] {
			return s.problem(msgKeyTwice, key)
		}
		seen[key] = true
		if !dataMap {
			if want, ok := knownKeys[strings.ToLower(key)]; ok && want != key {
				return s.problem(msgKeyCase, key, want)
			}
		}
		if err := s.value(depth+1, !dataMap && dataMaps[key]); err != nil {
			return err
		}
	}
	return s.end()
}

// end reads the closing bracket of an object or array.
func (s *scanner) end() error {
	if _, err := s.dec.Token(); err != nil {
		return errSyntax
	}
	return nil
}

// offsetError is a decoding error inside a reporter block, which is decoded on its own: it
// carries the reporter's bytes and where in them it happened, so the file line can be found.
type offsetError struct {
	err error
	off int64  // offset of the problem within raw
	raw []byte // the innermost reporter's JSON, as it stands in the file
}

func (e *offsetError) Error() string { return e.err.Error() }
func (e *offsetError) Unwrap() error { return e.err }

// errorOffset returns where in data a decoder read an error happened.
func errorOffset(err error, dec *json.Decoder, data []byte) int64 {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var nested *offsetError
	switch {
	case errors.As(err, &nested):
		if i := bytes.Index(data, nested.raw); i >= 0 {
			return int64(i) + nested.off
		}
		return dec.InputOffset()
	case errors.As(err, &syn):
		return syn.Offset
	case errors.As(err, &typ):
		return typ.Offset
	}
	return dec.InputOffset()
}
