package blocks

import (
	"io/fs"
	"math"
	"strings"
	"unicode/utf8"
)

// StageName is the name the stage goes by in messages and menus.
const StageName = "Stage"

// maxProblems is how many problems Check lists before it stops looking.
const maxProblems = 20

// Check reports every problem in p, or nil when it can be compiled and run. The problems are a
// Problems list in file order.
func Check(p *Project) error {
	c := checker{p: p, ids: make(map[string]bool)}
	c.project()
	if len(c.problems) == 0 {
		return nil
	}
	return c.problems
}

type checker struct {
	p        *Project
	problems Problems
	ids      map[string]bool
	blocks   int

	// where the walk is
	target   string
	contents *Contents
	isStage  bool
	script   int
	procs    map[string]*Proc // custom blocks of the current target, by code
	params   map[string]byte  // parameters of the definition being walked, with their kinds
}

func (c *checker) add(b *Block, msg Text, args ...any) {
	if len(c.problems) >= maxProblems {
		return
	}
	pr := &Problem{Target: c.target, Script: c.script, Msg: msg, Args: args}
	if b != nil {
		pr.Block, pr.Opcode = b.ID, b.Opcode
		if Lookup(b.Opcode) != nil {
			pr.Words = WordsOf(b)
		}
	}
	c.problems = append(c.problems, pr)
}

func (c *checker) full() bool { return len(c.problems) >= maxProblems }

func (c *checker) project() {
	p := c.p
	if p.Format != FormatVersion {
		c.add(nil, msgFormat, p.Format, FormatVersion)
		return
	}
	if utf8.RuneCountInString(p.Name) > MaxNameLen {
		c.add(nil, msgNameBad, p.Name[:min(len(p.Name), 40)]+"…")
	}
	if p.TickRate != 0 && p.TickRate != 30 && p.TickRate != 60 {
		c.add(nil, msgTickRate, p.TickRate)
	}
	c.count(len(p.Sprites), MaxTargets, Text{"sprites", "スプライト", "スプライト"})
	c.count(len(p.Messages), MaxDataItems, Text{"messages", "メッセージ", "メッセージ"})
	c.names(p.Messages, true)

	c.target, c.contents, c.isStage = StageName, &p.Stage.Contents, true
	c.contentsOf(&p.Stage.Contents)
	if n := len(p.Stage.Costumes); n > 0 && (p.Stage.Backdrop < 0 || p.Stage.Backdrop >= n) {
		c.add(nil, msgCostumeIndex, p.Stage.Backdrop+1)
	}
	spriteNames := make([]string, len(p.Sprites))
	for i := range p.Sprites {
		spriteNames[i] = p.Sprites[i].Name
	}
	c.target = ""
	c.names(spriteNames, false)
	for i := range p.Sprites {
		if c.full() {
			return
		}
		s := &p.Sprites[i]
		c.target, c.contents, c.isStage = s.Name, &s.Contents, false
		c.sprite(s)
	}
}

func (c *checker) sprite(s *Sprite) {
	if strings.HasPrefix(s.Name, "_") && strings.HasSuffix(s.Name, "_") || s.Name == StageName {
		c.add(nil, msgNameBad, s.Name)
	}
	for _, f := range []struct {
		name  string
		v     float64
		limit float64
	}{{"x", s.X, MaxCoordinate}, {"y", s.Y, MaxCoordinate}, {"direction", s.Direction, MaxCoordinate},
		{"size", s.Size, MaxCoordinate}, {"layer", float64(s.Layer), MaxTargets + 1}} {
		if math.IsNaN(f.v) || math.Abs(f.v) > f.limit {
			c.add(nil, msgNumber, f.name, f.v)
		}
	}
	switch s.RotationStyle {
	case "all around", "left-right", "don't rotate":
	default:
		c.add(nil, msgRotationStyle, s.RotationStyle)
	}
	if len(s.Costumes) == 0 {
		c.add(nil, msgNoCostume)
	} else if s.Costume < 0 || s.Costume >= len(s.Costumes) {
		c.add(nil, msgCostumeIndex, s.Costume+1)
	}
	for _, v := range s.Variables {
		if c.p.Stage.variable(v.Name) != nil {
			c.add(nil, msgVariableClash, v.Name)
		}
	}
	c.contentsOf(&s.Contents)
}

