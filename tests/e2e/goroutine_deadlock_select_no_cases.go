// select {} in main once the other goroutines have ended: gc's deadlock
// report names the wait "select (no cases)".
// exit: 2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done() }()
	}
	wg.Wait()
	fmt.Println("all done")
	select {}
}
