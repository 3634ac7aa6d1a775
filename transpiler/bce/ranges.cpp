// This file implements the prover's arithmetic: the range of an integer
// expression from what is known of its operands and its type (Go integers
// wrap, so a result that may leave its type's range says nothing but the
// type's range), the length of slices, strings and arrays, and what a
// condition tells of the variables it compares.
#include <limits>

#include "bce/prover.hpp"

namespace bce {

using syntax::Token;
namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
// len(v) stays far below this; len(v)+c cannot wrap for |c| under it.
constexpr int64_t kSmall = int64_t{1} << 40;

const types::Basic* basicOf(const types::Type* t) {
  if (!t) return nullptr;
  const types::Type* u = types::underlying(const_cast<types::Type*>(t));
  return u ? u->as<types::Basic>() : nullptr;
}

// The numeric limits of an integer type (uint64's top half does not fit:
// kMax stands for it, which only makes the prover more careful).
int64_t minOf(const types::Type* t) {
  int bits = typeBits(t);
  if (isUnsignedType(t) || bits == 64) return isUnsignedType(t) ? 0 : kMin;
  return -(int64_t{1} << (bits - 1));
}
int64_t maxOf(const types::Type* t) {
  int bits = typeBits(t);
  if (bits == 64) return kMax;
  return isUnsignedType(t) ? (int64_t{1} << bits) - 1 : (int64_t{1} << (bits - 1)) - 1;
}

bool nonNegative(const Range& r) {
  for (const Bound& b : r.lo)
    if (b.c >= 0) return true;  // c >= 0, or len(v)+c with c >= 0
  return false;
}

// r + c in type t, or t's range when the sum may wrap.
Range shift(const Range& r, int64_t c, const types::Type* t) {
  bool wide = typeBits(t) == 64;
  Range out;
  for (const Bound& b : r.lo) {
    int64_t s;
    if (!__builtin_add_overflow(b.c, c, &s) && (wide || !b.len)) out.addLo({b.len, s});
  }
  for (const Bound& b : r.hi) {
    int64_t s;
    if (!__builtin_add_overflow(b.c, c, &s) && (wide || !b.len)) out.addHi({b.len, s});
  }
  bool safe = true;
  if (c > 0) {
    safe = false;
    for (const Bound& b : out.hi)
      if (b.len ? (b.c < kSmall && c < kSmall) : b.c <= maxOf(t)) safe = true;
  } else if (c < 0) {
    safe = false;
    for (const Bound& b : out.lo)
      if (b.len ? (b.c >= (isUnsignedType(t) ? 0 : -kSmall) && c > -kSmall) : b.c >= minOf(t)) safe = true;
  }
  return safe ? out : typeRange(t);
}

void withType(Range& r, const types::Type* t) {
  Range tr = typeRange(t);
  for (const Bound& b : tr.lo) r.addLo(b);
  for (const Bound& b : tr.hi) r.addHi(b);
}

}  // namespace

int typeBits(const types::Type* t) {
  const types::Basic* b = basicOf(t);
  if (!b) return 0;
  switch (b->basic) {
    case types::BasicKind::Int8: case types::BasicKind::Uint8: return 8;
    case types::BasicKind::Int16: case types::BasicKind::Uint16: return 16;
    case types::BasicKind::Int32: case types::BasicKind::Uint32: return 32;
    case types::BasicKind::Int: case types::BasicKind::Int64: case types::BasicKind::Uint:
    case types::BasicKind::Uint64: case types::BasicKind::Uintptr: return 64;
    default: return 0;
  }
}

bool isIntegerType(const types::Type* t) { return typeBits(t) != 0; }

bool isUnsignedType(const types::Type* t) {
  const types::Basic* b = basicOf(t);
  if (!b) return false;
  switch (b->basic) {
    case types::BasicKind::Uint8: case types::BasicKind::Uint16: case types::BasicKind::Uint32:
    case types::BasicKind::Uint: case types::BasicKind::Uint64: case types::BasicKind::Uintptr: return true;
    default: return false;
  }
}

Range typeRange(const types::Type* t) {
  Range r;
  if (!isIntegerType(t)) return r;
  if (minOf(t) != kMin) r.lo.push_back({nullptr, minOf(t)});
  if (maxOf(t) != kMax) r.hi.push_back({nullptr, maxOf(t)});
  return r;
}

