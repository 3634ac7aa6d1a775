// The Emitter: the state of printing one package, shared by the files of
// this folder (one file per concern: expr, call, assign, stmt, control,
// decl, package). Not part of the stage's interface: other stages see only
// emit.hpp.
//
// Expressions are printed into strings (they never span lines); statements
// and declarations are printed through the positional Printer `out`, which
// keeps #line directives in step with the Go source.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "emit/emit.hpp"
#include "emit/printer.hpp"
#include "emit/unsupported.hpp"
#include "syntax/ast.hpp"
#include "types/check.hpp"

namespace emit {

using syntax::unparen;


struct Selection;  // methodset.hpp

class Emitter {
 public:
  Emitter(const types::CheckedPackage& pkg, const Options& opts, diag::Diagnostics& diags);

  // ---- package.cpp: the phases and the files
  std::vector<File> run();
  std::string header();
  std::string source(const syntax::File* file, bool definesInit);

  // ---- package.cpp: packages other than main (the standard packages)
  std::string ownHeaderInclude() const;                           // what this package's sources include
  std::vector<const types::Package*> importedPackages() const;  // each once, in import order

  // ---- decl.cpp: package-level declarations
  void typeDecls();                          // forward declarations, then definitions in dependency order
  void typeSpec(const syntax::TypeSpec* spec, bool local);
  void typeDefinition(const types::Object* obj, std::set<const types::Object*>& done);
  void constantDecls();                       // typed constants as inline constexpr
  void varDecls(const syntax::File* file, bool definition);
  void funcPrototypes();
  void funcDecl(const syntax::FuncDecl* decl);
  void initPackage();
  std::string signature(const types::Object* fn, const syntax::FuncDecl* decl, bool definition, const std::string& name);
  // The struct type a method belongs to (Unsupported for other receivers).
  const types::Named* methodReceiver(const types::Object* fn, const syntax::FuncDecl* decl) const;
  // Pointer-receiver methods are static members taking the receiver first.
  bool isPointerMethod(const types::Object* fn) const;

  // ---- names
  std::string nameOf(const types::Object* obj);        // a use
  std::string declareLocal(const types::Object* obj);  // a new local (parameter, variable)
  std::string fresh(const std::string& base);          // a name no Go identifier has
  bool shadowsOuter(const types::Object* obj, const std::vector<syntax::Expr*>& rhs);

  // ---- types of expressions
  const types::TypeAndValue* tv(const syntax::Expr* e) const { return info.typeOf(e); }
  types::Type* typeOf(const syntax::Expr* e) const;
  std::string cppType(const types::Type* t, diag::Pos at) const;
  std::string zeroValue(const types::Type* t, diag::Pos at) const;  // T{} or nullptr

  // ---- expr.cpp
  std::string expr(const syntax::Expr* e);
  std::string operand(const syntax::Expr* e);  // expr, parenthesized if it is a binary expression
  // expr, but a constant prints as a bare literal ("42", "\"s\"") where the
  // C++ context fixes its type: initializers, assignments, returns,
  // arguments of Go functions, indices.
  std::string value(const syntax::Expr* e);
  // A binary operand: bare when the other operand fixes the C++ type.
  std::string operandNextTo(const syntax::Expr* e, const syntax::Expr* other, const types::Type* t);
  std::string ident(const syntax::Ident* id);
  std::string binary(const syntax::BinaryExpr* e);
  // (funcs) A func type descriptor's in/out/variadic/call members (typedesc.cpp);
  // the parameter and result arrays go to pre.
  std::string funcDescFields(const types::Signature* sig, const std::string& cpp, const std::string& stem, std::string& pre);
  std::string unary(const syntax::UnaryExpr* e);
  std::string selector(const syntax::SelectorExpr* e);
  std::string index(const syntax::IndexExpr* e);
  std::string sliceExpr(const syntax::SliceExpr* e);
  std::string positionedAt(diag::Pos bracket, std::string text) const;  // text with a #line for bracket if needed
  std::string indexUnpositioned(const syntax::IndexExpr* e);  // index() without its #line
  std::string sliceUnpositioned(const syntax::SliceExpr* e);
  std::string compositeLit(const syntax::CompositeLit* e);
  std::string compositeLitOf(const syntax::CompositeLit* e, const types::Type* t);
  std::string structLiteral(const syntax::CompositeLit* e, const types::Type* t);  // T{...} of a struct type T
  std::string indexedLiteral(const syntax::CompositeLit* e, const types::Type* u);  // elements with indices (lang)
  std::string arithmetic(syntax::Token op, const syntax::Expr* x, const syntax::Expr* y, const types::Type* t,
                         diag::Pos at);
  // Whether x op y needs go::div/rem/shl/shr rather than C++'s operator.
  bool needsRuntimeOp(syntax::Token op, const syntax::Expr* y, const types::Type* t) const;

