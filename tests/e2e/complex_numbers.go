package main

import (
	"fmt"
	"math"
)

type C complex128

const k = 1 + 2i

func div(a, b complex128) complex128 { return a / b }

func main() {
	var a complex128 = 3 + 4i
	b := complex(1.5, -2)
	var c64 complex64 = complex64(a)
	fmt.Println(a, b, c64, a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a), imag(a), real(c64), imag(c64))
	println(a, c64, k)
	fmt.Printf("%v %.2f %e %+v %T %T\n", a, b, a, b, c64, C(a))
	fmt.Printf("%8.3f|%g\n", a, complex(math.Inf(1), math.NaN()))
	var z complex128
	fmt.Println(div(a, z), div(z, z), div(complex(math.Inf(1), 1), 2), div(1, complex(math.Inf(1), 0)))
	a += 1i
	a *= 2
	a /= 1 + 1i
	a -= k
	fmt.Println(a, a == k, a != 0)
	m := map[complex128]int{1i: 1, 2: 2}
	m[1i]++
	fmt.Println(m[1i], m[2], len(m))
	var x interface{} = k
	switch v := x.(type) {
	case complex128:
		fmt.Println("complex128", v)
	}
	x = c64
	fmt.Println(x == complex64(3+4i), x)
	var cc C = C(b) * 2
	fmt.Println(cc, complex128(cc))
	fmt.Println(complex64(complex(float32(1.25), float32(0.5))) / complex64(2i))
}
