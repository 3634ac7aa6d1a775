// This file implements declarations: collecting a package's objects from all
// its files, resolving each package-level object lazily and in dependency
// order (go/types' objDecl, with grey objects detecting cycles), local
// declarations, and the package's initialization order (spec: "Package
// initialization").
#include <algorithm>
#include <functional>

#include "types/checker.hpp"
#include "types/import_path.hpp"

namespace types {

using namespace syntax;

void Checker::declare(Scope* s, const Ident* id, Object* obj) {
  if (id) info.defs[id] = obj;
  if (obj->name == "_") return;
  if (Object* prev = s->insert(obj)) {
    std::string msg = obj->name + " redeclared in this block";
    if (prev->pos.isKnown()) msg += "\n\tother declaration of " + obj->name + " at " + prev->pos.str();
    error(obj->pos, msg);
  }
  obj->pkg = pkg;
  if (obj->kind == ObjectKind::Var && !obj->isParam && !obj->isField && s != pkg->scope && funcVars)
    funcVars->push_back(obj);
}

void Checker::collectObjects() {
  for (const File* file : out.files) {
    Scope* fs = ctx.newScope(pkg->scope);
    info.scopes[file] = fs;
    if (file->packageName && file->packageName->name == "_") {
      error(file->packageName->pos, "invalid package name _");
    }
    if (file->packageName && file->packageName->name != pkg->name) {
      error(file->packageName->pos, "package " + file->packageName->name + "; expected " + pkg->name);
      continue;
    }
    for (const Decl* d : file->decls) {
      if (auto* fd = d->as<FuncDecl>()) {
        auto di = std::make_unique<DeclInfo>();
        di->file = file;
        di->fileScope = fs;
        di->funcDecl = fd;
        Object* obj = ctx.newObject(ObjectKind::Func, fd->name->name, nullptr, fd->name->pos);
        obj->decl = fd;
        obj->pkg = pkg;
        declOf[obj] = di.get();
        decls.push_back(std::move(di));
        if (fd->recv) {
          info.defs[fd->name] = obj;  // methods are attached when their receiver type resolves
        } else if (fd->name->name == "init") {
          info.defs[fd->name] = obj;
          if (fd->type->params && !fd->type->params->list.empty())
            error(fd->name->pos, "func init must have no arguments and no return values");
          info.initFuncs.push_back(obj);
        } else if (fd->name->name == "main" && pkg->name == "main" && fd->type->params &&
                   (!fd->type->params->list.empty() || (fd->type->results && !fd->type->results->list.empty()))) {
          error(fd->name->pos, "func main must have no arguments and no return values");
          declare(pkg->scope, fd->name, obj);
        } else {
          declare(pkg->scope, fd->name, obj);
        }
        pkgObjects.push_back(obj);
        continue;
      }
      auto* gd = d->as<GenDecl>();
      if (!gd) continue;
      const ValueSpec* lastConst = nullptr;
      for (const Spec* spec : gd->specs) {
        if (auto* is = spec->as<ImportSpec>()) {
          std::string path = is->path ? is->path->bytes : "";
          if (std::string problem = importPathProblem(path); !problem.empty()) {
            error(is->path ? is->path->pos : is->pos, problem);
            continue;
          }
          CheckedPackage* imp = ctx.import(path, is->path ? is->path->pos : is->pos, diags);
          Package* imported = imp ? imp->pkg : nullptr;
          if (!imported) {
            // Reported already; declare the name anyway so that its uses
            // are not reported again (its members are all invalid).
            imported = ctx.newPackage(path);
            imported->name = path.substr(path.rfind('/') + 1);
            imported->isFake = true;
          } else {
            pkg->imports.push_back(imported);
          }
          std::string name = is->name ? is->name->name : imported->name;
          if (name == "_") continue;
          if (name == "." && imported->isFake) continue;
          if (name == ".") {
            for (auto& [n, o] : imported->scope->names)
              if (!n.empty() && std::isupper(static_cast<unsigned char>(n[0]))) fs->insert(o);
            continue;
          }
          Object* pn = ctx.newObject(ObjectKind::PkgName, name, nullptr, is->name ? is->name->pos : is->path->pos);
          pn->imported = imported;
          pn->pkg = pkg;
          if (imported->isFake) usedPkgNames.insert(pn);
          if (is->name) info.defs[is->name] = pn;
          if (Object* prev = fs->insert(pn)) {
            error(pn->pos, name + " redeclared in this block");
            (void)prev;
          }
          importSpecs[pn] = is;
        } else if (auto* vs = spec->as<ValueSpec>()) {
          bool isConst = gd->tok == Token::Const;
          const ValueSpec* src = vs;
          if (isConst && vs->type == nullptr && vs->values.empty() && lastConst) src = lastConst;
          if (isConst && (vs->type || !vs->values.empty())) lastConst = vs;
          bool shared = !isConst && vs->values.size() == 1 && vs->names.size() > 1;
          DeclInfo* sharedInfo = nullptr;
          for (size_t i = 0; i < vs->names.size(); ++i) {
            Ident* id = vs->names[i];
            Object* obj = ctx.newObject(isConst ? ObjectKind::Const : ObjectKind::Var, id->name, nullptr, id->pos);
            DeclInfo* di = sharedInfo;
            if (!di) {
              auto owned = std::make_unique<DeclInfo>();
              di = owned.get();
              decls.push_back(std::move(owned));
              di->file = file;
              di->fileScope = fs;
              di->valueSpec = vs;
              di->typeExpr = src->type;
              di->iota = vs->iota;
              if (shared) {
                sharedInfo = di;
                di->init = vs->values[0];
              } else if (i < src->values.size()) {
                di->init = src->values[i];
              }
            }
            if (shared) di->lhs.push_back(obj);
            declOf[obj] = di;
            declare(pkg->scope, id, obj);
            pkgObjects.push_back(obj);
          }
          if (!shared && !vs->values.empty() && vs->values.size() != vs->names.size()) {
            error(vs->pos, vs->values.size() < vs->names.size() ? "missing init expr for const declaration"
                                                                 : "extra init expr");
          }
        } else if (auto* ts = spec->as<TypeSpec>()) {
          auto di = std::make_unique<DeclInfo>();
          di->file = file;
          di->fileScope = fs;
          di->typeSpec = ts;
          Object* obj = ctx.newObject(ObjectKind::TypeName, ts->name->name, nullptr, ts->name->pos);
          declOf[obj] = di.get();
          decls.push_back(std::move(di));
          declare(pkg->scope, ts->name, obj);
          pkgObjects.push_back(obj);
        }
      }
    }
  }
}

// Resolves one package-level object, first resolving what it depends on.
void Checker::objDecl(Object* obj) {
  if (resolved.count(obj)) return;
  if (resolving.count(obj)) {
    if (obj->kind == ObjectKind::TypeName) {
      // A named type may refer to itself through pointers, slices, ... which
      // is fine: its Named exists already. Direct cycles are caught in typeDecl.
      if (obj->type) return;
    }
    if (obj->kind == ObjectKind::Func) return;  // recursion through bodies is fine
    // A cycle of constants and variables is reported by the initialization
    // order (computeInitOrder) as gc does: "initialization loop for x".
    if (obj->kind != ObjectKind::Const && obj->kind != ObjectKind::Var)
      error(obj->pos, std::string(obj->kind == ObjectKind::TypeName ? "invalid recursive type " : "illegal cycle in declaration of ") + obj->name);
    if (!obj->type) obj->type = ctx.basic(BasicKind::Invalid);
    return;
  }
  DeclInfo* d = declOf[obj];
  if (!d) return;
  resolving.insert(obj);
  Scope* savedScope = scope;
  Scope* savedFile = fileScope;
  DeclInfo* savedDecl = currentDecl;
  int savedIota = iota;
  scope = d->fileScope;
  fileScope = d->fileScope;
  currentDecl = d;
  switch (obj->kind) {
    case ObjectKind::Const: constDecl(obj, d->typeExpr, d->init, d->iota); break;
    case ObjectKind::Var: varDecl(obj, d->lhs, d->typeExpr, d->init); break;
    case ObjectKind::TypeName: typeDecl(obj, d->typeSpec); break;
    case ObjectKind::Func: funcDecl(obj, d->funcDecl); break;
    default: break;
  }
  scope = savedScope;
  fileScope = savedFile;
  currentDecl = savedDecl;
  iota = savedIota;
  resolving.erase(obj);
  resolved.insert(obj);
}

void Checker::constDecl(Object* obj, const Expr* typ, const Expr* init, int iotaValue) {
  int outerIota = iota;  // a const declaration inside a function literal inside another one
  iota = iotaValue;
  struct Restore { int& v; int saved; ~Restore() { v = saved; } } restore{iota, outerIota};
  Type* t = typ ? typExpr(typ) : nullptr;
  if (t && !isConstType(t)) {
    error(typ->pos, "invalid constant type " + typeString(t));
    t = nullptr;
  }
  Operand x;
  if (!init) {
    error(obj->pos, "missing init expr for " + obj->name);
    obj->type = ctx.basic(BasicKind::Invalid);
    iota = -1;
    return;
  }
  expr(x, init);
  iota = -1;
  if (!x.invalid() && x.mode != Mode::Constant) {
    error(init->pos, exprString(init) + " (" + (x.type ? "value of type " + typeString(x.type) : "value") +
                         ") is not constant");
    x.mode = Mode::Invalid;
  }
  if (x.invalid()) {
    obj->type = ctx.basic(BasicKind::Invalid);
    return;
  }
  if (t) assignment(x, t, "constant declaration");
  obj->type = x.invalid() ? ctx.basic(BasicKind::Invalid) : x.type;
  obj->value = x.val;
}

void Checker::varDecl(Object* obj, const std::vector<Object*>& lhs, const Expr* typ, const Expr* init) {
  Type* t = typ ? typExpr(typ) : nullptr;
  if (!lhs.empty()) {
    // var a, b = f(): one initializer for several variables.
    for (Object* v : lhs) v->type = t;
    initVars(lhs, {init}, init, "variable declaration");
    for (Object* v : lhs) resolved.insert(v);
    return;
  }
  obj->type = t;
  if (!init) {
    if (!t) obj->type = ctx.basic(BasicKind::Invalid);
    return;
  }
  initVars({obj}, {init}, init, "variable declaration");
}

void Checker::typeDecl(Object* obj, const TypeSpec* spec) {
  if (spec->typeParams && !spec->typeParams->list.empty() && spec->isAlias) {
    error(spec->typeParams->opening, "generic type cannot be alias");
  }
  if (spec->isAlias) {
    obj->type = ctx.basic(BasicKind::Invalid);  // guard against self-reference
    obj->type = typExpr(spec->type);
    return;
  }
  auto* named = ctx.types().make<Named>();
  named->obj = obj;
  obj->type = named;
  Scope* saved = scope;
  if (spec->typeParams && !spec->typeParams->list.empty()) {
    // The parameters live in a scope of their own around the type.
    scope = ctx.newScope(scope);
    info.scopes[spec] = scope;
    named->typeParams = declareTypeParams(spec->typeParams, scope);
  }
  Type* u = typExpr(spec->type);
  scope = saved;
  Type* under = underlying(u);
  if (under->kind == TypeKind::TypeParam) {
    error(spec->type->pos, "cannot use a type parameter as RHS in type declaration");
    under = ctx.basic(BasicKind::Invalid);
  }
  if (auto* rhs = under->as<Named>()) {
    // type T2 T1 while T1 is still being declared (type T1 struct{ next *T2 }):
    // T2's underlying type is T1's, known once T1 is done. A chain of such
    // waits that comes back to T2 is an invalid recursive type.
    for (Named* n = rhs; n; n = waitingFor.count(n) ? waitingFor[n] : nullptr) {
      if (n == named) {
        error(obj->pos, "invalid recursive type " + obj->name);
        setUnderlying(named, ctx.basic(BasicKind::Invalid));
        return;
      }
    }
    waitingFor[named] = rhs;
    return;
  }
  setUnderlying(named, under);
}

// Sets a defined type's underlying type, and that of the types declared
// as it (type T2 T1) that were waiting for it.
void Checker::setUnderlying(Named* named, Type* under) {
  Object* obj = named->obj;
  named->underlying = under;
  if (containsByValue(under, named)) {
    error(obj->pos, "invalid recursive type " + obj->name + "\n\t" + obj->name + " refers to\n\t\t" + obj->name);
    named->underlying = ctx.basic(BasicKind::Invalid);
  }
  if (named->isGeneric()) ctx.completeInstances(named);
  std::vector<Named*> waiters;
  for (auto& [w, target] : waitingFor)
    if (target == named) waiters.push_back(w);
  for (Named* w : waiters) {
    waitingFor.erase(w);
    setUnderlying(w, named->underlying);
  }
}

// Whether t holds target by value (a struct field or an array element,
// directly or through other named types): such a type would be infinitely
// large. Pointers, slices, maps, channels and funcs break the chain.
bool Checker::containsByValue(Type* t, Named* target) {
  std::set<Type*> seen;
  std::function<bool(Type*)> visit = [&](Type* cur) -> bool {
    if (!cur) return false;
    if (auto* n = cur->as<Named>()) {
      if (n == target) return true;
      if (!seen.insert(n).second) return false;
      cur = n->underlying;
      if (!cur) return false;
    }
    if (auto* st = cur->as<Struct>()) {
      for (auto& f : st->fields)
        if (visit(f.var->type)) return true;
    } else if (auto* a = cur->as<Array>()) {
      return visit(a->elem);
    }
    return false;
  };
  return visit(t);
}

void Checker::funcDecl(Object* obj, const FuncDecl* decl) {
  Scope* fscope = ctx.newScope(scope);
  fscope->isFunc = true;
  info.scopes[decl->type] = fscope;
  obj->type = funcType(decl->type, decl->recv, fscope);
  bool native = std::find(decl->directives.begin(), decl->directives.end(), "go2cpp:native") != decl->directives.end();
  obj->isNative = native;
  // A declaration without body is Go (the body may be assembly or a
  // //go:linkname target): as types2, only init and generic functions must
  // have one. Building a program needs every body: the printer refuses the
  // rest with gc's -complete message.
  if (!decl->body && !native) {
    if (!decl->recv && decl->name->name == "init") error(decl->name->pos, "missing function body");
    else if (decl->type->typeParams && !decl->type->typeParams->list.empty())
      error(decl->pos, "parameterized function is missing function body");
  }
  if (decl->recv) {
    auto* sig = obj->type->as<Signature>();
    Type* rt = sig->recv ? sig->recv->type : nullptr;
    if (rt && rt->as<Pointer>()) rt = rt->as<Pointer>()->elem;
    if (auto* named = rt ? rt->as<Named>() : nullptr) {
      for (Object* m : named->methods)
        if (m->name == obj->name && obj->name != "_")
          error(decl->name->pos, "method " + named->obj->name + "." + obj->name + " already declared at " + m->pos.str());
      named->methods.push_back(obj);
      if (named->isGeneric()) ctx.completeInstances(named);
    } else if (rt && rt->kind != TypeKind::Basic) {
      error(decl->recv->opening, "invalid receiver type " + typeString(rt));
    }
  }
}

void Checker::localDecl(const GenDecl* gd) {
  const ValueSpec* lastConst = nullptr;
  for (const Spec* spec : gd->specs) {
    if (auto* vs = spec->as<ValueSpec>()) {
      if (gd->tok == Token::Const) {
        const ValueSpec* src = vs;
        if (!vs->type && vs->values.empty() && lastConst) src = lastConst;
        if (vs->type || !vs->values.empty()) lastConst = vs;
        std::vector<Object*> objs;
        for (size_t i = 0; i < vs->names.size(); ++i) {
          Object* obj = ctx.newObject(ObjectKind::Const, vs->names[i]->name, nullptr, vs->names[i]->pos);
          constDecl(obj, src->type, i < src->values.size() ? src->values[i] : nullptr, vs->iota);
          objs.push_back(obj);
        }
        // Declared after the initializers: `const x = x` refers to the outer x.
        for (size_t i = 0; i < objs.size(); ++i) {
          declare(scope, vs->names[i], objs[i]);
          objs[i]->used = true;  // unused constants are fine in Go
        }
        continue;
      }
      std::vector<Object*> objs;
      Type* t = vs->type ? typExpr(vs->type) : nullptr;
      for (Ident* id : vs->names) objs.push_back(ctx.newObject(ObjectKind::Var, id->name, t, id->pos));
      if (!vs->values.empty()) {
        std::vector<const Expr*> rhs(vs->values.begin(), vs->values.end());
        initVars(objs, rhs, vs, "variable declaration");
      }
      for (size_t i = 0; i < objs.size(); ++i) declare(scope, vs->names[i], objs[i]);
    } else if (auto* ts = spec->as<TypeSpec>()) {
      Object* obj = ctx.newObject(ObjectKind::TypeName, ts->name->name, nullptr, ts->name->pos);
      declare(scope, ts->name, obj);  // before the type: local types may be recursive
      typeDecl(obj, ts);
    }
  }
}

// The dependencies path from `from` to `to` (go/types' findPath): the
// objects on the way, reversed ({to, ..., first step}); empty if none.
std::vector<Object*> Checker::dependencyPath(Object* from, Object* to, std::set<Object*>& seen) {
  if (!seen.insert(from).second) return {};
  DeclInfo* d = declOf.count(from) ? declOf[from] : nullptr;
  if (!d) return {};
  for (Object* dep : d->deps) {
    if (dep == to) return {dep};
    std::vector<Object*> p = dependencyPath(dep, to, seen);
    if (!p.empty()) {
      p.push_back(dep);
      return p;
    }
  }
  return {};
}

// gc's report of an initialization cycle (types2's reportCycle with
// compiler messages): "initialization loop for a", then each step.
void Checker::reportInitCycle(const std::vector<Object*>& cycle) {
  Object* obj = cycle[0];
  std::string msg = "initialization loop for " + obj->name;
  for (size_t i = cycle.size(); i-- > 0;) {
    msg += "\n\t" + obj->pos.str() + ": " + obj->name + " refers to";
    obj = cycle[i];
  }
  msg += "\n\t" + obj->pos.str() + ": " + obj->name;
  error(cycle[0]->pos, msg);
}

// Spec: repeatedly initialize the earliest variable in declaration order that
// has no uninitialized dependencies (dependencies go through functions).
// Cycles of constants, variables and functions are reported first, once each.
void Checker::computeInitOrder() {
  std::set<Object*> inReportedCycle;
  for (Object* obj : pkgObjects) {
    if ((obj->kind != ObjectKind::Var && obj->kind != ObjectKind::Const) || inReportedCycle.count(obj)) continue;
    std::set<Object*> seen;
    std::vector<Object*> cycle = dependencyPath(obj, obj, seen);
    if (cycle.empty()) continue;
    reportInitCycle(cycle);
    inReportedCycle.insert(cycle.begin(), cycle.end());
  }
  std::map<Object*, std::set<Object*>> varDeps;
  for (Object* obj : pkgObjects) {
    if (obj->kind != ObjectKind::Var) continue;
    std::set<Object*> seen, result;
    std::function<void(Object*)> visit = [&](Object* o) {
      DeclInfo* d = declOf[o];
      if (!d) return;
      for (Object* dep : d->deps) {
        if (!seen.insert(dep).second) continue;
        if (dep->kind == ObjectKind::Var) result.insert(dep);
        else visit(dep);
      }
    };
    visit(obj);
    varDeps[obj] = result;
  }
  std::set<Object*> done;
  std::set<const DeclInfo*> emitted;
  std::vector<Object*> pending;
  for (Object* obj : pkgObjects)
    if (obj->kind == ObjectKind::Var) pending.push_back(obj);
  while (!pending.empty()) {
    auto it = std::find_if(pending.begin(), pending.end(), [&](Object* v) {
      for (Object* d : varDeps[v])
        if (d != v && !done.count(d)) return false;
      return true;
    });
    // Only a cycle (reported above) leaves no variable ready.
    if (it == pending.end()) it = pending.begin();
    Object* v = *it;
    pending.erase(it);
    done.insert(v);
    DeclInfo* d = declOf[v];
    if (!d->init || emitted.count(d)) continue;
    emitted.insert(d);
    Initializer init;
    init.lhs = d->lhs.empty() ? std::vector<Object*>{v} : d->lhs;
    init.rhs = d->init;
    info.initOrder.push_back(init);
  }
}

void Checker::unusedImports() {
  for (auto& [obj, spec] : importSpecs) {
    if (usedPkgNames.count(obj)) continue;
    std::string path = spec->path ? spec->path->bytes : "";
    std::string msg = "imported and not used: \"" + path + "\"";
    if (spec->name) msg = "\"" + path + "\" imported as " + obj->name + " and not used";
    error(spec->path ? spec->path->pos : spec->pos, msg);
  }
}

}  // namespace types
