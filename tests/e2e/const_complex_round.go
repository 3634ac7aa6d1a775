package main

import "fmt"

// Typed complex constants round both parts to their part type, as float
// constants do (complex64: float32 parts).
const x30 = 1 << 30
const x60 = 1 << 60

const (
	f32 = float32(x30) + 1 - x30
	c64 = complex64(x30) + 1 - x30
	c64i = complex64(complex(0, x30)) + 1i - complex(0, x30)
	c128 = complex128(x60) + 1 - x60
	c128b = complex128(x30) + 1 - x30
)

func main() {
	fmt.Println(f32, c64, c64i, c128, c128b)
	var c complex64 = 1.0000000001 + 0.1i
	fmt.Println(c, real(c) == 1)
}
