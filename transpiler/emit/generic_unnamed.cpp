// This file implements struct and interface types without a name that
// mention type parameters, inside generic code:
//
//   func f[T any](x any) { _ = x.(struct{ a, b T }) }
//
// unnamed_types.cpp names an unnamed struct after its structure; when the
// structure mentions type parameters the C++ struct must be a class
// template over them, printed at namespace scope like the others:
//
//   template <typename T, go::type_fn T_type> struct struct_a_b_4f1c2d {
//     T a{}, b{};
//     ...
//   };
//   template <typename T, go::type_fn T_type> const go::type_desc& struct_a_b_4f1c2d_type();
//
// and generic code spells the type struct_a_b_4f1c2d<T, T_type>. Its
// template parameters are the type parameters the type mentions, in order
// of first appearance; the name's hash spells them by name, so that two
// generic functions that write struct{ a, b T } share one template.
//
// Its descriptor is made on first use, like a generic named type's
// (generic.cpp), and carries gc's type string ("struct { a float64; b
// float64 }"): go::same_type equates it with the descriptor of the same
// type written without type parameters elsewhere in the program. The two
// C++ structs have one layout, so a value boxed as one unboxes as the other.
#include "emit/constants.hpp"
#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/unnamed_types.hpp"

namespace emit {

namespace {

void collectTypeParams(const types::Type* t, std::vector<const types::TypeParam*>& out, int depth) {
  if (!t || depth > 32) return;
  switch (t->kind) {
    case types::TypeKind::TypeParam: {
      const auto* tp = t->as<types::TypeParam>();
      for (const types::TypeParam* p : out)
        if (p == tp) return;
      out.push_back(tp);
      return;
    }
    case types::TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      if (n->origin) {
        for (const types::Type* a : n->typeArgs) collectTypeParams(a, out, depth + 1);
      } else {
        for (const types::TypeParam* p : n->typeParams) collectTypeParams(p, out, depth + 1);  // List in its methods
      }
      return;
    }
    case types::TypeKind::Pointer: return collectTypeParams(t->as<types::Pointer>()->elem, out, depth + 1);
    case types::TypeKind::Slice: return collectTypeParams(t->as<types::Slice>()->elem, out, depth + 1);
    case types::TypeKind::Array: return collectTypeParams(t->as<types::Array>()->elem, out, depth + 1);
    case types::TypeKind::Chan: return collectTypeParams(t->as<types::Chan>()->elem, out, depth + 1);
    case types::TypeKind::Map:
      collectTypeParams(t->as<types::Map>()->key, out, depth + 1);
      return collectTypeParams(t->as<types::Map>()->elem, out, depth + 1);
    case types::TypeKind::Tuple:
      for (size_t i = 0; i < t->as<types::Tuple>()->size(); i++) collectTypeParams(t->as<types::Tuple>()->at(i), out, depth + 1);
      return;
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      if (sig->params) collectTypeParams(sig->params, out, depth + 1);
      if (sig->results) collectTypeParams(sig->results, out, depth + 1);
      return;
    }
    case types::TypeKind::Struct:
      for (const types::Field& f : t->as<types::Struct>()->fields) collectTypeParams(f.var->type, out, depth + 1);
      return;
    case types::TypeKind::Interface:
      for (const types::Object* m : interfaceMethods(t)) collectTypeParams(m->type, out, depth + 1);
      return;
    default: return;
  }
}

// strconv.Quote of a struct tag, as gcTypeString spells it.
std::string quotedTag(const std::string& s) {
  std::string q = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + "\"";
}

}  // namespace

std::vector<types::TypeParam*> typeParamsIn(const types::Type* t) {
  std::vector<const types::TypeParam*> found;
  collectTypeParams(t, found, 0);
  std::vector<types::TypeParam*> params;
  for (const types::TypeParam* p : found) params.push_back(const_cast<types::TypeParam*>(p));
  return params;
}

std::string unnamedTemplateArgs(const types::Type* t) {
  std::vector<types::TypeParam*> params = typeParamsIn(t);
  if (params.empty()) return "";
  std::string s = "<";
  for (size_t i = 0; i < params.size(); i++) {
    std::string name = typeParamName(params[i]);
    s += (i ? ", " : "") + name + ", " + name + "_type";
  }
  return s + ">";
}

std::string Emitter::unnamedTemplateHead(const types::Type* t) const {
  return templateHead(typeParamsIn(t));
}

