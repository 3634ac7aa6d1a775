// This file implements Go maps for emitted code:
//
//   map[K]V                 go::map<K, V>           (nil when default-constructed)
//   make(map[K]V, n)        go::make_map<K, V>(n)
//   map[K]V{k: v, ...}      go::map<K, V>{{k, v}, ...}
//   m[k] (a value)          m.get(k)
//   v, ok := m[k]           std::tie(v, ok) = m.get_ok(k)
//   m[k] = v, m[k] += v     m[k] = v, m[k] += v   (inserts k first if absent)
//   delete(m, k), len(m)    go::delete_(m, k), go::len(m)
//   for k, v := range m     for (auto it = go::iterate(m); it.next();) { K k = it.key(); V v = it.value(); ... }
//
// A map value is a pointer to a map_header (count, hash seed, table), so
// copies share the map and the nil map is a null pointer: reading it gives
// zero values, len 0, ranging over it does nothing, delete is a no-op and
// assigning to it panics with gc's "assignment to entry in nil map".
//
// The table is open addressing over groups of 8 slots, with one control
// byte per slot (empty, deleted, or 7 bits of the key's hash), probed a
// group at a time with word-wide comparisons: the layout of Go 1.24's swiss
// tables, with Go 1.19's semantics. Deleting leaves a tombstone (or an empty
// slot when its group never filled up), so entries never move inside a
// table. Growth builds a new table (double the size, or the same size when
// tombstones fill it) and never touches the old one again.
//
// That is what makes ranging safe, as runtime/map.go's iterator is: an
// iteration walks the slots of the table it started on, from a random slot
// onwards. While that table is still the map's, a deleted entry's slot is
// no longer full and is skipped, and an inserted entry lands in a slot that
// is either ahead (produced) or behind (not produced), never both. Once the
// map has grown, the old table is frozen: each of its keys is looked up in
// the map, so deleted keys are skipped and values are current, and no key
// comes twice. Keys that equal nothing (NaN) cannot be looked up and are
// produced from the old table, as gc does.
//
// All memory comes from the collector (go/memory.hpp): the slots are
// scanned unless neither K nor V holds pointers, so keys and values keep
// their objects alive; deleting clears a slot for the same reason.
#pragma once

#include <bit>
#include <cstring>
#include <initializer_list>
#include <new>
#include <tuple>
#include <type_traits>

#include "go/map_hash.hpp"
#include "go/memory.hpp"
#include "go/panic.hpp"
#include "go/types.hpp"

namespace go {

[[noreturn]] void panic_nil_map_assignment();  // "assignment to entry in nil map"

namespace detail {

// Control bytes: a full slot holds the low 7 bits of its key's hash.
inline constexpr uint8 slot_empty = 0x80;
inline constexpr uint8 slot_deleted = 0xFE;
inline constexpr int_ group_size = 8;
inline constexpr uint64 bytes_lsb = 0x0101010101010101ull;
inline constexpr uint64 bytes_msb = 0x8080808080808080ull;

inline bool slot_is_full(uint8 c) { return c < 0x80; }

inline uint64 load_group(const uint8* ctrl) {
  uint64 g;
  std::memcpy(&g, ctrl, 8);
  return g;
}
// One bit (the byte's top bit) per control byte equal to h2; may rarely
// report a false match next to a true one, so callers check the byte.
inline uint64 group_match(uint64 g, uint8 h2) {
  uint64 x = g ^ (bytes_lsb * h2);
  return (x - bytes_lsb) & ~x & bytes_msb;
}
// Bits of the empty bytes (0x80), not the deleted ones (0xFE).
inline uint64 group_match_empty(uint64 g) { return g & ~(g << 6) & bytes_msb; }
// Bits of the empty or deleted bytes.
inline uint64 group_match_free(uint64 g) { return g & bytes_msb; }
inline int_ first_byte(uint64 bits) { return std::countr_zero(bits) >> 3; }

// The number of slots for a table meant to hold n entries of slot_size
// bytes (a power of two, at least one group), or 0 for a hint too large to
// allocate, which gc ignores; and how many may fill it: 7/8 of the slots.
int_ map_capacity_for(int_ n, std::size_t slot_size);
inline int_ map_max_load(int_ capacity) { return capacity - capacity / 8; }

template <class K, class V>
struct map_slot {
  K key;
  V value;
};

template <class K, class V>
struct map_table {
  int_ capacity;     // slots, a power of two >= group_size
  int_ growth_left;  // empty slots that may still be filled before a rehash
  uint8* ctrl;       // capacity bytes
  map_slot<K, V>* slots;
};

template <class K, class V>
struct map_header {
  int_ count;
  uintptr seed;
  map_table<K, V>* table;  // null until the first insertion
};

}  // namespace detail

template <class K, class V>
struct has_no_pointers<detail::map_slot<K, V>>
    : std::bool_constant<has_no_pointers<K>::value && has_no_pointers<V>::value> {};

template <class K, class V>
class map_iterator;

template <class K, class V>
class map {
  using header = detail::map_header<K, V>;
  using table = detail::map_table<K, V>;
  using slot = detail::map_slot<K, V>;

