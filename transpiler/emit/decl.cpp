// This file implements package-level declarations: types (in an order C++
// accepts), typed constants, variables, function prototypes and bodies,
// and init_package().
//
// Go has no declaration order and C++ does, so the header is printed in
// phases (as cppfront does): forward declarations of every struct, then
// type definitions with whatever they hold by value first, then constants,
// variables and prototypes. Package variables are zero-initialized
// definitions; their Go initializers run in init_package(), in the order
// the checker computed (Info::initOrder), followed by the init() functions,
// after the imported packages' init_package() (each runs once).
#include "emit/constants.hpp"
#include "emit/emitter.hpp"
#include "emit/maps.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/unnamed_types.hpp"
#include "emit/walk.hpp"

namespace emit {

using syntax::Token;

namespace {

// The package-level named types that t needs complete (or, for aliases,
// declared) before it can be defined: everything but structs behind a
// pointer or a slice, which a forward declaration covers. With `unnamed`,
// unnamed struct and interface types held by value are collected there
// instead of being looked into (they get definitions of their own).
void typeDeps(const types::Type* t, const types::Package* pkg, bool byValue, std::vector<const types::Object*>& deps,
              std::vector<const types::Type*>* unnamed = nullptr) {
  if (!t) return;
  if (unnamed && (t->kind == types::TypeKind::Struct || t->kind == types::TypeKind::Interface)) {
    bool hasName = t->kind == types::TypeKind::Struct || !interfaceMethods(t).empty();
    if (byValue && hasName) unnamed->push_back(t);
    return;
  }
  switch (t->kind) {
    case types::TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      if (!n->obj->pkg || n->obj->pkg != pkg || !n->obj->isPackageLevel()) return;
      // A recursive non-struct type is a struct too (declared ahead).
      bool isStruct = (n->underlying && n->underlying->kind == types::TypeKind::Struct) || isRecursiveType(n);
      if (byValue || !isStruct) deps.push_back(n->obj);
      for (const types::Type* a : n->typeArgs) typeDeps(a, pkg, byValue, deps);  // List[Point] holds Points
      return;
    }
    case types::TypeKind::Pointer: return typeDeps(t->as<types::Pointer>()->elem, pkg, false, deps, unnamed);
    case types::TypeKind::Slice: return typeDeps(t->as<types::Slice>()->elem, pkg, false, deps, unnamed);
    case types::TypeKind::Map:
      typeDeps(t->as<types::Map>()->key, pkg, false, deps, unnamed);
      return typeDeps(t->as<types::Map>()->elem, pkg, false, deps, unnamed);
    case types::TypeKind::Array: return typeDeps(t->as<types::Array>()->elem, pkg, byValue, deps, unnamed);
    case types::TypeKind::Struct:
      for (const auto& f : t->as<types::Struct>()->fields) typeDeps(f.var->type, pkg, true, deps);
      return;
    default: return;
  }
}

}  // namespace

void Emitter::valueDeps(const types::Type* t, std::vector<const types::Object*>& deps,
                        std::vector<const types::Type*>& unnamed) const {
  typeDeps(t, pkg, true, deps, &unnamed);
}

