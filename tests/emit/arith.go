// Integer arithmetic with Go's semantics: 8- and 16-bit values wrap,
// division and shifts by variables go through the runtime, constant
// divisors and shift counts use C++'s operators.
package main

import "fmt"

func main() {
	var a int8 = 100
	var b int8 = 50
	fmt.Println(a+b, a*3, -a-b)
	var u uint8 = 200
	fmt.Println(u+100, ^u, u&^0x0f, u>>3, u<<1)

	x, y := 17, 5
	fmt.Println(x/y, x%y, -x/y, -x%y, x/4, x%4)
	n := uint(3)
	fmt.Println(1<<n, x>>n, x<<62, x<<n<<61)
	big := 64
	fmt.Println(x<<big, -x>>big)

	f := 7.5
	fmt.Println(f/2, float64(x)/2, int(f), int8(300+x), uint16(x-20))
	fmt.Println(x&y, x|y, x^y, x&^y)
}
