// This file declares the native of package log (log.go): the current time
// broken into calendar fields, until package time exists.
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace log_ {

// Year, month (1-12), day, hour, minute, second and nanosecond of now, in
// the local time zone (TZ, as Go reads it) or in UTC.
std::tuple<go::int_, go::int_, go::int_, go::int_, go::int_, go::int_, go::int_> now(bool utc);

}  // namespace log_
