// C++ spellings of Go names.
//
// Go identifiers are kept as they are, so that the C++ reads like the Go,
// except where C++ would reject or misread them: C++ keywords and names the
// C++ implementation reserves or defines as macros get a trailing '_'
// (class → class_, int → int_), and a package whose name collides with a
// global C++ name gets one too (main → main_, std → std_).
#pragma once

#include <string>
#include <string_view>

namespace emit {

// The C++ identifier for a Go identifier (not "_": blanks get fresh names).
std::string cppName(std::string_view goName);

// The C++ spelling of one element of a package's namespace (a package
// clause name or one element of an import path).
std::string namespaceName(std::string_view packageName);

// The C++ namespace of a package, from its import path: one nested
// namespace per path element, so that packages with the same name
// (math/rand, crypto/rand) stay apart: "unicode/utf8" → unicode::utf8,
// "go/ast" → go_::ast, "main" → main_.
std::string packageNamespace(std::string_view importPath);

// True for C++ keywords and names the emitted code must not redefine.
bool isReservedInCpp(std::string_view name);

}  // namespace emit
