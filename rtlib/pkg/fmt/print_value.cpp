// This file implements the value half of Go's fmt/print.go over type
// descriptors: printArg, handleMethods (Error, String and GoString are
// called when the dynamic type has them), printValue for every kind
// (structs as {1 2}, {X:1 Y:2} or main.T{X:1, Y:2}, pointers to composites
// as &{...} at the top level only, nested interfaces, slices and arrays,
// maps through the descriptor's map_ops), fmtPointer, and the
// %!verb(type=value) form of badVerb.
#include <algorithm>
#include <complex>
#include <cstring>
#include <vector>

#include "go/panic_record.hpp"
#include "printer.hpp"

namespace fmt::detail {

bool is_signed_kind(go::kind k) {
  return k == go::kind::int_ || k == go::kind::int8 || k == go::kind::int16 || k == go::kind::int32 || k == go::kind::int64;
}

bool is_unsigned_kind(go::kind k) {
  return k == go::kind::uint_ || k == go::kind::uint8 || k == go::kind::uint16 || k == go::kind::uint32 ||
         k == go::kind::uint64 || k == go::kind::uintptr;
}

go::int64 int_value(const arg& a) {
  switch (a.t->k) {
    case go::kind::int8: return *static_cast<const go::int8*>(a.p);
    case go::kind::int16: return *static_cast<const go::int16*>(a.p);
    case go::kind::int32: return *static_cast<const go::int32*>(a.p);
    default: return *static_cast<const go::int64*>(a.p);
  }
}

go::uint64 uint_value(const arg& a) {
  switch (a.t->k) {
    case go::kind::uint8: return *static_cast<const go::uint8*>(a.p);
    case go::kind::uint16: return *static_cast<const go::uint16*>(a.p);
    case go::kind::uint32: return *static_cast<const go::uint32*>(a.p);
    default: return *static_cast<const go::uint64*>(a.p);
  }
}

namespace {

go::uint64 pointer_value(const arg& a) { return reinterpret_cast<go::uint64>(*static_cast<void* const*>(a.p)); }

arg element(const arg& list, const void* base, go::int_ i) {
  const go::type_desc* e = list.t->elem;
  return arg{e, static_cast<const char*>(base) + i * static_cast<go::int_>(e->size), list.can_interface};
}

// An interface stored in a field or element stands for its dynamic value.
arg through_interface(arg a) {
  if (a.t != nullptr && a.t->k == go::kind::interface) {
    go::any inner = go::interface_at(a.t, a.p);
    if (inner.type != nullptr) return arg{inner.type, go::value_address(inner), a.can_interface};
  }
  return a;
}

template <class T>
int three_way(T x, T y) {
  return x < y ? -1 : y < x ? 1 : 0;
}

// fmtsort orders interface keys by their dynamic types' addresses, which
// gc's linker lays out by the size of the type's runtime descriptor, then by
// name: this estimates those sizes (gc 1.19, amd64) so that keys of mixed
// types print in gc's order (bool, float64, int, ..., string, then arrays,
// then structs).
std::size_t gc_rtype_size(const go::type_desc* t) {
  std::size_t size = 48;  // runtime._type
  switch (t->k) {
    case go::kind::array: size += 24; break;
    case go::kind::chan: size += 16; break;
    case go::kind::func: size += 8; break;
    case go::kind::interface: size += 32; break;
    case go::kind::map: size += 40; break;
    case go::kind::pointer: case go::kind::slice: size += 8; break;
    case go::kind::struct_: size += 32; break;
    default: break;
  }
  bool predeclared = t->k != go::kind::array && t->k != go::kind::chan && t->k != go::kind::func &&
                     t->k != go::kind::interface && t->k != go::kind::map && t->k != go::kind::pointer &&
                     t->k != go::kind::slice && t->k != go::kind::struct_;
  if (t->named || predeclared || t->nmethods > 0) size += 16;  // uncommontype
  return size;
}

// fmtsort's compare: the order in which map keys print.
int compare_keys(const go::type_desc* t, const void* x, const void* y) {
  arg a{t, x}, b{t, y};
  switch (t->k) {
    case go::kind::int_: case go::kind::int8: case go::kind::int16: case go::kind::int32: case go::kind::int64:
      return three_way(int_value(a), int_value(b));
    case go::kind::uint_: case go::kind::uint8: case go::kind::uint16: case go::kind::uint32: case go::kind::uint64:
    case go::kind::uintptr:
      return three_way(uint_value(a), uint_value(b));
    case go::kind::string:
      return three_way(go::view(*static_cast<const go::string*>(x)), go::view(*static_cast<const go::string*>(y)));
    case go::kind::float32: case go::kind::float64: {
      double p = t->k == go::kind::float32 ? *static_cast<const go::float32*>(x) : *static_cast<const go::float64*>(x);
      double q = t->k == go::kind::float32 ? *static_cast<const go::float32*>(y) : *static_cast<const go::float64*>(y);
      if (p != p) return q != q ? 0 : -1;  // NaNs first
      if (q != q) return 1;
      return three_way(p, q);
    }
    case go::kind::bool_: return three_way(*static_cast<const bool*>(x), *static_cast<const bool*>(y));
    case go::kind::pointer: case go::kind::chan: case go::kind::unsafe_pointer:
      return three_way(pointer_value(a), pointer_value(b));
    case go::kind::array:
      for (go::int_ i = 0; i < t->len; i++) {
        std::size_t off = static_cast<std::size_t>(i) * t->elem->size;
        if (int c = compare_keys(t->elem, static_cast<const char*>(x) + off, static_cast<const char*>(y) + off)) return c;
      }
      return 0;
    case go::kind::struct_:
      for (go::int_ i = 0; i < t->nfields; i++) {
        const go::field_desc& fd = t->fields[i];
        if (int c = compare_keys(fd.type, static_cast<const char*>(x) + fd.offset, static_cast<const char*>(y) + fd.offset))
          return c;
      }
      return 0;
    case go::kind::interface: {
      go::any p = go::interface_at(t, x), q = go::interface_at(t, y);
      if (p.type == nullptr || q.type == nullptr) return three_way(p.type != nullptr, q.type != nullptr);
      if (!go::same_type(p.type, q.type)) {
        if (int c = three_way(gc_rtype_size(p.type), gc_rtype_size(q.type))) return c;
        return three_way(p.type->name, q.type->name);
      }
      return compare_keys(p.type, go::value_address(p), go::value_address(q));
    }
    default: return 0;
  }
}

}  // namespace

void printer::bad_verb(const arg& a, go::rune verb) {
  erroring = true;
  buf += "%!";
  append_rune(buf, verb);
  buf += '(';
  if (a.t == nullptr) {
    buf += "<nil>";
  } else {
    buf += a.t->name;
    buf += '=';
    print_arg(a, 'v');
  }
  buf += ')';
  erroring = false;
}

void printer::print_bool(bool v, go::rune verb, const arg& a) {
  if (verb == 't' || verb == 'v') fmt_boolean(v);
  else bad_verb(a, verb);
}

void printer::print_integer(go::uint64 v, bool is_signed, go::rune verb, const arg& a) {
  switch (verb) {
    case 'v':
      if (f.sharp_v && !is_signed) {
        bool sharp = f.sharp;
        f.sharp = true;
        fmt_integer(v, 16, false, 'v', false);
        f.sharp = sharp;
      } else {
        fmt_integer(v, 10, is_signed, verb, false);
      }
      break;
    case 'd': fmt_integer(v, 10, is_signed, verb, false); break;
    case 'b': fmt_integer(v, 2, is_signed, verb, false); break;
    case 'o': case 'O': fmt_integer(v, 8, is_signed, verb, false); break;
    case 'x': fmt_integer(v, 16, is_signed, verb, false); break;
    case 'X': fmt_integer(v, 16, is_signed, verb, true); break;
    case 'c': fmt_c(v); break;
    case 'q': fmt_qc(v); break;
    case 'U': fmt_unicode(v); break;
    default: bad_verb(a, verb); break;
  }
}

void printer::print_float(double v, int bits, go::rune verb, const arg& a) {
  switch (verb) {
    case 'v': fmt_float(v, bits, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(v, bits, static_cast<char>(verb), -1); break;
    case 'f': case 'e': case 'E': fmt_float(v, bits, static_cast<char>(verb), 6); break;
    case 'F': fmt_float(v, bits, 'f', 6); break;
    default: bad_verb(a, verb); break;
  }
}

// fmt's fmtComplex: "(re+imi)", each part formatted (and padded) as a
// float of half the size; the imaginary part always has a sign.
void printer::print_complex(double re, double im, int bits, go::rune verb, const arg& a) {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
      bool old_plus = f.plus;
      buf += '(';
      print_float(re, bits / 2, verb, a);
      f.plus = true;
      print_float(im, bits / 2, verb, a);
      buf += "i)";
      f.plus = old_plus;
      break;
    }
    default: bad_verb(a, verb); break;
  }
}

