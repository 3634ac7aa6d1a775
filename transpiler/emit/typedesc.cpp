// This file implements the printing of type descriptors (go/typedesc.hpp):
// one `const go::type_desc` per type that reaches an interface, declared
// extern in the package header and defined once, at the end of the
// package's first source file (after every type, constant and prototype it
// mentions). Defining them in the header made every importer compile
// every descriptor and method thunk again: ~1.2 s of each program that
// imports fmt. A defined type T gets T_type (and
// T_fields, T_methods); unnamed types get names spelled after their
// structure (slice_int_type, ptr_Point_type); predeclared types use the
// runtime's (go::int_type). Descriptors refer to each other by address, so
// all of them are declared extern first, right after the struct forward
// declarations, and defined in any order at the end.
//
// A method table lists the method set (promoted methods included), sorted
// by name, as thunks taking the interface's data word: a pointer to the
// boxed value, or the pointer itself for *T.
#include <algorithm>
#include <set>

#include "emit/constants.hpp"
#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/unnamed_types.hpp"

namespace emit {

namespace {

// The predeclared descriptor of a basic type, or "".
std::string basicDesc(types::BasicKind k) {
  using types::BasicKind;
  switch (k) {
    case BasicKind::Bool: return "go::bool_type";
    case BasicKind::Int: return "go::int_type";
    case BasicKind::Int8: return "go::int8_type";
    case BasicKind::Int16: return "go::int16_type";
    case BasicKind::Int32: return "go::int32_type";
    case BasicKind::Int64: return "go::int64_type";
    case BasicKind::Uint: return "go::uint_type";
    case BasicKind::Uint8: return "go::uint8_type";
    case BasicKind::Uint16: return "go::uint16_type";
    case BasicKind::Uint32: return "go::uint32_type";
    case BasicKind::Uint64: return "go::uint64_type";
    case BasicKind::Uintptr: return "go::uintptr_type";
    case BasicKind::Float32: return "go::float32_type";
    case BasicKind::Float64: return "go::float64_type";
    case BasicKind::Complex64: return "go::complex64_type";
    case BasicKind::Complex128: return "go::complex128_type";
    case BasicKind::String: return "go::string_type";
    case BasicKind::UnsafePointer: return "go::unsafe_pointer_type";
    default: return "";
  }
}

// The descriptor kind of a type.
std::string kindOf(const types::Type* t) {
  const types::Type* u = underlyingOf(t);
  switch (u->kind) {
    case types::TypeKind::Basic: {
      std::string b = basicDesc(u->as<types::Basic>()->basic);
      // go::int_type → go::kind::int_, go::string_type → go::kind::string
      std::string k = b.substr(4, b.size() - 4 - 5);
      if (k == "bool" || k == "int" || k == "uint") k += "_";
      return "go::kind::" + k;
    }
    case types::TypeKind::Pointer: return "go::kind::pointer";
    case types::TypeKind::Slice: return "go::kind::slice";
    case types::TypeKind::Array: return "go::kind::array";
    case types::TypeKind::Struct: return "go::kind::struct_";
    case types::TypeKind::Map: return "go::kind::map";
    case types::TypeKind::Chan: return "go::kind::chan";
    case types::TypeKind::Signature: return "go::kind::func";
    case types::TypeKind::Interface: return "go::kind::interface";
    default: return "go::kind::invalid";
  }
}

// A readable C++ name fragment for an unnamed type's descriptor.
std::string mangle(const types::Type* t, const types::Package* pkg) {
  switch (t->kind) {
    case types::TypeKind::Basic: {
      std::string name = t->as<types::Basic>()->name;
      if (name == "unsafe.Pointer") name = "unsafe_Pointer";  // a C++ identifier
      return name;
    }
    case types::TypeKind::Named: {
      const types::Object* obj = t->as<types::Named>()->obj;
      std::string base = obj->pkg && obj->pkg != pkg ? obj->pkg->name + "_" + obj->name : cppName(obj->name);
      for (const types::Type* a : t->as<types::Named>()->typeArgs) base += "_" + mangle(a, pkg);  // List_int
      return base;
    }
    case types::TypeKind::Pointer: return "ptr_" + mangle(t->as<types::Pointer>()->elem, pkg);
    case types::TypeKind::Slice: return "slice_" + mangle(t->as<types::Slice>()->elem, pkg);
    case types::TypeKind::Array:
      return "array" + std::to_string(t->as<types::Array>()->len) + "_" + mangle(t->as<types::Array>()->elem, pkg);
    case types::TypeKind::Map:
      return "map_" + mangle(t->as<types::Map>()->key, pkg) + "_" + mangle(t->as<types::Map>()->elem, pkg);
    case types::TypeKind::Chan: {
      // Each direction is a type of its own, with a descriptor of its own.
      const auto* c = t->as<types::Chan>();
      std::string dir = c->dir == types::ChanDir::SendOnly ? "sendchan_" : c->dir == types::ChanDir::RecvOnly ? "recvchan_" : "chan_";
      return dir + mangle(c->elem, pkg);
    }
    case types::TypeKind::Struct: {
      std::string s = "struct";
      for (const types::Field& f : t->as<types::Struct>()->fields) s += "_" + f.var->name;
      return s;
    }
    case types::TypeKind::Interface: return "interface";
    case types::TypeKind::Signature: {
      // func(int, string) bool → func_int_string_to_bool
      const auto* sig = t->as<types::Signature>();
      std::string s = "func";
      for (size_t i = 0; sig->params && i < sig->params->size(); i++) {
        bool dots = sig->variadic && i + 1 == sig->params->size();
        s += std::string(dots ? "_variadic_" : "_") + mangle(sig->params->at(i), pkg);
      }
      if (sig->results && sig->results->size() > 0) s += "_to";
      for (size_t i = 0; sig->results && i < sig->results->size(); i++) s += "_" + mangle(sig->results->at(i), pkg);
      return s;
    }
    default: return "func";
  }
}

// strconv.Quote for struct tags in type strings (ASCII tags; others escaped bytewise).
std::string quoteTag(const std::string& s) {
  std::string q = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + "\"";
}

// Whether t is built from a type declared in a function (whose descriptor
// cannot be named from the header).
bool mentionsLocalType(const types::Type* t, int depth = 0) {
  if (!t || depth > 8) return false;
  switch (t->kind) {
    case types::TypeKind::Named: return !t->as<types::Named>()->obj->isPackageLevel() && t->as<types::Named>()->obj->pkg;
    case types::TypeKind::Pointer: return mentionsLocalType(t->as<types::Pointer>()->elem, depth + 1);
    case types::TypeKind::Slice: return mentionsLocalType(t->as<types::Slice>()->elem, depth + 1);
    case types::TypeKind::Array: return mentionsLocalType(t->as<types::Array>()->elem, depth + 1);
    case types::TypeKind::Map:
      return mentionsLocalType(t->as<types::Map>()->key, depth + 1) || mentionsLocalType(t->as<types::Map>()->elem, depth + 1);
    case types::TypeKind::Chan: return mentionsLocalType(t->as<types::Chan>()->elem, depth + 1);
    case types::TypeKind::Struct:
      for (const types::Field& f : t->as<types::Struct>()->fields)
        if (mentionsLocalType(f.var->type, depth + 1)) return true;
      return false;
    default: return false;
  }
}

// offsetof is a macro: a template-id with commas (List<go::int_, ...>) needs
// the builtin it stands for.
std::string offsetOf(const std::string& cppType) {
  return cppType.find(',') == std::string::npos ? "offsetof" : "__builtin_offsetof";
}

// Whether t is or is built from `of` (through composite types, not names).
bool mentionsType(const types::Type* t, const types::Type* of, int depth = 0) {
  if (!t || depth > 16) return false;
  if (t == of) return true;
  switch (t->kind) {
    case types::TypeKind::Pointer: return mentionsType(t->as<types::Pointer>()->elem, of, depth + 1);
    case types::TypeKind::Slice: return mentionsType(t->as<types::Slice>()->elem, of, depth + 1);
    case types::TypeKind::Array: return mentionsType(t->as<types::Array>()->elem, of, depth + 1);
    case types::TypeKind::Chan: return mentionsType(t->as<types::Chan>()->elem, of, depth + 1);
    case types::TypeKind::Map:
      return mentionsType(t->as<types::Map>()->key, of, depth + 1) || mentionsType(t->as<types::Map>()->elem, of, depth + 1);
    case types::TypeKind::Struct:
      for (const types::Field& f : t->as<types::Struct>()->fields)
        if (mentionsType(f.var->type, of, depth + 1)) return true;
      return false;
    default: return false;
  }
}

// reflect.ChanDir's bits: 1 receive, 2 send.
int chanDirBits(const types::Chan* c) {
  return c->dir == types::ChanDir::SendOnly ? 2 : c->dir == types::ChanDir::RecvOnly ? 1 : 3;
}

// reflect's PkgPath of a type: the import path of a defined type's
// package, or of the package whose struct type this is (its unexported
// fields belong to it); "" otherwise.
std::string descPkgPath(const types::Type* t) {
  if (const auto* n = t->as<types::Named>()) return n->obj->pkg ? n->obj->pkg->path : "";
  if (const auto* st = t->as<types::Struct>())
    for (const types::Field& f : st->fields)
      if (f.var->pkg) return f.var->pkg->path;
  return "";
}

// Whether t's descriptor is printed in the header without any refusal:
// built from predeclared and package-level types only (a method's func
// type gets a descriptor only then).
bool isPlainlyDescribable(const types::Type* t, int depth = 0) {
  if (!t || depth > 8) return false;
  switch (t->kind) {
    case types::TypeKind::Basic: return !basicDesc(t->as<types::Basic>()->basic).empty();
    case types::TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      return (n->obj->isPackageLevel() || n->obj->name == "error") && !n->origin && !n->isGeneric();
    }
    case types::TypeKind::Pointer: return isPlainlyDescribable(t->as<types::Pointer>()->elem, depth + 1);
    case types::TypeKind::Slice: return isPlainlyDescribable(t->as<types::Slice>()->elem, depth + 1);
    case types::TypeKind::Array: return isPlainlyDescribable(t->as<types::Array>()->elem, depth + 1);
    case types::TypeKind::Chan: return isPlainlyDescribable(t->as<types::Chan>()->elem, depth + 1);
    case types::TypeKind::Map:
      return isPlainlyDescribable(t->as<types::Map>()->key, depth + 1) && isPlainlyDescribable(t->as<types::Map>()->elem, depth + 1);
    case types::TypeKind::Interface: return true;
    case types::TypeKind::Signature: {
      // (Only as the method's own type: func-typed parameters are not
      // described yet.)
      if (depth > 0) return false;
      const auto* sig = t->as<types::Signature>();
      for (const types::Tuple* tuple : {sig->params, sig->results})
        for (size_t i = 0; tuple && i < tuple->size(); i++)
          if (!isPlainlyDescribable(tuple->at(i), depth + 1)) return false;
      return true;
    }
    default: return false;
  }
}

// Whether pkg is "reflect" or imports it, directly or not.
bool reachesReflect(const types::Package* pkg, std::set<const types::Package*>& seen) {
  if (!seen.insert(pkg).second) return false;
  if (pkg->path == "reflect") return true;
  for (const types::Package* imp : pkg->imports)
    if (reachesReflect(imp, seen)) return true;
  return false;
}

}  // namespace

