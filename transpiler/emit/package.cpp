// This file implements the stage's entry point: the files of a package and
// the phases of each.
//
//   P.pkg.hpp   includes, then in namespace P: struct forward declarations,
//               type definitions, typed constants, extern variables,
//               function prototypes, init_package()'s prototype.
//   a.go.cpp    #include "P.pkg.hpp", then in namespace P: the definitions
//               of a.go's variables and a.go's function bodies; the first
//               file also defines init_package(), and the file declaring
//               main.main ends with C++'s int main().
#include <filesystem>

#include "emit/emitter.hpp"
#include "emit/names.hpp"

namespace emit {

Emitter::Emitter(const types::CheckedPackage& pkg_, const Options& opts_, diag::Diagnostics& diags_)
    : checked(pkg_), info(pkg_.info), pkg(pkg_.pkg), opts(opts_), diags(diags_), ns(namespaceName(pkg_.pkg->name)) {
  int initCount = 0;
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls) {
      if (const auto* fd = d->as<syntax::FuncDecl>(); fd && !fd->recv && fd->name->name == "init") {
        if (const types::Object* obj = info.objectOf(fd->name)) globalNames[obj] = "init_" + std::to_string(++initCount);
      }
      if (const auto* fd = d->as<syntax::FuncDecl>(); fd && fd->recv) {
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
}

void Emitter::report(const Unsupported& u) {
  if (!reported.insert({u.pos.str(), u.what}).second) return;
  diags.error(u.pos, "go2cpp does not support " + u.what + " yet");
}

std::string Emitter::header() {
  Printer p(opts.lineDirectives);
  out = &p;
  p.line("// Package " + pkg->name + " (" + pkg->path + "), translated by go2cpp: types and declarations.");
  p.line("#pragma once");
  p.line();
  p.line("#include <tuple>");
  p.line();
  p.line("#include \"go/runtime.hpp\"");
  for (const types::Package* imp : pkg->imports) {
    std::string last = imp->path.substr(imp->path.rfind('/') + 1);
    p.line("#include \"" + imp->path + "/" + last + ".hpp\"");
  }
  p.line();
  p.line("namespace " + ns + " {");
  typeDecls();
  constantDecls();
  for (const syntax::File* f : checked.files) varDecls(f, false);
  funcPrototypes();
  p.line("void init_package();");
  p.unmap();
  p.line("}  // namespace " + ns);
  out = nullptr;
  return p.finish();
}

std::string Emitter::source(const syntax::File* file, bool definesInit) {
  Printer p(opts.lineDirectives);
  out = &p;
  p.line("// " + file->path + ", translated by go2cpp.");
  p.line("#include \"" + pkg->name + ".pkg.hpp\"");
  p.line();
  p.line("namespace " + ns + " {");
  varDecls(file, true);
  const syntax::FuncDecl* mainFunc = nullptr;
  for (const syntax::Decl* d : file->decls) {
    const auto* fd = d->as<syntax::FuncDecl>();
    if (!fd) continue;
    if (!fd->recv && fd->name->name == "main" && pkg->name == "main") mainFunc = fd;
    p.line();
    try {
      funcDecl(fd);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
  if (definesInit) initPackage();
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
  files.push_back({pkg->name + ".pkg.hpp", header()});
  bool first = true;
  for (const syntax::File* f : checked.files) {
    std::string base = std::filesystem::path(f->path).filename().string();
    files.push_back({base + ".cpp", source(f, first)});
    first = false;
  }
  return files;
}

std::vector<File> package(const types::CheckedPackage& pkg, const Options& opts, diag::Diagnostics& diags) {
  Emitter emitter(pkg, opts, diags);
  return emitter.run();
}

}  // namespace emit
