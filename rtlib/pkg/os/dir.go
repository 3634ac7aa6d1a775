// This file implements reading directories: ReadDir, File.ReadDir,
// File.Readdir and File.Readdirnames, which read a directory's entries in
// the order the system gives them (ReadDir sorts them by name), n at a
// time or all at once.
package os

import (
	"io"
	"io/fs"
	"sort"
	"syscall"
)

// A DirEntry is an entry read from a directory (using the ReadDir
// function or a File's ReadDir method).
type DirEntry = fs.DirEntry

// dirInfo is what a File remembers of a directory being read: its
// entries, read once from the start on the first call, and how many of
// them the calls so far have returned.
type dirInfo struct {
	names []string
	types []uint32
	next  int
}

// unixDirent is the DirEntry of a File: the type comes with the entry,
// the rest on demand.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) { return Lstat(d.parent + "/" + d.name) }

// typeBits turns the S_IF* bits of an entry into FileMode type bits.
func typeBits(mode uint32) FileMode {
	switch mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		return ModeDevice
	case syscall.S_IFCHR:
		return ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		return ModeDir
	case syscall.S_IFIFO:
		return ModeNamedPipe
	case syscall.S_IFLNK:
		return ModeSymlink
	case syscall.S_IFSOCK:
		return ModeSocket
	}
	return 0
}

// readEntries returns the next n entries' indexes in f.dir (all the rest
// when n <= 0), reading the directory on the first call.
func (f *File) readEntries(op string, n int) (first, end int, err error) {
	if err := f.checkValid(op); err != nil {
		return 0, 0, err
	}
	if f.dir == nil {
		names, types, e := sysReadDirEntries(f.fd)
		if e != 0 {
			return 0, 0, &PathError{Op: op, Path: f.name, Err: e}
		}
		f.dir = &dirInfo{names: names, types: types}
	}
	d := f.dir
	first, end = d.next, len(d.names)
	if n > 0 {
		if first == end {
			return first, end, io.EOF
		}
		if end-first > n {
			end = first + n
		}
	}
	d.next = end
	return first, end, nil
}

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order. With n > 0 it
// returns at most n entries, and io.EOF at the end; with n <= 0 all the
// remaining ones.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	first, end, err := f.readEntries("readdirent", n)
	if err != nil {
		return []DirEntry{}, err
	}
	entries := make([]DirEntry, 0, end-first)
	for i := first; i < end; i++ {
		name := f.dir.names[i]
		typ := typeBits(f.dir.types[i])
		if f.dir.types[i] == 0 {
			// The file system did not say: ask.
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				continue // deleted since the directory was read
			}
			if err != nil {
				return entries, err
			}
			typ = info.Mode().Type()
		}
		entries = append(entries, &unixDirent{parent: f.name, name: name, typ: typ})
	}
	return entries, nil
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of FileInfo values, as would be returned by Lstat, in
// directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	first, end, err := f.readEntries("readdirent", n)
	if err != nil {
		return []FileInfo{}, err
	}
	infos := make([]FileInfo, 0, end-first)
	for i := first; i < end; i++ {
		info, err := Lstat(f.name + "/" + f.dir.names[i])
		if IsNotExist(err) {
			continue
		}
		if err != nil {
			return infos, err
		}
		infos = append(infos, info)
	}
	return infos, nil
}

// Readdirnames reads the contents of the directory associated with file
// and returns a slice of names of files in the directory, in directory
// order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	first, end, err := f.readEntries("readdirent", n)
	if err != nil {
		return []string{}, err
	}
	return append([]string{}, f.dir.names[first:end]...), nil
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename. If an error occurs reading the directory, ReadDir
// returns the entries it was able to read before the error, along with
// the error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// sysReadDirEntries lists the directory open as fd from its start,
// without "." and "..": each name with its S_IF* type bits (0 where the
// file system does not say). The offset of fd is left untouched.
//
//go2cpp:native
func sysReadDirEntries(fd int) (names []string, types []uint32, errno syscall.Errno)
