package blocks

// Helpers that keep the category tables short and readable.

func number(name, def string) InputSpec {
	return InputSpec{Name: name, Kind: NumberInput, Default: def}
}
func text(name, def string) InputSpec  { return InputSpec{Name: name, Kind: TextInput, Default: def} }
func boolean(name string) InputSpec    { return InputSpec{Name: name, Kind: BoolInput} }
func color(name, def string) InputSpec { return InputSpec{Name: name, Kind: ColorInput, Default: def} }

func menuInput(name string, m Menu, def string, opts ...Option) InputSpec {
	return InputSpec{Name: name, Kind: MenuInput, Menu: m, Default: def, Options: opts}
}

func field(name string, m Menu, opts ...Option) FieldSpec {
	return FieldSpec{Name: name, Menu: m, Options: opts}
}

func opt(value, en, ja, hira string) Option { return Option{value, Text{en, ja, hira}} }

// Special choices that sprite menus offer besides the sprites' names.
var (
	optMouse   = opt("_mouse_", "mouse-pointer", "マウスのポインター", "マウスのポインター")
	optRandom  = opt("_random_", "random position", "どこかの場所", "どこかの ばしょ")
	optEdge    = opt("_edge_", "edge", "端", "はし")
	optMyself  = opt("_myself_", "myself", "自分自身", "じぶんじしん")
	optStage   = opt("_stage_", "Stage", "ステージ", "ステージ")
	keyOptions = []Option{
		opt("space", "space", "スペース", "スペース"),
		opt("up arrow", "up arrow", "上向き矢印", "うわむきやじるし"),
		opt("down arrow", "down arrow", "下向き矢印", "したむきやじるし"),
		opt("right arrow", "right arrow", "右向き矢印", "みぎむきやじるし"),
		opt("left arrow", "left arrow", "左向き矢印", "ひだりむきやじるし"),
		opt("any", "any", "どれかの", "どれかの"),
	}
)
