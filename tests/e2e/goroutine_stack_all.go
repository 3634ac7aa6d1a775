// runtime.Stack(buf, true) lists every goroutine after the caller's, each
// after a blank line, with its wait reason and its frames up to `created
// by`: goroutines parked in a channel operation, a select, a Mutex, a
// Cond, a sleep, on a nil channel and in select {}, some deep in
// recursion. The program waits until none is still on its way to its
// park, then prints the headers without ids and main's frames with file
// names only (gc's ids, argument words and offsets are its own).
package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"time"
)

func receiver(ch chan int) {
	<-ch
}

//go:noinline
func deep(n int, ch chan int) int {
	if n == 0 {
		ch <- 1
		return 0
	}
	return deep(n-1, ch) + 1
}

func selector(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

type waiter struct {
	mu   sync.Mutex
	cond *sync.Cond
}

func (w *waiter) wait() {
	w.mu.Lock()
	w.cond.Wait()
	w.mu.Unlock()
}

func lock(mu *sync.Mutex) {
	mu.Lock()
}

func sleeper() {
	time.Sleep(time.Hour)
}

func forever() {
	select {}
}

func nilReceive() {
	var ch chan string
	<-ch
}

var header = regexp.MustCompile(`^goroutine \d+ \[(.*)\]:$`)
var args = regexp.MustCompile(`\([^()]+\)$`)

// show prints one line per goroutine header and its main.* frames.
func show(trace string) {
	for _, section := range strings.Split(trace, "\n\n") {
		lines := strings.Split(section, "\n")
		m := header.FindStringSubmatch(lines[0])
		if m == nil {
			fmt.Println("no header:", lines[0])
			continue
		}
		fmt.Printf("goroutine [%s]:\n", m[1])
		for i := 1; i+1 < len(lines); i += 2 {
			fn, loc := lines[i], strings.TrimSpace(lines[i+1])
			if !strings.HasPrefix(fn, "main.") && !strings.HasPrefix(fn, "created by main.") {
				continue
			}
			fn = args.ReplaceAllString(fn, "(...)")
			if j := strings.Index(loc, " +0x"); j >= 0 {
				loc = loc[:j]
			}
			fmt.Printf("  %s %s\n", fn, filepath.Base(loc))
		}
	}
}

func main() {
	go receiver(make(chan int))
	go deep(4, make(chan int))
	go selector(make(chan int), make(chan int))
	var mu sync.Mutex
	mu.Lock()
	go lock(&mu)
	w := &waiter{}
	w.cond = sync.NewCond(&w.mu)
	go w.wait()
	go sleeper()
	go forever()
	go nilReceive()
	buf := make([]byte, 1<<20)
	var trace string
	for tries := 0; tries < 500; tries++ {
		trace = strings.TrimSpace(string(buf[:runtime.Stack(buf, true)]))
		if strings.Count(trace, "goroutine ") == 9 && !strings.Contains(trace, "[runnable]") &&
			strings.Count(trace, "[running]") == 1 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	show(trace)
	// Stack(buf, false) stays the caller's alone.
	n := runtime.Stack(buf, false)
	fmt.Println(strings.Count(string(buf[:n]), "goroutine "))
}
