// The clocks: Now carries a monotonic reading that Sub, Since, Until and
// the comparisons use; Sleep waits at least its duration.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 20*time.Millisecond, elapsed < 5*time.Second)
	later := time.Now()
	fmt.Println(later.After(start), start.Before(later), later.Sub(start) >= elapsed, time.Until(start) < 0)
	fmt.Println(start.Equal(start), start.Equal(later), start.Round(0).Equal(start))
	fmt.Println(strings.Contains(start.String(), " m=+"), strings.Contains(start.Round(0).String(), "m="))
	fmt.Println(start.Add(time.Hour).Sub(start), start.Add(-time.Hour).Sub(start))
	fmt.Println(start.Year() >= 2022, start.Unix() > 1600000000, start.UnixNano()/1e9 == start.Unix())
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("done")
}
