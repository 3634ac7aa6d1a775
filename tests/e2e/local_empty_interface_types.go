// Types declared in a function around an empty interface (append.go's
// verifyInterface): the named interface and the slice of it reach
// interfaces, %T names them main.T, and type switches see through them.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	type T interface{}
	type S []T
	e := S{1, "a", 2.5}
	var x interface{} = e
	fmt.Printf("%T %v\n", x, x)
	var y interface{} = T(3)
	fmt.Printf("%T %v\n", y, y)
	switch v := x.(type) {
	case []T:
		fmt.Println("[]T", v)
	case S:
		fmt.Println("S", len(v))
	}
	fmt.Println(reflect.DeepEqual(append(S{}, e[0:2]...), e[0:2]))
	type M map[string]T
	var m interface{} = M{"k": e[1]}
	fmt.Printf("%T %v\n", m, m)
	fmt.Println(reflect.TypeOf(x).Elem(), reflect.TypeOf(x).Elem().Kind())
}
