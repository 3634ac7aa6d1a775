// This file declares the native functions of Go's package os (os.go,
// file.go, path.go): the command line (Args, declared in Go, is set by
// go::run_main before any package initializer runs), Exit, the
// environment, and the system calls package syscall does not wrap
// (positioned reads and writes, lstat's mode, directory listing, random
// temporary names, uname). Calls that fail return their errno.
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace os {

// Exits at once with the given status: deferred calls do not run; buffered
// standard output is flushed first.
[[noreturn]] void Exit(go::int_ code);

// The environment, through the C library's (Go copies it at start-up;
// Setenv and Unsetenv change both, so the two agree).
go::string Getenv(go::string key);
std::tuple<go::string, bool> LookupEnv(go::string key);
syscall_::Errno sysSetenv(go::string key, go::string value);
syscall_::Errno sysUnsetenv(go::string key);
go::slice<go::string> Environ();
void Clearenv();

std::tuple<go::int_, syscall_::Errno> sysPread(go::int_ fd, go::slice<go::uint8> b, go::int64 off);
std::tuple<go::int_, syscall_::Errno> sysPwrite(go::int_ fd, go::slice<go::uint8> b, go::int64 off);
syscall_::Errno sysFsync(go::int_ fd);
std::tuple<go::uint32, syscall_::Errno> sysLstatMode(go::string path);
// The names in a directory, without "." and "..", in the order readdir
// gives them.
std::tuple<go::slice<go::string>, syscall_::Errno> sysReadDirNames(go::string path);
// The entries of the directory open as fd (dir.go), with their S_IF*
// type bits (0 when the file system does not report them).
std::tuple<go::slice<go::string>, go::slice<go::uint32>, syscall_::Errno> sysReadDirEntries(go::int_ fd);
go::uint32 sysRandomUint32();
std::tuple<go::string, syscall_::Errno> sysHostname();
// waitpid(2) with WNOHANG: the raw status, once the child has exited.
std::tuple<go::int_, bool, syscall_::Errno> sysWait(go::int_ pid);

}  // namespace os
