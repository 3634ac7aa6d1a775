// This file implements the descriptors generic code makes at run time
// (go/generic.hpp).
#include "go/generic.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <vector>

#include "go/func.hpp"

namespace go::detail {

const type_desc* make_generic_type(const type_desc& proto, std::string name, bool named) {
  auto* owned = new std::string(std::move(name));
  auto* t = new type_desc(proto);
  t->name = *owned;
  t->named = named;
  return t;
}

}  // namespace go::detail

namespace go {

std::recursive_mutex& lazy_desc_mutex() {
  static std::recursive_mutex* mu = new std::recursive_mutex;  // never destroyed: used until exit
  return *mu;
}

namespace {
// The builds under way on the thread that holds lazy_desc_mutex().
struct pending_builds {
  int depth = 0;
  std::vector<void (*)()> fills;
  std::vector<lazy_type_desc*> unready;
};
pending_builds& pending() {
  static pending_builds* p = new pending_builds;  // (under the lock)
  return *p;
}
}  // namespace

lazy_desc_build::lazy_desc_build(lazy_type_desc& made) {
  pending().depth++;
  pending().unready.push_back(&made);
}

void lazy_desc_build::later(void (*fill)()) { pending().fills.push_back(fill); }

lazy_desc_build::~lazy_desc_build() {
  pending_builds& p = pending();
  if (p.depth > 1) {
    p.depth--;
    return;
  }
  // The outermost build: every name is set. A fill may start more builds
  // (nested ones queue their fills here), so the queue is drained in order.
  for (size_t i = 0; i < p.fills.size(); i++) p.fills[i]();
  p.fills.clear();
  for (lazy_type_desc* made : p.unready) made->ready.store(true, std::memory_order_release);
  p.unready.clear();
  p.depth = 0;
}

namespace detail {
const type_desc& func_type_named(const std::string& name, std::initializer_list<const type_desc*> in,
                                 std::initializer_list<const type_desc*> out, bool variadic,
                                 void (*call)(const void*, void* const*, void* const*),
                                 void (*bind_method)(void*, void*, void*),
                                 void (*make_func)(void (*)(void*, void* const*, void* const*), void*, void*),
                                 const void* (*code)(const void*)) {
  // One descriptor per spelling, whichever thread asks first.
  std::lock_guard<std::recursive_mutex> lock(lazy_desc_mutex());
  static std::map<std::string, const type_desc*> made;
  const type_desc*& t = made[name];
  if (t == nullptr) {
    auto* ins = new const type_desc*[in.size() + 1];
    std::copy(in.begin(), in.end(), ins);
    auto* outs = new const type_desc*[out.size() + 1];
    std::copy(out.begin(), out.end(), outs);
    t = make_generic_type({.k = kind::func,
                           .size = sizeof(func<void()>),
                           .comparable = false,
                           .in = ins,
                           .nin = static_cast<int_>(in.size()),
                           .out = outs,
                           .nout = static_cast<int_>(out.size()),
                           .variadic = variadic,
                           .call = call,
                           .bind_method = bind_method,
                           .make_func = make_func,
                           .code = code},
                          name, false);
  }
  return *t;
}
}  // namespace detail

}  // namespace go

namespace go::detail {

void panic_missing_method(const type_desc& t, std::string_view name) {
  // The checker proved that every type argument has the method; only a
  // descriptor made without a method table gets here.
  panic_runtime_error("go2cpp: type " + std::string(t.name) + " has no method table entry for " + std::string(name));
}

}  // namespace go::detail