func (c *checker) contentsOf(t *Contents) {
	c.count(len(t.Variables), MaxDataItems, Text{"variables", "変数", "へんすう"})
	c.count(len(t.Lists), MaxDataItems, Text{"lists", "リスト", "リスト"})
	c.count(len(t.Costumes), MaxDataItems, Text{"costumes", "コスチューム", "コスチューム"})
	c.count(len(t.Sounds), MaxDataItems, Text{"sounds", "音", "おと"})
	c.count(len(t.Scripts), MaxScripts, Text{"scripts", "スクリプト", "スクリプト"})
	var names []string
	for _, v := range t.Variables {
		names = append(names, v.Name)
		c.value(nil, v.Value)
	}
	c.names(names, false)
	names = names[:0]
	for _, l := range t.Lists {
		names = append(names, l.Name)
		if len(l.Items) > MaxListItems {
			c.add(nil, msgTooMany, MaxListItems, Text{"items in list " + l.Name, "リスト「" + l.Name + "」の項目", "リスト「" + l.Name + "」の こうもく"})
		}
		for _, it := range l.Items {
			c.value(nil, it)
		}
	}
	c.names(names, false)
	c.media(t.Costumes)
	c.media(t.Sounds)

	c.procs = make(map[string]*Proc)
	for i, s := range t.Scripts {
		if len(s.Blocks) == 0 || s.Blocks[0] == nil || s.Blocks[0].Opcode != "procedures_definition" {
			continue
		}
		c.script = i + 1
		def := s.Blocks[0]
		if def.Proc == nil {
			c.add(def, msgProcMissing)
			continue
		}
		if _, dup := c.procs[def.Proc.Code]; dup {
			c.add(def, msgProcTwice, def.Proc.Code)
		}
		c.procs[def.Proc.Code] = def.Proc
	}
	for i := range t.Scripts {
		if c.full() {
			break
		}
		c.script = i + 1
		c.scriptAt(&t.Scripts[i])
	}
	c.script = 0
}

func (c *checker) media(ms []Media) {
	var names []string
	for _, m := range ms {
		names = append(names, m.Name)
		switch {
		case (m.Library == "") == (m.File == ""):
			c.add(nil, msgMediaRef, m.Name)
		case m.Data != nil && m.File == "":
			c.add(nil, msgMediaData, m.Name)
		case m.Data != nil && len(m.Data) == 0:
			c.add(nil, msgMediaEmpty, m.File)
		case m.Data != nil && !validFileName(m.File):
			c.add(nil, msgMediaName, m.File)
		case m.Data == nil && m.File != "" && !validFilePath(m.File):
			c.add(nil, msgMediaPath, m.File)
		}
		for _, v := range []*float64{m.CenterX, m.CenterY} {
			if v != nil && (math.IsNaN(*v) || math.Abs(*v) > MaxCoordinate) {
				c.add(nil, msgNumber, "center", *v)
			}
		}
	}
	c.names(names, false)
}

// The problems of embedded media files.
var (
	msgMediaData = Text{
		"%q holds the bytes of a file, so it must also give the file's name",
		"「%s」はファイルの中身を持っているので、ファイルの名前も必要です",
		"「%s」は ファイルの なかみを もっているので、ファイルの なまえも ひつようです"}
	msgMediaEmpty = Text{
		"the file %q held in the project is empty",
		"プロジェクトの中のファイル「%s」が空っぽです",
		"プロジェクトの なかの ファイル「%s」が からっぽです"}
	msgMediaName = Text{
		"the file %q held in the project must have a plain file name, without folders",
		"プロジェクトの中のファイル「%s」の名前には、フォルダーを入れないでください",
		"プロジェクトの なかの ファイル「%s」の なまえには、フォルダーを いれないでください"}
)

// validFilePath reports whether a media file's path stays below the project's folder.
func validFilePath(name string) bool {
	return fs.ValidPath(name) && name != "." && len(name) <= MaxNameLen
}

