// Package exec runs external commands. It wraps os.StartProcess to make
// it easier to remap stdin and stdout, connect I/O with pipes, and do
// other adjustments.
//
// This is go2cpp's own implementation of the core of the Go 1.19 API:
// Command, Cmd with Path, Args, Env, Dir, Stdin, Stdout and Stderr, Run,
// Start, Wait, Output, CombinedOutput, LookPath, Error and ExitError. The
// child is started with posix_spawn (native.hpp); output that goes to a
// writer other than an *os.File is collected through pipes while Wait
// waits, and written to the writer as it arrives. CommandContext and the
// *Pipe methods need goroutines and are not here yet.
package exec

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"time"
)

// Error is returned by LookPath when it fails to classify a file as an
// executable.
type Error struct {
	// Name is the file name for which the error occurred.
	Name string
	// Err is the underlying error.
	Err error
}

func (e *Error) Error() string {
	return "exec: " + quote(e.Name) + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// quote is strconv.Quote for the names of commands (exec cannot import
// strconv's users without a cycle; names are printable ASCII in practice).
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < ' ' || c == 0x7f:
			const hex = "0123456789abcdef"
			b.WriteString("\\x")
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ErrNotFound is the error resulting if a path search failed to find an
// executable file.
var ErrNotFound = errors.New("executable file not found in $PATH")

// Cmd represents an external command being prepared or run.
type Cmd struct {
	// Path is the path of the command to run.
	Path string
	// Args holds command line arguments, including the command as Args[0].
	Args []string
	// Env specifies the environment of the process, each entry of the form
	// "key=value". If Env is nil, the new process uses the current
	// process's environment.
	Env []string
	// Dir specifies the working directory of the command. If Dir is the
	// empty string, Run runs the command in the calling process's current
	// directory.
	Dir string
	// Stdin specifies the process's standard input. If Stdin is nil, the
	// process reads from the null device (os.DevNull).
	Stdin io.Reader
	// Stdout and Stderr specify the process's standard output and error.
	// If either is nil, Run connects the corresponding file descriptor to
	// the null device. If Stdout and Stderr are the same writer, at most
	// one goroutine at a time will call Write.
	Stdout io.Writer
	Stderr io.Writer

	// Process is the underlying process, once started.
	Process *os.Process
	// ProcessState contains information about an exited process,
	// available after a call to Wait or Run.
	ProcessState *os.ProcessState

	// Err holds the LookPath error of Command, if any.
	Err error

	stdinData []byte // what a non-file Stdin gave, fed to the child by Wait
	outFd     int    // the parent's end of the stdout pipe, or -1
	errFd     int    // the parent's end of the stderr pipe, or -1
	inFd      int    // the parent's end of the stdin pipe, or -1
	finished  bool

	ctx      context.Context // CommandContext's: kills the process when done
	waitDone chan struct{}   // closed by Wait: the watcher of ctx stops
}

// Command returns the Cmd struct to execute the named program with the
// given arguments. If name contains no path separators, Command uses
// LookPath to resolve name to a complete path if possible.
func Command(name string, arg ...string) *Cmd {
	cmd := &Cmd{
		Path: name,
		Args: append([]string{name}, arg...),
	}
	if !strings.Contains(name, "/") {
		if lp, err := LookPath(name); err != nil {
			cmd.Err = err
		} else {
			cmd.Path = lp
		}
	}
	return cmd
}

// CommandContext is like Command but includes a context. The provided
// context is used to kill the process (by calling os.Process.Kill) if the
// context becomes done before the command completes on its own.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	cmd := Command(name, arg...)
	cmd.ctx = ctx
	return cmd
}

// String returns a human-readable description of c.
func (c *Cmd) String() string {
	if c.Err != nil {
		return strings.Join(c.Args, " ")
	}
	b := new(strings.Builder)
	b.WriteString(c.Path)
	for _, a := range c.Args[1:] {
		b.WriteByte(' ')
		b.WriteString(a)
	}
	return b.String()
}

