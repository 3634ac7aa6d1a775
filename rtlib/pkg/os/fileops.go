// This file implements the os functions over fileops in package syscall:
// modes, owners and times of files, hard and symbolic links, truncation,
// pipes, the user's directories, shell-style expansion of variables, the
// executable's path, and what deadlines come to for go2cpp's files.
package os

import (
	"errors"
	"io"
	"syscall"
	"time"
)

// retryEINTR repeats a call that a signal interrupted.
func retryEINTR(call func() error) error {
	for {
		err := call()
		if err != syscall.EINTR {
			return err
		}
	}
}

// Chmod changes the mode of the named file to mode. If the file is a
// symbolic link, it changes the mode of the link's target. If there is an
// error, it will be of type *PathError.
func Chmod(name string, mode FileMode) error {
	if e := retryEINTR(func() error { return syscall.Chmod(name, syscallMode(mode)) }); e != nil {
		return &PathError{Op: "chmod", Path: name, Err: e}
	}
	return nil
}

// Chmod changes the mode of the file to mode. If there is an error, it
// will be of type *PathError.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return f.wrapErr("chmod", retryEINTR(func() error { return syscall.Fchmod(f.fd, syscallMode(mode)) }))
}

// Chown changes the numeric uid and gid of the named file. If the file is
// a symbolic link, it changes the uid and gid of the link's target. A uid
// or gid of -1 means to not change that value. If there is an error, it
// will be of type *PathError.
func Chown(name string, uid, gid int) error {
	if e := retryEINTR(func() error { return syscall.Chown(name, uid, gid) }); e != nil {
		return &PathError{Op: "chown", Path: name, Err: e}
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file. If the file is
// a symbolic link, it changes the uid and gid of the link itself.
func Lchown(name string, uid, gid int) error {
	if e := retryEINTR(func() error { return syscall.Lchown(name, uid, gid) }); e != nil {
		return &PathError{Op: "lchown", Path: name, Err: e}
	}
	return nil
}

// Chown changes the numeric uid and gid of the file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	return f.wrapErr("chown", retryEINTR(func() error { return syscall.Fchown(f.fd, uid, gid) }))
}

// Chtimes changes the access and modification times of the named file,
// similar to the Unix utime() or utimes() functions.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	ts := []syscall.Timespec{nsecToTimespec(atime.UnixNano()), nsecToTimespec(mtime.UnixNano())}
	if e := syscall.UtimesNano(name, ts); e != nil {
		return &PathError{Op: "chtimes", Path: name, Err: e}
	}
	return nil
}

// nsecToTimespec splits nanoseconds since the epoch into whole seconds and
// a non-negative remainder.
func nsecToTimespec(nsec int64) syscall.Timespec {
	sec := nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return syscall.Timespec{Sec: sec, Nsec: nsec}
}

// Link creates newname as a hard link to the oldname file. If there is an
// error, it will be of type *LinkError.
func Link(oldname, newname string) error {
	if e := retryEINTR(func() error { return syscall.Link(oldname, newname) }); e != nil {
		return &LinkError{"link", oldname, newname, e}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname. If there is an
// error, it will be of type *LinkError.
func Symlink(oldname, newname string) error {
	if e := retryEINTR(func() error { return syscall.Symlink(oldname, newname) }); e != nil {
		return &LinkError{"symlink", oldname, newname, e}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link. If there is
// an error, it will be of type *PathError.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		var n int
		e := retryEINTR(func() error {
			var err error
			n, err = syscall.Readlink(name, b)
			return err
		})
		if e != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: e}
		}
		if n < size {
			return string(b[:n]), nil
		}
	}
}

// Truncate changes the size of the named file. If the file is a symbolic
// link, it changes the size of the link's target. If there is an error, it
// will be of type *PathError.
func Truncate(name string, size int64) error {
	if e := retryEINTR(func() error { return syscall.Truncate(name, size) }); e != nil {
		return &PathError{Op: "truncate", Path: name, Err: e}
	}
	return nil
}

// Truncate changes the size of the file. It does not change the I/O
// offset. If there is an error, it will be of type *PathError.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", syscall.Ftruncate(f.fd, size))
}

