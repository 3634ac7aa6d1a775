// runtime/debug.ReadGCStats: after five forced collections the counts,
// the pause history (most recent first), the end times and the quantiles
// agree with each other and with the clock.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
	var s debug.GCStats
	debug.ReadGCStats(&s)
	before := s.NumGC
	start := time.Now()
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	end := time.Now()
	s.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&s)
	fmt.Println("collections:", s.NumGC-before >= 5, len(s.Pause) == int(s.NumGC), len(s.PauseEnd) == len(s.Pause))
	inRange := func(t time.Time) bool { return !t.Before(start.Truncate(time.Millisecond)) && !t.After(end) }
	fmt.Println("last GC between start and end:", inRange(s.LastGC), inRange(s.PauseEnd[0]))
	ordered := true
	var sum time.Duration
	min, max := s.Pause[0], s.Pause[0]
	for i, p := range s.Pause {
		sum += p
		if p < min {
			min = p
		}
		if p > max {
			max = p
		}
		if i > 0 && s.PauseEnd[i].After(s.PauseEnd[i-1]) {
			ordered = false
		}
	}
	fmt.Println("most recent first:", ordered, "total covers the history:", s.PauseTotal >= sum)
	q := s.PauseQuantiles
	fmt.Println("quantiles:", q[0] == min, q[4] == max, q[0] <= q[1] && q[1] <= q[2] && q[2] <= q[3] && q[3] <= q[4])
	var empty debug.GCStats
	empty.Pause = make([]time.Duration, 0, 1000)
	debug.ReadGCStats(&empty)
	fmt.Println("reuses a large enough Pause:", cap(empty.Pause) == 1000)
}
