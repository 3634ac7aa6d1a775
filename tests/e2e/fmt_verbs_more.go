// fmt verbs the other programs leave out: %O, %E, %F, %G, %p of nil, %U
// with #, * width and precision, and flags combined with them.
package main

import "fmt"

type T struct{ a int }

func main() {
	fmt.Printf("%O %O %#o %o\n", 64, -8, 8, 8)
	fmt.Printf("%E %.2E %e %10.3E|\n", 123456.789, 0.000123, 1e21, -1.5)
	fmt.Printf("%F %.1F %8.2F| %-8.2F|\n", 3.14159, 2.25, -1.5, 1.0)
	fmt.Printf("%G %G %.3G %G %G\n", 1e21, 1e-7, 123456.0, 100000.0, 1e6)
	fmt.Printf("%E %G %F\n", complex(1, -2), complex(1e21, 1e-7), complex(0.5, 0))
	var p *T
	var m map[int]int
	var f func()
	var c chan int
	fmt.Printf("%p %p %p %p %v\n", p, m, f, c, p)
	fmt.Printf("%U %#U %#U\n", 0x1F600, 'x', 0x2028)
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828)
	fmt.Printf("[%*d]\n", -5, 7)
	fmt.Printf("%+.3e %+G % E\n", 12345.678, -0.5, 2.0)
	fmt.Printf("%x %X %#x\n", 3.5, -1.25, 1.0)
	fmt.Printf("%b %.3b\n", 1.0, 5)
	fmt.Printf("%08.3f|%-08.3f|%+08d\n", -3.14159, 2.5, 42)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
}
