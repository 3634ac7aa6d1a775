// This file implements the AST builder for files and declarations:
// package clause, imports, const/var/type specs (with iota), functions and
// methods with their //go: directives; and the builder's position and error
// helpers.
#include <algorithm>

#include "syntax/builder.hpp"

namespace syntax {

Pos Builder::posAt(size_t cpIndex) const {
  Pos p;
  p.file = file_.pos.file ? file_.pos.file : diag::internFile(file_.path);
  text_.position(cpIndex, p.line, p.col);
  return p;
}

std::string Builder::sourceOf(antlr4::ParserRuleContext& ctx) const {
  size_t start = ctx.getStart()->getStartIndex();
  size_t stop = ctx.getStop() ? ctx.getStop()->getStopIndex() : start;
  return ctx.getStart()->getInputStream()->getText(antlr4::misc::Interval(start, stop));  // UTF-8
}

// gc's parser goes on after an error it finds itself (a missing 3-index
// bound, a misplaced label, a goto over a declaration), so the builder
// collects them all; branch checks run after a whole function body, so the
// order found is not file order and they are sorted when reported.
void Builder::error(Pos at, std::string message) {
  failed_ = true;
  ++parseErrors_;
  errors_.push_back(diag::Diagnostic{at, std::move(message)});
}

bool Builder::hasSyntaxErrors() const {
  return std::any_of(errors_.begin(), errors_.end(),
                     [](const diag::Diagnostic& e) { return e.message.rfind("syntax error", 0) == 0; });
}

// Reports the errors in file order as gc's base.FlushErrors does, keeping
// one syntax error per line and dropping a repeated message on one line.
void Builder::reportErrors() {
  std::stable_sort(errors_.begin(), errors_.end(), [](const diag::Diagnostic& a, const diag::Diagnostic& b) {
    return a.pos.line < b.pos.line || (a.pos.line == b.pos.line && a.pos.col < b.pos.col);
  });
  int lastSyntaxLine = -1;
  const diag::Diagnostic* last = nullptr;
  for (const diag::Diagnostic& e : errors_) {
    bool syntax = e.message.rfind("syntax error", 0) == 0;
    if (syntax && e.pos.line == lastSyntaxLine) continue;
    if (last && last->pos.line == e.pos.line && last->message == e.message) continue;
    if (syntax) lastSyntaxLine = e.pos.line;
    diags_.error(e.pos, e.message);
    last = &e;
  }
}

// As gc's funcBody: the branch checks run only on a body that parsed
// without an error (errors of the checks themselves do not count).
void Builder::checkFunctionBody(const BlockStmt* body, size_t parseErrorsBefore) {
  if (!body || parseErrors_ != parseErrorsBefore) return;
  for (BranchError& e : checkBranches(*body)) {
    failed_ = true;
    errors_.push_back(diag::Diagnostic{e.pos, std::move(e.message)});
  }
}

Ident* Builder::makeIdent(antlr4::tree::TerminalNode* node) {
  Ident* id = file_.make<Ident>(pos(node));
  id->name = node->getText();
  return id;
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// (`package _` and `import ""` are the checker's errors in gc, not the parser's.)
void Builder::transformSourceFile(P::SourceFileContext& ctx, bool completeOnly) {
  // A part is complete when the ';' after it was matched.
  auto complete = [&](size_t childIndex) {
    return !completeOnly || (childIndex + 1 < ctx.children.size() &&
                             dynamic_cast<antlr4::tree::TerminalNode*>(ctx.children[childIndex + 1]) != nullptr);
  };
  for (size_t i = 0; i < ctx.children.size(); ++i) {
    antlr4::tree::ParseTree* child = ctx.children[i];
    if (!dynamic_cast<antlr4::tree::TerminalNode*>(child) && !complete(i)) break;
    if (auto* clause = dynamic_cast<P::PackageClauseContext*>(child)) {
      file_.pos = pos(clause->PACKAGE());
      file_.packageName = makeIdent(clause->IDENTIFIER());
    } else if (auto* import = dynamic_cast<P::ImportDeclContext*>(child)) {
      GenDecl* decl = transformImportDecl(*import);
      for (Spec* s : decl->specs) file_.imports.push_back(static_cast<ImportSpec*>(s));
      file_.decls.push_back(decl);
    } else if (auto* d = dynamic_cast<P::TopLevelDeclContext*>(child)) {
      if (d->funcDecl()) file_.decls.push_back(transformFuncDecl(*d->funcDecl()));
      else file_.decls.push_back(transformDeclaration(*d->declaration()));
    }
  }
  for (const RawDirective& d : directives_) {
    Directive dir;
    dir.pos = posAt(d.cpIndex);
    dir.text = d.text;
    file_.directives.push_back(std::move(dir));
  }
  if (failed_) reportErrors();
}

GenDecl* Builder::transformImportDecl(P::ImportDeclContext& ctx) {
  GenDecl* decl = file_.make<GenDecl>(pos(ctx.IMPORT()));
  decl->tok = Token::Import;
  decl->grouped = ctx.L_PAREN() != nullptr;
  for (auto* s : ctx.importSpec()) decl->specs.push_back(transformImportSpec(*s));
  return decl;
}

ImportSpec* Builder::transformImportSpec(P::ImportSpecContext& ctx) {
  ImportSpec* spec = file_.make<ImportSpec>(pos(ctx));
  if (ctx.IDENTIFIER()) spec->name = makeIdent(ctx.IDENTIFIER());
  if (ctx.DOT()) {
    spec->name = file_.make<Ident>(pos(ctx.DOT()));
    spec->name->name = ".";
  }
  spec->path = transformBasicLit(*ctx.basicLit());
  if (spec->path->litKind != LitKind::String)
    error(posAfter(ctx.basicLit()->getStop()), "syntax error: import path must be a string");
  return spec;
}

GenDecl* Builder::transformDeclaration(P::DeclarationContext& ctx) {
  if (ctx.constDecl()) return transformConstDecl(*ctx.constDecl());
  if (ctx.varDecl()) return transformVarDecl(*ctx.varDecl());
  return transformTypeDecl(*ctx.typeDecl());
}

std::vector<Ident*> Builder::transformIdentifierList(P::IdentifierListContext& ctx) {
  std::vector<Ident*> names;
  for (auto* id : ctx.IDENTIFIER()) names.push_back(makeIdent(id));
  return names;
}

// In a const group, iota is the index of the spec (spec "Iota").
GenDecl* Builder::transformConstDecl(P::ConstDeclContext& ctx) {
  GenDecl* decl = file_.make<GenDecl>(pos(ctx.CONST()));
  decl->tok = Token::Const;
  decl->grouped = ctx.L_PAREN() != nullptr;
  int iota = 0;
  for (auto* s : ctx.constSpec()) decl->specs.push_back(transformConstSpec(*s, iota++));
  return decl;
}

ValueSpec* Builder::transformConstSpec(P::ConstSpecContext& ctx, int iota) {
  ValueSpec* spec = file_.make<ValueSpec>(pos(ctx));
  spec->names = transformIdentifierList(*ctx.identifierList());
  spec->iota = iota;
  if (ctx.type_()) spec->type = transformType(*ctx.type_());
  if (ctx.expressionList()) spec->values = transformExpressionList(*ctx.expressionList());
  return spec;
}

GenDecl* Builder::transformVarDecl(P::VarDeclContext& ctx) {
  GenDecl* decl = file_.make<GenDecl>(pos(ctx.VAR()));
  decl->tok = Token::Var;
  decl->grouped = ctx.L_PAREN() != nullptr;
  for (auto* s : ctx.varSpec()) decl->specs.push_back(transformVarSpec(*s));
  return decl;
}

ValueSpec* Builder::transformVarSpec(P::VarSpecContext& ctx) {
  ValueSpec* spec = file_.make<ValueSpec>(pos(ctx));
  spec->names = transformIdentifierList(*ctx.identifierList());
  if (ctx.type_()) spec->type = transformType(*ctx.type_());
  if (ctx.expressionList()) spec->values = transformExpressionList(*ctx.expressionList());
  return spec;
}

GenDecl* Builder::transformTypeDecl(P::TypeDeclContext& ctx) {
  GenDecl* decl = file_.make<GenDecl>(pos(ctx.TYPE()));
  decl->tok = Token::Type;
  decl->grouped = ctx.L_PAREN() != nullptr;
  for (auto* s : ctx.typeSpec()) decl->specs.push_back(transformTypeSpec(*s));
  return decl;
}

TypeSpec* Builder::transformTypeSpec(P::TypeSpecContext& ctx) {
  TypeSpec* spec = file_.make<TypeSpec>(pos(ctx));
  if (auto* g = dynamic_cast<P::GenericTypeSpecContext*>(&ctx)) {
    spec->name = makeIdent(g->IDENTIFIER());
    spec->typeParams = transformTypeParameters(*g->typeParameters());
    spec->type = transformType(*g->type_());
  } else if (auto* a = dynamic_cast<P::AliasTypeSpecContext*>(&ctx)) {
    spec->name = makeIdent(a->IDENTIFIER());
    spec->isAlias = true;
    spec->type = transformType(*a->type_());
  } else {
    auto& plain = static_cast<P::PlainTypeSpecContext&>(ctx);
    spec->name = makeIdent(plain.IDENTIFIER());
    spec->type = transformType(*plain.type_());
  }
  return spec;
}

// FunctionDecl = "func" [Receiver] FunctionName [TypeParameters] Signature [FunctionBody] .
FuncDecl* Builder::transformFuncDecl(P::FuncDeclContext& ctx) {
  Pos at = pos(ctx.FUNC());
  FuncDecl* decl = file_.make<FuncDecl>(at);
  decl->name = makeIdent(ctx.IDENTIFIER());
  if (ctx.receiver) {
    // gc reports these where it stands after the receiver: at the name.
    decl->recv = transformParameters(*ctx.receiver);
    if (decl->recv->list.empty()) error(decl->name->pos, "method has no receiver");
    else if (decl->recv->list.size() > 1 || decl->recv->list[0]->names.size() > 1)
      error(decl->name->pos, "method has multiple receivers");
  }
  decl->type = transformSignature(*ctx.signature(), at);
  if (ctx.typeParameters()) {
    decl->type->typeParams = transformTypeParameters(*ctx.typeParameters());
    if (ctx.receiver) error(decl->type->typeParams->opening, "syntax error: method must have no type parameters");
  }
  size_t parseErrorsBefore = parseErrors_;
  if (ctx.block()) decl->body = transformBlock(*ctx.block());
  checkFunctionBody(decl->body, parseErrorsBefore);
  // Directives are the //go: comments whose next token is this `func`.
  size_t funcIndex = ctx.FUNC()->getSymbol()->getStartIndex();
  for (const RawDirective& d : directives_)
    if (d.nextTokenIndex == funcIndex) decl->directives.push_back(d.text);
  return decl;
}

}  // namespace syntax
