// A positional struct literal gives its blank fields values that are
// evaluated and dropped (the field stays zero); an empty string slice keeps
// its base pointer, as with gc.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type T struct {
	a int
	_ int
	b string
	_ [2]byte
}

var calls int

func side() int { calls++; return 7 }

var x = struct{ a, _, c int }{1, 2, 3}

func base(s string) uintptr { return *(*uintptr)(unsafe.Pointer(&s)) }

func main() {
	t := T{1, side(), "b", [2]byte{1, 2}}
	v := reflect.ValueOf(t)
	fmt.Println(t.a, t.b, v.Field(1).Int(), v.Field(3).Index(0).Uint(), calls)
	fmt.Println(x.a, x.c, reflect.ValueOf(x).Field(1).Int())
	fmt.Println(T{} == T{a: 0}, t == T{1, 9, "b", [2]byte{}})

	s := "hello"
	n := len(s)
	fmt.Println(base(s[n:])-base(s), base(s[2:2])-base(s), base(s[1:][4:])-base(s), base(s[3:])-base(s))
}
