// This file implements syntax::checkBranches after gc's branches.go: one
// walk over the statements of a function body with a chain of blocks, the
// labels declared so far, the innermost break/continue targets, and the
// forward gotos still waiting for their label.
#include "syntax/branches.hpp"

#include <map>
#include <memory>

namespace syntax {

namespace {

struct Block {
  Block* parent;
  Pos start;
  const LabeledStmt* labeled;  // the labeled statement this block belongs to, if any
};

struct Label {
  Block* parent;
  const LabeledStmt* stmt;
  bool used = false;
};

struct Targets {
  const Stmt* breaks = nullptr;     // for, switch or select
  const Stmt* continues = nullptr;  // for
  int caseIndex = -1;               // index of the clause in the immediately enclosing switch
};

class BranchChecker {
 public:
  std::vector<BranchError> errors;

  void checkBody(const BlockStmt& body) {
    std::vector<const BranchStmt*> forward = blockBranches(nullptr, Targets{}, nullptr, body.pos, body.stmts);
    for (const BranchStmt* fwd : forward) {
      const std::string& name = fwd->label->name;
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second.used = true;  // no "defined and not used" as well
        err(fwd->label->pos, "goto " + name + " jumps into block starting at " + it->second.parent->start.str());
      } else {
        err(fwd->label->pos, "label " + name + " not defined");
      }
    }
    for (auto& [name, label] : labels_)
      if (!label.used) err(label.stmt->label->pos, "label " + name + " defined and not used");
  }

 private:
  void err(Pos pos, std::string message) { errors.push_back(BranchError{pos, std::move(message)}); }

  Label& declare(Block* b, const LabeledStmt* s) {
    auto [it, inserted] = labels_.try_emplace(s->label->name, Label{b, s});
    if (!inserted)
      err(s->label->pos, "label " + s->label->name + " already defined at " + it->second.stmt->label->pos.str());
    return it->second;
  }

  const LabeledStmt* gotoTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;  // even if it is not a valid target
    for (; b; b = b->parent)
      if (it->second.parent == b) return it->second.stmt;
    return nullptr;
  }

