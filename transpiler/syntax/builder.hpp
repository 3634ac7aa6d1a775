// The AST builder: ANTLR parse tree in, syntax::File out.
//
// One typed transformX(XContext&) per grammar rule, each returning the node
// it builds (Kuzu's transformer shape; never std::any), split over
// build_decls.cpp, build_types.cpp, build_exprs.cpp and build_stmts.cpp.
// The builder also finishes the grammar's work where the grammar is
// deliberately lenient (see GoParser.g4): operator precedence, parameter
// grouping, which simple statement is an if condition or a type-switch
// guard, and gc's errors for forms that parse but are not Go.
//
// Internal to syntax/: includes the generated parser.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "GoParser.h"
#include "diag/diag.hpp"
#include "syntax/ast.hpp"
#include "syntax/branches.hpp"
#include "syntax/literals.hpp"
#include "syntax/semicolon_lexer.hpp"
#include "syntax/source_text.hpp"

namespace syntax {

using P = gogrammar::GoParser;

class Builder {
 public:
  Builder(File& file, const SourceText& text, antlr4::TokenStream& tokens, std::vector<RawDirective> directives,
          diag::Diagnostics& diags)
      : file_(file), text_(text), tokens_(tokens), directives_(std::move(directives)), diags_(diags) {}

  // Builds the file. With completeOnly, ctx is what a failed parse left:
  // only the package clause and the declarations followed by their ';' are
  // built, so that an error the builder finds before the syntax error can
  // be reported first, as gc reports errors in file order.
  void transformSourceFile(P::SourceFileContext& ctx, bool completeOnly = false);
  bool failed() const { return failed_; }
  // gc stops before type checking only for errors worded "syntax error";
  // the others its parser finds (branch checks, 3-index slices) do not.
  bool hasSyntaxErrors() const;

 private:
  // ---- positions and errors (build_decls.cpp) ----
  Pos posAt(size_t cpIndex) const;
  Pos pos(antlr4::Token* token) const { return posAt(token->getStartIndex()); }
  Pos pos(antlr4::tree::TerminalNode* node) const { return pos(node->getSymbol()); }
  Pos pos(antlr4::ParserRuleContext& ctx) const { return pos(ctx.getStart()); }
  // The position of the token after `token`: where gc's parser stands
  // when it reports an error after accepting a construct.
  Pos posAfter(antlr4::Token* token) const { return pos(tokens_.get(token->getTokenIndex() + 1)); }
  std::string sourceOf(antlr4::ParserRuleContext& ctx) const;  // the text as written
  void error(Pos at, std::string message);                     // collected, reported at the end
  void checkFunctionBody(const BlockStmt* body, size_t parseErrorsBefore);  // gc's branch checks (branches.hpp)
  Ident* makeIdent(antlr4::tree::TerminalNode* node);

  // ---- declarations (build_decls.cpp) ----
  GenDecl* transformImportDecl(P::ImportDeclContext& ctx);
  ImportSpec* transformImportSpec(P::ImportSpecContext& ctx);
  GenDecl* transformDeclaration(P::DeclarationContext& ctx);
  GenDecl* transformConstDecl(P::ConstDeclContext& ctx);
  ValueSpec* transformConstSpec(P::ConstSpecContext& ctx, int iota);
  GenDecl* transformVarDecl(P::VarDeclContext& ctx);
  ValueSpec* transformVarSpec(P::VarSpecContext& ctx);
  GenDecl* transformTypeDecl(P::TypeDeclContext& ctx);
  TypeSpec* transformTypeSpec(P::TypeSpecContext& ctx);
  FuncDecl* transformFuncDecl(P::FuncDeclContext& ctx);
  std::vector<Ident*> transformIdentifierList(P::IdentifierListContext& ctx);

