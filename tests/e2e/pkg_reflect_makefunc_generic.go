// MakeFunc of func types that mention type parameters (their descriptors
// are made at run time from generic code), and recover() in a function
// that a func value made by MakeFunc calls as a deferred call.
package main

import (
	"fmt"
	"reflect"
)

func identity[T any]() func(T) T {
	var f func(T) T
	v := reflect.MakeFunc(reflect.TypeOf(f), func(in []reflect.Value) []reflect.Value { return in })
	return v.Interface().(func(T) T)
}

func reflectFunc(args []reflect.Value) (results []reflect.Value) {
	fmt.Println("recovered:", recover())
	return nil
}

func test15() {
	f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), reflectFunc).Interface().(func())
	defer f()
	panic(15)
}

func main() {
	fmt.Println(identity[int]()(7), identity[string]()("s"))
	fmt.Println(reflect.ValueOf(identity[int]()).Pointer() != 0)
	test15()
}
