package blocks

var touchingMenu = menuInput("TOUCHINGOBJECTMENU", SpriteOf, "_mouse_", optMouse, optEdge)

var eventBlocks = []Def{
	{Opcode: "event_whenflagclicked", Category: Events, Shape: Hat,
		Label: Text{"when green flag clicked", "緑の旗が押されたとき", "みどりの はたが おされたとき"}},
	{Opcode: "event_whenkeypressed", Category: Events, Shape: Hat,
		Label:  Text{"when %KEY_OPTION key pressed", "%KEY_OPTION キーが押されたとき", "%KEY_OPTION キーが おされたとき"},
		Fields: []FieldSpec{field("KEY_OPTION", KeyOf, keyOptions...)}},
	{Opcode: "event_whenthisspriteclicked", Category: Events, Shape: Hat, SpriteOnly: true,
		Label: Text{"when this sprite clicked", "このスプライトが押されたとき", "この スプライトが おされたとき"}},
	{Opcode: "event_whenstageclicked", Category: Events, Shape: Hat, StageOnly: true,
		Label: Text{"when stage clicked", "ステージが押されたとき", "ステージが おされたとき"}},
	{Opcode: "event_whenbackdropswitchesto", Category: Events, Shape: Hat,
		Label:  Text{"when backdrop switches to %BACKDROP", "背景が %BACKDROP になったとき", "はいけいが %BACKDROP に なったとき"},
		Fields: []FieldSpec{field("BACKDROP", BackdropOf)}},
	// Edge-triggered hats: Lua is the condition, checked every tick; the script starts when it
	// turns from false to true.
	{Opcode: "event_whengreaterthan", Category: Events, Shape: Hat, Result: BoolType,
		Label: Text{"when %WHENGREATERTHANMENU > %VALUE", "%WHENGREATERTHANMENU > %VALUE のとき", "%WHENGREATERTHANMENU > %VALUE のとき"},
		Fields: []FieldSpec{field("WHENGREATERTHANMENU", Static,
			opt("LOUDNESS", "loudness", "音量", "おんりょう"),
			opt("TIMER", "timer", "タイマー", "タイマー"))},
		Inputs: []InputSpec{number("VALUE", "10")},
		Lua:    "(sensor_value(#WHENGREATERTHANMENU) > $VALUE)"},
	{Opcode: "event_whentouchingobject", Category: Events, Shape: Hat, SpriteOnly: true, Result: BoolType,
		Label:  Text{"when this sprite touches %TOUCHINGOBJECTMENU", "%TOUCHINGOBJECTMENU に触れたとき", "%TOUCHINGOBJECTMENU に ふれたとき"},
		Inputs: []InputSpec{touchingMenu},
		Lua:    "touching($TOUCHINGOBJECTMENU)"},
	{Opcode: "event_whenbroadcastreceived", Category: Events, Shape: Hat,
		Label:  Text{"when I receive %BROADCAST_OPTION", "%BROADCAST_OPTION を受け取ったとき", "%BROADCAST_OPTION を うけとったとき"},
		Fields: []FieldSpec{field("BROADCAST_OPTION", MessageOf)}},
	{Opcode: "event_broadcast", Category: Events, Shape: Stack,
		Label:  Text{"broadcast %BROADCAST_INPUT", "%BROADCAST_INPUT を送る", "%BROADCAST_INPUT を おくる"},
		Inputs: []InputSpec{menuInput("BROADCAST_INPUT", MessageOf, "")},
		Lua:    "broadcast($BROADCAST_INPUT, false)"},
	{Opcode: "event_broadcastandwait", Category: Events, Shape: Stack,
		Label:  Text{"broadcast %BROADCAST_INPUT and wait", "%BROADCAST_INPUT を送って待つ", "%BROADCAST_INPUT を おくって まつ"},
		Inputs: []InputSpec{menuInput("BROADCAST_INPUT", MessageOf, "")},
		Lua:    "broadcast($BROADCAST_INPUT, true)"},
}
