// This file implements the Context: the owner of all types and objects of a
// go2cpp run, the universe scope (spec: "Predeclared identifiers", Go 1.19:
// no min, max or clear), and imports.
#include <algorithm>

#include "types/check.hpp"

namespace types {

Object* Scope::lookupLocal(const std::string& n) const {
  auto it = names.find(n);
  return it == names.end() ? nullptr : it->second;
}

Object* Scope::lookup(const std::string& n) const {
  for (const Scope* s = this; s; s = s->parent)
    if (Object* o = s->lookupLocal(n)) return o;
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = names.emplace(obj->name, obj);
  if (!inserted) return it->second;
  obj->parent = this;
  return nullptr;
}

bool Object::isPackageLevel() const { return pkg && parent && parent == pkg->scope; }

Context::Context(Loader loader) : loader_(std::move(loader)) { makeUniverse(); }
Context::~Context() = default;

Object* Context::newObject(ObjectKind k, std::string name, Type* t, diag::Pos p) {
  objects_.push_back(std::make_unique<Object>(k, std::move(name), t, p));
  return objects_.back().get();
}

Scope* Context::newScope(Scope* parent) {
  scopes_.push_back(std::make_unique<Scope>(parent));
  return scopes_.back().get();
}

Package* Context::newPackage(std::string path) {
  packages_.push_back(std::make_unique<Package>());
  Package* p = packages_.back().get();
  p->path = std::move(path);
  p->scope = newScope(universe_);
  return p;
}

CheckedPackage* Context::adopt(std::unique_ptr<CheckedPackage> p) {
  checked_.push_back(std::move(p));
  CheckedPackage* raw = checked_.back().get();
  byPath_[raw->pkg->path] = raw;
  return raw;
}

CheckedPackage* Context::import(const std::string& path, diag::Pos at, diag::Diagnostics& diags) {
  // A relative path ("./a") means another package from another folder.
  bool relative = path == "." || path == ".." || path.rfind("./", 0) == 0 || path.rfind("../", 0) == 0;
  if (!relative)
    if (auto it = byPath_.find(path); it != byPath_.end()) return it->second;
  if (path == "unsafe") return makeUnsafe();
  if (std::find(importing_.begin(), importing_.end(), path) != importing_.end()) {
    diags.error(at, "import cycle not allowed");
    return nullptr;
  }
  Loaded loaded = loader_ ? loader_(path, at, diags) : Loaded{};
  if (loaded.files.empty()) return nullptr;
  std::string key = loaded.path.empty() ? path : loaded.path;
  if (auto it = byPath_.find(key); it != byPath_.end()) return it->second;
  if (std::find(importing_.begin(), importing_.end(), key) != importing_.end()) {
    diags.error(at, "import cycle not allowed");
    return nullptr;
  }
  importing_.push_back(key);
  CheckedPackage* p = check(*this, key, loaded.files, diags);
  importing_.pop_back();
  if (p) p->pkg->isNative = true;
  return p;
}

void Context::makeUniverse() {
  universe_ = newScope(nullptr);
  struct B { BasicKind k; const char* name; bool predeclared; };
  const B all[] = {
      {BasicKind::Invalid, "invalid type", false},
      {BasicKind::Bool, "bool", true},       {BasicKind::Int, "int", true},
      {BasicKind::Int8, "int8", true},       {BasicKind::Int16, "int16", true},
      {BasicKind::Int32, "int32", true},     {BasicKind::Int64, "int64", true},
      {BasicKind::Uint, "uint", true},       {BasicKind::Uint8, "uint8", true},
      {BasicKind::Uint16, "uint16", true},   {BasicKind::Uint32, "uint32", true},
      {BasicKind::Uint64, "uint64", true},   {BasicKind::Uintptr, "uintptr", true},
      {BasicKind::Float32, "float32", true}, {BasicKind::Float64, "float64", true},
      {BasicKind::Complex64, "complex64", true}, {BasicKind::Complex128, "complex128", true},
      {BasicKind::String, "string", true},   {BasicKind::UnsafePointer, "unsafe.Pointer", false},
      {BasicKind::UntypedBool, "untyped bool", false},   {BasicKind::UntypedInt, "untyped int", false},
      {BasicKind::UntypedRune, "untyped rune", false},   {BasicKind::UntypedFloat, "untyped float", false},
      {BasicKind::UntypedComplex, "untyped complex", false}, {BasicKind::UntypedString, "untyped string", false},
      {BasicKind::UntypedNil, "untyped nil", false},
  };
  basics_.resize(std::size(all));
  diag::Pos none;
  for (const B& b : all) {
    Type* t = types_.make<Basic>(b.k, b.name);
    basics_[static_cast<int>(b.k)] = t;
    if (b.predeclared) universe_->insert(newObject(ObjectKind::TypeName, b.name, t, none));
  }
  // byte and rune are aliases: the same Type object under another name.
  // byte and rune are aliases: Basic types of the same kind (identical to
  // uint8 and int32) that keep their own names for messages, as go/types.
  universe_->insert(newObject(ObjectKind::TypeName, "byte", types_.make<Basic>(BasicKind::Uint8, "byte"), none));
  universe_->insert(newObject(ObjectKind::TypeName, "rune", types_.make<Basic>(BasicKind::Int32, "rune"), none));

  // any = interface{}; error = interface{ Error() string }.
  anyType_ = types_.make<Interface>();
  anyType_->as<Interface>()->isAny = true;
  universe_->insert(newObject(ObjectKind::TypeName, "any", anyType_, none));
  auto* errNamed = types_.make<Named>();
  Object* errObj = newObject(ObjectKind::TypeName, "error", errNamed, none);
  errNamed->obj = errObj;
  auto* errIface = types_.make<Interface>();
  auto* sig = types_.make<Signature>();
  sig->params = types_.make<Tuple>();
  sig->results = types_.make<Tuple>();
  sig->results->vars.push_back(newObject(ObjectKind::Var, "", basic(BasicKind::String), none));
  errIface->methods.push_back(newObject(ObjectKind::Func, "Error", sig, none));
  errNamed->underlying = errIface;
  universe_->insert(errObj);
  errorType_ = errNamed;
  auto* comparableIface = types_.make<Interface>();
  comparableIface->isComparableConstraint = true;
  auto* cmpNamed = types_.make<Named>();
  Object* cmpObj = newObject(ObjectKind::TypeName, "comparable", cmpNamed, none);
  cmpNamed->obj = cmpObj;
  cmpNamed->underlying = comparableIface;
  universe_->insert(cmpObj);

  Object* t = newObject(ObjectKind::Const, "true", basic(BasicKind::UntypedBool), none);
  t->value = Constant::makeBool(true);
  universe_->insert(t);
  Object* f = newObject(ObjectKind::Const, "false", basic(BasicKind::UntypedBool), none);
  f->value = Constant::makeBool(false);
  universe_->insert(f);
  Object* iota = newObject(ObjectKind::Const, "iota", basic(BasicKind::UntypedInt), none);
  iota->value = Constant::makeInt64(0);
  universe_->insert(iota);
  universe_->insert(newObject(ObjectKind::Nil, "nil", basic(BasicKind::UntypedNil), none));

  struct Bi { BuiltinId id; const char* name; };
  const Bi builtins[] = {
      {BuiltinId::Append, "append"}, {BuiltinId::Cap, "cap"},         {BuiltinId::Close, "close"},
      {BuiltinId::Complex, "complex"}, {BuiltinId::Copy, "copy"},     {BuiltinId::Delete, "delete"},
      {BuiltinId::Imag, "imag"},     {BuiltinId::Len, "len"},         {BuiltinId::Make, "make"},
      {BuiltinId::New, "new"},       {BuiltinId::Panic, "panic"},     {BuiltinId::Print, "print"},
      {BuiltinId::Println, "println"}, {BuiltinId::Real, "real"},     {BuiltinId::Recover, "recover"},
  };
  for (const Bi& b : builtins) {
    Object* o = newObject(ObjectKind::Builtin, b.name, basic(BasicKind::Invalid), none);
    o->builtin = b.id;
    universe_->insert(o);
  }
}

}  // namespace types
