// This file implements package os's operations on paths and the process
// environment: Remove, RemoveAll, Mkdir, MkdirAll, Rename, Chdir, Getwd,
// the temporary files and directories, Setenv and Environ.
package os

import (
	"errors"
	"syscall"
)

// LinkError records an error during a link or symlink or rename system
// call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. If err is nil, NewSyscallError
// returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// PathSeparator and PathListSeparator are the OS-specific separators.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the name of the operating system's “null device.”
const DevNull = "/dev/null"

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return PathSeparator == c }

// Remove removes the named file or (empty) directory. If there is an
// error, it will be of type *PathError.
func Remove(name string) error {
	e := syscall.Unlink(name)
	if e == nil {
		return nil
	}
	e1 := syscall.Rmdir(name)
	if e1 == nil {
		return nil
	}
	// Both failed: unlink's error says more, unless the name is not a
	// directory at all.
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// isDir reports whether name is a directory (not following a final
// symbolic link), and the errno of the stat.
func isDir(name string) (bool, syscall.Errno) {
	mode, e := sysLstatMode(name)
	return mode&0xf000 == 0x4000, e
}

// RemoveAll removes path and any children it contains. It removes
// everything it can but returns the first error it encounters. If the
// path does not exist, RemoveAll returns nil (no error).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || hasDotSuffix(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	return removeAll(path)
}

func hasDotSuffix(path string) bool {
	n := len(path)
	return n >= 2 && path[n-1] == '.' && path[n-2] == '/'
}

func removeAll(path string) error {
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, e := isDir(path)
	if e != 0 {
		if e == syscall.ENOENT {
			return nil
		}
		return &PathError{Op: "lstat", Path: path, Err: e}
	}
	if !dir {
		return err
	}
	names, e := sysReadDirNames(path)
	if e != 0 {
		return &PathError{Op: "open", Path: path, Err: e}
	}
	var first error
	for _, name := range names {
		if err := removeAll(path + "/" + name); err != nil && first == nil {
			first = err
		}
	}
	if err := Remove(path); err != nil && !IsNotExist(err) && first == nil {
		first = err
	}
	return first
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask). If there is an error, it will be of type
// *PathError.
func Mkdir(name string, perm FileMode) error {
	if e := syscall.Mkdir(name, syscallMode(perm)); e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error.
func MkdirAll(path string, perm FileMode) error {
	if dir, e := isDir(path); e == 0 {
		if dir {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// The parent first: strip trailing separators, then the last element.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) {
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Handle arguments like "foo/." by double-checking that the
		// directory exists.
		if dir, e := isDir(path); e == 0 && dir {
			return nil
		}
		return err
	}
	return nil
}

// Rename renames (moves) oldpath to newpath. If newpath already exists and
// is not a directory, Rename replaces it.
func Rename(oldpath, newpath string) error {
	if e := syscall.Rename(oldpath, newpath); e != nil {
		return &LinkError{"rename", oldpath, newpath, e}
	}
	return nil
}

// Chdir changes the current working directory to the named directory. If
// there is an error, it will be of type *PathError.
func Chdir(dir string) error {
	if e := syscall.Chdir(dir); e != nil {
		return &PathError{Op: "chdir", Path: dir, Err: e}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	dir, err = syscall.Getwd()
	return dir, NewSyscallError("getwd", err)
}

// TempDir returns the default directory to use for temporary files: $TMPDIR
// if non-empty, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern by the last wildcard "*", if applicable,
// returning prefix as the part before "*" and suffix as the part after
// "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

// joinPath joins a directory and a name with one separator.
func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// nextRandom is the random part of a temporary name.
func nextRandom() string {
	return uitoa(uint(sysRandomUint32()))
}

func uitoa(v uint) string {
	var buf [20]byte
	i := len(buf) - 1
	for v >= 10 {
		buf[i] = byte('0' + v%10)
		i--
		v /= 10
	}
	buf[i] = byte('0' + v)
	return string(buf[i:])
}

// CreateTemp creates a new temporary file in the directory dir, opens the
// file for reading and writing, and returns the resulting file. The
// filename is generated by taking pattern and adding a random string to
// the end (or in place of the last "*"). If dir is the empty string,
// CreateTemp uses the default directory for temporary files (TempDir).
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in the directory dir and
// returns the pathname of the new directory, named as CreateTemp names
// files.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
		return "", err
	}
}

// Setenv sets the value of the environment variable named by the key. It
// returns an error, if any.
func Setenv(key, value string) error {
	if e := sysSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", e)
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	if e := sysUnsetenv(key); e != 0 {
		return NewSyscallError("unsetenv", e)
	}
	return nil
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
//
//go2cpp:native
func Environ() []string

// Clearenv deletes all environment variables.
//
//go2cpp:native
func Clearenv()

// Getpid returns the process id of the caller.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Getuid, Geteuid, Getgid and Getegid return the caller's user and group ids.
func Getuid() int  { return syscall.Getuid() }
func Geteuid() int { return syscall.Geteuid() }
func Getgid() int  { return syscall.Getgid() }
func Getegid() int { return syscall.Getegid() }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return syscall.Getpagesize() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("uname", e)
	}
	return name, nil
}

//go2cpp:native
func sysLstatMode(path string) (uint32, syscall.Errno)

//go2cpp:native
func sysReadDirNames(path string) ([]string, syscall.Errno)

//go2cpp:native
func sysRandomUint32() uint32

//go2cpp:native
func sysSetenv(key, value string) syscall.Errno

//go2cpp:native
func sysUnsetenv(key string) syscall.Errno

//go2cpp:native
func sysHostname() (string, syscall.Errno)