 public:
  // A map literal's entries, in source order (a later duplicate wins).
  struct entry {
    K key;
    V value;
  };

  map() = default;
  map(std::nullptr_t) {}
  map(std::initializer_list<entry> entries) : h_(new_header(static_cast<int_>(entries.size()))) {
    for (const entry& e : entries) (*this)[e.key] = e.value;
  }
  static map make(int_ hint) { return map(new_header(hint)); }

  // m[k] read as a value: the zero value when k is absent.
  V get(const K& k) const {
    const slot* s = find(k);
    return s ? s->value : V{};
  }
  // v, ok := m[k]
  std::tuple<V, bool> get_ok(const K& k) const {
    const slot* s = find(k);
    if (!s) return {V{}, false};
    return {s->value, true};
  }
  // The address of k's value, nullptr when absent (package reflect's
  // MapIndex); good until the next insertion.
  const V* find_value(const K& k) const {
    const slot* s = find(k);
    return s ? &s->value : nullptr;
  }
  // m[k] as the target of an assignment: k's value, inserted as the zero
  // value when absent. The reference is good until the next insertion.
  V& operator[](const K& k) const {
    if (!h_) [[unlikely]] panic_nil_map_assignment();
    return insert(k)->value;
  }
  // delete(m, k)
  void erase(const K& k) const;
  // Empties the map in place, NaN keys included (gc's mapclear): a loop
  // ranging over it sees no more entries.
  void clear() const;

  int_ size() const { return h_ ? h_->count : 0; }
  bool is_nil() const { return h_ == nullptr; }
  // The runtime object's address (print and %p show it).
  const void* pointer() const { return h_; }
  friend bool operator==(const map& m, std::nullptr_t) { return m.h_ == nullptr; }

 private:
  friend class map_iterator<K, V>;
  explicit map(header* h) : h_(h) {}

  static header* new_header(int_ hint);
  static table* new_table(int_ capacity);
  static uintptr hash(const K& k, uintptr seed) { return hash_of(k, seed); }
  slot* find(const K& k) const;
  slot* insert(const K& k) const;
  // Moves every entry into a new table of the given capacity.
  void rehash(int_ capacity) const;
  // A free slot for a key known to be absent (there always is one).
  static int_ free_slot(const table* t, uintptr h);

