// This file implements package os's natives (native.hpp).
#include "os/os.hpp"

#include <dirent.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace os {

namespace {

// The string as a C string, or false when it holds a NUL byte (which no
// path or variable name can hold).
bool c_string(go::string s, std::string& out) {
  out.assign(go::view(s));
  return out.find('\0') == std::string::npos;
}

syscall_::Errno errno_value() { return static_cast<syscall_::Errno>(errno); }

}  // namespace

void Exit(go::int_ code) {
  go::flush_stdout();
  // _exit, not exit: Go runs no destructors or atexit hooks, and other
  // threads may still be running.
  ::_exit(static_cast<int>(code));
}

std::tuple<go::string, bool> LookupEnv(go::string key) {
  std::string name;
  if (!c_string(key, name)) return {go::string(), false};
  const char* value = std::getenv(name.c_str());
  if (value == nullptr) return {go::string(), false};
  return {go::make_string(value), true};
}

go::string Getenv(go::string key) { return std::get<0>(LookupEnv(key)); }

syscall_::Errno sysSetenv(go::string key, go::string value) {
  std::string k, v;
  // Go's syscall.Setenv refuses empty keys and keys with '=' or NUL.
  if (key.len == 0 || !c_string(key, k) || k.find('=') != std::string::npos) return EINVAL;
  if (!c_string(value, v)) return EINVAL;
  return ::setenv(k.c_str(), v.c_str(), 1) < 0 ? errno_value() : 0;
}

syscall_::Errno sysUnsetenv(go::string key) {
  std::string k;
  if (!c_string(key, k)) return EINVAL;
  return ::unsetenv(k.c_str()) < 0 ? errno_value() : 0;
}

go::slice<go::string> Environ() {
  go::int_ n = 0;
  for (char** e = environ; e && *e; e++) n++;
  go::slice<go::string> out = go::make_slice<go::string>(n, n);
  for (go::int_ i = 0; i < n; i++) out.ptr[i] = go::make_string(environ[i]);
  return out;
}

void Clearenv() { ::clearenv(); }

std::tuple<go::int_, syscall_::Errno> sysPread(go::int_ fd, go::slice<go::uint8> b, go::int64 off) {
  ssize_t n;
  do n = ::pread(static_cast<int>(fd), b.ptr, static_cast<size_t>(b.len), static_cast<off_t>(off));
  while (n < 0 && errno == EINTR);
  if (n < 0) return {0, errno_value()};
  return {n, 0};
}

std::tuple<go::int_, syscall_::Errno> sysPwrite(go::int_ fd, go::slice<go::uint8> b, go::int64 off) {
  ssize_t n;
  do n = ::pwrite(static_cast<int>(fd), b.ptr, static_cast<size_t>(b.len), static_cast<off_t>(off));
  while (n < 0 && errno == EINTR);
  if (n < 0) return {0, errno_value()};
  return {n, 0};
}

syscall_::Errno sysFsync(go::int_ fd) {
  if (fd == 1) go::flush_stdout();
  return ::fsync(static_cast<int>(fd)) < 0 ? errno_value() : 0;
}

std::tuple<go::uint32, syscall_::Errno> sysLstatMode(go::string path) {
  std::string p;
  if (!c_string(path, p)) return {0, EINVAL};
  struct stat st;
  if (::lstat(p.c_str(), &st) < 0) return {0, errno_value()};
  return {st.st_mode, 0};
}

std::tuple<go::slice<go::string>, syscall_::Errno> sysReadDirNames(go::string path) {
  std::string p;
  if (!c_string(path, p)) return {go::slice<go::string>{}, EINVAL};
  DIR* d = ::opendir(p.c_str());
  if (d == nullptr) return {go::slice<go::string>{}, errno_value()};
  std::vector<go::string> names;
  while (struct dirent* e = ::readdir(d)) {
    std::string_view name(e->d_name);
    if (name == "." || name == "..") continue;
    names.push_back(go::make_string(e->d_name));
  }
  ::closedir(d);
  go::int_ n = static_cast<go::int_>(names.size());
  go::slice<go::string> out = go::make_slice<go::string>(n, n);
  for (go::int_ i = 0; i < n; i++) out.ptr[i] = names[i];
  return {out, 0};
}

std::tuple<go::slice<go::string>, go::slice<go::uint32>, syscall_::Errno> sysReadDirEntries(go::int_ fd) {
  // A directory stream of its own (on a duplicate), read from the start.
  int own = ::dup(static_cast<int>(fd));
  if (own < 0) return {{}, {}, errno_value()};
  DIR* d = ::fdopendir(own);
  if (d == nullptr) {
    syscall_::Errno e = errno_value();
    ::close(own);
    return {{}, {}, e};
  }
  ::rewinddir(d);
  std::vector<go::string> names;
  std::vector<go::uint32> types;
  while (struct dirent* e = ::readdir(d)) {
    std::string_view name(e->d_name);
    if (name == "." || name == "..") continue;
    names.push_back(go::make_string(e->d_name));
    types.push_back(e->d_type == DT_UNKNOWN ? 0 : DTTOIF(e->d_type));
  }
  ::closedir(d);
  go::int_ n = static_cast<go::int_>(names.size());
  go::slice<go::string> outNames = go::make_slice<go::string>(n, n);
  go::slice<go::uint32> outTypes = go::make_slice<go::uint32>(n, n);
  for (go::int_ i = 0; i < n; i++) {
    outNames.ptr[i] = names[i];
    outTypes.ptr[i] = types[i];
  }
  return {outNames, outTypes, 0};
}

go::uint32 sysRandomUint32() {
  go::uint32 v = 0;
  if (::getrandom(&v, sizeof v, 0) != sizeof v) v = static_cast<go::uint32>(::getpid()) * 2654435761u;
  return v;
}

std::tuple<go::string, syscall_::Errno> sysHostname() {
  struct utsname u;
  if (::uname(&u) < 0) return {go::string(), errno_value()};
  return {go::make_string(u.nodename), 0};
}

std::tuple<go::int_, bool, syscall_::Errno> sysWait(go::int_ pid) {
  int status = 0;
  pid_t r;
  do r = ::waitpid(static_cast<pid_t>(pid), &status, WNOHANG);
  while (r < 0 && errno == EINTR);
  if (r < 0) return {0, false, errno_value()};
  return {status, r != 0, 0};
}

}  // namespace os
