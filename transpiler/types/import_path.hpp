// This file declares the validity check of import paths.
#pragma once

#include <string>

namespace types {

// gc's error for an import path no package can have ("invalid import path
// (invalid character U+0021 '!')"), or "" when the path is well-formed.
std::string importPathProblem(const std::string& path);

}  // namespace types
