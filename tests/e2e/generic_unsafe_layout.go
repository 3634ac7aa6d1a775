// unsafe.Sizeof, Alignof and Offsetof of operands whose types mention
// type parameters: not constants, the instance's layout (gc's on amd64).
package main

import (
	"fmt"
	"unsafe"
)

func layout[T any](x T) (uintptr, uintptr) {
	return unsafe.Sizeof(x), unsafe.Alignof(x)
}

type Pair[T any] struct {
	a T
	b int8
	c T
}

func (p *Pair[T]) offsets() (uintptr, uintptr, uintptr) {
	return unsafe.Offsetof(p.a), unsafe.Offsetof(p.b), unsafe.Offsetof(p.c)
}

func main() {
	fmt.Println(layout(int8(1)))
	fmt.Println(layout("abc"))
	fmt.Println(layout([]int{1}))
	fmt.Println(layout(map[int]int{}))
	fmt.Println(layout(struct {
		a int8
		b int64
	}{}))
	fmt.Println(layout(any(1)))
	fmt.Println(layout(complex(1, 2)))
	fmt.Println(layout([3]int16{}))
	fmt.Println(layout(make(chan int)))
	fmt.Println((&Pair[int16]{}).offsets())
	fmt.Println((&Pair[string]{}).offsets())
	fmt.Println(unsafe.Sizeof(Pair[int32]{}), unsafe.Sizeof(Pair[float64]{}))
}