  // ---- call.cpp
  std::string call(const syntax::CallExpr* e);
  std::string builtinCall(const syntax::CallExpr* e, const types::Object* b);
  std::string conversion(const syntax::CallExpr* e, const types::Type* to);
  std::string methodCall(const syntax::CallExpr* e, const syntax::SelectorExpr* sel, const types::Object* method);
  std::string arguments(const syntax::CallExpr* e, const types::Signature* sig);
  // f(g()) with a multi-value g (call.cpp): any callee, and f variadic.
  std::string tupleCall(const std::function<std::string(const std::string&)>& callWith, const types::Signature* sig,
                        const syntax::Expr* arg);
  std::string variadicTupleCall(const std::function<std::string(const std::string&)>& callWith,
                                const types::Signature* sig, const syntax::Expr* arg, const char* capture);
  const types::Object* calledFunc(const syntax::Expr* fun) const;

  // ---- heap.cpp: address-taken locals live on the heap
  const types::Object* addressedVariable(const syntax::Expr* e) const;  // the local x of &x, &x.f, &x[i]
  void findHeapVariables(const syntax::FuncDecl* decl);
  void scanHeapVariables(const syntax::Node* body, const syntax::FuncType* type);  // adds, does not clear
  // "T name = init" or, for a heap variable, "T& name = *go::new_<T>(init)";
  // an empty init is the zero value.
  std::string varDecl(const types::Object* obj, const std::string& name, const std::string& init, diag::Pos at);
  std::set<const types::Object*> heapVars;
  std::vector<std::string> prologue;  // statements a function starts with (heap copies of parameters)
  // ---- heap.cpp: the escape stage's decisions (opts.escape)
  // Whether an address-taken variable stays a plain C++ local.
  bool staysOnStack(const types::Object* var) const;
  // Declares in the prologue one compiler-made local per &T{...} / new(T)
  // of body (not of its function literals) that does not escape.
  void declareStackSlots(const syntax::BlockStmt* body);
  // "(slot = value, &slot)" for a site with a slot; "" for a heap one.
  std::string stackAllocation(const syntax::Expr* site, const std::string& value);
  std::unordered_map<const syntax::Expr*, std::string> stackSlots;

  // ---- closure.cpp: func values, closures, method values (goroutines concern)
  std::string funcLit(const syntax::FuncLit* e);  // go::func_of(lambda)
  std::string lambda(const syntax::FuncLit* e);   // the bare C++ lambda of a function literal
  const syntax::FuncLit* deferredLiteral = nullptr;  // defer func(){...}(): never inlined (closure.cpp)
  // gc's closure numbers (funcK), the lambda's go::func_lit<K> (closure.cpp).
  std::map<const syntax::FuncLit*, int> funcLitOrdinal;
  void numberFuncLits();
  std::string funcValue(const types::Object* fn, diag::Pos at);  // a named function used as a value
  std::string methodValue(const syntax::SelectorExpr* e, const types::Object* method);  // x.M, not called
  std::string methodExpr(const syntax::SelectorExpr* e, const types::Object* method);   // T.M, (*T).M
  std::string directMethodCall(const std::string& recv, const types::Object* method, const std::string& args, diag::Pos at);
  std::string funcValueCall(const syntax::CallExpr* e);  // f(x) where f is not a declared function
  std::pair<std::string, std::string> forwardingParams(const types::Signature* sig, diag::Pos at);
  // Parameters of a function being defined (declares them; heap ones add a
  // prologue line), and the prologue's lines (before functionBody).
  std::string parameterList(const syntax::FieldList* params);
  void printPrologue(diag::Pos at);
  // The local variables a function literal uses from enclosing functions,
  // in order of first use.
  std::vector<const types::Object*> capturesOf(const syntax::FuncLit* lit) const;
  // Moves to the heap the captured variables that are assigned after their
  // declaration (closures share them by reference).
  void findSharedVariables(const syntax::Node* body, const syntax::FuncType* type);

