// This file implements bce::analyze: which variables of each function the
// prover may follow (its own locals of integer, slice or string type whose
// address is never taken and that no function literal mentions), a prover
// run per function body and per function literal, and the report.
#include "bce/bce.hpp"

#include <algorithm>
#include <tuple>

#include "bce/prover.hpp"
#include "syntax/walk.hpp"

namespace bce {

using syntax::NodeKind;
namespace {

bool followable(const types::Object* obj) {
  if (!obj || obj->kind != types::ObjectKind::Var || obj->isField || obj->isPackageLevel() || !obj->type) return false;
  if (obj->type->kind == types::TypeKind::TypeParam) return false;
  const types::Type* u = types::underlying(obj->type);
  if (!u) return false;
  if (u->kind == types::TypeKind::Slice) return true;
  return isIntegerType(u) || types::isBasic(u, types::BasicKind::String);
}

struct Function {
  const syntax::Node* signature;  // FuncType (and the receiver's FieldList)
  const syntax::FieldList* recv;
  const syntax::BlockStmt* body;
};

class Analysis {
 public:
  explicit Analysis(const types::Info& info) : info_(info) {}

  void function(const Function& f) {
    std::unordered_set<const types::Object*> own, excluded;
    std::vector<const syntax::FuncLit*> lits;
    auto scan = [&](const syntax::Node* root) {
      syntax::forEachNodeDeep(root, [&](const syntax::Node* n) {
        if (const auto* lit = n->as<syntax::FuncLit>()) {
          lits.push_back(lit);
          syntax::forEachNodeDeep(lit, [&](const syntax::Node* m) {
            if (const auto* id = m->as<syntax::Ident>()) excluded.insert(info_.objectOf(id));
          });
        } else if (const auto* id = n->as<syntax::Ident>()) {
          if (info_.defs.count(id)) own.insert(info_.defs.at(id));
        } else if (const auto* u = n->as<syntax::UnaryExpr>(); u && u->op == syntax::Token::And) {
          if (const auto* id = unparen(u->x)->as<syntax::Ident>()) excluded.insert(info_.objectOf(id));
        } else if (const auto* sel = n->as<syntax::SelectorExpr>()) {
          // x.M() with a pointer receiver takes &x.
          const types::Selection* s = info_.selectionOf(sel);
          if (s && s->ptrRecv && s->kind != types::SelectionKind::MethodExpr)
            if (const auto* id = unparen(sel->x)->as<syntax::Ident>()) excluded.insert(info_.objectOf(id));
        }
      });
    };
    scan(f.signature);
    if (f.recv) scan(f.recv);
    scan(f.body);
    std::unordered_set<const types::Object*> tracked;
    for (const types::Object* v : own)
      if (!excluded.count(v) && followable(v)) tracked.insert(v);
    std::set<std::string> gotoLabels;
    syntax::forEachStmt(f.body, [&](const syntax::Stmt* s) {
      if (const auto* b = s->as<syntax::BranchStmt>(); b && b->tok == syntax::Token::Goto && b->label)
        gotoLabels.insert(b->label->name);
      return true;
    });
    Prover(info_, tracked, gotoLabels, verdicts_).body(f.body);
    // Literals nested at any depth were collected once each: analyze them
    // on their own (the outer scan's lits include the deeper ones).
    for (const syntax::FuncLit* lit : lits) {
      if (!done_.insert(lit).second) continue;
      function({lit->type, nullptr, lit->body});
    }
  }

  void initializer(const syntax::Expr* e) {
    static const std::unordered_set<const types::Object*> none;
    static const std::set<std::string> noLabels;
    Prover(info_, none, noLabels, verdicts_).expression(e);
    syntax::forEachNodeDeep(e, [&](const syntax::Node* n) {
      if (const auto* lit = n->as<syntax::FuncLit>(); lit && done_.insert(lit).second)
        function({lit->type, nullptr, lit->body});
    });
  }

  Result result() const {
    Result r;
    for (const auto& [e, proven] : verdicts_) {
      if (proven) {
        r.proven.insert(e);
        continue;
      }
      diag::Pos at = e->pos;
      if (const auto* ix = e->as<syntax::IndexExpr>(); ix && ix->lbrack.isKnown()) at = ix->lbrack;
      if (const auto* sl = e->as<syntax::SliceExpr>(); sl && sl->lbrack.isKnown()) at = sl->lbrack;
      r.remaining.push_back({at, e->is<syntax::SliceExpr>()});
    }
    std::sort(r.remaining.begin(), r.remaining.end(), [](const Check& a, const Check& b) {
      return std::make_tuple(a.pos.file ? *a.pos.file : std::string(), a.pos.line, a.pos.col) <
             std::make_tuple(b.pos.file ? *b.pos.file : std::string(), b.pos.line, b.pos.col);
    });
    return r;
  }

 private:
  const types::Info& info_;
  Verdicts verdicts_;
  std::unordered_set<const syntax::FuncLit*> done_;
};

}  // namespace

Result analyze(const types::CheckedPackage& pkg) {
  Analysis a(pkg.info);
  for (const syntax::File* file : pkg.files) {
    for (const syntax::Decl* d : file->decls) {
      if (const auto* fd = d->as<syntax::FuncDecl>()) {
        if (fd->body) a.function({fd->type, fd->recv, fd->body});
      } else if (const auto* gd = d->as<syntax::GenDecl>(); gd && gd->tok == syntax::Token::Var) {
        for (const syntax::Spec* s : gd->specs)
          if (const auto* vs = s->as<syntax::ValueSpec>())
            for (const syntax::Expr* v : vs->values) a.initializer(v);
      }
    }
  }
  return a.result();
}

std::vector<std::string> describe(const Result& result) {
  std::vector<std::string> lines;
  for (const Check& c : result.remaining)
    lines.push_back(c.pos.str() + ": Found " + (c.slice ? "IsSliceInBounds" : "IsInBounds"));
  return lines;
}

}  // namespace bce
