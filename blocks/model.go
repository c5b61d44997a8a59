package blocks

// FormatVersion is the version of the project file format this package reads and writes.
const FormatVersion = 1

// Project is a whole Tsumiki project: a stage, its sprites and the broadcast messages.
type Project struct {
	Format   int      `json:"format"`
	Name     string   `json:"name"`
	TickRate int      `json:"tickRate,omitempty"` // ticks a second: 30 (the default) or 60
	Messages []string `json:"messages,omitempty"` // broadcast messages, as the menus list them
	Stage    Stage    `json:"stage"`
	Sprites  []Sprite `json:"sprites"`
}

// Stage is the backdrop target. Its variables and lists are shared by all sprites.
type Stage struct {
	Backdrop int `json:"backdrop"` // index into Costumes
	Contents
}

// Sprite is one sprite with its state as the project starts.
type Sprite struct {
	Name          string  `json:"name"`
	X             float64 `json:"x"`
	Y             float64 `json:"y"`
	Direction     float64 `json:"direction"`
	Size          float64 `json:"size"` // percent
	Visible       bool    `json:"visible"`
	Draggable     bool    `json:"draggable,omitempty"`
	RotationStyle string  `json:"rotationStyle"` // "all around", "left-right" or "don't rotate"
	Costume       int     `json:"costume"`       // index into Costumes
	Layer         int     `json:"layer"`         // 1 is the back-most sprite
	Contents
}

// Contents is what the stage and every sprite hold: data, media and scripts.
type Contents struct {
	Variables []Variable `json:"variables,omitempty"`
	Lists     []List     `json:"lists,omitempty"`
	Costumes  []Media    `json:"costumes,omitempty"`
	Sounds    []Media    `json:"sounds,omitempty"`
	Scripts   []Script   `json:"scripts,omitempty"`
}

// Variable is a named value. On the stage it is for all sprites; on a sprite, for that sprite only.
type Variable struct {
	Name    string `json:"name"`
	Value   Value  `json:"value"`
	Monitor bool   `json:"monitor,omitempty"` // shown on the stage when the project starts
}

// List is a named list of values.
type List struct {
	Name    string  `json:"name"`
	Items   []Value `json:"items"`
	Monitor bool    `json:"monitor,omitempty"` // shown on the stage when the project starts
}

// Media is a costume, backdrop or sound: a reference into the built-in library, a file that
// sits beside the project file, or a file embedded in the project.
//
// With Data set the file is embedded: Data holds its bytes (base64 in the JSON) and File is
// the file's original name, which says its format by its extension and names it in messages;
// it is not a path on disk.
type Media struct {
	Name    string   `json:"name"`
	Library string   `json:"library,omitempty"` // name of an item in the built-in library
	File    string   `json:"file,omitempty"`    // slash-separated path below the project's folder
	CenterX *float64 `json:"centerX,omitempty"` // rotation centre, when it differs from the asset's own
	CenterY *float64 `json:"centerY,omitempty"`
	Data    []byte   `json:"data,omitempty"` // the file's bytes, when it is embedded
}

// Embedded reports whether m's file is held in the project itself.
func (m Media) Embedded() bool { return m.Data != nil }

// Script is a stack of blocks with its place on the workspace. The first block is usually a hat.
type Script struct {
	X      float64  `json:"x"`
	Y      float64  `json:"y"`
	Blocks []*Block `json:"blocks"`
}

// Block is one block: its opcode, the values in its fields, what sits in its inputs, and the
// stacks inside a C block.
type Block struct {
	ID      string              `json:"id"`
	Opcode  string              `json:"opcode"`
	Fields  map[string]string   `json:"fields,omitempty"`
	Inputs  map[string]*Input   `json:"inputs,omitempty"`
	Stacks  map[string][]*Block `json:"stacks,omitempty"` // SUBSTACK, SUBSTACK2
	Proc    *Proc               `json:"proc,omitempty"`   // custom blocks: definition and call
	Comment string              `json:"comment,omitempty"`
}

// Proc describes a custom block. Code is its text with a placeholder per parameter: %n for a
// number, %s for text and %b for a boolean, as in "jump %n times". A definition also names the
// parameters in order and may run without screen refresh.
type Proc struct {
	Code   string   `json:"code"`
	Params []string `json:"params,omitempty"`
	Warp   bool     `json:"warp,omitempty"`
}

// ParamKinds returns the kinds of the placeholders in a custom block's code, in order: 'n', 's'
// or 'b'.
func (p *Proc) ParamKinds() []byte {
	var kinds []byte
	for i := 0; i+1 < len(p.Code); i++ {
		if p.Code[i] == '%' {
			switch c := p.Code[i+1]; c {
			case 'n', 's', 'b':
				kinds = append(kinds, c)
				i++
			}
		}
	}
	return kinds
}

// Input is what fills a block's input: a literal typed into the slot, or a reporter block.
// An Input with neither is an empty slot (allowed for boolean inputs).
type Input struct {
	Literal *Value
	Block   *Block
}

// Value is a literal from the file: a number as it was written, or text.
type Value struct {
	Text     string
	IsNumber bool
}

// NumberValue returns a number Value spelled as text.
func NumberValue(text string) Value { return Value{Text: text, IsNumber: true} }

// TextValue returns a text Value.
func TextValue(text string) Value { return Value{Text: text} }

// BlockIndex maps every block id in the project to its block.
func (p *Project) BlockIndex() map[string]*Block {
	index := make(map[string]*Block)
	var walk func(bs []*Block)
	var walkBlock func(b *Block)
	walkBlock = func(b *Block) {
		if b == nil {
			return
		}
		index[b.ID] = b
		for _, in := range b.Inputs {
			if in != nil && in.Block != nil {
				walkBlock(in.Block)
			}
		}
		for _, st := range b.Stacks {
			walk(st)
		}
	}
	walk = func(bs []*Block) {
		for _, b := range bs {
			walkBlock(b)
		}
	}
	for _, s := range p.Stage.Scripts {
		walk(s.Blocks)
	}
	for i := range p.Sprites {
		for _, s := range p.Sprites[i].Scripts {
			walk(s.Blocks)
		}
	}
	return index
}
