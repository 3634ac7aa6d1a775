// Package syscall: the slice of Go's syscall package that os needs on
// linux/amd64: Errno with gc's texts (zerrors.go, generated), the standard
// file descriptors, and the file system calls, each a thin wrapper over a
// native (native.hpp, syscall.cpp) that returns the errno as a number.
package syscall

import "internal/oserror"

// An Errno is an unsigned number describing an error condition. It
// implements the error interface. The zero Errno is by convention a
// non-error, so code to convert from Errno to error should use:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors) {
		s := errors[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

// Is makes errors.Is(errno, fs.ErrNotExist) and the like work.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Temporary reports whether the error is worth retrying.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether the error is a timeout.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// itoa formats a small integer in decimal (syscall cannot import strconv).
func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
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

// The standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// errnoErr returns e as an error: nil when it is 0.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// Open opens the file at path (open(2)).
func Open(path string, mode int, perm uint32) (fd int, err error) {
	fd, e := sysOpen(path, mode, perm)
	return fd, errnoErr(e)
}

// Read reads up to len(p) bytes from fd (read(2)).
func Read(fd int, p []byte) (n int, err error) {
	n, e := sysRead(fd, p)
	return n, errnoErr(e)
}

// Write writes p to fd (write(2)); the standard output goes through the
// runtime's buffer, which keeps its order with fmt's and print's output.
func Write(fd int, p []byte) (n int, err error) {
	n, e := sysWrite(fd, p)
	return n, errnoErr(e)
}

// Close closes fd (close(2)).
func Close(fd int) (err error) {
	return errnoErr(sysClose(fd))
}

// Seek sets the offset of fd (lseek(2)).
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	off, e := sysSeek(fd, offset, whence)
	return off, errnoErr(e)
}

// Unlink removes the file at path (unlink(2)).
func Unlink(path string) error { return errnoErr(sysUnlink(path)) }

// Rmdir removes the empty directory at path (rmdir(2)).
func Rmdir(path string) error { return errnoErr(sysRmdir(path)) }

// Mkdir creates the directory at path (mkdir(2)).
func Mkdir(path string, mode uint32) error { return errnoErr(sysMkdir(path, mode)) }

// Chdir changes the working directory (chdir(2)).
func Chdir(path string) error { return errnoErr(sysChdir(path)) }

// Rename renames a file (rename(2)).
func Rename(from, to string) error { return errnoErr(sysRename(from, to)) }

// Getwd returns the working directory (getcwd(3)).
func Getwd() (string, error) {
	dir, e := sysGetwd()
	return dir, errnoErr(e)
}

// Getpid returns the process id.
//
//go2cpp:native
func Getpid() int

// A Signal is a number describing a process signal. It implements the
// os.Signal interface.
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signals) {
		str := signals[s]
		if str != "" {
			return str
		}
	}
	return "signal " + itoa(int(s))
}

// Kill sends the signal sig to the process pid (kill(2)).
func Kill(pid int, sig Signal) error { return errnoErr(sysKill(pid, int(sig))) }

// Getpagesize returns the size of a memory page.
//
//go2cpp:native
func Getpagesize() int

// Getppid returns the parent's process id.
//
//go2cpp:native
func Getppid() int

// Getuid, Geteuid, Getgid and Getegid return the process's user and group ids.
//
//go2cpp:native
func Getuid() int

//go2cpp:native
func Geteuid() int

//go2cpp:native
func Getgid() int

//go2cpp:native
func Getegid() int

//go2cpp:native
func sysKill(pid int, sig int) Errno

// Exit ends the process at once with the given status.
//
//go2cpp:native
func Exit(code int)

//go2cpp:native
func sysOpen(path string, mode int, perm uint32) (int, Errno)

//go2cpp:native
func sysRead(fd int, p []byte) (int, Errno)

//go2cpp:native
func sysWrite(fd int, p []byte) (int, Errno)

//go2cpp:native
func sysClose(fd int) Errno

//go2cpp:native
func sysSeek(fd int, offset int64, whence int) (int64, Errno)

//go2cpp:native
func sysUnlink(path string) Errno

//go2cpp:native
func sysRmdir(path string) Errno

//go2cpp:native
func sysMkdir(path string, mode uint32) Errno

//go2cpp:native
func sysChdir(path string) Errno

//go2cpp:native
func sysRename(from, to string) Errno

//go2cpp:native
func sysGetwd() (string, Errno)
