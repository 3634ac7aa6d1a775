// The syntax of Go 1.19, generics included (https://go.dev/ref/spec).
//
// No actions, no predicates. Three choices keep the grammar close to LL(1)
// and the parse fast, at the price of a little work in the AST builder
// (transpiler/syntax/build_*.cpp):
//
// * Semicolons are plain ';' tokens: syntax::SemicolonLexer inserts the
//   automatic ones (spec "Semicolons") before the parser sees the tokens.
// * Binary expressions are flat lists `unaryExpr (binaryOp unaryExpr)*`;
//   the builder applies Go's five precedence levels. Primary expressions are
//   an operand followed by suffixes (selector, index/slice, call, type
//   assertion, composite-literal body). Types that may appear as operands
//   (`[]byte(s)`, `map[K]V{}`, `chan int`) are operands; `*T` and `<-chan T`
//   arrive as unary expressions, which the builder turns into types where
//   the spec says so (as gc's parser does).
// * The statement headers of if/for/switch use copies of the expression
//   rules (header*) without the composite-literal suffix on a name: the spec
//   resolves `if x {` in favor of the block unless the literal is in
//   parentheses, exactly gc's rule, and with separate rules no decision has
//   to look past the header. Type literals (`[]int{1}`) stay allowed there.
//
// Forms that parse alike are told apart by the builder: a simple statement
// before `{` in `if` is the condition; in `switch` an `x := y.(type)` guard
// makes a type switch; parameter declarations `a, b int` are grouped the way
// go/parser does; `.(type)` anywhere else is reported by the builder.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

// ---- files and declarations -------------------------------------------------

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENTIFIER;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

// Any literal is accepted as the path: the builder reports gc's "import path
// must be a string".
importSpec : (DOT | IDENTIFIER)? basicLit;

topLevelDecl : declaration | funcDecl;

declaration : constDecl | typeDecl | varDecl;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN)
    ;

// A type without values is accepted here, as gc's parser does; the checker
// reports "missing init expr".
constSpec : identifierList type_? (ASSIGN expressionList)?;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN)
    ;

varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList);

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN)
    ;

// `type T[P any] ...` and `type T [N]E` share a prefix; the type parameter
// reading is tried first, as the spec resolves `type T[P *C] ...`.
typeSpec
    : IDENTIFIER typeParameters type_      # genericTypeSpec
    | IDENTIFIER ASSIGN type_              # aliasTypeSpec
    | IDENTIFIER type_                     # plainTypeSpec
    ;

// Functions and methods: a receiver makes a method.
funcDecl : FUNC receiver=parameters? IDENTIFIER typeParameters? signature block?;

typeParameters : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET;

typeParamDecl : identifierList typeElem;

identifierList : IDENTIFIER (COMMA IDENTIFIER)*;

// ---- types ------------------------------------------------------------------

type_
    : typeName typeArgs?
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

typeName : IDENTIFIER (DOT IDENTIFIER)?;

typeArgs : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET;

typeLit
    : arrayType
    | sliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

// `[...]T` is accepted here; the checker rejects it outside composite literals.
arrayType : L_BRACKET (expression | ELLIPSIS) R_BRACKET type_;

sliceType : L_BRACKET R_BRACKET type_;

pointerType : STAR type_;

functionType : FUNC signature;

mapType : MAP L_BRACKET type_ R_BRACKET type_;

// `chan<- chan int` binds the arrow to the leftmost chan (spec): that
// alternative comes first.
channelType
    : CHAN ARROW type_         # sendChanType
    | CHAN type_               # bidiChanType
    | ARROW CHAN type_         # recvChanType
    ;

structType : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY;

fieldDecl : (identifierList type_ | embeddedField) string_?;

// `(T)`, `(*T)` and `*(T)` are accepted so that the builder can say gc's
// "cannot parenthesize embedded type".
embeddedField
    : STAR? typeName typeArgs?
    | STAR? L_PAREN STAR? typeName typeArgs? R_PAREN
    ;

interfaceType : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY;

interfaceElem
    : IDENTIFIER typeParameters? signature  # methodElem   // type parameters: an error
    | typeElem                 # typeSetElem
    ;

// A union of terms in a constraint: `~int | ~string | fmt.Stringer`.
typeElem : typeTerm (OR typeTerm)*;

typeTerm : TILDE? type_;

signature : parameters result?;

result : parameters | type_;

// Each declaration is `[name] [...]type`; `a, b int` arrives as the
// declarations `a` and `b int`, grouped by the builder.
parameters : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN;

// `...` without a type is accepted for gc's "... is missing type".
parameterDecl : IDENTIFIER? (ELLIPSIS type_? | type_);

// ---- expressions ------------------------------------------------------------

expression : unaryExpr (binaryOp unaryExpr)*;

binaryOp
    : LOGICAL_OR | LOGICAL_AND
    | EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS
    | PLUS | MINUS | OR | CARET
    | STAR | DIV | MOD | SHL | SHR | AMPERSAND | AND_NOT
    ;

unaryOp : PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | ARROW | TILDE;

unaryExpr : unaryOp* primaryExpr;

// A function literal or type is not an operand: no composite-literal body
// may follow it, so `func() {` always opens the function's body (otherwise
// ANTLR's error recovery may read a broken body as a literal).
primaryExpr
    : operand (suffix | literalValue)*
    | funcLitOrType suffix*
    ;

