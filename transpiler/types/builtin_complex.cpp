// This file implements the built-ins of complex numbers (spec:
// "Manipulating complex numbers"): complex(re, im), real(z) and imag(z),
// with go/types' rules for untyped operands and exact constant results. On
// a type parameter the result is a new type parameter whose type set maps
// each of the operand's types (go/types' applyTypeFunc).
#include "types/checker.hpp"

namespace types {

using namespace syntax;

// f applied to t, or to every type of t's type set when t is a type
// parameter; nullptr when f has no answer for some type.
static Type* applyTypeFunc(Checker& c, Type* t, Type* (*f)(Checker&, Type*)) {
  auto* tp = t->as<TypeParam>();
  if (!tp) return f(c, t);
  Interface* it = interfaceOf(tp);
  if (!it || it->allTypes || it->terms.empty()) return nullptr;
  std::vector<Term> terms;
  for (const Term& term : it->terms) {
    Type* r = f(c, term.type);
    if (!r) return nullptr;
    terms.push_back({term.tilde, r});
  }
  auto* constraint = c.ctx.types().make<Interface>();
  constraint->unions.push_back(terms);
  auto* result = c.ctx.types().make<TypeParam>();
  result->obj = c.ctx.newObject(ObjectKind::TypeName, tp->obj->name, result, tp->obj->pos);
  result->obj->pkg = tp->obj->pkg;
  result->constraint = constraint;
  result->index = tp->index;
  return result;
}

static Type* complexOfFloat(Checker& c, Type* t) {
  auto* b = underlying(t)->as<Basic>();
  if (!b) return nullptr;
  switch (b->basic) {
    case BasicKind::Float32: return c.ctx.basic(BasicKind::Complex64);
    case BasicKind::Float64: return c.ctx.basic(BasicKind::Complex128);
    case BasicKind::UntypedFloat: return c.ctx.basic(BasicKind::UntypedComplex);
    default: return nullptr;
  }
}

static Type* floatOfComplex(Checker& c, Type* t) {
  auto* b = underlying(t)->as<Basic>();
  if (!b) return nullptr;
  switch (b->basic) {
    case BasicKind::Complex64: return c.ctx.basic(BasicKind::Float32);
    case BasicKind::Complex128: return c.ctx.basic(BasicKind::Float64);
    case BasicKind::UntypedComplex: return c.ctx.basic(BasicKind::UntypedFloat);
    default: return nullptr;
  }
}

void Checker::complexBuiltin(Operand& x, const CallExpr* e, Object* b, std::vector<Operand>& args) {
  bool isComplexCall = b->builtin == BuiltinId::Complex;
  size_t want = isComplexCall ? 2 : 1;
  if (args.size() != want) {
    bool few = args.size() < want;
    error(few || want >= e->args.size() ? e->rparen : e->args[want]->pos,
          std::string(few ? "not enough" : "too many") + " arguments for " + exprString(e) + " (expected " +
              std::to_string(want) + ", found " + std::to_string(args.size()) + ")");
    x.mode = Mode::Invalid;
    return;
  }
  auto finish = [&](Operand& r, Type* t) {
    x.mode = r.mode == Mode::Constant ? Mode::Constant : Mode::Value;
    x.type = t;
    x.val = r.mode == Mode::Constant ? r.val : Constant();
    x.expr = e;
    record(x);
  };
  if (!isComplexCall) {
    Operand& z = args[0];
    if (isUntyped(z.type)) {
      // An untyped constant number may always be taken as a complex one.
      if (z.mode == Mode::Constant) {
        if (isNumeric(z.type)) z.type = ctx.basic(BasicKind::UntypedComplex);
      } else {
        convertUntyped(z, ctx.basic(BasicKind::Complex128));
        if (z.invalid()) { x.mode = Mode::Invalid; return; }
      }
    }
    Type* t = applyTypeFunc(*this, z.type, floatOfComplex);
    if (!t) {
      error(startPosOf(z.expr), "invalid argument: argument has type " + typeString(z.type) + ", expected complex type");
      x.mode = Mode::Invalid;
      return;
    }
    if (z.mode == Mode::Constant) {
      Constant c = z.val.toComplex();
      z.val = Constant::makeFloat(b->builtin == BuiltinId::Real ? c.ratVal() : c.imagVal());
    }
    return finish(z, t);
  }
  Operand &re = args[0], &im = args[1];
  bool reUntyped = isUntyped(re.type), imUntyped = isUntyped(im.type);
  if (reUntyped && !imUntyped) {
    convertUntyped(re, im.type);
  } else if (imUntyped && !reUntyped) {
    convertUntyped(im, re.type);
  } else if (reUntyped && imUntyped) {
    if (re.mode == Mode::Constant && im.mode == Mode::Constant) {
      // Untyped constants: numbers without imaginary part act as floats.
      for (Operand* o : {&re, &im})
        if (isNumeric(o->type) && o->val.imagVal() == 0) o->type = ctx.basic(BasicKind::UntypedFloat);
    } else {
      convertUntyped(re, ctx.basic(BasicKind::Float64));
      convertUntyped(im, ctx.basic(BasicKind::Float64));
    }
  }
  if (re.invalid() || im.invalid()) { x.mode = Mode::Invalid; return; }
  if (!identical(re.type, im.type)) {
    error(startPosOf(re.expr), "invalid operation: " + exprString(e) + " (mismatched types " + typeString(re.type) +
                               " and " + typeString(im.type) + ")");
    x.mode = Mode::Invalid;
    return;
  }
  Type* t = applyTypeFunc(*this, re.type, complexOfFloat);
  if (!t) {
    error(startPosOf(re.expr), "invalid argument: arguments have type " + typeString(re.type) +
                               ", expected floating-point");
    x.mode = Mode::Invalid;
    return;
  }
  if (re.mode == Mode::Constant && im.mode == Mode::Constant) {
    re.val = Constant::makeComplex(re.val.toFloat().ratVal(), im.val.toFloat().ratVal());
  } else {
    re.mode = Mode::Value;
  }
  finish(re, t);
}

}  // namespace types
