// This file declares the stack-walking part of package runtime: Caller,
// Callers, FuncForPC, CallersFrames and Stack. The program counters are
// those of the C++ code go2cpp emitted; their file:line and function names
// are the Go ones (emitted code carries #line directives, and the natives
// in callers.cpp map C++ names to gc's: main.f, main.(*T).M,
// main.main.func1). One program counter stands for one Go frame, inlined
// calls included, as in gc.
package runtime

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller. The return values report the program counter, file name, and
// line number within the file of the corresponding call. The boolean ok
// is false if it was not possible to recover the information.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [1]uintptr
	// Frame 0 of callers is Callers itself, frame 1 is this function.
	if Callers(skip+2, pcs[:]) < 1 {
		return 0, "", 0, false
	}
	var entry uintptr
	_, file, line, entry, ok = describePC(pcs[0])
	if !ok {
		return 0, "", 0, false
	}
	_ = entry
	return pcs[0], file, line, true
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0
// identifying the frame for Callers itself and 1 identifying the caller
// of Callers. It returns the number of entries written to pc.
//
//go2cpp:native
func Callers(skip int, pc []uintptr) int

// describePC returns the Go function, file, line and function entry of the
// frame a program counter from Callers stands for.
//
//go2cpp:native
func describePC(pc uintptr) (function string, file string, line int, entry uintptr, ok bool)

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, _, _, entry, ok := describePC(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, _ = describePC(pc)
	return file, line
}

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame.
	PC uintptr
	// Func is the Func value of this call frame.
	Func *Func
	// Function is the package path-qualified function name of this call
	// frame.
	Function string
	// File and Line are the file name and line number of the location in
	// this frame.
	File string
	Line int
	// Entry point program counter for the function.
	Entry uintptr
}

// CallersFrames takes a slice of PC values returned by Callers and
// prepares to return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, file, line, entry, ok := describePC(pc)
		if !ok {
			continue
		}
		// gc's Frame.PC is the call instruction's: the return address
		// minus one (without the inlining depth Callers keeps in the
		// high bits).
		framePC := pc&(1<<56-1) - 1
		frame = Frame{PC: framePC, Func: &Func{name: name, entry: entry}, Function: name, File: file, Line: line, Entry: entry}
		break
	}
	return frame, len(ci.callers) > 0
}

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written to buf. If all is true, Stack
// formats the stack traces of all other goroutines into buf after the
// trace for the current goroutine.
func Stack(buf []byte, all bool) int {
	s := stackTrace(2)
	if all {
		s += otherGoroutines()
	}
	return copy(buf, s)
}

// otherGoroutines returns the traces of every goroutine but the calling
// one, each after a blank line (gc's tracebackothers).
//
//go2cpp:native
func otherGoroutines() string

// stackTrace returns gc's traceback text of the calling goroutine, the
// given number of Go frames left out from the top.
//
//go2cpp:native
func stackTrace(skip int) string
