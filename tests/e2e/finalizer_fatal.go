// A finalizer whose parameter cannot take the object is gc's fatal error,
// with exit status 2.
// exit: 2
package main

import "runtime"

func main() {
	runtime.SetFinalizer(new(int), func(*string) {})
}
