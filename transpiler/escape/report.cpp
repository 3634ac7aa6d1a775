// This file implements the escape stage's -m report: gc's words for every
// decision ("moved to heap: x", "&T{...} escapes to heap", "leaking param:
// p to result ~r0 level=0", "p does not escape"), so that go2cpp's answers
// can be compared with gc's line by line (scripts/escapecheck).
#include "escape/report.hpp"

namespace escape {

std::string exprText(const syntax::Expr* e) {
  using syntax::NodeKind;
  if (!e) return "";
  switch (e->kind) {
    case NodeKind::Ident: return e->as<syntax::Ident>()->name;
    case NodeKind::BasicLit: return e->as<syntax::BasicLit>()->text;
    case NodeKind::ParenExpr: return "(" + exprText(e->as<syntax::ParenExpr>()->x) + ")";
    case NodeKind::SelectorExpr:
      return exprText(e->as<syntax::SelectorExpr>()->x) + "." + e->as<syntax::SelectorExpr>()->sel->name;
    case NodeKind::IndexExpr: {
      const auto* ix = e->as<syntax::IndexExpr>();
      std::string s = exprText(ix->x) + "[";
      for (size_t i = 0; i < ix->indices.size(); i++) s += (i ? ", " : "") + exprText(ix->indices[i]);
      return s + "]";
    }
    case NodeKind::SliceExpr: {
      const auto* sl = e->as<syntax::SliceExpr>();
      std::string s = exprText(sl->x) + "[" + exprText(sl->lo) + ":" + exprText(sl->hi);
      if (sl->slice3) s += ":" + exprText(sl->max);
      return s + "]";
    }
    case NodeKind::StarExpr: return "*" + exprText(e->as<syntax::StarExpr>()->x);
    case NodeKind::UnaryExpr:
      return std::string(syntax::tokenString(e->as<syntax::UnaryExpr>()->op)) + exprText(e->as<syntax::UnaryExpr>()->x);
    case NodeKind::BinaryExpr: {
      const auto* b = e->as<syntax::BinaryExpr>();
      return exprText(b->x) + " " + syntax::tokenString(b->op) + " " + exprText(b->y);
    }
    case NodeKind::CallExpr: {
      const auto* c = e->as<syntax::CallExpr>();
      std::string s = exprText(c->fun) + "(";
      for (size_t i = 0; i < c->args.size(); i++) s += (i ? ", " : "") + exprText(c->args[i]);
      return s + (c->hasEllipsis ? "...)" : ")");
    }
    case NodeKind::CompositeLit: return exprText(e->as<syntax::CompositeLit>()->type) + "{...}";
    case NodeKind::FuncLit: return "func literal";
    case NodeKind::TypeAssertExpr:
      return exprText(e->as<syntax::TypeAssertExpr>()->x) + ".(" + exprText(e->as<syntax::TypeAssertExpr>()->type) + ")";
    case NodeKind::ArrayType: {
      const auto* a = e->as<syntax::ArrayType>();
      return "[" + exprText(a->len) + "]" + exprText(a->elem);
    }
    case NodeKind::MapType:
      return "map[" + exprText(e->as<syntax::MapType>()->key) + "]" + exprText(e->as<syntax::MapType>()->value);
    default: return "...";
  }
}

void report(const types::CheckedPackage& pkg, const Graph& g, const Builder& b,
            const std::vector<const types::Object*>& component,
            const std::map<const types::Object*, FuncInfo*>& members, std::vector<Message>& out) {
  (void)pkg;
  (void)g;
  for (const Location* a : b.allocations()) {
    std::string text = a->siteText.empty() ? exprText(a->site) : a->siteText;
    // gc places a call's allocation (new, make, ... arguments) at its callee's name.
    diag::Pos at = a->site->pos;
    if (const auto* c = a->site->as<syntax::CallExpr>()) at = c->fun->pos;
    out.push_back({at, text + (a->escapes ? " escapes to heap" : " does not escape")});
  }
  for (const auto& [var, loc] : b.variables())
    if (loc->escapes && loc->addrTaken) out.push_back({b.reportPos(var), "moved to heap: " + var->name});
  for (const types::Object* fn : component) {
    const FuncInfo* f = members.at(fn);
    for (size_t i = 0; i < f->params.size(); i++) {
      const Location* p = f->params[i];
      if (!p || p->escapes || !hasPointers(p->var->type)) continue;
      const std::string& name = p->var->name;
      const ParamTag& t = p->tag;
      bool leaks = t.heap >= 0;
      if (t.heap == 0) out.push_back({p->var->pos, "leaking param: " + name});
      else if (t.heap > 0) out.push_back({p->var->pos, "leaking param content: " + name});
      for (size_t j = 0; j < t.results.size(); j++) {
        if (t.results[j] < 0) continue;
        leaks = true;
        const Location* r = j < f->results.size() ? f->results[j] : nullptr;
        std::string rname = r && r->var ? r->var->name : "~r" + std::to_string(j);
        out.push_back({p->var->pos, "leaking param: " + name + " to result " + rname + " level=" +
                                        std::to_string(t.results[j])});
      }
      if (!leaks) out.push_back({p->var->pos, name + " does not escape"});
    }
  }
}

std::vector<std::string> formatMessages(const Result& result) {
  std::vector<std::string> lines;
  for (const Message& m : result.messages) {
    std::string file = m.pos.file ? *m.pos.file : "?";
    // gc names files of the current directory "./x.go".
    if (file.find('/') == std::string::npos) file = "./" + file;
    lines.push_back(file + ":" + std::to_string(m.pos.line) + ":" + std::to_string(m.pos.col) + ": " + m.text);
  }
  return lines;
}

}  // namespace escape
