// This file implements the stage's entry point: the files of a package and
// the phases of each.
//
//   P.pkg.hpp   includes, then in namespace P: struct forward declarations,
//               type definitions, typed constants, extern variables,
//               function prototypes, init_package()'s prototype, extern
//               declarations of the type descriptors; then the package's
//               native header, if it has one.
//   a.go.cpp    #include "P.pkg.hpp", then in namespace P: the definitions
//               of a.go's variables and a.go's function bodies; the first
//               file also defines init_package() and, at its end, the type
//               descriptors; the file declaring main.main ends with C++'s
//               int main().
#include <algorithm>
#include <filesystem>

//
// Package main's header is main.pkg.hpp, next to its sources. Any other
// package (the standard packages, compiled when rtlib is built) lives in a
// folder named after its import path, and its header is named after the
// path's last element: unicode/utf8/utf8.hpp, which is what importers
// include.
#include "emit/constants.hpp"
#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"

namespace emit {

Emitter::Emitter(const types::CheckedPackage& pkg_, const Options& opts_, diag::Diagnostics& diags_)
    : checked(pkg_), info(pkg_.info), pkg(pkg_.pkg), opts(opts_), diags(diags_), ns(packageNamespace(pkg_.pkg->path)) {
  describesForReflect = needsReflectDescriptors();
  numberFuncLits();  // (closure.cpp)
  int initCount = 0;
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls) {
      if (const auto* fd = d->as<syntax::FuncDecl>(); fd && !fd->recv && fd->name->name == "init") {
        // init·0, init·1, ...: gc's init.0, init.1 in tracebacks (a Go
        // identifier cannot hold the middle dot, so no name clashes).
        if (const types::Object* obj = info.objectOf(fd->name)) globalNames[obj] = "init\u00b7" + std::to_string(initCount++);
      }
      // A method named _ can never be called: it is not printed (two of
      // them would clash in C++).
      if (const auto* fd = d->as<syntax::FuncDecl>(); fd && fd->recv && fd->name->name != "_") {
        // Group methods under their receiver's type name (T or *T).
        const types::Object* fn = info.objectOf(fd->name);
        const auto* sig = fn && fn->type ? fn->type->as<types::Signature>() : nullptr;
        const types::Type* rt = sig && sig->recv ? sig->recv->type : nullptr;
        if (rt && rt->kind == types::TypeKind::Pointer) rt = rt->as<types::Pointer>()->elem;
        if (const auto* named = rt ? rt->as<types::Named>() : nullptr) methodDecls[named->obj].push_back(fd);
      }
      const auto* g = d->as<syntax::GenDecl>();
      if (!g) continue;
      for (const syntax::Spec* s : g->specs) {
        if (const auto* ts = s->as<syntax::TypeSpec>()) {
          if (const types::Object* obj = info.objectOf(ts->name)) typeSpecs[obj] = ts;
        } else if (const auto* vs = s->as<syntax::ValueSpec>(); vs && g->tok == syntax::Token::Var) {
          for (const syntax::Ident* id : vs->names)
            if (const types::Object* obj = info.objectOf(id); obj && id->name == "_") globalNames[obj] = fresh("blank");
        }
      }
    }
  collectHoistedTypes();  // (local_types.cpp)
}

std::string headerInclude(const std::string& importPath) {
  if (importPath == "main") return "main.pkg.hpp";
  return importPath + "/" + importPath.substr(importPath.rfind('/') + 1) + ".hpp";
}

std::string Emitter::ownHeaderInclude() const { return headerInclude(pkg->path); }

std::vector<const types::Package*> Emitter::importedPackages() const {
  std::vector<const types::Package*> imports;
  for (const types::Package* imp : pkg->imports)
    if (imp->path != "unsafe" && std::find(imports.begin(), imports.end(), imp) == imports.end()) imports.push_back(imp);
  return imports;
}

void Emitter::report(const Unsupported& u) {
  if (!reported.insert({u.pos.str(), u.what}).second) return;
  diags.error(u.pos, "go2cpp does not support " + u.what + " yet");
}

