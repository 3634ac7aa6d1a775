// This file declares the collector's part of package runtime: GC,
// KeepAlive, MemStats and MemProfileRate. The collector is Boehm's
// (rtlib/src/gc_boehm.cpp, gc_stats.cpp); the natives are in mgc.cpp.
package runtime

// GC runs a garbage collection and blocks the caller until it is complete.
//
//go2cpp:native
func GC()

// KeepAlive marks its argument as currently reachable: the object it
// points to is not freed, and its finalizer not run, before the point in
// the program where KeepAlive is called.
//
//go2cpp:native
func KeepAlive(x any)

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile. go2cpp keeps the variable
// for programs that set it; it has no memory profiler yet (MemProfile,
// mprof.go, is refused where it is used).
var MemProfileRate int = 512 * 1024

// A MemStats records statistics about the memory allocator, with gc's
// field names. Under go2cpp the numbers come from Boehm's collector (see
// ReadMemStats for which are exact and which are estimates).
type MemStats struct {
	// General statistics.
	Alloc      uint64 // bytes of allocated heap objects
	TotalAlloc uint64 // cumulative bytes allocated for heap objects
	Sys        uint64 // total bytes of memory obtained from the OS
	Lookups    uint64 // number of pointer lookups performed by the runtime
	Mallocs    uint64 // cumulative count of heap objects allocated
	Frees      uint64 // cumulative count of heap objects freed

	// Heap memory statistics.
	HeapAlloc    uint64 // bytes of allocated heap objects
	HeapSys      uint64 // bytes of heap memory obtained from the OS
	HeapIdle     uint64 // bytes in idle (unused) spans
	HeapInuse    uint64 // bytes in in-use spans
	HeapReleased uint64 // bytes of physical memory returned to the OS
	HeapObjects  uint64 // number of allocated heap objects

	// Stack memory statistics.
	StackInuse uint64
	StackSys   uint64

	// Off-heap memory statistics.
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// Garbage collector statistics.
	NextGC        uint64      // target heap size of the next GC cycle
	LastGC        uint64      // end of the last collection, nanoseconds since 1970
	PauseTotalNs  uint64      // cumulative nanoseconds in stop-the-world pauses
	PauseNs       [256]uint64 // recent pause durations, most recent at [(NumGC+255)%256]
	PauseEnd      [256]uint64 // recent pause end times, nanoseconds since 1970
	NumGC         uint32      // number of completed GC cycles
	NumForcedGC   uint32      // number of GC cycles forced by the program calling GC
	GCCPUFraction float64     // fraction of CPU time used by the GC since the program started
	EnableGC      bool        // always true, even if GOGC=off (as in gc)
	DebugGC       bool        // currently unused

	// BySize reports per-size class allocation statistics (gc's size
	// classes; go2cpp does not track them and leaves them zero). gc's
	// element type is an unnamed struct with these fields; go2cpp cannot
	// translate unnamed struct types yet, so it is named here.
	BySize [61]sizeClassStats
}

// sizeClassStats is one element of MemStats.BySize.
type sizeClassStats struct {
	Size    uint32
	Mallocs uint64
	Frees   uint64
}

// ReadMemStats populates m with memory allocator statistics.
//
// From Boehm's counters: Alloc and HeapAlloc (bytes in use, including
// garbage not yet collected, as in gc), TotalAlloc, Sys, HeapSys,
// HeapIdle, HeapInuse, HeapReleased, NumGC, NumForcedGC, LastGC, the
// pauses and GCSys are exact. Mallocs counts every allocation; HeapObjects
// is the objects that survived the last collection plus those allocated
// since (gc counts unswept garbage the same way), and Frees is the
// difference. NextGC is an estimate of Boehm's trigger (heap in use plus
// the free space it lets the heap reach before collecting). Stack, span
// and cache statistics do not exist in Boehm and stay zero.
//
//go2cpp:native
func ReadMemStats(m *MemStats)