  // ---- sequence.cpp: Go's left-to-right order of calls
  // The calls and receives (<-ch) of e in Go's order, conversions and
  // built-ins left out (their operands' calls are in).
  void collectCalls(const syntax::Expr* e, std::vector<const syntax::Expr*>& calls) const;
  // Prints the temporaries that put roots' calls (and, with orderPanics,
  // the operands that may panic) in Go's order; the first `targets` roots
  // are assignment targets.
  void sequenceCalls(const std::vector<const syntax::Expr*>& roots, diag::Pos at, size_t targets = 0, bool orderPanics = true);
  struct Hoist {
    const syntax::Expr* x;
    const char* base;  // the temporary's name: call_1, deref_1, elem_1
  };
  std::vector<Hoist> plannedHoists(const std::vector<const syntax::Expr*>& roots, size_t targets, bool orderPanics) const;
  // The operands of e outside calls that gc evaluates after them and that
  // may panic, or with reads, also those a call could change.
  void collectLaterOperands(const syntax::Expr* e, const std::set<const syntax::Expr*>& calls, bool reads,
                            std::vector<const syntax::Expr*>& out) const;
  bool needsHoisting(const syntax::Expr* e) const;  // whether sequenceCalls({e}) prints temporaries
  bool needsSequencing(const syntax::Expr* e) const;
  // A condition whose calls are sequenced in place (comma operator); the
  // temporaries it needs are appended to decls, to print before it.
  std::string sequencedCondition(const syntax::Expr* cond, std::string& decls);
  std::unordered_map<const syntax::Expr*, std::string> hoisted;  // calls already held in temporaries
  std::string sequencedOperand(const syntax::Expr* e);  // e's calls ordered inside [&] { ...; return e; }() (lang)
  void dropEnclosingCalls(std::vector<const syntax::Expr*>& calls) const;
  mutable std::unordered_map<const syntax::Expr*, size_t> callsInside;  // calls in a call's (or receive's) operands

  // ---- stmt.cpp
  void stmt(const syntax::Stmt* s);
  void stmtList(const std::vector<syntax::Stmt*>& list);
  void block(const syntax::BlockStmt* b);  // { ... }
  void blockBody(const std::vector<syntax::Stmt*>& list);
  void ifStmt(const syntax::IfStmt* s);
  void returnStmt(const syntax::ReturnStmt* s);
  void declStmt(const syntax::DeclStmt* s);
  void localVarSpec(const syntax::ValueSpec* spec);
  std::string simpleStmtText(const syntax::Stmt* s);  // an expression form, or "" if none

  // ---- assign.cpp
  void assignStmt(const syntax::AssignStmt* s);
  void defineStmt(const syntax::AssignStmt* s);
  void opAssignStmt(const syntax::AssignStmt* s);
  std::string lvalue(const syntax::Expr* e);  // std::ignore for the blank identifier
  std::string opAssignText(const syntax::Expr* lhs, syntax::Token op, const syntax::Expr* rhs, diag::Pos at);
  // The values as a std::tuple, each converted to its target's type when
  // targets names one (an assignment's left-hand types; nullptr: blank).
  std::string tupleOf(const std::vector<syntax::Expr*>& values, const std::vector<const types::Type*>& targets = {});

  // ---- control.cpp
  struct Target {
    bool isLoop = false;
    std::string goLabel;        // the Go label naming this statement, if any
    std::string breakLabel;     // C++ label after the statement
    bool breakUsed = false;
    std::string continueLabel;  // C++ label before the loop's post statement
    bool continueViaGoto = false;
    bool continueUsed = false;
  };
  void forStmt(const syntax::ForStmt* s, const std::string& goLabel);
  void rangeStmt(const syntax::RangeStmt* s, const std::string& goLabel);
  void rangeBody(const syntax::BlockStmt* body, Target& t, const std::vector<std::string>& binds);
  void switchStmt(const syntax::SwitchStmt* s, const std::string& goLabel);
  void labeledStmt(const syntax::LabeledStmt* s);
  void branchStmt(const syntax::BranchStmt* s);
  void loopBody(const syntax::BlockStmt* body, Target& t, const std::string& post, diag::Pos postPos);
  void closeTarget(const Target& t);  // prints the break label if used

