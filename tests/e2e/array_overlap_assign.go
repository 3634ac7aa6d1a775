// *p = *q on arrays whose storage overlaps (pointers made from one slice)
// stores the value *q had, like copy on overlapping slices.
package main

import "fmt"

type pair struct {
	s string
	n int
}

func main() {
	b := make([]byte, 12)
	for i := range b {
		b[i] = byte(i)
	}
	*(*[8]byte)(b[2:10]) = *(*[8]byte)(b[0:8])
	fmt.Println(b)
	*(*[8]byte)(b[0:8]) = *(*[8]byte)(b[3:11])
	fmt.Println(b)

	ps := []pair{{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}}
	*(*[3]pair)(ps[1:]) = *(*[3]pair)(ps)
	fmt.Println(ps)

	var a [4]int
	p := &a
	*p = [4]int{1, 2, 3, 4}
	q := *p
	*p = *(&q)
	fmt.Println(a, q)
}
