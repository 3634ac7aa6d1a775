// How the printer refuses a construct it cannot translate yet.
//
// Printing a construct throws Unsupported; the declaration being printed is
// abandoned and package.cpp turns the exception into the diagnostic
// "go2cpp does not support <what> yet" at the construct's position. This
// keeps half-translated C++ from ever reaching the C++ compiler.
#pragma once

#include <string>

#include "diag/diag.hpp"

namespace emit {

struct Unsupported {
  diag::Pos pos;
  std::string what;  // "maps", "defer statements", ...
};

[[noreturn]] inline void unsupported(diag::Pos pos, std::string what) { throw Unsupported{pos, std::move(what)}; }

}  // namespace emit
