// This file implements the calls of package unsafe's built-ins (spec:
// "Package unsafe"): Sizeof, Alignof and Offsetof are constants of type
// uintptr computed with gc's amd64 layout (sizes.cpp), unless their operand's
// type involves a type parameter; Add and Slice are ordinary values.
#include "types/checker.hpp"
#include "types/sizes.hpp"

namespace types {

using namespace syntax;

// Whether t's layout depends on a type parameter (then Sizeof and friends
// are not constant, spec: "Package unsafe").
static bool hasVariableSize(Type* t, int depth = 0) {
  if (!t || depth > 64) return false;
  if (t->as<TypeParam>()) return true;
  Type* u = underlying(t);
  if (auto* a = u->as<Array>()) return hasVariableSize(a->elem, depth + 1);
  if (auto* s = u->as<Struct>()) {
    for (const Field& f : s->fields)
      if (hasVariableSize(f.var->type, depth + 1)) return true;
  }
  return false;
}

// The length argument of unsafe.Add and unsafe.Slice (go/types'
// isValidIndex): an integer; a constant must fit int, and be non-negative
// unless allowNegative.
bool Checker::lengthArg(Operand& y, bool allowNegative) {
  convertUntyped(y, ctx.basic(BasicKind::Int));
  if (y.invalid()) return false;
  if (!isInteger(y.type)) {
    error(startPosOf(y.expr), "invalid argument: length " + operandString(y) + " must be integer");
    return false;
  }
  if (y.mode == Mode::Constant) {
    if (!allowNegative && y.val.intVal() < 0) {
      error(startPosOf(y.expr), "invalid argument: length " + operandString(y) + " must not be negative");
      return false;
    }
    if (!y.val.int64Val()) {
      error(startPosOf(y.expr), "invalid argument: length " + operandString(y) + " overflows int");
      return false;
    }
  }
  return true;
}

void Checker::unsafeBuiltin(Operand& x, const CallExpr* e, Object* b, std::vector<Operand>& args) {
  size_t want = b->builtin == BuiltinId::UnsafeAdd || b->builtin == BuiltinId::UnsafeSlice ? 2 : 1;
  std::string call = "unsafe." + b->name;
  size_t n = b->builtin == BuiltinId::UnsafeOffsetof ? e->args.size() : args.size();
  if (n != want) {
    if (b->builtin == BuiltinId::UnsafeOffsetof)
      for (const Expr* a : e->args) { Operand ignored; rawExpr(ignored, a, nullptr); }
    bool few = n < want;
    error(few || want >= e->args.size() ? e->rparen : e->args[want]->pos,
          std::string(few ? "not enough" : "too many") + " arguments for " + exprString(e) + " (expected " +
              std::to_string(want) + ", found " + std::to_string(n) + ")");
    x.mode = Mode::Invalid;
    return;
  }
  Type* uintptrType = ctx.basic(BasicKind::Uintptr);
  auto constant = [&](int64_t v) {
    x.mode = Mode::Constant;
    x.type = uintptrType;
    x.val = Constant::makeInt64(v);
    x.expr = e;
    record(x);
  };
  auto value = [&](Type* t) {
    x.mode = Mode::Value;
    x.type = t;
    x.val = Constant();
    x.expr = e;
    record(x);
  };
  switch (b->builtin) {
    case BuiltinId::UnsafeSizeof:
    case BuiltinId::UnsafeAlignof: {
      Operand& a = args[0];
      if (isBasic(a.type, BasicKind::UntypedNil)) {
        error(startPosOf(a.expr), "use of untyped nil in argument to built-in " + call);
        x.mode = Mode::Invalid;
        return;
      }
      defaultType(a);
      if (hasVariableSize(a.type)) return value(uintptrType);
      return constant(b->builtin == BuiltinId::UnsafeSizeof ? sizeOf(a.type) : alignOf(a.type));
    }
    case BuiltinId::UnsafeOffsetof: {
      const Expr* arg = e->args[0];
      while (auto* p = arg->as<ParenExpr>()) arg = p->x;
      auto* sel = arg->as<SelectorExpr>();
      if (!sel) {
        Operand ignored;
        rawExpr(ignored, arg, nullptr);
        error(arg->pos, "invalid argument: " + exprString(arg) + " is not a selector expression");
        x.mode = Mode::Invalid;
        return;
      }
      Operand f;
      selector(f, sel);
      if (f.invalid()) { x.mode = Mode::Invalid; return; }
      const Selection* s = info.selectionOf(sel);
      if (!s || s->kind != SelectionKind::FieldVal) {
        error(arg->pos, "invalid argument: " + exprString(arg) + " is a method value");
        x.mode = Mode::Invalid;
        return;
      }
      // Walk the path from the (dereferenced) base struct to the field.
      Type* base = s->recv;
      if (auto* p = underlying(base)->as<Pointer>(); p && underlying(p->elem)->as<Struct>()) base = p->elem;
      Type* cur = base;
      int64_t offset = 0;
      bool variable = false;
      for (size_t i = 0; i < s->index.size(); ++i) {
        auto* st = underlying(cur)->as<Struct>();
        if (!st) break;
        variable = variable || hasVariableSize(cur);
        if (!variable) offset += fieldOffsets(st)[s->index[i]];
        Type* ft = st->fields[s->index[i]].var->type;
        if (i + 1 < s->index.size() && underlying(ft)->as<Pointer>()) {
          error(sel->x->pos, "invalid argument: field " + sel->sel->name + " is embedded via a pointer in " +
                                 typeString(base));
          x.mode = Mode::Invalid;
          return;
        }
        cur = ft;
      }
      if (variable) return value(uintptrType);
      return constant(offset);
    }
    case BuiltinId::UnsafeAdd: {
      Operand& p = args[0];
      assignment(p, ctx.basic(BasicKind::UnsafePointer), "argument to " + call);
      if (p.invalid() || !lengthArg(args[1], true)) { x.mode = Mode::Invalid; return; }
      return value(ctx.basic(BasicKind::UnsafePointer));
    }
    case BuiltinId::UnsafeSlice: {
      Operand& p = args[0];
      auto* ptr = underlying(p.type)->as<Pointer>();
      if (!ptr) {
        error(startPosOf(p.expr), "invalid argument: " + operandString(p) + " is not a pointer");
        x.mode = Mode::Invalid;
        return;
      }
      if (!lengthArg(args[1], false)) { x.mode = Mode::Invalid; return; }
      return value(ctx.types().make<Slice>(ptr->elem));
    }
    default:
      x.mode = Mode::Invalid;
      return;
  }
}

}  // namespace types
