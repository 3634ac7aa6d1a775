// This file declares the memory profile API of gc's runtime (mprof.go):
// the record types are complete, the functions that would fill them are
// declared ahead of a heap profiler, and a program that calls one is
// refused by name when it is built.
package runtime

// A MemProfileRecord describes the live objects allocated by a particular
// call sequence (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile returns a profile of memory allocated and freed per
// allocation site.
//
//go2cpp:unsupported a heap profiler
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

// GoroutineProfile returns n, the number of records in the active goroutine
// stack profile. If len(p) >= n, GoroutineProfile copies the profile into p
// and returns n, true. If len(p) < n, GoroutineProfile does not change p and
// returns n, false. The calling goroutine comes first; a goroutine running
// on another thread has an empty stack (go2cpp does not stop the world to
// walk it).
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	stacks := goroutineStacks()
	for _, pc := range stacks {
		if pc == 0 {
			n++
		}
	}
	if n > len(p) {
		return n, false
	}
	i, k := 0, 0
	for _, pc := range stacks {
		if pc == 0 {
			for ; k < len(p[i].Stack0); k++ {
				p[i].Stack0[k] = 0
			}
			i, k = i+1, 0
			continue
		}
		if k < len(p[i].Stack0) {
			p[i].Stack0[k] = pc
			k++
		}
	}
	return n, true
}

// goroutineStacks returns the stack of every goroutine, the caller's first,
// each ending with a 0.
//
//go2cpp:native
func goroutineStacks() []uintptr

// SetCPUProfileRate sets the CPU profiling rate to hz samples per second.
// If hz <= 0, SetCPUProfileRate turns off profiling. If the profiler is
// on, the rate cannot be changed without first turning it off. The
// samples go to runtime/pprof's StartCPUProfile, which calls this with 100;
// a program that wants another rate calls it first.
func SetCPUProfileRate(hz int) {
	if hz <= 0 {
		stopCPUProfile()
		return
	}
	if !startCPUProfile(hz) {
		print("runtime: cannot set cpu profile rate until previous profile has finished.\n")
	}
}

//go2cpp:native
func startCPUProfile(hz int) bool

//go2cpp:native
func stopCPUProfile()