  header* h_ = nullptr;
};

template <class K, class V>
map<K, V> make_map(int_ hint = 0) {
  return map<K, V>::make(hint);
}

template <class K, class V>
inline int_ len(const map<K, V>& m) {
  return m.size();
}
template <class K, class V>
inline bool is_nil(const map<K, V>& m) {
  return m.is_nil();
}
// The key converts to K (delete(m, "a") with K = go::string).
template <class K, class V>
inline void delete_(const map<K, V>& m, const std::type_identity_t<K>& k) {
  m.erase(k);
}
// for k := range m { delete(m, k) }
template <class K, class V>
inline void clear(const map<K, V>& m) {
  m.clear();
}

// One range loop over a map (see the top of this file).
template <class K, class V>
class map_iterator {
 public:
  explicit map_iterator(const map<K, V>& m) : h_(m.h_), t_(m.h_ ? m.h_->table : nullptr) {
    if (t_) start_ = static_cast<int_>(detail::fast_random() & static_cast<uint64>(t_->capacity - 1));
  }
  // Advances to the next entry; false when the iteration is over.
  bool next() {
    if (!t_) return false;
    while (++visited_ < t_->capacity) {
      int_ i = (start_ + visited_) & (t_->capacity - 1);
      if (!detail::slot_is_full(t_->ctrl[i])) continue;
      detail::map_slot<K, V>* s = &t_->slots[i];
      key_ = &s->key;
      value_ = &s->value;
      if (t_ == h_->table) return true;
      // The map has grown since this loop started: produce the key only if
      // the map still holds it, with its current value.
      if (!keys_equal(s->key, s->key)) return true;
      const detail::map_slot<K, V>* now = map<K, V>(h_).find(s->key);
      if (!now) continue;
      value_ = &now->value;
      return true;
    }
    return false;
  }
  const K& key() const { return *key_; }
  const V& value() const { return *value_; }

