package lesson

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tsumiki/blocks"
)

// FuzzParse checks that the lesson parser never panics, that every problem it reports has a
// place inside the file and can be said in each language, and that what it accepts is a
// whole lesson that parses the same again.
func FuzzParse(f *testing.F) {
	seeds := [][]byte{[]byte(baseLesson)}
	names, err := filepath.Glob("../lessons/*" + Ext)
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	for _, data := range seeds {
		f.Add(data)
		f.Add(data[:len(data)/2])
		f.Add(bytes.Replace(data, []byte(`"format": 1`), []byte(`"format": 1, "Format": 2`), 1))
		f.Add(bytes.Replace(data, []byte(`"opcode": "`), []byte(`"opcode": "x`), 1))
		f.Add(bytes.Replace(data, []byte(`"hira": "`), []byte(`"hira": "字`), 1))
		f.Add(bytes.Replace(data, []byte(`"check": {`), []byte(`"check": {"after": 1, `), 1))
		f.Add(bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")))
	}
	f.Add([]byte(strings.Repeat(`{"a":`, 80)))
	f.Add([]byte("\xff\xfe{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Parse("f.lesson.json", data)
		if err != nil {
			var ps Problems
			var p *Problem
			switch {
			case errors.As(err, &ps):
			case errors.As(err, &p):
				ps = Problems{p}
			default:
				t.Fatalf("error %v (%T) is not a lesson problem", err, err)
			}
			lines := bytes.Count(data, []byte("\n")) + 1
			for _, p := range ps {
				if p.Line < 0 || p.Line > lines || p.Line > 0 && p.Col < 1 {
					t.Errorf("problem at line %d, column %d of a file of %d lines: %v", p.Line, p.Col, lines, p)
				}
				for _, lang := range []blocks.Lang{blocks.English, blocks.Japanese, blocks.Hiragana} {
					if s := p.Localize(lang); s == "" || strings.Contains(s, "%!") {
						t.Errorf("in %s: %q", lang, s)
					}
				}
			}
			if len(ps) > maxProblems {
				t.Errorf("%d problems, more than %d", len(ps), maxProblems)
			}
			return
		}
		if !validID(l.ID) || len(l.Steps) == 0 || len(l.Expect) == 0 || l.Start == "" || l.Solution == "" ||
			strings.ContainsFunc(l.Title.Hira, isKanji) {
			t.Fatalf("accepted an incomplete lesson: %+v", l)
		}
		for _, s := range l.Steps {
			if strings.ContainsFunc(s.Text.Hira, isKanji) {
				t.Errorf("accepted kanji in the hiragana %q", s.Text.Hira)
			}
			for _, op := range s.Palette {
				if blocks.Lookup(op) == nil {
					t.Errorf("accepted the unknown block %q", op)
				}
			}
		}
		again, err := Parse("f.lesson.json", data)
		if err != nil || !reflect.DeepEqual(l, again) {
			t.Errorf("a second parse differs: %v", err)
		}
	})
}