// validFileName reports whether an embedded file's name is a plain file name: no folders.
func validFileName(name string) bool {
	return validFilePath(name) && !strings.ContainsAny(name, `/\`) && utf8.ValidString(name)
}

func (c *checker) scriptAt(s *Script) {
	if math.IsNaN(s.X) || math.IsNaN(s.Y) || math.Abs(s.X) > MaxCoordinate || math.Abs(s.Y) > MaxCoordinate {
		c.add(nil, msgNumber, "x, y", []float64{s.X, s.Y})
	}
	if len(s.Blocks) == 0 {
		c.add(nil, msgEmptyScript)
		return
	}
	c.params = nil
	if first := s.Blocks[0]; first != nil && first.Opcode == "procedures_definition" && first.Proc != nil {
		c.procDef(first)
	}
	before := c.blocks
	c.stack(s.Blocks, 0, true)
	if c.blocks-before > MaxStack {
		c.add(nil, msgStackTooBig, MaxStack)
	}
}

func (c *checker) procDef(b *Block) {
	kinds := b.Proc.ParamKinds()
	if len(kinds) != len(b.Proc.Params) {
		c.add(b, msgProcParams, b.Proc.Code, len(kinds), len(b.Proc.Params))
	}
	if len(kinds) > MaxParams {
		c.add(b, msgTooManyParams, MaxParams)
	}
	c.params = make(map[string]byte)
	for i, name := range b.Proc.Params {
		if name == "" || utf8.RuneCountInString(name) > MaxNameLen {
			c.add(b, msgNameBad, name)
		}
		if _, dup := c.params[name]; dup {
			c.add(b, msgNameTwice, name)
		}
		if i < len(kinds) {
			c.params[name] = kinds[i]
		}
	}
	c.text(b, b.Proc.Code)
}

// stack checks a list of blocks that run one after another.
func (c *checker) stack(bs []*Block, depth int, top bool) {
	for i, b := range bs {
		if b == nil {
			c.add(nil, msgNoID)
			continue
		}
		d := c.block(b, depth)
		if d == nil {
			continue
		}
		switch d.Shape {
		case Hat:
			if !top || i != 0 {
				if b.Opcode == "procedures_definition" {
					c.add(b, msgProcOnlyDef)
				} else {
					c.add(b, msgHatNotFirst)
				}
			}
		case Reporter, Boolean:
			c.add(b, msgNotStatement)
		}
		if d.Final && i != len(bs)-1 {
			c.add(bs[i+1], msgAfterFinal)
		}
		if opt := b.Fields["STOP_OPTION"]; b.Opcode == "control_stop" && opt != "other scripts in sprite" && i != len(bs)-1 {
			c.add(bs[i+1], msgAfterStop, opt)
		}
	}
}

// block checks one block and everything inside it, and returns its definition when known.
func (c *checker) block(b *Block, depth int) *Def {
	if c.full() {
		return nil
	}
	if depth > MaxDepth {
		c.add(b, msgTooDeep, MaxDepth)
		return nil
	}
	c.blocks++
	if c.blocks == MaxBlocks+1 {
		c.add(b, msgTooManyBlocks, MaxBlocks)
	}
	if b.ID == "" || utf8.RuneCountInString(b.ID) > MaxNameLen {
		c.add(b, msgNoID)
	} else if c.ids[b.ID] {
		c.add(b, msgIDTwice, b.ID)
	}
	c.ids[b.ID] = true
	c.text(b, b.Comment)
	d := Lookup(b.Opcode)
	if d == nil {
		c.add(b, msgUnknownOpcode, b.Opcode)
		return nil
	}
	if d.SpriteOnly && c.isStage {
		c.add(b, msgStageOnly)
	}
	if d.StageOnly && !c.isStage {
		c.add(b, Text{"only the stage can use this block", "このブロックはステージでしか使えません", "この ブロックは ステージでしか つかえません"})
	}
	switch b.Opcode {
	case "procedures_definition":
		if b.Proc == nil {
			c.add(b, msgProcMissing)
		}
	case "procedures_call":
		c.procCall(b, depth)
		return d
	}
	c.fields(b, d)
	c.inputs(b, d, depth)
	for name, st := range b.Stacks {
		if !d.HasStack(name) {
			c.add(b, msgUnknownStack, name)
			continue
		}
		c.stack(st, depth+1, false)
	}
	return d
}

func (c *checker) procCall(b *Block, depth int) {
	if b.Proc == nil {
		c.add(b, msgProcMissing)
		return
	}
	def := c.procs[b.Proc.Code]
	if def == nil {
		c.add(b, msgProcUnknown, b.Proc.Code)
		return
	}
	kinds := def.ParamKinds()
	for i, name := range def.Params {
		if i >= len(kinds) {
			break
		}
		kind := TextInput
		switch kinds[i] {
		case 'n':
			kind = NumberInput
		case 'b':
			kind = BoolInput
		}
		c.input(b, InputSpec{Name: name, Kind: kind}, b.Inputs[name], depth)
	}
	for name := range b.Inputs {
		if !contains(def.Params, name) {
			c.add(b, msgUnknownInput, name)
		}
	}
}

func (c *checker) fields(b *Block, d *Def) {
	for _, f := range d.Fields {
		v, ok := b.Fields[f.Name]
		if !ok {
			c.add(b, msgMissingField, f.Name)
			continue
		}
		c.text(b, v)
		c.choice(b, f.Name, f.Menu, f.Options, v, true)
	}
	for name := range b.Fields {
		if d.FieldSpec(name) == nil {
			c.add(b, msgUnknownField2, name)
		}
	}
}

func (c *checker) inputs(b *Block, d *Def, depth int) {
	for _, in := range d.Inputs {
		c.input(b, in, b.Inputs[in.Name], depth)
	}
	for name := range b.Inputs {
		if d.InputSpec(name) == nil {
			c.add(b, msgUnknownInput, name)
		}
	}
}

func (c *checker) input(b *Block, spec InputSpec, in *Input, depth int) {
	switch {
	case in == nil || in.Literal == nil && in.Block == nil:
		if spec.Kind != BoolInput {
			c.add(b, msgMissingInput, spec.Name)
		}
	case in.Block != nil:
		d := c.block(in.Block, depth+1)
		if d == nil {
			return
		}
		if d.Shape != Reporter && d.Shape != Boolean {
			c.add(in.Block, msgNotReporter, spec.Name)
		} else if spec.Kind == BoolInput && d.Shape != Boolean {
			c.add(in.Block, msgNeedBoolean, spec.Name)
		}
	default:
		if spec.Kind == BoolInput {
			c.add(b, msgNeedBoolean, spec.Name)
			return
		}
		c.value(b, *in.Literal)
		if spec.Kind == MenuInput {
			c.choice(b, spec.Name, spec.Menu, spec.Options, in.Literal.Text, false)
		}
	}
}

// choice checks a dropdown's value against where its choices come from.
func (c *checker) choice(b *Block, name string, menu Menu, opts []Option, v string, isField bool) {
	for _, o := range opts {
		if o.Value == v {
			return
		}
	}
	t := c.contents
	switch menu {
	case Static:
		c.add(b, msgBadOption, v, name)
	case VariableOf:
		if b.Opcode == "sensing_of" {
			return // a variable of the sprite the block asks about, which may be computed
		}
		if t.variable(v) == nil && c.p.Stage.variable(v) == nil {
			c.add(b, msgUnknownVariable, v)
		}
	case ListOf:
		if t.list(v) == nil && c.p.Stage.list(v) == nil {
			c.add(b, msgUnknownList, v)
		}
	case CostumeOf:
		if !hasMedia(t.Costumes, v) {
			c.add(b, msgUnknownCostume, v)
		}
	case BackdropOf:
		if !hasMedia(c.p.Stage.Costumes, v) {
			c.add(b, msgUnknownBackdrop, v)
		}
	case SoundOf:
		if !hasMedia(t.Sounds, v) {
			c.add(b, msgUnknownSound, v)
		}
	case SpriteOf:
		if c.p.sprite(v) == nil {
			c.add(b, msgUnknownSprite, v)
		}
	case MessageOf:
		if !c.p.hasMessage(v) {
			c.add(b, msgUnknownMessage, v)
		}
	case KeyOf:
		if !IsKey(v) {
			c.add(b, msgBadOption, v, name)
		}
	case ParamOf:
		if _, ok := c.params[v]; !ok {
			c.add(b, msgParamUnknown, v)
		}
	}
}

func (c *checker) value(b *Block, v Value) { c.text(b, v.Text) }

func (c *checker) text(b *Block, s string) {
	if len(s) > MaxTextLen*4 || utf8.RuneCountInString(s) > MaxTextLen {
		c.add(b, msgTextLong, MaxTextLen)
	}
}

func (c *checker) count(n, limit int, what Text) {
	if n > limit {
		c.add(nil, msgTooMany, limit, what)
	}
}

// names checks that names are sensible and used once. Messages compare without case, as
// broadcasts match.
func (c *checker) names(names []string, foldCase bool) {
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		if n == "" || utf8.RuneCountInString(n) > MaxNameLen {
			c.add(nil, msgNameBad, n)
		}
		key := n
		if foldCase {
			key = strings.ToLower(n)
		}
		if seen[key] {
			c.add(nil, msgNameTwice, n)
		}
		seen[key] = true
	}
}

// IsKey reports whether name is a key that "when key pressed" and "key pressed?" know:
// space, the arrows, any, or a single letter, digit or sign.
func IsKey(name string) bool {
	switch name {
	case "space", "up arrow", "down arrow", "left arrow", "right arrow", "any", "enter":
		return true
	}
	return utf8.RuneCountInString(name) == 1 && name != " "
}

func (t *Contents) variable(name string) *Variable {
	for i := range t.Variables {
		if t.Variables[i].Name == name {
			return &t.Variables[i]
		}
	}
	return nil
}

func (t *Contents) list(name string) *List {
	for i := range t.Lists {
		if t.Lists[i].Name == name {
			return &t.Lists[i]
		}
	}
	return nil
}

func (p *Project) sprite(name string) *Sprite {
	for i := range p.Sprites {
		if p.Sprites[i].Name == name {
			return &p.Sprites[i]
		}
	}
	return nil
}

func (p *Project) hasMessage(name string) bool {
	for _, m := range p.Messages {
		if strings.EqualFold(m, name) {
			return true
		}
	}
	return false
}

func hasMedia(ms []Media, name string) bool {
	for _, m := range ms {
		if m.Name == name {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
