// Package fmt: formatted I/O, as Go's fmt. The API is declared here in Go;
// the functions marked //go2cpp:native are implemented in C++ in this folder
// (native.hpp).
package fmt

import (
	"errors"
	"io"
)

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a
// string. It returns the number of bytes written; the error is always nil
// (standard output is the runtime's buffer, which, as Go's os.Stdout,
// drops what a closed descriptor refuses).
func Print(a ...any) (n int, err error) {
	return stdoutPrint(a), nil
}

// Println formats using the default formats for its operands and writes
// to standard output. Spaces are always added between operands and a
// newline is appended.
func Println(a ...any) (n int, err error) {
	return stdoutPrintln(a), nil
}

// Printf formats according to a format specifier and writes to standard
// output.
func Printf(format string, a ...any) (n int, err error) {
	return stdoutPrintf(format, a), nil
}

// Sprint formats using the default formats for its operands and returns
// the resulting string.
func Sprint(a ...any) string {
	return sprint(a)
}

// Sprintln formats using the default formats for its operands and returns
// the resulting string, with spaces between operands and a newline.
func Sprintln(a ...any) string {
	return sprintln(a)
}

// Sprintf formats according to a format specifier and returns the
// resulting string.
func Sprintf(format string, a ...any) string {
	return sprintf(format, a)
}

// Append formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, sprint(a)...)
}

// Appendln formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice. Spaces are
// always added between operands and a newline is appended.
func Appendln(b []byte, a ...any) []byte {
	return append(b, sprintln(a)...)
}

// Appendf formats according to a format specifier, appends the result to
// the byte slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, sprintf(format, a)...)
}

// The printer (print.cpp): to the runtime's standard output buffer (the
// number of bytes written), or into a string.

//go2cpp:native
func stdoutPrint(a []any) int

//go2cpp:native
func stdoutPrintln(a []any) int

//go2cpp:native
func stdoutPrintf(format string, a []any) int

//go2cpp:native
func sprint(a []any) string

//go2cpp:native
func sprintln(a []any) string

//go2cpp:native
func sprintf(format string, a []any) string

// Fprint formats using the default formats for its operands and writes to
// w. Spaces are added between operands when neither is a string. It
// returns the number of bytes written and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes
// to w. Spaces are always added between operands and a newline is
// appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

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