funcLitOrType : FUNC signature block?;

// The same in a statement header, as its own rule: then nothing but a body
// can follow `func()` in funcLitOrType (ANTLR's prediction sees the tokens
// that may follow a rule in any context), and `{` is decided by one token.
headerFuncLit : FUNC signature block?;

suffix
    : DOT IDENTIFIER                                          # selectorSuffix
    | DOT L_PAREN (TYPE | type_) R_PAREN                      # typeAssertSuffix
    | L_BRACKET expression? (sliceBounds | indexTail) R_BRACKET # indexSuffix
    | L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN      # callSuffix
    ;

// After `x[lo`: either `:hi` / `:hi:max` ...
sliceBounds : COLON expression? (COLON expression?)?;
// ... or more indices (a generic instantiation `F[int, string]`).
indexTail : (COMMA expression)* COMMA?;

operand
    : basicLit                                        # literalOperand
    | IDENTIFIER                                      # nameOperand
    | L_PAREN expression R_PAREN                      # parenOperand
    | L_BRACKET ELLIPSIS R_BRACKET type_              # autoArrayOperand
    | typeLitOperand                                  # typeOperand
    ;

// The type literals that can stand as an operand; `*T` and `<-chan T` are
// unary expressions, `func` is funcOperand.
typeLitOperand
    : arrayType
    | sliceType
    | structType
    | interfaceType
    | mapType
    | CHAN ARROW type_
    | CHAN type_
    ;

basicLit : INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | string_;

string_ : STRING_LIT | RAW_STRING_LIT;

literalValue : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY;

keyedElement : element (COLON element)?;

element : expression | literalValue;

expressionList : expression (COMMA expression)*;

// Header copies: no composite-literal body after a name, except inside
// parentheses (parenOperand, callSuffix and indexSuffix use `expression`).
headerExpr : headerUnaryExpr (binaryOp headerUnaryExpr)*;

headerUnaryExpr : unaryOp* headerPrimaryExpr;

headerPrimaryExpr : headerOperand suffix*;

headerOperand
    : compositeType literalValue                      # headerCompositeOperand
    | operand                                         # headerPlainOperand
    | headerFuncLit                                   # headerFuncOperand
    ;

// The literal types allowed before `{` in a header (gc's complit_ok).
compositeType
    : arrayType
    | sliceType
    | structType
    | mapType
    | L_BRACKET ELLIPSIS R_BRACKET type_
    ;

headerExprList : headerExpr (COMMA headerExpr)*;

// ---- statements -------------------------------------------------------------

block : L_CURLY statementList R_CURLY;

statementList : statement? (SEMI statement?)*;

statement
    : declaration                                     # declStmt
    | IDENTIFIER COLON statement?                     # labeledStmt
    | simpleStmt                                      # simpleStatement
    | GO expression                                   # goStmt
    | DEFER expression                                # deferStmt
    | RETURN expressionList?                          # returnStmt
    | BREAK IDENTIFIER?                               # breakStmt
    | CONTINUE IDENTIFIER?                            # continueStmt
    | GOTO IDENTIFIER                                 # gotoStmt
    | FALLTHROUGH                                     # fallthroughStmt
    | block                                           # blockStmt
    | ifStmt                                          # ifStatement
    | SWITCH switchHeader? L_CURLY caseClause* R_CURLY # switchStmt
    | SELECT L_CURLY commClause* R_CURLY              # selectStmt
    | FOR forHeader? block                            # forStmt
    ;

// Expression statement, send, inc/dec, assignment or short declaration.
simpleStmt : expressionList simpleTail?;

simpleTail
    : assignOp expressionList                         # assignTail
    | ARROW expression                                # sendTail
    | INC                                             # incTail
    | DEC                                             # decTail
    ;

assignOp
    : ASSIGN | DEFINE
    | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

headerSimpleStmt : headerExprList headerSimpleTail?;

headerSimpleTail
    : assignOp RANGE headerExpr                       # headerRangeTail
    | assignOp headerExprList                         # headerAssignTail
    | ARROW headerExpr                                # headerSendTail
    | INC                                             # headerIncTail
    | DEC                                             # headerDecTail
    ;

// `if [init;] cond {`: without ';' the one simple statement is the condition.
// A `var` before the init statement is accepted for gc's "var declaration
// not allowed in if initializer" (also in switch and for headers).
ifStmt : IF VAR? headerSimpleStmt? (SEMI headerExpr?)? block (ELSE (ifStmt | block))?;

// `switch [init;] [tag] {`; a `x := y.(type)` tag makes a type switch.
switchHeader
    : VAR? init=headerSimpleStmt (SEMI tag=headerSimpleStmt?)?
    | SEMI tag=headerSimpleStmt?
    ;

caseClause : (CASE expressionList | DEFAULT) COLON statementList;

commClause : (CASE simpleStmt | DEFAULT) COLON statementList;

forHeader
    : RANGE headerExpr                                # forRangeBare
    | VAR? headerSimpleStmt forClauseTail?            # forClause
    | forClauseTail                                   # forClauseNoInit
    ;

forClauseTail : SEMI cond=headerExpr? SEMI post=headerSimpleStmt?;
