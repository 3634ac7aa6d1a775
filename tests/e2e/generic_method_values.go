package main

import "fmt"

type Namer interface{ Name() string }

type val int

func (v val) Name() string { return fmt.Sprint("val", int(v)) }

type ref struct{ n string }

func (r *ref) Name() string { return "ref " + r.n }

// Method values and method expressions of a type parameter's methods.
func names[T Namer](xs ...T) []string {
	var out []string
	for _, x := range xs {
		bound := x.Name
		expr := T.Name
		out = append(out, bound(), expr(x))
	}
	return out
}

func later[T Namer](x T) func() string { return x.Name }

type _[T any] struct{ v T } // a generic type named _: never used

func main() {
	fmt.Println(names(val(1), val(2)))
	fmt.Println(names(&ref{"a"}))
	fmt.Println(names[Namer](val(3), &ref{"b"}))
	r := &ref{"before"}
	f := later(r)
	r.n = "after"
	fmt.Println(f())
	v := val(4)
	g := later(v)
	v = 5
	fmt.Println(g())
}