  // ---- defer.cpp: defer statements, function bodies that have them, and
  // recover() (the defer/panic/recover concern; runtime in go/defer.hpp)
  // The statements of a function body after its parameters: the
  // recover_frame if it calls recover(), named results, and with defer
  // statements the try block that runs them at every exit. Func literals
  // print their bodies with it too.
  void functionBody(const syntax::BlockStmt* body, const syntax::FuncType* type, diag::Pos pos);
  void deferStmt(const syntax::DeferStmt* s);
  // A lambda making call c later with the operands Go evaluates now (the
  // function value or receiver, the arguments); defer and go statements.
  // aimsRecover: a deferred call that may recover aims it at the func value it calls.
  std::string evaluatedCall(const syntax::CallExpr* c, diag::Pos pos, bool aimsRecover = false);
  void returnWithDefers(const syntax::ReturnStmt* s);  // a return where deferStack is set
  std::string recoverCall(const syntax::CallExpr* e);
  std::string panicCall(const syntax::CallExpr* e);
  const types::Type* universeAny() const;  // interface{}, the type of panic's argument
  bool hasDefer(const syntax::BlockStmt* body) const;
  bool callsRecover(const syntax::BlockStmt* body) const;  // recover() directly in body
  bool calleeRecovers(const syntax::CallExpr* call) const;  // the called function calls recover()
  std::string resultList() const;                          // "r1, r2" of resultVars
  std::string deferStack;                // the function's go::defer_stack, or ""
  std::string recoverFrame;              // the function's go::recover_frame, or ""
  diag::Pos stmtPos;  // the statement being emitted (expressions on later lines get #line of their own)
  std::string recoverSelf;               // &F for a plain function F (its recover_frame names it), or ""
  std::vector<std::string> resultVars;   // every result's variable when deferStack is set
  mutable std::unordered_map<const syntax::BlockStmt*, bool> recoverCallers;

  // ---- interfaces, type descriptors, methods on named types (ifaces):
  // typedesc.cpp, iface.cpp, methods.cpp
  // The C++ expression naming t's descriptor (go::int_type, T_type,
  // slice_int_type), registering it to be printed in the header.
  std::string typeDesc(const types::Type* t, diag::Pos at);
  void typeDescDecls();   // extern declarations of every registered descriptor
  std::string typeDescDefs(size_t from = 0);  // their definitions from descOrder[from] on (registering what they mention)
  std::string typeDescDef(const types::Type* t, const std::string& name);
  std::string methodTable(const types::Type* t, const std::string& name, int& count);
  std::string gcTypeString(const types::Type* t) const;  // what %T prints
  // gcTypeString as a function, for methodSignature (generic.cpp).
  std::function<std::string(const types::Type*)> gcSpelling() const {
    return [this](const types::Type* t) { return gcTypeString(t); };
  }
  std::map<std::string, const types::Type*> descNames;       // registered: C++ name → type
  bool needsReflectDescriptors() const;  // method func types and reflect's thunks in descriptors
  bool describesForReflect = true;  // set by the constructor (after pkg)
  std::string descDefinitions;  // printed by header(), placed at the end of the first source file
  std::vector<std::string> descOrder;                        // in registration order
  // The value e converted to type `to` (boxing into an interface when to is
  // one and e's type is not); value(e) otherwise.
  std::string valueAs(const syntax::Expr* e, const types::Type* to);
  std::string toInterface(const std::string& v, const types::Type* from, const types::Type* to, diag::Pos at);
  // The right-hand side of v, ok := ... forms (type assertions give a tuple).
  std::string tupleValue(const syntax::Expr* e);
  // tupleValue, its elements converted to targets (interfaces) where they differ (lang).
  std::string tupleAs(const syntax::Expr* e, const std::vector<const types::Type*>& targets);
  std::string typeAssert(const syntax::TypeAssertExpr* e, bool commaOk);
  void typeSwitchStmt(const syntax::TypeSwitchStmt* s, const std::string& goLabel);
  void interfaceDefinition(const types::Object* obj, const std::string& name);
  void interfaceStruct(const types::Type* t, const std::string& name, diag::Pos pos);  // named or not
  std::string interfaceCompare(const syntax::BinaryExpr* e);
  // x == y where x or y is an interface (iface.cpp; switch cases use it too).
  std::string interfaceEqual(const std::string& x, const types::Type* xt, const std::string& y,
                             const types::Type* yt, diag::Pos at);
  bool isInterfaceType(const types::Type* t) const;
  bool isStructMethod(const types::Object* fn) const;  // a member function (struct receiver)
  // The C++ callee of a method of a non-struct named type: Celsius_String.
  std::string freeMethodName(const types::Named* recv, const types::Object* fn) const;
  // recv.M(args) where recv is a C++ expression of type recvType (a value
  // or, if recvIsPointer, a pointer), following sel's embedded path.
  std::string methodCallText(std::string recv, const types::Type* recvType, const std::vector<const types::Field*>& path,
                             const types::Object* method, const std::string& args, diag::Pos at);
  // x.E1.E2 through embedded fields; last: the field selected after them,
  // whose offset a nil pointer's fault reports (methods.cpp); addressed:
  // the result's address is taken, not loaded (&p.E.f, p.E.PtrMethod()).
  std::string embeddedPath(std::string x, const types::Type*& t, const std::vector<const types::Field*>& path,
                           const types::Object* last = nullptr, bool addressed = false);
  // Set just before emitting a field selector whose address is taken, so
  // that its nil check reports gc's addr=0x0 (selector() clears it).
  bool addressOnly = false;
  std::string addressedOperand(const syntax::Expr* x);
  int64_t fieldOffset(const types::Type* t, const types::Object* field) const;  // -1: unknown
  std::string derefForField(const std::string& p, int64_t offset) const;
  // The C++ name of member `name` of owner's struct: a method named like
  // its type (type V interface{ V() }) would be a constructor, so it gets a '_'.
  static std::string memberName(const types::Type* owner, const std::string& name);
  // Descriptors of types declared in functions, printed (static) right
  // after their definitions: type → C++ name.
  std::unordered_map<const types::Type*, std::string> localDescs;
  void localTypeDesc(const types::Object* obj);
  std::set<const types::Type*> localDescsPending;  // local descriptors being printed (lang)
  bool qualifyTypes = false;  // spell same-package types with their namespace (inside structs whose members shadow them)