 private:
  detail::map_header<K, V>* h_;
  detail::map_table<K, V>* t_;
  int_ start_ = 0;
  int_ visited_ = -1;
  const K* key_ = nullptr;
  const V* value_ = nullptr;
};

template <class K, class V>
inline map_iterator<K, V> iterate(const map<K, V>& m) {
  return map_iterator<K, V>(m);
}

// ---- the table

template <class K, class V>
typename map<K, V>::header* map<K, V>::new_header(int_ hint) {
  header* h = new_<header>();
  h->seed = detail::fast_random();
  int_ capacity = hint > 0 ? detail::map_capacity_for(hint, sizeof(slot)) : 0;
  if (capacity > 0) h->table = new_table(capacity);
  return h;
}

template <class K, class V>
typename map<K, V>::table* map<K, V>::new_table(int_ capacity) {
  table* t = new_<table>();
  t->capacity = capacity;
  t->growth_left = detail::map_max_load(capacity);
  t->ctrl = static_cast<uint8*>(alloc_atomic(static_cast<std::size_t>(capacity)));
  std::memset(t->ctrl, detail::slot_empty, static_cast<std::size_t>(capacity));
  t->slots = static_cast<slot*>(alloc_for<slot>(static_cast<std::size_t>(capacity)));
  if constexpr (!std::is_trivially_default_constructible_v<slot>) {
    for (int_ i = 0; i < capacity; i++) ::new (&t->slots[i]) slot();
  }
  return t;
}

template <class K, class V>
typename map<K, V>::slot* map<K, V>::find(const K& k) const {
  if (!h_ || h_->count == 0) {
    // gc hashes a key whose hash may panic even when the map is empty
    // (m[[]int{}] on a map[any]int panics; Go issue 23734).
    if constexpr (std::is_same_v<K, any> || std::is_base_of_v<iface, K>) static_cast<void>(hash(k, 0));
    return nullptr;
  }
  const table* t = h_->table;
  uintptr h = hash(k, h_->seed);
  uint8 h2 = static_cast<uint8>(h & 0x7F);
  int_ groups_mask = t->capacity / detail::group_size - 1;
  int_ g = static_cast<int_>(h >> 7) & groups_mask;
  for (int_ step = 1;; step++) {
    const uint8* ctrl = t->ctrl + g * detail::group_size;
    uint64 group = detail::load_group(ctrl);
    for (uint64 bits = detail::group_match(group, h2); bits != 0; bits &= bits - 1) {
      int_ i = detail::first_byte(bits);
      slot* s = &t->slots[g * detail::group_size + i];
      if (ctrl[i] == h2 && keys_equal(s->key, k)) [[likely]] return s;
    }
    if (detail::group_match_empty(group) != 0) return nullptr;
    g = (g + step) & groups_mask;  // triangular probing visits every group
  }
}

template <class K, class V>
int_ map<K, V>::free_slot(const table* t, uintptr h) {
  int_ groups_mask = t->capacity / detail::group_size - 1;
  int_ g = static_cast<int_>(h >> 7) & groups_mask;
  for (int_ step = 1;; step++) {
    uint64 free = detail::group_match_free(detail::load_group(t->ctrl + g * detail::group_size));
    if (free != 0) return g * detail::group_size + detail::first_byte(free);
    g = (g + step) & groups_mask;
  }
}

template <class K, class V>
typename map<K, V>::slot* map<K, V>::insert(const K& k) const {
  if (slot* s = find(k)) {
    // gc's mapassign stores the new key over an equal one: equal strings,
    // floats (+0 and -0) and interfaces may differ in what they hold, and
    // the old key's memory must not stay reachable through the map.
    s->key = k;
    return s;
  }
  if (!h_->table) h_->table = new_table(detail::group_size);
  uintptr h = hash(k, h_->seed);
  int_ i = free_slot(h_->table, h);
  if (h_->table->ctrl[i] == detail::slot_empty && h_->table->growth_left == 0) {
    // Full of entries or tombstones: a new table, the same size when most
    // of the load is tombstones, else twice the size.
    table* old = h_->table;
    bool mostly_tombstones = h_->count * 2 <= detail::map_max_load(old->capacity);
    rehash(mostly_tombstones ? old->capacity : old->capacity * 2);
    i = free_slot(h_->table, h);
  }
  table* t = h_->table;
  if (t->ctrl[i] == detail::slot_empty) t->growth_left--;
  t->ctrl[i] = static_cast<uint8>(h & 0x7F);
  slot* s = &t->slots[i];
  s->key = k;
  h_->count++;
  return s;
}

template <class K, class V>
void map<K, V>::rehash(int_ capacity) const {
  table* old = h_->table;
  table* t = new_table(capacity);
  for (int_ i = 0; i < old->capacity; i++) {
    if (!detail::slot_is_full(old->ctrl[i])) continue;
    const slot& from = old->slots[i];
    uintptr h = hash(from.key, h_->seed);
    int_ j = free_slot(t, h);
    t->ctrl[j] = static_cast<uint8>(h & 0x7F);
    t->slots[j] = from;
    t->growth_left--;
  }
  // The old table stays as it is: iterations that started on it go on.
  h_->table = t;
}

template <class K, class V>
void map<K, V>::erase(const K& k) const {
  slot* s = find(k);
  if (!s) return;
  table* t = h_->table;
  int_ i = s - t->slots;
  int_ g = i / detail::group_size * detail::group_size;
  // A group that still has an empty slot never stopped a probe sequence,
  // so the slot may become empty again; otherwise it must stay a tombstone
  // for the keys placed beyond it.
  bool group_never_filled = detail::group_match_empty(detail::load_group(t->ctrl + g)) != 0;
  if (group_never_filled) {
    t->ctrl[i] = detail::slot_empty;
    t->growth_left++;
  } else {
    t->ctrl[i] = detail::slot_deleted;
  }
  // Drop the references the slot held.
  s->key = K{};
  s->value = V{};
  h_->count--;
}

template <class K, class V>
void map<K, V>::clear() const {
  if (!h_ || !h_->table || h_->count == 0) return;
  table* t = h_->table;
  std::memset(t->ctrl, detail::slot_empty, static_cast<std::size_t>(t->capacity));
  for (int_ i = 0; i < t->capacity; i++) t->slots[i] = slot{};
  t->growth_left = detail::map_max_load(t->capacity);
  h_->count = 0;
}

}  // namespace go