void printer::print_string(std::string_view s, go::rune verb, const arg& a) {
  switch (verb) {
    case 'v':
      if (f.sharp_v) fmt_q(s);
      else fmt_s(s);
      break;
    case 's': fmt_s(s); break;
    case 'x': fmt_sbx(s, false); break;
    case 'X': fmt_sbx(s, true); break;
    case 'q': fmt_q(s); break;
    default: bad_verb(a, verb); break;
  }
}

// Go's fmtPointer: pointers, channels, funcs and unsafe.Pointer.
void printer::print_pointer(const arg& a, go::rune verb) {
  go::uint64 u = a.t->k == go::kind::slice ? reinterpret_cast<go::uint64>(static_cast<const go::slice<char>*>(a.p)->ptr)
                                           : pointer_value(a);
  auto hex = [&](bool leading_0x) {
    bool sharp = f.sharp;
    f.sharp = leading_0x;
    fmt_integer(u, 16, false, 'v', false);
    f.sharp = sharp;
  };
  switch (verb) {
    case 'v':
      if (f.sharp_v) {
        buf += '(';
        buf += a.t->name;
        buf += ")(";
        if (u == 0) buf += "nil";
        else hex(true);
        buf += ')';
      } else if (u == 0) {
        pad("<nil>");
      } else {
        hex(!f.sharp);
      }
      break;
    case 'p': hex(!f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': print_integer(u, false, verb, a); break;
    default: bad_verb(a, verb); break;
  }
}

void printer::print_list(const arg& a, go::rune verb, int depth) {
  const void* base;
  go::int_ count;
  bool is_nil_slice = false;
  if (a.t->k == go::kind::slice) {
    const auto* s = static_cast<const go::slice<char>*>(a.p);
    base = s->ptr;
    count = s->len;
    is_nil_slice = s->ptr == nullptr;
  } else {
    base = a.p;
    count = a.t->len;
  }
  if (a.t->elem->k == go::kind::uint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
    std::string bytes(static_cast<const char*>(base), static_cast<std::size_t>(count));
    if (verb == 's') fmt_s(bytes);
    else if (verb == 'q') fmt_q(bytes);
    else fmt_sbx(bytes, verb == 'X');
    return;
  }
  if (f.sharp_v) {
    buf += a.t->name;
    if (is_nil_slice) {
      buf += "(nil)";
      return;
    }
    buf += '{';
    for (go::int_ i = 0; i < count; i++) {
      if (i > 0) buf += ", ";
      print_value(element(a, base, i), verb, depth + 1);
    }
    buf += '}';
    return;
  }
  buf += '[';
  for (go::int_ i = 0; i < count; i++) {
    if (i > 0) buf += ' ';
    print_value(element(a, base, i), verb, depth + 1);
  }
  buf += ']';
}

void printer::print_struct(const arg& a, go::rune verb, int depth) {
  if (f.sharp_v) buf += a.t->name;
  buf += '{';
  for (go::int_ i = 0; i < a.t->nfields; i++) {
    const go::field_desc& fd = a.t->fields[i];
    if (i > 0) buf += f.sharp_v ? ", " : " ";
    if (f.plus_v || f.sharp_v) {
      buf += fd.name;
      buf += ':';
    }
    arg field{fd.type, static_cast<const char*>(a.p) + fd.offset, a.can_interface && fd.exported};
    print_value(through_interface(field), verb, depth + 1);
  }
  buf += '}';
}

void printer::print_map(const arg& a, go::rune verb, int depth) {
  const void* m = *static_cast<void* const*>(a.p);
  if (f.sharp_v) {
    buf += a.t->name;
    if (m == nullptr) {
      buf += "(nil)";
      return;
    }
    buf += '{';
  } else {
    buf += "map[";
  }
  if (m != nullptr && a.t->maps != nullptr) {
    // Entries sorted by key, as fmt's internal/fmtsort orders them.
    std::vector<std::pair<const void*, const void*>> entries;
    a.t->maps->each(m, &entries, [](void* ctx, const void* k, const void* v) {
      static_cast<std::vector<std::pair<const void*, const void*>>*>(ctx)->push_back({k, v});
    });
    const go::type_desc* kt = a.t->key;
    std::stable_sort(entries.begin(), entries.end(), [kt](const auto& x, const auto& y) {
      return compare_keys(kt, x.first, y.first) < 0;
    });
    for (std::size_t i = 0; i < entries.size(); i++) {
      if (i > 0) buf += f.sharp_v ? ", " : " ";
      print_value(through_interface(arg{kt, entries[i].first, a.can_interface}), verb, depth + 1);
      buf += ':';
      print_value(through_interface(arg{a.t->elem, entries[i].second, a.can_interface}), verb, depth + 1);
    }
  }
  buf += f.sharp_v ? '}' : ']';
}

// Calls an Error, String or GoString method; false when it panicked. As
// gc's catchPanic, the panic is recovered and printed instead of the
// value: "<nil>" for a nil pointer receiver, otherwise
// "%!v(PANIC=String method: <the panic value>)". A panic while printing
// that value goes on.
bool printer::call_method(const go::method_desc* m, void* data, const arg& a, go::rune verb, const char* name,
                          go::string& out) {
  try {
    out = reinterpret_cast<go::string (*)(void*)>(m->fn)(data);
    return true;
  } catch (const go::panic_error& e) {
    if (e.record->goexit || panicking) throw;
    go::any value = e.record->value;
    go::release_panic_chain(e.record);
    print_method_panic(a, data, verb, name, value);
    return false;
  }
}

// A Formatter's Format(State, verb): what it writes goes into the output
// unpadded, what it wrote before a panic too (fmt's State is Go code,
// state.go).
void printer::call_format(const arg& a, void* data, go::rune verb) {
  std::string flag_chars;
  if (f.minus) flag_chars += '-';
  if (f.plus || f.plus_v) flag_chars += '+';
  if (f.sharp || f.sharp_v) flag_chars += '#';
  if (f.space) flag_chars += ' ';
  if (f.zero) flag_chars += '0';
  formatState* s = newFormatState(go::make_string(flag_chars), f.wid, f.prec, f.wid_present, f.prec_present);
  try {
    runFormat(Formatter(go::any(a.t, data)), s, verb);
    buf += go::view(formatOutput(s));
  } catch (const go::panic_error& e) {
    buf += go::view(formatOutput(s));
    if (e.record->goexit || panicking) throw;
    go::any value = e.record->value;
    go::release_panic_chain(e.record);
    print_method_panic(a, data, verb, "Format", value);
  }
}

// Go's catchPanic: a method that panicked prints as %!verb(PANIC=Name
// method: value), or <nil> when it was called on a nil pointer.
void printer::print_method_panic(const arg& a, void* data, go::rune verb, const char* name, const go::any& value) {
  if (a.t->k == go::kind::pointer && data == nullptr) {
    fmt_s("<nil>");
    return;
  }
  flags old = f;
  f = flags{};
  buf += "%!";
  append_rune(buf, verb);
  buf += "(PANIC=";
  buf += name;
  buf += " method: ";
  panicking = true;
  print_arg(arg_of(value), 'v');
  panicking = false;
  buf += ')';
  f = old;
}

// Go's handleMethods: a Format method prints the value itself; else Error
// and String (or GoString under %#v) stand for the value when its type has
// them.
bool printer::handle_methods(const arg& a, go::rune verb) {
  if (erroring || a.t == nullptr || a.t->nmethods == 0 || !a.can_interface) return false;
  void* data = go::data_word(a.t, a.p);
  if (const go::method_desc* m = a.t->find_method("Format"); m != nullptr && m->sig == "func(fmt.State, int32)") {
    call_format(a, data, verb);
    return true;
  }
  auto call_string = [&](const char* name) -> const go::method_desc* {
    const go::method_desc* m = a.t->find_method(name);
    return m != nullptr && m->sig == "func() string" ? m : nullptr;
  };
  if (f.sharp_v) {
    if (const go::method_desc* m = call_string("GoString")) {
      go::string s;
      if (call_method(m, data, a, verb, "GoString", s)) fmt_s(go::view(s));
      return true;
    }
    return false;
  }
  switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
      const go::method_desc* m = call_string("Error");
      const char* name = "Error";
      if (m == nullptr) m = call_string("String"), name = "String";
      if (m == nullptr) return false;
      go::string s;
      if (call_method(m, data, a, verb, name, s)) print_string(go::view(s), verb, arg{&go::string_type, &s});
      return true;
    }
    default: return false;
  }
}

