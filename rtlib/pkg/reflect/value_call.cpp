// This file implements the natives of reflect's func values (natives.go,
// value_call.go): calling a func value through its type's descriptor,
// binding a method to its receiver, method expressions, the func values
// MakeFunc makes, and the code address Value.Pointer reports.
//
// A func type's descriptor carries these operations as instances of
// go/func.hpp's templates over the type (call_func, bind_method,
// make_func, func_code): only they know the C++ signature.
#include <cstring>

#include "reflect/reflect.hpp"

namespace reflect {

namespace {

// The impl of a MakeFunc func value: the Go function that unpacks the
// arguments, calls the user's function and stores the results.
using impl_func = go::func<void(go::slice<go::unsafe_pointer>, go::slice<go::unsafe_pointer>)>;

struct made_func {
  const go::type_desc* type;
  impl_func impl;
};

// The handler every MakeFunc func value calls with its arguments' and
// results' addresses.
void call_made_func(void* ctx, void* const* args, void* const* results) {
  auto* m = static_cast<made_func*>(ctx);
  go::slice<go::unsafe_pointer> in{const_cast<void**>(args), m->type->nin, m->type->nin};
  go::slice<go::unsafe_pointer> out{const_cast<void**>(results), m->type->nout, m->type->nout};
  m->impl(in, out);
}

const go::type_desc& func_desc_of(rtype* t, const char* what) {
  const go::type_desc* d = desc(t);
  if (d->call == nullptr || d->make_func == nullptr || d->code == nullptr)
    go::panic(go::make_string("go2cpp does not support " + std::string(what) + " of the func type " + std::string(d->name) +
                              " yet"));
  return *d;
}

}  // namespace

void callFunc(rtype* t, go::unsafe_pointer fn, go::slice<go::unsafe_pointer> args, go::slice<go::unsafe_pointer> results) {
  func_desc_of(t, "reflect.Value.Call").call(fn, args.ptr, results.ptr);
}

go::unsafe_pointer bindMethod(rtype* t, go::unsafe_pointer recv, go::int_ i) {
  const go::type_desc* d = desc(t);
  const go::method_desc& m = d->methods[i];
  // The data word of an interface holding the receiver: the pointer itself,
  // or a copy of the value (a method value copies its receiver).
  void* data = *static_cast<void**>(recv);
  if (!d->pointer_shaped()) {
    data = go::alloc(d->size ? d->size : 1);
    std::memcpy(data, recv, d->size);
  }
  void* out = go::alloc(m.type->size);
  m.type->bind_method(m.fn, data, out);
  return out;
}

go::unsafe_pointer methodFunc(rtype* t, go::int_ i) {
  const go::method_desc& m = desc(t)->methods[i];
  void* out = go::alloc(m.func_type->size);
  m.method_expr(out);
  return out;
}

go::unsafe_pointer makeFunc(rtype* t, impl_func impl) {
  const go::type_desc& d = func_desc_of(t, "reflect.MakeFunc");
  auto* ctx = go::new_<made_func>(made_func{&d, impl});
  void* out = go::alloc(d.size);
  d.make_func(&call_made_func, ctx, out);
  return out;
}

go::uintptr funcCode(rtype* t, go::unsafe_pointer fn) {
  return reinterpret_cast<go::uintptr>(func_desc_of(t, "reflect.Value.Pointer").code(fn));
}

}  // namespace reflect
