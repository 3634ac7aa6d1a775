// Package geo is a package other than main, translated with -p as rtlib's
// build translates the standard packages.
package geo

import "unicode/utf8"

// Origin has an initializer: it runs in init_package().
var Origin = Point{X: 1, Y: utf8.RuneLen('é')}

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func init() { Origin.X++ }

// Pair returns a struct type without a name, which go2cpp does not
// translate yet: the package is translated without it, and without Swap,
// which uses it.
func Pair(p Point) struct{ A, B int } { return struct{ A, B int }{p.X, p.Y} }

func Swap(p Point) Point { q := Pair(p); return Point{q.B, q.A} }
