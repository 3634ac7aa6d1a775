// Package geom has shapes with methods, an interface, a generic function
// and package state that importers see.
package geom

import (
	"errors"
	"fmt"

	"example.com/shapes/geom/units"
)

type Shape interface {
	Area() float64
	Name() string
}

type Point struct{ X, Y units.Length }

type Rect struct {
	Point // embedded: its fields and methods are promoted
	W, H  float64
}

func (p Point) String() string { return fmt.Sprintf("(%v, %v)", p.X, p.Y) }

func (r Rect) Area() float64  { return r.W * r.H }
func (r *Rect) Name() string  { return "rect" }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

var Count = countShapes()

var ErrNegative = errors.New("geom: negative size")

func countShapes() int { fmt.Println("init geom vars"); return 0 }

func init() { fmt.Println("init geom", units.Unit) }

func NewRect(x, y units.Length, w, h float64) *Rect {
	Count++
	return &Rect{Point{x, y}, w, h}
}

// Map is generic: importers instantiate it with their own types.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

func MustPositive(x float64) float64 {
	if x < 0 {
		panic(fmt.Errorf("%w: %v", ErrNegative, x))
	}
	return x
}

func describe() string { return kind() }

func Describe() string { return "geom " + describe() }

// Measure and Bounds spell unnamed types that importers spell too: each
// package's spelling is the same Go type.
func Measure(s interface{ Area() float64 }) float64 { return s.Area() }

func Bounds(r *Rect) struct{ W, H float64 } { return struct{ W, H float64 }{r.W, r.H} }
