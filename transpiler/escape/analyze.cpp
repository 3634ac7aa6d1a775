// This file implements escape::analyze, the stage's driver (gc's
// escape.Funcs and ir.VisitFuncsBottomUp): the package's functions are
// grouped into the strongly connected components of the call graph and
// analyzed callees first, so that a call finds its callee's parameter tags;
// the functions of one component (mutual recursion) share one graph.
//
// The essay: a value may live in the stack frame that creates it only if
// no pointer to it can be used after that frame returns. The graph
// (graph.hpp) follows every copy of a pointer the function makes; the
// solver (solve.cpp) finds those that reach the heap, a result, or a
// variable of an outer loop. Everything the builder cannot follow is sent to
// the heap, so the answer errs only towards the heap.
#include <algorithm>
#include <functional>

#include "syntax/walk.hpp"
#include "escape/builder.hpp"
#include "escape/escape.hpp"
#include "escape/report.hpp"

namespace escape {

namespace {

// The analyzable functions of the package and whom each calls directly.
struct CallGraph {
  std::vector<const types::Object*> funcs;  // in source order
  std::map<const types::Object*, std::vector<const types::Object*>> callees;
};

const types::Object* directCallee(const syntax::CallExpr* c, const types::Info& info, const types::Package* pkg) {
  const syntax::Expr* fun = unparen(c->fun);
  const types::Object* obj = nullptr;
  if (const auto* id = fun->as<syntax::Ident>()) obj = info.objectOf(id);
  else if (const auto* sel = fun->as<syntax::SelectorExpr>()) obj = info.objectOf(sel->sel);
  return isAnalyzable(obj, pkg) ? obj : nullptr;
}

CallGraph callGraph(const types::CheckedPackage& pkg) {
  CallGraph g;
  for (const syntax::File* f : pkg.files)
    for (const syntax::Decl* d : f->decls) {
      const auto* fd = d->as<syntax::FuncDecl>();
      if (!fd) continue;
      const types::Object* obj = pkg.info.objectOf(fd->name);
      if (!isAnalyzable(obj, pkg.pkg) || obj->decl != fd) continue;
      g.funcs.push_back(obj);
      auto& out = g.callees[obj];
      syntax::forEachNodeDeep(fd->body, [&](const syntax::Node* n) {
        if (const auto* c = n->as<syntax::CallExpr>())
          if (const types::Object* callee = directCallee(c, pkg.info, pkg.pkg)) out.push_back(callee);
      });
    }
  return g;
}

// Tarjan's algorithm: components in reverse topological order (callees first).
std::vector<std::vector<const types::Object*>> components(const CallGraph& g) {
  std::map<const types::Object*, int> index, low;
  std::set<const types::Object*> onStack;
  std::vector<const types::Object*> stack;
  std::vector<std::vector<const types::Object*>> out;
  int next = 0;
  std::function<void(const types::Object*)> visit = [&](const types::Object* v) {
    index[v] = low[v] = next++;
    stack.push_back(v);
    onStack.insert(v);
    for (const types::Object* w : g.callees.at(v)) {
      if (!g.callees.count(w)) continue;
      if (!index.count(w)) {
        visit(w);
        low[v] = std::min(low[v], low[w]);
      } else if (onStack.count(w)) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] == index[v]) {
      std::vector<const types::Object*> comp;
      const types::Object* w = nullptr;
      do {
        w = stack.back();
        stack.pop_back();
        onStack.erase(w);
        comp.push_back(w);
      } while (w != v);
      out.push_back(std::move(comp));
    }
  };
  for (const types::Object* f : g.funcs)
    if (!index.count(f)) visit(f);
  return out;
}

}  // namespace

Result analyze(const types::CheckedPackage& pkg) {
  Result result;
  const types::Package* saved = types::messagePackage();
  types::setMessagePackage(pkg.pkg);
  TagTable tags;
  CallGraph cg = callGraph(pkg);
  for (const auto& comp : components(cg)) {
    Graph g;
    std::map<const types::Object*, FuncInfo*> members;
    for (const types::Object* fn : comp) {
      auto f = std::make_unique<FuncInfo>();
      f->obj = fn;
      f->decl = fn->decl;
      members[fn] = f.get();
      g.funcs.push_back(std::move(f));
    }
    Builder b(pkg.info, pkg.pkg, g, tags, members);
    for (const types::Object* fn : comp) b.declare(members[fn]);
    for (const types::Object* fn : comp) b.body(members[fn]);
    solve(g);
    for (const types::Object* fn : comp)
      for (Location* p : members[fn]->params)
        if (p) p->tag.optimize();
    for (const types::Object* fn : comp) {
      std::vector<ParamTag>& t = tags[fn];
      for (Location* p : members[fn]->params) t.push_back(p ? p->tag : ParamTag{});
    }
    for (const auto& [var, loc] : b.variables())
      if (!loc->escapes) result.stackVars.insert(var);
    for (Location* a : b.allocations()) {
      if (a->escapes || !a->site) continue;
      const auto* u = a->site->as<syntax::UnaryExpr>();
      const auto* c = a->site->as<syntax::CallExpr>();
      bool isNew = c && a->siteText.rfind("new(", 0) == 0;
      if ((u && u->op == syntax::Token::And) || isNew) result.stackAllocs.insert(a->site);
    }
    report(pkg, g, b, comp, members, result.messages);
  }
  std::sort(result.messages.begin(), result.messages.end(), [](const Message& x, const Message& y) {
    if (*x.pos.file != *y.pos.file) return *x.pos.file < *y.pos.file;
    if (x.pos.line != y.pos.line) return x.pos.line < y.pos.line;
    return x.pos.col < y.pos.col;
  });
  types::setMessagePackage(saved);
  return result;
}

}  // namespace escape