void Emitter::typeDecls() {
  std::vector<const syntax::TypeSpec*> specs;
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls)
      if (const auto* g = d->as<syntax::GenDecl>(); g && g->tok == Token::Type)
        for (const syntax::Spec* s : g->specs) specs.push_back(s->as<syntax::TypeSpec>());
  noteUnnamedTypesOfDeclarations();
  if (specs.empty() && unnamedTypes.empty() && hoistedTypes.empty()) return;
  // Every struct first, so that pointers and slices of it can be named.
  unnamedForwardDecls();
  for (const syntax::TypeSpec* spec : specs) {
    const types::Object* obj = info.objectOf(spec->name);
    if (obj && obj->name == "_") continue;  // (type _ T: never used, never defined)
    if (!spec->isAlias && obj && !isUnavailable(obj) && obj->type->kind == types::TypeKind::Named &&
        (types::underlying(obj->type)->kind == types::TypeKind::Struct || isRecursiveType(obj->type))) {
      out->at(spec->pos);
      if (spec->typeParams) out->write(templateHead(obj->type->as<types::Named>()->typeParams) + " ");  // (generic.cpp)
      out->write("struct " + cppName(spec->name->name) + ";");
    } else if (!spec->isAlias && obj && !isUnavailable(obj) &&
               obj->type->kind == types::TypeKind::Named &&
               types::underlying(obj->type)->kind == types::TypeKind::Interface &&
               !interfaceMethods(obj->type).empty()) {
      // An interface with methods is a struct too, and a method of a struct
      // defined before it may take or return it (powser2.go's item); a
      // generic one is a class template (generic.cpp).
      out->at(spec->pos);
      if (spec->typeParams) out->write(templateHead(obj->type->as<types::Named>()->typeParams) + " ");
      out->write("struct " + cppName(spec->name->name) + ";");
    }
    // Interfaces with methods are structs too (iface.cpp): a struct's
    // member functions may name one before its definition.
    if (!spec->isAlias && obj && !isUnavailable(obj) && !spec->typeParams && obj->type->kind == types::TypeKind::Named &&
        types::underlying(obj->type)->kind == types::TypeKind::Interface && !interfaceMethods(obj->type).empty()) {
      out->at(spec->pos);
      out->write("struct " + cppName(spec->name->name) + ";");
    }
  }
  std::set<const types::Object*> done;
  // Defined types that are C++ aliases first: over basic types, and over
  // maps, slices, pointers, channels and funcs, which name the structs
  // they hold without needing them complete. Any struct's member
  // functions may name them (Value.Kind() Kind; a method taking a
  // `type M map[K]V` declared after its receiver's type).
  auto earlyAlias = [&](const syntax::TypeSpec* spec, const types::Object* obj) {
    if (!obj) return false;
    if (types::underlying(obj->type)->kind == types::TypeKind::Basic) return true;
    if (spec->typeParams || spec->isAlias || obj->type->kind != types::TypeKind::Named || isRecursiveType(obj->type))
      return false;
    switch (types::underlying(obj->type)->kind) {
      case types::TypeKind::Map:
      case types::TypeKind::Slice:
      case types::TypeKind::Pointer:
      case types::TypeKind::Chan:
      case types::TypeKind::Signature: return true;
      default: return false;
    }
  };
  for (const syntax::TypeSpec* spec : specs) {
    const types::Object* obj = info.objectOf(spec->name);
    if (!earlyAlias(spec, obj)) continue;
    try {
      typeDefinition(obj, done);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
  for (const syntax::TypeSpec* spec : specs) {
    try {
      if (const types::Object* obj = info.objectOf(spec->name)) typeDefinition(obj, done);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
  remainingUnnamedTypes(done);
  hoistedTypeDecls();  // types declared in functions that are class templates (local_types.cpp)
  // Interface methods that needed every struct complete (iface.cpp).
  for (const std::string& def : outOfLineIfaceMethods) out->line(def);
  outOfLineIfaceMethods.clear();
}

void Emitter::typeDefinition(const types::Object* obj, std::set<const types::Object*>& done) {
  if (done.count(obj) || isUnavailable(obj) || obj->name == "_") return;  // (type _ T: never used)
  done.insert(obj);
  const syntax::TypeSpec* spec = typeSpecs.count(obj) ? typeSpecs.at(obj) : nullptr;
  if (!spec) return;
  std::vector<const types::Object*> deps;
  std::vector<const types::Type*> unnamed;
  const types::Type* t = obj->type;
  if (const auto* n = t->as<types::Named>(); n && !spec->isAlias) t = n->underlying;
  if (const auto* st = t->as<types::Struct>()) {
    for (const auto& f : st->fields) valueDeps(f.var->type, deps, unnamed);
  } else if (t->kind != types::TypeKind::Interface) {
    valueDeps(t, deps, unnamed);
  }
  for (const types::Object* d : deps) typeDefinition(d, done);
  for (const types::Type* u : unnamed) unnamedTypeDefinition(u, done);
  typeSpec(spec, false);
}

void Emitter::typeSpec(const syntax::TypeSpec* spec, bool local) {
  const types::Object* obj = info.objectOf(spec->name);
  if (!obj) return;
  // A class template at namespace scope, not a local class (local_types.cpp).
  if (local && hoistedType(obj)) return;
  bool generic = spec->typeParams != nullptr || hoistedType(obj);  // a class template (generic.cpp)
  if (generic && types::underlying(obj->type)->kind != types::TypeKind::Struct) return genericTypeSpec(spec, obj);
  std::string name = typeCppName(obj);
  const types::Type* named = spec->isAlias ? nullptr : obj->type;
  const types::Type* u = types::underlying(obj->type);
  out->at(spec->pos);
  if (spec->isAlias || !named) {
    out->write("using " + name + " = " + cppType(obj->type, spec->pos) + ";");
    return;
  }
  if (u->kind != types::TypeKind::Struct) {
    // A defined type over another: C++ spells it as an alias (distinct Go
    // types with one underlying type become one C++ type).
    const types::Type* target = typeOf(spec->type);
    if (!target || target->kind != types::TypeKind::Named) target = u;
    if (u->kind == types::TypeKind::Interface) {
      // A local interface's struct names its descriptor: that comes first.
      if (local && !interfaceMethods(obj->type).empty()) {
        localTypeDesc(obj);
        if (!localDescs.count(obj->type)) unsupported(spec->pos, "this local interface type");
        out->at(spec->pos);
      }
      interfaceDefinition(obj, name);
      // An empty one is go::any; its descriptor still names it ([]T, %T).
      if (local && interfaceMethods(obj->type).empty()) localTypeDesc(obj);
      return;
    }
    if (isRecursiveType(obj->type)) {
      // type S []S: a struct that is its representation (go/recursive.hpp).
      out->write("struct " + name + " : go::recursive<" + cppType(u, spec->pos) + "> { using recursive::recursive; };");
      if (local) localTypeDesc(obj);
      return;
    }
    out->write("using " + name + " = " + cppType(target, spec->pos) + ";");
    if (local) localTypeDesc(obj);
    return;
  }
  if (!local) qualifyTypes = false;  // (a refused declaration may have left it set)
  structDefinition(u->as<types::Struct>(), obj->type, name, obj);
  // A local type's descriptor follows it (it cannot live in the header).
  if (local) localTypeDesc(obj);
}

void Emitter::structDefinition(const types::Struct* st, const types::Type* t, const std::string& name, const types::Object* obj) {
  // A member named like a type of the package (an embedded field always
  // is) hides the type inside the struct: spell types with the namespace.
  bool savedQualify = qualifyTypes;
  for (const auto& f : st->fields)
    if (pkg->scope->lookupLocal(f.var->name) && pkg->scope->lookupLocal(f.var->name)->kind == types::ObjectKind::TypeName)
      qualifyTypes = true;
  if (membersShadowTypes(obj)) qualifyTypes = true;  // a method named like a type: func (t Time) Month() Month
  if (fieldsShadowLocalTypes(st)) qualifyTypes = true;  // type Y struct{ X } with a local X
  bool generic = obj && obj->type->kind == types::TypeKind::Named && !typeTemplateParams(obj).empty();
  if (generic) out->write(templateHead(typeTemplateParams(obj)) + " ");
  if (!obj && isDependent(t)) generic = true;  // an unnamed class template (generic_unnamed.cpp): its head is printed
  out->write("struct " + name + " {");
  out->indent();
  std::string lastType;
  int lastLine = -1;
  for (size_t i = 0; i < st->fields.size(); i++) {
    const auto& f = st->fields[i];
    std::string type = cppType(f.var->type, f.var->pos);
    std::string field = structMember(st, i) + "{}";
    // X, Y int → go::int_ X{}, Y{};
    if (type == lastType && f.var->pos.line == lastLine && sharesDeclaration(type)) {
      out->write(", " + field);
      continue;
    }
    if (lastLine >= 0) out->write(";");
    out->at(f.var->pos);
    out->write(type + " " + field);
    lastType = type;
    lastLine = f.var->pos.line;
  }
  if (lastLine >= 0) out->write(";");
  // A class template's == and hash exist for the instances that allow them.
  if (generic || types::comparable(const_cast<types::Type*>(t))) {
    out->line();
    // Blank fields take no part in == (go vet's struct{ _ int } idiom).
    std::string blankFree;
    bool hasBlank = false;
    // A field named like its struct (type T struct{ T string }) hides the
    // struct's own name inside it.
    std::string self = name;
    for (const auto& f : st->fields)
      if (cppName(f.var->name) == name && !generic && obj && obj->isPackageLevel()) self = "::" + ns + "::" + name;
    for (size_t i = 0; i < st->fields.size(); i++) {
      if (st->fields[i].var->name == "_") { hasBlank = true; continue; }
      std::string m = structMember(st, i);
      blankFree += (blankFree.empty() ? "" : " && ") + m + " == o." + m;
    }
    if (!hasBlank) out->line("bool operator==(const " + self + "&) const = default;");
    else if (blankFree.empty()) out->line("bool operator==(const " + self + "&) const { return true; }");
    else out->line("bool operator==(const " + self + "& o) const { return " + blankFree + "; }");
    // Map keys: the fields' hashes in order, blank fields (never set) left out.
    if (generic || isHashable(t)) {
      // A member, not a friend: local structs cannot define friends.
      std::string fields;
      for (const auto& f : st->fields)
        if (f.var->name != "_") fields += ", " + cppName(f.var->name);
      out->line("go::uintptr go_hash(go::uintptr seed) const { return go::hash_fields(seed" + fields + "); }");
    }
  }
  // Methods are member functions (defined in the .cpp of their file).
  if (auto it = methodDecls.find(obj); obj && it != methodDecls.end() && !omitMethods) {
    out->line();
    for (const syntax::FuncDecl* m : it->second) {
      const types::Object* fn = info.objectOf(m->name);
      if (!fn || isUnavailable(fn)) continue;
      out->at(m->pos);
      out->write(std::string(isPointerMethod(fn) ? "static " : "") + signature(fn, m, false, memberName(obj->type, fn->name)) + ";");
    }
  }
  out->dedent();
  out->line("};");
  qualifyTypes = savedQualify;
}

// --- lang: fields named like the local types of their struct ---
namespace {
void namedTypesIn(const types::Type* t, std::set<std::string>& names, int depth = 0) {
  if (!t || depth > 8) return;
  switch (t->kind) {
    case types::TypeKind::Named: names.insert(t->as<types::Named>()->obj->name); return;
    case types::TypeKind::Pointer: return namedTypesIn(t->as<types::Pointer>()->elem, names, depth + 1);
    case types::TypeKind::Slice: return namedTypesIn(t->as<types::Slice>()->elem, names, depth + 1);
    case types::TypeKind::Array: return namedTypesIn(t->as<types::Array>()->elem, names, depth + 1);
    case types::TypeKind::Chan: return namedTypesIn(t->as<types::Chan>()->elem, names, depth + 1);
    case types::TypeKind::Map:
      namedTypesIn(t->as<types::Map>()->key, names, depth + 1);
      return namedTypesIn(t->as<types::Map>()->elem, names, depth + 1);
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      for (const types::Tuple* tup : {sig->params, sig->results})
        for (size_t i = 0; tup && i < tup->size(); i++) namedTypesIn(tup->at(i), names, depth + 1);
      return;
    }
    default: return;
  }
}
}  // namespace

bool Emitter::fieldsShadowLocalTypes(const types::Struct* st) const {
  std::set<std::string> names;
  for (const auto& f : st->fields) namedTypesIn(f.var->type, names);
  for (const auto& f : st->fields)
    if (names.count(f.var->name)) return true;
  return false;
}

// --- rtpkg: methods named like types of the package ---
bool Emitter::membersShadowTypes(const types::Object* typeName) const {
  auto it = methodDecls.find(typeName);
  if (it == methodDecls.end()) return false;
  for (const syntax::FuncDecl* m : it->second)
    if (const types::Object* o = pkg->scope->lookupLocal(m->name->name); o && o->kind == types::ObjectKind::TypeName)
      return true;
  return false;
}

bool Emitter::localsShadowTypes(const syntax::FuncDecl* decl) const {
  bool shadows = false;
  auto visit = [&](const syntax::Node* n) {
    const auto* id = n->as<syntax::Ident>();
    auto it = id ? info.defs.find(id) : info.defs.end();
    if (shadows || it == info.defs.end() || !it->second || it->second->isPackageLevel()) return;
    const types::Object* o = pkg->scope->lookupLocal(id->name);
    shadows = o && o->kind == types::ObjectKind::TypeName;
  };
  for (const syntax::Node* part : {static_cast<const syntax::Node*>(decl->recv), static_cast<const syntax::Node*>(decl->type),
                                   static_cast<const syntax::Node*>(decl->body)})
    forEachNodeDeep(part, visit);
  return shadows;
}

bool Emitter::hasMemberNamed(const types::Object* typeName, const std::string& name) const {
  if (auto it = methodDecls.find(typeName); it != methodDecls.end())
    for (const syntax::FuncDecl* m : it->second)
      if (m->name->name == name) return true;
  const types::Type* u = types::underlying(const_cast<types::Type*>(typeName->type));
  if (const auto* st = u ? u->as<types::Struct>() : nullptr)
    for (const auto& f : st->fields)
      if (f.var->name == name) return true;
  return false;
}

void Emitter::constantDecls() {
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls) {
      const auto* g = d->as<syntax::GenDecl>();
      if (!g || g->tok != Token::Const) continue;
      for (const syntax::Spec* s : g->specs)
        for (const syntax::Ident* id : s->as<syntax::ValueSpec>()->names) {
          const types::Object* obj = info.objectOf(id);
          // Untyped constants have no C++ declaration: every use is printed
          // as a value. Typed numeric ones are declared for the reader.
          if (!obj || id->name == "_" || types::isUntyped(obj->type) || types::isString(obj->type)) continue;
          if (!types::isNumeric(obj->type) && !types::isBoolean(obj->type)) continue;
          if (isUnavailable(obj)) continue;
          try {
            std::string value = typedConstant(obj->value, obj->type, pkg, id->pos);
            out->at(id->pos);
            out->write("inline constexpr " + cppType(obj->type, id->pos) + " " + cppName(id->name) + " = " + value + ";");
          } catch (const Unsupported& u) {
            report(u);
          }
        }
    }
}

void Emitter::varDecls(const syntax::File* file, bool definition) {
  for (const syntax::Decl* d : file->decls) {
    const auto* g = d->as<syntax::GenDecl>();
    if (!g || g->tok != Token::Var) continue;
    for (const syntax::Spec* s : g->specs)
      for (const syntax::Ident* id : s->as<syntax::ValueSpec>()->names) {
        const types::Object* obj = info.objectOf(id);
        if (!obj || isUnavailable(obj)) continue;
        try {
          std::string type = cppType(obj->type, id->pos);
          out->at(id->pos);
          if (definition) out->write(type + " " + nameOf(obj) + "{};");
          else out->write("extern " + type + " " + nameOf(obj) + ";");
        } catch (const Unsupported& u) {
          report(u);
        }
      }
  }
}

std::string Emitter::signature(const types::Object* fn, const syntax::FuncDecl* decl, bool definition,
                               const std::string& name) {
  const auto* sig = fn->type->as<types::Signature>();
  std::string result = sig->results ? cppType(sig->results, decl->pos) : "void";
  if (sig->results && sig->results->size() == 0) result = "void";
  std::string params;
  bool firstParam = true;
  // A pointer receiver is the first parameter of a static member function:
  // Go may call it with a nil pointer, which C++'s `this` must never be.
  std::vector<const syntax::Field*> fields;
  if (decl->recv && (isPointerMethod(fn) || !isStructMethod(fn))) fields.insert(fields.end(), decl->recv->list.begin(), decl->recv->list.end());
  fields.insert(fields.end(), decl->type->params->list.begin(), decl->type->params->list.end());
  for (const syntax::Field* field : fields) {
    auto one = [&](const syntax::Ident* id, const syntax::Expr* typeExpr) {
      const types::Object* obj = id ? info.objectOf(id) : nullptr;
      const types::Type* t = obj ? obj->type : typeOf(typeExpr);
      std::string p = cppType(t, typeExpr->pos);
      if (id && id->name != "_" && obj) {
        if (definition && heapVars.count(obj)) {
          // The argument arrives by value; the variable lives on the heap.
          std::string name = declareLocal(obj);
          p += " " + name + "_arg";
          prologue.push_back(varDecl(obj, name, name + "_arg", id->pos) + ";");
        } else {
          p += " " + (definition ? declareLocal(obj) : cppName(id->name));
        }
      }
      params += (firstParam ? "" : ", ") + p;
      firstParam = false;
    };
    if (field->names.empty()) {
      one(nullptr, field->type);
    } else {
      for (const syntax::Ident* id : field->names) one(id, field->type);
    }
  }
  // A value receiver's method is const: it works on a copy of *this. That
  // also tells the two kinds apart in the symbol the runtime's tracebacks
  // read (main.T.M against main.(*T).M: a static member and a non-static one
  // mangle alike).
  bool valueMethod = decl->recv && isStructMethod(fn) && !isPointerMethod(fn);
  return result + " " + name + "(" + params + ")" + (valueMethod ? " const" : "");
}

void Emitter::funcPrototypes() {
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls) {
      const auto* fd = d->as<syntax::FuncDecl>();
      if (!fd || !fd->body || fd->name->name == "_") continue;  // (a function or method named _: never called)
      if (isUnavailable(info.objectOf(fd->name))) continue;
      try {
        const types::Object* fn = info.objectOf(fd->name);
        if (!fn) continue;
        if (fd->recv && isStructMethod(fn)) continue;  // declared inside its struct
        std::string name = fd->recv ? freeMethodName(methodReceiver(fn, fd), fn) : nameOf(fn);
        out->at(fd->pos);
        if (isGenericDecl(fd)) out->write(templateHead(templateParams(fd)) + " ");  // (generic.cpp)
        out->write(signature(fn, fd, false, name) + ";");
      } catch (const Unsupported& u) {
        report(u);
      }
    }
}

