// This file implements Stat, Lstat, File.Stat and SameFile: a FileInfo
// made from syscall.Stat_t as gc's os does on Linux.
package os

import (
	"io/fs"
	"syscall"
	"time"
)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A fileStat is the implementation of FileInfo returned by Stat and Lstat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

// newFileStat fills a fileStat from the system's description of it.
func newFileStat(name string, st *syscall.Stat_t) *fileStat {
	fs := &fileStat{name: basename(name), size: st.Size, sys: *st}
	fs.modTime = time.Unix(st.Mtim.Sec, st.Mtim.Nsec)
	fs.mode = FileMode(st.Mode & 0777)
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		fs.mode |= ModeDevice
	case syscall.S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		fs.mode |= ModeDir
	case syscall.S_IFIFO:
		fs.mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		fs.mode |= ModeSymlink
	case syscall.S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if st.Mode&syscall.S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if st.Mode&syscall.S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if st.Mode&syscall.S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
	return fs
}

// basename removes trailing slashes and the leading directory name from
// path name.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file. If there is an
// error, it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	var st syscall.Stat_t
	if err := syscall.Stat(name, &st); err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	return newFileStat(name, &st), nil
}

// Lstat returns a FileInfo describing the named file. If the file is a
// symbolic link, the returned FileInfo describes the symbolic link.
func Lstat(name string) (FileInfo, error) {
	var st syscall.Stat_t
	if err := syscall.Lstat(name, &st); err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	return newFileStat(name, &st), nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		return nil, &PathError{Op: "stat", Path: f.name, Err: err}
	}
	return newFileStat(f.name, &st), nil
}

// SameFile reports whether fi1 and fi2 describe the same file (the same
// device and inode). It reports false for FileInfos not made by this
// package.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.sys.Dev == fs2.sys.Dev && fs1.sys.Ino == fs2.sys.Ino
}
