// This file implements the natives of fileops.go over POSIX: metadata
// (chmod, chown, utimensat), links, truncation, fchdir, getgroups and
// pipe2. A path with a NUL byte names no file: EINVAL, as in Go.
#include "syscall/syscall.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

namespace syscall_ {

namespace {

bool c_path(go::string path, std::string& out) {
  out.assign(go::view(path));
  return out.find('\0') == std::string::npos;
}

Errno result(int rc) { return rc < 0 ? static_cast<Errno>(errno) : 0; }

}  // namespace

Errno sysChmod(go::string path, go::uint32 mode) {
  std::string p;
  if (!c_path(path, p)) return EINVAL;
  return result(::chmod(p.c_str(), static_cast<mode_t>(mode)));
}

Errno sysFchmod(go::int_ fd, go::uint32 mode) { return result(::fchmod(static_cast<int>(fd), static_cast<mode_t>(mode))); }

Errno sysChown(go::string path, go::int_ uid, go::int_ gid, bool follow) {
  std::string p;
  if (!c_path(path, p)) return EINVAL;
  auto u = static_cast<uid_t>(uid);
  auto g = static_cast<gid_t>(gid);
  return result(follow ? ::chown(p.c_str(), u, g) : ::lchown(p.c_str(), u, g));
}

Errno sysFchown(go::int_ fd, go::int_ uid, go::int_ gid) {
  return result(::fchown(static_cast<int>(fd), static_cast<uid_t>(uid), static_cast<gid_t>(gid)));
}

Errno sysLink(go::string oldpath, go::string newpath, bool symbolic) {
  std::string o, n;
  if (!c_path(oldpath, o) || !c_path(newpath, n)) return EINVAL;
  return result(symbolic ? ::symlink(o.c_str(), n.c_str()) : ::link(o.c_str(), n.c_str()));
}

std::tuple<go::int_, Errno> sysReadlink(go::string path, go::slice<go::uint8> buf) {
  std::string p;
  if (!c_path(path, p)) return {0, EINVAL};
  ssize_t n = ::readlink(p.c_str(), reinterpret_cast<char*>(buf.ptr), static_cast<size_t>(buf.len));
  if (n < 0) return {0, static_cast<Errno>(errno)};
  return {n, 0};
}

Errno sysTruncate(go::string path, go::int64 length) {
  std::string p;
  if (!c_path(path, p)) return EINVAL;
  return result(::truncate(p.c_str(), static_cast<off_t>(length)));
}

Errno sysFtruncate(go::int_ fd, go::int64 length) {
  int rc;
  do rc = ::ftruncate(static_cast<int>(fd), static_cast<off_t>(length));
  while (rc < 0 && errno == EINTR);
  return result(rc);
}

Errno sysFchdir(go::int_ fd) { return result(::fchdir(static_cast<int>(fd))); }

Errno sysUtimesNano(go::string path, go::int64 asec, go::int64 ansec, go::int64 msec, go::int64 mnsec) {
  std::string p;
  if (!c_path(path, p)) return EINVAL;
  struct timespec ts[2] = {{static_cast<time_t>(asec), static_cast<long>(ansec)},
                           {static_cast<time_t>(msec), static_cast<long>(mnsec)}};
  return result(::utimensat(AT_FDCWD, p.c_str(), ts, 0));
}

std::tuple<go::slice<go::int_>, Errno> sysGetgroups() {
  int n = ::getgroups(0, nullptr);
  if (n < 0) return {go::slice<go::int_>{}, static_cast<Errno>(errno)};
  std::vector<gid_t> groups(static_cast<std::size_t>(n) + 1);
  n = ::getgroups(static_cast<int>(groups.size()), groups.data());
  if (n < 0) return {go::slice<go::int_>{}, static_cast<Errno>(errno)};
  go::slice<go::int_> out = go::make_slice<go::int_>(n, n);
  for (int i = 0; i < n; i++) out.ptr[i] = groups[static_cast<std::size_t>(i)];
  return {out, 0};
}

std::tuple<go::int_, go::int_, Errno> sysPipe2(go::int_ flags) {
  int fds[2];
  if (::pipe2(fds, static_cast<int>(flags)) < 0) return {-1, -1, static_cast<Errno>(errno)};
  return {fds[0], fds[1], 0};
}

}  // namespace syscall_
