// This file implements the AST builder for type expressions: names and
// instantiations, array/slice/map/chan/pointer/func types, structs,
// interfaces with type-set elements, type parameter lists, signatures and
// the grouping of parameter declarations.
#include "syntax/builder.hpp"

namespace syntax {

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
Expr* Builder::transformType(P::Type_Context& ctx) {
  if (ctx.typeName()) {
    Expr* name = transformTypeName(*ctx.typeName());
    return ctx.typeArgs() ? transformTypeArgs(name, *ctx.typeArgs()) : name;
  }
  if (ctx.typeLit()) return transformTypeLit(*ctx.typeLit());
  ParenExpr* paren = file_.make<ParenExpr>(pos(ctx.L_PAREN()));
  paren->x = transformType(*ctx.type_());
  return paren;
}

// TypeName = identifier | PackageName "." identifier .
Expr* Builder::transformTypeName(P::TypeNameContext& ctx) {
  auto ids = ctx.IDENTIFIER();
  Ident* first = makeIdent(ids[0]);
  if (ids.size() == 1) return first;
  SelectorExpr* sel = file_.make<SelectorExpr>(first->pos);
  sel->x = first;
  sel->sel = makeIdent(ids[1]);
  return sel;
}

Expr* Builder::transformTypeArgs(Expr* generic, P::TypeArgsContext& ctx) {
  IndexExpr* inst = file_.make<IndexExpr>(generic->pos);
  inst->x = generic;
  inst->lbrack = pos(ctx.L_BRACKET());
  for (auto* t : ctx.type_()) inst->indices.push_back(transformType(*t));
  return inst;
}

Expr* Builder::transformTypeLit(P::TypeLitContext& ctx) {
  if (ctx.arrayType()) return transformArrayType(*ctx.arrayType());
  if (ctx.sliceType()) return transformSliceType(*ctx.sliceType());
  if (ctx.structType()) return transformStructType(*ctx.structType());
  if (ctx.pointerType()) {
    StarExpr* star = file_.make<StarExpr>(pos(ctx.pointerType()->STAR()));
    star->x = transformType(*ctx.pointerType()->type_());
    return star;
  }
  if (ctx.functionType()) return transformFunctionType(*ctx.functionType());
  if (ctx.interfaceType()) return transformInterfaceType(*ctx.interfaceType());
  if (ctx.mapType()) return transformMapType(*ctx.mapType());
  return transformChannelType(*ctx.channelType());
}

// ArrayType = "[" ArrayLength "]" ElementType; `[...]T` keeps an Ellipsis length.
ArrayType* Builder::transformArrayType(P::ArrayTypeContext& ctx) {
  ArrayType* array = file_.make<ArrayType>(pos(ctx.L_BRACKET()));
  if (ctx.ELLIPSIS()) array->len = file_.make<Ellipsis>(pos(ctx.ELLIPSIS()));
  else array->len = transformExpression(*ctx.expression());
  array->elem = transformType(*ctx.type_());
  return array;
}

ArrayType* Builder::transformSliceType(P::SliceTypeContext& ctx) {
  ArrayType* slice = file_.make<ArrayType>(pos(ctx.L_BRACKET()));
  slice->elem = transformType(*ctx.type_());
  return slice;
}

StructType* Builder::transformStructType(P::StructTypeContext& ctx) {
  StructType* st = file_.make<StructType>(pos(ctx.STRUCT()));
  st->fields = file_.make<FieldList>(pos(ctx.L_CURLY()));
  st->fields->opening = pos(ctx.L_CURLY());
  st->fields->closing = pos(ctx.R_CURLY());
  for (auto* f : ctx.fieldDecl()) st->fields->list.push_back(transformFieldDecl(*f));
  return st;
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [Tag] .
Field* Builder::transformFieldDecl(P::FieldDeclContext& ctx) {
  Field* field = file_.make<Field>(pos(ctx));
  if (ctx.identifierList()) {
    field->names = transformIdentifierList(*ctx.identifierList());
    field->type = transformType(*ctx.type_());
  } else {
    auto* embedded = ctx.embeddedField();
    if (embedded->L_PAREN()) error(pos(embedded->L_PAREN()), "syntax error: cannot parenthesize embedded type");
    Expr* type = transformTypeName(*embedded->typeName());
    if (embedded->typeArgs()) type = transformTypeArgs(type, *embedded->typeArgs());
    if (!embedded->STAR().empty()) {
      StarExpr* star = file_.make<StarExpr>(pos(embedded->STAR(0)));
      star->x = type;
      type = star;
    }
    field->type = type;
  }
  if (ctx.string_()) field->tag = transformString(*ctx.string_());
  return field;
}

FuncType* Builder::transformFunctionType(P::FunctionTypeContext& ctx) {
  return transformSignature(*ctx.signature(), pos(ctx.FUNC()));
}

InterfaceType* Builder::transformInterfaceType(P::InterfaceTypeContext& ctx) {
  InterfaceType* it = file_.make<InterfaceType>(pos(ctx.INTERFACE()));
  it->methods = file_.make<FieldList>(pos(ctx.L_CURLY()));
  it->methods->opening = pos(ctx.L_CURLY());
  it->methods->closing = pos(ctx.R_CURLY());
  for (auto* e : ctx.interfaceElem()) it->methods->list.push_back(transformInterfaceElem(*e));
  return it;
}

// InterfaceElem = MethodElem | TypeElem .
Field* Builder::transformInterfaceElem(P::InterfaceElemContext& ctx) {
  Field* field = file_.make<Field>(pos(ctx));
  if (auto* method = dynamic_cast<P::MethodElemContext*>(&ctx)) {
    Ident* name = makeIdent(method->IDENTIFIER());
    if (method->typeParameters())
      error(pos(method->typeParameters()->L_BRACKET()), "interface method must have no type parameters");
    field->names.push_back(name);
    field->type = transformSignature(*method->signature(), name->pos);
  } else {
    field->type = transformTypeElem(*static_cast<P::TypeSetElemContext&>(ctx).typeElem());
  }
  return field;
}

// TypeElem = TypeTerm { "|" TypeTerm }: a left-associated BinaryExpr(Or).
Expr* Builder::transformTypeElem(P::TypeElemContext& ctx) {
  auto terms = ctx.typeTerm();
  auto bars = ctx.OR();
  Expr* result = transformTypeTerm(*terms[0]);
  for (size_t i = 1; i < terms.size(); ++i) {
    BinaryExpr* bin = file_.make<BinaryExpr>(pos(bars[i - 1]));
    bin->op = Token::Or;
    bin->x = result;
    bin->y = transformTypeTerm(*terms[i]);
    result = bin;
  }
  return result;
}

Expr* Builder::transformTypeTerm(P::TypeTermContext& ctx) {
  Expr* type = transformType(*ctx.type_());
  if (!ctx.TILDE()) return type;
  UnaryExpr* tilde = file_.make<UnaryExpr>(pos(ctx.TILDE()));
  tilde->op = Token::Tilde;
  tilde->x = type;
  return tilde;
}

MapType* Builder::transformMapType(P::MapTypeContext& ctx) {
  MapType* map = file_.make<MapType>(pos(ctx.MAP()));
  map->key = transformType(*ctx.type_(0));
  map->value = transformType(*ctx.type_(1));
  return map;
}

ChanType* Builder::transformChannelType(P::ChannelTypeContext& ctx) {
  ChanType* chan = file_.make<ChanType>(pos(ctx));
  if (auto* send = dynamic_cast<P::SendChanTypeContext*>(&ctx)) {
    chan->dir = ChanDir::Send;
    chan->value = transformType(*send->type_());
  } else if (auto* recv = dynamic_cast<P::RecvChanTypeContext*>(&ctx)) {
    chan->dir = ChanDir::Recv;
    chan->value = transformType(*recv->type_());
  } else {
    chan->value = transformType(*static_cast<P::BidiChanTypeContext&>(ctx).type_());
  }
  return chan;
}

// TypeParameters = "[" TypeParamDecl { "," TypeParamDecl } [ "," ] "]" .
FieldList* Builder::transformTypeParameters(P::TypeParametersContext& ctx) {
  FieldList* list = file_.make<FieldList>(pos(ctx.L_BRACKET()));
  list->opening = pos(ctx.L_BRACKET());
  list->closing = pos(ctx.R_BRACKET());
  for (auto* decl : ctx.typeParamDecl()) {
    Field* field = file_.make<Field>(pos(*decl));
    field->names = transformIdentifierList(*decl->identifierList());
    field->type = transformTypeElem(*decl->typeElem());
    list->list.push_back(field);
  }
  return list;
}

FuncType* Builder::transformSignature(P::SignatureContext& ctx, Pos at) {
  FuncType* type = file_.make<FuncType>(at);
  type->params = transformParameters(*ctx.parameters());
  if (ctx.result()) type->results = transformResult(*ctx.result());
  return type;
}

// Result = Parameters | Type; a single type becomes a one-field list.
FieldList* Builder::transformResult(P::ResultContext& ctx) {
  if (ctx.parameters()) return transformParameters(*ctx.parameters());
  FieldList* list = file_.make<FieldList>(pos(ctx));
  Field* field = file_.make<Field>(pos(ctx));
  field->type = transformType(*ctx.type_());
  list->list.push_back(field);
  return list;
}

// The grammar reads `(a, b int, c string)` as the declarations `a`, `b int`,
// `c string`. As in gc: when some declaration has a name, every type-only
// one must be a bare identifier, which is then a name that shares the type
// of the next named declaration; otherwise all of them are types.
FieldList* Builder::transformParameters(P::ParametersContext& ctx) {
  FieldList* list = file_.make<FieldList>(pos(ctx.L_PAREN()));
  list->opening = pos(ctx.L_PAREN());
  list->closing = pos(ctx.R_PAREN());
  auto decls = ctx.parameterDecl();
  bool anyNamed = false;
  for (auto* d : decls) anyNamed |= d->IDENTIFIER() != nullptr;

  auto typeOf = [&](P::ParameterDeclContext& d) -> Expr* {
    if (!d.type_()) {
      error(posAfter(d.ELLIPSIS()->getSymbol()), "syntax error: ... is missing type");
      return file_.make<BadExpr>(pos(d.ELLIPSIS()));
    }
    Expr* type = transformType(*d.type_());
    if (!d.ELLIPSIS()) return type;
    Ellipsis* dots = file_.make<Ellipsis>(pos(d.ELLIPSIS()));
    dots->elt = type;
    return dots;
  };

  if (!anyNamed) {
    for (auto* d : decls) {
      Field* field = file_.make<Field>(pos(*d));
      field->type = typeOf(*d);
      list->list.push_back(field);
    }
    return list;
  }
  std::vector<Ident*> pending;  // names waiting for the next type
  for (auto* d : decls) {
    if (!d->IDENTIFIER()) {
      // A type-only declaration must be a bare name here.
      auto* t = d->type_();
      if (d->ELLIPSIS() || !t->typeName() || t->typeArgs() || t->typeName()->IDENTIFIER().size() != 1) {
        error(pos(*d), "syntax error: mixed named and unnamed parameters");
        return list;
      }
      pending.push_back(makeIdent(t->typeName()->IDENTIFIER(0)));
      continue;
    }
    Field* field = file_.make<Field>(pending.empty() ? pos(*d) : pending.front()->pos);
    field->names = std::move(pending);
    pending.clear();
    field->names.push_back(makeIdent(d->IDENTIFIER()));
    field->type = typeOf(*d);
    list->list.push_back(field);
  }
  if (!pending.empty()) error(pending.back()->pos, "syntax error: mixed named and unnamed parameters");
  return list;
}

BasicLit* Builder::transformString(P::String_Context& ctx) {
  BasicLit* lit = file_.make<BasicLit>(pos(ctx));
  lit->litKind = LitKind::String;
  lit->text = ctx.getStart()->getText();
  decodeString(lit->text, lit->bytes);
  return lit;
}

}  // namespace syntax
