// This file implements the built-in functions (spec: "Built-in functions"):
// their argument rules, result types and, for len/cap of constants and
// arrays, constant results.
#include "types/checker.hpp"

namespace types {

using namespace syntax;

// The types a built-in must accept for an operand of type t: t itself, or
// every type of a type parameter's set (empty when the set is unrestricted).
static std::vector<Type*> typeSetOf(Type* t) {
  if (!t->as<TypeParam>()) return {t};
  Interface* it = interfaceOf(t);
  std::vector<Type*> out;
  if (it && !it->allTypes)
    for (const Term& term : it->terms) out.push_back(term.type);
  if (out.empty()) out.push_back(t);  // no types: the operand's own type is reported
  return out;
}

// Evaluates a built-in's arguments as values. As for functions, a single
// call with several results spreads over them (copy(f()), complex(g())).
bool Checker::builtinArgs(const CallExpr* e, std::vector<Operand>& args) {
  args.clear();
  if (e->args.size() == 1 && !e->hasEllipsis) {
    multiExpr(args, e->args[0]);
    if (args.size() == 1) singleValue(args[0], e->args[0]);
  } else {
    for (const Expr* a : e->args) {
      Operand x;
      expr(x, a);
      args.push_back(x);
    }
  }
  bool ok = true;
  for (Operand& a : args) {
    if (a.mode == Mode::CommaOk) a.mode = Mode::Value;
    ok = ok && !a.invalid();
  }
  return ok;
}

void Checker::builtin(Operand& x, const CallExpr* e, Object* b) {
  const std::string& name = b->name;
  BuiltinId id = b->builtin;
  int callsBefore = callsOrRecvs;
  std::vector<Operand> args;
  // make and new take a type, Offsetof a selector: they read e->args themselves.
  if (id != BuiltinId::Make && id != BuiltinId::New && id != BuiltinId::UnsafeOffsetof &&
      !builtinArgs(e, args)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (e->hasEllipsis && id != BuiltinId::Append) {
    error(e->ellipsis, "invalid operation: invalid use of ... with built-in " + name);
    x.mode = Mode::Invalid;
    return;
  }
  if (id >= BuiltinId::UnsafeAdd) return unsafeBuiltin(x, e, b, args);
  if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag) return complexBuiltin(x, e, b, args);
  size_t nargs = id == BuiltinId::Make || id == BuiltinId::New ? e->args.size() : args.size();
  auto argPos = [&](size_t i) { return i < e->args.size() ? e->args[i]->pos : e->rparen; };
  auto arity = [&](size_t min, size_t max) {
    if (nargs < min) {
      error(e->rparen, "not enough arguments for " + exprString(e) + " (expected " + std::to_string(min) +
                           ", found " + std::to_string(nargs) + ")");
      return false;
    }
    if (nargs > max) {
      error(argPos(max), "too many arguments for " + exprString(e) + " (expected " + std::to_string(max) +
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
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!arity(1, 1)) return fail();
      Operand& a = args[0];
      Type* u = coreType(a.type);
      if (auto* p = u->as<Pointer>(); p && underlying(p->elem)->as<Array>()) u = underlying(p->elem);
      bool ok = false;
      if (isString(u) && id == BuiltinId::Len) {
        ok = true;
        if (a.mode == Mode::Constant) {
          x.val = Constant::makeInt64(static_cast<int64_t>(a.val.stringVal().size()));
          return result(Mode::Constant, intType);
        }
      } else if (auto* arr = u->as<Array>()) {
        // len and cap of an array are constants when the operand holds no
        // function call or channel receive (spec: "Length and capacity").
        if (callsOrRecvs == callsBefore) {
          x.val = Constant::makeInt64(arr->len);
          return result(Mode::Constant, intType);
        }
        ok = true;
      } else if (u->as<Slice>() || u->as<Chan>() || (u->as<Map>() && id == BuiltinId::Len)) {
        ok = true;
      } else if (a.type->as<TypeParam>()) {
        // Without a core type: every type of the set must have a length.
        std::vector<Type*> set = typeSetOf(a.type);
        ok = !set.empty();
        for (Type* t : set) {
          Type* tu = underlying(t);
          if (auto* p = tu->as<Pointer>(); p && underlying(p->elem)->as<Array>()) tu = underlying(p->elem);
          ok = ok && ((isString(tu) && id == BuiltinId::Len) || tu->as<Array>() || tu->as<Slice>() || tu->as<Chan>() ||
                      (tu->as<Map>() && id == BuiltinId::Len));
        }
      }
      if (!ok) {
        error(argPos(0), "invalid argument: " + operandString(a) + " for " + name);
        return fail();
      }
      return result(Mode::Value, intType);
    }
    case BuiltinId::Append: {
      if (nargs == 0) {
        error(e->rparen, "not enough arguments for append() (expected 1, found 0)");
        return fail();
      }
      Operand& s = args[0];
      auto* sl = coreType(s.type)->as<Slice>();
      if (!sl) {
        error(argPos(0), "invalid argument: " + operandString(s) + " (first argument to append must be a slice)");
        return fail();
      }
      if (e->hasEllipsis) {
        if (nargs != 2) { error(e->pos, "can only use ... with final argument in list"); return fail(); }
        Operand& rest = args[1];
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
      for (size_t i = 1; i < nargs; ++i) assignment(args[i], sl->elem, "argument to append");
      return result(Mode::Value, s.type);
    }
    case BuiltinId::Copy: {
      if (!arity(2, 2)) return fail();
      Operand &dst = args[0], &src = args[1];
      auto* ds = coreType(dst.type)->as<Slice>();
      Type* srcElem = isString(src.type) ? ctx.universe()->lookupLocal("byte")->type
                      : coreType(src.type)->as<Slice>() ? coreType(src.type)->as<Slice>()->elem : nullptr;
      if (!ds || !srcElem) {
        error(startPosOf(dst.expr), "invalid argument: copy expects slice arguments; found " + operandString(dst) +
                                        " and " + operandString(src));
        return fail();
      }
      if (!identical(ds->elem, srcElem)) {
        error(startPosOf(dst.expr), "invalid argument: arguments to copy " + operandString(dst) + " and " +
                                        operandString(src) + " have different element types " +
                                        typeString(ds->elem) + " and " + typeString(srcElem));
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
        } else if (isUntyped(n.type)) {
          convertUntyped(n, intType);  // make([]T, 1.<<s): an int, as types2 does
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
      assignment(args[0], ctx.anyType(), "argument to panic");
      return result(Mode::NoValue, nullptr);
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (size_t i = 0; i < nargs; ++i) {
        if (isBasic(args[i].type, BasicKind::UntypedNil)) {
          error(argPos(i), "use of untyped nil in argument to built-in " + name);
          continue;
        }
        defaultType(args[i]);
      }
      return result(Mode::NoValue, nullptr);
    }
    case BuiltinId::Recover:
      if (!arity(0, 0)) return fail();
      return result(Mode::Value, ctx.anyType());
    case BuiltinId::Delete: {
      if (!arity(2, 2)) return fail();
      Operand &m = args[0], &k = args[1];
      // Every type of a type parameter's set must be a map, all with one key type.
      Type* key = nullptr;
      for (Type* t : typeSetOf(m.type)) {
        auto* mt = underlying(t)->as<Map>();
        if (!mt) {
          error(argPos(0), "invalid argument: " + operandString(m) + " is not a map");
          return fail();
        }
        if (key && !identical(key, mt->key)) {
          error(argPos(0), "invalid argument: " + operandString(m) + " has no core type");
          return fail();
        }
        key = mt->key;
      }
      assignment(k, key, "argument to delete");
      return result(Mode::NoValue, nullptr);
    }
    case BuiltinId::Close: {
      if (!arity(1, 1)) return fail();
      Operand& c = args[0];
      // Every type of a type parameter's set must be a channel that can be closed.
      for (Type* t : typeSetOf(c.type)) {
        auto* ch = underlying(t)->as<Chan>();
        if (!ch) {
          error(argPos(0), "invalid operation: cannot close non-channel " + operandString(c));
          return fail();
        }
        if (ch->dir == ChanDir::RecvOnly) {
          error(argPos(0), "invalid operation: cannot close receive-only channel " + operandString(c));
          return fail();
        }
      }
      return result(Mode::NoValue, nullptr);
    }
    default:
      return fail();
  }
}

}  // namespace types