std::string Emitter::header() {
  Printer p(opts.lineDirectives, opts.absoluteLinePaths);
  out = &p;
  p.line("// Package " + pkg->name + " (" + pkg->path + "), translated by go2cpp: types and declarations.");
  p.line("#pragma once");
  p.line();
  p.line("#include <tuple>");
  p.line();
  p.line("#include \"go/runtime.hpp\"");
  for (const types::Package* imp : importedPackages()) p.line("#include \"" + headerInclude(imp->path) + "\"");
  p.line();
  p.line("namespace " + ns + " {");
  noteTypeParamClashes();  // (generic.cpp)
  // Descriptors go last (they take the sizes of the types and the
  // addresses of the methods), but are declared first; printing them may
  // register more, so they are printed aside before anything else.
  // Interface structs name their own descriptors.
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls)
      if (const auto* g = d->as<syntax::GenDecl>(); g && g->tok == syntax::Token::Type)
        for (const syntax::Spec* s : g->specs) {
          const auto* spec = s->as<syntax::TypeSpec>();
          const types::Object* obj = info.objectOf(spec->name);
          const auto* iface = obj ? types::underlying(obj->type)->as<types::Interface>() : nullptr;
          // A constraint (a type list, comparable) is never a value's type,
          // nor is a blank one (type _ interface{...}).
          if (iface && !iface->isConstraintOnly() && spec->name->name != "_" && !isUnavailable(obj) && !spec->isAlias &&
              !spec->typeParams &&
              !interfaceMethods(obj->type).empty())
            typeDesc(obj->type, spec->pos);
        }
  // Descriptors of the package's types first: the unnamed types they
  // mention are defined with the declarations (unnamed_types.cpp).
  noteUnnamedTypesOfDeclarations();
  unnamedInterfaceDescs();
  std::string descs = typeDescDefs();
  size_t earlyDescs = descOrder.size();
  // The declarations and templates are printed aside first: the
  // descriptors they register are declared before them.
  // Generic bodies first, aside: the unnamed types they use must be noted
  // before typeDecls defines the noted ones (generic.cpp).
  Printer generics(opts.lineDirectives, opts.absoluteLinePaths);
  out = &generics;
  genericDefinitions();
  Printer decls(opts.lineDirectives, opts.absoluteLinePaths);
  out = &decls;
  genericTypeDescPrototypes();
  typeDecls();
  constantDecls();
  for (const syntax::File* f : checked.files) varDecls(f, false);
  funcPrototypes();
  dependentUnnamedDescDefs();  // (generic_unnamed.cpp)
  decls.line("void init_package();");
  std::string genericText = generics.finish();
  // Template bodies may call the package's natives: their header comes
  // before them (two-phase lookup finds no later declaration).
  bool nativesFirst = !genericText.empty() && !opts.nativeHeader.empty();
  if (nativesFirst) {
    decls.unmap();
    decls.line();
    decls.line("}  // namespace " + ns);
    decls.line();
    decls.line("#include \"" + opts.nativeHeader + "\"  // the functions marked //go2cpp:native");
    decls.line();
    decls.line("namespace " + ns + " {");
  }
  if (!genericText.empty()) {
    genericText.pop_back();  // (finish ends it with a newline)
    decls.unmap();
    decls.line();
    decls.write(genericText);
  }
  out = &p;
  descs += typeDescDefs(earlyDescs);
  typeDescDecls();
  p.unmap();
  p.line();
  std::string declText = decls.finish();
  declText.pop_back();  // (finish ends it with a newline)
  p.write(declText);
  descDefinitions = descs;
  p.unmap();
  p.line("}  // namespace " + ns);
  if (!opts.nativeHeader.empty() && !nativesFirst) {
    // After the package's own declarations: native code may use its types.
    p.line();
    p.line("#include \"" + opts.nativeHeader + "\"  // the functions marked //go2cpp:native");
  }
  out = nullptr;
  return p.finish();
}