void Emitter::funcDecl(const syntax::FuncDecl* decl) {
  if (!decl->body) return;  // declared only: native, implemented in rtlib
  if (decl->name->name == "_") return;  // a function or method named _ can never be called (two would clash)
  const types::Object* fn = info.objectOf(decl->name);
  if (!fn) return;
  const types::Named* recvType = decl->recv ? methodReceiver(fn, decl) : nullptr;
  localNames.clear();
  targets.clear();
  gotoLabels.clear();
  fallthroughLabel.clear();
  resultNames.clear();
  prologue.clear();
  recoverFrame.clear();
  findHeapVariables(decl);
  currentSig = fn->type->as<types::Signature>();
  forEachStmt(decl->body, [&](const syntax::Stmt* s) {
    if (const auto* b = s->as<syntax::BranchStmt>(); b && b->tok == Token::Goto && b->label) gotoLabels.insert(b->label->name);
    return true;
  });

  out->at(decl->pos);
  std::string name = !recvType ? nameOf(fn)
                     : isStructMethod(fn) ? cppName(recvType->obj->name) + "::" + memberName(recvType, fn->name)
                                          : freeMethodName(recvType, fn);
  // A template (generic.cpp): a member of List<T, T_type>.
  bool generic = isGenericDecl(decl);
  if (generic && recvType && isStructMethod(fn)) name = cppType(recvType, decl->pos) + "::" + memberName(recvType, fn->name);
  // Inside a struct's member functions its members hide same-named types.
  qualifyTypes = false;
  bool savedQualify = false;
  if (recvType && isStructMethod(fn))
    for (const auto& f : recvType->underlying->as<types::Struct>()->fields)
      if (const types::Object* o = pkg->scope->lookupLocal(f.var->name); o && o->kind == types::ObjectKind::TypeName)
        qualifyTypes = true;
  if (recvType && isStructMethod(fn) && membersShadowTypes(recvType->obj)) qualifyTypes = true;
  if (localsShadowTypes(decl)) qualifyTypes = true;  // var symSet []int, with a type symSet
  memberScope = recvType && isStructMethod(fn) ? recvType->obj : nullptr;
  out->write((generic ? templateHead(templateParams(decl)) + " " : "") + signature(fn, decl, true, name) + " {");
  out->indent();
  if (recvType && isStructMethod(fn) && !isPointerMethod(fn)) {
    // A value receiver is a copy of *this (Go passes the value).
    const syntax::Field* rf = decl->recv->list.empty() ? nullptr : decl->recv->list[0];
    const syntax::Ident* rid = rf && !rf->names.empty() ? rf->names[0] : nullptr;
    const types::Object* robj = rid ? info.objectOf(rid) : nullptr;
    if (robj && rid->name != "_") {
      out->at(rid->pos);
      out->write(varDecl(robj, declareLocal(robj), "*this", rid->pos) + ";");
    }
  }
  declareStackSlots(decl->body);
  for (const std::string& line : prologue) {
    out->at(decl->pos);
    out->write(line);
  }
  // A plain function's recover_frame names it (defer.cpp); a method's
  // does not (method values and reflect reach it through closures).
  std::vector<types::TypeParam*> params = templateParams(decl);
  recoverSelf = recvType ? "" : "&" + name + (generic ? templateArgs({params.begin(), params.end()}, decl->pos) : "");
  functionBody(decl->body, decl->type, decl->pos);
  recoverSelf.clear();
  out->dedent();
  out->line();  // a closing brace needs no #line
  out->write("}");
  currentSig = nullptr;
  memberScope = nullptr;
  qualifyTypes = savedQualify;
}

