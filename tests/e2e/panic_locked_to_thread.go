// A panic in a goroutine locked with runtime.LockOSThread: gc's header
// says "[running, locked to thread]".
// exit: 2
package main

import "runtime"

func main() {
	runtime.LockOSThread()
	panic("boom")
}
