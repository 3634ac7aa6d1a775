// This file declares Go channels for emitted code:
//   make(chan T, n)   go::make_chan<T>(n)
//   ch <- v           ch.send(v)
//   v := <-ch         T v = ch.recv()
//   v, ok := <-ch     auto [v, ok] = ch.recv_ok()
//   close(ch)         go::close(ch)
//   len(ch), cap(ch)  go::len(ch), go::cap(ch)
//   for v := range ch while (true) { auto [v, ok] = ch.recv_ok(); if (!ok) break; ... }
// A channel value is a pointer to the runtime's channel (nil by default);
// directional channel types are the same C++ type, the checker enforces
// direction. The implementation (src/sched/chan.cpp) works on untyped
// element bytes through elem_ops, like Go's runtime/chan.go.
#pragma once

#include <cstddef>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

#include "go/types.hpp"

namespace go {

// How the runtime copies and clears one element of a channel's type.
struct elem_ops {
  std::size_t size;
  bool pointer_free;  // the buffer may come from the atomic (unscanned) heap
  void (*copy)(void* dst, const void* src);
  void (*clear)(void* dst);
};

template <class T>
const elem_ops* elem_ops_for() {
  static const elem_ops ops{
      sizeof(T), std::is_arithmetic_v<T>,
      [](void* dst, const void* src) {
        if constexpr (std::is_trivially_copyable_v<T>) std::memcpy(dst, src, sizeof(T));
        else *static_cast<T*>(dst) = *static_cast<const T*>(src);
      },
      [](void* dst) {
        if constexpr (std::is_trivially_copyable_v<T>) std::memset(dst, 0, sizeof(T));
        else *static_cast<T*>(dst) = T{};
      }};
  return &ops;
}

namespace sched {
struct chan_core;
chan_core* make_chan(const elem_ops* ops, int_ cap);
// Blocking operations; ep points to the value to send or the place to
// receive into (may be null: discard). recv returns false when the channel
// is closed and drained.
void chan_send(chan_core* c, const void* ep);
bool chan_recv(chan_core* c, void* ep);
void chan_close(chan_core* c);
// Non-blocking forms (select with one case and a default, which is how gc
// compiles them): false when the operation would block. try_recv sets *ok
// like recv's result when it returns true.
bool chan_try_send(chan_core* c, const void* ep);
bool chan_try_recv(chan_core* c, void* ep, bool* ok);
int_ chan_len(const chan_core* c);
int_ chan_cap(const chan_core* c);
}  // namespace sched

template <class T>
class chan {
 public:
  chan() = default;
  chan(std::nullptr_t) {}
  explicit chan(sched::chan_core* c) : core_(c) {}

  void send(const T& v) const { sched::chan_send(core_, &v); }
  T recv() const {
    T v{};
    sched::chan_recv(core_, &v);
    return v;
  }
  std::pair<T, bool> recv_ok() const {
    T v{};
    bool ok = sched::chan_recv(core_, &v);
    return {v, ok};
  }
  sched::chan_core* core() const { return core_; }

  friend bool operator==(const chan& a, const chan& b) { return a.core_ == b.core_; }
  friend bool operator==(const chan& a, std::nullptr_t) { return a.core_ == nullptr; }

 private:
  sched::chan_core* core_ = nullptr;
};

template <class T>
chan<T> make_chan(int_ cap = 0) {
  return chan<T>(sched::make_chan(elem_ops_for<T>(), cap));
}
template <class T>
void close(const chan<T>& c) { sched::chan_close(c.core()); }
template <class T>
int_ len(const chan<T>& c) { return sched::chan_len(c.core()); }
template <class T>
int_ cap(const chan<T>& c) { return sched::chan_cap(c.core()); }

}  // namespace go
