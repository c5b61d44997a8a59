package main

import "image/color"

// The library's costumes share one look, Tsumi's: flat colours inside a dark outline of the
// same hue, a lighter patch where the light falls, and shiny round eyes with pink cheeks.

// stroke is the width of a costume's outline, in pixels at 2x.
const stroke = 4

// Colours more than one picture uses.
var (
	ink   = rgb(0x33241A) // eyes, and the outline of things in many colours
	cheek = rgb(0xF7998A)
	skin  = rgb(0xFFD9B8)
	navy  = rgb(0x2B3A55)
	red   = rgb(0xE8483F)
	glass = rgb(0x8FD3F5) // windows and glass
)

// outlined fills s with col inside an outline stroke pixels wide in edge.
func (c *canvas) outlined(s shape, col, edge color.NRGBA) {
	c.fill(grow(s, stroke), edge)
	c.fill(s, col)
}

// eye draws a shiny cartoon eye, rx by ry pixels around p, as Tsumi's are.
func (c *canvas) eye(p pt, rx, ry float64) {
	c.fill(ellipse(p, rx, ry, 0), ink)
	c.fill(circle(p.add(pt{rx * 0.33, -ry * 0.4}), rx*0.45), white)
	c.fill(circle(p.add(pt{-rx * 0.33, ry * 0.4}), rx*0.2), white)
}

// blush draws a pink cheek, rx pixels wide, around p.
func (c *canvas) blush(p pt, rx float64) {
	c.fill(ellipse(p, rx, rx*0.65, 0), cheek)
}

// smile draws a smiling mouth w pixels wide with its corners at y, r pixels thick.
func (c *canvas) smile(p pt, w, r float64, col color.NRGBA) {
	var v []pt
	for i := 0; i <= 8; i++ {
		t := float64(i)/8*2 - 1
		v = append(v, pt{p.x + t*w/2, p.y + (1-t*t)*w*0.28})
	}
	c.fill(polyline(r, v...), col)
}

// shine is a highlight inside s: the part of s left when s is moved by d and shrunk by in.
func shine(s shape, d pt, in float64) shape {
	return intersect(grow(s, -in), subtract(s, move(s, d)))
}