void printer::print_arg(const arg& a, go::rune verb) {
  if (a.t == nullptr) {
    if (verb == 'T' || verb == 'v') pad("<nil>");
    else bad_verb(a, verb);
    return;
  }
  if (verb == 'T') {
    fmt_s(a.t->name);
    return;
  }
  if (verb == 'p') {
    go::kind k = a.t->k;
    if (k == go::kind::pointer || k == go::kind::chan || k == go::kind::func || k == go::kind::unsafe_pointer ||
        k == go::kind::map || k == go::kind::slice)
      print_pointer(a, 'p');
    else
      bad_verb(a, verb);
    return;
  }
  if (is_reflect_value(a.t)) {
    // As gc's printArg: the value a reflect.Value holds, its methods
    // included when it can be had as an interface.
    arg held = reflect_value_arg(a);
    if (held.t == nullptr) {
      pad("<invalid reflect.Value>");
      return;
    }
    if (held.can_interface && handle_methods(held, verb)) return;
    print_value(held, verb, 0);
    return;
  }
  print_value(a, verb, 0);
}

// --- reflect: a reflect.Value operand ---
bool is_reflect_value(const go::type_desc* t) { return t->named && t->name == "reflect.Value" && t->pkgpath == "reflect"; }

arg reflect_value_arg(const arg& a) {
  // reflect.Value's layout (rtlib/pkg/reflect/value.go): the *rtype (whose
  // one field is the descriptor), the value's address, and its flags,
  // of which flagRO (2) marks values reached through unexported fields.
  struct value_layout {
    const go::type_desc* const* typ;
    const void* ptr;
    go::uint8 flag;
  };
  const auto* v = static_cast<const value_layout*>(a.p);
  if (v->typ == nullptr) return arg{};
  return arg{*v->typ, v->ptr, (v->flag & 2) == 0};
}

