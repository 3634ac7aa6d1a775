// This file implements what type descriptors need from maps: the map_ops
// of a go::map<K, V> (how fmt counts and visits the entries of a map held
// in an interface), and go::type_of for map types built from predeclared
// ones, so that native code such as fmt's templates can box a map.
//
// The emitter names the ops in the descriptors it prints for map types:
//   .maps = &go::map_ops_of<go::string, go::int_>
#pragma once

#include <string>

#include "go/map.hpp"
#include "go/type_of.hpp"
#include "go/typedesc.hpp"

namespace go {

template <class K, class V>
class map_entries {
 public:
  // The descriptor's view of a map value: the map_header pointer that a
  // go::map<K, V> holds (what sits in an interface's data word).
  static map<K, V> from(const void* m) {
    map<K, V> v;
    std::memcpy(static_cast<void*>(&v), &m, sizeof m);
    return v;
  }
  static int_ len(const void* m) { return from(m).size(); }
  static void each(const void* m, void* ctx, void (*visit)(void* ctx, const void* key, const void* elem)) {
    for (auto it = iterate(from(m)); it.next();) visit(ctx, &it.key(), &it.value());
  }
  static void* make(int_ hint) {
    map<K, V> v = map<K, V>::make(hint);
    void* word;
    std::memcpy(&word, static_cast<const void*>(&v), sizeof word);
    return word;
  }
  static const void* lookup(const void* m, const void* key) { return from(m).find_value(*static_cast<const K*>(key)); }
  static void assign(const void* m, const void* key, const void* elem) {
    from(m)[*static_cast<const K*>(key)] = *static_cast<const V*>(elem);
  }
  static void erase(const void* m, const void* key) { from(m).erase(*static_cast<const K*>(key)); }
};

template <class K, class V>
inline const map_ops map_ops_of{&map_entries<K, V>::len,    &map_entries<K, V>::each,   &map_entries<K, V>::make,
                                &map_entries<K, V>::lookup, &map_entries<K, V>::assign, &map_entries<K, V>::erase};

static_assert(sizeof(map<int_, int_>) == sizeof(void*), "a map value is one pointer");

namespace detail {
template <class K, class V>
struct type_of_impl<map<K, V>> {
  static const type_desc* make() {
    const type_desc& k = type_of<K>();
    const type_desc& v = type_of<V>();
    auto* name = new std::string("map[" + std::string(k.name) + "]" + std::string(v.name));
    auto* t = new type_desc;
    t->k = kind::map;
    t->name = *name;
    t->size = sizeof(map<K, V>);
    t->comparable = false;
    t->key = &k;
    t->elem = &v;
    t->maps = &map_ops_of<K, V>;
    return t;
  }
};
}  // namespace detail

}  // namespace go
