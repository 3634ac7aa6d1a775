// This file implements ReadGCStats over the runtime's collection records,
// the ones runtime.ReadMemStats reports (NumGC, LastGC, PauseTotalNs and
// the ring of the last 256 pauses and their end times).
package debug

import (
	"runtime"
	"sort"
	"time"
)

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats. The
// number of entries in the pause history is system-dependent; stats.Pause
// slice will be reused if large enough, reallocated otherwise. ReadGCStats
// may use the full capacity of the stats.Pause slice. If
// stats.PauseQuantiles is non-empty, ReadGCStats fills it with quantiles
// summarizing the distribution of pause time: the minimum, then the
// evenly spaced quantiles in between, then the maximum.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	const ring = len(m.PauseNs)
	n := int(m.NumGC)
	if n > ring {
		n = ring
	}
	stats.LastGC = time.Unix(0, int64(m.LastGC))
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	// Room for the pauses and, for the quantiles, a sorted copy.
	if cap(stats.Pause) < 2*n {
		stats.Pause = make([]time.Duration, 2*n)
	}
	stats.Pause = stats.Pause[:n]
	if cap(stats.PauseEnd) < n {
		stats.PauseEnd = make([]time.Time, 0, ring)
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	// The most recent collection's record is at (NumGC-1) % ring.
	for i := 0; i < n; i++ {
		j := (int(m.NumGC) - 1 - i + ring) % ring
		stats.Pause[i] = time.Duration(m.PauseNs[j])
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(m.PauseEnd[j])))
	}
	if len(stats.PauseQuantiles) == 0 {
		return
	}
	if n == 0 {
		for i := range stats.PauseQuantiles {
			stats.PauseQuantiles[i] = 0
		}
		return
	}
	sorted := stats.Pause[n : 2*n]
	copy(sorted, stats.Pause)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	last := len(stats.PauseQuantiles) - 1
	for i := 0; i < last; i++ {
		stats.PauseQuantiles[i] = sorted[len(sorted)*i/last]
	}
	stats.PauseQuantiles[last] = sorted[len(sorted)-1]
}
