// The escape stage's data: a graph of locations joined by assignment edges
// with dereference counts, as in gc's cmd/compile/internal/escape.
//
// Every local variable, parameter, result and allocation site is a
// location; so is "the heap", which outlives everything. An edge records
// that a value flows from src into dst, `derefs` dereferences deep:
//
//     p = &x     dst p, src x, derefs -1  (x's address)
//     p = q      dst p, src q, derefs  0
//     p = *q     dst p, src q, derefs  1
//     p = **q    dst p, src q, derefs  2
//
// Solving (solve.cpp) walks backwards from each location (the root) with
// shortest-path dereference counts: a location reached with derefs < 0 has
// its address stored in the root, and if the root outlives it (the root is
// the heap or a result, or is declared in an outer loop) it must live on the
// heap, after which it is a root of its own. Parameters reached from the heap
// or a result record how (ParamTag), which callers then use instead of
// looking into the callee again.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "syntax/ast.hpp"
#include "types/object.hpp"

namespace escape {

// What a parameter leaks to: the fewest dereferences with which its value
// reaches the heap or each result (-1: not at all).
struct ParamTag {
  int heap = -1;
  std::vector<int> results;
  void leakToHeap(int derefs) { heap = heap < 0 ? derefs : std::min(heap, derefs); }
  void leakToResult(size_t i, int derefs) {
    if (results.size() <= i) results.resize(i + 1, -1);
    results[i] = results[i] < 0 ? derefs : std::min(results[i], derefs);
  }
  // A path to the heap makes equal or longer paths to results moot (gc's
  // leaks.Optimize).
  void optimize() {
    if (heap < 0) return;
    for (int& r : results)
      if (r >= heap) r = -1;
  }
};

struct Location;

struct Edge {
  Location* src;
  int derefs;
};

struct FuncInfo;

struct Location {
  enum Kind { Heap, Var, Result, Alloc, Temp } kind = Temp;
  const types::Object* var = nullptr;  // Var: the variable (parameters and named results too)
  const syntax::Expr* site = nullptr;  // Alloc: &T{...}, new(T), make, a literal, a conversion
  std::string siteText;                // Alloc: how -m names it ("&T{...}", "new(int)")
  FuncInfo* fn = nullptr;
  int loopDepth = 0;
  int resultIndex = -1;  // results (unnamed Result or named result Var)
  int paramIndex = -1;   // parameters (receiver first)
  bool addrTaken = false;
  bool escapes = false;
  std::vector<Edge> edges;  // incoming: values that flow into this location
  ParamTag tag;             // parameters: what they leak to
  // Walk state (solve.cpp).
  int walkgen = 0;
  int derefs = 0;
  bool queued = false;
};

// Where a value goes: into dst, derefs dereferences deep (-1: its address).
// A hole without dst discards the value.
struct Hole {
  Location* dst = nullptr;
  int derefs = 0;
  Hole shift(int d) const { return dst ? Hole{dst, derefs + d} : *this; }
  Hole addr() const { return shift(-1); }
  Hole deref() const { return shift(1); }
};

// One function being analyzed: a declaration or a function literal inside one.
struct FuncInfo {
  const types::Object* obj = nullptr;      // declared functions and methods
  const syntax::FuncDecl* decl = nullptr;  // declarations
  const syntax::FuncLit* lit = nullptr;    // function literals
  FuncInfo* outer = nullptr;               // function literals: the enclosing function
  std::vector<Location*> params;           // receiver first; nullptr for blank/unnamed
  std::vector<const types::Object*> paramVars;
  std::vector<Location*> results;          // one per result (named results: their variables)
};

// The locations of one strongly connected component of the call graph.
struct Graph {
  std::vector<std::unique_ptr<Location>> locations;
  std::vector<std::unique_ptr<FuncInfo>> funcs;
  Location heap;

  Graph() {
    heap.kind = Location::Heap;
    heap.escapes = true;
  }
  Location* newLocation(Location::Kind kind, FuncInfo* fn, int loopDepth) {
    locations.push_back(std::make_unique<Location>());
    Location* l = locations.back().get();
    l->kind = kind;
    l->fn = fn;
    l->loopDepth = loopDepth;
    return l;
  }
  // dst = *^derefs src.
  void flow(Hole k, Location* src) {
    if (!k.dst || !src || k.dst == &heap && src == &heap) return;
    if (k.dst == src && k.derefs >= 0) return;  // x = x, x = *x: nothing new
    if (k.derefs < 0 && src->kind == Location::Var) src->addrTaken = true;
    k.dst->edges.push_back({src, k.derefs});
  }
};

// Solves the graph: marks escaping locations and fills parameter tags.
void solve(Graph& g);

}  // namespace escape
