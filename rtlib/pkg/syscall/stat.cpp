// This file implements the natives of stat.go: stat(2), lstat(2) and
// fstat(2), copying struct stat into Go's Stat_t field by field (the same
// layout on linux/amd64, but the copy does not depend on it).
#include "syscall/syscall.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <string>

namespace syscall_ {

namespace {

void fill(Stat_t* out, const struct stat& st) {
  Stat_t& s = go::deref(out);
  s.Dev = st.st_dev;
  s.Ino = st.st_ino;
  s.Nlink = st.st_nlink;
  s.Mode = st.st_mode;
  s.Uid = st.st_uid;
  s.Gid = st.st_gid;
  s.Rdev = st.st_rdev;
  s.Size = st.st_size;
  s.Blksize = st.st_blksize;
  s.Blocks = st.st_blocks;
  s.Atim = {st.st_atim.tv_sec, st.st_atim.tv_nsec};
  s.Mtim = {st.st_mtim.tv_sec, st.st_mtim.tv_nsec};
  s.Ctim = {st.st_ctim.tv_sec, st.st_ctim.tv_nsec};
}

}  // namespace

Errno sysStat(go::string path, Stat_t* out, bool follow) {
  std::string p(go::view(path));
  if (p.find('\0') != std::string::npos) return EINVAL;
  struct stat st;
  if ((follow ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st)) < 0) return static_cast<Errno>(errno);
  fill(out, st);
  return 0;
}

Errno sysFstat(go::int_ fd, Stat_t* out) {
  struct stat st;
  if (::fstat(static_cast<int>(fd), &st) < 0) return static_cast<Errno>(errno);
  fill(out, st);
  return 0;
}

}  // namespace syscall_
