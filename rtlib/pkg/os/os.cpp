// This file implements package os's natives (os.go declares them).
#include "os/os.hpp"

#include <cstdlib>
#include <string>

#include <unistd.h>

namespace os {

void Exit(go::int_ code) {
  go::flush_stdout();
  // _exit, not exit: Go runs no destructors or atexit hooks, and other
  // threads may still be running.
  ::_exit(static_cast<int>(code));
}

std::tuple<go::string, bool> LookupEnv(go::string key) {
  // A key with a NUL byte cannot name a variable (Go's syscall.Getenv
  // would not find it either).
  std::string name(go::view(key));
  if (name.find('\0') != std::string::npos) return {go::string(), false};
  const char* value = std::getenv(name.c_str());
  if (value == nullptr) return {go::string(), false};
  return {go::make_string(value), true};
}

go::string Getenv(go::string key) { return std::get<0>(LookupEnv(key)); }

}  // namespace os