  // ---- types (build_types.cpp) ----
  Expr* transformType(P::Type_Context& ctx);
  Expr* transformTypeName(P::TypeNameContext& ctx);
  Expr* transformTypeArgs(Expr* generic, P::TypeArgsContext& ctx);
  Expr* transformTypeLit(P::TypeLitContext& ctx);
  ArrayType* transformArrayType(P::ArrayTypeContext& ctx);
  ArrayType* transformSliceType(P::SliceTypeContext& ctx);
  StructType* transformStructType(P::StructTypeContext& ctx);
  Field* transformFieldDecl(P::FieldDeclContext& ctx);
  FuncType* transformFunctionType(P::FunctionTypeContext& ctx);
  InterfaceType* transformInterfaceType(P::InterfaceTypeContext& ctx);
  Field* transformInterfaceElem(P::InterfaceElemContext& ctx);
  Expr* transformTypeElem(P::TypeElemContext& ctx);
  Expr* transformTypeTerm(P::TypeTermContext& ctx);
  MapType* transformMapType(P::MapTypeContext& ctx);
  ChanType* transformChannelType(P::ChannelTypeContext& ctx);
  FieldList* transformTypeParameters(P::TypeParametersContext& ctx);
  FuncType* transformSignature(P::SignatureContext& ctx, Pos at);
  FieldList* transformResult(P::ResultContext& ctx);
  FieldList* transformParameters(P::ParametersContext& ctx);
  BasicLit* transformString(P::String_Context& ctx);

  // ---- expressions (build_exprs.cpp) ----
  Expr* transformExpression(P::ExpressionContext& ctx);
  Expr* transformHeaderExpr(P::HeaderExprContext& ctx);
  Expr* transformUnaryExpr(P::UnaryExprContext& ctx);
  Expr* transformHeaderUnaryExpr(P::HeaderUnaryExprContext& ctx);
  Expr* transformPrimaryExpr(P::PrimaryExprContext& ctx);
  Expr* transformHeaderPrimaryExpr(P::HeaderPrimaryExprContext& ctx);
  Expr* transformOperand(P::OperandContext& ctx);
  Expr* transformFuncLitOrType(antlr4::tree::TerminalNode* func, P::SignatureContext& signature, P::BlockContext* body);
  Expr* transformHeaderOperand(P::HeaderOperandContext& ctx);
  Expr* transformTypeLitOperand(P::TypeLitOperandContext& ctx);
  Expr* transformCompositeType(P::CompositeTypeContext& ctx);
  Expr* transformSuffix(Expr* x, P::SuffixContext& ctx);
  CompositeLit* transformLiteralValue(Expr* type, P::LiteralValueContext& ctx);
  Expr* transformElement(P::ElementContext& ctx);
  BasicLit* transformBasicLit(P::BasicLitContext& ctx);
  std::vector<Expr*> transformExpressionList(P::ExpressionListContext& ctx);
  std::vector<Expr*> transformHeaderExprList(P::HeaderExprListContext& ctx);
  Expr* applyUnary(antlr4::Token* op, Expr* x);
  Expr* combineBinary(std::vector<Expr*>& operands, std::vector<P::BinaryOpContext*>& ops);

  // ---- statements (build_stmts.cpp) ----
  BlockStmt* transformBlock(P::BlockContext& ctx);
  std::vector<Stmt*> transformStatementList(P::StatementListContext& ctx);
  Stmt* transformStatement(P::StatementContext& ctx);
  Stmt* transformSimpleStmt(P::SimpleStmtContext& ctx);
  Stmt* transformHeaderSimpleStmt(P::HeaderSimpleStmtContext& ctx, bool allowRange);
  Stmt* transformIfStmt(P::IfStmtContext& ctx);
  Stmt* transformSwitchStmt(P::SwitchStmtContext& ctx);
  CaseClause* transformCaseClause(P::CaseClauseContext& ctx);
  SelectStmt* transformSelectStmt(P::SelectStmtContext& ctx);
  CommClause* transformCommClause(P::CommClauseContext& ctx);
  Stmt* transformForStmt(P::ForStmtContext& ctx);
  CallExpr* callOf(Expr* x, const char* keyword, Pos at);
  Expr* conditionOf(Stmt* s, P::HeaderSimpleStmtContext* source, const char* keyword);
  Stmt* makeSimpleStmt(Pos at, std::vector<Expr*> lhs, antlr4::ParserRuleContext* tail);

  File& file_;
  const SourceText& text_;
  antlr4::TokenStream& tokens_;
  std::vector<RawDirective> directives_;
  diag::Diagnostics& diags_;
  bool failed_ = false;
  size_t parseErrors_ = 0;  // errors of the parse proper, not of the branch checks
  std::vector<diag::Diagnostic> errors_;  // in the order found; reported sorted at the end
  void reportErrors();
};

}  // namespace syntax
