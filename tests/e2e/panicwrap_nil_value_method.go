package main

import "fmt"

type T int

func (t T) F() string { return fmt.Sprint("F", int(t)) }

type I interface{ F() string }

type Outer struct{ T }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, isErr, err)
		if re, ok := r.(interface{ RuntimeError() }); ok {
			_ = re
			fmt.Println("runtime.Error")
		}
	}()
	f()
}

func main() {
	var t *T
	var i I = t
	try("direct", func() { i.F() })
	var o *Outer
	i = o
	try("promoted", func() { i.F() })
	v := T(3)
	i = &v
	fmt.Println(i.F())
}
