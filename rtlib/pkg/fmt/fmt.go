// Package fmt: formatted I/O, as Go's fmt. The API is declared here in Go;
// the functions marked //go2cpp:native are implemented in C++ in this folder
// (native.hpp).
package fmt

//go2cpp:native
func Println(a ...any) (n int, err error)

//go2cpp:native
func Print(a ...any) (n int, err error)

//go2cpp:native
func Printf(format string, a ...any) (n int, err error)

//go2cpp:native
func Sprintf(format string, a ...any) string

//go2cpp:native
func Sprint(a ...any) string

//go2cpp:native
func Sprintln(a ...any) string

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}
