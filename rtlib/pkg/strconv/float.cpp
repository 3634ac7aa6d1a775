// This file implements package strconv's float natives (native.hpp). The
// text reaching strtod has passed Go's syntax check (atof.go), so the C
// library's wider syntax (spaces, "nan(...)", hex without exponent) never
// matters; the "C" locale is the default one Go programs run in.
#include "strconv/strconv.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include "fmt/format_float.hpp"

namespace strconv {

go::float64 strtod(go::string s) {
  std::string text(go::view(s));
  return std::strtod(text.c_str(), nullptr);
}

go::float64 strtof(go::string s) {
  std::string text(go::view(s));
  return std::strtof(text.c_str(), nullptr);
}

go::float64 nan() { return std::numeric_limits<double>::quiet_NaN(); }

go::string formatFloat(go::float64 f, go::uint8 fmt, go::int_ prec, go::int_ bitSize) {
  double v = bitSize == 32 ? static_cast<double>(static_cast<float>(f)) : f;
  std::string out;
  fmt::detail::append_float(out, v, static_cast<char>(fmt), static_cast<int>(prec), static_cast<int>(bitSize));
  return go::make_string(out);
}

}  // namespace strconv
