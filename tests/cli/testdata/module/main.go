// A program of several packages: its module's own (one internal, one
// nested), a required module replaced by a folder, and the standard ones.
package main

import (
	"errors"
	"fmt"
	"os"

	"example.com/greet"
	"example.com/shapes/geom"
	u "example.com/shapes/geom/units"
	"example.com/shapes/internal/registry"
)

type circle struct{ r float64 }

func (c circle) Area() float64 { return 3 * c.r * c.r }
func (c circle) Name() string  { return "circle" }

func main() {
	fmt.Println(greet.Hello("shapes"), greet.Greetings)
	r := geom.NewRect(1, 2, 3, 4)
	r.Scale(2)
	fmt.Println(r.X, r.Point, r.Area(), r.Name(), geom.Count)
	var s geom.Shape = r
	if rr, ok := s.(*geom.Rect); ok {
		fmt.Printf("%T %v %+v\n", rr, rr.Point, *rr)
	}
	registry.Add(r)
	registry.Add(circle{2})
	fmt.Println(registry.Names())
	lens := geom.Map([]float64{1, 2.5}, func(f float64) u.Length { return u.Length(f) })
	fmt.Println(lens, len(lens))
	fmt.Println(geom.Pair[string, int]{"k", 7}, geom.Describe())
	fmt.Printf("%T %T\n", geom.Pair[u.Length, bool]{}, u.Unit)
	var sized interface{ Area() float64 } = circle{1}
	b := geom.Bounds(r)
	fmt.Println(geom.Measure(sized), geom.Measure(r), b.W, b == struct{ W, H float64 }{6, 8})
	defer func() {
		err := recover().(error)
		fmt.Println("recovered:", err, errors.Is(err, geom.ErrNegative))
		if len(os.Args) > 1 {
			panic(err)
		}
	}()
	geom.MustPositive(-1)
}
