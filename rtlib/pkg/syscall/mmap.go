// This file implements memory mappings as Go's syscall has them on Linux:
// a mapping is a []byte over memory outside the collected heap, which
// Munmap releases.
package syscall

// Mmap maps length bytes of the file fd from offset (or anonymous memory
// with MAP_ANON) into memory.
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	if length <= 0 {
		return nil, EINVAL
	}
	data, e := sysMmap(fd, offset, length, prot, flags)
	if e != 0 {
		return nil, errnoErr(e)
	}
	return data, nil
}

// Munmap unmaps a mapping made by Mmap.
func Munmap(b []byte) error {
	if len(b) == 0 || len(b) != cap(b) {
		return EINVAL
	}
	return errnoErr(sysMunmap(b))
}

// Mprotect sets the protection of the pages of b (mprotect(2)).
func Mprotect(b []byte, prot int) error { return errnoErr(sysMprotect(b, prot)) }

// Madvise gives the kernel advice about the use of b (madvise(2)).
func Madvise(b []byte, advice int) error { return errnoErr(sysMadvise(b, advice)) }

//go2cpp:native
func sysMmap(fd int, offset int64, length int, prot int, flags int) ([]byte, Errno)

//go2cpp:native
func sysMunmap(b []byte) Errno

//go2cpp:native
func sysMprotect(b []byte, prot int) Errno

//go2cpp:native
func sysMadvise(b []byte, advice int) Errno
