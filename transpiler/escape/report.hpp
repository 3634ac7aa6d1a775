// The -m diagnostics of the escape stage, in gc's words (report.cpp).
#pragma once

#include <map>
#include <vector>

#include "escape/builder.hpp"
#include "escape/escape.hpp"

namespace escape {

// Appends the decisions about one solved component to out.
void report(const types::CheckedPackage& pkg, const Graph& g, const Builder& b,
            const std::vector<const types::Object*>& component,
            const std::map<const types::Object*, FuncInfo*>& members, std::vector<Message>& out);

// An expression as gc prints it in -m lines ("x", "p.f", "f(x)", "&T{...}").
std::string exprText(const syntax::Expr* e);

}  // namespace escape
