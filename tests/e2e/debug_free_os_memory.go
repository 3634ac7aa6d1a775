// runtime/debug.FreeOSMemory: after 64 MB of garbage is collected,
// FreeOSMemory returns the free heap to the operating system, which
// MemStats shows as HeapReleased covering nearly all of HeapIdle.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var big [][]byte

// fill allocates 64 MB and touches every page. (A function of its own, so
// that no stale pointer to the blocks stays in main's frame.)
//
//go:noinline
func fill() {
	big = make([][]byte, 64)
	for i := range big {
		big[i] = make([]byte, 1<<20)
		for j := 0; j < len(big[i]); j += 4096 {
			big[i][j] = 1
		}
	}
}

func main() {
	fill()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("in use before:", m.HeapInuse >= 64<<20)
	big = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("released:", m.HeapReleased >= 48<<20, "idle kept:", m.HeapIdle-m.HeapReleased < 16<<20,
		"in use after:", m.HeapInuse < 16<<20)
}
