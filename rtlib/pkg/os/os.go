// Package os: the first slice of Go's os package (command-line arguments and
// Exit). Native parts are in native.hpp / os.cpp.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
//
//go2cpp:native
func Exit(code int)
