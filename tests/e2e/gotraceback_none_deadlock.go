// GOTRACEBACK=none: gc's deadlock report is its first line alone.
// env: GOTRACEBACK=none
// stderr: exact
// exit: 2
package main

func main() {
	c := make(chan int)
	go func() { c <- 1; c <- 2 }()
	<-c
	<-make(chan int)
}
