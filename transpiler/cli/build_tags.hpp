// Which Go files of a directory belong to a build, as go/build decides:
// not _test.go files, not files whose name ends in another system's or
// architecture's suffix (_windows.go, _arm64.go, _darwin_arm64.go), and not
// files whose //go:build line (or, without one, // +build lines) is false.
//
// The build is linux/amd64. The tags that hold are linux, amd64, unix, the
// release tags go1.1 ... go1.19, and go2cpp (for code that must know). gc
// and gccgo do not hold: a file built only by gc carries the declarations
// of its assembly functions, and its `!gc` twin is the portable Go that
// go2cpp can translate. cgo does not hold either.
#pragma once

#include <string>

namespace cli {

// Whether the build tag holds (a //go:build expression's atom).
bool buildTagHolds(const std::string& tag);

// Evaluates a //go:build expression (the text after "//go:build").
// Returns false and sets `error` on a syntax error.
bool evalBuildExpr(const std::string& expr, bool& value, std::string& error);

// Whether a file named `name` with contents `text` is part of the build.
// `name` is the file's base name. A malformed constraint excludes the file
// and says why in `whyNot`.
bool goFileInBuild(const std::string& name, const std::string& text, std::string* whyNot = nullptr);

}  // namespace cli
