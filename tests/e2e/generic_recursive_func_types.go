// Generic types that hold func types mentioning the type parameter,
// reaching themselves (Go's typeparam/issue47878.go): their descriptors
// are made at run time, with gc's names.
package main

import (
	"fmt"
	"reflect"
)

type Src1[T any] func() Src1[T]

func (s *Src1[T]) Next() {
	*s = (*s)()
}

type Src2[T any] []func() Src2[T]

func (s Src2[T]) Next() {
	_ = s[0]()
}

type Src5[T any] func() Src5[T]

func (s Src5[T]) Next() {
	var x interface{} = s
	_ = (x.(Src5[T]))()
}

type Pipe[T any] []func(T, ...T) (T, error)

func describe[T any]() string {
	var p Pipe[T]
	return reflect.TypeOf(p).Elem().String()
}

func main() {
	var src1 Src1[int] = func() Src1[int] { return nil }
	src1.Next()
	fmt.Println(src1 == nil)
	var f func() Src2[int]
	f = func() Src2[int] { return nil }
	src2 := Src2[int]{f}
	src2.Next()
	var src5 Src5[int] = func() Src5[int] { return nil }
	src5.Next()
	fmt.Printf("%T\n%T\n", src2, src2[0])
	fmt.Println(describe[string]())
}
