package lesson

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"tsumiki/blocks"
	"tsumiki/runtime"
)

// FormatVersion is the version of the lesson format this package reads.
const FormatVersion = 1

// Ext is how the name of a lesson file ends. The file is named by the lesson's id.
const Ext = ".lesson.json"

// Limits on a lesson file.
const (
	MaxFileSize = 1 << 20 // bytes
	MaxSeconds  = 600     // how long a solution or a check may run
	MaxMinutes  = 600     // how long a workshop may take
)

// Lesson is one lesson: a starting project, a finished one, and the step cards that lead a
// child from the first to the second.
type Lesson struct {
	File     string      // the lesson file's path, for messages
	ID       string      // names the file: ID + Ext
	Title    blocks.Text // in English, Japanese and hiragana
	Seconds  float64     // how long the solution runs in the tests, from the green flag
	Minutes  int         // how long the lesson takes in a workshop
	Start    string      // the starting project: a .tsumiki file in the lesson's folder
	Solution string      // the finished project, in the same folder
	// Inputs are what a child does while the solution runs, stamped with ticks: key presses,
	// clicks, answers. Run checks replay them too.
	Inputs []runtime.Input
	Expect []Assert // what holds when the solution has run for Seconds
	Steps  []Step

	start, solution []byte // the projects' files, when read by Load
}

// Step is one step card.
type Step struct {
	Text blocks.Text // what to do, in each language
	// Blocks is the picture of the blocks the step asks for: one stack, which the app draws
	// from the block catalog. Empty slots hold the catalog's defaults.
	Blocks []*blocks.Block
	// Palette narrows the palette to these opcodes for the step; empty offers every block.
	Palette []string
	Check   *Check // nil when the step has no check
}

// Check is what a step's check looks for: blocks in the project (Contains), or what the
// project does when it runs (Expect, After seconds after the green flag).
type Check struct {
	Sprite   string   // whose scripts Contains searches: a sprite, "Stage", or "" for all
	Contains *Pattern // nil for a check about a run
	After    float64  // seconds to run, for a check about a run
	Expect   *Assert  // nil for a check about the blocks
	Line     int      // where the check is in the lesson file

	off int    // byte offset in the lesson file
	at  string // the entry's path, for messages
}

// Pattern is a block to look for: its opcode and, when given, what its fields and inputs
// hold, what is inside it and what comes below it.
type Pattern struct {
	Opcode string
	Fields map[string]Test
	Inputs map[string]InputPattern
	// Inside must each be found somewhere inside the block: in its C's stacks at any depth,
	// in the reporters there, and in the custom blocks called from there.
	Inside []*Pattern
	// Below must be found, in this order, under the block in its script (also at any depth).
	Below []*Pattern
}

// InputPattern is what an input must hold: a literal passing Test, or a reporter matching
// Block.
type InputPattern struct {
	Test  Test
	Block *Pattern
}

// Assert is one expectation about a running project. Every property given must hold. A nil
// Test, Visible or Items is not asked about.
type Assert struct {
	Sprite   string // the sprite it is about, or "Stage"
	Variable string // a variable: the sprite's own when Sprite is given, else the stage's
	List     string // a list: the same
	X        Test
	Y        Test
	Dir      Test // direction
	Size     Test
	Costume  Test // the costume's name
	Visible  *bool
	Bubble   Test   // what the speech or thought bubble shows now ("" when none)
	Said     Test   // something the sprite said or thought since the green flag
	Touching string // a sprite's name, or "edge"
	Notes    Test   // how many notes the sprite (or the stage) played
	Drums    Test   // how many drums it played
	Value    Test   // the variable's value
	Length   Test   // how many items the list has
	Items    []blocks.Value
	Backdrop Test // the stage's backdrop's name
	Line     int  // where it is in the lesson file

	off int    // byte offset in the lesson file
	at  string // the entry's path, for messages
}

// Test is what a value must be: every condition holds.
type Test []Cond

// Cond compares a value with Value as Scratch's blocks compare: numbers as numbers, text
// without regard to case. Op is one of = != < <= > >= contains.
type Cond struct {
	Op    string
	Value blocks.Value
}

// Parse reads a lesson file; file names it in messages. It does not read the projects the
// lesson names: Load does. Every problem is a *Problem, or a Problems list, with its line.
// A byte order mark, which some editors write at the start, is passed over.
func Parse(file string, data []byte) (*Lesson, error) {
	data = trimBOM(data)
	ps := &problems{file: file, data: data}
	if len(data) > MaxFileSize {
		ps.add(-1, "", msgTooLarge, MaxFileSize>>10)
		return nil, ps.err()
	}
	root, p := readTree(data)
	if p != nil {
		ps.list = append(ps.list, ps.place(p))
		return nil, ps.err()
	}
	d := decoder{ps: ps}
	l := d.lesson(root)
	if err := ps.err(); err != nil {
		return nil, err
	}
	l.File = file
	return l, nil
}

// Load reads the lesson file at name in fsys and the two projects it names beside it, and
// checks that what the lesson asks about (sprites, variables, lists, costumes) is in the
// solution.
func Load(fsys fs.FS, name string) (*Lesson, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, &Problem{File: name, Msg: msgRead, Args: []any{err}}
	}
	data = trimBOM(data)
	l, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	ps := &problems{file: name, data: data}
	if base := path.Base(name); base != l.ID+Ext {
		ps.add(-1, "id", msgFileName, l.ID, l.ID+Ext)
	}
	dir := path.Dir(name)
	var solution *blocks.Project
	for _, f := range []struct {
		field string
		name  string
		dst   *[]byte
	}{{"start", l.Start, &l.start}, {"solution", l.Solution, &l.solution}} {
		file := path.Join(dir, f.name)
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			ps.add(-1, f.field, msgRead, err)
			continue
		}
		p, err := blocks.Parse(data)
		if err != nil {
			ps.list = append(ps.list, &Problem{File: file, Msg: msgProject, Args: []any{err}, off: -1})
			continue
		}
		*f.dst = data
		if f.field == "solution" {
			solution = p
		}
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	if err := l.within(solution, data); err != nil {
		return nil, err
	}
	return l, nil
}

// StartProject returns a new copy of the starting project, as Load read it.
func (l *Lesson) StartProject() (*blocks.Project, error) { return l.project(l.Start, l.start) }

// SolutionProject returns a new copy of the finished project, as Load read it.
func (l *Lesson) SolutionProject() (*blocks.Project, error) {
	return l.project(l.Solution, l.solution)
}

func (l *Lesson) project(name string, data []byte) (*blocks.Project, error) {
	if data == nil {
		return nil, fmt.Errorf("lesson %s: the project %s was not loaded (use Load)", l.ID, name)
	}
	p, err := blocks.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("lesson %s: project %s: %w", l.ID, name, err)
	}
	return p, nil
}

// trimBOM passes over the byte order mark some editors write at the start of a file.
func trimBOM(data []byte) []byte { return bytes.TrimPrefix(data, []byte("\uFEFF")) }

// validID reports whether id is made of small letters, digits and dashes.
func validID(id string) bool {
	if id == "" || strings.HasPrefix(id, "-") {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