  // The labeled statement enclosing b with that label; &invalid_ when the
  // label exists but does not enclose; nullptr when it is not declared.
  const LabeledStmt* enclosingTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent)
      if (it->second.stmt == b->labeled) return it->second.stmt;
    return &invalid_;
  }

  static std::string namesOf(const std::vector<Expr*>& lhs) {
    std::string out;
    for (const Expr* e : lhs) {
      if (!out.empty()) out += ", ";
      out += e->is<Ident>() ? e->as<Ident>()->name : "_";
    }
    return out;
  }

  std::vector<const BranchStmt*> blockBranches(Block* parent, Targets ctxt, const LabeledStmt* lstmt, Pos start,
                                               const std::vector<Stmt*>& body) {
    blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    Block* b = blocks_.back().get();
    bool haveVar = false;
    Pos varPos;
    std::string varName;
    std::vector<const BranchStmt*> forward, badGotos;
    auto recordVarDecl = [&](Pos pos, std::string name) {
      haveVar = true;
      varPos = pos;
      varName = std::move(name);
      badGotos = forward;  // these gotos would jump over the declaration
    };
    auto innerBlock = [&](Targets inner, Pos at, const std::vector<Stmt*>& stmts) {
      auto more = blockBranches(b, inner, lstmt, at, stmts);
      forward.insert(forward.end(), more.begin(), more.end());
    };

    for (size_t index = 0; index < body.size(); ++index) {
      const Stmt* stmt = body[index];
      lstmt = nullptr;
      // A labeled statement: declare it, resolve the gotos waiting for it,
      // and go on with the statement it labels.
      while (auto* labeled = stmt->as<LabeledStmt>()) {
        if (labeled->label->name != "_") {
          Label& l = declare(b, labeled);
          std::vector<const BranchStmt*> waiting;
          for (const BranchStmt* fwd : forward) {
            if (fwd->label->name != labeled->label->name) {
              waiting.push_back(fwd);
              continue;
            }
            l.used = true;
            bool jumpsOver = false;
            for (const BranchStmt* bad : badGotos) jumpsOver |= bad == fwd;
            if (haveVar && jumpsOver)
              err(fwd->label->pos, "goto " + labeled->label->name + " jumps over declaration of " + varName + " at " +
                                       varPos.str());
          }
          forward = std::move(waiting);
          lstmt = labeled;
        }
        stmt = labeled->stmt;
      }
      switch (stmt->kind) {
        case NodeKind::DeclStmt: {
          const GenDecl* decl = stmt->as<DeclStmt>()->decl;
          if (decl->tok == Token::Var && !decl->specs.empty()) {
            auto* spec = decl->specs[0]->as<ValueSpec>();
            recordVarDecl(spec->pos, spec->names[0]->name);
          }
          break;
        }
        case NodeKind::BranchStmt:
          branch(b, ctxt, stmt->as<BranchStmt>(), index + 1 == body.size(), forward);
          break;
        case NodeKind::AssignStmt: {
          auto* assign = stmt->as<AssignStmt>();
          if (assign->tok == Token::Define) recordVarDecl(assign->pos, namesOf(assign->lhs));
          break;
        }
        case NodeKind::BlockStmt:
          innerBlock(Targets{ctxt.breaks, ctxt.continues, -1}, stmt->pos, stmt->as<BlockStmt>()->stmts);
          break;
        case NodeKind::IfStmt: {
          auto* s = stmt->as<IfStmt>();
          Targets inner{ctxt.breaks, ctxt.continues, -1};
          innerBlock(inner, s->body->pos, s->body->stmts);
          if (s->else_) innerBlock(inner, s->else_->pos, std::vector<Stmt*>{s->else_});
          break;
        }
        case NodeKind::ForStmt:
          innerBlock(Targets{stmt, stmt, -1}, stmt->as<ForStmt>()->body->pos, stmt->as<ForStmt>()->body->stmts);
          break;
        case NodeKind::RangeStmt:
          innerBlock(Targets{stmt, stmt, -1}, stmt->as<RangeStmt>()->body->pos, stmt->as<RangeStmt>()->body->stmts);
          break;
        case NodeKind::SwitchStmt:
        case NodeKind::TypeSwitchStmt: {
          const auto& clauses = stmt->is<SwitchStmt>() ? stmt->as<SwitchStmt>()->clauses
                                                       : stmt->as<TypeSwitchStmt>()->clauses;
          for (size_t i = 0; i < clauses.size(); ++i)
            innerBlock(Targets{stmt, ctxt.continues, static_cast<int>(i)}, clauses[i]->pos, clauses[i]->body);
          break;
        }
        case NodeKind::SelectStmt:
          for (const CommClause* c : stmt->as<SelectStmt>()->clauses)
            innerBlock(Targets{stmt, ctxt.continues, -1}, c->pos, c->body);
          break;
        default:
          break;
      }
    }
    return forward;
  }

  void branch(Block* b, const Targets& ctxt, const BranchStmt* s, bool last, std::vector<const BranchStmt*>& forward) {
    if (!s->label) {
      switch (s->tok) {
        case Token::Break:
          if (!ctxt.breaks) err(s->pos, "break is not in a loop, switch, or select");
          return;
        case Token::Continue:
          if (!ctxt.continues) err(s->pos, "continue is not in a loop");
          return;
        case Token::Fallthrough: {
          std::string msg = "fallthrough statement out of place";
          if (ctxt.breaks && ctxt.breaks->is<TypeSwitchStmt>()) {
            msg = "cannot fallthrough in type switch";
          } else if (auto* sw = ctxt.breaks ? ctxt.breaks->as<SwitchStmt>() : nullptr) {
            if (ctxt.caseIndex >= 0 && last) {
              if (static_cast<size_t>(ctxt.caseIndex) + 1 == sw->clauses.size())
                msg = "cannot fallthrough final case in switch";
              else
                return;  // fallthrough ok
            }
          }
          err(s->pos, msg);
          return;
        }
        default:
          return;  // goto always has a label (the grammar says so)
      }
    }
    const std::string& name = s->label->name;
    switch (s->tok) {
      case Token::Break:
        if (const LabeledStmt* t = enclosingTarget(b, name)) {
          const Stmt* target = t == &invalid_ ? nullptr : t->stmt;
          if (!target || !(target->is<SwitchStmt>() || target->is<TypeSwitchStmt>() || target->is<SelectStmt>() ||
                           target->is<ForStmt>() || target->is<RangeStmt>()))
            err(s->label->pos, "invalid break label " + name);
        } else {
          err(s->label->pos, "break label not defined: " + name);
        }
        return;
      case Token::Continue:
        if (const LabeledStmt* t = enclosingTarget(b, name)) {
          const Stmt* target = t == &invalid_ ? nullptr : t->stmt;
          if (!target || !(target->is<ForStmt>() || target->is<RangeStmt>()))
            err(s->label->pos, "invalid continue label " + name);
        } else {
          err(s->label->pos, "continue label not defined: " + name);
        }
        return;
      case Token::Goto:
        if (!gotoTarget(b, name)) forward.push_back(s);
        return;
      default:
        return;
    }
  }

  std::map<std::string, Label> labels_;
  std::vector<std::unique_ptr<Block>> blocks_;
  LabeledStmt invalid_;  // marks a label that exists but does not enclose
};

}  // namespace

std::vector<BranchError> checkBranches(const BlockStmt& body) {
  BranchChecker checker;
  checker.checkBody(body);
  return std::move(checker.errors);
}

}  // namespace syntax