std::string Emitter::unnamedDescName(const types::Type* t) const {
  return (t->kind == types::TypeKind::Struct ? unnamedStructIdentityName(t) : unnamedInterfaceName(t)) + "_type";
}

void Emitter::dependentUnnamedDeclaration(const types::Type* t) {
  if (!dependentDescsDeclared.insert(unnamedDescName(t)).second) return;
  std::string head = unnamedTemplateHead(t);
  if (t->kind == types::TypeKind::Interface) out->line(head + " struct " + unnamedInterfaceName(t) + ";");
  out->line(head + " const go::type_desc& " + unnamedDescName(t) + "();");
}

std::string Emitter::unnamedStructHead(const types::Type* t) const {
  const auto* st = t->as<types::Struct>();
  std::string s = "template <";
  // (Names with "__", which no Go name becomes, cannot clash with a field.)
  for (size_t i = 0; i < st->fields.size(); i++) s += std::string(i ? ", " : "") + "class " + structMember(st, i) + "__";
  return s + ">";
}

// An unnamed struct type's template lives in go::unnamed, shared by every
// package that spells the type (an alias in each package's namespace
// names it): the struct{ X int } of package a's result is then the very
// C++ type of main's struct{ X int }. Its name tells shapes apart
// (unnamed_types.hpp), so two packages' definitions are the same tokens;
// a guard keeps the second out of a translation unit that sees both.
void Emitter::sharedStructDeclaration(const types::Struct* st) {
  std::string name = unnamedStructName(st);
  std::string params;
  for (size_t i = 0; i < st->fields.size(); i++) params += std::string(i ? ", " : "") + structMember(st, i) + "__";
  out->unmap();
  out->line("}  // namespace " + ns);
  out->line("namespace go::unnamed { " + unnamedStructHead(st) + " struct " + name + "; }");
  out->line("namespace " + ns + " {");
  out->line(unnamedStructHead(st) + " using " + name + " = ::go::unnamed::" + name + "<" + params + ">;");
}

void Emitter::unnamedStructTemplate(const types::Struct* st, const std::string& name) {
  out->unmap();
  out->line("}  // namespace " + ns);
  out->line("#ifndef GO2CPP_UNNAMED_" + name);
  out->line("#define GO2CPP_UNNAMED_" + name);
  out->line("namespace go::unnamed {");
  unnamedStructBody(st, name);
  out->unmap();
  out->line("}  // namespace go::unnamed");
  out->line("#endif");
  out->line("namespace " + ns + " {");
}

void Emitter::unnamedStructBody(const types::Struct* st, const std::string& name) {
  std::string shape;
  for (size_t i = 0; i < st->fields.size(); i++) {
    const types::Field& f = st->fields[i];
    shape += std::string(i ? "; " : " ") + (f.embedded ? "(embedded)" : f.var->name) + (f.tag.empty() ? "" : " " + quotedTag(f.tag));
  }
  out->line("// struct {" + shape + " }, over the field types");
  out->line(unnamedStructHead(st) + " struct " + name + " {");
  out->indent();
  std::string blankFree;
  bool hasBlank = false;
  std::string hashed;
  for (size_t i = 0; i < st->fields.size(); i++) {
    std::string member = structMember(st, i);
    out->at(st->fields[i].var->pos);
    out->write(member + "__ " + member + "{};");
    if (st->fields[i].var->name == "_") {
      hasBlank = true;  // blank fields take no part in == and hashes
      continue;
    }
    blankFree += (blankFree.empty() ? "" : " && ") + member + " == o." + member;
    hashed += ", " + member;
  }
  out->line();
  // Defined for the instances whose fields allow them (deleted otherwise).
  if (!hasBlank) out->line("bool operator==(const " + name + "&) const = default;");
  else if (blankFree.empty()) out->line("bool operator==(const " + name + "&) const { return true; }");
  else out->line("bool operator==(const " + name + "& o) const { return " + blankFree + "; }");
  out->line("go::uintptr go_hash(go::uintptr seed) const { return go::hash_fields(seed" + hashed + "); }");
  out->dedent();
  out->line("};");
}

std::string Emitter::runtimeStructName(const types::Struct* st, diag::Pos at) {
  if (st->fields.empty()) return "std::string(\"struct {}\")";
  std::string s = "std::string(\"struct {";
  bool open = true;  // inside a string literal
  for (size_t i = 0; i < st->fields.size(); i++) {
    const types::Field& f = st->fields[i];
    std::string lead = std::string(i ? "; " : " ") + (f.embedded ? "" : f.var->name + " ");
    std::string part = runtimeTypeName(f.var->type, at);
    s += (open ? "" : " + std::string(\"") + lead + "\") + " + part;
    open = false;
    if (!f.tag.empty()) {
      s += " + " + cppStringLiteral(" " + quotedTag(f.tag));
    }
  }
  return s + " + \" }\"";
}

