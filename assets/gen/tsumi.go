package main

import (
	"image"
	"image/color"
	"math"
)

// Tsumi is Tsumiki's mascot: a wooden toy block with a face, stubby arms and legs, and a
// sprout on top. It faces right, as sprites in direction 90 do.
var (
	tsumiOutline = rgb(0x5B3A1E)
	tsumiFront   = rgb(0xF4C47E)
	tsumiTop     = rgb(0xFCDFA8)
	tsumiSide    = rgb(0xDDA05A)
	tsumiLimb    = rgb(0xE8B06A)
	tsumiLimbFar = rgb(0xD09552)
	tsumiShoe    = rgb(0xE5483B)
	tsumiShoeFar = rgb(0xC23A30)
	tsumiEye     = rgb(0x33241A)
	tsumiCheek   = rgb(0xF7998A)
	tsumiMouth   = rgb(0x8C2F2A)
	tsumiTongue  = rgb(0xEE7468)
	tsumiLeaf    = rgb(0x5DBB4A)
	tsumiLeafLit = rgb(0x86D46F)
	white        = rgb(0xFFFFFF)
)

// tsumiPose is one frame of the walk cycle. Angles are in degrees from straight down: a leg
// at a positive angle steps forward (right), an arm at a positive angle swings out from the
// body. lift raises a foot off the ground, as a leg passing under the body does.
type tsumiPose struct {
	backLeg, frontLeg   float64
	backLift, frontLift float64
	backArm, frontArm   float64
}

// The walk cycle: a step with the front (right) leg, passing, a step with the back leg,
// passing. The arms swing against the legs.
var tsumiWalk = [4]tsumiPose{
	{backLeg: -24, frontLeg: 24, backArm: 50, frontArm: 14},
	{backLeg: -4, frontLeg: 6, frontLift: 12, backArm: 30, frontArm: 30},
	{backLeg: 24, frontLeg: -24, backArm: 14, frontArm: 50},
	{backLeg: 6, frontLeg: -4, backLift: 12, backArm: 30, frontArm: 30},
}

const (
	tsumiW, tsumiH = 240, 260 // pixels, at 2x: 120×130 stage pixels
	tsumiStroke    = 5        // outline width
	tsumiLegLen    = 40       // hip to ankle
	tsumiGround    = 232      // ankle height of a foot on the ground
)

func tsumi(pose tsumiPose) *image.NRGBA {
	c := newCanvas(tsumiW, tsumiH)

	// The hips sit low enough that the lower foot stands on the ground, so the body bobs up
	// as the legs pass under it.
	reach := math.Max(
		tsumiLegLen*math.Cos(pose.backLeg*math.Pi/180)-pose.backLift,
		tsumiLegLen*math.Cos(pose.frontLeg*math.Pi/180)-pose.frontLift)
	hipY := tsumiGround - reach
	dy := hipY - 176 // the body is laid out for hips at y = 176

	// Arms and legs come out from behind the block; the far ones are a shade darker.
	tsumiArm(c, pt{182, 126 + dy}, pose.backArm, 1, tsumiLimbFar)
	tsumiArm(c, pt{58, 130 + dy}, pose.frontArm, -1, tsumiLimb)
	tsumiLeg(c, pt{94, hipY}, pose.backLeg, pose.backLift, tsumiLimbFar, tsumiShoeFar)
	tsumiLeg(c, pt{144, hipY}, pose.frontLeg, pose.frontLift, tsumiLimb, tsumiShoe)
	tsumiSprout(c, dy)
	tsumiBody(c, dy)
	tsumiFace(c, dy)
	return c.image()
}

