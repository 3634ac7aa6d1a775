// Package os: the first slice of Go's os package (command-line arguments,
// Exit and reading the environment). Native parts are in native.hpp / os.cpp.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
//
//go2cpp:native
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
//
//go2cpp:native
func Getenv(key string) string

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true.
//
//go2cpp:native
func LookupEnv(key string) (string, bool)
