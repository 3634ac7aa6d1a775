// Func values and closures: captured variables are shared by reference,
// one loop variable per loop (Go 1.19), recursive closures, method values
// and method expressions, func-typed fields, variadic func values.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Scale(k int)  { p.X *= k; p.Y *= k }
func (p Point) Add(d int) int { return p.X + d }

type Op struct {
	name string
	f    func(int, int) int
}

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func named() (r int) {
	set := func() { r = 42 }
	set()
	return
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	d := counter()
	fmt.Println(d(), c())

	k := 3
	fmt.Println(apply(func(x int) int { return x * k }, []int{1, 2, 3}))
	k = 10
	triple := func(x int) int { return x * k }
	fmt.Println(triple(2))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	ops := []Op{{"add", add}, {"mul", mul}}
	for _, op := range ops {
		fmt.Println(op.name, op.f(6, 7))
	}

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}
	var funcs2 []func() int
	for i := 0; i < 3; i++ {
		j := i
		funcs2 = append(funcs2, func() int { return j * j })
	}
	for _, f := range funcs2 {
		fmt.Println(f())
	}

	p := Point{1, 2}
	s := p.Sum
	p.X = 100
	fmt.Println(s(), p.Sum())
	sc := p.Scale
	sc(2)
	fmt.Println(p.X, p.Y)
	f2 := Point.Add
	fmt.Println(f2(p, 5))
	f3 := (*Point).Scale
	f3(&p, 3)
	fmt.Println(p.X, p.Y)

	var nilf func()
	fmt.Println(nilf == nil, c != nil)

	v := sum
	fmt.Println(v(1, 2, 3), v())
	dm := divmod
	q, r := dm(17, 5)
	fmt.Println(q, r)
	fmt.Println(named())

	x := 0
	func() { x = 5 }()
	fmt.Println(x)
	res := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(res)

	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return f(g(x)) }
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))

	total := 0
	each := func(xs []int, f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each([]int{1, 2, 3, 4}, func(x int) { total += x })
	fmt.Println(total)
}
