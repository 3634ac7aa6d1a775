// This file implements the prover's decisions: whether an index or slice
// expression can fail, and what passing it teaches (after a[5] ran,
// len(a) >= 6; after a[i], 0 <= i < len(a)).
#include "bce/prover.hpp"

namespace bce {

using syntax::NodeKind;
namespace {

// Some lower bound of r is >= 0.
bool nonNegative(const Range& r) {
  for (const Bound& b : r.lo)
    if (b.c >= 0) return true;
  return false;
}

// Some upper bound of a is below (or at most) some lower bound of b.
bool below(const Range& a, const Range& b, bool orEqual) {
  for (const Bound& x : a.hi)
    for (const Bound& y : b.lo)
      if (x.len == y.len && (orEqual ? x.c <= y.c : x.c < y.c)) return true;
  return false;
}

}  // namespace

const types::Type* Prover::typeOf(const syntax::Expr* e) const {
  const types::TypeAndValue* tv = info_.typeOf(e);
  return tv ? tv->type : nullptr;
}

std::optional<int64_t> Prover::constant(const syntax::Expr* e) const {
  const types::TypeAndValue* tv = info_.typeOf(e);
  if (!tv || tv->mode != types::Mode::Constant) return std::nullopt;
  return tv->value.int64Val();
}

const types::Object* Prover::trackedVar(const syntax::Expr* e) const {
  const auto* id = e->as<syntax::Ident>();
  if (!id) return nullptr;
  const types::Object* obj = info_.objectOf(id);
  return obj && tracked_.count(obj) ? obj : nullptr;
}

bool Prover::indexInRange(const syntax::IndexExpr* e) const {
  Range i = rangeOf(e->indices[0]);
  return nonNegative(i) && below(i, lenOf(e->x), false);
}

bool Prover::sliceInRange(const syntax::SliceExpr* e) const {
  if (e->max) return false;  // three-index slices keep their checks
  const types::Type* u = types::coreType(const_cast<types::Type*>(typeOf(e->x)));
  bool isString = u && u->kind == types::TypeKind::Basic;
  Range lo = e->lo ? rangeOf(e->lo) : Range::exactly(0);
  if (!nonNegative(lo)) return false;
  if (!e->hi) return below(lo, lenOf(e->x), true);  // x[lo:]: lo <= len
  Range hi = rangeOf(e->hi);
  // x[lo:hi]: lo <= hi <= cap (len for strings and arrays).
  return below(lo, hi, true) && below(hi, isString ? lenOf(e->x) : capOf(e->x), true);
}

void Prover::checks(const syntax::Expr* e, bool learn) {
  if (!e) return;
  switch (e->kind) {
    case NodeKind::FuncLit: return;  // analyzed as a function of its own
    case NodeKind::BinaryExpr: {
      const auto* b = e->as<syntax::BinaryExpr>();
      if (b->op != syntax::Token::LAnd && b->op != syntax::Token::LOr) {
        checks(b->x, learn);
        return checks(b->y, learn);
      }
      // The right operand runs only when the left one decided nothing: it
      // may use what that tells, and what it teaches is not certain after.
      checks(b->x, learn);
      Facts saved = cur_;
      auto savedLearned = learned_.size();
      assume(b->x, b->op == syntax::Token::LAnd);
      checks(b->y, false);
      cur_ = std::move(saved);
      learned_.resize(savedLearned);
      return;
    }
    case NodeKind::IndexExpr: {
      const auto* ix = e->as<syntax::IndexExpr>();
      checks(ix->x, learn);
      for (const auto* i : ix->indices) checks(i, learn);
      const types::Type* xt = typeOf(ix->x);
      const types::Type* u = xt ? types::coreType(const_cast<types::Type*>(xt)) : nullptr;
      if (!u || ix->indices.size() != 1 || xt->kind == types::TypeKind::TypeParam) return;
      if (const auto* tv = info_.typeOf(ix); !tv || tv->isType() || tv->mode == types::Mode::Invalid) return;
      bool indexable = u->kind == types::TypeKind::Slice || u->kind == types::TypeKind::Array ||
                       types::isBasic(u, types::BasicKind::String) ||
                       (u->kind == types::TypeKind::Pointer &&
                        types::coreType(u->as<types::Pointer>()->elem)->kind == types::TypeKind::Array);
      if (!indexable) return;
      bool proven = indexInRange(ix);
      auto [it, inserted] = verdicts_.emplace(ix, proven);
      if (!inserted) it->second = it->second && proven;
      if (learn) learned_.push_back({ix, false});
      return;
    }
    case NodeKind::SliceExpr: {
      const auto* s = e->as<syntax::SliceExpr>();
      for (const syntax::Expr* x : {s->x, s->lo, s->hi, s->max}) checks(x, learn);
      const types::Type* xt = typeOf(s->x);
      if (!xt || xt->kind == types::TypeKind::TypeParam) return;
      bool proven = sliceInRange(s);
      auto [it, inserted] = verdicts_.emplace(s, proven);
      if (!inserted) it->second = it->second && proven;
      if (learn) learned_.push_back({s, true});
      return;
    }
    case NodeKind::ParenExpr: return checks(e->as<syntax::ParenExpr>()->x, learn);
    case NodeKind::SelectorExpr: return checks(e->as<syntax::SelectorExpr>()->x, learn);
    case NodeKind::StarExpr: return checks(e->as<syntax::StarExpr>()->x, learn);
    case NodeKind::UnaryExpr: return checks(e->as<syntax::UnaryExpr>()->x, learn);
    case NodeKind::KeyValueExpr:
      checks(e->as<syntax::KeyValueExpr>()->key, learn);
      return checks(e->as<syntax::KeyValueExpr>()->value, learn);
    case NodeKind::CallExpr:
      checks(e->as<syntax::CallExpr>()->fun, learn);
      for (const auto* a : e->as<syntax::CallExpr>()->args) checks(a, learn);
      return;
    case NodeKind::CompositeLit:
      for (const auto* x : e->as<syntax::CompositeLit>()->elts) checks(x, learn);
      return;
    case NodeKind::TypeAssertExpr: return checks(e->as<syntax::TypeAssertExpr>()->x, learn);
    default: return;
  }
}

void Prover::learnFromIndex(const syntax::IndexExpr* e) {
  const syntax::Expr* x = unparen(e->x);
  const syntax::Expr* i = unparen(e->indices[0]);
  const types::Object* v = trackedVar(x);
  if (v) {
    if (auto k = constant(i)) cur_.atLeast(cur_.minLen, v, *k + 1);
  }
  if (const types::Object* iv = trackedVar(i)) {
    Range len = lenOf(x);
    Range& r = cur_.ints[iv];
    r.addLo({nullptr, 0});
    for (const Bound& b : len.hi) r.addHi({b.len, b.c - 1});
  }
}

void Prover::learnFromSlice(const syntax::SliceExpr* e) {
  const types::Object* v = trackedVar(unparen(e->x));
  if (!v || e->max) return;
  const types::Type* u = types::coreType(const_cast<types::Type*>(typeOf(e->x)));
  bool isString = u && u->kind == types::TypeKind::Basic;
  if (e->hi) {
    if (auto k = rangeOf(e->hi).constLo()) cur_.atLeast(isString ? cur_.minLen : cur_.minCap, v, *k);
  } else if (e->lo) {
    if (auto k = rangeOf(e->lo).constLo()) cur_.atLeast(cur_.minLen, v, *k);
  }
}

void Prover::applyLearned() {
  for (auto [e, isSlice] : learned_) {
    if (isSlice) learnFromSlice(e->as<syntax::SliceExpr>());
    else learnFromIndex(e->as<syntax::IndexExpr>());
  }
  learned_.clear();
}

void Prover::expression(const syntax::Expr* e) {
  checks(e, false);
  learned_.clear();
}

}  // namespace bce
