// This file implements the natives of reflect.Type (natives.go): one
// *rtype per type, and what a type descriptor says in reflect's terms.
//
// Packages print their own copies of the descriptors they use (see
// go::same_type), so rtype_of first finds the canonical descriptor of a
// type: the first one seen among those go::same_type calls identical.
// Types reflect makes at run time (PointerTo, SliceOf, MapOf of types no
// code of the program spells) are made here once, then found the same way.
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "go/map_type.hpp"
#include "go/type_of.hpp"
#include "reflect/reflect.hpp"

namespace reflect {

namespace {

std::mutex types_mu;
// Descriptors by gc's type string, then the *rtype of each canonical one.
std::unordered_map<std::string_view, std::vector<const go::type_desc*>> by_name;
std::unordered_map<const go::type_desc*, rtype*> rtypes;
// The descriptors made here (which lack the method tables the program's own
// have).
std::unordered_map<const go::type_desc*, bool> made_here;

rtype* rtype_locked(const go::type_desc* t) {
  if (auto it = rtypes.find(t); it != rtypes.end()) return it->second;
  std::vector<const go::type_desc*>& same_name = by_name[t->name];
  for (const go::type_desc*& c : same_name) {
    if (!go::same_type(c, t)) continue;
    rtype* r = rtypes.at(c);
    rtypes[t] = r;
    if (made_here.count(c) && !made_here.count(t)) {
      // The program's own descriptor of a type made here earlier: the
      // *rtype holds it from now on, for its methods.
      c = t;
      r->desc = const_cast<go::type_desc*>(t);
    }
    return r;
  }
  same_name.push_back(t);
  // Never freed, and outside the collected heap: the maps above are its
  // references, which the collector does not scan.
  rtype* r = new rtype{const_cast<go::type_desc*>(t)};
  rtypes[t] = r;
  return r;
}

// A descriptor made at run time, registered as such.
rtype* made_locked(const go::type_desc* t) {
  made_here[t] = true;
  return rtype_locked(t);
}

// A type known by name only: the program's descriptor when one was seen,
// else nullptr.
const go::type_desc* find_by_name(const std::string& name, go::kind k) {
  auto it = by_name.find(name);
  if (it == by_name.end()) return nullptr;
  for (const go::type_desc* c : it->second)
    if (c->k == k && !c->local) return c;
  return nullptr;
}

// reflect.Kind of a descriptor kind.
Kind kind_of(go::kind k) {
  switch (k) {
    case go::kind::invalid: return 0;
    case go::kind::bool_: return 1;
    case go::kind::int_: return 2;
    case go::kind::int8: return 3;
    case go::kind::int16: return 4;
    case go::kind::int32: return 5;
    case go::kind::int64: return 6;
    case go::kind::uint_: return 7;
    case go::kind::uint8: return 8;
    case go::kind::uint16: return 9;
    case go::kind::uint32: return 10;
    case go::kind::uint64: return 11;
    case go::kind::uintptr: return 12;
    case go::kind::float32: return 13;
    case go::kind::float64: return 14;
    case go::kind::complex64: return 15;
    case go::kind::complex128: return 16;
    case go::kind::array: return 17;
    case go::kind::chan: return 18;
    case go::kind::func: return 19;
    case go::kind::interface: return 20;
    case go::kind::map: return 21;
    case go::kind::pointer: return 22;
    case go::kind::slice: return 23;
    case go::kind::string: return 24;
    case go::kind::struct_: return 25;
    case go::kind::unsafe_pointer: return 26;
  }
  return 0;
}

go::string view(std::string_view s) { return go::string(s.data(), static_cast<go::int_>(s.size())); }

}  // namespace

rtype* rtype_of(const go::type_desc* t) {
  if (t == nullptr) return nullptr;
  std::lock_guard lock(types_mu);
  return rtype_locked(t);
}

rtype* typeOf(go::any i) { return rtype_of(i.type); }

Kind descKind(rtype* t) { return kind_of(desc(t)->k); }
go::string descString(rtype* t) { return view(desc(t)->name); }
go::string descPkgPath(rtype* t) { return view(desc(t)->pkgpath); }
bool descNamed(rtype* t) { return desc(t)->named; }
go::uintptr descSize(rtype* t) { return desc(t)->size; }
go::int_ descAlign(rtype* t) { return static_cast<go::int_>(desc(t)->align); }
bool descComparable(rtype* t) { return desc(t)->comparable; }
go::int_ descChanDir(rtype* t) { return desc(t)->chandir; }
rtype* descElem(rtype* t) { return rtype_of(desc(t)->elem); }
rtype* descKey(rtype* t) { return rtype_of(desc(t)->key); }
go::int_ descLen(rtype* t) { return desc(t)->len; }
go::int_ descNumField(rtype* t) { return desc(t)->nfields; }

std::tuple<go::string, rtype*, go::string, go::uintptr, bool> descField(rtype* t, go::int_ i) {
  const go::field_desc& f = desc(t)->fields[i];
  return {view(f.name), rtype_of(f.type), view(f.tag), f.offset, f.embedded};
}

go::int_ descNumMethod(rtype* t) {
  const go::type_desc* d = desc(t);
  return d->k == go::kind::interface ? d->nimethods : d->nmethods;
}

std::tuple<go::string, go::string> descMethod(rtype* t, go::int_ i) {
  const go::type_desc* d = desc(t);
  if (d->k == go::kind::interface) return {view(d->imethods[i].name), view(d->imethods[i].sig)};
  return {view(d->methods[i].name), view(d->methods[i].sig)};
}

bool descImplements(rtype* t, rtype* u) {
  const go::type_desc* d = desc(t);
  const go::type_desc* in = desc(u);
  if (d->k != go::kind::interface) return go::implements(d, *in);
  // An interface type implements u when it has every method of u (both
  // lists are sorted by name).
  go::int_ j = 0;
  for (go::int_ i = 0; i < in->nimethods; i++) {
    while (j < d->nimethods && d->imethods[j].name < in->imethods[i].name) j++;
    if (j == d->nimethods || d->imethods[j].name != in->imethods[i].name || d->imethods[j].sig != in->imethods[i].sig)
      return false;
  }
  return true;
}

bool descIdenticalMethods(rtype* t, rtype* u) {
  const go::type_desc* a = desc(t);
  const go::type_desc* b = desc(u);
  if (a->nimethods != b->nimethods) return false;
  for (go::int_ i = 0; i < a->nimethods; i++)
    if (a->imethods[i].name != b->imethods[i].name || a->imethods[i].sig != b->imethods[i].sig) return false;
  return true;
}

rtype* descPtrTo(rtype* t) {
  const go::type_desc* e = desc(t);
  std::lock_guard lock(types_mu);
  if (e->ptr_to) return rtype_locked(e->ptr_to);
  std::string name = "*" + std::string(e->name);
  if (!e->local)
    if (const go::type_desc* p = find_by_name(name, go::kind::pointer)) return rtype_locked(p);
  // Made here: a pointer type without methods of its own (the methods
  // with pointer receivers of a type whose *T the program never spells
  // are not known at run time).
  const go::type_desc* p = go::detail::make_composite_type(go::kind::pointer, name, sizeof(void*), e, 0, true);
  const_cast<go::type_desc*>(p)->local = e->local;
  return made_locked(p);
}

rtype* descSliceOf(rtype* t) {
  const go::type_desc* e = desc(t);
  std::lock_guard lock(types_mu);
  std::string name = "[]" + std::string(e->name);
  if (!e->local)
    if (const go::type_desc* s = find_by_name(name, go::kind::slice)) return rtype_locked(s);
  const go::type_desc* s = go::detail::make_composite_type(go::kind::slice, name, sizeof(go::slice<char>), e, 0, false);
  const_cast<go::type_desc*>(s)->local = e->local;
  return made_locked(s);
}

go::int_ descNumIn(rtype* t) { return desc(t)->nin; }
rtype* descIn(rtype* t, go::int_ i) { return rtype_of(desc(t)->in[i]); }
go::int_ descNumOut(rtype* t) { return desc(t)->nout; }
rtype* descOut(rtype* t, go::int_ i) { return rtype_of(desc(t)->out[i]); }
bool descIsVariadic(rtype* t) { return desc(t)->variadic; }

rtype* descMethodType(rtype* t, go::int_ i) {
  const go::method_desc& m = desc(t)->methods[i];
  return m.type && m.type->bind_method ? rtype_of(m.type) : nullptr;
}

rtype* descMethodFuncType(rtype* t, go::int_ i) {
  const go::method_desc& m = desc(t)->methods[i];
  return m.func_type && m.method_expr ? rtype_of(m.func_type) : nullptr;
}

rtype* descMapOf(rtype* k, rtype* e) {
  std::lock_guard lock(types_mu);
  std::string name = "map[" + std::string(desc(k)->name) + "]" + std::string(desc(e)->name);
  if (!desc(k)->local && !desc(e)->local)
    if (const go::type_desc* m = find_by_name(name, go::kind::map)) return rtype_locked(m);
  // A map's operations are C++ templates over its key and element types:
  // a map type no code of the program spells has none.
  go::panic(go::make_string("go2cpp does not support reflect.MapOf of a map type the program does not use yet"));
}

rtype* makeArrayType(rtype* elem, go::int_ n) {
  const go::type_desc* e = desc(elem);
  std::lock_guard lock(types_mu);
  std::string name = "[" + std::to_string(n) + "]" + std::string(e->name);
  if (!e->local)
    if (const go::type_desc* a = find_by_name(name, go::kind::array)) return rtype_locked(a);
  auto* a = const_cast<go::type_desc*>(go::detail::make_composite_type(go::kind::array, name, e->size * n, e, n, e->comparable));
  a->local = e->local;
  return made_locked(a);
}

rtype* makeStructType(go::string name, go::uintptr size, go::uintptr align, bool comparable, go::string pkgpath,
                      go::slice<go::string> names, go::slice<rtype*> types, go::slice<go::string> tags,
                      go::slice<go::uintptr> offsets) {
  std::lock_guard lock(types_mu);
  // Never freed: the descriptor and the strings it views live in the C++
  // heap, like those the program was compiled with.
  auto own = [](go::string s) { return std::string_view(*new std::string(go::view(s))); };
  auto* fields = new go::field_desc[names.len > 0 ? names.len : 1];
  bool local = false;
  for (go::int_ i = 0; i < names.len; i++) {
    std::string_view n = own(names.ptr[i]);
    bool exported = !n.empty() && n[0] >= 'A' && n[0] <= 'Z';
    fields[i] = go::field_desc{n, desc(types.ptr[i]), offsets.ptr[i], false, exported, own(tags.ptr[i])};
    local = local || desc(types.ptr[i])->local;
  }
  auto* t = new go::type_desc;
  t->k = go::kind::struct_;
  t->name = own(name);
  t->size = size;
  t->align = align;
  t->comparable = comparable;
  t->fields = fields;
  t->nfields = names.len;
  t->pkgpath = own(pkgpath);
  t->local = local;
  return made_locked(t);
}

}  // namespace reflect