bool Emitter::needsReflectDescriptors() const {
  // A standard package is compiled once into rtlib, for programs that may
  // use reflect; a program that never imports reflect cannot call a func
  // through reflect nor list a method's func type, and skipping those
  // tables (a func type descriptor and four thunks a method) saves most of
  // its descriptors' compile time.
  if (opts.programUsesReflect) return *opts.programUsesReflect;
  if (pkg->path != "main") return true;
  std::set<const types::Package*> seen;
  return reachesReflect(pkg, seen);
}

namespace {
// Inside a generic type's arguments gc names every defined type by its
// package's path, not its name: geom.Pair[example.com/m/units.Length,bool].
thread_local int spellingTypeArgs = 0;
}  // namespace

std::string Emitter::gcTypeString(const types::Type* t) const {
  switch (t->kind) {
    case types::TypeKind::Basic: {
      auto k = t->as<types::Basic>()->basic;
      if (k == types::BasicKind::Uint8) return "uint8";  // byte
      if (k == types::BasicKind::Int32) return "int32";  // rune
      return t->as<types::Basic>()->name;
    }
    case types::TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      const types::Object* obj = n->obj;
      std::string args = n->origin ? genericTypeArgsString(n) : "";  // main.Pair[string,int]
      if (!obj->pkg) return obj->name + args;
      return (spellingTypeArgs ? obj->pkg->path : obj->pkg->name) + "." + obj->name + args;
    }
    case types::TypeKind::Pointer: return "*" + gcTypeString(t->as<types::Pointer>()->elem);
    case types::TypeKind::Slice: return "[]" + gcTypeString(t->as<types::Slice>()->elem);
    case types::TypeKind::Array:
      return "[" + std::to_string(t->as<types::Array>()->len) + "]" + gcTypeString(t->as<types::Array>()->elem);
    case types::TypeKind::Map:
      return "map[" + gcTypeString(t->as<types::Map>()->key) + "]" + gcTypeString(t->as<types::Map>()->elem);
    case types::TypeKind::Chan: {
      const auto* c = t->as<types::Chan>();
      std::string prefix = c->dir == types::ChanDir::SendOnly ? "chan<- " : c->dir == types::ChanDir::RecvOnly ? "<-chan " : "chan ";
      return prefix + gcTypeString(c->elem);
    }
    case types::TypeKind::Struct: {
      const auto& fields = t->as<types::Struct>()->fields;
      if (fields.empty()) return "struct {}";
      std::string s = "struct {";
      for (size_t i = 0; i < fields.size(); i++) {
        s += i ? "; " : " ";
        if (!fields[i].embedded) s += fields[i].var->name + " ";
        s += gcTypeString(fields[i].var->type);
        if (!fields[i].tag.empty()) s += " " + quoteTag(fields[i].tag);
      }
      return s + " }";
    }
    case types::TypeKind::Interface: {
      std::vector<const types::Object*> ms = interfaceMethods(t);
      if (ms.empty()) return "interface {}";
      // interface{ T } whose method takes interface{ T } reaches itself:
      // a second visit is left unexpanded. (Identical, not the same
      // object: each place that writes interface{ T } makes its own, and
      // the string must not depend on where the spelling started.)
      thread_local std::vector<const types::Type*> spelling;
      auto same = [t](const types::Type* s) { return types::identical(s, t); };
      if (std::find_if(spelling.begin(), spelling.end(), same) != spelling.end()) return "interface { ... }";
      spelling.push_back(t);
      struct leave {
        ~leave() { spelling.pop_back(); }
      } popOnExit;  // (unsupported() may throw through)
      std::string s = "interface {";
      for (size_t i = 0; i < ms.size(); i++) s += (i ? "; " : " ") + ms[i]->name + methodSignature(ms[i], gcSpelling()).substr(4);
      return s + " }";
    }
    case types::TypeKind::Signature: {
      types::Object fake(types::ObjectKind::Func, "", const_cast<types::Type*>(t), {});
      return methodSignature(&fake, gcSpelling());
    }
    default: return types::typeString(t);
  }
}

