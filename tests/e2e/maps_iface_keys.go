// Interface-typed keys hash and compare through their dynamic types: the
// same value under different types is a different key, struct and pointer
// values work, a nil interface is a key too, NaNs in interfaces stay
// distinct, non-empty interfaces work the same way, and fmt prints them
// sorted by type first (in gc's order of type descriptors).
package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y int }

type Celsius float64

type Shape interface{ Area() int }

type Square struct{ Side int }

func (s Square) Area() int { return s.Side * s.Side }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[Celsius(1)] = "celsius 1"
	m[true] = "true"
	m[Point{1, 2}] = "point"
	m[nil] = "nil"
	fmt.Println(len(m), m[1], m[int64(1)], m["1"], m[1.0], m[Celsius(1)], m[true], m[Point{1, 2}], m[nil])
	_, ok := m[Point{2, 1}]
	fmt.Println(ok, m[uint8(1)] == "")
	m[1] = "int one"
	delete(m, "1")
	fmt.Println(len(m), m[1])

	nan := math.NaN()
	m[nan] = "a"
	m[nan] = "b"
	_, ok = m[nan]
	fmt.Println(len(m), ok)

	r := &Rect{2, 3}
	shapes := map[Shape]string{Square{2}: "square", r: "rect"}
	shapes[Square{2}] += "!"
	shapes[&Rect{2, 3}] = "another rect"
	fmt.Println(len(shapes), shapes[Square{2}], shapes[r], shapes[Square{3}] == "")
	total := 0
	for s, name := range shapes {
		total += s.Area() + len(name)
	}
	fmt.Println(total)

	printed := map[any]int{"b": 1, 2: 2, "a": 3, 1: 4}
	fmt.Println(printed)
	mixed := map[any]int{"s": 1, 2: 2, 3.5: 3, true: 4, Point{1, 0}: 5, int64(7): 6, Celsius(2): 7, uint8(3): 8, [2]int{1, 2}: 9, int32(5): 10}
	fmt.Println(mixed)
}