// Chdir changes the current working directory to the file, which must be a
// directory. If there is an error, it will be of type *PathError.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return f.wrapErr("chdir", syscall.Fchdir(f.fd))
}

// ReadFrom implements io.ReaderFrom: it copies r into the file.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

// fileWithoutReadFrom hides File.ReadFrom from io.Copy (which would call
// it again).
type fileWithoutReadFrom struct {
	f *File
}

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

// Pipe returns a connected pair of Files; reads from r return bytes
// written to w. It returns the files and an error, if any.
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	if e := syscall.Pipe2(p[:], syscall.O_CLOEXEC); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return NewFile(uintptr(p[0]), "|0"), NewFile(uintptr(p[1]), "|1"), nil
}

// Getgroups returns a list of the numeric ids of groups that the caller
// belongs to.
func Getgroups() ([]int, error) {
	gids, e := syscall.Getgroups()
	return gids, NewSyscallError("getgroups", e)
}

// Executable returns the path name for the executable that started the
// current process (from /proc/self/exe).
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	const deleted = " (deleted)"
	if len(p) > len(deleted) && p[len(p)-len(deleted):] == deleted {
		p = p[:len(p)-len(deleted)]
	}
	return p, nil
}

// UserHomeDir returns the current user's home directory: $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns the default root directory to use for user-specific
// cached data: $XDG_CACHE_HOME if non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir returns the default root directory to use for
// user-specific configuration data: $XDG_CONFIG_HOME if non-empty, else
// $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", "/.config")
}

func xdgDir(env, underHome string) (string, error) {
	if dir := Getenv(env); dir != "" {
		return dir, nil
	}
	home := Getenv("HOME")
	if home == "" {
		return "", errors.New("neither $" + env + " nor $HOME are defined")
	}
	return home + underHome, nil
}

// ErrNoDeadline is returned for an attempt to set a deadline on a file
// type that does not support them. go2cpp's files block their thread in
// the system call, so none does: every SetDeadline reports it.
var ErrNoDeadline = errors.New("file type does not support deadline")

// ErrDeadlineExceeded is returned for an expired deadline.
var ErrDeadlineExceeded error = &deadlineExceededError{}

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// SetDeadline sets the read and write deadlines for a File; go2cpp's files
// support none (ErrNoDeadline).
func (f *File) SetDeadline(t time.Time) error { return f.setDeadline("SetDeadline") }

// SetReadDeadline sets the deadline for future Read calls; go2cpp's files
// support none (ErrNoDeadline).
func (f *File) SetReadDeadline(t time.Time) error { return f.setDeadline("SetReadDeadline") }

// SetWriteDeadline sets the deadline for future Write calls; go2cpp's
// files support none (ErrNoDeadline).
func (f *File) SetWriteDeadline(t time.Time) error { return f.setDeadline("SetWriteDeadline") }

func (f *File) setDeadline(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return errFileClosing
	}
	return ErrNoDeadline
}

// errFileClosing is what gc's poller says of a closed file's deadline.
var errFileClosing = errors.New("use of closed file")

type timeout interface {
	Timeout() bool
}

// IsTimeout returns a boolean indicating whether the error is known to
// report that a timeout occurred.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(timeout)
	return ok && terr.Timeout()
}

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(timeout)
	return ok && t.Timeout()
}

// Expand replaces ${var} or $var in the string based on the mapping
// function. For example, os.ExpandEnv(s) is equivalent to
// os.Expand(s, os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0 // s[i:j] is copied as it is
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// Bad syntax: eat the characters.
			} else if name == "" {
				// A lone $ followed by nothing usable stays.
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values
// of the current environment variables. References to undefined variables
// are replaced by the empty string.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// isShellSpecialVar: the one-character variables of the shell, $* $# $$
// $@ $! $? $- and $0 to $9.
func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName reads the variable name after a '$': "{name}", a special
// one-character name, or the longest run of letters, digits and '_'. It
// returns the name and how many bytes it took; an empty name with w > 0
// is bad syntax ("${}" or an unclosed "${").
func shellName(s string) (name string, w int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace
	}
	if isShellSpecialVar(s[0]) {
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}
