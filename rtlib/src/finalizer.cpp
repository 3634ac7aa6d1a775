// This file implements runtime.SetFinalizer on Boehm's collector, with
// Go's contract (runtime/mfinal.go):
//
//   - the finalizer of an object runs once, after the object became
//     unreachable, with the object (resurrected for the call) as its
//     argument; SetFinalizer(x, nil) cancels it; setting a second one is
//     gc's fatal "finalizer already set";
//   - if A points to B and both have finalizers, only A's runs first: B's
//     can run once A is gone. Boehm's ordered finalization does exactly
//     this; the _ignore_self variant lets an object point to itself, as in
//     Go. Objects in a cycle of finalizable objects are never finalized (Go
//     does not promise to either);
//   - finalizers run one after another in a goroutine of their own, never
//     in the goroutine that allocated or collected.
//
// Boehm runs finalization "on demand": a collection only queues the
// unreachable objects and calls our notifier, which sets a flag. The next
// allocation or runtime.GC that sees the flag starts the finalizer
// goroutine (spawning from inside the collector, which may hold locks of
// the allocating thread, would not be safe). That goroutine asks Boehm for
// the queued objects (GC_invoke_finalizers, whose callback only moves each
// into our queue, so that no Go code and no panic runs inside Boehm's C
// frames), runs their Go finalizers, and exits when no work is left; the
// next batch starts a new one. gc keeps one parked goroutine instead; ours
// exists only while it has work, so that runtime.NumGoroutine and the
// deadlock detector see what gc's would.
#define GC_THREADS
#include <gc/gc.h>

#include "finalizer.hpp"

#include <cstdlib>
#include <mutex>
#include <string>

#include "go/memory.hpp"
#include "go/sched/sched.hpp"
#include "runtime_internal.hpp"

