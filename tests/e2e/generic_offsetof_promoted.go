package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	X byte
	Y int64
}

type Mid struct {
	Tag string
	Inner
}

type Outer[K any] struct {
	Key K
	Mid
}

// unsafe.Offsetof of fields promoted through embedded structs, in generic code.
func offsets[K any](o *Outer[K]) []uintptr {
	return []uintptr{unsafe.Offsetof(o.Key), unsafe.Offsetof(o.Mid), unsafe.Offsetof(o.Tag),
		unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.X), unsafe.Offsetof(o.Y)}
}

func main() {
	fmt.Println(offsets(new(Outer[byte])))
	fmt.Println(offsets(new(Outer[string])))
	var o Outer[int32]
	fmt.Println(offsets(&o), unsafe.Offsetof(o.Y))
}
