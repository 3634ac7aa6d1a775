// What the bounds prover knows at a point of a function: ranges of integer
// variables with constant or len(v)+c bounds, and the least length and
// capacity of slice and string variables.
//
// Every fact is about the current value of a tracked variable (a local
// whose address is never taken and that no function literal mentions, so
// only the statements of its own function change it); assigning a variable
// forgets it and every bound that mentions len of it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "types/object.hpp"

namespace bce {

// len(v) + c when v is set, else the constant c.
struct Bound {
  const types::Object* len = nullptr;
  int64_t c = 0;
  bool operator==(const Bound&) const = default;
};

// A value lies at or above every bound of lo and at or below every bound of hi.
struct Range {
  std::vector<Bound> lo, hi;

  static Range exactly(int64_t c) { return Range{{Bound{nullptr, c}}, {Bound{nullptr, c}}}; }
  // The largest constant lower bound, the smallest constant upper bound.
  std::optional<int64_t> constLo() const;
  std::optional<int64_t> constHi() const;
  bool empty() const { return lo.empty() && hi.empty(); }
  // Adds b to lo (or hi) unless an equal bound is there.
  void addLo(Bound b);
  void addHi(Bound b);
};

struct Facts {
  std::map<const types::Object*, Range> ints;
  std::map<const types::Object*, int64_t> minLen;  // len(v) >= n
  std::map<const types::Object*, int64_t> minCap;  // cap(v) >= n

  // v was assigned: nothing known of it or of len(v) any more.
  void forget(const types::Object* v);
  // Facts that hold after either of two paths that join.
  static Facts meet(const Facts& a, const Facts& b);
  int64_t leastLen(const types::Object* v) const;
  int64_t leastCap(const types::Object* v) const;
  void atLeast(std::map<const types::Object*, int64_t>& m, const types::Object* v, int64_t n);
};

}  // namespace bce
