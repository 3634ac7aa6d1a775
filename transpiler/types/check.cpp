// This file implements types::check, the checker's driver: it reads like the
// phases of go/types' checkFiles — collect the package-level objects, resolve
// them in dependency order, check function bodies, compute the package's
// initialization order, and report unused imports.
#include "types/checker.hpp"

#include <sstream>

namespace types {

Checker::Checker(Context& c, CheckedPackage& o, diag::Diagnostics& d)
    : ctx(c), out(o), info(o.info), pkg(o.pkg), diags(d) {}

void Checker::error(diag::Pos pos, const std::string& msg) {
  // As types2: once an error is out, messages that mention an invalid
  // operand or type (not at their start) are follow-on errors (t.Execute
  // of a *template.Template whose import failed) and are not reported.
  size_t operand = msg.find("invalid operand"), type = msg.find("invalid type");
  if (diags.hasErrors() && ((operand != std::string::npos && operand > 0) || (type != std::string::npos && type > 0)))
    return;
  diags.error(pos, msg);
}

void Checker::runDelayed() {
  for (size_t i = 0; i < delayed.size(); ++i) delayed[i]();  // may append
  delayed.clear();
}

void Checker::checkFiles() {
  const Package* savedMessagePackage = messagePackage();
  setMessagePackage(pkg);
  collectObjects();
  // Types first, so that every signature and var type can refer to them;
  // defined types before aliases, so that an alias cycle through a defined
  // type (type F = func(T); type T interface{ m(F) }) finds T's Named.
  for (bool aliases : {false, true})
    for (Object* obj : pkgObjects)
      if (obj->kind == ObjectKind::TypeName && declOf[obj]->typeSpec->isAlias == aliases) objDecl(obj);
  for (auto& [named, target] : std::map<Named*, Named*>(waitingFor))  // only after errors
    if (!named->underlying) setUnderlying(named, ctx.basic(BasicKind::Invalid));
  // Methods next: a variable's initializer may use any method of any type.
  for (Object* obj : pkgObjects)
    if (obj->kind == ObjectKind::Func && obj->decl && obj->decl->recv) objDecl(obj);
  for (Object* obj : pkgObjects)
    if (obj->kind != ObjectKind::TypeName) objDecl(obj);
  runDelayed();
  // Bodies after all signatures: a body may call any function of the package.
  for (Object* obj : pkgObjects) {
    if (obj->kind != ObjectKind::Func) continue;
    DeclInfo* d = declOf[obj];
    if (!d || !d->funcDecl || !d->funcDecl->body) continue;
    fileScope = d->fileScope;
    currentDecl = d;
    funcBody(obj, obj->type->as<Signature>(), d->funcDecl->body, info.scopes[d->funcDecl->type]);
    currentDecl = nullptr;
  }
  runDelayed();
  computeInitOrder();
  unusedImports();
  // Whatever stayed untyped (constant operands of comparisons, shift counts)
  // keeps its untyped type, as go/types records it.
  untyped.clear();
  setMessagePackage(savedMessagePackage);
}

CheckedPackage* check(Context& ctx, const std::string& pkgPath, const std::vector<const syntax::File*>& files,
                      diag::Diagnostics& diags) {
  auto cp = std::make_unique<CheckedPackage>();
  cp->pkg = ctx.newPackage(pkgPath);
  cp->files = files;
  if (!files.empty() && files[0]->packageName) cp->pkg->name = files[0]->packageName->name;
  CheckedPackage* result = ctx.adopt(std::move(cp));
  Checker checker(ctx, *result, diags);
  checker.checkFiles();
  return result;
}

// ---- printing expressions as gc does in messages ---------------------------

static void writeExpr(std::ostringstream& os, const syntax::Expr* e);

static void writeList(std::ostringstream& os, const std::vector<syntax::Expr*>& xs) {
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i) os << ", ";
    writeExpr(os, xs[i]);
  }
}

