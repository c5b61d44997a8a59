package editor

import "tsumiki/blocks"

// drawnShape is the shape b is drawn in: its definition's, except that "stop other scripts
// in sprite" lets blocks go under it and so is drawn as a stack block, as in Scratch.
func drawnShape(b *blocks.Block, d *blocks.Def) blocks.Shape {
	if d == nil {
		return blocks.Stack
	}
	if b.Opcode == "control_stop" && b.Fields["STOP_OPTION"] == stopOthers {
		return blocks.Stack
	}
	return d.Shape
}

// stopOthers is the one choice of "stop" that lets the script go on.
const stopOthers = "other scripts in sprite"

// canHaveNext reports whether a block may be attached under b.
func canHaveNext(b *blocks.Block, d *blocks.Def) bool {
	if d == nil || d.Final {
		return false
	}
	switch drawnShape(b, d) {
	case blocks.Hat, blocks.Stack, blocks.C, blocks.CElse:
		return true
	}
	return false
}
