// This file declares fmt's float-to-text conversion, which behaves as Go's
// strconv.AppendFloat for the formats 'b', 'e', 'E', 'f', 'g', 'G', 'x'
// and 'X'.
#pragma once

#include <string>

namespace fmt::detail {

// Appends v formatted as strconv.FormatFloat(v, format, prec, bits) does;
// prec < 0 asks for the shortest text that reads back as the same float of
// the given bit size (32 or 64).
void append_float(std::string& out, double v, char format, int prec, int bits);

}  // namespace fmt::detail
