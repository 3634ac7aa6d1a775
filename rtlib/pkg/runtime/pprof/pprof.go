// Package pprof writes runtime profiling data in the format expected by the
// pprof visualization tool: go2cpp's runtime/pprof, with gc's API. The
// goroutine profile, the CPU profile and the profiles a program makes with
// NewProfile work as in gc; the heap, allocs, threadcreate, block and mutex
// profiles need recording the runtime does not do yet, and their WriteTo
// says so.
package pprof

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
)

// A Profile is a collection of stack traces showing the call sequences that
// led to instances of a particular event, such as allocation.
type Profile struct {
	name  string
	mu    sync.Mutex
	m     map[any][]uintptr
	count func() int
	write func(io.Writer, int) error
}

var profiles struct {
	mu sync.Mutex
	m  map[string]*Profile
}

var goroutineProfile = &Profile{
	name:  "goroutine",
	count: runtime.NumGoroutine,
	write: writeGoroutine,
}

func notRecorded(name string) *Profile {
	return &Profile{
		name:  name,
		count: func() int { return 0 },
		write: func(io.Writer, int) error {
			return errors.New("pprof: go2cpp does not record the " + name + " profile yet")
		},
	}
}

func lockProfiles() {
	profiles.mu.Lock()
	if profiles.m == nil {
		profiles.m = map[string]*Profile{"goroutine": goroutineProfile}
		for _, name := range []string{"threadcreate", "heap", "allocs", "block", "mutex"} {
			profiles.m[name] = notRecorded(name)
		}
	}
}

func unlockProfiles() {
	profiles.mu.Unlock()
}

// NewProfile creates a new profile with the given name. If a profile with
// that name already exists, NewProfile panics.
func NewProfile(name string) *Profile {
	lockProfiles()
	defer unlockProfiles()
	if name == "" {
		panic("pprof: NewProfile with empty name")
	}
	if profiles.m[name] != nil {
		panic("pprof: NewProfile name already in use: " + name)
	}
	p := &Profile{
		name: name,
		m:    map[any][]uintptr{},
	}
	profiles.m[name] = p
	return p
}

// Lookup returns the profile with the given name, or nil if no such
// profile exists.
func Lookup(name string) *Profile {
	lockProfiles()
	defer unlockProfiles()
	return profiles.m[name]
}

// Profiles returns a slice of all the known profiles, sorted by name.
func Profiles() []*Profile {
	lockProfiles()
	defer unlockProfiles()
	all := make([]*Profile, 0, len(profiles.m))
	for _, p := range profiles.m {
		all = append(all, p)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].name < all[j].name })
	return all
}

// Name returns this profile's name.
func (p *Profile) Name() string {
	return p.name
}

// Count returns the number of execution stacks currently in the profile.
func (p *Profile) Count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.count != nil {
		return p.count()
	}
	return len(p.m)
}

// Add adds the current execution stack to the profile, associated with
// value. Add panics if the profile already contains a stack for value.
// skip is the number of frames to leave out, 0 being Add's caller.
func (p *Profile) Add(value any, skip int) {
	if p.name == "" {
		panic("pprof: use of uninitialized Profile")
	}
	if p.write != nil {
		panic("pprof: Add called on built-in Profile " + p.name)
	}
	stk := make([]uintptr, 32)
	n := runtime.Callers(skip+1, stk[:])
	stk = stk[:n]
	if len(stk) == 0 {
		// skip is too large: record the caller of Add at least.
		stk = make([]uintptr, 1)
		runtime.Callers(1, stk)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m[value] != nil {
		panic("pprof: Profile.Add of duplicate value")
	}
	p.m[value] = stk
}

// Remove removes the execution stack associated with value from the
// profile. It is a no-op if the value is not in the profile.
func (p *Profile) Remove(value any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.m, value)
}