// tsumiBody draws the block: a rounded cube seen from the front, a little from above and
// from the right.
func tsumiBody(c *canvas, dy float64) {
	const (
		x0, y0, x1, y1 = 50, 74, 170, 186 // front face
		r              = 22               // corner radius
		depth          = 18               // how far the back face sits up and right
	)
	// The block is the front face's core swept back to the back face, grown by the corner
	// radius: a hexagon with rounded corners.
	a, b := pt{x0 + r, y0 + r + dy}, pt{x1 - r, y1 - r + dy}
	d := pt{depth, -depth}
	hull := polygon(
		pt{a.x, a.y}, pt{a.x + d.x, a.y + d.y}, pt{b.x + d.x, a.y + d.y},
		pt{b.x + d.x, b.y + d.y}, pt{b.x, b.y}, pt{a.x, b.y})
	block := grow(hull, r)
	front := roundRect(x0, y0+dy, x1, y1+dy, r)

	c.fill(grow(block, tsumiStroke), tsumiOutline)
	c.fill(block, tsumiSide)
	// The top face is the part of the block above the edge that runs back from the front
	// face's top-right corner.
	corner := pt{b.x, a.y}
	c.fill(intersect(block, halfPlane(corner, pt{1, 1})), tsumiTop)
	edgeStart := corner.add(polar(r, -45))
	c.fill(capsule(edgeStart, edgeStart.add(d), 1.8), tsumiOutline)
	// A little wood grain on the side and top.
	c.fill(intersect(block, subtract(
		polyline(1.4, pt{176, 120 + dy}, pt{180, 134 + dy}, pt{179, 150 + dy}),
		front)), tsumiOutline)
	c.fill(polyline(1.4, pt{92, 68 + dy}, pt{102, 62 + dy}, pt{118, 60 + dy}), mix(tsumiTop, tsumiOutline, 0.45))
	c.fill(grow(front, 3), tsumiOutline)
	c.fill(front, tsumiFront)
	// A soft highlight along the front face's top-left edge.
	c.fill(intersect(grow(front, -6), subtract(front, move(front, pt{5, 5}))), mix(tsumiFront, white, 0.45))
}

// tsumiFace draws eyes, cheeks and an open smile, set towards the right of the front face so
// Tsumi looks the way it walks.
func tsumiFace(c *canvas, dy float64) {
	for _, x := range []float64{104, 146} {
		eye := pt{x, 118 + dy}
		c.fill(ellipse(eye, 9, 12.5, 0), tsumiEye)
		c.fill(circle(eye.add(pt{3, -5}), 4), white)
		c.fill(circle(eye.add(pt{-3, 5}), 1.8), white)
	}
	c.fill(ellipse(pt{90, 146 + dy}, 10, 6.5, 0), tsumiCheek)
	c.fill(ellipse(pt{160, 146 + dy}, 10, 6.5, 0), tsumiCheek)
	mouth := intersect(ellipse(pt{125, 140 + dy}, 13, 14, 0), halfPlane(pt{0, 140 + dy}, pt{0, -1}))
	c.fill(grow(mouth, 1), tsumiMouth)
	c.fill(intersect(mouth, circle(pt{125, 156 + dy}, 8)), tsumiTongue)
}

// tsumiSprout draws two leaves growing out of the middle of the top face.
func tsumiSprout(c *canvas, dy float64) {
	base, top := pt{120, 60 + dy}, pt{118, 34 + dy}
	stem := capsule(base, top, 3)
	left := leaf(top, 28, 15, 205)
	right := leaf(top, 34, 18, -28)
	all := union(stem, left, right)
	c.fill(grow(all, 3.5), tsumiOutline)
	c.fill(all, tsumiLeaf)
	c.fill(intersect(right, halfPlane(top, polar(1, -28+90))), tsumiLeafLit)
	c.fill(intersect(left, halfPlane(top, polar(1, 205-90))), tsumiLeafLit)
}

// tsumiArm draws an arm from the shoulder, swung out by deg degrees to side (-1 left, 1 right).
func tsumiArm(c *canvas, shoulder pt, deg, side float64, col color.NRGBA) {
	const length = 40
	s, co := math.Sincos(deg * math.Pi / 180)
	hand := shoulder.add(pt{side * s * length, co * length})
	arm := union(capsule(shoulder, hand, 7), circle(hand, 10.5))
	c.fill(grow(arm, tsumiStroke-1), tsumiOutline)
	c.fill(arm, col)
}

// tsumiLeg draws a leg from the hip, deg degrees forward, with the foot raised by lift pixels,
// and a shoe that points right.
func tsumiLeg(c *canvas, hip pt, deg, lift float64, leg, shoe color.NRGBA) {
	s, co := math.Sincos(deg * math.Pi / 180)
	ankle := hip.add(pt{s * tsumiLegLen, co*tsumiLegLen - lift})
	limb := capsule(hip.sub(pt{0, 20}), ankle, 8)
	foot := union(capsule(ankle.add(pt{-4, 2}), ankle.add(pt{12, 2}), 10), roundRect(ankle.x-14, ankle.y+4, ankle.x+22, ankle.y+12, 4))
	all := union(limb, foot)
	c.fill(grow(all, tsumiStroke-1), tsumiOutline)
	c.fill(limb, leg)
	c.fill(foot, shoe)
	c.fill(intersect(foot, move(grow(foot, -3), pt{-2, -3})), mix(shoe, white, 0.25))
}
