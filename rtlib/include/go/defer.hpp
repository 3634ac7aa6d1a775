// This file declares Go's deferred calls and recover().
//
// A function with `defer` statements owns a defer_stack. Each statement
// pushes a C++ lambda that holds the function value and the arguments,
// evaluated when the statement runs (the lambda's captures), and makes
// the call when invoked. The emitter wraps the body so that the stack
// runs at every exit:
//
//     go::int_ f() {
//       go::int_ r{};
//       go::defer_stack defers_1;
//       try {
//         defers_1.push([x] { cleanup(x); });
//         ...
//         r = 5;               // return 5
//         defers_1.run();
//         return r;
//       } catch (const go::panic_error& panic) {
//         defers_1.run_panicking(panic);  // rethrows unless recovered
//       }
//       return r;              // recovered: the results as they stand
//     }
//
// so a deferred call sees and may change the named results that `return x`
// assigned, and runs while a panic unwinds. Entries live in collected
// memory that the collector scans: the captured values may hold the only
// reference to a Go object until the call runs.
//
// recover() returns the panic's value only when called directly by a
// deferred call that a panic is running (gc checks the caller's argument
// pointer). Here the runner "arms" the panic just before it invokes a
// deferred call whose callee calls recover() (push_recovering), and such a
// callee takes the armed panic in its first statement, a recover_frame:
// no Go code runs in between, so any other function finds nothing armed.
//
// Where the callee is a func value, the deferred call first aims the arm
// at it (aim_recover): a plain function's recover_frame names the
// function, and takes the panic only when it is the one aimed at, so a
// func value that does not call recover() passes nothing on to the
// functions it calls (recover.go's test16). A func value made by
// reflect.MakeFunc passes the arm on to its implementation only when it
// is the deferred call itself (pass_recover_through).
#pragma once

#include <type_traits>
#include <utility>

#include "go/iface.hpp"
#include "go/memory.hpp"
#include "go/panic.hpp"
#include "go/panic_record.hpp"

namespace go {

class recover_frame;

// The deferred call of a function with arguments (`defer f(x)`) is a
// lambda that the emitter wraps in deferred_call: gc shows no frame for
// such a wrapper, and runtime.Callers recognises it by this type.
template <class F>
struct deferred_call {
  F f;
  void operator()() { f(); }
};
template <class F>
deferred_call(F) -> deferred_call<F>;

class defer_stack {
 public:
  defer_stack() = default;
  defer_stack(const defer_stack&) = delete;
  defer_stack& operator=(const defer_stack&) = delete;

  // Records a deferred call: f() makes it, with what f captured.
  template <class F>
  void push(F f) {
    push_entry(new_<entry<F>>(std::move(f)), false);
  }
  // The same for a callee that calls recover() itself.
  template <class F>
  void push_recovering(F f) {
    push_entry(new_<entry<F>>(std::move(f)), true);
  }

  // `defer recover()`: at a return it recovers as if the function called
  // recover() itself (frame is the function's own); run by a panic it is
  // a deferred call, not called by one, and does nothing.
  void push_recover(recover_frame& frame);

  // Runs the deferred calls, last pushed first, as the function returns.
  void run();
  // Runs them as the panic e leaves the function: returns normally when a
  // deferred call recovered it (the function then returns its results),
  // rethrows it otherwise. A deferred call that panics replaces the panic
  // and the rest run for the new one.
  void run_panicking(const panic_error& e);

 private:
  struct node {
    node* next = nullptr;
    void (*invoke)(node*) = nullptr;
    bool recovers = false;
    recover_frame* recover_of = nullptr;  // `defer recover()` of this frame
  };
  // Go values own nothing but collected memory, so entries are never
  // destroyed: the collector reclaims them.
  template <class F>
  struct entry : node {
    explicit entry(F&& g) : f(std::move(g)) { invoke = &call; }
    static void call(node* n) { static_cast<entry*>(n)->f(); }
    F f;
  };

  void push_entry(node* n, bool recovers) {
    n->recovers = recovers;
    n->next = top_;
    top_ = n;
  }
  node* pop() {
    node* n = top_;
    top_ = n->next;
    return n;
  }

  // Invokes n; at_return tells a run at a return from a run by a panic.
  static void invoke(node* n, bool at_return);

  node* top_ = nullptr;
};

// The first statement of a function that calls recover(): takes the panic
// the runner armed for it, if it is the deferred call being run.
class recover_frame {
 public:
  // A closure's or a method's: any deferred call of it takes the panic.
  recover_frame() : recover_frame(nullptr) {}
  // A plain function's (&F): only a deferred call aimed at F takes it.
  template <class R, class... A>
  explicit recover_frame(R (*self)(A...)) : recover_frame(reinterpret_cast<const void*>(self)) {}
  explicit recover_frame(const void* self);
  recover_frame(const recover_frame&) = delete;
  recover_frame& operator=(const recover_frame&) = delete;

  // The panic recover() would stop now, or nullptr (none, already
  // recovered, a Goexit, or not called directly by a deferred call).
  panic_record* recoverable() const;
  // recover(): stops the panic and returns its value; nil when there is
  // nothing to recover (and for panic(nil), as in Go 1.19).
  any recover();

 private:
  panic_record* panic_;
};

// The deferred call of a func value: the code it is about to call (a
// function's address, or the closure's object), which a recover_frame
// with a name must match.
void aim_recover(const void* target);
template <class F>
inline void aim_recover(const F& fn) {
  aim_recover(fn.recover_target());
}

// A func value made by reflect.MakeFunc (self: its closure) is entered:
// when it is the deferred call the arm was aimed at, its implementation
// (reached through package reflect's frames) may recover; any other call
// of it runs under a deferred call that already began, and disarms.
void pass_recover_through(const void* self);

}  // namespace go
