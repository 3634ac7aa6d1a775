// This file implements the natives of mmap.go. A mapping lies outside
// Boehm's heap: the collector neither scans nor frees it.
#include "syscall/syscall.hpp"

#include <sys/mman.h>

#include <cerrno>

namespace syscall_ {

std::tuple<go::slice<go::uint8>, Errno> sysMmap(go::int_ fd, go::int64 offset, go::int_ length, go::int_ prot,
                                                go::int_ flags) {
  void* p = ::mmap(nullptr, static_cast<size_t>(length), static_cast<int>(prot), static_cast<int>(flags),
                   static_cast<int>(fd), static_cast<off_t>(offset));
  if (p == MAP_FAILED) return {go::slice<go::uint8>{}, static_cast<Errno>(errno)};
  return {go::slice<go::uint8>{static_cast<go::uint8*>(p), length, length}, 0};
}

Errno sysMunmap(go::slice<go::uint8> b) {
  return ::munmap(b.ptr, static_cast<size_t>(b.cap)) < 0 ? static_cast<Errno>(errno) : 0;
}

Errno sysMprotect(go::slice<go::uint8> b, go::int_ prot) {
  return ::mprotect(b.ptr, static_cast<size_t>(b.len), static_cast<int>(prot)) < 0 ? static_cast<Errno>(errno) : 0;
}

Errno sysMadvise(go::slice<go::uint8> b, go::int_ advice) {
  return ::madvise(b.ptr, static_cast<size_t>(b.len), static_cast<int>(advice)) < 0 ? static_cast<Errno>(errno) : 0;
}

}  // namespace syscall_