std::string Emitter::runtimeInterfaceName(const types::Type* t, diag::Pos at) {
  std::vector<const types::Object*> ms = interfaceMethods(t);
  if (ms.empty()) return "std::string(\"interface {}\")";
  std::string s = "std::string(\"interface {\")";
  for (size_t i = 0; i < ms.size(); i++)
    s += " + " + cppStringLiteral(std::string(i ? "; " : " ")) + " + " +
         runtimeSignature(ms[i]->type->as<types::Signature>(), at, ms[i]->name);
  return s + " + \" }\"";
}

void Emitter::dependentInterfaceConversions(const std::string& name) {
  // interface{ bar() T } with T = int is the Go type interface{ bar() int },
  // which outside generic code is another C++ struct: values convert both
  // ways implicitly (a template converts to the others by its constructor).
  out->line("using go_generic_interface = void;");
  out->line("template <class I>");
  out->line("  requires(std::is_base_of_v<go::iface, I> && !std::is_same_v<I, " + name + ">)");
  out->line(name + "(const I& v) : " + name + "(static_cast<const go::iface&>(v)) {}");
  out->line("template <class I>");
  out->line("  requires(std::is_base_of_v<go::iface, I> && !requires { typename I::go_generic_interface; })");
  out->line("operator I() const { return I(static_cast<const go::iface&>(*this)); }");
}

void Emitter::dependentUnnamedDescDefs() {
  // Printing one may note more (index loop).
  for (size_t i = 0; i < unnamedTypes.size(); i++) {
    const types::Type* t = unnamedTypes[i];
    if (!isDependent(t) || !dependentDescsDefined.insert(unnamedDescName(t)).second) continue;
    try {
      dependentUnnamedDescDef(t);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
}

void Emitter::dependentUnnamedDescDef(const types::Type* t) {
  std::string self = cppType(t, {});  // struct_a_b_4f1c2d<T, T_type>
  out->line();
  out->line("// The descriptor of " + gcTypeString(t) + " in generic code, made on first use.");
  lazyDescOpen(unnamedTemplateHead(t), unnamedDescName(t));
  if (const auto* st = t->as<types::Struct>()) {
    out->line("static const std::string name = " + runtimeStructName(st, {}) + ";");
    std::string fields;
    std::string local = "false";
    if (!st->fields.empty()) {
      out->line("static const go::field_desc fields[] = {");
      for (size_t i = 0; i < st->fields.size(); i++) {
        const types::Field& f = st->fields[i];
        bool exported = !f.var->name.empty() && std::isupper(static_cast<unsigned char>(f.var->name[0]));
        std::string desc = typeDesc(f.var->type, f.var->pos);
        std::string tag = f.tag.empty() ? "" : ", " + cppStringLiteral(f.tag);
        out->line("    {\"" + f.var->name + "\", &" + desc + ", __builtin_offsetof(" + self + ", " + structMember(st, i) +
                  "), " + (f.embedded ? "true" : "false") + ", " + (exported ? "true" : "false") + tag + "},");
        local += " || fields[" + std::to_string(i) + "].type->local";
      }
      out->line("};");
      fields = ", .fields = fields, .nfields = " + std::to_string(st->fields.size());
    }
    out->line("t = {.k = go::kind::struct_, .name = name, .size = sizeof(" + self + "), .comparable = go::fields_comparable(" +
              (st->fields.empty() ? std::string("nullptr, 0") : "fields, " + std::to_string(st->fields.size())) + ")" +
              fields + "};");
    laterMethodTable(t);
    // A struct of local types is told apart by its fields (go::same_type).
    out->line("t.local = " + local + ";");
    for (const types::Field& f : st->fields)
      if (f.var->pkg) {
        out->line("t.pkgpath = \"" + f.var->pkg->path + "\";");
        break;
      }
    out->line("t.align = alignof(" + self + ");");
  } else {
    out->line("static const std::string name = " + runtimeInterfaceName(t, {}) + ";");
    out->line("t = {.k = go::kind::interface, .name = name, .size = sizeof(go::iface), .align = alignof(void*)};");
    laterInterfaceMethods(t);
  }
  lazyDescClose();
}

}  // namespace emit
