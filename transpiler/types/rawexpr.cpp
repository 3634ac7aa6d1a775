// This file implements the expression dispatcher (go/types' exprInternal)
// and the forms that need no file of their own: literals, parentheses,
// dereference and type assertions.
#include "types/checker.hpp"

namespace types {

using namespace syntax;

void Checker::rawExpr(Operand& x, const Expr* e, Type* hint) {
  rawExprInner(x, e, hint);
  // A value of an invalid type (a field whose type failed to resolve, a
  // member of a package whose import failed) was reported where the type
  // went wrong: using it must not report again.
  if (x.mode != Mode::Invalid && x.mode != Mode::TypeExpr && x.mode != Mode::NoValue && x.mode != Mode::Builtin &&
      x.type && isBasic(x.type, BasicKind::Invalid) && x.type->kind == TypeKind::Basic)
    x.mode = Mode::Invalid;
}

void Checker::rawExprInner(Operand& x, const Expr* e, Type* hint) {
  x = Operand();
  x.expr = e;
  switch (e->kind) {
    case NodeKind::BadExpr: return;
    case NodeKind::Ident: ident(x, e->as<Ident>(), false); return;
    case NodeKind::BasicLit: {
      auto* lit = e->as<BasicLit>();
      x.mode = Mode::Constant;
      x.val = Constant::fromLiteral(*lit);
      switch (lit->litKind) {
        case LitKind::Int: x.type = ctx.basic(BasicKind::UntypedInt); break;
        case LitKind::Float: x.type = ctx.basic(BasicKind::UntypedFloat); break;
        case LitKind::Imag: x.type = ctx.basic(BasicKind::UntypedComplex); break;
        case LitKind::Rune: x.type = ctx.basic(BasicKind::UntypedRune); break;
        case LitKind::String: x.type = ctx.basic(BasicKind::UntypedString); break;
      }
      record(x);
      return;
    }
    case NodeKind::ParenExpr: {
      rawExprInner(x, e->as<ParenExpr>()->x, hint);
      x.expr = e;
      if (!x.invalid()) record(x);
      return;
    }
    case NodeKind::BinaryExpr: binary(x, e->as<BinaryExpr>()); return;
    case NodeKind::UnaryExpr: unary(x, e->as<UnaryExpr>()); return;
    case NodeKind::CallExpr: call(x, e->as<CallExpr>()); return;
    case NodeKind::SelectorExpr: selector(x, e->as<SelectorExpr>()); return;
    case NodeKind::IndexExpr: indexExpr(x, e->as<IndexExpr>()); return;
    case NodeKind::SliceExpr: sliceExpr(x, e->as<SliceExpr>()); return;
    case NodeKind::CompositeLit: compositeLit(x, e->as<CompositeLit>(), hint); return;
    case NodeKind::FuncLit: funcLit(x, e->as<FuncLit>()); return;
    case NodeKind::StarExpr: {
      rawExpr(x, e->as<StarExpr>()->x, nullptr);
      if (x.invalid()) return;
      x.expr = e;
      if (x.mode == Mode::TypeExpr) {
        x.type = ctx.types().make<Pointer>(x.type);
        record(x);
        return;
      }
      auto* p = x.type ? coreType(x.type)->as<Pointer>() : nullptr;  // a type parameter's core type may be one
      if (!p) {
        Operand inner = x;
        inner.expr = e->as<StarExpr>()->x;
        if (isBasic(x.type, BasicKind::UntypedNil)) error(e->pos, "invalid operation: cannot indirect nil");
        else error(e->pos, "invalid operation: cannot indirect " + operandString(inner));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::Variable;
      x.type = p->elem;
      record(x);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* ta = e->as<TypeAssertExpr>();
      expr(x, ta->x);
      if (x.invalid()) return;
      if (!ta->type) {
        error(e->pos, "invalid AST: use of .(type) outside type switch");
        x.mode = Mode::Invalid;
        return;
      }
      if (!isInterface(x.type)) {
        error(ta->x->pos, "invalid operation: " + operandString(x) + " is not an interface");
        x.mode = Mode::Invalid;
        return;
      }
      Type* t = typExpr(ta->type);
      x.mode = Mode::CommaOk;
      x.type = t;
      x.expr = e;
      record(x);
      return;
    }
    case NodeKind::KeyValueExpr:
      error(e->pos, "invalid syntax tree: no key:value expected");
      return;
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
      x.type = typExpr(e);
      x.mode = isBasic(x.type, BasicKind::Invalid) ? Mode::Invalid : Mode::TypeExpr;
      return;
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return;
    default:
      error(e->pos, "go2cpp does not support this expression yet");
      return;
  }
}

}  // namespace types
