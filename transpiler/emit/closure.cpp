// This file implements func values: function literals (closures), named
// functions used as values, method values and method expressions.
//
// A function literal becomes a C++ lambda wrapped in go::func_of, which
// copies it into collected memory (rtlib/include/go/func.hpp):
//
//     count := 0                         go::int_& count = *go::new_<go::int_>(0);
//     inc := func(d int) int {           go::func<go::int_(go::int_)> inc = go::func_of([&count](go::int_ d) -> go::int_ {
//         count += d                       count += d;
//         return count                     return count;
//     }                                  });
//
// Go closures capture variables, not values. A captured variable that is
// assigned anywhere after its declaration (in the function or in any of
// its closures; a range loop's variables are assigned at every iteration,
// Go 1.19 has one variable per loop) lives on the heap as address-taken
// variables do (heap.cpp), and the lambda captures the heap object by
// reference, so every closure and the function itself share it however
// long any of them lives. A captured variable that is never assigned again
// holds one value for ever: the lambda copies it.
#include <functional>
#include <set>

#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/walk.hpp"

namespace emit {

using types::ObjectKind;

namespace {

// (The symbolic variable of `switch v := x.(type)` belongs to no scope, as
// in go/types: each clause declares its own v.)
bool isLocalVariable(const types::Object* obj) {
  return obj && obj->kind == ObjectKind::Var && !obj->isField && !obj->isPackageLevel() && obj->name != "_" &&
         obj->parent != nullptr;
}

bool declaredWithin(const types::Object* obj, const types::Scope* scope) {
  for (const types::Scope* s = obj->parent; s; s = s->parent)
    if (s == scope) return true;
  return false;
}

void namedResults(const syntax::FuncType* type, const types::Info& info, std::set<const types::Object*>& into) {
  if (!type || !type->results) return;
  for (const syntax::Field* f : type->results->list)
    for (const syntax::Ident* id : f->names)
      if (const types::Object* obj = info.objectOf(id)) into.insert(obj);
}

}  // namespace

std::vector<const types::Object*> Emitter::capturesOf(const syntax::FuncLit* lit) const {
  auto scopeIt = info.scopes.find(lit->type);
  const types::Scope* scope = scopeIt == info.scopes.end() ? nullptr : scopeIt->second;
  std::vector<const types::Object*> captures;
  std::set<const types::Object*> seen;
  forEachNodeDeep(lit->body, [&](const syntax::Node* n) {
    const auto* id = n->as<syntax::Ident>();
    const types::Object* obj = id ? info.objectOf(id) : nullptr;
    if (!isLocalVariable(obj) || (scope && declaredWithin(obj, scope))) return;
    if (seen.insert(obj).second) captures.push_back(obj);
  });
  return captures;
}

void Emitter::findSharedVariables(const syntax::Node* body, const syntax::FuncType* type) {
  std::set<const types::Object*> captured, assigned;
  namedResults(type, info, assigned);  // `return v` assigns them
  auto assigns = [&](const syntax::Expr* lhs) {
    if (const types::Object* v = lhs ? addressedVariable(lhs) : nullptr) assigned.insert(v);
  };
  forEachNodeDeep(body, [&](const syntax::Node* n) {
    switch (n->kind) {
      case syntax::NodeKind::FuncLit: {
        const auto* lit = n->as<syntax::FuncLit>();
        for (const types::Object* obj : capturesOf(lit)) captured.insert(obj);
        namedResults(lit->type, info, assigned);
        return;
      }
      case syntax::NodeKind::AssignStmt: {
        const auto* a = n->as<syntax::AssignStmt>();
        for (const syntax::Expr* lhs : a->lhs) {
          const auto* id = lhs->as<syntax::Ident>();
          auto def = id ? info.defs.find(id) : info.defs.end();
          bool declares = a->tok == syntax::Token::Define && def != info.defs.end() && def->second;
          if (!declares) assigns(lhs);
        }
        return;
      }
      case syntax::NodeKind::IncDecStmt: return assigns(n->as<syntax::IncDecStmt>()->x);
      case syntax::NodeKind::RangeStmt: {
        // Declared or not, the loop assigns its variables at every iteration.
        const auto* r = n->as<syntax::RangeStmt>();
        assigns(r->key);
        assigns(r->value);
        return;
      }
      default: return;
    }
  });
  for (const types::Object* v : captured)
    if (assigned.count(v)) heapVars.insert(v);
}

// gc's names of closures: the literals directly inside a function (or
// inside a literal) are its func1, func2, ... (.1, .2 inside a literal) in
// source order; package-level ones share one count (gc's glob..funcK).
// The lambda carries its number in a last, defaulted parameter of type
// go::func_lit<K>, which is how a traceback names it.
void Emitter::numberFuncLits() {
  std::function<void(const syntax::Node*, int&)> number = [&](const syntax::Node* root, int& counter) {
    std::vector<const syntax::FuncLit*> all;
    forEachNodeDeep(root, [&](const syntax::Node* n) {
      if (const auto* lit = n->as<syntax::FuncLit>(); lit && n != root) all.push_back(lit);
    });
    std::set<const syntax::FuncLit*> nested;
    for (const syntax::FuncLit* lit : all)
      forEachNodeDeep(lit->body, [&](const syntax::Node* n) {
        if (const auto* inner = n->as<syntax::FuncLit>()) nested.insert(inner);
      });
    for (const syntax::FuncLit* lit : all) {
      if (nested.count(lit)) continue;
      funcLitOrdinal[lit] = ++counter;
      int inner = 0;
      number(lit->body, inner);
    }
  };
  int global = 0;
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls) {
      if (const auto* fd = d->as<syntax::FuncDecl>()) {
        int counter = 0;
        if (fd->body) number(fd->body, counter);
      } else if (const auto* g = d->as<syntax::GenDecl>(); g && g->tok == syntax::Token::Var) {
        for (const syntax::Spec* spec : g->specs) number(spec, global);
      }
    }
}

