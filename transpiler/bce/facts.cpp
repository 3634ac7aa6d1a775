// This file implements the bookkeeping of the prover's facts (facts.hpp).
#include "bce/facts.hpp"

#include <algorithm>

namespace bce {

std::optional<int64_t> Range::constLo() const {
  std::optional<int64_t> best;
  for (const Bound& b : lo)
    if (!b.len && (!best || b.c > *best)) best = b.c;
  return best;
}

std::optional<int64_t> Range::constHi() const {
  std::optional<int64_t> best;
  for (const Bound& b : hi)
    if (!b.len && (!best || b.c < *best)) best = b.c;
  return best;
}

void Range::addLo(Bound b) {
  if (std::find(lo.begin(), lo.end(), b) == lo.end()) lo.push_back(b);
}

void Range::addHi(Bound b) {
  if (std::find(hi.begin(), hi.end(), b) == hi.end()) hi.push_back(b);
}

void Facts::forget(const types::Object* v) {
  ints.erase(v);
  minLen.erase(v);
  minCap.erase(v);
  auto mentions = [v](const Bound& b) { return b.len == v; };
  for (auto& [_, r] : ints) {
    r.lo.erase(std::remove_if(r.lo.begin(), r.lo.end(), mentions), r.lo.end());
    r.hi.erase(std::remove_if(r.hi.begin(), r.hi.end(), mentions), r.hi.end());
  }
}

namespace {

// The bounds both lists hold; for constants, the weaker of the two.
std::vector<Bound> common(const std::vector<Bound>& a, const std::vector<Bound>& b, bool lower) {
  std::vector<Bound> out;
  for (const Bound& x : a) {
    for (const Bound& y : b) {
      if (x.len != y.len) continue;
      Bound weaker{x.len, lower ? std::min(x.c, y.c) : std::max(x.c, y.c)};
      if (std::find(out.begin(), out.end(), weaker) == out.end()) out.push_back(weaker);
    }
  }
  return out;
}

std::map<const types::Object*, int64_t> commonLeast(const std::map<const types::Object*, int64_t>& a,
                                                    const std::map<const types::Object*, int64_t>& b) {
  std::map<const types::Object*, int64_t> out;
  for (const auto& [v, n] : a)
    if (auto it = b.find(v); it != b.end()) out[v] = std::min(n, it->second);
  return out;
}

}  // namespace

Facts Facts::meet(const Facts& a, const Facts& b) {
  Facts out;
  for (const auto& [v, r] : a.ints) {
    auto it = b.ints.find(v);
    if (it == b.ints.end()) continue;
    Range m{common(r.lo, it->second.lo, true), common(r.hi, it->second.hi, false)};
    if (!m.empty()) out.ints[v] = std::move(m);
  }
  out.minLen = commonLeast(a.minLen, b.minLen);
  out.minCap = commonLeast(a.minCap, b.minCap);
  return out;
}

int64_t Facts::leastLen(const types::Object* v) const {
  auto it = minLen.find(v);
  return it == minLen.end() ? 0 : it->second;
}

int64_t Facts::leastCap(const types::Object* v) const {
  auto it = minCap.find(v);
  return std::max(leastLen(v), it == minCap.end() ? int64_t{0} : it->second);
}

void Facts::atLeast(std::map<const types::Object*, int64_t>& m, const types::Object* v, int64_t n) {
  if (n <= 0) return;
  auto [it, inserted] = m.emplace(v, n);
  if (!inserted) it->second = std::max(it->second, n);
}

}  // namespace bce
