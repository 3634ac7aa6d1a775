// This file implements the ThreadSanitizer fiber annotations declared in
// tsan_fibers.hpp; it compiles to nothing without -fsanitize=thread.
//
// Which TSan fiber belongs to a Boost context:
//  - a goroutine's: created with its record (goroutine::tsan_fiber);
//  - a worker thread's own (main) context: the thread's state, captured the
//    first time that context switches away;
//  - a worker's dispatcher: created the first time it is switched to.
// The last two are per thread, as Boost pins those contexts to their thread.
#include "sched/tsan_fibers.hpp"

#if defined(__SANITIZE_THREAD__)

#include "sched/goroutine.hpp"
#include "sched/scheduler.hpp"

namespace go::sched::tsan {

namespace {

thread_local void* tls_main_fiber = nullptr;
thread_local void* tls_dispatcher_fiber = nullptr;
thread_local void* tls_retired_fiber = nullptr;

GO_TSAN_UNINSTRUMENTED void* dispatcher_fiber() {
  if (tls_dispatcher_fiber == nullptr) {
    tls_dispatcher_fiber = __tsan_create_fiber(0);
    __tsan_set_fiber_name(tls_dispatcher_fiber, "go2cpp dispatcher");
  }
  return tls_dispatcher_fiber;
}

GO_TSAN_UNINSTRUMENTED void* fiber_of(boost::fibers::context* ctx) {
  if (ctx->is_context(boost::fibers::type::dispatcher_context)) return dispatcher_fiber();
  if (ctx->is_context(boost::fibers::type::main_context)) return tls_main_fiber;
  auto* props = static_cast<goroutine_props*>(ctx->get_properties());
  return props != nullptr && props->g != nullptr ? props->g->tsan_fiber : nullptr;
}

}  // namespace

GO_TSAN_UNINSTRUMENTED void before_switch(boost::fibers::context* next) {
  boost::fibers::context* self = boost::fibers::context::active();
  if (self->is_context(boost::fibers::type::main_context) && tls_main_fiber == nullptr) {
    tls_main_fiber = __tsan_get_current_fiber();
  }
  void* fiber;
  if (next == nullptr) {
    // The dispatcher asking finds nothing: Boost does not switch. Anyone
    // else finding nothing goes to the dispatcher.
    if (self->is_context(boost::fibers::type::dispatcher_context)) return;
    fiber = dispatcher_fiber();
  } else {
    fiber = fiber_of(next);
  }
  if (fiber == nullptr) return;  // not ours: leave TSan's view unchanged
  __tsan_switch_to_fiber(fiber, 0);
  // From here on TSan attributes this thread's work to the next fiber, so
  // the finished goroutine's state is no longer in use.
  if (tls_retired_fiber != nullptr) {
    __tsan_destroy_fiber(tls_retired_fiber);
    tls_retired_fiber = nullptr;
  }
}

void retire_current_fiber(void* fiber) { tls_retired_fiber = fiber; }

}  // namespace go::sched::tsan

#endif  // __SANITIZE_THREAD__
