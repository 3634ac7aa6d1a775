// This file declares the natives of package strconv: the float
// conversions (atof.go, ftoa.go), which reuse the C library's correctly
// rounded strtod/strtof and fmt's float formatter.
#pragma once

#include "go/runtime.hpp"

namespace strconv {

go::float64 strtod(go::string s);
go::float64 strtof(go::string s);
go::float64 nan();
go::string formatFloat(go::float64 f, go::uint8 fmt, go::int_ prec, go::int_ bitSize);

}  // namespace strconv
