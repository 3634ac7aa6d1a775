// runtime.NumGoroutine around finalizers: the finalizer goroutine is a
// system goroutine that gc counts only while it runs a finalizer, so it does
// not show once the finalizers are done.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type obj struct{ buf [64]byte }

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	done := make(chan bool, 100)
	for i := 0; i < 100; i++ {
		o := &obj{}
		runtime.SetFinalizer(o, func(*obj) { done <- true })
	}
	for i := 0; i < 20; i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
		if len(done) > 0 {
			break
		}
	}
	fmt.Println("finalizers ran:", len(done) > 0)
	time.Sleep(20 * time.Millisecond) // the finalizer goroutine ends after its batch
	fmt.Println("after finalizers:", runtime.NumGoroutine())
	ch := make(chan int)
	go func() { <-ch }()
	fmt.Println("with one more:", runtime.NumGoroutine())
	ch <- 1
	time.Sleep(10 * time.Millisecond)
	fmt.Println("end:", runtime.NumGoroutine())
}
