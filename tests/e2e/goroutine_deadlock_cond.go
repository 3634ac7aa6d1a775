// main waits on a sync.Cond that nobody will signal: gc's deadlock report
// names the wait "sync.Cond.Wait".
// exit: 2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		c.Signal() // nobody waits yet: lost
		mu.Unlock()
		done <- true
	}()
	<-done
	mu.Lock()
	for !ready {
		fmt.Println("waiting")
		c.Wait()
	}
	mu.Unlock()
}
