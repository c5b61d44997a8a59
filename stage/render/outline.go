package render

import (
	"image"
	"math"

	"tsumiki/stage"
)

// outline returns the convex hull of the pixels of img that are not fully transparent, in
// costume units (pixel coordinates divided by resX and resY), or nil when every pixel is
// transparent. scratch-render places speech bubbles from such a hull, so a bubble sits at
// the top of what is drawn rather than at the top of the picture's rectangle.
func outline(img image.Image, resX, resY float64) []vec {
	b := img.Bounds()
	var pts []vec
	for y := b.Min.Y; y < b.Max.Y; y++ {
		left, right := -1, -1
		for x := b.Min.X; x < b.Max.X; x++ {
			if opaque(img, x, y) {
				left = x
				break
			}
		}
		if left < 0 {
			continue
		}
		for x := b.Max.X - 1; x >= left; x-- {
			if opaque(img, x, y) {
				right = x
				break
			}
		}
		// The corners of the row's first and last pixels.
		y0, y1 := float64(y-b.Min.Y), float64(y-b.Min.Y+1)
		l, r := float64(left-b.Min.X), float64(right-b.Min.X+1)
		pts = append(pts, vec{l, y0}, vec{l, y1}, vec{r, y0}, vec{r, y1})
	}
	hull := convexHull(pts)
	for i := range hull {
		hull[i].x /= resX
		hull[i].y /= resY
	}
	return hull
}

// opaque reports whether the pixel at x, y has any alpha.
func opaque(img image.Image, x, y int) bool {
	switch m := img.(type) {
	case *image.NRGBA:
		return m.Pix[m.PixOffset(x, y)+3] != 0
	case *image.RGBA:
		return m.Pix[m.PixOffset(x, y)+3] != 0
	case *image.Paletted:
		_, _, _, a := m.Palette[m.ColorIndexAt(x, y)].RGBA()
		return a != 0
	}
	_, _, _, a := img.At(x, y).RGBA()
	return a != 0
}

// convexHull returns the convex hull of pts, as stage.ConvexHull does.
func convexHull(pts []vec) []vec {
	ps := make([]stage.Point, len(pts))
	for i, p := range pts {
		ps[i] = stage.Point{X: p.x, Y: p.y}
	}
	hull := stage.ConvexHull(ps)
	if len(hull) == 0 {
		return nil
	}
	out := make([]vec, len(hull))
	for i, p := range hull {
		out[i] = vec{p.X, p.Y}
	}
	return out
}

// footprint returns a convex polygon of at most eight corners, in pixels, that holds every
// pixel of a w×h picture whose outline (in pixels) is ol, with a pixel to spare for
// filtering: the picture's rectangle with its corners cut off where they are transparent.
// Drawing the footprint instead of the whole rectangle leaves out pixels that would be
// transparent anyway, which a software renderer pays for. It returns nil when ol is empty.
func footprint(ol []vec, w, h int) []vec {
	if len(ol) == 0 {
		return nil
	}
	const margin = 1
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	minS, maxS, minD, maxD := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1) // x+y, x-y
	for _, p := range ol {
		minX, maxX = math.Min(minX, p.x), math.Max(maxX, p.x)
		minY, maxY = math.Min(minY, p.y), math.Max(maxY, p.y)
		minS, maxS = math.Min(minS, p.x+p.y), math.Max(maxS, p.x+p.y)
		minD, maxD = math.Min(minD, p.x-p.y), math.Max(maxD, p.x-p.y)
	}
	x0, x1 := math.Max(0, minX-margin), math.Min(float64(w), maxX+margin)
	y0, y1 := math.Max(0, minY-margin), math.Min(float64(h), maxY+margin)
	poly := []vec{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}
	const diag = margin * math.Sqrt2
	// Each cut keeps the points p with a·p.x + b·p.y <= c.
	for _, cut := range [4][3]float64{
		{-1, -1, -(minS - diag)}, // top left: x+y >= minS
		{1, -1, maxD + diag},     // top right: x-y <= maxD
		{1, 1, maxS + diag},      // bottom right: x+y <= maxS
		{-1, 1, -(minD - diag)},  // bottom left: x-y >= minD
	} {
		poly = clipPolygon(poly, cut[0], cut[1], cut[2])
	}
	return poly
}

// clipPolygon returns the part of the convex polygon poly where a·x + b·y <= c.
func clipPolygon(poly []vec, a, b, c float64) []vec {
	out := make([]vec, 0, len(poly)+1)
	for i, p := range poly {
		q := poly[(i+1)%len(poly)]
		dp, dq := a*p.x+b*p.y-c, a*q.x+b*q.y-c
		if dp <= 0 {
			out = append(out, p)
		}
		if (dp < 0 && dq > 0) || (dp > 0 && dq < 0) {
			t := dp / (dp - dq)
			out = append(out, vec{p.x + t*(q.x-p.x), p.y + t*(q.y-p.y)})
		}
	}
	return out
}
