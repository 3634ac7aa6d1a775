// A goroutine that spawns in a loop on one proc is preempted (sysmon asks
// after 10 ms, at its next go statement), so the goroutines it spawned run
// before the loop ends, as gc's preemption makes them.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var ran int32

func main() {
	runtime.GOMAXPROCS(1)
	for atomic.LoadInt32(&ran) == 0 {
		go func() { atomic.StoreInt32(&ran, 1) }()
	}
	fmt.Println("a spawned goroutine ran while main was still spawning")
}
