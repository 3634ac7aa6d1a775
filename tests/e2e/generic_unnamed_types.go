package main

import "fmt"

type Box[T any] struct {
	inner struct{ v T }
	list  []struct{ k, v T }
}

func pair[T any](a, b T) struct{ a, b T } {
	return struct{ a, b T }{a, b}
}

func first[T any](p struct{ a, b T }) T { return p.a }

func keys[T comparable](xs []T) map[struct{ k T }]int {
	m := map[struct{ k T }]int{}
	for i, x := range xs {
		m[struct{ k T }{x}] = i
	}
	return m
}

type getter[T any] interface{ get() T }

type num int

func (n num) get() int { return int(n) }

func call[T any](x any) (T, bool) {
	if g, ok := x.(interface{ get() T }); ok {
		return g.get(), true
	}
	var zero T
	return zero, false
}

func describe[T any](v T) string {
	s := struct {
		Name  string
		Value T `json:"value"`
	}{"x", v}
	return fmt.Sprintf("%v %+v %T", s, s, s)
}

func main() {
	p := pair(1, 2)
	fmt.Println(p.a, p.b, first(p))
	var q struct{ a, b string } = pair("x", "y")
	fmt.Println(q.a + q.b)
	fmt.Println(first(struct{ a, b float64 }{1.5, 2}))
	var b Box[string]
	b.inner.v = "in"
	b.list = append(b.list, struct{ k, v string }{"k", "v"})
	fmt.Println(b.inner.v, len(b.list), b.list[0].k)
	fmt.Printf("%v %T\n", b, b)
	m := keys([]string{"a", "b", "a"})
	fmt.Println(len(m), m[struct{ k string }{"a"}])
	fmt.Println(call[int](num(4)))
	fmt.Println(call[string](num(4)))
	fmt.Println(describe(3))
	fmt.Println(describe([]string{"a"}))
	var i any = pair(1, 2)
	fmt.Println(i == any(struct{ a, b int }{1, 2}), i == any(struct{ a, b int }{2, 1}))
	_, isPair := i.(struct{ a, b int })
	fmt.Println(isPair)
}
