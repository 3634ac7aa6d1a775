// This file declares the constants that describe the target, as gc's
// runtime does (runtime/extern.go): go2cpp builds for linux/amd64 only.
package runtime

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"

// Compiler is the name of the compiler toolchain that built the running
// binary. Programs compare it with "gc" and "gccgo" to pick behaviour;
// go2cpp follows gc's semantics (its panics, tracebacks, runtime errors),
// so it answers "gc".
const Compiler = "gc"

// Version returns the Go tree's version string: the language and library
// version go2cpp implements.
func Version() string {
	return "go1.19"
}

// GOROOT returns the root of the Go tree: the GOROOT environment variable
// of the running process. A gc binary falls back to the root of the
// toolchain that built it; a go2cpp binary was built by none, so without
// GOROOT it returns "" (as a gc binary built with -trimpath does).
//
//go2cpp:native
func GOROOT() string
