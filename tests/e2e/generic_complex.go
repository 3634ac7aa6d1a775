// Constants, conversions and ++/-- on type parameters whose type sets hold
// complex types.
package main

import "fmt"

type Number interface {
	~int32 | ~float64 | ~complex64 | ~complex128
}

func inc[T Number](x T) T {
	x++
	x++
	x--
	return x
}

func consts[T ~complex64 | ~complex128]() (T, T, T) {
	return T(0), T(3.25), T(-1i)
}

func scale[T Number](x T) T {
	return x * 2
}

func main() {
	fmt.Println(inc(int32(5)), inc(1.5), inc(complex64(2+1i)), inc(complex(1, -1)))
	fmt.Println(consts[complex128]())
	fmt.Println(consts[complex64]())
	fmt.Println(scale(complex64(1+2i)), scale(int32(4)))
	c := complex(1, 2)
	c++
	c--
	c++
	fmt.Println(c)
}
