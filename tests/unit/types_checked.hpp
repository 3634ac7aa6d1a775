// A Go source checked as package main, for the type checker's unit tests:
// the parsed file, the checker's results and its diagnostics, kept alive
// together. Imports are refused as go2cpp refuses an unknown package. A
// test file adds its own lookups by deriving from CheckedSource.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "syntax/parse.hpp"
#include "types/check.hpp"

namespace types_test {

struct CheckedSource {
  std::unique_ptr<syntax::File> file;
  std::unique_ptr<types::Context> ctx;
  types::CheckedPackage* pkg = nullptr;
  diag::Diagnostics diags;
  std::vector<std::string> errors() const { return diags.formatted(100); }
};

template <class C = CheckedSource>
std::unique_ptr<C> check(const std::string& src) {
  auto c = std::make_unique<C>();
  c->file = syntax::parseSource("x.go", src, c->diags);
  c->ctx = std::make_unique<types::Context>([](const std::string& path, diag::Pos at, diag::Diagnostics& d) {
    d.error(at, "package " + path + " is not supported by go2cpp yet");
    return types::Context::Loaded{};
  });
  if (c->file) c->pkg = types::check(*c->ctx, "main", {c->file.get()}, c->diags);
  return c;
}

}  // namespace types_test
