// env: GO2CPP_GC_WARNINGS=1
package main

import (
	"fmt"
	"runtime"
)

// 100k parked goroutines, whose stacks every collection scans, must not
// make large allocations hard to place: words in a stack that point into
// the stack itself looked like heap addresses to the conservative
// collector, which then avoided ("blacklisted") pages all over its heap,
// warned about "Repeated allocation of very large block" and, over a few
// rounds, grew the heap without end. The warnings are on here, and stderr
// must stay empty.
func main() {
	const n = 100000
	release := make(chan struct{})
	ready := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			ready <- 1
			<-release
		}()
	}
	for i := 0; i < n; i++ {
		<-ready
	}
	runtime.GC()
	runtime.GC()
	var keep [][]int
	for i := 0; i < 40; i++ {
		keep = append(keep, make([]int, 100000))
		if len(keep) > 4 {
			keep = keep[1:]
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("heap below 512 MB:", ms.HeapSys < 512<<20, len(keep))
	close(release)
}
