// Package geo is a package other than main, translated with -p as rtlib's
// build translates the standard packages.
package geo

import "unicode/utf8"

// Origin has an initializer: it runs in init_package().
var Origin = Point{X: 1, Y: utf8.RuneLen('é')}

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func init() { Origin.X++ }

// Pair assigns to a map entry in a range clause, which go2cpp does not
// translate yet: the package is translated without it, and without Swap,
// which uses it.
func Pair(p Point) map[int]int {
	m := map[int]int{}
	for m[p.X] = range map[int]int{p.Y: p.X} {
	}
	return m
}

func Swap(p Point) Point { q := Pair(p); return Point{q[p.X], p.X} }
