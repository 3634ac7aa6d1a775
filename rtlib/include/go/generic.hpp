// This file implements what generic code (C++ templates printed for Go's
// generic functions and types) needs from the runtime: the Go identity of
// a type parameter, its descriptor, and calls of its constraint's methods.
//
// C++ spells distinct Go types alike (`type Celsius float64` is an alias
// of go::float64), so a template cannot learn a Go type from its C++ type
// argument. Every Go type parameter T therefore becomes two template
// parameters: the C++ type T, and `go::type_fn T_type`, a function that
// returns T's descriptor:
//
//   template <typename T, go::type_fn T_type> T Max(T a, T b);
//   Max<go::int_, go::desc<go::int_type>>(1, 2)
//
// A function rather than a descriptor object, because generic code makes
// descriptors of composite types on the fly ([]T is go::slice_type_of<T,
// T_type>), and only a function's address is a constant template argument.
// Descriptors made here are built once, on first use, and never freed; their
// names are gc's, so go::same_type equates them with the emitter's copies.
#pragma once

#include <atomic>
#include <initializer_list>
#include <mutex>
#include <string>
#include <string_view>

#include "go/arith.hpp"
#include "go/array.hpp"
#include "go/func.hpp"
#include "go/map_type.hpp"
#include "go/panic.hpp"
#include "go/slice.hpp"
#include "go/typedesc.hpp"