  // ---- maps.cpp: map literals, m[k], delete, range over maps (the maps work)
  bool isMapIndex(const syntax::Expr* e) const;      // m[k] with m a map
  std::string mapIndex(const syntax::IndexExpr* e);  // m[k] as a value: m.get(k), or m.get_ok(k) for v, ok
  std::string mapElementRef(const syntax::Expr* e);  // m[k] as an assignment's target: m[k]
  std::string makeMap(const syntax::CallExpr* e);
  std::string mapLiteral(const syntax::CompositeLit* e, const types::Type* t);
  std::string deleteCall(const syntax::CallExpr* e);
  const types::Type* deleteKeyType(const types::Type* mapOrTypeParam) const;
  void hoistMapOperands(const syntax::Expr* lhs, diag::Pos at);  // before m[k] op= v
  bool mapTupleAssign(const syntax::AssignStmt* s);  // a, m[k] = ... with two map targets; true if printed
  bool isMapClearLoop(const syntax::RangeStmt* s) const;  // for k := range m { delete(m, k) }
  void rangeAssignMapEntries(const syntax::RangeStmt* s, const std::string& it, std::vector<std::string>& binds);  // (maps.cpp)
  void mapRange(const syntax::RangeStmt* s, Target& t);

  // ---- generic.cpp: generic functions and types as C++ templates (the
  // generics work). A Go type parameter T is two template parameters: the
  // C++ type T and `go::type_fn T_type`, its descriptor (go/generic.hpp).
  bool isDependent(const types::Type* t) const;  // mentions a type parameter
  bool isGenericDecl(const syntax::FuncDecl* decl) const;  // a generic function or a method of a generic type
  // The type parameters a declaration's template takes (a method's are its receiver type's).
  std::vector<types::TypeParam*> templateParams(const syntax::FuncDecl* decl) const;
  std::string templateHead(const std::vector<types::TypeParam*>& params) const;  // "template <typename T, go::type_fn T_type>"
  std::string templateArgs(const std::vector<types::Type*>& args, diag::Pos at);  // "<go::int_, go::desc<go::int_type>>"
  std::string typeFn(const types::Type* t, diag::Pos at);  // the go::type_fn naming t's descriptor
  // An instance's type arguments; a generic type's own parameters (List in
  // its methods stands for List[T]).
  static std::vector<types::Type*> typeArgsOf(const types::Named* n);
  // The instance a use of a generic function names (F in F(x), F[int], pkg.F), or null.
  const types::Instance* instanceOf(const syntax::Expr* fun) const;
  std::string genericFuncName(const types::Object* fn, const syntax::Expr* fun, diag::Pos at);  // Max<go::int_, ...>
  std::string typeParamConstant(const types::Constant& c, const types::Type* t, diag::Pos at);  // T(1)
  static bool mayBeComplex(const types::Type* t);
  static bool isIndexableTypeSet(const types::Type* t);  // a type parameter of slices, arrays and strings
  // unsafe.Sizeof/Alignof/Offsetof of an operand whose type mentions a type parameter.
  std::string unsafeLayoutOf(const syntax::CallExpr* e, types::BuiltinId which);  // a type parameter whose type set holds complex types
  std::string typeParamMethodCall(const syntax::CallExpr* e, const syntax::SelectorExpr* sel, const types::Object* method);
  // v.M and T.M, not called, where v's type is the type parameter T.
  std::string typeParamMethodValue(const syntax::SelectorExpr* e, const types::Object* method);
  std::string typeParamMethodExpr(const syntax::SelectorExpr* e, const types::Object* method);
  std::string methodFnType(const types::Signature* sig, size_t skip, diag::Pos at);  // "R(A...)", params from skip on
  std::string freeMethodCallee(const types::Named* recv, const types::Object* fn);  // Slice·Len<go::int_, ...>
  std::string genericTypeArgsString(const types::Named* n) const;  // "[int,string]", as gc prints them
  void genericTypeSpec(const syntax::TypeSpec* spec, const types::Object* obj);  // template <...> struct List {...};
  void genericTypeDescPrototypes();  // template <...> const go::type_desc& List_type();
  void genericDefinitions();          // the bodies of generic functions, methods and descriptors (in the header)
  void genericTypeDescDef(const types::Object* obj);
  void genericTypeDescPrototype(const syntax::TypeSpec* spec, const types::Object* obj);

