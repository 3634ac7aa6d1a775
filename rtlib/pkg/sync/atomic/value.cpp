// This file implements the two-word protocol behind atomic.Value
// (value.go), after gc's sync/atomic/value.go: the type word goes from nil
// to a marker while the first Store writes the data word, then to the
// dynamic type for good; afterwards only the data word changes, with one
// atomic exchange or compare-and-swap. Readers that see nil or the marker
// report an empty Value.
#include <sched.h>

#include <atomic>

#include "go/sched/sched.hpp"
#include "sync/atomic/atomic.hpp"

namespace sync_::atomic {

namespace {

const go::type_desc first_store_in_progress{};

using type_ref = std::atomic_ref<const go::type_desc*>;
using data_ref = std::atomic_ref<void*>;

// Waits out another goroutine's first Store: short, it only writes a word.
void wait_for_first_store() {
  go::gosched();
  sched_yield();
}

// Claims the empty Value for v (true), or returns false when it already
// has a type, after checking that it is v's (what names the operation in
// the panic).
bool store_first(go::any* p, const go::any& v, const char* inconsistent) {
  for (;;) {
    const go::type_desc* t = type_ref(p->type).load();
    if (t == nullptr) {
      const go::type_desc* expected = nullptr;
      if (!type_ref(p->type).compare_exchange_strong(expected, &first_store_in_progress)) continue;
      data_ref(p->data).store(v.data);
      type_ref(p->type).store(v.type);
      return true;
    }
    if (t == &first_store_in_progress) {
      wait_for_first_store();
      continue;
    }
    if (t != v.type) go::panic(go::make_string(inconsistent));
    return false;
  }
}

}  // namespace

bool sameType(go::any a, go::any b) { return a.type == b.type; }

go::any valueLoad(go::any* v) {
  go::any* p = &go::deref(v);
  const go::type_desc* t = type_ref(p->type).load();
  if (t == nullptr || t == &first_store_in_progress) return nullptr;
  return go::any(t, data_ref(p->data).load());
}

void valueStore(go::any* v, go::any val) {
  go::any* p = &go::deref(v);
  if (store_first(p, val, "sync/atomic: store of inconsistently typed value into Value")) return;
  data_ref(p->data).store(val.data);
}

go::any valueSwap(go::any* v, go::any new_) {
  go::any* p = &go::deref(v);
  if (store_first(p, new_, "sync/atomic: swap of inconsistently typed value into Value")) return nullptr;
  return go::any(new_.type, data_ref(p->data).exchange(new_.data));
}

bool valueCompareAndSwap(go::any* v, go::any old, go::any new_) {
  go::any* p = &go::deref(v);
  for (;;) {
    const go::type_desc* t = type_ref(p->type).load();
    if (t == nullptr) {
      // Empty: only a nil old matches, and then this is the first store.
      if (!go::is_nil(old)) return false;
      if (store_first(p, new_, "sync/atomic: compare and swap of inconsistently typed value into Value")) return true;
      continue;
    }
    if (t == &first_store_in_progress) {
      wait_for_first_store();
      continue;
    }
    if (t != new_.type) go::panic(go::string("sync/atomic: compare and swap of inconsistently typed value into Value"));
    // Compare by value (Go's ==, which panics for uncomparable types),
    // then swap only if the word compared is still there.
    void* data = data_ref(p->data).load();
    if (!go::equal(go::any(t, data), old)) return false;
    return data_ref(p->data).compare_exchange_strong(data, new_.data);
  }
}

}  // namespace sync_::atomic
