// Func values in interfaces: boxing, assertions, type switches, %T/%v,
// methods of func types through interfaces, and gc's panics for == and
// map keys of func values.

package main

import "fmt"

type F func(int) int

func double(x int) int { return 2 * x }

func main() {
	var i interface{} = double
	f := i.(func(int) int)
	fmt.Println(f(21))
	var j interface{} = F(double)
	g, ok := j.(F)
	fmt.Println(g(4), ok)
	_, ok = j.(func(int) int)
	fmt.Println(ok)
	fmt.Printf("%T %T\n", i, j)
	var n interface{} = (func())(nil)
	fmt.Printf("%v %T\n", n, n)
	fmt.Println(n == nil, i != nil)
	switch x := i.(type) {
	case func(): fmt.Println("func()")
	case func(int) int: fmt.Println("func(int) int", x(1))
	}
	k := 3
	var c interface{} = func() int { return k }
	k = 4
	fmt.Println(c.(func() int)())
	defer func() { fmt.Println(recover()) }()
	m := map[interface{}]int{}
	func() {
		defer func() { fmt.Println(recover()) }()
		m[i] = 1
	}()
	fmt.Println(i == j)
	fmt.Println(i == i)
}

type Caller interface{ Call() string }
type G func() string

func (g G) Call() string { return "G:" + g() }

type S struct {
	Name string
	F    func()
}

func init() {
	var c Caller = G(func() string { return "hi" })
	fmt.Println(c.Call())
	fmt.Printf("%v %+v\n", S{"a", nil}, S{Name: "b"})
	fmt.Println(S{"c", func() {}}.F != nil)
	var v interface{} = join
	fmt.Printf("%T\n", v)
	fmt.Println(v.(func(string, ...int) (string, int))("-", 1, 2))
}

func join(sep string, xs ...int) (string, int) {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += fmt.Sprint(x)
	}
	return s, len(xs)
}