Range Prover::rangeOf(const syntax::Expr* e) const {
  const types::Type* t = typeOf(e);
  if (!isIntegerType(t)) return Range{};
  if (auto c = constant(e)) return Range::exactly(*c);
  Range r;
  if (const auto* p = e->as<syntax::ParenExpr>()) {
    r = rangeOf(p->x);
  } else if (const types::Object* v = trackedVar(e)) {
    if (auto it = cur_.ints.find(v); it != cur_.ints.end()) r = it->second;
  } else if (const auto* call = e->as<syntax::CallExpr>(); call && call->args.size() == 1) {
    const auto* fun = call->fun;
    while (const auto* p = fun->as<syntax::ParenExpr>()) fun = p->x;
    const types::Object* obj = nullptr;
    if (const auto* id = fun->as<syntax::Ident>()) obj = info_.objectOf(id);
    const types::TypeAndValue* ftv = info_.typeOf(call->fun);
    if (obj && obj->kind == types::ObjectKind::Builtin && obj->builtin == types::BuiltinId::Len) {
      r = lenOf(call->args[0]);
    } else if (obj && obj->kind == types::ObjectKind::Builtin && obj->builtin == types::BuiltinId::Cap) {
      r = capOf(call->args[0]);
    } else if (ftv && ftv->isType() && isIntegerType(typeOf(call->args[0]))) {
      // A conversion keeps the value when it fits the new type.
      const types::Type* from = typeOf(call->args[0]);
      Range x = rangeOf(call->args[0]);
      auto lo = x.constLo(), hi = x.constHi();
      bool fits = lo && hi && *lo >= minOf(t) && *hi <= maxOf(t);
      bool widening = typeBits(t) == 64 && !isUnsignedType(t) && (typeBits(from) < 64 || !isUnsignedType(from));
      bool same = typeBits(t) == typeBits(from) && isUnsignedType(t) == isUnsignedType(from);
      if (fits || widening || same) {
        for (const Bound& b : x.lo)
          if (!b.len || typeBits(t) == 64) r.addLo(b);
        for (const Bound& b : x.hi)
          if (!b.len || typeBits(t) == 64) r.addHi(b);
      }
    }
  } else if (const auto* b = e->as<syntax::BinaryExpr>()) {
    r = arith(b->op, b->x, b->y, t);
  }
  withType(r, t);
  return r;
}

Range Prover::arith(Token op, const syntax::Expr* x, const syntax::Expr* y, const types::Type* t) const {
  auto cx = constant(x), cy = constant(y);
  switch (op) {
    case Token::Add:
      if (cy) return shift(rangeOf(x), *cy, t);
      if (cx) return shift(rangeOf(y), *cx, t);
      return typeRange(t);
    case Token::Sub:
      if (cy && *cy != kMin) return shift(rangeOf(x), -*cy, t);
      return typeRange(t);
    case Token::And: {
      Range r;
      r.lo.push_back({nullptr, 0});
      if (cy && *cy >= 0) r.addHi({nullptr, *cy});
      if (cx && *cx >= 0) r.addHi({nullptr, *cx});
      Range rx = rangeOf(x), ry = rangeOf(y);
      if (nonNegative(rx))
        for (const Bound& b : rx.hi) r.addHi(b);
      if (nonNegative(ry))
        for (const Bound& b : ry.hi) r.addHi(b);
      bool oneNonNegative = (cy && *cy >= 0) || (cx && *cx >= 0) || nonNegative(rx) || nonNegative(ry);
      return oneNonNegative ? r : typeRange(t);
    }
    case Token::Rem: {
      if (!cy || *cy == 0 || *cy == kMin) return typeRange(t);
      int64_t m = *cy < 0 ? -*cy : *cy;
      Range rx = rangeOf(x);
      Range r;
      if (nonNegative(rx)) {
        r.lo.push_back({nullptr, 0});
        r.hi.push_back({nullptr, m - 1});
        for (const Bound& b : rx.hi) r.addHi(b);
      } else {
        r.lo.push_back({nullptr, -(m - 1)});
        r.hi.push_back({nullptr, m - 1});
      }
      return r;
    }
    case Token::Quo: {
      Range rx = rangeOf(x);
      if (!cy || *cy <= 0 || !nonNegative(rx)) return typeRange(t);
      Range r;
      r.lo.push_back({nullptr, 0});
      r.hi.push_back({nullptr, rx.constHi().value_or(maxOf(t)) / *cy});
      return r;
    }
    case Token::Shr: {
      if (!cy || *cy < 0 || *cy > 63) return typeRange(t);
      Range rx = rangeOf(x);
      Range r;
      int64_t hi = rx.constHi().value_or(maxOf(t));
      if (isUnsignedType(t) && typeBits(t) == 64 && !rx.constHi()) {
        // The top half of uint64 shifts down too.
        uint64_t top = std::numeric_limits<uint64_t>::max() >> *cy;
        if (top > static_cast<uint64_t>(kMax)) return typeRange(t);
        hi = static_cast<int64_t>(top);
      } else {
        hi >>= *cy;
      }
      int64_t lo = nonNegative(rx) ? 0 : rx.constLo().value_or(minOf(t)) >> *cy;
      r.lo.push_back({nullptr, lo});
      r.hi.push_back({nullptr, hi});
      return r;
    }
    case Token::Mul: {
      Range rx = rangeOf(x);
      auto lo = rx.constLo(), hi = rx.constHi();
      if (!cy || *cy <= 0 || !lo || !hi) return typeRange(t);
      int64_t a, b;
      if (__builtin_mul_overflow(*lo, *cy, &a) || __builtin_mul_overflow(*hi, *cy, &b)) return typeRange(t);
      if (a < minOf(t) || b > maxOf(t)) return typeRange(t);
      return Range{{{nullptr, a}}, {{nullptr, b}}};
    }
    default: return typeRange(t);
  }
}

