// Method signatures spelled as gc's descriptors spell them (uint8 for
// byte, int32 for rune), so that a generic interface instantiated with
// byte matches a method declared with byte.
package main

import "fmt"

type S struct{}

func (S) M() byte             { return 7 }
func (S) R(r rune) []byte     { return []byte(string(r)) }

type I[T any] interface{ M() T }
type J[T, U any] interface{ R(T) U }

func has[X any](v any) bool {
	_, ok := v.(X)
	return ok
}

func main() {
	var s any = S{}
	fmt.Println(has[I[byte]](s), has[I[uint8]](s), has[I[int]](s), has[J[rune, []byte]](s), has[J[int32, []uint8]](s))
	i := s.(I[byte])
	fmt.Println(i.M())
	fmt.Printf("%T %T\n", []byte{}, map[rune]byte{})
}
