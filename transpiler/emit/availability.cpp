// This file implements the availability of a standard package's
// declarations: which of them go2cpp can translate today.
//
// The standard packages are written in Go against the whole Go 1.19 API,
// ahead of the printer: strings.Map needs function values, Builder.Write
// returns an error, and so on. Rather than refusing a whole package for one
// such function, a package other than main is translated without the
// declarations the printer refuses, and every use of one of them (by the
// package itself, by another standard package, by a user's program) is
// refused by name: "go2cpp does not support strings.Map (it needs function
// values) yet". As the printer learns a construct, the declarations that
// needed it come back on their own, with no list to maintain.
//
// Which declarations to leave out is found by printing each one into a
// scratch printer (a probe): a declaration that throws Unsupported is out,
// and so is, at the next probe, every declaration that uses it; the probes
// repeat until nothing new falls out. A function a standard package
// declares without a body under "//go2cpp:unsupported REASON" (its API is
// Go's, its implementation is still to come) is out from the start, with
// that reason. The probe of a package first takes in
// what its imports leave out, so that the answer is the same whether the
// package is being compiled into rtlib or merely imported by a user's
// program (which recomputes it: a few milliseconds per package).
#include <spdlog/spdlog.h>

#include <functional>
#include <optional>

#include "emit/emitter.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"

namespace emit {

namespace {

// "strings.Map", "strings.Builder.Write": how a user finds it in the docs.
std::string goName(const types::Object* obj) {
  std::string name = obj->name;
  if (obj->kind == types::ObjectKind::Func && obj->type) {
    if (const auto* sig = obj->type->as<types::Signature>(); sig && sig->recv) {
      const types::Type* rt = sig->recv->type;
      if (rt && rt->kind == types::TypeKind::Pointer) rt = rt->as<types::Pointer>()->elem;
      if (const auto* named = rt ? rt->as<types::Named>() : nullptr) name = named->obj->name + "." + name;
    }
  }
  return obj->pkg ? obj->pkg->name + "." + name : name;
}

// Adds what the package leaves out to `out`, after its imports' (each
// package once: `done`).
void collect(const types::CheckedPackage& pkg, const Options& opts, Unavailable& out,
             std::set<const types::Package*>& done) {
  if (!done.insert(pkg.pkg).second) return;
  if (opts.findPackage)
    for (const types::Package* imp : pkg.pkg->imports)
      if (const types::CheckedPackage* checked = opts.findPackage(imp->path)) collect(*checked, opts, out, done);
  if (pkg.pkg->path == "main" || opts.programPackages.count(pkg.pkg->path)) return;  // a program must translate whole
  for (;;) {
    diag::Diagnostics scratch;
    Emitter probe(pkg, opts, scratch);
    probe.unavailable = &out;
    std::map<const types::Object*, std::string> found = probe.probe();
    if (found.empty()) return;
    for (const auto& [obj, root] : found) spdlog::debug("{}: left out {} (it needs {})", pkg.pkg->path, goName(obj), root);
    out.insert(found.begin(), found.end());
  }
}

}  // namespace

std::optional<std::string> unsupportedDirective(const syntax::FuncDecl* fd) {
  static constexpr std::string_view prefix = "go2cpp:unsupported";
  if (!fd || fd->body) return std::nullopt;
  for (const std::string& d : fd->directives)
    if (d.starts_with(prefix)) {
      std::string reason = d.substr(prefix.size());
      reason.erase(0, reason.find_first_not_of(" \t"));
      return reason.empty() ? std::string("an implementation") : reason;
    }
  return std::nullopt;
}

Unavailable unavailableDeclarations(const types::CheckedPackage& pkg, const Options& opts) {
  Unavailable out;
  std::set<const types::Package*> done;
  collect(pkg, opts, out, done);
  return out;
}

bool Emitter::isUnavailable(const types::Object* obj) const {
  return unavailable && obj && unavailable->count(obj) > 0;
}

void Emitter::requireAvailable(const types::Object* obj, diag::Pos at) const {
  if (!isUnavailable(obj)) return;
  const std::string& root = unavailable->at(obj);
  unavailableRoot = root;
  unsupported(at, goName(obj) + " (it needs " + root + ")");
}

void Emitter::requireAvailableType(const types::Type* t, diag::Pos at) const {
  if (!t || !unavailable || unavailable->empty()) return;
  switch (t->kind) {
    case types::TypeKind::Named: return requireAvailable(t->as<types::Named>()->obj, at);
    case types::TypeKind::Pointer: return requireAvailableType(t->as<types::Pointer>()->elem, at);
    case types::TypeKind::Slice: return requireAvailableType(t->as<types::Slice>()->elem, at);
    case types::TypeKind::Array: return requireAvailableType(t->as<types::Array>()->elem, at);
    case types::TypeKind::Tuple:
      for (size_t i = 0; i < t->as<types::Tuple>()->size(); i++) requireAvailableType(t->as<types::Tuple>()->at(i), at);
      return;
    default: return;  // the printer refuses the others itself, if it must
  }
}

std::map<const types::Object*, std::string> Emitter::probe() {
  std::map<const types::Object*, std::string> found;
  Printer scratch(false);
  out = &scratch;
  auto attempt = [&](const types::Object* obj, const std::function<void()>& print) {
    if (!obj || isUnavailable(obj) || found.count(obj)) return;
    unavailableRoot.clear();
    try {
      print();
    } catch (const Unsupported& u) {
      found[obj] = unavailableRoot.empty() ? u.what : unavailableRoot;
    }
  };
  // Types alone: their methods are probed as functions.
  omitMethods = true;
  for (const auto& [obj, spec] : typeSpecs) attempt(obj, [&, spec = spec] { typeSpec(spec, false); });
  omitMethods = false;
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls) {
      const auto* g = d->as<syntax::GenDecl>();
      if (!g || (g->tok != syntax::Token::Var && g->tok != syntax::Token::Const)) continue;
      for (const syntax::Spec* s : g->specs)
        for (const syntax::Ident* id : s->as<syntax::ValueSpec>()->names) {
          const types::Object* obj = info.objectOf(id);
          if (obj && obj->type && !types::isUntyped(obj->type))
            attempt(obj, [&] { cppType(obj->type, id->pos); });
        }
    }
  for (const types::Initializer& init : info.initOrder) {
    if (init.lhs.empty()) continue;
    attempt(init.lhs[0], [&] {
      sequenceCalls({init.rhs}, init.rhs->pos);
      value(init.rhs);
    });
    // x, y = f(): the variables stand or fall together.
    if (found.count(init.lhs[0]))
      for (const types::Object* v : init.lhs) found.emplace(v, found.at(init.lhs[0]));
  }
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls)
      if (const auto* fd = d->as<syntax::FuncDecl>()) {
        const types::Object* obj = info.objectOf(fd->name);
        if (std::optional<std::string> reason = unsupportedDirective(fd)) {
          if (obj && !isUnavailable(obj)) found.emplace(obj, *reason);
          continue;
        }
        attempt(obj, [&] { funcDecl(fd); });
      }
  out = nullptr;
  return found;
}

}  // namespace emit