void printer::print_value(const arg& a, go::rune verb, int depth) {
  if (a.t == nullptr) {  // a nil interface inside a composite value
    if (verb == 'v') pad("<nil>");
    else bad_verb(a, verb);
    return;
  }
  if (handle_methods(a, verb)) return;
  switch (a.t->k) {
    case go::kind::bool_: print_bool(*static_cast<const bool*>(a.p), verb, a); break;
    case go::kind::int_: case go::kind::int8: case go::kind::int16: case go::kind::int32: case go::kind::int64:
      print_integer(static_cast<go::uint64>(int_value(a)), true, verb, a);
      break;
    case go::kind::uint_: case go::kind::uint8: case go::kind::uint16: case go::kind::uint32: case go::kind::uint64:
    case go::kind::uintptr:
      print_integer(uint_value(a), false, verb, a);
      break;
    case go::kind::float32: print_float(*static_cast<const go::float32*>(a.p), 32, verb, a); break;
    case go::kind::float64: print_float(*static_cast<const go::float64*>(a.p), 64, verb, a); break;
    case go::kind::complex64: {
      const auto* c = static_cast<const go::float32*>(a.p);
      print_complex(c[0], c[1], 64, verb, a);
      break;
    }
    case go::kind::complex128: {
      const auto* c = static_cast<const go::float64*>(a.p);
      print_complex(c[0], c[1], 128, verb, a);
      break;
    }
    case go::kind::string: print_string(go::view(*static_cast<const go::string*>(a.p)), verb, a); break;
    case go::kind::slice: case go::kind::array: print_list(a, verb, depth); break;
    case go::kind::struct_: print_struct(a, verb, depth); break;
    case go::kind::map: print_map(a, verb, depth); break;
    case go::kind::interface: {
      arg inner = through_interface(a);
      if (inner.t == a.t) {  // nil
        if (f.sharp_v) {
          buf += a.t->name;
          buf += "(nil)";
        } else {
          pad("<nil>");
        }
      } else {
        print_value(inner, verb, depth + 1);
      }
      break;
    }
    case go::kind::pointer: {
      // &{...}, &[...], &map[...] only at the top level.
      const void* target = *static_cast<void* const*>(a.p);
      go::kind ek = a.t->elem->k;
      if (depth == 0 && target != nullptr &&
          (ek == go::kind::array || ek == go::kind::slice || ek == go::kind::struct_ || ek == go::kind::map)) {
        buf += '&';
        print_value(arg{a.t->elem, target, a.can_interface}, verb, depth + 1);
        break;
      }
      print_pointer(a, verb);
      break;
    }
    case go::kind::chan: case go::kind::func: case go::kind::unsafe_pointer: print_pointer(a, verb); break;
    case go::kind::invalid: bad_verb(a, verb); break;
  }
}

}  // namespace fmt::detail
