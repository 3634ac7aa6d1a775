// This file implements package os's files: *File over a file descriptor
// (Read, Write, WriteString, Seek, Close, ...), Open/Create/OpenFile, the
// whole-file helpers ReadFile and WriteFile, and the errors, which are
// *PathError values with gc's texts ("open x: no such file or directory").
package os

import (
	"errors"
	"internal/oserror"
	"io"
	"io/fs"
	"syscall"
)

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused
// it.
type PathError = fs.PathError

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// The defined file mode bits are the most significant bits of the
// FileMode (as in io/fs).
const (
	ModeDir        = fs.ModeDir        // d: is a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file; Plan 9 only
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: Unix character device, when ModeDevice is set
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = fs.ModeType

	ModePerm = fs.ModePerm // Unix permission bits, 0o777
)

// Flags to OpenFile wrapping those of the underlying system.
const (
	O_RDONLY int = syscall.O_RDONLY // open the file read-only.
	O_WRONLY int = syscall.O_WRONLY // open the file write-only.
	O_RDWR   int = syscall.O_RDWR   // open the file read-write.
	O_APPEND int = syscall.O_APPEND // append data to the file when writing.
	O_CREATE int = syscall.O_CREAT  // create a new file if none exists.
	O_EXCL   int = syscall.O_EXCL   // used with O_CREATE, file must not exist.
	O_SYNC   int = syscall.O_SYNC   // open for synchronous I/O.
	O_TRUNC  int = syscall.O_TRUNC  // truncate regular writable file when opened.
)

// Seek whence values (deprecated in Go; use io.SeekStart and friends).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
	append bool     // opened with O_APPEND: WriteAt is refused
	dir    *dirInfo // a directory being read (dir.go)
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name. The
// returned value will be nil if fd is not a valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
// If f is closed, the file descriptor becomes invalid.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid returns the error an operation on f reports before trying:
// ErrInvalid for a nil *File, ErrClosed (in a PathError) for a closed one.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// wrapErr puts a system call's error into a PathError for op.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := syscall.Read(f.fd, b)
	if e != nil {
		return 0, f.wrapErr("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. It
// returns the number of bytes read and the error, if any. ReadAt always
// returns a non-nil error when n < len(b). At end of file, that error is
// io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any. Write returns a non-nil error when
// n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for len(b) > 0 {
		m, e := syscall.Write(f.fd, b)
		if e != nil {
			return n, f.wrapErr("write", e)
		}
		n += m
		b = b[m:]
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.append {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPwrite(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence: 0 means relative to the origin of the
// file, 1 means relative to the current offset, and 2 means relative to
// the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, e := syscall.Seek(f.fd, offset, whence)
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return ret, nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := sysFsync(f.fd); e != 0 {
		return f.wrapErr("sync", e)
	}
	return nil
}

// Close closes the File, rendering it unusable for I/O. Close will return
// an error if it has already been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := syscall.Close(f.fd); e != nil {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Open opens the named file for reading. If successful, methods on the
// returned file can be used for reading; the associated file descriptor
// has mode O_RDONLY. If there is an error, it will be of type *PathError.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file. If the file already exists,
// it is truncated. If the file does not exist, it is created with mode
// 0666 (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call; most users will use Open or
// Create instead. It opens the named file with specified flag (O_RDONLY
// etc.). If the file does not exist, and the O_CREATE flag is passed, it
// is created with mode perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, err := syscall.Open(name, flag, syscallMode(perm))
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f := NewFile(uintptr(fd), name)
	f.append = flag&O_APPEND != 0
	return f, nil
}

// syscallMode returns the syscall-specific mode bits from Go's portable
// mode bits.
func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&fs.ModeSetuid != 0 {
		o |= 0x800
	}
	if i&fs.ModeSetgid != 0 {
		o |= 0x400
	}
	if i&fs.ModeSticky != 0 {
		o |= 0x200
	}
	return o
}

// ReadFile reads the named file and returns the contents. A successful
// call returns err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary. If
// the file does not exist, WriteFile creates it with permissions perm
// (before umask); otherwise WriteFile truncates it before writing, without
// changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// underlyingError returns the error a PathError, LinkError or
// SyscallError wraps, for the Is* functions.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// underlyingErrorIs reports whether err is target or a syscall.Errno that
// means it.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist returns a boolean indicating whether the error is known to
// report that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, oserror.ErrExist) }

// IsNotExist returns a boolean indicating whether the error is known to
// report that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, oserror.ErrNotExist) }

// IsPermission returns a boolean indicating whether the error is known to
// report that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, oserror.ErrPermission) }

//go2cpp:native
func sysPread(fd int, b []byte, off int64) (int, syscall.Errno)

//go2cpp:native
func sysPwrite(fd int, b []byte, off int64) (int, syscall.Errno)

//go2cpp:native
func sysFsync(fd int) syscall.Errno
