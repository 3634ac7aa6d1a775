// The printer's walks over function bodies are syntax's (syntax/walk.hpp).
#pragma once

#include "syntax/walk.hpp"

namespace emit {
using syntax::continuesLoop;
using syntax::forEachExpr;
using syntax::forEachExprOf;
using syntax::forEachNodeDeep;
using syntax::forEachStmt;
}  // namespace emit
