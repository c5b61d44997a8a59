package render

import (
	"math"

	"tsumiki/stage"
)

// The bubble's measurements in stage pixels, as scratch-render's TextBubbleSkin has them.
const (
	bubbleMaxLineWidth = 170 // widest line of text
	bubbleMinWidth     = 50  // narrowest text area
	bubbleStroke       = 4   // outline width; half of it shows outside the fill
	bubblePadding      = 10  // around the text
	bubbleCorner       = 16  // corner radius
	bubbleTail         = 12  // height of the tail below the rounded rectangle
	bubbleFontSize     = 14
	bubbleLineHeight   = 16
	bubbleAscent       = 0.9 * bubbleFontSize // from a line's top to its baseline
)

// bubbleLayout is the shape of a bubble for one text, in stage pixels.
type bubbleLayout struct {
	lines      []string
	padW, padH float64 // the rounded rectangle: text plus padding
	w, h       float64 // the whole bubble: rectangle, outline and tail
}

// layoutBubble wraps text and measures the bubble around it. measure returns the width of
// a line of text at the bubble's font size, in stage pixels.
func layoutBubble(text string, measure func(string) float64) bubbleLayout {
	l := bubbleLayout{lines: wrapText(text, bubbleMaxLineWidth, measure)}
	var textW float64
	for _, line := range l.lines {
		textW = math.Max(textW, measure(line))
	}
	l.padW = math.Max(textW, bubbleMinWidth) + 2*bubblePadding
	l.padH = bubbleLineHeight*float64(len(l.lines)) + 2*bubblePadding
	l.w = l.padW + bubbleStroke
	l.h = l.padH + bubbleStroke + bubbleTail
	return l
}

// stageRect is the stage's own bounds.
var stageRect = rect{left: -stage.Width / 2, right: stage.Width / 2, bottom: -stage.Height / 2, top: stage.Height / 2}

// placeBubble returns where a w×h bubble goes for a sprite whose top slice has bounds
// target, as scratch-vm's looks blocks place it: on the side it was on (onRight) unless it
// does not fit there and does fit on the other side; then next to the top slice, its tail
// at the slice's bottom, kept inside the stage left, right and top. x, y is the bubble's
// top-left corner, rounded to whole stage pixels as scratch-render rounds positions.
func placeBubble(w, h float64, target rect, onRight bool) (x, y float64, right bool) {
	s := stageRect
	switch {
	case onRight && target.right+w > s.right && target.left-w > s.left:
		onRight = false
	case !onRight && target.left-w < s.left && target.right+w < s.right:
		onRight = true
	}
	if onRight {
		x = math.Max(s.left, math.Min(s.right-w, target.right))
	} else {
		x = math.Min(s.right-w, math.Max(s.left, target.left-w))
	}
	y = math.Min(s.top, target.bottom+h)
	return jsRound(x), jsRound(y), onRight
}