std::string Emitter::genericTypeArgsString(const types::Named* n) const {
  std::string s = "[";
  spellingTypeArgs++;
  struct leave {
    ~leave() { spellingTypeArgs--; }
  } restore;  // (gcTypeString may throw through)
  for (size_t i = 0; i < n->typeArgs.size(); i++) s += (i ? "," : "") + gcTypeString(n->typeArgs[i]);
  return s + "]";
}

std::string Emitter::typeDesc(const types::Type* t, diag::Pos at) {
  // Made when the template is instantiated (generic.cpp).
  if (isDependent(t) && t->kind == types::TypeKind::Signature) {
    // go::func_type_of<F>(name, {params}, {results}, variadic)
    const auto* sig = t->as<types::Signature>();
    auto list = [&](const types::Tuple* tuple) {
      std::string l;
      for (size_t i = 0; tuple && i < tuple->size(); i++) l += std::string(i ? ", " : "") + "&" + typeDesc(tuple->at(i), at);
      return "{" + l + "}";
    };
    return "go::func_type_of<" + cppType(t, at) + ">(" + runtimeSignature(sig, at) + ", " + list(sig->params) + ", " +
           list(sig->results) + ", " + (sig->variadic ? "true" : "false") + ")";
  }
  if (isDependent(t)) return typeFn(t, at) + "()";
  if (const auto* b = t->as<types::Basic>()) {
    std::string d = basicDesc(b->basic);
    if (d.empty()) unsupported(at, "values of type " + b->name + " in interfaces");
    return d;
  }
  if (const auto* n = t->as<types::Named>()) {
    if (!n->obj->pkg) {
      if (n->obj->name == "error") return "go::error_type";
      unsupported(at, "the predeclared type " + n->obj->name + " in interfaces");
    }
    if (!n->obj->isPackageLevel()) {
      if (auto it = localDescs.find(t); it != localDescs.end()) return it->second;
      unsupported(at, "this local type in interfaces");
    }
    // Another package's types get a copy here: the same type by name (see
    // go::same_type).
  }
  if (const auto* it = t->as<types::Interface>(); it && interfaceMethods(t).empty() && !it->isComparableConstraint)
    return "go::any_type";
  if (t->kind != types::TypeKind::Named && mentionsLocalType(t)) {
    // []T, *T of a type T declared in this function: a descriptor of its
    // own, made where T is in scope (a function-local static).
    // A local type's own fields cannot name its descriptor before it is
    // defined (type T struct{ x []T } in a function).
    for (const types::Type* p : localDescsPending)
      if (mentionsType(t, p)) unsupported(at, "recursive local types in interfaces");
    std::string name = mangle(t, pkg) + "_type";
    std::string text = typeDescDef(t, name);
    for (char& c : text)
      if (c == '\n') c = ' ';
    return "[]() -> const go::type_desc& { " + text + "return " + name + "; }()";
  }
  std::string name = mangle(t, pkg) + "_type";
  // One descriptor per type; a different type whose name mangles the same
  // gets a number.
  for (int n = 2;; n++) {
    auto it = descNames.find(name);
    if (it == descNames.end()) {
      descNames[name] = t;
      descOrder.push_back(name);
      return name;
    }
    if (types::identical(it->second, t)) return name;
    name = mangle(t, pkg) + "_" + std::to_string(n) + "_type";
  }
}

