// The scheduler and collector queries of package runtime, with answers that
// do not depend on the machine.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	data [4]int
}

var list *node

func main() {
	fmt.Println(runtime.Compiler, runtime.GOOS, runtime.GOARCH)
	fmt.Println(runtime.NumCPU() >= 1, runtime.NumGoroutine())
	old := runtime.GOMAXPROCS(1)
	fmt.Println(old >= 1, runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(old))
	runtime.Gosched()
	runtime.LockOSThread()
	runtime.UnlockOSThread()

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 10000; i++ {
		list = &node{next: list}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs", after.Mallocs-before.Mallocs >= 10000)
	fmt.Println("objects", after.HeapObjects >= 10000, after.Frees <= after.Mallocs)
	fmt.Println("alloc", after.TotalAlloc-before.TotalAlloc >= 10000*40, after.HeapAlloc <= after.TotalAlloc)
	fmt.Println("forced", after.NumForcedGC-before.NumForcedGC, after.NumGC > before.NumGC)
	fmt.Println("sys", after.Sys >= after.HeapSys, after.HeapSys >= after.HeapInuse, after.EnableGC)
	fmt.Println("last", after.LastGC > 0, after.PauseEnd[(after.NumGC+255)%256] == after.LastGC)
	runtime.KeepAlive(list)
}