namespace go::internal {

std::atomic<bool> finalizers_ready{false};

namespace {

// One finalizer as SetFinalizer recorded it. Uncollectable (and scanned)
// memory, so that Boehm's client-data word keeps the func value alive, and
// freed once the finalizer ran or was cleared.
struct finalizer_record {
  any fn;                      // the finalizer: a func value in an interface
  const type_desc* param;      // its parameter type
  const type_desc* obj_type;   // the object's pointer type
  std::size_t offset;          // of the object inside Boehm's block (tiny objects)
};

// Objects whose finalizers are due, oldest first. The nodes are collected
// memory reachable from these globals, so the objects stay alive until
// their finalizers have run.
struct due_node {
  due_node* next;
  void* block;
  finalizer_record* rec;
};
std::mutex due_mu;
due_node* due_head = nullptr;
due_node* due_tail = nullptr;

std::atomic<bool> goroutine_running{false};

[[noreturn]] void fatal(const std::string& msg) {
  uintptr pcs[64];
  int n = capture_pcs(pcs, 64, 1);
  die_of_fatal_error(msg, pcs, n);
}

// Whether values of type t hold pointers (gc's ptrdata != 0).
bool has_pointers(const type_desc* t) {
  switch (t->k) {
    case kind::array: return t->len > 0 && has_pointers(t->elem);
    case kind::struct_:
      for (int_ i = 0; i < t->nfields; i++)
        if (has_pointers(t->fields[i].type)) return true;
      return false;
    case kind::pointer: case kind::slice: case kind::string: case kind::map: case kind::chan: case kind::func:
    case kind::interface: case kind::unsafe_pointer:
      return true;
    default: return false;
  }
}

// gc's uncommon type: defined types and types with methods have one.
bool has_uncommon(const type_desc* t) { return t->named || t->nmethods > 0; }

// Whether the object of pointer type obj_type may be passed to a finalizer
// whose parameter has type param (mfinal.go's okarg cases).
bool accepts(const type_desc* param, const type_desc* obj_type) {
  if (same_type(param, obj_type)) return true;
  if (param->k == kind::pointer)
    return (!has_uncommon(param) || !has_uncommon(obj_type)) && same_type(param->elem, obj_type->elem);
  if (param->k == kind::interface) return param->nimethods == 0 || implements(obj_type, *param);
  return false;
}

// Boehm's callback, inside GC_invoke_finalizers: queue the object.
void on_unreachable(void* block, void* client_data) {
  auto* node = static_cast<due_node*>(alloc(sizeof(due_node)));
  node->block = block;
  node->rec = static_cast<finalizer_record*>(client_data);
  std::lock_guard<std::mutex> lock(due_mu);
  (due_tail ? due_tail->next : due_head) = node;
  due_tail = node;
}

due_node* pop_due() {
  std::lock_guard<std::mutex> lock(due_mu);
  due_node* node = due_head;
  if (node != nullptr) {
    due_head = node->next;
    if (due_head == nullptr) due_tail = nullptr;
  }
  return node;
}

bool has_work() {
  std::lock_guard<std::mutex> lock(due_mu);
  return due_head != nullptr || GC_should_invoke_finalizers();
}

// Calls the Go finalizer with the object converted to its parameter type.
void run_one(void* block, finalizer_record* rec) {
  void* obj = static_cast<char*>(block) + rec->offset;
  any fn = rec->fn;
  const type_desc* param = rec->param;
  const type_desc* obj_type = rec->obj_type;
  GC_FREE(rec);  // the finalizer is cleared before it runs, as in gc
  void* word = obj;
  any as_any;
  iface as_iface;
  void* arg = &word;
  if (param->k == kind::interface) {
    if (param->nimethods == 0) {
      as_any = any(obj_type, obj);
      arg = &as_any;
    } else {
      as_iface.tab = get_itab(param, obj_type, false);
      as_iface.data = obj;
      arg = &as_iface;
    }
  }
  void* args[1] = {arg};
  fn.type->call(value_address(fn), args, nullptr);  // results are dropped
}

// The finalizer goroutine's body.
void run_finalizers() {
  for (;;) {
    finalizers_ready.store(false, std::memory_order_relaxed);
    GC_invoke_finalizers();  // moves the collector's queue into ours
    if (due_node* node = pop_due()) {
      run_one(node->block, node->rec);
      continue;
    }
    goroutine_running.store(false);
    // A collection may have queued more between the last look and now.
    if (!has_work() || goroutine_running.exchange(true)) return;
  }
}

}  // namespace

bool start_finalizers() {
  finalizers_ready.store(false, std::memory_order_relaxed);
  if (goroutine_running.load()) return true;
  if (!has_work()) return false;
  if (goroutine_id() == 0) {
    // Not on a goroutine (static initialisation, a runtime thread): later.
    finalizers_ready.store(true, std::memory_order_relaxed);
    return false;
  }
  if (!goroutine_running.exchange(true)) spawn([] { run_finalizers(); }, false, false);
  return true;
}

void install_finalizers() {
  GC_set_finalize_on_demand(1);
  GC_set_finalizer_notifier([] { finalizers_ready.store(true, std::memory_order_relaxed); });
}

void set_finalizer(const any& obj, const any& finalizer) {
  const type_desc* obj_type = obj.type;
  if (obj_type == nullptr) fatal("runtime.SetFinalizer: first argument is nil");
  if (obj_type->k != kind::pointer)
    fatal("runtime.SetFinalizer: first argument is " + std::string(obj_type->name) + ", not pointer");
  if (obj_type->elem == nullptr) fatal("nil elem type!");
  void* p = obj.data;
  void* block = p != nullptr ? GC_base(p) : nullptr;
  if (block == nullptr) {
    // Package variables live outside the heap and are never finalized; gc
    // lets SetFinalizer on them be.
    if (p != nullptr) return;
    fatal("runtime.SetFinalizer: pointer not in allocated block");
  }
  if (block != p && (has_pointers(obj_type->elem) || obj_type->elem->size >= 16))
    fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");

  GC_finalization_proc old_fn = nullptr;
  void* old_data = nullptr;
  const type_desc* ftype = finalizer.type;
  if (ftype == nullptr) {
    GC_register_finalizer_ignore_self(block, nullptr, nullptr, &old_fn, &old_data);
    if (old_data != nullptr) GC_FREE(old_data);
    return;
  }
  std::string cannot = "runtime.SetFinalizer: cannot pass " + std::string(obj_type->name) + " to finalizer " +
                       std::string(ftype->name);
  if (ftype->k != kind::func)
    fatal("runtime.SetFinalizer: second argument is " + std::string(ftype->name) + ", not a function");
  if (ftype->variadic) fatal(cannot + " because dotdotdot");
  if (ftype->nin != 1 || !accepts(ftype->in[0], obj_type)) fatal(cannot);

  auto* rec = static_cast<finalizer_record*>(GC_MALLOC_UNCOLLECTABLE(sizeof(finalizer_record)));
  if (rec == nullptr) fatal("runtime: out of memory");
  *rec = finalizer_record{finalizer, ftype->in[0], obj_type, static_cast<std::size_t>(static_cast<char*>(p) - static_cast<char*>(block))};
  GC_register_finalizer_ignore_self(block, on_unreachable, rec, &old_fn, &old_data);
  if (old_fn != nullptr) {
    // Put the first one back: gc keeps it and dies.
    GC_register_finalizer_ignore_self(block, old_fn, old_data, nullptr, nullptr);
    GC_FREE(rec);
    fatal("runtime.SetFinalizer: finalizer already set");
  }
}

}  // namespace go::internal
