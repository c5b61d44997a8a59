package blocks

import (
	"sort"
	"strings"
)

// Shape is how a block looks and where it may go.
type Shape int

// The shapes of blocks, as Scratch draws them.
const (
	Hat      Shape = iota // starts a script
	Stack                 // a step in a script
	C                     // holds one stack of blocks (repeat, forever, if)
	CElse                 // holds two stacks (if … else)
	Cap                   // ends a script (stop all, delete this clone)
	Reporter              // round: reports a number or text
	Boolean               // hexagonal: reports true or false
)

// Kind is what an input slot takes.
type Kind int

// The kinds of input slots.
const (
	NumberInput Kind = iota // round slot that takes a number
	TextInput               // round slot that takes text
	BoolInput               // hexagonal slot
	ColorInput              // a colour picker ("#rrggbb")
	MenuInput               // a dropdown that also takes a reporter (costume, sound, sprite, key …)
)

// Menu names where a dropdown's choices come from.
type Menu int

// The dropdown sources. Static menus list their Options; the others list what the project has.
const (
	Static     Menu = iota
	VariableOf      // variables the target can see
	ListOf          // lists the target can see
	CostumeOf       // the target's costumes
	BackdropOf      // the stage's backdrops
	SoundOf         // the target's sounds
	SpriteOf        // sprite names, with the Options added as special choices
	MessageOf       // broadcast messages
	KeyOf           // keyboard keys
	ParamOf         // a custom block's parameter names
)

// Type is what the compiler knows statically about a reporter's value.
type Type int

// The static types: anything, a number that is never NaN, text, or a boolean.
const (
	AnyType Type = iota
	NumType
	StrType
	BoolType
)

// Option is one fixed choice of a dropdown: the value stored in the file and its label.
type Option struct {
	Value string
	Label Text
}

// InputSpec describes one input slot.
type InputSpec struct {
	Name    string
	Kind    Kind
	Default string // what a new block holds in the slot
	Menu    Menu   // for MenuInput: where the choices come from
	Options []Option
}

// FieldSpec describes one dropdown or name field that takes no reporters.
type FieldSpec struct {
	Name    string
	Menu    Menu
	Options []Option
}

// Def is the one definition of a block: everything the loader, the compiler and the editor
// need to know about it.
//
// Label uses %NAME for each input and field, for example "move %STEPS steps".
//
// Lua is how the block becomes Lua, as a template:
//   - $NAME is an input's value, converted to the slot's kind (numbers for number slots,
//     booleans for hexagonal ones);
//   - #NAME is a field's value as a Lua string literal;
//   - @NAME is the variable or list named in a field;
//   - %NAME reads the variable named in a field as a number;
//   - {SUBSTACK} and {SUBSTACK2} are the stacks inside a C block;
//   - {LOOPEND} is where a loop lets other scripts run (Scratch yields at the end of every
//     iteration unless the script runs without screen refresh).
//
// LuaNum, when set, is used instead of Lua when every number input is statically a number.
type Def struct {
	Opcode   string
	Category Category
	Shape    Shape
	Final    bool // nothing may be attached below (forever, stop all)
	Label    Text
	Inputs   []InputSpec
	Fields   []FieldSpec
	Stacks   []string // names of the inner stacks of C blocks
	Lua      string
	LuaNum   string
	Result   Type // for reporters
	Hidden   bool // kept for files but not offered in the palette

	SpriteOnly bool // the stage cannot use it (all motion blocks, say, costumes …)
	StageOnly  bool // only the stage can use it
}

// InputSpec returns the spec of the named input, or nil.
func (d *Def) InputSpec(name string) *InputSpec {
	for i := range d.Inputs {
		if d.Inputs[i].Name == name {
			return &d.Inputs[i]
		}
	}
	return nil
}

// FieldSpec returns the spec of the named field, or nil.
func (d *Def) FieldSpec(name string) *FieldSpec {
	for i := range d.Fields {
		if d.Fields[i].Name == name {
			return &d.Fields[i]
		}
	}
	return nil
}

// HasStack reports whether the block holds a stack of that name.
func (d *Def) HasStack(name string) bool {
	for _, s := range d.Stacks {
		if s == name {
			return true
		}
	}
	return false
}

// Words returns the label in lang with every slot shown as "( )", for messages.
func (d *Def) Words(lang Lang) string {
	label := d.Label.In(lang)
	var b strings.Builder
	for i := 0; i < len(label); i++ {
		if label[i] == '%' && i+1 < len(label) && isNameByte(label[i+1]) {
			for i+1 < len(label) && isNameByte(label[i+1]) {
				i++
			}
			b.WriteString("( )")
			continue
		}
		b.WriteByte(label[i])
	}
	return strings.TrimSpace(b.String())
}

