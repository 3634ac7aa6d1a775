// This file implements the escape graph's calls (gc's escape/call.go): a
// call of a function analyzed before sends each argument where the
// callee's parameter tag says it leaks (the heap, a result, or nowhere);
// a call inside the same strongly connected component joins the callee's
// parameter and result locations directly; any other call sends every
// argument to the heap.
#include "escape/builder.hpp"

namespace escape {

using types::TypeKind;

bool isAnalyzable(const types::Object* fn, const types::Package* pkg) {
  if (!fn || fn->kind != types::ObjectKind::Func || fn->pkg != pkg || fn->isNative || fn->origin) return false;
  if (!fn->decl || !fn->decl->body || fn->decl->type->typeParams) return false;
  const auto* sig = fn->type ? fn->type->as<types::Signature>() : nullptr;
  if (!sig || !sig->typeParams.empty()) return false;
  if (sig->recv) {
    // Methods of generic types are printed as templates: left out.
    const types::Type* r = sig->recv->type;
    if (const auto* p = r->as<types::Pointer>()) r = p->elem;
    const auto* named = r->as<types::Named>();
    if (!named || !named->typeParams.empty() || !named->typeArgs.empty()) return false;
  }
  return true;
}

const types::Object* Builder::staticCallee(const syntax::Expr* fun) const {
  fun = unparen(fun);
  const types::Object* obj = nullptr;
  if (const auto* id = fun->as<syntax::Ident>()) {
    obj = info_.objectOf(id);
  } else if (const auto* sel = fun->as<syntax::SelectorExpr>()) {
    const types::Selection* s = info_.selectionOf(sel);
    // Promoted methods (through embedded fields) are left to the heap.
    if (s && s->kind != types::SelectionKind::FieldVal && s->index.size() == 1) obj = s->obj;
  }
  return isAnalyzable(obj, pkg_) ? obj : nullptr;
}

void Builder::receiverTo(Hole k, const syntax::SelectorExpr* sel) {
  const types::Selection* s = info_.selectionOf(sel);
  const types::Type* xt = coreOf(sel->x);
  bool pointerOperand = xt && xt->kind == TypeKind::Pointer;
  if (!s) return expr(k, sel->x);
  const types::Object* m = s->obj;
  const auto* sig = m && m->type ? m->type->as<types::Signature>() : nullptr;
  bool pointerRecv = sig && sig->recv && sig->recv->type->kind == TypeKind::Pointer;
  if (s->index.size() > 1) {
    // Through embedded fields: the receiver's address, to be safe.
    return expr(pointerOperand ? k : k.addr(), sel->x);
  }
  if (pointerRecv && !pointerOperand) return expr(k.addr(), sel->x);  // v.M() calls (&v).M()
  if (!pointerRecv && pointerOperand) return expr(k.deref(), sel->x);  // p.M() calls (*p).M()
  expr(k, sel->x);
}

void Builder::argument(const std::vector<Hole>& dests, const syntax::Expr* arg, const types::Type* param) {
  std::vector<Hole> live;
  for (const Hole& h : dests)
    if (h.dst) live.push_back(h);
  if (live.empty()) return valueTo(discard(), arg, param);
  if (live.size() == 1) return valueTo(live[0], arg, param);
  Location* t = temp();
  valueTo(Hole{t, 0}, arg, param);
  for (const Hole& h : live) g_.flow(h, t);
}

void Builder::unknownCall(const syntax::CallExpr* e) {
  const syntax::Expr* fun = unparen(e->fun);
  if (const auto* sel = fun->as<syntax::SelectorExpr>(); sel && info_.selectionOf(sel) &&
      info_.selectionOf(sel)->kind == types::SelectionKind::MethodVal)
    receiverTo(heapHole(), sel);
  else
    expr(heapHole(), fun);
  for (const syntax::Expr* a : e->args) expr(heapHole(), a);
}

void Builder::call(const std::vector<Hole>& ks, const syntax::CallExpr* e) {
  const syntax::Expr* fun = unparen(e->fun);
  const types::TypeAndValue* ftv = info_.typeOf(fun);
  if (ftv && ftv->isType()) return conversion(ks.empty() ? discard() : ks[0], e);
  const types::Object* fobj = nullptr;
  if (const auto* id = fun->as<syntax::Ident>()) fobj = info_.objectOf(id);
  else if (const auto* sel = fun->as<syntax::SelectorExpr>(); sel && !info_.selectionOf(sel))
    fobj = info_.objectOf(sel->sel);
  if (fobj && fobj->kind == types::ObjectKind::Builtin) return builtin(ks, e, fobj);

  const auto* sel = fun->as<syntax::SelectorExpr>();
  const types::Selection* selection = sel ? info_.selectionOf(sel) : nullptr;
  // x.M(args): the receiver is a first argument the call list does not show.
  bool boundReceiver = selection && selection->kind == types::SelectionKind::MethodVal;
  const types::Object* callee = staticCallee(fun);
  const auto* sig = ftv && ftv->type ? ftv->type->as<types::Signature>() : nullptr;
  if (!sig) {
    for (const syntax::Expr* a : e->args) expr(heapHole(), a);
    return expr(heapHole(), fun);
  }
  size_t nparams = sig->params ? sig->params->vars.size() : 0;
  size_t first = boundReceiver ? 1 : 0;

  // Where each parameter's argument goes (receiver first for methods).
  std::vector<std::vector<Hole>> dests(nparams + first);
  if (!callee) {
    // Unknown callee: every argument to the heap; results come from it.
    for (auto& d : dests) d.push_back(heapHole());
    if (!boundReceiver) expr(discard(), fun);  // a func value: what its closure holds escaped already
  } else if (auto member = component_.find(callee); member != component_.end()) {
    FuncInfo* f = member->second;
    for (size_t i = 0; i < dests.size() && i < f->params.size(); i++)
      if (f->params[i]) dests[i].push_back(Hole{f->params[i], 0});
    for (size_t j = 0; j < ks.size() && j < f->results.size(); j++) g_.flow(ks[j], f->results[j]);
  } else {
    auto t = tags_.find(callee);
    for (size_t i = 0; i < dests.size(); i++) {
      if (t == tags_.end() || i >= t->second.size()) {
        dests[i].push_back(heapHole());
        continue;
      }
      const ParamTag& tag = t->second[i];
      if (tag.heap >= 0) dests[i].push_back(heapHole().shift(tag.heap));
      for (size_t j = 0; j < tag.results.size() && j < ks.size(); j++)
        if (tag.results[j] >= 0) dests[i].push_back(ks[j].shift(tag.results[j]));
    }
  }

  if (boundReceiver) {
    Location* t = temp();
    receiverTo(Hole{t, 0}, sel);
    for (const Hole& h : dests[0]) g_.flow(h, t);
  }
  auto paramType = [&](size_t i) { return i < nparams ? sig->params->vars[i]->type : nullptr; };
  // f(g()) with g returning several values.
  if (e->args.size() == 1 && nparams > 1) {
    std::vector<Hole> temps;
    for (size_t i = 0; i < nparams; i++) {
      Location* t = temp();
      temps.push_back(Hole{t, 0});
      for (const Hole& h : dests[first + i]) g_.flow(h, t);
    }
    return multi(temps, e->args[0]);
  }
  Location* ddd = nullptr;  // the ... parameter's implicit slice of the extra arguments
  for (size_t i = 0; i < e->args.size(); i++) {
    size_t p = std::min(i, nparams ? nparams - 1 : 0);
    if (sig->variadic && !e->hasEllipsis && i + 1 >= nparams) {
      if (!ddd) {
        ddd = allocation(e, "... argument");
        for (const Hole& h : dests[first + p]) g_.flow(h.addr(), ddd);
      }
      const types::Type* st = paramType(p);
      const types::Type* su = st ? types::underlying(const_cast<types::Type*>(st)) : nullptr;
      valueTo(Hole{ddd, 0}, e->args[i], su && su->as<types::Slice>() ? su->as<types::Slice>()->elem : nullptr);
      continue;
    }
    argument(dests[first + p], e->args[i], paramType(p));
  }
}

void Builder::builtin(const std::vector<Hole>& ks, const syntax::CallExpr* e, const types::Object* b) {
  Hole k = ks.empty() ? discard() : ks[0];
  auto sliceElemHasPointers = [&](const syntax::Expr* s) {
    const types::Type* u = coreOf(s);
    if (const auto* sl = u ? u->as<types::Slice>() : nullptr) return hasPointers(sl->elem);
    return u == nullptr;  // strings hold no pointers to copy
  };
  switch (b->builtin) {
    case types::BuiltinId::Append: {
      if (e->args.empty()) return;
      // The appendee's array may come back as the result; when it grows,
      // its elements move to a new heap array.
      std::vector<Hole> dests{k};
      if (sliceElemHasPointers(e->args[0])) dests.push_back(heapHole().deref());
      argument(dests, e->args[0], nullptr);
      if (e->hasEllipsis) {
        if (e->args.size() > 1)
          expr(sliceElemHasPointers(e->args[1]) ? heapHole().deref() : discard(), e->args[1]);
      } else {
        const types::Type* u = coreOf(e->args[0]);
        const auto* sl = u ? u->as<types::Slice>() : nullptr;
        for (size_t i = 1; i < e->args.size(); i++) valueTo(heapHole(), e->args[i], sl ? sl->elem : nullptr);
      }
      return;
    }
    case types::BuiltinId::Copy:
      if (e->args.size() == 2) {
        expr(discard(), e->args[0]);
        expr(sliceElemHasPointers(e->args[1]) ? heapHole().deref() : discard(), e->args[1]);
      }
      return;
    case types::BuiltinId::New: {
      const types::Type* t = e->args.empty() ? nullptr : typeOf(e->args[0]);
      Location* a = allocation(e, "new(" + (t ? types::typeString(t) : std::string("T")) + ")");
      return g_.flow(k.addr(), a);
    }
    case types::BuiltinId::Make: {
      for (size_t i = 1; i < e->args.size(); i++) expr(discard(), e->args[i]);
      const types::Type* t = e->args.empty() ? nullptr : typeOf(e->args[0]);
      std::string text = "make(" + (t ? types::typeString(t) : std::string("T"));
      for (size_t i = 1; i < e->args.size(); i++) {
        const types::TypeAndValue* tv = info_.typeOf(e->args[i]);
        text += ", " + (tv && tv->mode == types::Mode::Constant ? tv->value.str() : std::string("n"));
      }
      Location* a = allocation(e, text + ")");
      return g_.flow(k.addr(), a);
    }
    case types::BuiltinId::Panic:
      for (const syntax::Expr* a : e->args) expr(heapHole(), a);
      return;
    case types::BuiltinId::UnsafeAdd:
    case types::BuiltinId::UnsafeSlice:
      for (const syntax::Expr* a : e->args) expr(heapHole(), a);
      return;
    default:
      // len, cap, close, delete, complex, real, imag, print, println,
      // recover, unsafe.Sizeof...: keep nothing.
      for (const syntax::Expr* a : e->args) expr(discard(), a);
      return;
  }
}

void Builder::conversion(Hole k, const syntax::CallExpr* e) {
  if (e->args.size() != 1) return;
  const syntax::Expr* x = e->args[0];
  const types::Type* to = typeOf(e);
  const types::Type* from = typeOf(x);
  const types::Type* ut = to ? types::underlying(const_cast<types::Type*>(to)) : nullptr;
  const types::Type* uf = from ? types::underlying(const_cast<types::Type*>(from)) : nullptr;
  auto isBasic = [](const types::Type* u, types::BasicKind k) {
    return u && u->kind == TypeKind::Basic && u->as<types::Basic>()->basic == k;
  };
  if (!ut || !uf) return expr(heapHole(), x);
  // unsafe.Pointer and uintptr conversions: the analysis loses track.
  if (isBasic(ut, types::BasicKind::UnsafePointer) || isBasic(uf, types::BasicKind::UnsafePointer) ||
      isBasic(ut, types::BasicKind::Uintptr))
    return expr(heapHole(), x);
  if (ut->kind == TypeKind::Interface && uf->kind != TypeKind::Interface) {
    if (isPointerShaped(from) || (uf->kind == TypeKind::Basic && uf->as<types::Basic>()->basic == types::BasicKind::UntypedNil))
      return expr(k, x);
    // The value is copied into a box the interface points to.
    Location* box = allocation(x, "");  // -m names it by x's text
    expr(Hole{box, 0}, x);
    return g_.flow(k.addr(), box);
  }
  // string <-> []byte / []rune copy, and so does int -> string; between
  // other types (a slice to a named slice type) the value is the same.
  bool toString = isBasic(ut, types::BasicKind::String), fromString = isBasic(uf, types::BasicKind::String);
  if ((toString && (uf->kind == TypeKind::Slice || uf->kind == TypeKind::Basic)) ||
      (fromString && ut->kind == TypeKind::Slice))
    return expr(discard(), x);
  expr(k, x);
}

}  // namespace escape