bool Emitter::isPointerMethod(const types::Object* fn) const {
  const auto* sig = fn->type ? fn->type->as<types::Signature>() : nullptr;
  return sig && sig->recv && sig->recv->type->kind == types::TypeKind::Pointer;
}

const types::Named* Emitter::methodReceiver(const types::Object* fn, const syntax::FuncDecl* decl) const {
  const auto* sig = fn->type->as<types::Signature>();
  const types::Type* rt = sig && sig->recv ? sig->recv->type : nullptr;
  if (rt && rt->kind == types::TypeKind::Pointer) rt = rt->as<types::Pointer>()->elem;
  const auto* named = rt ? rt->as<types::Named>() : nullptr;
  if (!named || !named->underlying) unsupported(decl->name->pos, "this method receiver");
  // Local types are declared inside a function (their scope is not their package's).
  if (named->obj->parent && named->obj->pkg && named->obj->parent != named->obj->pkg->scope)
    unsupported(decl->name->pos, "methods of local types");
  return named;
}

void Emitter::initPackage() {
  localNames.clear();
  heapVars.clear();
  out->line();
  out->line("// Package initialization: imported packages first, then variables in");
  out->line("// dependency order, then init().");
  out->line("void init_package() {");
  out->indent();
  if (pkg->path != "main") {
    // Several packages import this one; it is initialized once.
    out->line("static bool initialized = false;");
    out->line("if (initialized) return;");
    out->line("initialized = true;");
  }
  for (const types::Package* imp : importedPackages()) out->line(packageQualifier(imp, pkg) + "init_package();");
  // The function literals of initializers have locals too: those whose
  // address is taken or that closures share live on the heap.
  for (const types::Initializer& init : info.initOrder)
    if (init.lhs.empty() || !isUnavailable(init.lhs[0])) scanHeapVariables(init.rhs, nullptr);
  for (const types::Initializer& init : info.initOrder) {
    if (!init.lhs.empty() && isUnavailable(init.lhs[0])) continue;  // left out (availability.cpp)
    try {
      sequenceCalls({init.rhs}, init.rhs->pos);
      out->at(init.rhs->pos);
      if (init.lhs.size() == 1) {
        out->write(nameOf(init.lhs[0]) + " = " + valueAs(init.rhs, init.lhs[0]->type) + ";");
      } else {
        std::string ties;
        for (size_t i = 0; i < init.lhs.size(); i++) ties += (i ? ", " : "") + nameOf(init.lhs[i]);
        out->write("std::tie(" + ties + ") = " + tupleValue(init.rhs) + ";");
      }
    } catch (const Unsupported& u) {
      report(u);
    }
  }
  for (const types::Object* fn : info.initFuncs) {
    // Without an init() the package would run half-initialized.
    if (isUnavailable(fn)) report({fn->pos, "init functions that use " + unavailable->at(fn)});
    out->at(fn->pos);
    out->write(nameOf(fn) + "();");
  }
  out->dedent();
  out->line("}");
}

}  // namespace emit
