package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a byte
	b int64
	c int16
	d string
	e [3]int32
}

type Empty struct{}

type Tail struct {
	n int32
	z Empty
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e))
	fmt.Println(unsafe.Sizeof(Empty{}), unsafe.Sizeof(Tail{}), unsafe.Sizeof([]int{}), unsafe.Sizeof(""), unsafe.Sizeof(any(nil)), unsafe.Sizeof(complex64(0)), unsafe.Alignof(complex64(0)))
	s.c = 42
	p := unsafe.Pointer(&s)
	c := (*int16)(unsafe.Add(p, unsafe.Offsetof(s.c)))
	*c += 1
	fmt.Println(s.c, *c)
	u := uintptr(p)
	q := (*S)(unsafe.Pointer(u))
	fmt.Println(q == &s, p != nil)
	arr := [4]int{1, 2, 3, 4}
	sl := unsafe.Slice(&arr[1], 2)
	sl[0] = 20
	fmt.Println(sl, len(sl), cap(sl), arr)
	var nilp *int
	fmt.Println(len(unsafe.Slice(nilp, 0)))
	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	_ = unsafe.Slice(&arr[0], n)
}
