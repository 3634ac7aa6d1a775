// A nil pointer dereference that nobody recovers: gc's message, the
// [signal SIGSEGV ...] line with the address gc's load faults at (the nil
// pointer plus the offset of the field read, here b of the embedded inner
// at 16+8) and exit status 2.
// exit: 2
package main

import "fmt"

type inner struct{ a, b int64 }

type node struct {
	next *node
	val  int
	inner
}

func main() {
	n := &node{val: 1}
	fmt.Println(n.val, n.b)
	fmt.Println(n.next.b)
}
