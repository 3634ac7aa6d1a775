// This file declares the natives of package syscall (syscall.go): the
// system calls themselves, each returning its errno as a syscall::Errno
// (0: success) for the Go wrappers to turn into errors.
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace syscall_ {

go::int_ Getpid();
go::int_ Getppid();
go::int_ Getuid();
go::int_ Geteuid();
go::int_ Getgid();
go::int_ Getegid();
go::int_ Getpagesize();
Errno sysKill(go::int_ pid, go::int_ sig);
[[noreturn]] void Exit(go::int_ code);

std::tuple<go::int_, Errno> sysOpen(go::string path, go::int_ mode, go::uint32 perm);
std::tuple<go::int_, Errno> sysRead(go::int_ fd, go::slice<go::uint8> p);
std::tuple<go::int_, Errno> sysWrite(go::int_ fd, go::slice<go::uint8> p);
Errno sysClose(go::int_ fd);
std::tuple<go::int64, Errno> sysSeek(go::int_ fd, go::int64 offset, go::int_ whence);
Errno sysUnlink(go::string path);
Errno sysRmdir(go::string path);
Errno sysMkdir(go::string path, go::uint32 mode);
Errno sysChdir(go::string path);
Errno sysRename(go::string from, go::string to);
std::tuple<go::string, Errno> sysGetwd();

// stat.go (stat.cpp)
struct Stat_t;
Errno sysStat(go::string path, Stat_t* st, bool follow);
Errno sysFstat(go::int_ fd, Stat_t* st);

// mmap.go (mmap.cpp)
std::tuple<go::slice<go::uint8>, Errno> sysMmap(go::int_ fd, go::int64 offset, go::int_ length, go::int_ prot, go::int_ flags);
Errno sysMunmap(go::slice<go::uint8> b);
Errno sysMprotect(go::slice<go::uint8> b, go::int_ prot);
Errno sysMadvise(go::slice<go::uint8> b, go::int_ advice);

// fileops.go (fileops.cpp)
Errno sysChmod(go::string path, go::uint32 mode);
Errno sysFchmod(go::int_ fd, go::uint32 mode);
Errno sysChown(go::string path, go::int_ uid, go::int_ gid, bool follow);
Errno sysFchown(go::int_ fd, go::int_ uid, go::int_ gid);
Errno sysLink(go::string oldpath, go::string newpath, bool symbolic);
std::tuple<go::int_, Errno> sysReadlink(go::string path, go::slice<go::uint8> buf);
Errno sysTruncate(go::string path, go::int64 length);
Errno sysFtruncate(go::int_ fd, go::int64 length);
Errno sysFchdir(go::int_ fd);
Errno sysUtimesNano(go::string path, go::int64 asec, go::int64 ansec, go::int64 msec, go::int64 mnsec);
std::tuple<go::slice<go::int_>, Errno> sysGetgroups();
std::tuple<go::int_, go::int_, Errno> sysPipe2(go::int_ flags);

}  // namespace syscall_
