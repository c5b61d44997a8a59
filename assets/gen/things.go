package main

import "image"

func ball() image.Image      { return newCanvas(100, 100).image() }
func star() image.Image      { return newCanvas(100, 100).image() }
func heart() image.Image     { return newCanvas(100, 100).image() }
func arrow() image.Image     { return newCanvas(100, 100).image() }
func button() image.Image    { return newCanvas(100, 100).image() }
func snowflake() image.Image { return newCanvas(100, 100).image() }
func blank() image.Image     { return newCanvas(100, 100).image() }
func grid() image.Image      { return newCanvas(100, 100).image() }
func sky() image.Image       { return newCanvas(100, 100).image() }
