// This file implements AllocsPerRun, on the runtime's count of heap
// allocations (MemStats.Mallocs).
package testing

import "runtime"

// AllocsPerRun returns the average number of allocations during calls to
// f. Although the return value has type float64, it will always be an
// integral value. To compute the number of allocations, the function will
// first be run once as a warm-up. The average number of allocations over
// the specified number of runs will then be measured and returned.
// AllocsPerRun sets GOMAXPROCS to 1 during its measurement and will
// restore it before returning.
func AllocsPerRun(runs int, f func()) (avg float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))

	// Warm up the function.
	f()

	// Measure the starting statistics.
	var memstats runtime.MemStats
	runtime.ReadMemStats(&memstats)
	mallocs := 0 - memstats.Mallocs

	// Run the function the specified number of times.
	for i := 0; i < runs; i++ {
		f()
	}

	// Read the final statistics.
	runtime.ReadMemStats(&memstats)
	mallocs += memstats.Mallocs

	// Average the mallocs over the runs (not counting the warm-up). The
	// quotient is an integer, as gc's.
	return float64(mallocs / uint64(runs))
}