std::string Emitter::source(const syntax::File* file, bool definesInit) {
  Printer p(opts.lineDirectives, opts.absoluteLinePaths);
  out = &p;
  p.line("// " + file->path + ", translated by go2cpp.");
  p.line("#include \"" + ownHeaderInclude() + "\"");
  p.line();
  p.line("namespace " + ns + " {");
  varDecls(file, true);
  const syntax::FuncDecl* mainFunc = nullptr;
  for (const syntax::Decl* d : file->decls) {
    const auto* fd = d->as<syntax::FuncDecl>();
    if (!fd) continue;
    if (!fd->recv && fd->name->name == "main" && pkg->name == "main") mainFunc = fd;
    if (isUnavailable(info.objectOf(fd->name))) continue;
    if (isGenericDecl(fd)) continue;  // a template: in the header (generic.cpp)
    p.line();
    try {
      funcDecl(fd);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
  if (definesInit) initPackage();
  if (definesInit && pkg->path != "main" && opts.programPackages.count(pkg->path)) {
    p.unmap();
    p.line();
    p.line("// The import path tracebacks print for this namespace's functions.");
    p.line("static const bool package_path_registered = go::register_package_path(" + cppStringLiteral(ns) + ", " +
           cppStringLiteral(pkg->path) + ");");
  }
  p.unmap();
  p.line();
  p.line("}  // namespace " + ns);
  if (mainFunc) {
    p.line();
    p.line("int main(int argc, char** argv) {");
    p.line("  return go::run_main(argc, argv, &" + ns + "::init_package, &" + ns + "::main);");
    p.line("}");
  }
  out = nullptr;
  return p.finish();
}

std::vector<File> Emitter::run() {
  std::vector<File> files;
  std::string headerName = ownHeaderInclude();
  files.push_back({headerName.substr(headerName.rfind('/') + 1), ""});
  // The sources first: the descriptors they use are printed in the header.
  bool first = true;
  for (const syntax::File* f : checked.files) {
    std::string base = std::filesystem::path(f->path).filename().string();
    files.push_back({base + ".cpp", source(f, first)});
    first = false;
  }
  files[0].text = header();
  if (!descDefinitions.empty()) {
    // Defined once, in the first source file (declared in the header).
    Printer p(opts.lineDirectives, opts.absoluteLinePaths);
    p.line();
    p.line("// Type descriptors: what interfaces, type switches and fmt know of each type.");
    p.line("namespace " + ns + " {");
    p.line();
    p.write(descDefinitions);  // ends with a newline: a blank line before the namespace closes
    p.unmap();
    p.line("}  // namespace " + ns);
    files[1].text += p.finish();
  }
  return files;
}

// ---- what the checker accepts but a build cannot have (types owner) ----
// A function declared without a body is valid Go (its body may be
// assembly) that a complete program cannot link: gc with -complete says
// "missing function body". Reports them (but for natives and declarations
// marked //go2cpp:unsupported); true if there were any.
static bool refuseUnbuildable(const types::CheckedPackage& pkg, diag::Diagnostics& diags) {
  bool refused = false;
  for (const syntax::File* f : pkg.files)
    for (const syntax::Decl* d : f->decls) {
      if (const auto* fd = d->as<syntax::FuncDecl>(); fd && !fd->body) {
        const types::Object* fn = pkg.info.objectOf(fd->name);
        if (fn && fn->isNative) continue;
        if (unsupportedDirective(fd)) continue;  // refused where used (availability.cpp)
        diags.error(fd->name->pos, "missing function body");
        refused = true;
      }
    }
  return refused;
}

std::vector<File> package(const types::CheckedPackage& pkg, const Options& opts, diag::Diagnostics& diags) {
  if (refuseUnbuildable(pkg, diags)) return {};
  Unavailable unavailable = unavailableDeclarations(pkg, opts);
  Emitter emitter(pkg, opts, diags);
  emitter.unavailable = &unavailable;
  return emitter.run();
}

}  // namespace emit
