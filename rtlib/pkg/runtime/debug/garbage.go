// Package debug contains facilities for programs to debug themselves while
// they are running: the collector's controls (SetGCPercent, FreeOSMemory),
// its statistics (ReadGCStats, gcstats.go), stack traces (Stack,
// PrintStack, stack.go), SetMaxStack and the build information
// (buildinfo.go). The natives are in debug.cpp.
//
// This file implements the collector's controls.
package debug

// SetGCPercent sets the garbage collection target percentage: a collection
// is triggered when the ratio of freshly allocated data to live data
// remaining after the previous collection reaches this percentage.
// SetGCPercent returns the previous setting. The initial setting is the
// value of the GOGC environment variable at startup, or 100 if the
// variable is not set. A negative percentage disables garbage collection.
// (go2cpp maps it onto Boehm's free-space divisor, which grows the heap
// by the same proportion between collections.)
//
//go2cpp:native
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection followed by an attempt to
// return as much memory to the operating system as possible.
//
//go2cpp:native
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack and returns the previous setting (initially 1 GB,
// gc's). go2cpp records the setting, but its goroutine stacks have sizes
// fixed when they are created, so it does not change how deep they may
// grow.
func SetMaxStack(bytes int) int {
	prev := maxStack
	maxStack = bytes
	return prev
}

var maxStack = 1000000000

// SetPanicOnFault controls the runtime's behavior when a program faults at
// an unexpected (that is, non-nil) address.
//
//go2cpp:unsupported recovering from memory faults
func SetPanicOnFault(enabled bool) bool
