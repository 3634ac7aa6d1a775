// This file implements stat(2) and its relatives as Go's syscall has them
// on linux/amd64: Stat_t with the kernel's layout, the S_IF* mode bits,
// Stat, Lstat and Fstat.
package syscall

// A Timespec is a time as seconds and nanoseconds since the Unix epoch.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time stored in ts as seconds plus nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns the time stored in ts as nanoseconds.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// Stat_t is struct stat of linux/amd64.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// The file type and mode bits of Stat_t.Mode.
const (
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFMT   = 0xf000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_IRUSR  = 0x100
	S_IWRITE = 0x80
	S_IEXEC  = 0x40
	S_IREAD  = 0x100
	S_IRWXU  = 0x1c0
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200
	S_IWUSR  = 0x80
	S_IXUSR  = 0x40
)

// Stat fills st with the status of the file path names, following links.
func Stat(path string, st *Stat_t) error { return errnoErr(sysStat(path, st, true)) }

// Lstat is Stat that describes a symbolic link itself.
func Lstat(path string, st *Stat_t) error { return errnoErr(sysStat(path, st, false)) }

// Fstat fills st with the status of the open file fd.
func Fstat(fd int, st *Stat_t) error { return errnoErr(sysFstat(fd, st)) }

//go2cpp:native
func sysStat(path string, st *Stat_t, follow bool) Errno

//go2cpp:native
func sysFstat(fd int, st *Stat_t) Errno