void Emitter::typeDescDecls() {
  if (descOrder.empty()) return;
  out->line();
  out->line("// Type descriptors (defined in the package's first source file).");
  for (const std::string& name : descOrder) out->line("extern const go::type_desc " + name + ";");
}

std::string Emitter::typeDescDefs(size_t from) {
  std::string text;
  // Printing a descriptor may register the ones it mentions: loop until
  // every registered descriptor is printed.
  for (size_t i = from; i < descOrder.size() || (unnamedInterfaceDescs(), i < descOrder.size()); i++) {
    std::string name = descOrder[i];
    try {
      text += typeDescDef(descNames.at(name), name);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
  return text;
}

std::string Emitter::methodTable(const types::Type* t, const std::string& name, int& count) {
  std::vector<Selection> set = methodSet(t);
  count = 0;
  if (set.empty()) return "";
  const types::Type* base = t->kind == types::TypeKind::Pointer ? t->as<types::Pointer>()->elem : t;
  std::string baseType = cppType(base, {});
  std::string text = "static const go::method_desc " + name + "[] = {\n";
  for (const Selection& s : set) {
    const auto* sig = s.obj->type->as<types::Signature>();
    std::string params = "void* data", args;
    for (size_t i = 0; sig->params && i < sig->params->size(); i++) {
      std::string p = "p" + std::to_string(i);
      params += ", " + cppType(sig->params->at(i), s.obj->pos) + " " + p;
      args += (i ? ", " : "") + p;
    }
    std::string result = sig->results && sig->results->size() > 0 ? cppType(sig->results, s.obj->pos) : "void";
    // The receiver: the boxed copy of a T, or the *T in the data word.
    types::Pointer recvType(const_cast<types::Type*>(base));
    std::string call = methodCallText(methodTableReceiver(t, baseType), &recvType, s.path, s.obj, args, s.obj->pos);
    // The method's func type, for package reflect (none when a type in
    // its signature has no descriptor).
    std::string reflect;
    if (describesForReflect && isPlainlyDescribable(s.obj->type) && isPlainlyDescribable(t)) {
      try {
        reflect = ", &" + funcTypeDesc(s.obj->type) + ", &" + funcTypeDesc(methodFuncType(t, sig)) + ", " +
                  methodFuncMaker(t, s, sig, result);
      } catch (const Unsupported&) {
        reflect.clear();
      }
    }
    // A value method of T called through a nil *T: gc's wrapper panics
    // with its own text (runtime.panicwrap) instead of a nil dereference.
    std::string check;
    const auto* named = base->as<types::Named>();
    if (t->kind == types::TypeKind::Pointer && s.path.empty() && !hasPointerReceiver(s.obj) && named && named->obj->pkg) {
      std::string type = named->obj->name;
      check = "if (data == nullptr) go::raise_panic(" +
              cppStringLiteral("value method " + named->obj->pkg->path + "." + type + "." + s.obj->name + " called using nil *" +
                               type + " pointer") +
              ", true); ";
    }
    // An unexported method is its package's: another package's m is
    // another method (go/types' Id; itabs match both).
    std::string pkgpath;
    if (!types::isExportedName(s.obj->name) && s.obj->pkg)
      pkgpath = (reflect.empty() ? ", nullptr, nullptr, nullptr, " : ", ") + cppStringLiteral(s.obj->pkg->path);
    text += "    {\"" + s.obj->name + "\", " + cppStringLiteral(methodSignature(s.obj, gcSpelling())) + ", go::method_fn(+[](" + params + ") -> " + result +
            " { " + check + "return " + call + "; })" + reflect + pkgpath + "},\n";
    count++;
  }
  return text + "};\n";
}

namespace {
// Whether text names the identifier word (not just a longer name with it).
bool mentionsWord(const std::string& text, const std::string& word) {
  auto isIdent = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t i = text.find(word); i != std::string::npos; i = text.find(word, i + 1)) {
    bool before = i > 0 && isIdent(text[i - 1]);
    bool after = i + word.size() < text.size() && isIdent(text[i + word.size()]);
    if (!before && !after) return true;
  }
  return false;
}
}  // namespace

std::string Emitter::typeDescDef(const types::Type* t, const std::string& name) {
  const types::Type* u = underlyingOf(t);
  std::string stem = name.substr(0, name.size() - 5);  // without "_type"
  std::string pre;                                     // arrays the descriptor points to
  // (A C++ literal: a struct type's tags bring quotes and backslashes.)
  std::string fields = "\n    .k = " + kindOf(t) + ",\n    .name = " + cppStringLiteral(gcTypeString(t)) + ",";
  bool isInterface = u->kind == types::TypeKind::Interface;
  std::string cpp = isInterface ? (interfaceMethods(t).empty() ? "go::any" : "go::iface") : cppType(t, {});
  fields += "\n    .size = sizeof(" + cpp + "),";
  if (!types::comparable(const_cast<types::Type*>(t))) fields += "\n    .comparable = false,";
  if (t->kind == types::TypeKind::Named) fields += "\n    .named = true,";
  switch (u->kind) {
    case types::TypeKind::Pointer:
      fields += "\n    .elem = &" + typeDesc(u->as<types::Pointer>()->elem, {}) + ",";
      break;
    case types::TypeKind::Slice:
      fields += "\n    .elem = &" + typeDesc(u->as<types::Slice>()->elem, {}) + ",";
      break;
    case types::TypeKind::Array:
      fields += "\n    .elem = &" + typeDesc(u->as<types::Array>()->elem, {}) + ",";
      fields += "\n    .len = " + std::to_string(u->as<types::Array>()->len) + ",";
      break;
    case types::TypeKind::Map:
      fields += "\n    .elem = &" + typeDesc(u->as<types::Map>()->elem, {}) + ",";
      fields += "\n    .key = &" + typeDesc(u->as<types::Map>()->key, {}) + ",";

      break;
    case types::TypeKind::Chan:
      fields += "\n    .elem = &" + typeDesc(u->as<types::Chan>()->elem, {}) + ",";
      break;
    default: break;
  }
  if (const auto* st = u->as<types::Struct>(); st && !st->fields.empty()) {
    pre += "static constexpr go::field_desc " + stem + "_fields[] = {\n";
    for (size_t i = 0; i < st->fields.size(); i++) {
      const types::Field& f = st->fields[i];
      std::string member = structMember(st, i);
      bool exported = !f.var->name.empty() && std::isupper(static_cast<unsigned char>(f.var->name[0]));
      std::string tag = f.tag.empty() ? "" : ", " + cppStringLiteral(f.tag);  // reflect's StructField.Tag
      pre += "    {\"" + f.var->name + "\", &" + typeDesc(f.var->type, f.var->pos) + ", " + offsetOf(cppType(t, {})) + "(" + cppType(t, {}) + ", " +
             member + "), " + (f.embedded ? "true" : "false") + ", " + (exported ? "true" : "false") + tag + "},\n";
    }
    pre += "};\n";
    fields += "\n    .fields = " + stem + "_fields,\n    .nfields = " + std::to_string(st->fields.size()) + ",";
  }
  if (isInterface) {
    std::vector<const types::Object*> ms = interfaceMethods(t);
    if (!ms.empty()) {
      pre += "static constexpr go::imethod_desc " + stem + "_imethods[] = {\n";
      for (const types::Object* m : ms) {
        std::string pkgpath = !types::isExportedName(m->name) && m->pkg ? ", " + cppStringLiteral(m->pkg->path) : "";
        pre += "    {\"" + m->name + "\", " + cppStringLiteral(methodSignature(m, gcSpelling())) + pkgpath + "},\n";
      }
      pre += "};\n";
      fields += "\n    .imethods = " + stem + "_imethods,\n    .nimethods = " + std::to_string(ms.size()) + ",";
    }
  } else {
    int count = 0;
    std::string table = methodTable(t, stem + "_methods", count);
    if (count > 0) {
      pre += table;
      fields += "\n    .methods = " + stem + "_methods,\n    .nmethods = " + std::to_string(count) + ",";
    }
  }
  // How fmt reaches a map's entries (go/map_type.hpp); the last member.
  if (const auto* m = u->as<types::Map>())
    fields += "\n    .maps = &go::map_ops_of<" + cppType(m->key, {}) + ", " + cppType(m->elem, {}) + ">,";
  if (const auto* sig = u->as<types::Signature>()) fields += funcDescFields(sig, cppType(t, {}), stem, pre);
  bool local = localDescs.count(t) || mentionsLocalType(t);
  if (local) fields += "\n    .local = true,";
  // What package reflect reads besides (PkgPath, Align, ChanDir).
  if (std::string path = descPkgPath(t); !path.empty()) fields += "\n    .pkgpath = \"" + path + "\",";
  fields += "\n    .align = alignof(" + cpp + "),";
  if (const auto* c = u->as<types::Chan>()) fields += "\n    .chandir = " + std::to_string(chanDirBits(c)) + ",";
  if (const auto* n = t->as<types::Named>();
      n && !local && n->obj->isPackageLevel() && !n->origin && !n->isGeneric() && u->kind != types::TypeKind::Interface) {
    // *T, whose method set reflect.New and reflect.PointerTo need.
    ownedPointerTypes.push_back(std::make_unique<types::Pointer>(const_cast<types::Type*>(t)));
    fields += "\n    .ptr_to = &" + typeDesc(ownedPointerTypes.back().get(), {}) + ",";
  }
  fields.pop_back();  // the last comma
  if (local && mentionsWord(pre, name)) {
    // type Bar func() Bar in a function: Bar_out names Bar_type, and a
    // function-local static cannot be declared before its definition. The
    // descriptor comes first (zeroed) and is filled in once, after its arrays.
    return "static go::type_desc " + name + ";\n" + pre + "[[maybe_unused]] static const bool " + stem + "_filled = (" +
           name + " = go::type_desc{" + fields + "\n}, true);\n";
  }
  // Its tables are private to the source file (or function) that defines
  // it (constexpr where they can be: g++ 12 initializes a `static const`
  // array of structs holding string_views at run time, in a static
  // initializer that costs compile time; a method table cannot be, its
  // thunks are cast to void*); the descriptor itself has the header's extern declaration, or is
  // a function's static object.
  if (local) {
    // In a function, a table may name a descriptor made by a lambda (the
    // []T of a local T), which is no constant expression.
    for (size_t i; (i = pre.find("static constexpr ")) != std::string::npos;) pre.replace(i, 16, "static const");
  }
  return pre + (local ? "static " : "") + "const go::type_desc " + name + " = {" + fields + "\n};\n";
}

std::string Emitter::funcDescFields(const types::Signature* sig, const std::string& cpp, const std::string& stem,
                                    std::string& pre) {
  std::string fields;
  // The parameter and result descriptors, as arrays next to the descriptor.
  auto list = [&](const types::Tuple* tuple, const std::string& suffix, const std::string& member) {
    if (!tuple || tuple->size() == 0) return;
    pre += "static const go::type_desc* const " + stem + suffix + "[] = {";
    for (size_t i = 0; i < tuple->size(); i++) pre += std::string(i ? ", " : "") + "&" + typeDesc(tuple->at(i), {});
    pre += "};\n";
    fields += "\n    ." + member + " = " + stem + suffix + ",\n    .n" + member + " = " + std::to_string(tuple->size()) + ",";
  };
  list(sig->params, "_in", "in");
  list(sig->results, "_out", "out");
  if (sig->variadic) fields += "\n    .variadic = true,";
  // (call: runtime.SetFinalizer calls a finalizer through it.)
  fields += "\n    .call = &go::call_func<" + cpp + ">,";
  if (!describesForReflect) return fields;
  fields += "\n    .bind_method = &go::bind_method<" + cpp + ">,";
  fields += "\n    .make_func = &go::make_func<" + cpp + ">,";
  fields += "\n    .code = &go::func_code<" + cpp + ">,";
  return fields;
}

// --- reflect: the descriptor of a method's func type ---
std::string Emitter::funcTypeDesc(const types::Type* t) {
  // As typeDesc registers a descriptor (a method's types are checked by
  // isPlainlyDescribable first).
  std::string name = mangle(t, pkg) + "_type";
  for (int n = 2;; n++) {
    auto it = descNames.find(name);
    if (it == descNames.end()) {
      descNames[name] = t;
      descOrder.push_back(name);
      return name;
    }
    if (types::identical(it->second, t)) return name;
    name = mangle(t, pkg) + "_" + std::to_string(n) + "_type";
  }
}

// --- reflect: method expressions (reflect.Method's Type and Func) ---
const types::Type* Emitter::methodFuncType(const types::Type* recv, const types::Signature* sig) {
  // func(recv, params...) results: a signature of our own, kept alive with
  // the emitter (the descriptor table refers to it).
  auto tuple = std::make_unique<types::Tuple>();
  auto var = std::make_unique<types::Object>(types::ObjectKind::Var, "", const_cast<types::Type*>(recv), diag::Pos{});
  tuple->vars.push_back(var.get());
  if (sig->params) tuple->vars.insert(tuple->vars.end(), sig->params->vars.begin(), sig->params->vars.end());
  auto fn = std::make_unique<types::Signature>();
  fn->params = tuple.get();
  fn->results = sig->results;
  fn->variadic = sig->variadic;
  const types::Type* result = fn.get();
  ownedMethodTypes.push_back(std::move(tuple));
  ownedMethodTypes.push_back(std::move(fn));
  ownedMethodVars.push_back(std::move(var));
  return result;
}

std::string Emitter::methodFuncMaker(const types::Type* recv, const Selection& s, const types::Signature* sig, const std::string& result) {
  std::string recvType = cppType(recv, {});
  std::string types = recvType, params = recvType + " r", args;
  for (size_t i = 0; sig->params && i < sig->params->size(); i++) {
    std::string type = cppType(sig->params->at(i), s.obj->pos);
    types += ", " + type;
    params += ", " + type + " p" + std::to_string(i);
    args += (i ? ", p" : "p") + std::to_string(i);
  }
  // The method called on the receiver, as the method table's thunk does.
  bool isPointer = recv->kind == types::TypeKind::Pointer;
  const types::Type* base = isPointer ? recv->as<types::Pointer>()->elem : recv;
  types::Pointer ptr(const_cast<types::Type*>(base));
  std::string call = methodCallText(isPointer ? "r" : "(&r)", &ptr, s.path, s.obj, args, s.obj->pos);
  return "+[](void* out) { ::new (out) go::func<" + result + "(" + types + ")>(+[](" + params + ") -> " + result + " { return " +
         call + "; }); }";
}

void Emitter::localTypeDesc(const types::Object* obj) {
  std::string name = cppName(obj->name) + "_type";
  localDescs[obj->type] = name;
  std::string text;
  size_t registered = descOrder.size();
  localDescsPending.insert(obj->type);
  try {
    text = typeDescDef(obj->type, name);
    localDescsPending.erase(obj->type);
  } catch (const Unsupported&) {
    localDescsPending.erase(obj->type);
    // (Say, a struct of []T: its values cannot reach interfaces yet.)
    localDescs.erase(obj->type);
    for (size_t i = registered; i < descOrder.size(); i++) descNames.erase(descOrder[i]);
    descOrder.resize(registered);
    return;
  }
  // One line at a time: the printer indents them.
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    out->line(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace emit