// Describe returns the label of b in lang with its fields and typed-in values filled in and
// every reporter shown as "( )", as in "when timer > 2.5" or "say Hello!".
func Describe(b *Block, lang Lang) string {
	d := Lookup(b.Opcode)
	if d == nil {
		return b.Opcode
	}
	if b.Proc != nil && (b.Opcode == "procedures_call" || b.Opcode == "procedures_definition") {
		return strings.NewReplacer("%PROC", b.Proc.Code).Replace(d.Label.In(lang))
	}
	label := d.Label.In(lang)
	var out strings.Builder
	for i := 0; i < len(label); i++ {
		if label[i] != '%' || i+1 >= len(label) || !isNameByte(label[i+1]) {
			out.WriteByte(label[i])
			continue
		}
		j := i + 1
		for j < len(label) && isNameByte(label[j]) {
			j++
		}
		out.WriteString(slotText(b, d, label[i+1:j], lang))
		i = j - 1
	}
	return strings.TrimSpace(out.String())
}

func slotText(b *Block, d *Def, name string, lang Lang) string {
	if f := d.FieldSpec(name); f != nil {
		v := b.Fields[name]
		for _, o := range f.Options {
			if o.Value == v {
				return o.Label.In(lang)
			}
		}
		return v
	}
	in := b.Inputs[name]
	switch {
	case in == nil || in.Block == nil && in.Literal == nil:
		return "( )"
	case in.Literal != nil:
		if spec := d.InputSpec(name); spec != nil {
			for _, o := range spec.Options {
				if o.Value == in.Literal.Text {
					return o.Label.In(lang)
				}
			}
		}
		return in.Literal.Text
	}
	return "( )"
}

func isNameByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// Category is a group of blocks in the palette, with its colour.
type Category struct {
	ID    string
	Name  Text
	Color string // "#rrggbb", as Scratch colours the category
}

// The categories, in palette order.
var (
	Motion    = Category{"motion", Text{"Motion", "動き", "うごき"}, "#4C97FF"}
	Looks     = Category{"looks", Text{"Looks", "見た目", "みため"}, "#9966FF"}
	Sound     = Category{"sound", Text{"Sound", "音", "おと"}, "#CF63CF"}
	Events    = Category{"events", Text{"Events", "イベント", "イベント"}, "#FFBF00"}
	Control   = Category{"control", Text{"Control", "制御", "せいぎょ"}, "#FFAB19"}
	Sensing   = Category{"sensing", Text{"Sensing", "調べる", "しらべる"}, "#5CB1D6"}
	Operators = Category{"operators", Text{"Operators", "演算", "けいさん"}, "#59C059"}
	Variables = Category{"data", Text{"Variables", "変数", "へんすう"}, "#FF8C1A"}
	Lists     = Category{"lists", Text{"Lists", "リスト", "リスト"}, "#FF661A"}
	MyBlocks  = Category{"procedures", Text{"My Blocks", "ブロック定義", "じぶんの ブロック"}, "#FF6680"}
	Pen       = Category{"pen", Text{"Pen", "ペン", "ペン"}, "#0FBD8C"}
	Music     = Category{"music", Text{"Music", "音楽", "おんがく"}, "#0FBD8C"}
)

// Categories lists the categories in palette order.
func Categories() []Category {
	return []Category{Motion, Looks, Sound, Events, Control, Sensing, Operators, Variables, Lists, MyBlocks, Pen, Music}
}

// catalog holds every block definition, in palette order and by opcode. It is built once from
// the category tables and never changed.
var catalog = buildCatalog()

type catalogIndex struct {
	all      []*Def
	byOpcode map[string]*Def
}

func buildCatalog() catalogIndex {
	c := catalogIndex{byOpcode: make(map[string]*Def)}
	for _, table := range [][]Def{motionBlocks, looksBlocks, soundBlocks, eventBlocks, controlBlocks,
		sensingBlocks, operatorBlocks, dataBlocks, procedureBlocks, penBlocks, musicBlocks} {
		for i := range table {
			d := &table[i]
			if d.Category == Motion {
				d.SpriteOnly = true // the stage does not move
			}
			if _, dup := c.byOpcode[d.Opcode]; dup {
				panic("blocks: opcode defined twice: " + d.Opcode)
			}
			c.byOpcode[d.Opcode] = d
			c.all = append(c.all, d)
		}
	}
	order := make(map[string]int)
	for i, cat := range Categories() {
		order[cat.ID] = i
	}
	sort.SliceStable(c.all, func(i, j int) bool {
		return order[c.all[i].Category.ID] < order[c.all[j].Category.ID]
	})
	return c
}

// Lookup returns the definition of opcode, or nil when there is none.
func Lookup(opcode string) *Def { return catalog.byOpcode[opcode] }

// All returns every definition in palette order: by category, then as each table lists them.
func All() []*Def { return append([]*Def(nil), catalog.all...) }
