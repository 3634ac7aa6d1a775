// Receiving from a nil channel blocks forever: gc's deadlock report names
// the wait "chan receive (nil chan)".
// exit: 2
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("receiving from nil")
	<-ch
}
