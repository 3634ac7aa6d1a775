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
#include "types/sizes.hpp"

namespace emit {

namespace {

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
  const types::Type* u = t ? underlyingOf(t) : nullptr;
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

namespace {

// Whether t's layout depends on a type argument (gc's offsets are then
// unknown here).
bool layoutUnknown(const types::Type* t, int depth = 0) {
  if (!t || depth > 8) return true;
  const types::Type* u = types::underlying(const_cast<types::Type*>(t));
  switch (u->kind) {
    case types::TypeKind::TypeParam: return true;
    case types::TypeKind::Array: return layoutUnknown(u->as<types::Array>()->elem, depth + 1);
    case types::TypeKind::Struct:
      for (const types::Field& f : u->as<types::Struct>()->fields)
        if (layoutUnknown(f.var->type, depth + 1)) return true;
      return false;
    default: return false;
  }
}

}  // namespace

int64_t Emitter::fieldOffset(const types::Type* t, const types::Object* field) const {
  if (underlyingOf(t)->kind == types::TypeKind::Pointer) t = underlyingOf(t)->as<types::Pointer>()->elem;
  const auto* st = underlyingOf(t)->as<types::Struct>();
  if (!st || layoutUnknown(st)) return -1;
  std::vector<int64_t> offsets = types::fieldOffsets(st);
  for (size_t i = 0; i < st->fields.size(); i++)
    if (st->fields[i].var == field) return offsets[i];
  return -1;
}

// gc reads p.f with one load at p+offset(f), so a nil p faults at that
// address, which its panic's signal line reports (addr=0x8); past the
// first page it checks p first and faults at 0. Our check takes the
// offset to report the same.
std::string Emitter::derefForField(const std::string& p, int64_t offset) const {
  if (offset <= 0 || offset >= 4096) return "go::deref(" + p + ")";
  return "go::deref(" + p + ", " + std::to_string(offset) + ")";
}

std::string Emitter::embeddedPath(std::string x, const types::Type*& t, const std::vector<const types::Field*>& path,
                                  const types::Object* last, bool addressed) {
  for (size_t i = 0; i < path.size(); i++) {
    if (underlyingOf(t)->kind == types::TypeKind::Pointer) {
      // The load happens at the end of the fields embedded by value that
      // follow (and of last, when no pointer comes between).
      const types::Type* at = t;
      int64_t offset = 0;
      size_t j = i;
      for (; j < path.size() && offset >= 0 && (j == i || underlyingOf(at)->kind != types::TypeKind::Pointer); j++) {
        int64_t o = fieldOffset(at, path[j]->var);
        offset = o < 0 ? -1 : offset + o;
        at = path[j]->var->type;
      }
      bool reachesEnd = j == path.size() && underlyingOf(at)->kind != types::TypeKind::Pointer;
      if (addressed && reachesEnd) {
        offset = 0;  // gc checks the pointer (faults at 0) and loads nothing
      } else if (last && reachesEnd && offset >= 0) {
        int64_t o = fieldOffset(at, last);
        offset = o < 0 ? -1 : offset + o;
      }
      x = derefForField(x, offset);
    }
    x += "." + cppName(path[i]->var->name);
    t = path[i]->var->type;
  }
  return x;
}

std::string Emitter::methodCallText(std::string recv, const types::Type* recvType,
                                    const std::vector<const types::Field*>& path, const types::Object* method,
                                    const std::string& args, diag::Pos at) {
  const types::Type* t = recvType;
  std::string x = embeddedPath(std::move(recv), t, path, nullptr, hasPointerReceiver(method));
  if (isInterfaceType(t)) return x + "." + memberName(t, method->name) + "(" + args + ")";  // promoted from an embedded interface
  bool isPointer = underlyingOf(t)->kind == types::TypeKind::Pointer;
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
