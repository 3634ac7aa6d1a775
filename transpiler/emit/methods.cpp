// This file implements methods in the printed C++: on structs they are
// member functions (static ones, taking the receiver first, for pointer
// receivers, since Go may call them with a nil pointer); on every other
// defined type (type Celsius float64, type L []int), which C++ spells as an
// alias, they are free functions named Type·Method taking the receiver
// first: the middle dot, as in gc's symbols, cannot occur in a Go
// identifier, so tracebacks and debuggers tell L·Len from a function L_Len. A call through embedded fields walks the path the selector took
// (s.Base.M()), taking the address or dereferencing where Go does so
// implicitly.
#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"

namespace emit {

namespace {

const types::Type* under(const types::Type* t) { return types::underlying(const_cast<types::Type*>(t)); }

const types::Named* receiverNamed(const types::Object* fn) {
  const auto* sig = fn->type ? fn->type->as<types::Signature>() : nullptr;
  const types::Type* rt = sig && sig->recv ? sig->recv->type : nullptr;
  if (rt && rt->kind == types::TypeKind::Pointer) rt = rt->as<types::Pointer>()->elem;
  return rt ? rt->as<types::Named>() : nullptr;
}

}  // namespace

std::string Emitter::memberName(const types::Type* owner, const std::string& name) {
  if (owner && owner->kind == types::TypeKind::Pointer) owner = owner->as<types::Pointer>()->elem;
  const auto* n = owner ? owner->as<types::Named>() : nullptr;
  return cppName(name) + (n && n->obj->name == name ? "_" : "");
}

bool Emitter::isInterfaceType(const types::Type* t) const {
  const types::Type* u = t ? under(t) : nullptr;
  return u && u->kind == types::TypeKind::Interface;
}

bool Emitter::isStructMethod(const types::Object* fn) const {
  const types::Named* n = receiverNamed(fn);
  return n && n->underlying && n->underlying->kind == types::TypeKind::Struct;
}

std::string Emitter::freeMethodName(const types::Named* recv, const types::Object* fn) const {
  std::string name = cppName(recv->obj->name) + "\u00b7" + cppName(fn->name);
  if (recv->obj->pkg && recv->obj->pkg != pkg) name = packageNamespace(recv->obj->pkg->path) + "::" + name;
  return name;
}

std::string Emitter::embeddedPath(std::string x, const types::Type*& t, const std::vector<const types::Field*>& path) {
  for (const types::Field* f : path) {
    bool viaPointer = under(t)->kind == types::TypeKind::Pointer;
    x = (viaPointer ? "go::deref(" + x + ")" : x) + "." + cppName(f->var->name);
    t = f->var->type;
  }
  return x;
}

std::string Emitter::methodCallText(std::string recv, const types::Type* recvType,
                                    const std::vector<const types::Field*>& path, const types::Object* method,
                                    const std::string& args, diag::Pos at) {
  const types::Type* t = recvType;
  std::string x = embeddedPath(std::move(recv), t, path);
  if (isInterfaceType(t)) return x + "." + memberName(t, method->name) + "(" + args + ")";  // promoted from an embedded interface
  bool isPointer = under(t)->kind == types::TypeKind::Pointer;
  const types::Named* named = receiverNamed(method);
  if (!named) unsupported(at, "this method call");
  bool wantsPointer = hasPointerReceiver(method);
  // The receiver as the method takes it: &x, *x or x.
  std::string r = wantsPointer ? (isPointer ? x : "&" + x) : (isPointer ? "go::deref(" + x + ")" : x);
  if (isStructMethod(method)) {
    std::string m = memberName(named, method->name);
    if (wantsPointer) return cppType(named, at) + "::" + m + "(" + r + (args.empty() ? "" : ", " + args) + ")";
    return r + "." + m + "(" + args + ")";
  }
  return freeMethodCallee(named, method) + "(" + r + (args.empty() ? "" : ", " + args) + ")";
}

}  // namespace emit
