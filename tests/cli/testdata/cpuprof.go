// A program that profiles itself: hot takes most of its CPU time, cold a
// tenth of it, in a goroutine of their own while main waits; the goroutine
// inherits the label phase=loop from pprof.Do around its go statement.
package main

import (
	"context"
	"fmt"
	"os"
	"runtime/pprof"
	"time"
)

var sink int

//go:noinline
func hot(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i % 7
	}
	return s
}

func cold(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 3
	}
	return s
}

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	done := make(chan bool)
	pprof.Do(context.Background(), pprof.Labels("phase", "loop"), func(context.Context) {
		go func() {
			start := time.Now()
			for time.Since(start) < time.Second {
				sink += hot(1000000)
				sink += cold(100000)
			}
			done <- true
		}()
	})
	<-done
	pprof.StopCPUProfile()
	f.Close()
	fmt.Println("done")
}
