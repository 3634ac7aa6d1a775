// This file implements package log's native (native.hpp) with
// clock_gettime and the C library's time zone conversion.
#include "log/log.hpp"

#include <time.h>

namespace log_ {

std::tuple<go::int_, go::int_, go::int_, go::int_, go::int_, go::int_, go::int_> now(bool utc) {
  struct timespec ts;
  ::clock_gettime(CLOCK_REALTIME, &ts);
  struct tm tm;
  if (utc) ::gmtime_r(&ts.tv_sec, &tm);
  else ::localtime_r(&ts.tv_sec, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ts.tv_nsec};
}

}  // namespace log_
