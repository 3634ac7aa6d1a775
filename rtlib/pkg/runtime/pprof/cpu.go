// This file implements the CPU profile: while it is on, the runtime samples
// the running goroutines' stacks 100 times a CPU second (SIGPROF), a
// goroutine drains the samples every 100 ms and merges equal stacks, and
// StopCPUProfile writes them as one profile.proto message (sample types
// samples/count and cpu/nanoseconds, as gc's).
package pprof

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"
	"unsafe"
)

const cpuHz = 100

var cpu struct {
	sync.Mutex
	profiling bool
	stop      chan struct{}
	done      chan struct{}
}

// StartCPUProfile enables CPU profiling for the current process. While
// profiling, the profile will be buffered and written to w.
// StartCPUProfile returns an error if profiling is already enabled.
func StartCPUProfile(w io.Writer) error {
	cpu.Lock()
	defer cpu.Unlock()
	if cpu.profiling {
		return errors.New("cpu profiling already in use")
	}
	// A rate the program set with runtime.SetCPUProfileRate stays (gc
	// prints a warning and goes on, as here).
	runtime.SetCPUProfileRate(cpuHz)
	cpu.profiling = true
	cpu.stop = make(chan struct{})
	cpu.done = make(chan struct{})
	go profileWriter(w, time.Now(), cpuProfileRate(), cpu.stop, cpu.done)
	return nil
}

// StopCPUProfile stops the current CPU profile, if any, and returns only
// after all the writes for the profile have completed.
func StopCPUProfile() {
	cpu.Lock()
	defer cpu.Unlock()
	if !cpu.profiling {
		return
	}
	cpu.profiling = false
	runtime.SetCPUProfileRate(0)
	close(cpu.stop)
	<-cpu.done
}

// cpuProfile merges the samples of equal stacks and labels, in the order
// first seen.
type cpuProfile struct {
	counts map[string]int64
	stacks map[string][]uintptr
	labels map[string]*labelMap
	order  []string
}

func stackKey(stk []uintptr) string {
	if len(stk) == 0 {
		return ""
	}
	return string(unsafe.Slice((*byte)(unsafe.Pointer(&stk[0])), len(stk)*int(unsafe.Sizeof(stk[0]))))
}

func (p *cpuProfile) read() {
	flat, labels, _ := cpuProfileRead()
	start, n := 0, 0
	for i, pc := range flat {
		if pc != 0 {
			continue
		}
		stk := flat[start:i]
		start = i + 1
		lbls := (*labelMap)(labels[n])
		n++
		k := stackKey(stk) + fmt.Sprintf("|%p", lbls)
		if _, ok := p.counts[k]; !ok {
			p.stacks[k] = stk
			p.labels[k] = lbls
			p.order = append(p.order, k)
		}
		p.counts[k]++
	}
}

func profileWriter(w io.Writer, start time.Time, hz int, stop, done chan struct{}) {
	p := &cpuProfile{counts: map[string]int64{}, stacks: map[string][]uintptr{}, labels: map[string]*labelMap{}}
	tick := time.NewTicker(100 * time.Millisecond)
	for running := true; running; {
		select {
		case <-tick.C:
			p.read()
		case <-stop:
			running = false
		}
	}
	tick.Stop()
	p.read()
	b := newProfileBuilder()
	if hz <= 0 {
		hz = cpuHz
	}
	period := int64(1e9) / int64(hz)
	b.header([]valueType{{"samples", "count"}, {"cpu", "nanoseconds"}}, valueType{"cpu", "nanoseconds"}, period,
		start, time.Since(start))
	for _, k := range p.order {
		n := p.counts[k]
		b.sample(p.stacks[k], []int64{n, n * period}, p.labels[k])
	}
	b.finish(w)
	close(done)
}

// WriteHeapProfile is shorthand for Lookup("heap").WriteTo(w, 0).
func WriteHeapProfile(w io.Writer) error {
	return Lookup("heap").WriteTo(w, 0)
}

// profileStart is the time a count profile is said to be taken.
func profileStart() time.Time {
	return time.Now()
}

// cpuProfileRate returns the rate the runtime samples at, 0 when off.
//
//go2cpp:native
func cpuProfileRate() int

// cpuProfileRead returns the samples taken since its last call, each its
// Go program counters (innermost first) then a 0, each one's goroutine
// labels (a *labelMap or nil), and how many samples were lost meanwhile.
//
//go2cpp:native
func cpuProfileRead() ([]uintptr, []unsafe.Pointer, int64)
