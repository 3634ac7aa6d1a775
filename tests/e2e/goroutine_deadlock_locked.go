// A deadlock report names goroutines locked to their threads as gc does:
// "[chan receive, locked to thread]".
// exit: 2
package main

import "runtime"

func main() {
	c := make(chan int)
	go func() {
		runtime.LockOSThread()
		<-c
	}()
	runtime.LockOSThread()
	<-c
}
