// This file implements the natives of reflect.Value (natives.go): moving
// values between interfaces and memory, allocating, copying, comparing,
// and the map operations through a map descriptor's map_ops.
//
// A Value always holds the address of its bits. An interface holds a
// pointer-shaped value (pointer, map, chan, unsafe.Pointer) in its
// data word itself, so unpacking one gives a fresh word holding it, and
// packing reads the word back.
#include <cstring>

#include "go/map_type.hpp"
#include "reflect/reflect.hpp"

namespace reflect {

namespace {

const go::map_ops& map_ops_of(rtype* t) {
  const go::type_desc* d = desc(t);
  if (d->maps == nullptr || d->maps->make == nullptr)
    go::panic(go::make_string("go2cpp does not support this map type in package reflect yet"));
  return *d->maps;
}

// The map word stored at m.
const void* map_word(go::unsafe_pointer m) { return *static_cast<void* const*>(m); }

// A copy of the value of type t at p, in collected memory.
go::unsafe_pointer copy_of(const go::type_desc* t, const void* p) {
  void* q = go::alloc(t->size ? t->size : 1);
  std::memcpy(q, p, t->size);
  return q;
}

}  // namespace

std::tuple<rtype*, go::unsafe_pointer> unpackEface(go::any i) {
  if (i.type == nullptr) return {nullptr, nullptr};
  if (i.type->pointer_shaped()) {
    auto* word = static_cast<void**>(go::alloc(sizeof(void*)));
    *word = i.data;
    return {rtype_of(i.type), word};
  }
  return {rtype_of(i.type), i.data};
}

go::any packEface(rtype* t, go::unsafe_pointer p) {
  const go::type_desc* d = desc(t);
  if (d->pointer_shaped()) return go::any(d, *static_cast<void**>(p));
  return go::any(d, copy_of(d, p));
}

go::any loadInterface(rtype* t, go::unsafe_pointer p) { return go::interface_at(desc(t), p); }

void storeInterface(rtype* t, go::unsafe_pointer p, go::any x) {
  const go::type_desc* d = desc(t);
  if (d->is_empty_interface()) {
    *static_cast<go::any*>(p) = x;
    return;
  }
  auto* i = static_cast<go::iface*>(p);
  if (x.type == nullptr) {
    *i = go::iface();
    return;
  }
  // (go::iface's members are protected only for its dynamic calls.)
  struct raw {
    const go::itab* tab;
    void* data;
  };
  static_assert(sizeof(raw) == sizeof(go::iface));
  raw r{go::get_itab(d, x.type, false), x.data};
  std::memcpy(static_cast<void*>(i), &r, sizeof r);
}

go::unsafe_pointer unsafe_New(rtype* t) {
  std::size_t n = desc(t)->size;
  return go::alloc(n ? n : 1);
}

go::unsafe_pointer unsafe_NewArray(rtype* t, go::int_ n) {
  std::size_t bytes = desc(t)->size * static_cast<std::size_t>(n);
  return go::alloc(bytes ? bytes : 1);
}

void typedmemmove(rtype* t, go::unsafe_pointer dst, go::unsafe_pointer src, go::int_ n) {
  if (n > 0 && dst != src) std::memmove(dst, src, desc(t)->size * static_cast<std::size_t>(n));
}

bool valuesEqual(rtype* t, go::unsafe_pointer a, go::unsafe_pointer b) { return go::equal_values(desc(t), a, b); }

go::int_ growCap(rtype* t, go::int_ oldCap, go::int_ needed) { return go::grow_capacity(oldCap, needed, desc(t)->size); }

go::unsafe_pointer makemap(rtype* t, go::int_ n) { return map_ops_of(t).make(n); }

go::int_ maplen(rtype* t, go::unsafe_pointer m) {
  const void* w = map_word(m);
  return w ? map_ops_of(t).len(w) : 0;
}

go::unsafe_pointer mapaccess(rtype* t, go::unsafe_pointer m, go::unsafe_pointer key) {
  const void* w = map_word(m);
  if (w == nullptr) return nullptr;
  return const_cast<void*>(map_ops_of(t).lookup(w, key));
}

void mapassign(rtype* t, go::unsafe_pointer m, go::unsafe_pointer key, go::unsafe_pointer elem) {
  map_ops_of(t).assign(map_word(m), key, elem);
}

void mapdelete(rtype* t, go::unsafe_pointer m, go::unsafe_pointer key) {
  const void* w = map_word(m);
  if (w != nullptr) map_ops_of(t).erase(w, key);
}

std::tuple<go::slice<go::unsafe_pointer>, go::slice<go::unsafe_pointer>> mapentries(rtype* t, go::unsafe_pointer m) {
  const void* w = map_word(m);
  if (w == nullptr) return {};
  const go::map_ops& ops = map_ops_of(t);
  go::int_ n = ops.len(w);
  struct collect {
    const go::type_desc* key;
    const go::type_desc* elem;
    go::slice<go::unsafe_pointer> keys, elems;
  } c{desc(t)->key, desc(t)->elem, go::make_slice<go::unsafe_pointer>(0, n), go::make_slice<go::unsafe_pointer>(0, n)};
  ops.each(w, &c, [](void* ctx, const void* k, const void* e) {
    auto* c = static_cast<collect*>(ctx);
    c->keys = go::append(c->keys, copy_of(c->key, k));
    c->elems = go::append(c->elems, copy_of(c->elem, e));
  });
  return {c.keys, c.elems};
}

}  // namespace reflect