// findExecutable reports whether file is an executable regular file.
func findExecutable(file string) error {
	mode, e := statMode(file)
	if e != 0 {
		return e
	}
	if mode&0xf000 != 0x8000 && mode&0xf000 != 0xa000 || mode&0111 == 0 {
		return fs.ErrPermission
	}
	return nil
}

// LookPath searches for an executable named file in the directories named
// by the PATH environment variable. If file contains a slash, it is tried
// directly and the PATH is not consulted. The result may be an absolute
// path or a path relative to the current directory.
func LookPath(file string) (string, error) {
	if strings.Contains(file, "/") {
		err := findExecutable(file)
		if err == nil {
			return file, nil
		}
		return "", &Error{file, err}
	}
	path := os.Getenv("PATH")
	for _, dir := range strings.Split(path, ":") {
		if dir == "" {
			// Unix shell semantics: path element "" means "."
			dir = "."
		}
		path := dir + "/" + file
		if err := findExecutable(path); err == nil {
			return path, nil
		}
	}
	return "", &Error{file, ErrNotFound}
}

// An ExitError reports an unsuccessful exit by a command.
type ExitError struct {
	*os.ProcessState

	// Stderr holds a subset of the standard error output from the
	// Cmd.Output method if standard error was not otherwise being
	// collected.
	Stderr []byte
}

func (e *ExitError) Error() string {
	return e.ProcessState.String()
}

// fileFd returns the descriptor of w or r when it is an *os.File.
func fileFd(x any) (int, bool) {
	if f, ok := x.(*os.File); ok && f != nil {
		return int(f.Fd()), true
	}
	return -1, false
}

// Start starts the specified command but does not wait for it to complete.
func (c *Cmd) Start() error {
	if c.Path == "" && c.Err == nil {
		c.Err = errors.New("exec: no command")
	}
	if c.Err != nil {
		return c.Err
	}
	if c.Process != nil {
		return errors.New("exec: already started")
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			return c.ctx.Err()
		default:
		}
	}
	// How each standard descriptor is set up: mode 0 is the null device,
	// 1 an inherited descriptor, 2 a pipe to the parent.
	inMode, inFd := 0, -1
	if c.Stdin != nil {
		if fd, ok := fileFd(c.Stdin); ok {
			inMode, inFd = 1, fd
		} else {
			data, err := io.ReadAll(c.Stdin)
			if err != nil {
				return err
			}
			c.stdinData = data
			inMode = 2
		}
	}
	outMode, outFd := 0, -1
	if c.Stdout != nil {
		if fd, ok := fileFd(c.Stdout); ok {
			outMode, outFd = 1, fd
		} else {
			outMode = 2
		}
	}
	errMode, errFd := 0, -1
	sameWriter := c.Stderr != nil && c.Stdout != nil && interfaceEqual(c.Stderr, c.Stdout)
	if c.Stderr != nil {
		if fd, ok := fileFd(c.Stderr); ok {
			errMode, errFd = 1, fd
		} else if sameWriter {
			errMode = 3 // the stdout pipe
		} else {
			errMode = 2
		}
	}
	if c.Dir != "" {
		if _, e := statMode(c.Dir); e != 0 {
			return &fs.PathError{Op: "chdir", Path: c.Dir, Err: e}
		}
	}
	pid, pin, pout, perr, e := spawn(c.Path, c.Args, c.Env, c.Env == nil, c.Dir, inMode, inFd, outMode, outFd, errMode, errFd)
	if e != 0 {
		return &fs.PathError{Op: "fork/exec", Path: c.Path, Err: e}
	}
	c.inFd, c.outFd, c.errFd = pin, pout, perr
	c.Process, _ = os.FindProcess(pid)
	if c.ctx != nil {
		c.waitDone = make(chan struct{})
		go func() {
			select {
			case <-c.ctx.Done():
				c.Process.Kill()
			case <-c.waitDone:
			}
		}()
	}
	return nil
}

