// MakeFunc: func values made by reflect are callable as ordinary func
// values (through Interface and a type assertion, and through Call), take
// any number of parameters and results, convert results to interfaces,
// and panic as gc's when the function returns the wrong values.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Adder func(a, b int) int

type Pair struct {
	A string
	B int
}

func swap(in []reflect.Value) []reflect.Value {
	return []reflect.Value{in[1], in[0]}
}

func hello() string { return "hello" }

func expectPanic(name string, f func()) {
	defer func() {
		e := recover()
		fmt.Printf("%s: %v\n", name, e)
	}()
	f()
}

func main() {
	var intSwap func(int, int) (int, int)
	reflect.ValueOf(&intSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(intSwap), swap))
	fmt.Println(intSwap(1, 2))

	var strSwap func(string, string) (string, string)
	fn := reflect.MakeFunc(reflect.TypeOf(strSwap), swap)
	strSwap = fn.Interface().(func(string, string) (string, string))
	fmt.Println(strSwap("a", "b"))

	// A named func type, called through Call as well.
	calls := 0
	add := reflect.MakeFunc(reflect.TypeOf(Adder(nil)), func(in []reflect.Value) []reflect.Value {
		calls++
		return []reflect.Value{reflect.ValueOf(int(in[0].Int() + in[1].Int()))}
	})
	a := add.Interface().(Adder)
	fmt.Println(a(3, 4), add.Call([]reflect.Value{reflect.ValueOf(5), reflect.ValueOf(6)})[0].Int(), calls)
	fmt.Printf("%T %v\n", add.Interface(), add.Kind())

	// No parameters, no results; a struct argument kept after the call.
	var kept []reflect.Value
	var keep func(Pair)
	reflect.ValueOf(&keep).Elem().Set(reflect.MakeFunc(reflect.TypeOf(keep), func(in []reflect.Value) []reflect.Value {
		kept = append(kept, in...)
		return nil
	}))
	keep(Pair{"x", 1})
	keep(Pair{"y", 2})
	fmt.Println(kept[0].Interface(), kept[1].Field(0))
	ticks := 0
	tick := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
		ticks++
		return nil
	}).Interface().(func())
	tick()
	tick()
	fmt.Println("ticks", ticks)

	// Variadic: the last argument arrives as the slice.
	join := reflect.MakeFunc(reflect.TypeOf((func(string, ...string) string)(nil)), func(in []reflect.Value) []reflect.Value {
		parts := in[1].Interface().([]string)
		return []reflect.Value{reflect.ValueOf(strings.Join(parts, in[0].String()))}
	}).Interface().(func(string, ...string) string)
	fmt.Println(join("-", "a", "b", "c"))

	// A result converted to the interface type it is returned as.
	var describe func() fmt.Stringer
	var err func() error
	reflect.ValueOf(&describe).Elem().Set(reflect.MakeFunc(reflect.TypeOf(describe), func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(reflect.Int)}
	}))
	fmt.Println(describe().String())
	reflect.ValueOf(&err).Elem().Set(reflect.MakeFunc(reflect.TypeOf(err), func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())}
	}))
	fmt.Println(err() == nil)

	// Value.Pointer of funcs: the code, the same for two values of one function.
	fmt.Println(reflect.ValueOf(hello).Pointer() == reflect.ValueOf(hello).Pointer(), reflect.ValueOf(hello).Pointer() != 0)
	var nilFunc func()
	fmt.Println(reflect.ValueOf(nilFunc).Pointer(), reflect.ValueOf(nilFunc).IsNil(), reflect.ValueOf(tick).IsNil())

	expectPanic("count", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
		f.Interface().(func() int)()
	})
	expectPanic("type", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf("no")}
		})
		f.Interface().(func() int)()
	})
	expectPanic("kind", func() { reflect.MakeFunc(reflect.TypeOf(0), swap) })
}
