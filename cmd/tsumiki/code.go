package main

import (
	"image"
	"math"
	"strconv"
	"strings"
	"tsumiki/cmd/tsumiki/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"tsumiki/blocks/compile"
)

// codeView is the Lua of one target, as the code panel shows it: the program's lines that
// belong to the target, with their line numbers in the whole chunk.
type codeView struct {
	prog   *compile.Program
	target string
	lines  []codeLine
}

// codeLine is one line of the chunk.
type codeLine struct {
	n     int // 1-based line number in the chunk
	text  string
	block string // the block it belongs to
}

// code returns the lines of the running program that belong to the selected target, made
// again only when the program or the target changed.
func (a *App) code() *codeView {
	wb, p := a.bench, a.cur
	if p == nil || wb == nil {
		return nil
	}
	prog, target := p.rt.Program(), targetName(wb.ws.Project(), wb.ws.Target())
	if c := a.codeCache; c != nil && c.prog == prog && c.target == target {
		return c
	}
	c := &codeView{prog: prog, target: target}
	for i, s := range strings.Split(prog.Source, "\n") {
		if i < len(prog.Lines) && prog.Lines[i].Target == target {
			c.lines = append(c.lines, codeLine{n: i + 1, text: strings.ReplaceAll(s, "\t", "  "), block: prog.Lines[i].Block})
		}
	}
	a.codeCache = c
	return c
}

// codeLineHeight is the height of a line of code in screen pixels.
func (a *App) codeLineHeight(l Layout) float64 { return 18 * l.Scale }

// drawCode draws the code panel: the target's Lua, read-only, with the lines of the block
// last tapped marked.
func (a *App) drawCode(screen *ebiten.Image, l Layout) {
	r := l.Editor.CodePanel
	ui.FillRect(screen, r, colorCode)
	c := a.code()
	if c == nil {
		return
	}
	sub := screen.SubImage(r).(*ebiten.Image)
	face := a.face(l, 12)
	lh := a.codeLineHeight(l)
	numW := 44 * l.Scale
	first := int(a.bench.codeTop)
	y := float64(r.Min.Y) + 6*l.Scale
	for i := first; i < len(c.lines) && y < float64(r.Max.Y); i++ {
		ln := c.lines[i]
		if ln.block != "" && ln.block == a.bench.codeBlock {
			ui.FillRect(sub, image.Rect(r.Min.X, int(y), r.Max.X, int(y+lh)), colorCodeMark)
		}
		n := strconv.Itoa(ln.n)
		ui.DrawText(sub, n, face, float64(r.Min.X)+numW-8*l.Scale-text.Advance(n, face), y, colorCodeLineNo)
		ui.DrawText(sub, ui.Fit(ln.text, float64(r.Dx())-numW-4*l.Scale, face), face, float64(r.Min.X)+numW, y, colorCodeText)
		y += lh
	}
}

// codeTap marks the block of the tapped line of code, in the panel and in the script area.
func (a *App) codeTap(l Layout, x, y int) {
	c := a.code()
	if c == nil {
		return
	}
	i := int(a.bench.codeTop) + int(math.Floor((float64(y-l.Editor.CodePanel.Min.Y)-6*l.Scale)/a.codeLineHeight(l)))
	if i >= 0 && i < len(c.lines) && c.lines[i].block != "" {
		a.bench.codeBlock = c.lines[i].block
	}
}

// showBlockCode scrolls the code panel to the first line of a block.
func (a *App) showBlockCode(id string) {
	c := a.code()
	if c == nil {
		return
	}
	for i, ln := range c.lines {
		if ln.block == id {
			a.bench.codeTop = math.Max(0, float64(i-2))
			return
		}
	}
}
