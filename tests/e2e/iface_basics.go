// Interfaces: dynamic calls, boxing of values and pointers, comma-ok
// assertions, type switches, fmt of structs, Stringer, == and nil.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	fmt.Println(total(shapes))
	var s Shape = Rect{1, 1}
	fmt.Println(s.Perimeter(), s)
	var x any = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	_, ok = x.(string)
	fmt.Println(ok)
	fmt.Println(describe(nil), describe(1), describe("a"), describe(Celsius(20)), describe(Point{1, 2}))
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %T\n", &p, &p)
	fmt.Println(Celsius(36.6))
	var e1, e2 any = Point{1, 2}, Point{1, 2}
	fmt.Println(e1 == e2, e1 != nil, x == 42)
	var cp *Circle
	var sh Shape = cp
	fmt.Println(sh == nil, cp == nil)
	fmt.Println([]any{1, "a", nil, 2.5, p})
}
