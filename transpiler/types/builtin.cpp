// This file implements the built-in functions (spec: "Built-in functions"):
// their argument rules, result types and, for len/cap of constants and
// arrays, constant results.
#include "types/checker.hpp"

namespace types {

using namespace syntax;

void Checker::builtin(Operand& x, const CallExpr* e, Object* b) {
  const std::string& name = b->name;
  BuiltinId id = b->builtin;
  auto nargs = e->args.size();
  auto arity = [&](size_t min, size_t max) {
    if (nargs < min) {
      error(e->rparen, "not enough arguments for " + exprString(e) + " (expected " + std::to_string(min) +
                           ", found " + std::to_string(nargs) + ")");
      return false;
    }
    if (nargs > max) {
      error(e->args[max]->pos, "too many arguments for " + exprString(e) + " (expected " + std::to_string(max) +
                                   ", found " + std::to_string(nargs) + ")");
      return false;
    }
    return true;
  };
  auto fail = [&] { x.mode = Mode::Invalid; };
  auto result = [&](Mode m, Type* t) {
    x.mode = m;
    x.type = t;
    x.expr = e;
    if (m != Mode::Constant) x.val = Constant();
    record(x);
  };
  Type* intType = ctx.basic(BasicKind::Int);
  if (e->hasEllipsis && id != BuiltinId::Append) {
    error(e->ellipsis, "invalid operation: invalid use of ... with built-in " + name);
    return fail();
  }
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!arity(1, 1)) return fail();
      Operand a;
      expr(a, e->args[0]);
      if (a.invalid()) return fail();
      Type* u = coreType(a.type);
      if (auto* p = u->as<Pointer>(); p && underlying(p->elem)->as<Array>()) u = underlying(p->elem);
      bool ok = false;
      if (isString(u) && id == BuiltinId::Len) {
        ok = true;
        if (a.mode == Mode::Constant) {
          x.val = Constant::makeInt64(static_cast<int64_t>(a.val.stringVal().size()));
          return result(Mode::Constant, isUntyped(a.type) ? intType : intType);
        }
      } else if (auto* arr = u->as<Array>()) {
        // len of an array is constant when the operand has no calls or receives.
        bool pure = !e->args[0]->is<CallExpr>() && !e->args[0]->is<UnaryExpr>();
        if (pure) {
          x.val = Constant::makeInt64(arr->len);
          return result(Mode::Constant, intType);
        }
        ok = true;
      } else if (u->as<Slice>() || u->as<Chan>() || (u->as<Map>() && id == BuiltinId::Len)) {
        ok = true;
      }
      if (!ok) {
        error(e->args[0]->pos, "invalid argument: " + operandString(a) + " for " + name);
        return fail();
      }
      return result(Mode::Value, intType);
    }
    case BuiltinId::Append: {
      if (nargs == 0) {
        error(e->rparen, "not enough arguments for append() (expected 1, found 0)");
        return fail();
      }
      Operand s;
      expr(s, e->args[0]);
      if (s.invalid()) return fail();
      auto* sl = coreType(s.type)->as<Slice>();
      if (!sl) {
        error(e->args[0]->pos, "invalid argument: " + operandString(s) + " (first argument to append must be a slice)");
        return fail();
      }
      if (e->hasEllipsis) {
        if (nargs != 2) { error(e->pos, "can only use ... with final argument in list"); return fail(); }
        Operand rest;
        expr(rest, e->args[1]);
        if (rest.invalid()) return fail();
        // append([]byte, string...) is special-cased by the spec.
        bool bytesOrString = isString(rest.type);
        if (auto* tp = rest.type->as<TypeParam>()) {  // S ~string | ~[]byte
          Interface* it = interfaceOf(tp);
          bytesOrString = it && !it->allTypes && !it->terms.empty();
          for (const Term& t : it ? it->terms : std::vector<Term>{}) {
            auto* ts = underlying(t.type)->as<Slice>();
            bytesOrString = bytesOrString && (isString(t.type) || (ts && isBasic(ts->elem, BasicKind::Uint8)));
          }
        }
        if (isBasic(sl->elem, BasicKind::Uint8) && bytesOrString) {
          if (isUntyped(rest.type)) convertUntyped(rest, ctx.basic(BasicKind::String));
        } else {
          assignment(rest, ctx.types().make<Slice>(sl->elem), "argument to append");
        }
        return result(Mode::Value, s.type);
      }
      for (size_t i = 1; i < nargs; ++i) {
        Operand v;
        rawExpr(v, e->args[i], sl->elem);
        if (v.mode == Mode::CommaOk) v.mode = Mode::Value;
        if (v.invalid()) continue;
        assignment(v, sl->elem, "argument to append");
      }
      return result(Mode::Value, s.type);
    }
    case BuiltinId::Copy: {
      if (!arity(2, 2)) return fail();
      Operand dst, src;
      expr(dst, e->args[0]);
      expr(src, e->args[1]);
      if (dst.invalid() || src.invalid()) return fail();
      auto* ds = coreType(dst.type)->as<Slice>();
      bool ok = ds && (coreType(src.type)->as<Slice>()
                           ? identical(ds->elem, coreType(src.type)->as<Slice>()->elem)
                           : isString(src.type) && isBasic(ds->elem, BasicKind::Uint8));
      if (!ok) {
        error(e->pos, "invalid argument: copy expects slice arguments; found " + operandString(dst) + " and " +
                          operandString(src));
        return fail();
      }
      if (isUntyped(src.type)) convertUntyped(src, ctx.basic(BasicKind::String));
      return result(Mode::Value, intType);
    }
    case BuiltinId::Make: {
      if (nargs == 0) { error(e->rparen, "not enough arguments for make() (expected 1, found 0)"); return fail(); }
      Type* T = typExpr(e->args[0]);
      Type* u = coreType(T);
      size_t min = 1;
      if (u->as<Slice>()) min = 2;
      else if (!u->as<Map>() && !u->as<Chan>()) {
        if (!isBasic(u, BasicKind::Invalid))
          error(e->args[0]->pos, "invalid argument: cannot make " + exprString(e->args[0]) + "; type must be slice, map, or channel");
        return fail();
      }
      if (!arity(min, u->as<Slice>() ? 3 : 2)) return fail();
      int64_t sizes[2] = {-1, -1};
      for (size_t i = 1; i < nargs; ++i) {
        Operand n;
        expr(n, e->args[i]);
        if (n.invalid()) continue;
        if (n.mode == Mode::Constant) {
          Operand probe = n;
          std::string cause;
          if (!representable(probe, intType->as<Basic>(), &cause) && !isInteger(n.type)) {
            error(e->args[i]->pos, operandString(n) + " truncated to int");
            continue;
          }
          if (isUntyped(n.type)) convertUntyped(n, intType);
          if (auto v = n.val.int64Val()) {
            if (*v < 0) error(e->args[i]->pos, "invalid argument: index " + exprString(e->args[i]) + " (constant of type int) must not be negative");
            sizes[i - 1] = *v;
          }
        } else if (!isInteger(n.type)) {
          error(e->args[i]->pos, "cannot convert " + operandString(n) + " to type int");
        }
      }
      if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
        error(e->args[1]->pos, "invalid argument: length and capacity swapped");
      return result(Mode::Value, T);
    }
    case BuiltinId::New: {
      if (!arity(1, 1)) return fail();
      Type* T = typExpr(e->args[0]);
      return result(Mode::Value, ctx.types().make<Pointer>(T));
    }
    case BuiltinId::Panic: {
      if (!arity(1, 1)) return fail();
      Operand v;
      expr(v, e->args[0]);
      if (v.invalid()) return fail();
      assignment(v, ctx.anyType(), "argument to panic");
      return result(Mode::NoValue, nullptr);
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      if (e->args.size() == 1) {
        // print(f()) spreads a multi-value call over the arguments.
        std::vector<Operand> vs;
        multiExpr(vs, e->args[0]);
        if (vs.size() > 1) return result(Mode::NoValue, nullptr);
      }
      for (const Expr* a : e->args) {
        Operand v;
        if (e->args.size() == 1) {  // already checked above: read the record
          const TypeAndValue* tv = info.typeOf(a);
          if (!tv || tv->mode == Mode::Invalid) continue;
          v.mode = tv->mode;
          v.type = tv->type;
          v.val = tv->value;
          v.expr = a;
          if (v.mode == Mode::CommaOk) v.mode = Mode::Value;
        } else {
          expr(v, a);
        }
        if (v.invalid()) continue;
        if (isBasic(v.type, BasicKind::UntypedNil)) {
          error(a->pos, "use of untyped nil in argument to built-in " + name);
          continue;
        }
        defaultType(v);
      }
      return result(Mode::NoValue, nullptr);
    }
    case BuiltinId::Recover:
      if (!arity(0, 0)) return fail();
      return result(Mode::Value, ctx.anyType());
    case BuiltinId::Delete: {
      if (!arity(2, 2)) return fail();
      Operand m, k;
      expr(m, e->args[0]);
      if (m.invalid()) return fail();
      auto* mt = coreType(m.type)->as<Map>();
      if (!mt) {
        error(e->args[0]->pos, "invalid argument: " + operandString(m) + " is not a map");
        return fail();
      }
      expr(k, e->args[1]);
      if (!k.invalid()) assignment(k, mt->key, "argument to delete");
      return result(Mode::NoValue, nullptr);
    }
    case BuiltinId::Close: {
      if (!arity(1, 1)) return fail();
      Operand c;
      expr(c, e->args[0]);
      if (c.invalid()) return fail();
      auto* ch = coreType(c.type)->as<Chan>();
      if (!ch) {
        error(e->args[0]->pos, "invalid operation: cannot close non-channel " + operandString(c));
        return fail();
      }
      if (ch->dir == ChanDir::RecvOnly) {
        error(e->args[0]->pos, "invalid operation: cannot close receive-only channel " + operandString(c));
        return fail();
      }
      return result(Mode::NoValue, nullptr);
    }
    case BuiltinId::Complex:
    case BuiltinId::Real:
    case BuiltinId::Imag:
    default:
      for (const Expr* a : e->args) { Operand v; expr(v, a); }
      error(e->pos, "go2cpp does not support the built-in " + name + " yet");
      return fail();
  }
}

}  // namespace types
