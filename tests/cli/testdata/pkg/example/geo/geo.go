// Package geo is a package other than main, translated with -p as rtlib's
// build translates the standard packages.
package geo

import (
	"runtime"
	"unicode/utf8"
)

// Origin has an initializer: it runs in init_package().
var Origin = Point{X: 1, Y: utf8.RuneLen('é')}

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func init() { Origin.X++ }

// Pair reads the heap profile, which go2cpp does not provide yet: the
// package is translated without it, and without Swap, which uses it.
func Pair(p Point) map[int]int {
	n, _ := runtime.MemProfile(nil, false)
	return map[int]int{p.X: p.Y + n}
}

func Swap(p Point) Point { q := Pair(p); return Point{q[p.X], p.X} }
