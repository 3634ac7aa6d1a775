// This file implements Go func values for emitted code.
//
//   var f func(int) int        go::func<go::int_(go::int_)> f;          (nil)
//   f = fib                    f = go::func_of(fib);
//   f = func(n int) int {...}  f = go::func_of([&k](go::int_ n) -> go::int_ {...});
//   f(3)                       f(3)      (a nil f panics as gc does)
//   f == nil                   f == nullptr
//
// A func value is two words: the function that calls the target, and the
// target itself (a plain function's address, or a closure copied into
// collected memory so that the variables it captured by reference stay
// alive as long as the func value does). Captureless lambdas convert to
// plain functions and cost no allocation. Go compares func values only with
// nil, so there is no operator== between two of them.
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

#include "go/memory.hpp"
#include "go/panic.hpp"

namespace go {

template <class Signature>
class func;

template <class R, class... A>
class func<R(A...)> {
 public:
  using pointer = R (*)(A...);

  func() = default;
  func(std::nullptr_t) {}
  func(pointer f) {
    if (f == nullptr) return;
    call_ = &call_pointer;
    target_ = reinterpret_cast<void*>(f);
  }
  template <class F>
    requires(!std::is_convertible_v<F, pointer> && !std::is_same_v<std::decay_t<F>, func> &&
             std::is_invocable_r_v<R, std::decay_t<F>&, A...>)
  func(F&& f) {
    using closure = std::decay_t<F>;
    call_ = &call_closure<closure>;
    target_ = new_<closure>(std::forward<F>(f));
  }

  R operator()(A... a) const {
    if (call_ == nullptr) [[unlikely]] panic_nil_deref();  // gc faults on the nil code pointer
    return call_(target_, std::forward<A>(a)...);
  }

  bool is_nil() const { return call_ == nullptr; }
  friend bool operator==(const func& f, std::nullptr_t) { return f.call_ == nullptr; }
  // What print/println show for a func value: the word gc prints (its
  // closure or function), 0x0 for nil.
  const void* print_word() const { return call_ == nullptr ? nullptr : target_; }

 private:
  static R call_pointer(void* target, A... a) { return reinterpret_cast<pointer>(target)(std::forward<A>(a)...); }
  template <class C>
  static R call_closure(void* target, A... a) {
    return (*static_cast<C*>(target))(std::forward<A>(a)...);
  }

  R (*call_)(void*, A...) = nullptr;
  void* target_ = nullptr;
};

template <class S>
inline bool is_nil(const func<S>& f) {
  return f.is_nil();
}

namespace detail {
template <class M>
struct call_signature;
template <class C, class R, class... A>
struct call_signature<R (C::*)(A...)> {
  using type = R(A...);
};
template <class C, class R, class... A>
struct call_signature<R (C::*)(A...) const> {
  using type = R(A...);
};
}  // namespace detail

// A func value of a plain function (a Go function used as a value).
template <class R, class... A>
inline func<R(A...)> func_of(R (*f)(A...)) {
  return func<R(A...)>(f);
}

// A func value of a lambda whose parameter and result types are those of
// the Go function type (a function literal, a method value).
template <class F>
  requires requires { &std::decay_t<F>::operator(); }
inline auto func_of(F&& f) {
  using sig = typename detail::call_signature<decltype(&std::decay_t<F>::operator())>::type;
  return func<sig>(std::forward<F>(f));
}

}  // namespace go