Range Prover::lenOf(const syntax::Expr* x) const {
  while (const auto* p = x->as<syntax::ParenExpr>()) x = p->x;
  const types::Type* t = typeOf(x);
  const types::Type* u = t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
  if (u && u->kind == types::TypeKind::Pointer) u = types::coreType(u->as<types::Pointer>()->elem);
  if (u && u->kind == types::TypeKind::Array) return Range::exactly(u->as<types::Array>()->len);
  if (const types::TypeAndValue* tv = info_.typeOf(x); tv && tv->mode == types::Mode::Constant) {
    if (tv->value.kind() == types::Constant::Kind::String)
      return Range::exactly(static_cast<int64_t>(tv->value.stringVal().size()));
  }
  Range r;
  r.lo.push_back({nullptr, 0});
  if (const types::Object* v = trackedVar(x)) {
    r.addLo({v, 0});
    r.addHi({v, 0});
    r.addLo({nullptr, cur_.leastLen(v)});
  } else if (const auto* s = x->as<syntax::SliceExpr>(); s && s->hi) {
    // len(x[lo:hi]) = hi - lo.
    auto hi = rangeOf(s->hi).constLo();
    auto lo = s->lo ? rangeOf(s->lo).constHi() : std::optional<int64_t>(0);
    auto hiMax = rangeOf(s->hi).constHi();
    auto loMin = s->lo ? rangeOf(s->lo).constLo() : std::optional<int64_t>(0);
    if (hi && lo && *hi - *lo > 0) r.addLo({nullptr, *hi - *lo});
    if (hiMax && loMin) r.addHi({nullptr, *hiMax - *loMin});
  }
  return r;
}

Range Prover::capOf(const syntax::Expr* x) const {
  while (const auto* p = x->as<syntax::ParenExpr>()) x = p->x;
  const types::Type* t = typeOf(x);
  const types::Type* u = t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
  if (u && u->kind == types::TypeKind::Pointer) u = types::coreType(u->as<types::Pointer>()->elem);
  if (u && u->kind == types::TypeKind::Array) return Range::exactly(u->as<types::Array>()->len);
  Range r;
  r.lo.push_back({nullptr, 0});
  if (const types::Object* v = trackedVar(x)) {
    r.addLo({v, 0});  // cap >= len
    r.addLo({nullptr, cur_.leastCap(v)});
  }
  return r;
}

void Prover::assume(const syntax::Expr* cond, bool truth) {
  while (const auto* p = cond->as<syntax::ParenExpr>()) cond = p->x;
  if (const auto* u = cond->as<syntax::UnaryExpr>(); u && u->op == Token::Not) return assume(u->x, !truth);
  const auto* b = cond->as<syntax::BinaryExpr>();
  if (!b) return;
  if (b->op == Token::LAnd) {
    if (truth) assume(b->x, true), assume(b->y, true);
    return;
  }
  if (b->op == Token::LOr) {
    if (!truth) assume(b->x, false), assume(b->y, false);
    return;
  }
  if (!isIntegerType(typeOf(b->x)) || !isIntegerType(typeOf(b->y))) return;
  Token op = b->op;
  if (!truth) {
    switch (op) {
      case Token::Lss: op = Token::Geq; break;
      case Token::Leq: op = Token::Gtr; break;
      case Token::Gtr: op = Token::Leq; break;
      case Token::Geq: op = Token::Lss; break;
      case Token::Eql: op = Token::Neq; break;
      case Token::Neq: op = Token::Eql; break;
      default: return;
    }
  }
  switch (op) {
    case Token::Lss: return learnLess(b->x, b->y, false);
    case Token::Leq: return learnLess(b->x, b->y, true);
    case Token::Gtr: return learnLess(b->y, b->x, false);
    case Token::Geq: return learnLess(b->y, b->x, true);
    case Token::Eql: learnLess(b->x, b->y, true); return learnLess(b->y, b->x, true);
    default: return;
  }
}