// WriteTo writes a pprof-formatted snapshot of the profile to w: with
// debug 0 the gzip-less protocol buffer pprof reads, with debug 1 gc's
// legacy text with comments naming each pc, with debug 2 for the
// goroutine profile each goroutine's stack as an unrecovered panic would
// print it.
func (p *Profile) WriteTo(w io.Writer, debug int) error {
	if p.name == "" {
		panic("pprof: use of zero Profile")
	}
	if p.write != nil {
		return p.write(w, debug)
	}
	p.mu.Lock()
	all := make([][]uintptr, 0, len(p.m))
	for _, stk := range p.m {
		all = append(all, stk)
	}
	p.mu.Unlock()
	// Map order is random: sort for a deterministic output.
	sort.Slice(all, func(i, j int) bool {
		t, u := all[i], all[j]
		for k := 0; k < len(t) && k < len(u); k++ {
			if t[k] != u[k] {
				return t[k] < u[k]
			}
		}
		return len(t) < len(u)
	})
	return printCountProfile(w, debug, p.name, all)
}

func writeGoroutine(w io.Writer, debug int) error {
	if debug >= 2 {
		return writeGoroutineStacks(w)
	}
	var records []runtime.StackRecord
	n, ok := runtime.GoroutineProfile(nil)
	for {
		records = make([]runtime.StackRecord, n+10)
		n, ok = runtime.GoroutineProfile(records)
		if ok {
			records = records[:n]
			break
		}
	}
	stacks := make([][]uintptr, len(records))
	for i := range records {
		stacks[i] = records[i].Stack()
	}
	return printCountProfile(w, debug, "goroutine", stacks)
}

func writeGoroutineStacks(w io.Writer) error {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		if len(buf) >= 64<<20 {
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	_, err := w.Write(buf)
	return err
}

// printCountProfile writes a profile of stacks counted once each, the
// equal ones merged: text for debug > 0, else protocol buffer.
func printCountProfile(w io.Writer, debug int, name string, stacks [][]uintptr) error {
	key := func(stk []uintptr) string {
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "@")
		for _, pc := range stk {
			fmt.Fprintf(&buf, " %#x", pc)
		}
		return buf.String()
	}
	count := map[string]int{}
	index := map[string]int{}
	var keys []string
	for i, stk := range stacks {
		k := key(stk)
		if count[k] == 0 {
			index[k] = i
			keys = append(keys, k)
		}
		count[k]++
	}
	sort.Slice(keys, func(i, j int) bool {
		ki, kj := keys[i], keys[j]
		if count[ki] != count[kj] {
			return count[ki] > count[kj]
		}
		return ki < kj
	})
	if debug > 0 {
		tw := tabwriter.NewWriter(w, 1, 8, 1, '\t', 0)
		fmt.Fprintf(tw, "%s profile: total %d\n", name, len(stacks))
		for _, k := range keys {
			fmt.Fprintf(tw, "%d %s\n", count[k], k)
			printStackRecord(tw, stacks[index[k]], false)
		}
		return tw.Flush()
	}
	b := newProfileBuilder()
	b.header([]valueType{{name, "count"}}, valueType{name, "count"}, 1, profileStart(), 0)
	for _, k := range keys {
		b.sample(stacks[index[k]], []int64{int64(count[k])}, nil)
	}
	return b.finish(w)
}

// printStackRecord writes one "#\tpc\tfunc+off\tfile:line" line a frame,
// leaving out the runtime's frames at the top unless nothing else is left.
func printStackRecord(w io.Writer, stk []uintptr, allFrames bool) {
	show := allFrames
	frames := runtime.CallersFrames(stk)
	for {
		frame, more := frames.Next()
		name := frame.Function
		if name == "" {
			show = true
			fmt.Fprintf(w, "#\t%#x\n", frame.PC)
		} else if name != "runtime.goexit" && (show || !strings.HasPrefix(name, "runtime.")) {
			show = true
			fmt.Fprintf(w, "#\t%#x\t%s+%#x\t%s:%d\n", frame.PC, name, frame.PC-frame.Entry, frame.File, frame.Line)
		}
		if !more {
			break
		}
	}
	if !show {
		printStackRecord(w, stk, true)
		return
	}
	fmt.Fprintf(w, "\n")
}