  // ---- local_types.cpp: types declared in functions that are class
  // templates at namespace scope (a generic one, or any in a generic
  // function; types.hpp's HoistedType)
  void collectHoistedTypes();  // numbers the package's local types as gc does; marks those
  void hoistedTypeDecls();     // their forward declarations and definitions, after the package's types
  // A named type's template parameters: a hoisted type's implicit ones, then its own.
  std::vector<types::TypeParam*> typeTemplateParams(const types::Object* typeName) const;
  std::string typeCppName(const types::Object* typeName) const;  // its C++ name where it is declared
  std::vector<const types::Object*> hoistedTypes;                // in source order
  // Descriptor parts made at run time inside templates: a type's name, a
  // method's signature (methodSignature's spelling), a method table.
  std::string runtimeTypeName(const types::Type* t, diag::Pos at);
  std::string runtimeSignature(const types::Object* method, diag::Pos at);
  // (lead: "func", or a method's name for an interface's type string)
  std::string runtimeSignature(const types::Signature* sig, diag::Pos at, const std::string& lead = "func");
  std::string runtimeMethodTable(const types::Type* t, int& count);  // prints it; returns the designators
  // Type parameters named like a field, method or local of the package
  // get a trailing _ in C++ (types.hpp's typeParamName).
  void noteTypeParamClashes();
  // The start and end of a descriptor function made on first use (go/generic.hpp's lazy_type_desc).
  void lazyDescOpen(const std::string& head, const std::string& fn);
  void lazyDescClose();
  // A descriptor's method table (interface: its method list), filled in
  // when the outermost build ends (go/generic.hpp says why).
  void laterMethodTable(const types::Type* t);
  void laterInterfaceMethods(const types::Type* t);
  // generic_unnamed.cpp: unnamed struct and interface types that mention
  // type parameters are class templates over them.
  std::string unnamedTemplateHead(const types::Type* t) const;  // "template <typename T, go::type_fn T_type>"
  std::string unnamedDescName(const types::Type* t) const;      // struct_a_b_4f1c2d_type
  void dependentUnnamedDeclaration(const types::Type* t);      // the template and its descriptor's prototype
  std::string runtimeStructName(const types::Struct* st, diag::Pos at);  // gc's type string, made at run time
  std::string runtimeInterfaceName(const types::Type* t, diag::Pos at);
  void dependentUnnamedDescDefs();  // the descriptor templates of those noted so far
  void dependentInterfaceConversions(const std::string& name);  // members converting to and from the same Go type
  void dependentUnnamedDescDef(const types::Type* t);
  std::set<std::string> dependentDescsDeclared, dependentDescsDefined;
  // Unnamed struct types are class templates over their field types:
  // "template <class x__, class y__>", and the definition.
  std::string unnamedStructHead(const types::Type* t) const;
  void unnamedStructTemplate(const types::Struct* st, const std::string& name);
  void sharedStructDeclaration(const types::Struct* st);  // the alias of its go::unnamed template
  void unnamedStructBody(const types::Struct* st, const std::string& name);
  // ---- goroutines, channels and select (issue 5): goroutine.cpp,
  // chan.cpp, select.cpp; runtime in go/sched/*.hpp
  void goStmt(const syntax::GoStmt* s);
  const types::Type* chanElem(const syntax::Expr* ch) const;  // the element type of a channel operand, or null
  std::string makeChan(const syntax::CallExpr* e);             // make(chan T[, n])
  std::string receive(const syntax::UnaryExpr* e, bool commaOk);  // <-ch: ch.recv(), or ch.recv_ok() for v, ok
  const syntax::UnaryExpr* asReceive(const syntax::Expr* e) const;  // e (unparenthesized) if it is <-ch
  void sendStmt(const syntax::SendStmt* s);
  void chanRange(const syntax::RangeStmt* s, Target& t);
  void selectStmt(const syntax::SelectStmt* s, const std::string& goLabel);
  // ---- unnamed_types.cpp: struct and interface types without a name (lang)
  // cppType notes the unnamed struct and interface types inside every type
  // it spells; the header declares and defines them (decl.cpp's order).
  void noteUnnamedTypes(const types::Type* t, diag::Pos at) const;
  void noteUnnamedTypesOfDeclarations();  // those inside the package's named types
  void unnamedInterfaceDescs();           // their structs name their descriptors
  void unnamedForwardDecls();
  void unnamedTypeDefinition(const types::Type* t, std::set<const types::Object*>& done);
  void remainingUnnamedTypes(std::set<const types::Object*>& done);
  // The definition of a struct type (named: obj; its methods are declared inside).
  void structDefinition(const types::Struct* st, const types::Type* t, const std::string& name, const types::Object* obj);
  // The named types and unnamed structs/interfaces that t holds by value.
  void valueDeps(const types::Type* t, std::vector<const types::Object*>& deps, std::vector<const types::Type*>& unnamed) const;
  // Struct values of one underlying type but different C++ structs
  // (named ↔ unnamed, tags): go::struct_cast<To>(v).
  bool needsStructCast(const types::Type* from, const types::Type* to) const;
  std::string structCast(const std::string& v, const types::Type* to, diag::Pos at) const;
  mutable std::vector<const types::Type*> unnamedTypes;  // noted, in an order that defines what they hold first
  mutable std::set<std::string> unnamedNames;           // their C++ names
  std::set<std::string> unnamedDefined;
  size_t unnamedDeclared = 0;  // how many of unnamedTypes unnamedForwardDecls declared (generics)
  std::set<std::string> unnamedVisited;  // identity names of those unnamedTypeDefinition saw (generics)

