// This file implements the stack traces of package debug, over
// runtime.Stack.
package debug

import "runtime"

// PrintStack prints to standard error the stack trace returned by
// runtime.Stack.
func PrintStack() {
	writeStderr(Stack())
}

// Stack returns a formatted stack trace of the goroutine that calls it. It
// calls runtime.Stack with a large enough buffer to capture the entire
// trace.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// writeStderr writes b to the standard error.
//
//go2cpp:native
func writeStderr(b []byte)
