// All goroutines asleep: gc's fatal error names main's wait reason.
// exit: 2
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	fmt.Println(<-ch)
	<-ch
}
