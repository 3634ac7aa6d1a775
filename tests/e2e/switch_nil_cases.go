package main

import "fmt"

// case nil on slices, maps, funcs, channels and pointers (types comparable
// only with nil), and a tagless switch whose case is an interface value.
func kind[T any](s []T, m map[int]T, f func() T) string {
	r := ""
	switch s {
	case nil:
		r += "nil-slice "
	default:
		r += "slice "
	}
	switch m {
	case nil:
		r += "nil-map "
	}
	switch f {
	case nil:
		r += "nil-func"
	default:
		r += "func"
	}
	return r
}

func main() {
	fmt.Println(kind[int](nil, nil, nil))
	fmt.Println(kind([]string{"a"}, map[int]string{}, func() string { return "" }))
	var c chan int
	switch c {
	case nil:
		fmt.Println("nil chan")
	}
	p := new(int)
	switch p {
	case nil:
		fmt.Println("nil pointer")
	default:
		fmt.Println("pointer")
	}
	for _, v := range []interface{}{true, false, 1} {
		switch i := v; {
		case i:
			fmt.Println("true")
		case false:
			fmt.Println("false")
		default:
			fmt.Println("default", i)
		}
	}
}