  const types::CheckedPackage& checked;
  const types::Info& info;
  const types::Package* pkg;
  Options opts;
  diag::Diagnostics& diags;
  std::string ns;  // the package's C++ namespace

  Printer* out = nullptr;  // the printer of the file being written

  // Per-function state.
  std::unordered_map<const types::Object*, std::string> localNames;
  std::set<std::string> usedLocalNames;
  std::set<std::string> gotoLabels;          // Go labels some goto names
  std::vector<Target> targets;               // enclosing loops and switches, innermost last
  std::string fallthroughLabel;              // where a fallthrough in the current clause goes
  const types::Signature* currentSig = nullptr;
  std::vector<std::string> resultNames;      // named results (empty if unnamed)
  int counter = 0;                           // for fresh names
  const syntax::Expr* statementCall = nullptr;  // the call an expression statement drops the results of

  // Package-level names that differ from cppName(obj->name) (init funcs, blanks).
  std::unordered_map<const types::Object*, std::string> globalNames;
  std::unordered_map<const types::Object*, const syntax::TypeSpec*> typeSpecs;  // package-level types
  std::unordered_map<const types::Object*, std::vector<const syntax::FuncDecl*>> methodDecls;  // by receiver TypeName, in source order

  // ---- availability.cpp: standard packages ahead of the printer
  // Declarations left out (of this package and of its imports); null: none.
  const Unavailable* unavailable = nullptr;
  bool isUnavailable(const types::Object* obj) const;
  // Throw Unsupported naming the declaration ("strings.Map (it needs
  // function values)") when obj, or a named type inside t, is left out.
  void requireAvailable(const types::Object* obj, diag::Pos at) const;
  void requireAvailableType(const types::Type* t, diag::Pos at) const;
  // Prints every declaration into a scratch printer; returns those that
  // throw Unsupported, each with the construct at the root of it.
  std::map<const types::Object*, std::string> probe();
  bool omitMethods = false;              // probing a type: its methods are probed as functions
  mutable std::string unavailableRoot;   // the root construct of the last requireAvailable refusal

