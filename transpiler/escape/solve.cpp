// This file implements the solver of the escape graph (gc's escape/solve.go):
// shortest-path walks backwards from every location, marking what must
// live on the heap and recording what each parameter leaks to.
#include "escape/graph.hpp"

namespace escape {

namespace {

bool isResult(const Location* l) { return l->resultIndex >= 0; }

bool containsClosure(const FuncInfo* outer, const FuncInfo* inner) {
  for (const FuncInfo* f = inner ? inner->outer : nullptr; f; f = f->outer)
    if (f == outer) return true;
  return false;
}

// Whether a value stored in `root` may be used after `other` is gone.
bool outlives(const Location* root, const Location* other) {
  if (root->escapes) return true;
  // Callers may keep what a function returns for as long as they like.
  if (isResult(root)) return true;
  // Declared outside other's loop: holds values from earlier iterations.
  if (root->fn == other->fn && root->loopDepth < other->loopDepth) return true;
  // A closure's variables may be gone while its creator's live on.
  if (containsClosure(root->fn, other->fn)) return true;
  return false;
}

void leakTo(Location* param, const Location* root, int derefs) {
  if (!root->escapes && isResult(root) && root->fn == param->fn && param->fn->lit == nullptr) {
    param->tag.leakToResult(static_cast<size_t>(root->resultIndex), derefs);
    return;
  }
  param->tag.leakToHeap(derefs);
}

class Solver {
 public:
  explicit Solver(Graph& g) : g_(g) {}

  void run() {
    for (auto& l : g_.locations) enqueue(l.get());
    enqueue(&g_.heap);
    while (!todo_.empty()) {
      Location* root = todo_.back();
      todo_.pop_back();
      root->queued = false;
      walkOne(root);
    }
  }

 private:
  void enqueue(Location* l) {
    if (l->queued) return;
    l->queued = true;
    todo_.push_back(l);
  }

  void walkOne(Location* root) {
    walkgen_++;
    root->walkgen = walkgen_;
    root->derefs = 0;
    std::deque<Location*> todo{root};
    while (!todo.empty()) {
      Location* l = todo.front();
      todo.pop_front();
      int derefs = l->derefs;
      bool addressOf = derefs < 0;
      // For "root = &l; l = x", l's address flows to root but x's does not.
      if (addressOf) derefs = 0;
      if (outlives(root, l)) {
        if (l->paramIndex >= 0) leakTo(l, root, derefs);
        if (addressOf && !l->escapes) {
          l->escapes = true;
          enqueue(l);
          continue;
        }
      }
      for (const Edge& e : l->edges) {
        if (e.src->escapes) continue;
        int d = derefs + e.derefs;
        if (e.src->walkgen != walkgen_ || e.src->derefs > d) {
          e.src->walkgen = walkgen_;
          e.src->derefs = d;
          todo.push_back(e.src);
        }
      }
    }
  }

  Graph& g_;
  std::vector<Location*> todo_;
  int walkgen_ = 0;
};

}  // namespace

void solve(Graph& g) { Solver(g).run(); }

}  // namespace escape
