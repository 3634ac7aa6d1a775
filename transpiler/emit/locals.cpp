// This file implements the C++ names of Go objects inside the printer.
//
// Locals keep their Go names, with three exceptions: a blank `_` gets a
// fresh name, a variable whose initializer reads an outer variable of the
// same name (x := x + 1 in an inner block; in C++ the new x would already be
// in scope in its own initializer) gets a numbered name, and so does one
// that shadows a named result of its function. Package-level objects
// keep their names inside the package's namespace and are qualified with it
// from elsewhere.
#include <algorithm>

#include "emit/emitter.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"

namespace emit {

namespace {

// Calls visit on every identifier of e (operands, not field selectors).
template <class F>
void forEachIdent(const syntax::Expr* e, const F& visit) {
  if (!e) return;
  using syntax::NodeKind;
  switch (e->kind) {
    case NodeKind::Ident: visit(e->as<syntax::Ident>()); return;
    case NodeKind::ParenExpr: return forEachIdent(e->as<syntax::ParenExpr>()->x, visit);
    case NodeKind::SelectorExpr: return forEachIdent(e->as<syntax::SelectorExpr>()->x, visit);
    case NodeKind::StarExpr: return forEachIdent(e->as<syntax::StarExpr>()->x, visit);
    case NodeKind::UnaryExpr: return forEachIdent(e->as<syntax::UnaryExpr>()->x, visit);
    case NodeKind::BinaryExpr:
      forEachIdent(e->as<syntax::BinaryExpr>()->x, visit);
      return forEachIdent(e->as<syntax::BinaryExpr>()->y, visit);
    case NodeKind::KeyValueExpr:
      forEachIdent(e->as<syntax::KeyValueExpr>()->key, visit);
      return forEachIdent(e->as<syntax::KeyValueExpr>()->value, visit);
    case NodeKind::IndexExpr:
      forEachIdent(e->as<syntax::IndexExpr>()->x, visit);
      for (const auto* i : e->as<syntax::IndexExpr>()->indices) forEachIdent(i, visit);
      return;
    case NodeKind::SliceExpr: {
      const auto* s = e->as<syntax::SliceExpr>();
      for (const syntax::Expr* x : {s->x, s->lo, s->hi, s->max}) forEachIdent(x, visit);
      return;
    }
    case NodeKind::CallExpr:
      forEachIdent(e->as<syntax::CallExpr>()->fun, visit);
      for (const auto* a : e->as<syntax::CallExpr>()->args) forEachIdent(a, visit);
      return;
    case NodeKind::CompositeLit:
      for (const auto* x : e->as<syntax::CompositeLit>()->elts) forEachIdent(x, visit);
      return;
    case NodeKind::TypeAssertExpr: return forEachIdent(e->as<syntax::TypeAssertExpr>()->x, visit);
    default: return;  // literals, types, function literals (not printed yet)
  }
}

}  // namespace

std::string Emitter::nameOf(const types::Object* obj) {
  if (auto it = localNames.find(obj); it != localNames.end()) return it->second;
  if (auto it = globalNames.find(obj); it != globalNames.end()) return it->second;
  std::string name = cppName(obj->name);
  if (obj->pkg && obj->pkg != pkg) return packageQualifier(obj->pkg, pkg) + name;
  // In a member function, a member of the same name hides a package-level
  // declaration (time.Time.AddDate calls the function Date).
  if (memberScope && obj->pkg == pkg && pkg->scope->lookupLocal(obj->name) == obj && hasMemberNamed(memberScope, obj->name))
    return packageQualifier(pkg, nullptr) + name;
  return name;
}

std::string Emitter::fresh(const std::string& base) {
  return base + "_" + std::to_string(++counter);
}

std::string Emitter::declareLocal(const types::Object* obj) {
  std::string name = obj->name == "_" ? fresh("blank") : cppName(obj->name);
  // A local that shadows a named result gets a name of its own: a return
  // with values assigns the results before the deferred calls run, and
  // C++ could not name the outer variable under the inner one.
  if (std::find(resultNames.begin(), resultNames.end(), name) != resultNames.end()) name = fresh(name);
  localNames[obj] = name;
  return name;
}

bool Emitter::shadowsOuter(const types::Object* obj, const std::vector<syntax::Expr*>& rhs) {
  bool found = false;
  for (const syntax::Expr* e : rhs) {
    forEachIdent(e, [&](const syntax::Ident* id) {
      if (id->name == obj->name && info.objectOf(id) != obj) found = true;
    });
  }
  return found;
}

}  // namespace emit
