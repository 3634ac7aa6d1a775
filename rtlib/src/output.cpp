// This file implements the stdout buffer shared by fmt, print and os, and the
// stderr writer that keeps output order by flushing stdout first.
#include <unistd.h>

#include <cerrno>
#include <mutex>
#include <string>

#include "go/output.hpp"
#include "runtime_internal.hpp"

namespace go {

namespace {
constexpr std::size_t flush_threshold = 64 * 1024;

std::mutex& stdout_lock() {
  static std::mutex m;
  return m;
}
std::string& stdout_buffer() {
  static std::string* b = new std::string();  // never destroyed: exit paths still flush
  return *b;
}

void write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;  // like Go, a closed or broken stdout loses the output silently
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}

void flush_locked() {
  std::string& b = stdout_buffer();
  write_all(1, b.data(), b.size());
  b.clear();
}
}  // namespace

// A terminal sees each write at once, as with Go's unbuffered os.Stdout;
// files and pipes get the buffer.
bool stdout_is_terminal() {
  static const bool tty = ::isatty(1) == 1;
  return tty;
}

void write_stdout(const char* bytes, std::size_t n) {
  std::lock_guard<std::mutex> g(stdout_lock());
  if (stdout_is_terminal()) {
    flush_locked();
    write_all(1, bytes, n);
    return;
  }
  std::string& b = stdout_buffer();
  if (b.size() + n > flush_threshold) {
    flush_locked();
    if (n > flush_threshold) {
      write_all(1, bytes, n);
      return;
    }
  }
  b.append(bytes, n);
}

void flush_stdout() {
  std::lock_guard<std::mutex> g(stdout_lock());
  flush_locked();
}

void write_stderr(std::string_view s) {
  flush_stdout();
  write_all(2, s.data(), s.size());
}

}  // namespace go

namespace go::internal {

void flush_stdout_for_crash() {
  // The faulting thread may hold the lock; then its pending output is lost
  // rather than the process deadlocking.
  if (stdout_lock().try_lock()) {
    flush_locked();
    stdout_lock().unlock();
  }
}

// gc's os.Stdout is not buffered: a long-running program's lines reach a
// pipe or a log file as they are printed. Ours reach it within one sysmon
// period (10 ms), and a burst of small writes still costs one write(2).
void flush_stdout_periodically() {
  if (stdout_lock().try_lock()) {
    if (!stdout_buffer().empty()) flush_locked();
    stdout_lock().unlock();
  }
}

}  // namespace go::internal

namespace go::internal {

void write_stderr_for_crash(std::string_view s) { write_all(2, s.data(), s.size()); }

}  // namespace go::internal
