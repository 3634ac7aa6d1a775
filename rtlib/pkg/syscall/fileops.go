// This file declares the system calls that change files' metadata and
// links, and pipes: each a Go wrapper over a native (fileops.cpp) that
// returns its errno.
package syscall

// Chmod changes the mode of the file at path (chmod(2)).
func Chmod(path string, mode uint32) (err error) { return errnoErr(sysChmod(path, mode)) }

// Fchmod changes the mode of the open file fd (fchmod(2)).
func Fchmod(fd int, mode uint32) (err error) { return errnoErr(sysFchmod(fd, mode)) }

// Chown changes the owner of the file at path, following links (chown(2)).
func Chown(path string, uid int, gid int) (err error) { return errnoErr(sysChown(path, uid, gid, true)) }

// Lchown changes the owner of the link at path itself (lchown(2)).
func Lchown(path string, uid int, gid int) (err error) { return errnoErr(sysChown(path, uid, gid, false)) }

// Fchown changes the owner of the open file fd (fchown(2)).
func Fchown(fd int, uid int, gid int) (err error) { return errnoErr(sysFchown(fd, uid, gid)) }

// Link makes newpath a hard link to oldpath (link(2)).
func Link(oldpath string, newpath string) (err error) { return errnoErr(sysLink(oldpath, newpath, false)) }

// Symlink makes newpath a symbolic link to oldpath (symlink(2)).
func Symlink(oldpath string, newpath string) (err error) { return errnoErr(sysLink(oldpath, newpath, true)) }

// Readlink reads the target of the symbolic link at path into buf
// (readlink(2)), returning its length (truncated to len(buf)).
func Readlink(path string, buf []byte) (n int, err error) {
	n, e := sysReadlink(path, buf)
	return n, errnoErr(e)
}

// Truncate sets the size of the file at path (truncate(2)).
func Truncate(path string, length int64) (err error) { return errnoErr(sysTruncate(path, length)) }

// Ftruncate sets the size of the open file fd (ftruncate(2)).
func Ftruncate(fd int, length int64) (err error) { return errnoErr(sysFtruncate(fd, length)) }

// Fchdir makes the open directory fd the working directory (fchdir(2)).
func Fchdir(fd int) (err error) { return errnoErr(sysFchdir(fd)) }

// UtimesNano sets the access and modification times (ts[0], ts[1]) of
// the file at path, following links (utimensat(2)).
func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	return errnoErr(sysUtimesNano(path, ts[0].Sec, ts[0].Nsec, ts[1].Sec, ts[1].Nsec))
}

// Getgroups returns the supplementary group ids of the process
// (getgroups(2)).
func Getgroups() (gids []int, err error) {
	gids, e := sysGetgroups()
	return gids, errnoErr(e)
}

// Pipe2 makes a pipe (pipe2(2)): p[0] reads, p[1] writes.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	r, w, e := sysPipe2(flags)
	if e == 0 {
		p[0], p[1] = r, w
	}
	return errnoErr(e)
}

// Pipe makes a pipe (pipe2(2) with no flags).
func Pipe(p []int) error { return Pipe2(p, 0) }

//go2cpp:native
func sysChmod(path string, mode uint32) Errno

//go2cpp:native
func sysFchmod(fd int, mode uint32) Errno

//go2cpp:native
func sysChown(path string, uid, gid int, follow bool) Errno

//go2cpp:native
func sysFchown(fd int, uid, gid int) Errno

//go2cpp:native
func sysLink(oldpath, newpath string, symbolic bool) Errno

//go2cpp:native
func sysReadlink(path string, buf []byte) (int, Errno)

//go2cpp:native
func sysTruncate(path string, length int64) Errno

//go2cpp:native
func sysFtruncate(fd int, length int64) Errno

//go2cpp:native
func sysFchdir(fd int) Errno

//go2cpp:native
func sysUtimesNano(path string, asec, ansec, msec, mnsec int64) Errno

//go2cpp:native
func sysGetgroups() ([]int, Errno)

//go2cpp:native
func sysPipe2(flags int) (int, int, Errno)
