// This file declares Go's select statement for emitted code:
//   select {
//   case ch1 <- x:     ...
//   case v, ok := <-ch2: ...
//   default:           ...
//   }
// becomes
//   T1 x_ = x; T2 v_{}; bool ok_ = false;
//   go::select_case cases[] = {go::send_case(ch1, x_), go::recv_case(ch2, &v_)};
//   switch (go::select(cases, 2, /*has_default=*/true, &ok_)) {
//     case 0: ...; break;
//     case 1: { auto v = v_; auto ok = ok_; ... } break;
//     default: ...;  // -1
//   }
// and `select {}` becomes go::select_forever(). The value to send must stay
// alive until select returns (a named temporary, as above). Case expressions
// are evaluated by the emitted code beforehand, in source order, as Go does.
#pragma once

#include "go/sched/chan.hpp"

namespace go {

struct select_case {
  sched::chan_core* c;  // null: the case is never ready (nil channel)
  void* elem;           // send: the value; receive: destination or null
  bool is_send;
};

template <class T>
select_case send_case(const chan<T>& c, const T& v) {
  return select_case{c.core(), const_cast<T*>(&v), true};
}
template <class T>
select_case recv_case(const chan<T>& c, T* dst) {
  return select_case{c.core(), dst, false};
}
// case <-c: the value is dropped.
template <class T>
select_case recv_case(const chan<T>& c) {
  return select_case{c.core(), nullptr, false};
}

// Runs the select over n cases and returns the index of the case that
// fired, or -1 for default (only when has_default). For a receive that
// fired, *recv_ok tells whether a value was received (false: closed).
int select(select_case* cases, int n, bool has_default, bool* recv_ok);
// select {}: blocks forever (a deadlock if nothing else can run).
[[noreturn]] void select_forever();

}  // namespace go
