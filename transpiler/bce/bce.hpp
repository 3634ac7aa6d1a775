// The bounds-check elimination stage's entry point: which index and slice
// expressions of a package can never be out of range.
//
// bce::analyze walks every function body once, in statement order, keeping
// what is known of the function's integer, slice and string variables:
// ranges whose bounds are constants or len(v)+c, and the least length and
// capacity of each slice, learned from loop headers, conditions,
// assignments and the checks already passed (facts.hpp, prove.cpp). An
// index is proven when it lies in [0, len), a slice expression when
// 0 <= lo <= hi <= cap. The printer emits proven expressions without their
// check; `-d=bce` lists every check that stays, in gc's words
// (`Found IsInBounds`, `Found IsSliceInBounds`, as
// -d=ssa/check_bce/debug=1 prints them).
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "diag/diag.hpp"
#include "types/check.hpp"

namespace bce {

// A check the printer keeps, for -d=bce.
struct Check {
  diag::Pos pos;
  bool slice = false;  // a slice expression (IsSliceInBounds), else an index (IsInBounds)
};

struct Result {
  // IndexExpr and SliceExpr nodes whose bounds can never fail.
  std::unordered_set<const syntax::Expr*> proven;
  // The index and slice expressions that keep a check, in source order.
  std::vector<Check> remaining;

  bool isProven(const syntax::Expr* e) const { return proven.count(e) != 0; }
};

Result analyze(const types::CheckedPackage& pkg);

// "file.go:L:C: Found IsInBounds" (or IsSliceInBounds) for every
// remaining check, sorted by position.
std::vector<std::string> describe(const Result& result);

}  // namespace bce
