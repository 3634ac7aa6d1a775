// recover() returns the panic's value: any value panic was given, and for
// the runtime's own panics a runtime.Error whose Error() is gc's text.
package main

import (
	"fmt"
	"runtime"
)

type code int

type myErr struct{ op string }

func (e myErr) Error() string { return "myErr in " + e.op }

func report(name string) {
	r := recover()
	if err, ok := r.(runtime.Error); ok {
		fmt.Printf("%s: runtime.Error %q (%T)\n", name, err.Error(), r)
		return
	}
	if err, ok := r.(error); ok {
		fmt.Printf("%s: error %v\n", name, err)
		return
	}
	fmt.Printf("%s: %v (%T)\n", name, r, r)
}

func index(s []int, i int) int {
	defer report("index")
	return s[i]
}

func divide(a, b int) int {
	defer report("divide")
	return a / b
}

func deref(p *int) int {
	defer report("nil")
	return *p
}

func assert(x interface{}) int {
	defer report("assert")
	return x.(int)
}

func slice(s []int, i int) []int {
	defer report("slice")
	return s[i:2]
}

func value(name string, v interface{}) {
	defer report(name)
	panic(v)
}

func none() {
	defer report("none")
}

func main() {
	fmt.Println(index([]int{1, 2, 3}, 5))
	fmt.Println(divide(1, 0))
	fmt.Println(deref(nil))
	fmt.Println(assert("text"))
	fmt.Println(slice([]int{1, 2, 3}, 3))
	value("string", "plain text")
	value("int", 42)
	value("code", code(7))
	value("error", myErr{"main"})
	value("nil value", nil)
	none()
	fmt.Println(safe())
}

// The deferred call turns the panic into the function's error result.
func safe() (err error) {
	defer toError(&err)
	var m []string
	_ = m[2]
	return nil
}

func toError(err *error) {
	if r := recover(); r != nil {
		*err = r.(error)
	}
}
