// complex(f()) takes both results of f as the parts (the printer once read
// past the single argument and crashed).
package main

import "fmt"

func parts() (float64, float64) { return 1.5, -2 }

func parts32() (float32, float32) { return 3, 4 }

func main() {
	c := complex(parts())
	fmt.Println(c, real(c), imag(c))
	d := complex(parts32())
	fmt.Printf("%T %v\n", d, d)
}