  // Reports an Unsupported once (the header and a source file may meet the
  // same construct).
  void report(const Unsupported& u);
  std::set<std::pair<std::string, std::string>> reported;

  // --- rtpkg ---
  // Whether a method of the named type typeName has the name of a type of
  // the package (time.Time's Month() Month): inside the struct the member
  // hides the type, so types are spelled with the namespace.
  bool membersShadowTypes(const types::Object* typeName) const;
  bool localsShadowTypes(const syntax::FuncDecl* decl) const;  // a local declared with a package type's name
  // Whether the struct type typeName has a field or method of that name.
  bool hasMemberNamed(const types::Object* typeName, const std::string& name) const;
  // The struct whose member function is being printed (its members hide
  // package-level functions and variables of the same name: nameOf
  // qualifies those), or null.
  const types::Object* memberScope = nullptr;

  // --- reflect ---
  // Interface methods whose signature holds a struct of this package by
  // value cannot be defined inside the interface's struct (reflect.Type's
  // Field returns a StructField, which holds a Type): they are declared
  // there and defined after every type definition (typeDecls prints them).
  std::vector<std::string> outOfLineIfaceMethods;
  bool needsOutOfLineDefinition(const types::Object* method) const;

  // --- lang ---
  // Whether a field of st is named like a named type its fields mention
  // (type Y struct{ X }): C++ then needs the type spelled so that the
  // member does not hide it (types.cpp's typeName with no package).
  bool fieldsShadowLocalTypes(const types::Struct* st) const;
  // x == nil (equal) or x != nil, x (an operand) of type t; expr.cpp.
  std::string nilComparison(const std::string& x, const types::Type* t, bool equal, diag::Pos at);
  bool isNilIdent(const syntax::Expr* x) const;  // the predeclared nil
  // append(f()), copy(f()), delete(f()) with a multi-value f (call.cpp).
  std::string spreadBuiltinCall(const syntax::CallExpr* e, const types::Object* b);
  // The receiver a method table's entry for t passes on, as a pointer to a
  // baseType: the data word points to the boxed value, or is the value when
  // t is pointer-shaped (a map or channel type; iface.cpp).
  std::string methodTableReceiver(const types::Type* t, const std::string& baseType) const;
  // a, *p, s[i] = ...: both phases of a tuple assignment whose targets may
  // panic, printed one after the other; true if printed (assign.cpp).
  bool sequentialAssign(const syntax::AssignStmt* s);
  std::string hoistTargetOperands(const std::vector<const syntax::Expr*>& lhs);
  // Whether rhs is an array value that may overlap the assignment's target (assign.cpp).
  bool mayOverlapArray(const syntax::Expr* rhs) const;

  // --- reflect ---
  // The *T types made for descriptors' ptr_to (the checker made no *T
  // when the program never spells it).
  std::vector<std::unique_ptr<types::Pointer>> ownedPointerTypes;
  // A method's type as reflect.Method has it, func(recv, params...), and
  // the C++ lambda that makes its func value (the method expression).
  const types::Type* methodFuncType(const types::Type* recv, const types::Signature* sig);
  std::string methodFuncMaker(const types::Type* recv, const Selection& s, const types::Signature* sig, const std::string& result);
  std::vector<std::unique_ptr<types::Type>> ownedMethodTypes;
  std::vector<std::unique_ptr<types::Object>> ownedMethodVars;
  std::string funcTypeDesc(const types::Type* t);
};

}  // namespace emit