namespace go {

using type_fn = const type_desc& (*)();

// The descriptor of a generic type (the emitter's List_type<T, T_type>())
// is built on first use, possibly by goroutines on several threads at
// once. The build holds one process-wide recursive lock: recursive because
// a recursive type asks for its own descriptor while building it (and gets
// it half-built, which is enough for the pointers it keeps), one lock so
// that two descriptors that need each other cannot deadlock. `ready` lets
// every later call skip the lock:
//
//   static go::type_desc t;
//   static go::lazy_type_desc made;
//   if (made.ready.load(std::memory_order_acquire)) return t;
//   std::lock_guard lock(go::lazy_desc_mutex());
//   if (made.started) return t;     // built meanwhile, or being built by us
//   made.started = true;
//   go::lazy_desc_build build(made);
//   static const std::string name = ...;  t.name = name;
//   ... t = {...};
//   build.later(+[] { ... t.methods = methods; });
//
// Method signatures spell other types by their descriptors' names, and
// types that mention each other (List[T]'s method takes a Func[Nil[T]],
// whose method takes a List[T]) would read a name not yet set: so a
// descriptor sets its name first, and the parts that read other names run
// `later`, when the outermost build ends (lazy_desc_build's destructor),
// which then marks every descriptor of the build ready.
//
// No goroutine parks while building one, so the thread-owned lock is safe
// under fibers.
struct lazy_type_desc {
  std::atomic<bool> ready{false};
  bool started = false;  // under lazy_desc_mutex()
};
std::recursive_mutex& lazy_desc_mutex();

// One descriptor's build, under lazy_desc_mutex().
class lazy_desc_build {
 public:
  explicit lazy_desc_build(lazy_type_desc& made);
  lazy_desc_build(const lazy_desc_build&) = delete;
  lazy_desc_build& operator=(const lazy_desc_build&) = delete;
  ~lazy_desc_build();
  void later(void (*fill)());
};

// The type_fn of a descriptor the emitter printed (or a predeclared one).
template <const type_desc& D>
const type_desc& desc() {
  return D;
}

namespace detail {
// A copy of proto named name (kept alive with it), marked as a defined
// type when named.
const type_desc* make_generic_type(const type_desc& proto, std::string name, bool named);
}  // namespace detail

// Each of these asks for its parts' descriptors before its own static: a
// part may be a generic named type under construction that asks for this
// very type (type L[T any] []L[T], reached through []L[T] first), and a
// static initialization entered again on its own thread never returns.
template <class E, type_fn E_type>
const type_desc& pointer_type_of() {
  E_type();
  static const type_desc* t = detail::make_generic_type(
      {.k = kind::pointer, .size = sizeof(E*), .elem = &E_type()}, "*" + std::string(E_type().name), false);
  return *t;
}

template <class E, type_fn E_type>
const type_desc& slice_type_of() {
  E_type();
  static const type_desc* t = detail::make_generic_type(
      {.k = kind::slice, .size = sizeof(slice<E>), .comparable = false, .elem = &E_type()},
      "[]" + std::string(E_type().name), false);
  return *t;
}

template <class E, int_ N, type_fn E_type>
const type_desc& array_type_of() {
  E_type();
  static const type_desc* t = detail::make_generic_type(
      {.k = kind::array, .size = sizeof(array<E, N>), .comparable = E_type().comparable, .elem = &E_type(), .len = N},
      "[" + std::to_string(N) + "]" + std::string(E_type().name), false);
  return *t;
}

template <class K, class V, type_fn K_type, type_fn V_type>
const type_desc& map_type_of() {
  K_type();
  V_type();
  static const type_desc* t = detail::make_generic_type(
      {.k = kind::map, .size = sizeof(map<K, V>), .comparable = false, .elem = &V_type(), .key = &K_type(),
       .maps = &map_ops_of<K, V>},
      "map[" + std::string(K_type().name) + "]" + std::string(V_type().name), false);
  return *t;
}

// chan E (Dir 0), chan<- E (1) or <-chan E (2).
template <class E, type_fn E_type, int Dir>
const type_desc& chan_type_of() {
  E_type();
  static const type_desc* t = detail::make_generic_type(
      {.k = kind::chan, .size = sizeof(void*), .elem = &E_type(), .align = alignof(void*),
       .chandir = static_cast<uint8>(Dir == 0 ? 3 : Dir == 1 ? 2 : 1)},  // (reflect's ChanDir)
      std::string(Dir == 0 ? "chan " : Dir == 1 ? "chan<- " : "<-chan ") + std::string(E_type().name), false);
  return *t;
}

// Whether a struct of these fields is comparable (its == compiles to C++'s
// defaulted one either way; this is what interfaces and maps check).
inline bool fields_comparable(const field_desc* fields, int_ n) {
  for (int_ i = 0; i < n; i++)
    if (!fields[i].type->comparable) return false;
  return true;
}

// a / b where the type parameter allows integers and floats alike: Go's
// integer division (panicking on zero) or the float one.
template <class T>
T div_any(T a, std::type_identity_t<T> b) {
  if constexpr (std::is_integral_v<T>) return div(a, b);
  else return a / b;
}

// The descriptor of a func type that mentions type parameters, by its
// name ("func(int) string"), which generic code spells at run time; F is
// its go::func, in and out its parameter and result types.
namespace detail {
const type_desc& func_type_named(const std::string& name, std::initializer_list<const type_desc*> in,
                                 std::initializer_list<const type_desc*> out, bool variadic,
                                 void (*call)(const void*, void* const*, void* const*),
                                 void (*bind_method)(void*, void*, void*),
                                 void (*make_func)(void (*)(void*, void* const*, void* const*), void*, void*),
                                 const void* (*code)(const void*));
}  // namespace detail
template <class F>
const type_desc& func_type_of(const std::string& name, std::initializer_list<const type_desc*> in,
                              std::initializer_list<const type_desc*> out, bool variadic) {
  return detail::func_type_named(name, in, out, variadic, &call_func<F>, &bind_method<F>, &make_func<F>,
                                 &func_code<F>);
}

// The type_fn of a func type that mentions type parameters, where one is a
// template argument (type Src[T any] []func() Src[T] holds one): In and
// Out list its parameters' and results' type_fns. Its name is gc's,
// "func(int, ...string) (bool, error)", from theirs.
template <type_fn... A>
struct type_fns {};
template <class F, bool Variadic, class In, class Out>
struct func_type_fn;
template <class F, bool Variadic, type_fn... In, type_fn... Out>
struct func_type_fn<F, Variadic, type_fns<In...>, type_fns<Out...>> {
  static const type_desc& get() {
    (void(In()), ...);  // first, as slice_type_of's part
    (void(Out()), ...);
    static const type_desc& t = func_type_of<F>(name(), {&In()...}, {&Out()...}, Variadic);
    return t;
  }

