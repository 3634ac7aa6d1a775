// fmt.Printf with %d %s %v %f (with widths and precisions) and Println of
// mixed values.
package main

import "fmt"

func main() {
	n := 42
	s := "gopher"
	f := 2.5
	ok := true
	fmt.Printf("%d|%s|%v|%f\n", n, s, ok, f)
	fmt.Printf("%5d|%-5d|%05d\n", n, n, n)
	fmt.Printf("%8s|%-8s|\n", s, s)
	fmt.Printf("%.2f|%8.3f|%v\n", f, f, f)
	fmt.Printf("%v %v %v %v\n", n, s, f, ok)
	fmt.Printf("%d%%\n", 100)
	fmt.Println(n, s, f, ok, -n)
	fmt.Print("no newline", " ", n, "\n")
}
