// This file implements running deferred calls and recover() (see
// go/defer.hpp), following gc's runtime/panic.go: a panic runs the
// deferred calls of each function it leaves; a deferred call that recovers
// it makes that function return normally after its remaining deferred
// calls; a deferred call that panics aborts the panic it was running for,
// and the new panic carries the old one so that the report prints both.
#include "go/defer.hpp"

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

#include "go/sched/sched.hpp"
#include "runtime_internal.hpp"

namespace go {

namespace {

// The panic armed for the deferred call about to be invoked. Arming and
// taking happen on one thread with no Go code (so no goroutine switch) in
// between, so a thread-local is exact even when goroutines move between
// threads.
thread_local panic_record* armed_panic = nullptr;
// What the armed panic is aimed at (aim_recover); null: the callee the
// runner invokes, whatever it is.
thread_local const void* armed_target = nullptr;

// Which panics each goroutine is running deferred calls for, so that
// runtime.Callers in a deferred call sees the panicking stack below it, as
// in gc (whose deferred calls run on top of that stack). Keyed by goroutine
// id: a deferred call may block and resume on another thread. Touched only
// while panicking, so one lock is cheap enough.
std::mutex running_mu;
// Oldest first; never destroyed (goroutines may still panic while exit()
// runs the destructors of statics).
std::vector<std::pair<int64, panic_record*>>& running = *new std::vector<std::pair<int64, panic_record*>>;

struct running_scope {
  explicit running_scope(panic_record* p) {
    std::lock_guard<std::mutex> lock(running_mu);
    running.emplace_back(goroutine_id(), p);
  }
  ~running_scope() {
    int64 id = goroutine_id();
    std::lock_guard<std::mutex> lock(running_mu);
    for (auto it = running.end(); it != running.begin();) {
      --it;
      if (it->first == id) {
        running.erase(it);
        break;
      }
    }
  }
};

// The oldest panic of p's chain gets `older` as its link: p interrupted it.
void append_older(panic_record* p, panic_record* older) {
  while (p->link != nullptr) p = p->link;
  p->link = older;
}

}  // namespace

void defer_stack::push_recover(recover_frame& frame) {
  node* n = new_<node>();
  n->recover_of = &frame;
  push_entry(n, false);
}

void defer_stack::invoke(node* n, bool at_return) {
  if (n->recover_of != nullptr) {
    if (at_return) n->recover_of->recover();
    return;
  }
  n->invoke(n);
}

void defer_stack::run() {
  while (top_ != nullptr) invoke(pop(), true);
}

void defer_stack::run_panicking(const panic_error& e) {
  panic_record* p = e.record;  // the panic in flight; nullptr once recovered
  while (top_ != nullptr) {
    node* n = pop();
    try {
      running_scope scope(p);
      armed_panic = n->recovers ? p : nullptr;
      armed_target = nullptr;
      invoke(n, p == nullptr);
      armed_panic = nullptr;
    } catch (const panic_error& next) {
      armed_panic = nullptr;
      // The deferred call panicked: the new panic runs the remaining calls.
      if (p != nullptr) append_older(next.record, p);
      p = next.record;
      continue;
    }
    if (p != nullptr && p->recovered) {
      // gc drops the recovered panic and the ones it aborted; the
      // function's remaining deferred calls run as at a return.
      release_panic_chain(p);
      p = nullptr;
    }
  }
  if (p != nullptr) throw panic_error(p);
}

recover_frame::recover_frame(const void* self) : panic_(armed_panic) {
  // A named function that is not the func value the deferred call aimed
  // at is called by it, not by the deferred call.
  if (self != nullptr && armed_target != nullptr && self != armed_target) panic_ = nullptr;
  armed_panic = nullptr;
}

void aim_recover(const void* target) {
  if (armed_panic != nullptr) armed_target = target;
}

void pass_recover_through(const void* self) {
  if (armed_panic == nullptr) return;
  if (armed_target == self) armed_target = nullptr;  // the implementation is the callee
  else armed_panic = nullptr;
}

panic_record* recover_frame::recoverable() const {
  if (panic_ == nullptr || panic_->recovered || panic_->goexit) return nullptr;
  return panic_;
}

any recover_frame::recover() {
  panic_record* p = recoverable();
  if (p == nullptr) return nullptr;
  p->recovered = true;
  return p->value;
}

namespace internal {

std::vector<panic_record*> panics_running_defers() {
  int64 id = goroutine_id();
  std::vector<panic_record*> out;
  std::lock_guard<std::mutex> lock(running_mu);
  for (auto it = running.rbegin(); it != running.rend(); ++it)
    if (it->first == id) out.push_back(it->second);
  return out;
}

}  // namespace internal
}  // namespace go