// x < y (or x <= y): x is at most y's upper bounds, y at least x's lower
// bounds; len(v) compared learns v's least length.
void Prover::learnLess(const syntax::Expr* x, const syntax::Expr* y, bool orEqual) {
  // Unsigned comparisons order the unsigned values; ranges of unsigned
  // operands are of those values, but a signed operand may be negative.
  if (isUnsignedType(typeOf(x)) != isUnsignedType(typeOf(y))) return;
  int64_t strict = orEqual ? 0 : 1;
  Range rx = rangeOf(x), ry = rangeOf(y);
  if (const types::Object* v = trackedVar(unparen(x))) {
    Range& r = cur_.ints[v];
    for (const Bound& b : ry.hi) {
      int64_t c;
      if (!__builtin_sub_overflow(b.c, strict, &c)) r.addHi({b.len, c});
    }
  }
  if (const types::Object* v = trackedVar(unparen(y))) {
    Range& r = cur_.ints[v];
    for (const Bound& b : rx.lo) {
      int64_t c;
      if (!__builtin_add_overflow(b.c, strict, &c)) r.addLo({b.len, c});
    }
  }
  // k < len(v): len(v) >= k+1.
  auto lenArg = [&](const syntax::Expr* e) -> const types::Object* {
    const auto* call = unparen(e)->as<syntax::CallExpr>();
    if (!call || call->args.size() != 1) return nullptr;
    const auto* id = unparen(call->fun)->as<syntax::Ident>();
    const types::Object* obj = id ? info_.objectOf(id) : nullptr;
    if (!obj || obj->kind != types::ObjectKind::Builtin || obj->builtin != types::BuiltinId::Len) return nullptr;
    return trackedVar(unparen(call->args[0]));
  };
  if (const types::Object* v = lenArg(y))
    if (auto lo = rx.constLo()) cur_.atLeast(cur_.minLen, v, *lo + strict);
}

void Prover::setValue(const types::Object* v, const syntax::Expr* e, Facts& out) const {
  while (const auto* p = e->as<syntax::ParenExpr>()) e = p->x;
  if (isIntegerType(v->type)) {
    Range r = rangeOf(e);
    if (!r.empty()) out.ints[v] = r;
    return;
  }
  // Slices and strings: what is known of the new length and capacity.
  Range len = lenOf(e);
  if (auto lo = len.constLo()) out.atLeast(out.minLen, v, *lo);
  if (const auto* s = e->as<syntax::SliceExpr>(); s && !s->hi) {
    // x[lo:] keeps len(x)-lo and cap(x)-lo.
    if (const types::Object* x = trackedVar(s->x)) {
      auto lo = s->lo ? rangeOf(s->lo).constHi() : std::optional<int64_t>(0);
      if (lo) {
        out.atLeast(out.minLen, v, cur_.leastLen(x) - *lo);
        out.atLeast(out.minCap, v, cur_.leastCap(x) - *lo);
      }
    }
  } else if (const types::Object* x = trackedVar(e)) {
    out.atLeast(out.minLen, v, cur_.leastLen(x));
    out.atLeast(out.minCap, v, cur_.leastCap(x));
  } else if (const auto* call = e->as<syntax::CallExpr>()) {
    const auto* id = call->fun->as<syntax::Ident>();
    const types::Object* obj = id ? info_.objectOf(id) : nullptr;
    if (obj && obj->kind == types::ObjectKind::Builtin && obj->builtin == types::BuiltinId::Append &&
        !call->args.empty()) {
      // append(x, a, b) is at least as long as x plus what it adds.
      if (const types::Object* x = trackedVar(call->args[0]))
        out.atLeast(out.minLen, v, cur_.leastLen(x) + (call->hasEllipsis ? 0 : int64_t(call->args.size()) - 1));
      else if (!call->hasEllipsis)
        out.atLeast(out.minLen, v, int64_t(call->args.size()) - 1);
    }
    if (obj && obj->kind == types::ObjectKind::Builtin && obj->builtin == types::BuiltinId::Make &&
        call->args.size() >= 2) {
      if (auto n = rangeOf(call->args[1]).constLo()) out.atLeast(out.minLen, v, *n);
      if (call->args.size() == 3)
        if (auto n = rangeOf(call->args[2]).constLo()) out.atLeast(out.minCap, v, *n);
    }
  } else if (const auto* lit = e->as<syntax::CompositeLit>()) {
    bool keyed = false;
    for (const auto* el : lit->elts) keyed |= el->is<syntax::KeyValueExpr>();
    if (!keyed) out.atLeast(out.minLen, v, static_cast<int64_t>(lit->elts.size()));
  }
}

}  // namespace bce
