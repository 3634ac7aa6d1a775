// This file implements package syscall's natives (native.hpp) over POSIX.
// A path with a NUL byte cannot name a file: EINVAL, as in Go's
// BytePtrFromString.
#include "syscall/syscall.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <string>

namespace syscall_ {

namespace {

// The path as a C string, or false when it holds a NUL byte.
bool c_path(go::string path, std::string& out) {
  out.assign(go::view(path));
  return out.find('\0') == std::string::npos;
}

Errno errno_value() { return static_cast<Errno>(errno); }

}  // namespace

go::int_ Getpid() { return ::getpid(); }
go::int_ Getppid() { return ::getppid(); }
go::int_ Getuid() { return ::getuid(); }
go::int_ Geteuid() { return ::geteuid(); }
go::int_ Getgid() { return ::getgid(); }
go::int_ Getegid() { return ::getegid(); }
go::int_ Getpagesize() { return ::sysconf(_SC_PAGESIZE); }

Errno sysKill(go::int_ pid, go::int_ sig) {
  return ::kill(static_cast<pid_t>(pid), static_cast<int>(sig)) < 0 ? errno_value() : 0;
}

void Exit(go::int_ code) {
  go::flush_stdout();
  ::_exit(static_cast<int>(code));
}

std::tuple<go::int_, Errno> sysOpen(go::string path, go::int_ mode, go::uint32 perm) {
  std::string p;
  if (!c_path(path, p)) return {-1, static_cast<Errno>(EINVAL)};
  int fd;
  do fd = ::open(p.c_str(), static_cast<int>(mode) | O_CLOEXEC, static_cast<mode_t>(perm));
  while (fd < 0 && errno == EINTR);
  if (fd < 0) return {-1, errno_value()};
  return {fd, 0};
}

std::tuple<go::int_, Errno> sysRead(go::int_ fd, go::slice<go::uint8> p) {
  ssize_t n;
  do n = ::read(static_cast<int>(fd), p.ptr, static_cast<size_t>(p.len));
  while (n < 0 && errno == EINTR);
  if (n < 0) return {-1, errno_value()};
  return {n, 0};
}

std::tuple<go::int_, Errno> sysWrite(go::int_ fd, go::slice<go::uint8> p) {
  if (fd == 1) {
    // Through the runtime's buffer: fmt.Print and os.Stdout.Write keep
    // their order.
    go::write_stdout(reinterpret_cast<const char*>(p.ptr), static_cast<std::size_t>(p.len));
    return {p.len, 0};
  }
  if (fd == 2) go::flush_stdout();
  ssize_t n;
  do n = ::write(static_cast<int>(fd), p.ptr, static_cast<size_t>(p.len));
  while (n < 0 && errno == EINTR);
  if (n < 0) return {-1, errno_value()};
  return {n, 0};
}

Errno sysClose(go::int_ fd) {
  if (fd == 1) go::flush_stdout();
  return ::close(static_cast<int>(fd)) < 0 ? errno_value() : 0;
}

std::tuple<go::int64, Errno> sysSeek(go::int_ fd, go::int64 offset, go::int_ whence) {
  off_t off = ::lseek(static_cast<int>(fd), static_cast<off_t>(offset), static_cast<int>(whence));
  if (off < 0) return {-1, errno_value()};
  return {off, 0};
}

Errno sysUnlink(go::string path) {
  std::string p;
  if (!c_path(path, p)) return EINVAL;
  return ::unlink(p.c_str()) < 0 ? errno_value() : 0;
}

Errno sysRmdir(go::string path) {
  std::string p;
  if (!c_path(path, p)) return EINVAL;
  return ::rmdir(p.c_str()) < 0 ? errno_value() : 0;
}

Errno sysMkdir(go::string path, go::uint32 mode) {
  std::string p;
  if (!c_path(path, p)) return EINVAL;
  return ::mkdir(p.c_str(), static_cast<mode_t>(mode)) < 0 ? errno_value() : 0;
}

Errno sysChdir(go::string path) {
  std::string p;
  if (!c_path(path, p)) return EINVAL;
  return ::chdir(p.c_str()) < 0 ? errno_value() : 0;
}

Errno sysRename(go::string from, go::string to) {
  std::string f, t;
  if (!c_path(from, f) || !c_path(to, t)) return EINVAL;
  return ::rename(f.c_str(), t.c_str()) < 0 ? errno_value() : 0;
}

std::tuple<go::string, Errno> sysGetwd() {
  char buf[PATH_MAX];
  if (::getcwd(buf, sizeof buf) == nullptr) return {go::string(), errno_value()};
  return {go::make_string(buf), 0};
}

}  // namespace syscall_
