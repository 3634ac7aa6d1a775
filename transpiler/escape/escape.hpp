// The escape stage's entry point: which variables and allocations may live
// in the C++ stack frame of their function.
//
// escape::analyze reads the checked package (it never changes the tree) and
// returns a side table the emitter consults. The table lists what is proven
// to stay on the stack; whatever it does not list lives on the GC heap, so
// a function the analysis skips (generic code, for now) keeps the old,
// safe behaviour. `-gcflags=-m` prints Result::messages in gc's words.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "diag/diag.hpp"
#include "syntax/ast.hpp"
#include "types/check.hpp"

namespace escape {

// One -m line: "moved to heap: x", "&T{...} does not escape", ...
struct Message {
  diag::Pos pos;
  std::string text;
};

struct Result {
  // Local variables (parameters included) whose address never outlives
  // their function: plain C++ locals even though &x, x[:] or x.M() with a
  // pointer receiver takes their address.
  std::set<const types::Object*> stackVars;
  // &T{...} and new(T) sites whose pointer never outlives the function:
  // the address of a compiler-made local instead of a heap object.
  std::set<const syntax::Expr*> stackAllocs;
  // The -m diagnostics, sorted by position.
  std::vector<Message> messages;

  bool keepsOnStack(const types::Object* var) const { return stackVars.count(var) > 0; }
  bool allocatesOnStack(const syntax::Expr* site) const { return stackAllocs.count(site) > 0; }
};

Result analyze(const types::CheckedPackage& pkg);

// "./x.go:22:9: &node{...} escapes to heap" lines, as gc prints them.
std::vector<std::string> formatMessages(const Result& result);

}  // namespace escape