static void writeExpr(std::ostringstream& os, const syntax::Expr* e) {
  using namespace syntax;
  if (!e) return;
  switch (e->kind) {
    case NodeKind::Ident: os << e->as<Ident>()->name; break;
    case NodeKind::BasicLit: os << e->as<BasicLit>()->text; break;
    case NodeKind::ParenExpr: os << "("; writeExpr(os, e->as<ParenExpr>()->x); os << ")"; break;
    case NodeKind::SelectorExpr:
      writeExpr(os, e->as<SelectorExpr>()->x);
      os << "." << e->as<SelectorExpr>()->sel->name;
      break;
    case NodeKind::IndexExpr:
      writeExpr(os, e->as<IndexExpr>()->x);
      os << "[";
      writeList(os, e->as<IndexExpr>()->indices);
      os << "]";
      break;
    case NodeKind::SliceExpr: {
      auto* s = e->as<SliceExpr>();
      writeExpr(os, s->x);
      os << "[";
      writeExpr(os, s->lo);
      os << ":";
      writeExpr(os, s->hi);
      if (s->slice3) { os << ":"; writeExpr(os, s->max); }
      os << "]";
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = e->as<CallExpr>();
      writeExpr(os, c->fun);
      os << "(";
      writeList(os, c->args);
      if (c->hasEllipsis) os << "...";
      os << ")";
      break;
    }
    case NodeKind::StarExpr: os << "*"; writeExpr(os, e->as<StarExpr>()->x); break;
    case NodeKind::UnaryExpr:
      os << tokenString(e->as<UnaryExpr>()->op);
      writeExpr(os, e->as<UnaryExpr>()->x);
      break;
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      writeExpr(os, b->x);
      os << " " << tokenString(b->op) << " ";
      writeExpr(os, b->y);
      break;
    }
    case NodeKind::CompositeLit:
      writeExpr(os, e->as<CompositeLit>()->type);
      os << (e->as<CompositeLit>()->elts.empty() ? "{}" : "{…}");  // as gc's syntax.String
      break;
    case NodeKind::FuncLit: os << "func literal"; break;
    case NodeKind::TypeAssertExpr:
      writeExpr(os, e->as<TypeAssertExpr>()->x);
      os << ".(";
      if (e->as<TypeAssertExpr>()->type) writeExpr(os, e->as<TypeAssertExpr>()->type);
      else os << "type";
      os << ")";
      break;
    case NodeKind::ArrayType:
      os << "[";
      if (auto* l = e->as<ArrayType>()->len) writeExpr(os, l);
      os << "]";
      writeExpr(os, e->as<ArrayType>()->elem);
      break;
    case NodeKind::Ellipsis: os << "..."; writeExpr(os, e->as<Ellipsis>()->elt); break;
    case NodeKind::MapType:
      os << "map[";
      writeExpr(os, e->as<MapType>()->key);
      os << "]";
      writeExpr(os, e->as<MapType>()->value);
      break;
    case NodeKind::ChanType: os << "chan "; writeExpr(os, e->as<ChanType>()->value); break;
    case NodeKind::FuncType: os << "func(…)"; break;
    case NodeKind::StructType: os << "struct{…}"; break;
    case NodeKind::InterfaceType: os << "interface{…}"; break;
    case NodeKind::KeyValueExpr:
      writeExpr(os, e->as<KeyValueExpr>()->key);
      os << ": ";
      writeExpr(os, e->as<KeyValueExpr>()->value);
      break;
    default: os << "?"; break;
  }
}

std::string Checker::exprString(const syntax::Expr* e) const {
  std::ostringstream os;
  writeExpr(os, e);
  return os.str();
}

// gc's operand description: "x (variable of type int)", "1 (untyped int
// constant)", "f() (value of type string)", "1 << 70 (untyped int constant 1180...)".
std::string Checker::operandString(const Operand& x) const {
  std::string s = exprString(x.expr);
  std::string what;
  switch (x.mode) {
    case Mode::Constant: {
      what = isUntyped(x.type) ? typeString(x.type) + " constant" : "constant";
      std::string v = x.val.str();
      if (v != s) what += " " + v;  // 'a' (untyped rune constant 97), as types2

      if (!isUntyped(x.type)) what += " of type " + typeString(x.type);
      return s + " (" + what + ")";
    }
    case Mode::Variable:
    case Mode::MapIndex: what = "variable"; break;
    case Mode::NoValue: return s + " (no value)";
    case Mode::TypeExpr: return s + " (type)";
    case Mode::Builtin: return s + " (built-in)";
    default: what = "value"; break;
  }
  if (x.type && isBasic(x.type, BasicKind::UntypedNil)) return s;
  // An untyped non-constant (1. << s, a comparison): "untyped float value".
  if (x.type && isUntyped(x.type)) return s + " (" + typeString(x.type) + " " + what + ")";
  return s + " (" + what + " of type " + typeString(x.type) + ")";
}

}  // namespace types
