// env: GOGC=50
// runtime/debug.SetGCPercent: the first call returns GOGC's value, later
// ones the previous setting; -1 stops collections while garbage piles up,
// a positive percentage restarts them, and with a live heap a small
// percentage collects more often than the default. (go2cpp's collector,
// Boehm's, cannot space collections wider than GOGC=100 does.)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

// churn allocates n bytes of garbage in 64 KB pieces.
func churn(n int) {
	for i := 0; i < n>>16; i++ {
		sink = make([]byte, 1<<16)
		sink[0] = byte(i)
	}
}

func collections() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

func main() {
	fmt.Println("GOGC at start:", debug.SetGCPercent(100))

	// 32 MB that stays live, so that the heap goal depends on the
	// percentage. Measured first, on a heap no earlier phase has grown:
	// garbage piled up while collections are off leaves free heap that a
	// later phase may fill without collecting, whatever the percentage
	// (it did in about half the runs).
	live := make([][]byte, 32)
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	runtime.GC()
	debug.SetGCPercent(10)
	n := collections()
	churn(256 << 20)
	often := collections() - n
	debug.SetGCPercent(100)
	runtime.GC()
	n = collections()
	churn(256 << 20)
	rarely := collections() - n
	fmt.Println("GOGC=10 collects more often than GOGC=100:", often > rarely, rarely > 0)

	fmt.Println("previous:", debug.SetGCPercent(-1))
	n = collections()
	churn(96 << 20)
	fmt.Println("collections while off:", collections()-n)
	fmt.Println("previous:", debug.SetGCPercent(100))
	n = collections()
	churn(96 << 20)
	fmt.Println("collected while on:", collections() > n, len(live))
}
