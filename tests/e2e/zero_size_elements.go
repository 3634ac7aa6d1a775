// Zero-size arrays and elements take no memory, as in gc: the elements of
// [N][0]T and of []struct{} share one address (fixedbugs/bug352.go), and
// [0]T values are still comparable, hashable and composite literals.
package main

import (
	"fmt"
	"unsafe"
)

type E struct{}

var x [10][0]byte
var y = make([]struct{}, 10)
var z [4]E

func count(n *int) E {
	*n++
	return E{}
}

func main() {
	fmt.Println(&x[1] == &x[2], &y[1] == &y[2], &z[0] == &z[3])
	fmt.Println(unsafe.Sizeof(x), unsafe.Sizeof(z), len(x[3]), cap(x[1][:0]))
	var a, b [0]int
	fmt.Println(a == b, len(a[:]), x[1] == x[2])
	s := x[2:5]
	fmt.Println(len(s), &s[0] == &s[1], &s[0] == &x[7])
	m := map[[0]int]int{{}: 4}
	m[[0]int{}]++
	fmt.Println(m[[0]int{}], len(m))
	fmt.Printf("%v %T %v\n", x[1:3], z, z)
	n := 0
	w := [3]E{count(&n), count(&n), count(&n)}
	fmt.Println(n, w, w == [3]E{})
	ys := append(y, struct{}{})
	fmt.Println(len(ys), len(y[3:]), &ys[10] == &y[0])
}
