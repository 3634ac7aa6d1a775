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
//
// In an interface a func value is boxed like any value wider than a word;
// its type descriptor's `call` (go::call_func below) lets the runtime call
// it knowing only the descriptor (finalizers, reflect).
#pragma once

#include <cstddef>
#include <new>
#include <tuple>
#include <type_traits>
#include <utility>

#include "go/memory.hpp"
#include "go/panic.hpp"

namespace go {

template <class Signature>
class func;

// (go/defer.hpp: a MakeFunc func value is entered.)
void pass_recover_through(const void* self);

template <class R, class... A>
class func<R(A...)> {
 public:
  using pointer = R (*)(A...);
  using params = std::tuple<A...>;  // (go::call_func counts them)

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
    if constexpr (std::is_empty_v<closure> && std::is_default_constructible_v<closure>) {
      // A literal that captures nothing (its go::func_lit tag keeps it from
      // converting to a function pointer): nothing to keep, no allocation.
      call_ = &call_stateless<closure>;
      target_ = reinterpret_cast<void*>(&call_stateless<closure>);
    } else {
      call_ = &call_closure<closure>;
      target_ = new_<closure>(std::forward<F>(f));
    }
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
  // The code a call runs (reflect.Value.Pointer): the function itself, or
  // for a closure the function that calls it, one per function literal as
  // gc's closures share their code.
  // What a deferred call of it aims recover() at (go/defer.hpp): the
  // function, or the closure object.
  const void* recover_target() const { return target_; }
  const void* code() const {
    if (call_ == &call_pointer) return target_;
    return reinterpret_cast<const void*>(call_);
  }

 private:
  static R call_pointer(void* target, A... a) { return reinterpret_cast<pointer>(target)(std::forward<A>(a)...); }
  template <class C>
  static R call_closure(void* target, A... a) {
    return (*static_cast<C*>(target))(std::forward<A>(a)...);
  }
  template <class C>
  static R call_stateless(void*, A... a) {
    return C{}(std::forward<A>(a)...);
  }

  R (*call_)(void*, A...) = nullptr;
  void* target_ = nullptr;
};

template <class S>
inline bool is_nil(const func<S>& f) {
  return f.is_nil();
}

// The last parameter, defaulted, of the lambda of a function literal: the
// literal is the K-th of its enclosing function (gc names it funcK, or .K
// inside another literal). It is how tracebacks learn the Go name: C++
// numbers a function's lambdas per signature, the emitter's own lambdas
// among them.
template <int K>
struct func_lit {};

namespace detail {
template <class... T>
struct type_list {};
// R(A...) without a trailing func_lit<K>.
template <class R, class Kept, class... A>
struct drop_func_lit;
template <class R, class... Kept>
struct drop_func_lit<R, type_list<Kept...>> {
  using type = R(Kept...);
};
template <class R, class... Kept, int K>
struct drop_func_lit<R, type_list<Kept...>, func_lit<K>> {
  using type = R(Kept...);
};
template <class R, class... Kept, class A0, class... A>
struct drop_func_lit<R, type_list<Kept...>, A0, A...> {
  using type = typename drop_func_lit<R, type_list<Kept..., A0>, A...>::type;
};

template <class M>
struct call_signature;
template <class C, class R, class... A>
struct call_signature<R (C::*)(A...)> {
  using type = typename drop_func_lit<R, type_list<>, A...>::type;
};
template <class C, class R, class... A>
struct call_signature<R (C::*)(A...) const> {
  using type = typename drop_func_lit<R, type_list<>, A...>::type;
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

namespace detail {
template <class T>
struct is_std_tuple : std::false_type {};
template <class... T>
struct is_std_tuple<std::tuple<T...>> : std::true_type {};

template <class F>
struct func_caller;
template <class R, class... A>
struct func_caller<func<R(A...)>> {
  template <std::size_t... I>
  static void call(const func<R(A...)>& f, void* const* args, void* const* results, std::index_sequence<I...>) {
    if constexpr (std::is_void_v<R>) {
      f(*static_cast<std::remove_cvref_t<A>*>(args[I])...);
    } else {
      R r = f(*static_cast<std::remove_cvref_t<A>*>(args[I])...);
      if (results == nullptr) return;
      if constexpr (is_std_tuple<R>::value) {
        // Several results: one slot each.
        [&]<std::size_t... J>(std::index_sequence<J...>) {
          ((*static_cast<std::tuple_element_t<J, R>*>(results[J]) = std::get<J>(r)), ...);
        }(std::make_index_sequence<std::tuple_size_v<R>>{});
      } else {
        *static_cast<R*>(results[0]) = r;
      }
    }
  }
};
}  // namespace detail

// The `call` of a func type's descriptor (go/typedesc.hpp): calls the
// go::func F at fn with the arguments at args[i]; stores the results at
// results[i] unless results is null.
namespace detail {
// The go::func a func type is or derives from (a recursive func type such
// as `type F func(F) F` is a struct deriving from its go::func).
template <class R, class... A>
func<R(A...)> func_base(const func<R(A...)>*);
}  // namespace detail

template <class F>
void call_func(const void* fn, void* const* args, void* const* results) {
  using Base = decltype(detail::func_base(static_cast<const F*>(nullptr)));
  detail::func_caller<Base>::call(*static_cast<const F*>(fn), args, results,
                                  std::make_index_sequence<std::tuple_size_v<typename Base::params>>{});
}

// The `bind_method` and `make_func` of a func type's descriptor, for
// package reflect (go/typedesc.hpp).
namespace detail {
template <class F, class Base>
struct func_maker;
template <class F, class R, class... A>
struct func_maker<F, func<R(A...)>> {
  using thunk = R (*)(void*, A...);
  using handler = void (*)(void* ctx, void* const* args, void* const* results);