// interfaceEqual compares two writers as Go's == would, without
// panicking on uncomparable dynamic types.
func interfaceEqual(a, b io.Writer) bool {
	return sameValue(a, b)
}

// Wait waits for the command to exit and waits for any copying to stdin
// or copying from stdout or stderr to complete. The command must have
// been started by Start. If the command fails to run or doesn't complete
// successfully, the error is of type *ExitError.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.finished {
		return errors.New("exec: Wait was already called")
	}
	c.finished = true
	// Feed stdin and drain the pipes until they close.
	pause := 50 * time.Microsecond
	for c.inFd >= 0 || c.outFd >= 0 || c.errFd >= 0 {
		if c.inFd >= 0 && len(c.stdinData) == 0 {
			closeFd(c.inFd)
			c.inFd = -1
			continue
		}
		written, out, errOut, outEOF, errEOF := pump(c.inFd, c.stdinData, c.outFd, c.errFd)
		if written == 0 && len(out) == 0 && len(errOut) == 0 && !outEOF && !errEOF {
			// Nothing ready: the goroutine sleeps, not the thread.
			time.Sleep(pause)
			if pause < 5*time.Millisecond {
				pause *= 2
			}
			continue
		}
		pause = 50 * time.Microsecond
		if written < 0 {
			// The child closed its stdin: the rest is dropped.
			c.stdinData = nil
		} else {
			c.stdinData = c.stdinData[written:]
		}
		if len(out) > 0 {
			c.Stdout.Write(out)
		}
		if len(errOut) > 0 {
			c.Stderr.Write(errOut)
		}
		if outEOF {
			closeFd(c.outFd)
			c.outFd = -1
		}
		if errEOF {
			closeFd(c.errFd)
			c.errFd = -1
		}
	}
	state, err := c.Process.Wait()
	if c.waitDone != nil {
		close(c.waitDone)
	}
	c.ProcessState = state
	if err != nil {
		return err
	}
	if !state.Success() {
		return &ExitError{ProcessState: state}
	}
	return nil
}

// Run starts the specified command and waits for it to complete.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

// Output runs the command and returns its standard output. Any returned
// error will usually be of type *ExitError. If c.Stderr was nil, Output
// populates ExitError.Stderr.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var stdout bytes.Buffer
	c.Stdout = &stdout
	var stderr *bytes.Buffer
	if c.Stderr == nil {
		stderr = new(bytes.Buffer)
		c.Stderr = stderr
	}
	err := c.Run()
	if err != nil && stderr != nil {
		if ee, ok := err.(*ExitError); ok {
			ee.Stderr = stderr.Bytes()
		}
	}
	return stdout.Bytes(), err
}

// CombinedOutput runs the command and returns its combined standard output
// and standard error.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b bytes.Buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.Bytes(), err
}

// spawn starts path with argv and the environment (the parent's when
// inheritEnv) in dir, with the standard descriptors set up by mode (0:
// null device, 1: the given descriptor, 2: a pipe to the parent, 3 for
// stderr: stdout's pipe); it returns the pid and the parent's pipe ends
// (-1 where there is none).
//
//go2cpp:native
func spawn(path string, argv []string, env []string, inheritEnv bool, dir string, inMode, inFd, outMode, outFd, errMode, errFd int) (pid, pin, pout, perr int, e syscall.Errno)

// pump looks (without waiting) whether any of the pipes is ready, then
// writes what it can of stdin to in and reads what is available from out
// and errOut (-1: no such pipe). written is how many stdin bytes went (-1 when the child
// closed its end); outEOF and errEOF report pipes at end of file.
//
//go2cpp:native
func pump(in int, stdin []byte, out, errOut int) (written int, outData, errData []byte, outEOF, errEOF bool)

// closeFd closes a pipe end.
//
//go2cpp:native
func closeFd(fd int)

// statMode returns the mode of file (following symbolic links).
//
//go2cpp:native
func statMode(file string) (uint32, syscall.Errno)

// sameValue reports whether a and b hold identical comparable values.
//
//go2cpp:native
func sameValue(a, b any) bool
