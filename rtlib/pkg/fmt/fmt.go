// Package fmt: formatted I/O, as Go's fmt. The API is declared here in Go;
// the functions marked //go2cpp:native are implemented in C++ in this folder
// (native.hpp).
package fmt

import "errors"

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

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error. With a %w verb whose operand is an error,
// the returned error has an Unwrap method returning that operand.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	if wrapped < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[wrapped].(error)}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

//go2cpp:native
func errorf(format string, a []any) (string, int)