 private:
  static std::string name() {
    std::initializer_list<const type_desc*> in{&In()...}, out{&Out()...};
    std::string s = "func(";
    std::size_t i = 0;
    for (const type_desc* t : in) {
      std::string n(t->name);
      if (Variadic && ++i == in.size()) n = "..." + n.substr(2);  // the last, []E, is ...E
      s += (s.size() > 5 ? ", " : "") + n;
    }
    s += ")";
    std::string results;
    for (const type_desc* t : out) results += (results.empty() ? "" : ", ") + std::string(t->name);
    if (out.size() > 1) results = "(" + results + ")";
    return results.empty() ? s : s + " " + results;
  }
};

// The type arguments of an instantiated generic type as gc prints them:
// "int,string" (between the brackets of main.Pair[int,string]).
template <type_fn... A>
std::string type_args_name() {
  std::string s;
  ((s += (s.empty() ? "" : ",") + std::string(A().name)), ...);
  return s;
}

// T(c) for a constant c where T's type set holds complex types: both
// parts for a complex T, the real part converted for any other.
template <class T>
T number_of(float64 re, float64 im) {
  if constexpr (is_complex_v<T>) return T(static_cast<decltype(T{}.re)>(re), static_cast<decltype(T{}.re)>(im));
  else return static_cast<T>(re);
}

// Type switches and assertions naming a type parameter T: an interface
// type argument asks whether x's dynamic type implements it, any other
// whether it is that type. (is_interface_value is iface.hpp's.)

template <class T, class X>
bool is_type_param(const X& x, const type_desc& t) {
  if constexpr (is_interface_value<T>) return implements(x, t);
  else return is_type(x, t);
}

// The value a type switch binds in a clause `case T` (x is known to match).
template <class T, class X>
T type_param_value(const X& x) {
  if constexpr (std::is_same_v<T, any>) return to_any(x);
  else if constexpr (is_interface_value<T>) return T(to_any(x));
  else return unbox<T>(to_any(x));
}

template <class T, class X>
T assert_type_param(const X& x, const type_desc& want, const type_desc& src) {
  if constexpr (is_interface_value<T>) return assert_iface<T>(x, want);
  else return assert_type<T>(x, want, src);
}

template <class T, class X>
std::tuple<T, bool> assert_type_param_ok(const X& x, const type_desc& want) {
  if constexpr (is_interface_value<T>) return assert_iface_ok<T>(x, want);
  else return assert_type_ok<T>(x, want);
}

// Operands whose type parameter has no core type (~string | ~[]byte, or
// integers and strings): the operation follows the type argument.
// append(s, x...):
template <class E, class X>
slice<E> append_spread(slice<E> s, const X& x) {
  if constexpr (std::is_same_v<X, string>) return append_string(s, x);
  else return append_slice(s, x);
}
// string(x):
template <class X>
string to_string_of(const X& x) {
  if constexpr (std::is_same_v<X, string>) return x;
  else if constexpr (std::is_same_v<X, slice<byte>>) return bytes_to_string(x);
  else if constexpr (std::is_same_v<X, slice<rune>>) return runes_to_string(x);
  else return rune_to_string(int64(x));
}

namespace detail {
[[noreturn]] void panic_missing_method(const type_desc& t, std::string_view name);
}  // namespace detail

// x.M(args) where x's type is a type parameter whose descriptor is t: the
// method M of t's method table, called with x as its data word (the pointer
// itself for pointer-shaped types, a pointer to x otherwise). F is the
// method's C++ function type without the receiver, R(A...). When the type
// argument is an interface type, x is an interface value and the method is
// its dynamic type's (a nil x panics as a call through a nil interface).
template <class F>
struct method_call;
template <class R, class... A>
struct method_call<R(A...)> {
  // key: the method's name, and for an unexported one a space and its
  // package's path ("less main").
  template <class T>
  static R call(const type_desc& t, std::string_view key, const T& x, A... a) {
    std::size_t space = key.find(' ');
    std::string_view name = key.substr(0, space);
    std::string_view pkgpath = space == std::string_view::npos ? std::string_view{} : key.substr(space + 1);
    if constexpr (is_interface_value<T>) {
      const any dynamic(x);
      if (dynamic.type == nullptr) [[unlikely]] panic_nil_deref();
      const method_desc* m = dynamic.type->find_method(name, pkgpath);
      if (m == nullptr) [[unlikely]] detail::panic_missing_method(*dynamic.type, name);
      return reinterpret_cast<R (*)(void*, A...)>(m->fn)(dynamic.data, a...);
    }
    const method_desc* m = t.find_method(name, pkgpath);
    if (m == nullptr) [[unlikely]] detail::panic_missing_method(t, name);
    void* data = t.pointer_shaped() ? *reinterpret_cast<void* const*>(&x) : const_cast<T*>(&x);
    return reinterpret_cast<R (*)(void*, A...)>(m->fn)(data, a...);
  }
};

}  // namespace go
