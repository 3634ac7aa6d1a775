// The emit stage's entry point: a checked Go package in, C++ files out.
//
// For package main made of a.go and b.go, emit::package returns "main.pkg.hpp"
// (the package's types, typed constants, extern declarations of its
// variables and prototypes of its functions, for the whole package) and one
// "a.go.cpp" / "b.go.cpp" per Go file (variable definitions and function
// bodies of that file). The first file also defines P::init_package(), and
// the file that declares main.main defines the C++ int main(). Any other
// package's header is named after the last element of its import path
// ("utf8.hpp" for unicode/utf8; see headerInclude).
//
// A package other than main (a standard package) leaves out the
// declarations the printer cannot translate yet (see Unavailable below).
// In package main, constructs the printer cannot translate yet, and uses of
// declarations a standard package left out, are reported into diags as
// "file.go:L:C: go2cpp does not support <construct> yet"; the caller must
// then discard the files.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "bce/bce.hpp"
#include "diag/diag.hpp"
#include "escape/escape.hpp"
#include "types/check.hpp"

namespace emit {

struct Options {
  bool lineDirectives = true;  // #line N "file.go" before statements and declarations
  // #line names relative Go files by their absolute paths, as gc's debug
  // information does (go2cpp build; emit keeps them as given, to read).
  bool absoluteLinePaths = false;
  // The include that declares the package's //go2cpp:native functions
  // ("os/native.hpp"), printed at the end of its header; empty if none.
  std::string nativeHeader;
  // The checked package of an import path (the pipeline's type-checking
  // context), to learn what imported standard packages leave out. Unset:
  // every imported declaration counts as translated.
  std::function<const types::CheckedPackage*(const std::string& importPath)> findPackage;
  // The index and slice expressions bce proved in range: printed without
  // their check. Unset: every check stays.
  const bce::Result* bounds = nullptr;
  // The escape stage's decisions (escape::analyze). Unset: every
  // address-taken variable and every &T{...} / new(T) lives on the heap.
  const escape::Result* escape = nullptr;
  // The import paths of the program's packages outside the standard
  // library, translated with it by go2cpp build. Each translates whole,
  // as main does (what the printer cannot translate is an error, not left
  // out), and registers its import path for tracebacks (a namespace cannot
  // spell the dots of example.com/m/util).
  std::set<std::string> programPackages;
  // Whether the program reaches reflect, when the caller knows (the type
  // descriptors of the program's packages then carry reflect's tables).
  std::optional<bool> programUsesReflect;
};

// ---- Standard packages ahead of the printer (availability.cpp)
// Declarations go2cpp leaves out of a package other than main because the
// printer cannot translate them yet, with the construct each one needs at
// its root ("function values"). Their uses are refused by name.
using Unavailable = std::map<const types::Object*, std::string>;

// What pkg and the packages it imports (through opts.findPackage) leave out.
Unavailable unavailableDeclarations(const types::CheckedPackage& pkg, const Options& opts);

// The reason of a body-less function marked "//go2cpp:unsupported REASON"
// (Go's API, declared ahead of its implementation); none for others.
std::optional<std::string> unsupportedDirective(const syntax::FuncDecl* fd);

// The include naming the header of the package with this import path:
// "main.pkg.hpp" for main, "unicode/utf8/utf8.hpp" for unicode/utf8.
std::string headerInclude(const std::string& importPath);

struct File {
  std::string name;  // bare file name: "main.pkg.hpp", "main.go.cpp"
  std::string text;
};

std::vector<File> package(const types::CheckedPackage& pkg, const Options& opts, diag::Diagnostics& diags);

}  // namespace emit
