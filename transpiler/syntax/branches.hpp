// The branch checks gc's parser makes on every function body
// (cmd/compile/internal/syntax/branches.go): labels defined and not used or
// defined twice, gotos to missing labels, into blocks or over variable
// declarations, break/continue outside what they may leave or with a label
// that does not name an enclosing loop, switch or select, and misplaced
// fallthrough. They belong to the syntax stage in gc, so a program with
// such an error does not reach the checker there either.
#pragma once

#include <vector>

#include "syntax/ast.hpp"

namespace syntax {

struct BranchError {
  Pos pos;
  std::string message;
};

// Checks one function body (closures inside it are checked on their own).
std::vector<BranchError> checkBranches(const BlockStmt& body);

}  // namespace syntax