std::string Emitter::funcLit(const syntax::FuncLit* e) { return "go::func_of(" + lambda(e) + ")"; }

std::string Emitter::lambda(const syntax::FuncLit* e) {
  const auto* sig = typeOf(e) ? typeOf(e)->as<types::Signature>() : nullptr;
  if (!sig) unsupported(e->pos, "this function literal");
  std::string captures;
  bool copies = false;
  for (const types::Object* obj : capturesOf(e)) {
    bool shared = heapVars.count(obj) > 0;
    copies = copies || !shared;
    captures += (captures.empty() ? "" : ", ") + std::string(shared ? "&" : "") + nameOf(obj);
  }

  // The literal's body is a function of its own: fresh per-function state
  // (restored however the printing ends: an Unsupported may escape),
  // printed by a printer of its own (whose #line directives the outer
  // printer adopts when it writes the text).
  struct SavedState {
    Emitter& em;
    std::vector<Target> targets;
    std::set<std::string> gotoLabels;
    std::string fallthroughLabel, deferStack, recoverFrame;
    std::vector<std::string> resultNames, prologue, resultVars;
    const types::Signature* currentSig;
    const syntax::Expr* statementCall;
    Printer* out;
    explicit SavedState(Emitter& e)
        : em(e), targets(std::move(e.targets)), gotoLabels(std::move(e.gotoLabels)),
          fallthroughLabel(std::move(e.fallthroughLabel)), deferStack(std::move(e.deferStack)),
          recoverFrame(std::move(e.recoverFrame)), resultNames(std::move(e.resultNames)),
          prologue(std::move(e.prologue)), resultVars(std::move(e.resultVars)), currentSig(e.currentSig),
          statementCall(e.statementCall), out(e.out) {
      e.targets.clear(), e.gotoLabels.clear(), e.fallthroughLabel.clear(), e.deferStack.clear();
      e.recoverFrame.clear(), e.resultNames.clear(), e.prologue.clear(), e.resultVars.clear();
      e.statementCall = nullptr;
    }
    ~SavedState() {
      em.targets = std::move(targets), em.gotoLabels = std::move(gotoLabels);
      em.fallthroughLabel = std::move(fallthroughLabel), em.deferStack = std::move(deferStack);
      em.recoverFrame = std::move(recoverFrame), em.resultNames = std::move(resultNames);
      em.prologue = std::move(prologue), em.resultVars = std::move(resultVars);
      em.currentSig = currentSig, em.statementCall = statementCall, em.out = out;
    }
  } saved(*this);
  currentSig = sig;
  Printer p(opts.lineDirectives, opts.absoluteLinePaths);
  out = &p;
  forEachStmt(e->body, [&](const syntax::Stmt* s) {
    if (const auto* b = s->as<syntax::BranchStmt>(); b && b->tok == syntax::Token::Goto && b->label)
      gotoLabels.insert(b->label->name);
    return true;
  });

  std::string params = parameterList(e->type->params);
  if (auto it = funcLitOrdinal.find(e); it != funcLitOrdinal.end())
    params += (params.empty() ? "" : ", ") + std::string("go::func_lit<") + std::to_string(it->second) + "> = {}";
  bool hasResults = sig->results && sig->results->size() > 0;
  std::string header = "[" + captures + "](" + params + ")" + (copies ? " mutable" : "");
  // A deferred literal's body inlined into the runtime's caller of it can
  // lose its inline record in GCC's debug info (defer.hpp's line instead
  // of the Go one): tracebacks need it as a function of its own.
  if (e == deferredLiteral) header += " __attribute__((noinline))";
  if (hasResults) header += " -> " + cppType(sig->results, e->pos);
  p.write(header + " {");
  p.indent();
  declareStackSlots(e->body);
  printPrologue(e->pos);
  std::string enclosingSelf = std::move(recoverSelf);
  recoverSelf.clear();  // a closure's recover_frame names no function
  functionBody(e->body, e->type, e->pos);  // defer.cpp: named results, defers, recover
  recoverSelf = std::move(enclosingSelf);
  p.dedent();
  p.line();
  p.write("}");

  std::string text = p.finish();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

std::string Emitter::parameterList(const syntax::FieldList* params) {
  std::string list;
  for (const syntax::Field* field : params->list) {
    auto one = [&](const syntax::Ident* id) {
      const types::Object* obj = id ? info.objectOf(id) : nullptr;
      std::string p = cppType(obj ? obj->type : typeOf(field->type), field->type->pos);
      if (obj && id->name != "_") {
        std::string name = declareLocal(obj);
        if (heapVars.count(obj)) {
          // The argument arrives by value; the variable lives on the heap.
          p += " " + name + "_arg";
          prologue.push_back(varDecl(obj, name, name + "_arg", id->pos) + ";");
        } else {
          p += " " + name;
        }
      }
      list += (list.empty() ? "" : ", ") + p;
    };
    if (field->names.empty()) one(nullptr);
    for (const syntax::Ident* id : field->names) one(id);
  }
  return list;
}

void Emitter::printPrologue(diag::Pos at) {
  for (const std::string& line : prologue) {
    out->at(at);
    out->write(line);
  }
}

std::string Emitter::funcValue(const types::Object* fn, diag::Pos at) {
  const auto* sig = fn->type->as<types::Signature>();
  if (fn->isNative && sig && sig->variadic) unsupported(at, "using " + fn->name + " as a function value");
  return "go::func_of(" + nameOf(fn) + ")";
}

// The parameters of a lambda standing for a Go signature, and the
// arguments that pass them on: "go::int_ a0, go::string a1" / "a0, a1".
std::pair<std::string, std::string> Emitter::forwardingParams(const types::Signature* sig, diag::Pos at) {
  std::string params, args;
  for (size_t i = 0; sig->params && i < sig->params->size(); i++) {
    std::string name = "a" + std::to_string(i);
    params += (i ? ", " : "") + cppType(sig->params->at(i), at) + " " + name;
    args += (i ? ", " : "") + name;
  }
  return {params, args};
}

// The call of method on a receiver already in the form the method takes
// (a pointer for pointer receivers, a value otherwise).
std::string Emitter::directMethodCall(const std::string& recv, const types::Object* method, const std::string& args,
                                      diag::Pos at) {
  const auto* sig = method->type->as<types::Signature>();
  const types::Type* rt = sig && sig->recv ? sig->recv->type : nullptr;
  if (rt && rt->kind == types::TypeKind::Pointer) rt = rt->as<types::Pointer>()->elem;
  const auto* named = rt ? rt->as<types::Named>() : nullptr;
  if (!named) unsupported(at, "this method value");
  std::string rest = args.empty() ? "" : ", " + args;
  if (!isStructMethod(method)) return freeMethodCallee(named, method) + "(" + recv + rest + ")";
  if (hasPointerReceiver(method)) return cppType(named, at) + "::" + cppName(method->name) + "(" + recv + rest + ")";
  return recv + "." + cppName(method->name) + "(" + args + ")";
}

std::string Emitter::methodValue(const syntax::SelectorExpr* e, const types::Object* method) {
  const types::Type* t = typeOf(e->x);
  if (t->kind == types::TypeKind::TypeParam) return typeParamMethodValue(e, method);  // (generic.cpp)
  const auto* sig = typeOf(e)->as<types::Signature>();
  auto [params, args] = forwardingParams(sig, e->pos);
  bool hasResults = sig->results && sig->results->size() > 0;
  std::string result = hasResults ? " -> " + cppType(sig->results, e->pos) : "";
  std::string ret = hasResults ? "return " : "";
  // The receiver is evaluated now, in the form the method takes: x.M with
  // a value receiver copies x (*p through a pointer), with a pointer
  // receiver takes &x; embedded fields on the way are walked now too.
  std::string recv;
  std::string call;
  if (isInterfaceType(t)) {
    // i.M of a nil interface panics now, as in Go, not at the call.
    recv = "go::non_nil(" + expr(e->x) + ")";
    call = "recv." + memberName(t, method->name) + "(" + args + ")";
  } else {
    Selection s = selectMember(t, method->name, method->pkg);
    if (s.obj != method) unsupported(e->sel->pos, "this method value");
    std::string x = embeddedPath(operand(e->x), t, s.path);
    if (isInterfaceType(t)) {
      recv = "go::non_nil(" + x + ")";
      call = "recv." + memberName(t, method->name) + "(" + args + ")";
    } else {
      bool isPointer = types::underlying(const_cast<types::Type*>(t))->kind == types::TypeKind::Pointer;
      bool wantsPointer = hasPointerReceiver(method);
      recv = wantsPointer ? (isPointer ? x : "&" + x) : (isPointer ? "go::deref(" + x + ")" : x);
      call = directMethodCall("recv", method, args, e->pos);
    }
  }
  return "go::func_of([recv = " + recv + "](" + params + ") mutable" + result + " { " + ret + call + "; })";
}

std::string Emitter::methodExpr(const syntax::SelectorExpr* e, const types::Object* method) {
  // T.M is func(T, params) and (*T).M is func(*T, params): a0 is the receiver.
  const types::Type* recvType = typeOf(e->x);
  if (recvType->kind == types::TypeKind::TypeParam) return typeParamMethodExpr(e, method);  // (generic.cpp)
  const auto* sig = typeOf(e)->as<types::Signature>();
  auto [params, args] = forwardingParams(sig, e->pos);
  std::string rest = args.find(',') != std::string::npos ? args.substr(args.find(',') + 2) : "";
  bool hasResults = sig->results && sig->results->size() > 0;
  std::string result = hasResults ? " -> " + cppType(sig->results, e->pos) : "";
  std::string ret = hasResults ? "return " : "";
  std::string call;
  if (isInterfaceType(recvType)) {
    // (memberName: a method named like its interface, os.Signal.Signal.)
    call = "a0." + memberName(recvType, method->name) + "(" + rest + ")";
  } else {
    Selection s = selectMember(recvType, method->name, method->pkg);
    if (s.obj != method) unsupported(e->sel->pos, "this method expression");
    call = methodCallText("a0", recvType, s.path, method, rest, e->pos);
  }
  return "go::func_of([](" + params + ")" + result + " { " + ret + call + "; })";
}

std::string Emitter::funcValueCall(const syntax::CallExpr* e) {
  const types::Type* ft = typeOf(e->fun);
  const types::Type* fu = ft ? types::coreType(const_cast<types::Type*>(ft)) : nullptr;
  const auto* sig = fu ? fu->as<types::Signature>() : nullptr;
  if (!sig) unsupported(e->fun->pos, "this call");
  // func(){...}() calls the lambda itself; no func value is needed.
  const syntax::Expr* fun = unparen(e->fun);
  std::string callee;
  if (auto it = hoisted.find(e->fun); it != hoisted.end()) callee = it->second;
  else if (const auto* lit = fun->as<syntax::FuncLit>()) callee = lambda(lit);
  else callee = operand(e->fun);
  if (e->args.size() == 1) {
    const types::Type* at = typeOf(e->args[0]);
    if (at && at->kind == types::TypeKind::Tuple) return "std::apply(" + callee + ", " + expr(e->args[0]) + ")";
  }
  return callee + "(" + arguments(e, sig) + ")";
}

}  // namespace emit
