// float64 arithmetic, conversions between int and float64, and the way
// Println, %v and %f print floats.
package main

import "fmt"

func average(a, b, c int) float64 {
	return float64(a+b+c) / 3
}

func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	x := 1.5
	y := 0.25
	fmt.Println(x+y, x-y, x*y, x/y)
	fmt.Printf("%f %f\n", x, average(1, 2, 4))
	fmt.Printf("%v %v\n", average(3, 3, 3), y)
	fmt.Printf("%.3f\n", sqrt(2))
	f := 7.9
	fmt.Println(int(f), int(-f), float64(7)/2)
	fmt.Println(1e21, 1e20, 0.000001, 123456789.0)
	fmt.Println(x > y, x == 1.5)
}