  static void bind(void* m, void* data, void* out) {
    ::new (out) F(func<R(A...)>([m, data](A... a) -> R { return reinterpret_cast<thunk>(m)(data, std::forward<A>(a)...); }));
  }

  // A MakeFunc func value's closure: a struct, not a lambda, as it names
  // itself to recover() (go/defer.hpp's pass_recover_through).
  struct made {
    handler h;
    void* ctx;
    R operator()(A... a) {
      pass_recover_through(this);
      // One more slot than needed: a func without parameters has an array too.
      void* args[] = {static_cast<void*>(&a)..., nullptr};
      if constexpr (std::is_void_v<R>) {
        h(ctx, args, nullptr);
      } else if constexpr (is_std_tuple<R>::value) {
        R r{};
        [&]<std::size_t... J>(std::index_sequence<J...>) {
          void* results[] = {static_cast<void*>(&std::get<J>(r))...};
          h(ctx, args, results);
        }(std::make_index_sequence<std::tuple_size_v<R>>{});
        return r;
      } else {
        R r{};
        void* results[] = {&r};
        h(ctx, args, results);
        return r;
      }
    }
  };

  static void make(handler h, void* ctx, void* out) { ::new (out) F(func<R(A...)>(made{h, ctx})); }
};
}  // namespace detail

template <class F>
void bind_method(void* thunk, void* data, void* out) {
  using Base = decltype(detail::func_base(static_cast<const F*>(nullptr)));
  detail::func_maker<F, Base>::bind(thunk, data, out);
}

template <class F>
const void* func_code(const void* fn) {
  using Base = decltype(detail::func_base(static_cast<const F*>(nullptr)));
  return static_cast<const Base*>(static_cast<const F*>(fn))->code();
}

template <class F>
void make_func(void (*handler)(void* ctx, void* const* args, void* const* results), void* ctx, void* out) {
  using Base = decltype(detail::func_base(static_cast<const F*>(nullptr)));
  detail::func_maker<F, Base>::make(handler, ctx, out);
}

}  // namespace go
