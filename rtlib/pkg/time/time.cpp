// This file implements package time's natives: the wall and monotonic
// clocks, Sleep (which parks the goroutine on the runtime's timers) and
// the environment lookup that zoneinfo_read.go needs.
#include <cstdlib>
#include <ctime>
#include <string>

#include "go/sched/sched.hpp"
#include "go/sched/timer.hpp"
#include "time/time.hpp"

namespace time_ {

std::tuple<go::int64, go::int32, go::int64> now() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return {ts.tv_sec, static_cast<go::int32>(ts.tv_nsec), go::sched::nanotime()};
}

go::int64 runtimeNano() { return go::sched::nanotime(); }

void sleep(go::int64 ns) { go::sleep_ns(ns); }

std::tuple<go::string, bool> getenv(go::string key) {
  std::string name(reinterpret_cast<const char*>(key.ptr), static_cast<std::size_t>(key.len));
  if (name.find('\0') != std::string::npos) return {go::string(), false};
  const char* value = std::getenv(name.c_str());
  if (value == nullptr) return {go::string(), false};
  return {go::make_string(value), true};
}

}  // namespace time_
