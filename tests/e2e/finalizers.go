// runtime.SetFinalizer: finalizers run after runtime.GC finds the objects
// unreachable, in a goroutine of their own, with the object converted to
// the finalizer's parameter type (a pointer, an interface it implements,
// interface{}); results are dropped; SetFinalizer(x, nil) cancels; an
// object the finalizer stores away stays alive (resurrection).
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type T struct {
	name string
	data [64]byte
}

type Namer interface{ Name() string }

func (t *T) Name() string { return t.name }

var saved *T

func setup(done chan string) {
	a := &T{name: "a"}
	runtime.SetFinalizer(a, func(t *T) { done <- "finalized " + t.name })
	b := &T{name: "b"}
	runtime.SetFinalizer(b, func(n Namer) { done <- "finalized via Namer " + n.Name() })
	c := &T{name: "cleared"}
	runtime.SetFinalizer(c, func(t *T) { done <- "should not run" })
	runtime.SetFinalizer(c, nil)
	d := &T{name: "any"}
	runtime.SetFinalizer(d, func(x interface{}) int { done <- fmt.Sprintf("finalized %T", x); return 1 })
	e := &T{name: "resurrected"}
	runtime.SetFinalizer(e, func(t *T) { saved = t; done <- "saved " + t.name })
}

func main() {
	done := make(chan string, 10)
	setup(done)
	var got []string
	// Finalizers run in a goroutine of their own, whenever it gets a
	// thread: under a loaded machine that can take a while (up to 5 s here).
	for i := 0; i < 500 && len(got) < 4; i++ {
		runtime.GC()
		for len(done) > 0 {
			got = append(got, <-done)
		}
		if len(got) < 4 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
	runtime.GC()
	fmt.Println(saved.name, len(done))
}
