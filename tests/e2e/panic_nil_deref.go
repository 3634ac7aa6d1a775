// A nil pointer dereference that nobody recovers: gc's message, the
// [signal SIGSEGV ...] line (at the nil pointer itself: the field read is
// at offset 0) and exit status 2.
// exit: 2
package main

import "fmt"

type node struct {
	next *node
	val  int
}

func main() {
	n := &node{val: 1}
	fmt.Println(n.val)
	fmt.Println(n.next.next)
}
