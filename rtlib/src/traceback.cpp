// This file implements stack capture and gc-style goroutine tracebacks with
// gcc's libbacktrace, which reads the program's own DWARF and reports inlined
// frames. Because emitted code carries `#line N "file.go"`, the file:line
// it returns are the Go ones; the Go function name is recovered from the C++
// symbol: namespace main_ is package main, so main_::fib(long long) prints
// as main.fib(...), and runtime::debug::Stack() as runtime/debug.Stack().
// Runtime frames (namespace go, the C++ library, the C
// start-up code) are elided, as gc elides runtime frames.
#include <backtrace.h>
#include <cxxabi.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "go/panic_record.hpp"
#include "runtime_internal.hpp"

namespace go::internal {

namespace {

backtrace_state* state() {
  static backtrace_state* s = backtrace_create_state(nullptr, /*threaded=*/1, [](void*, const char*, int) {}, nullptr);
  return s;
}

void ignore_error(void*, const char*, int) {}

struct frame_info {
  std::string function;  // demangled C++ name, possibly empty
  std::string file;
  int line = 0;
};

std::string demangle(const char* name) {
  if (name == nullptr) return "";
  if (name[0] == '_' && name[1] == 'Z') {
    int status = 0;
    char* out = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    if (status == 0 && out != nullptr) {
      std::string r(out);
      std::free(out);
      return r;
    }
  }
  return name;
}

// Splits "ns::f<int>(long long) const" into "ns::f<int>" and the text
// between the outermost parentheses.
void split_signature(const std::string& s, std::string& qualified, std::string& params) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c == '<') depth++;
    else if (c == '>') depth--;
    else if (c == '(' && depth == 0 && s.compare(i, 21, "(anonymous namespace)") != 0) {
      qualified = s.substr(0, i);
      int paren = 0;
      std::size_t j = i;
      for (; j < s.size(); j++) {
        if (s[j] == '(') paren++;
        else if (s[j] == ')' && --paren == 0) break;
      }
      params = s.substr(i + 1, j - i - 1);
      return;
    } else if (c == '(' && depth == 0) {
      i += 20;  // skip "(anonymous namespace)"
    }
  }
  qualified = s;
  params.clear();
}

// Template instances demangle with their return type first
// ("long long& go::index<long long>"): keep what follows the last space
// outside brackets and parentheses.
std::string drop_return_type(const std::string& q) {
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < q.size(); i++) {
    char c = q[i];
    if (c == '<' || c == '(') depth++;
    else if (c == '>' || c == ')') depth--;
    else if (c == ' ' && depth == 0) start = i + 1;
  }
  return q.substr(start);
}

std::vector<std::string> split_scopes(const std::string& q) {
  std::vector<std::string> parts;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < q.size(); i++) {
    if (q[i] == '<') depth++;
    else if (q[i] == '>') depth--;
    else if (depth == 0 && q.compare(i, 2, "::") == 0) {
      parts.push_back(q.substr(start, i - start));
      start = i + 2;
      i++;
    }
  }
  parts.push_back(q.substr(start));
  // A native's helper in an unnamed namespace is still its package's.
  std::erase(parts, std::string("(anonymous namespace)"));
  return parts;
}

// The standard packages whose import paths have several elements
// (math/rand, runtime/debug, ...), comma-separated, from the build
// (rtlib/CMakeLists.txt): their namespaces nest (runtime::debug), and
// their functions print under the path (runtime/debug.Stack).
#ifndef GO2CPP_NESTED_STD_PACKAGES
#define GO2CPP_NESTED_STD_PACKAGES ""
#endif

bool is_nested_std_package(const std::string& path) {
  static const std::string list = "," GO2CPP_NESTED_STD_PACKAGES ",";
  return list.find("," + path + ",") != std::string::npos;
}

// The program's packages outside the standard library: namespace ->
// import path (register_package_path). Written before main runs, read
// after: no lock.
std::map<std::string, std::string>& program_packages() {
  static auto* packages = new std::map<std::string, std::string>;  // never destroyed: exit may still print
  return *packages;
}

// The number of leading scopes of parts that name the package, and its
// import path: the most that spell a registered program package or a
// nested standard package, else one.
std::size_t package_scopes(const std::vector<std::string>& parts, std::string& import_path) {
  for (std::size_t n = parts.size() - 1; n >= 1; n--) {
    std::string ns = parts[0], path = parts[0];
    for (std::size_t i = 1; i < n; i++) {
      ns += "::" + parts[i];
      path += "/" + parts[i];
    }
    if (auto it = program_packages().find(ns); it != program_packages().end()) {
      import_path = it->second;
      return n;
    }
    if (n >= 2 && is_nested_std_package(path)) {
      import_path = path;
      return n;
    }
  }
  import_path = parts[0];
  return 1;
}

const std::string middle_dot = "\u00b7";

// Whether the first of a demangled parameter list ("go::slice<long long>*,
// long long") is a pointer.
bool first_param_is_pointer(const std::string& params) {
  int depth = 0;
  std::size_t end = params.size();
  for (std::size_t i = 0; i < params.size(); i++) {
    char c = params[i];
    if (c == '<' || c == '(') depth++;
    else if (c == '>' || c == ')') depth--;
    else if (c == ',' && depth == 0) {
      end = i;
      break;
    }
  }
  while (end > 0 && params[end - 1] == ' ') end--;
  return end > 0 && params[end - 1] == '*';
}

bool is_runtime_scope(const std::string& top) {
  return top == "go" || top == "std" || top == "__gnu_cxx" || top == "__cxxabiv1" || top == "boost";
}

std::string go_function_name(const std::string& cxx, bool& has_params);

// Closures are C++ lambdas whose last parameter tells gc's closure number
// (go::func_lit<K>, emit/closure.cpp): "main_::main()::{lambda(long long,
// go::func_lit<1>)#1}::operator()(long long, go::func_lit<1>) const" is
// main.main.func1, a literal inside it main.main.func1.1. A lambda without
// one is the emitter's own (a `go f(x)` or method-value wrapper, a helper):
// no Go name of its own; one holding a literal adds no level to its name.
std::string go_closure_name(const std::string& cxx, bool& has_params) {
  static const std::string marker = "::{lambda(";
  static const std::string tag = "go::func_lit<";
  std::size_t at = cxx.find(marker);
  bool outer_params = false;
  std::string name = go_function_name(cxx.substr(0, at), outer_params);
  if (name.empty()) return "";
  int level = 0;
  bool last_is_literal = false;
  while (at != std::string::npos) {
    std::size_t params_start = at + marker.size();
    std::size_t close = cxx.find(")#", params_start);
    std::size_t brace = close == std::string::npos ? close : cxx.find('}', close);
    if (brace == std::string::npos) return "";
    std::string params = cxx.substr(params_start, close - params_start);
    std::size_t t = params.rfind(tag);
    last_is_literal = t != std::string::npos;
    if (last_is_literal) {
      std::string number = params.substr(t + tag.size(), params.find('>', t) - t - tag.size());
      std::string go_params = params.substr(0, t);
      while (!go_params.empty() && (go_params.back() == ' ' || go_params.back() == ',')) go_params.pop_back();
      has_params = !go_params.empty() && go_params != "void";
      name += (level++ == 0 ? ".func" : ".") + number;
    }
    at = cxx.find(marker, brace);
  }
  return last_is_literal ? name : "";
}

// The Go spelling of a function, or "" for a frame gc would not show.
std::string go_function_name(const std::string& cxx, bool& has_params) {
  if (cxx.find("::{lambda(") != std::string::npos) return go_closure_name(cxx, has_params);
  std::string qualified, params;
  split_signature(cxx, qualified, params);
  has_params = !(params.empty() || params == "void");
  std::vector<std::string> parts = split_scopes(drop_return_type(qualified));
  if (parts.size() < 2 || is_runtime_scope(parts[0])) return "";
  std::string pkg;
  std::size_t scopes = package_scopes(parts, pkg);
  if (scopes == 1 && !pkg.empty() && pkg.back() == '_') pkg.pop_back();  // main_ -> main
  std::string name = pkg;
  if (parts.size() == scopes + 2) {
    // A method: a member function of the receiver's struct. The emitter
    // makes value receivers' methods const and pointer receivers' static
    // (decl.cpp), so gc's main.T.M and main.(*T).M; a generic type's
    // arguments print as gc's "[...]".
    std::string type = parts[scopes];
    if (std::size_t lt = type.find('<'); lt != std::string::npos) type = type.substr(0, lt) + "[...]";
    std::size_t close = cxx.rfind(')');
    bool is_const = close != std::string::npos && cxx.find(" const", close) != std::string::npos;
    return name + (is_const ? "." + type : ".(*" + type + ")") + "." + parts[scopes + 1];
  }
  if (parts.size() == scopes + 1) {
    // The package's initializer and its init functions (emit/package.cpp):
    // gc's main.init and main.init.0, main.init.1, ...
    const std::string& fn = parts[scopes];
    if (fn == "init_package") return name + ".init";
    if (fn.rfind("init" + middle_dot, 0) == 0) return name + ".init." + fn.substr(4 + middle_dot.size());
  }
  if (parts.size() == scopes + 1) {
    // A method of a defined non-struct type: the free function Type·Method
    // (emit/methods.cpp), its receiver the first parameter, a pointer for
    // gc's main.(*T).M.
    const std::string& fn = parts[scopes];
    if (std::size_t dot = fn.find(middle_dot); dot != std::string::npos) {
      std::string type = fn.substr(0, dot), method = fn.substr(dot + middle_dot.size());
      if (std::size_t lt = method.find('<'); lt != std::string::npos) {
        method.resize(lt);
        type += "[...]";
      }
      return name + (first_param_is_pointer(params) ? ".(*" + type + ")" : "." + type) + "." + method;
    }
  }
  for (std::size_t i = scopes; i < parts.size(); i++) name += "." + parts[i];
  return name;
}

}  // namespace

int capture_pcs(uintptr* out, int max, int skip) {
  struct sink {
    uintptr* out;
    int max;
    int n;
  } s{out, max, 0};
  backtrace_simple(
      state(), skip + 1,
      [](void* data, uintptr_t pc) -> int {
        auto* k = static_cast<sink*>(data);
        k->out[k->n++] = pc;
        return k->n >= k->max ? 1 : 0;
      },
      ignore_error, &s);
  return s.n;
}

namespace {

constexpr const char* defer_runner = "go::defer_stack::run_panicking(";

// A goroutine's first frame: the function go::spawn gives the scheduler
// (sched.hpp). Below it lie the scheduler and Boost.Fiber.
bool is_goroutine_entry(const std::string& function) {
  return function.rfind("go::spawn<", 0) == 0 || function.rfind("void go::spawn<", 0) == 0;
}

// The frames (innermost first) and the symbol of one pc.
struct pc_frames {
  std::vector<frame_info> frames;
  std::string symbol;
  uintptr_t start = 0;  // the function's first byte, for gc's "+0x" offset
};

// The emitter writes a //line directive's relative file name as
// "/./name" (printer.hpp), so that the C++ compiler keeps it as given:
// gc reports it as written ("foo.go", "??").
std::string go_file_name(const char* file) {
  if (file == nullptr) return "";
  if (file[0] == '/' && file[1] == '.' && file[2] == '/') return file + 3;
  return file;
}

pc_frames lookup(uintptr pc) {
  pc_frames r;
  backtrace_pcinfo(
      state(), pc,
      [](void* data, uintptr_t, const char* file, int line, const char* function) -> int {
        auto* v = static_cast<std::vector<frame_info>*>(data);
        v->push_back({demangle(function), go_file_name(file), line});
        return 0;
      },
      ignore_error, &r.frames);
  backtrace_syminfo(
      state(), pc,
      [](void* data, uintptr_t, const char* name, uintptr_t value, uintptr_t) {
        auto* s = static_cast<pc_frames*>(data);
        s->symbol = demangle(name);
        s->start = value;
      },
      ignore_error, &r);
  // The physical frame's DWARF name may be unqualified (lambdas have no
  // linkage name); the symbol table has the full one.
  if (r.frames.empty()) r.frames.push_back({});
  if (!r.symbol.empty()) r.frames.back().function = r.symbol;
  return r;
}

// go::deferred_call<F>, the emitter's wrapper of a lambda that holds a
// deferred call's operands: no Go frame (gc hides such wrappers).
constexpr const char* thunk_wrapper = "go::deferred_call<";

// "go::defer_stack::entry<main_::f()::{lambda()#1}>::call(...)" runs
// main.f.func1; "" for any other function.
std::string deferred_lambda_name(const std::string& cxx) {
  static const std::string prefix = "go::defer_stack::entry<";
  static const std::string suffix = ">::call(";
  if (cxx.rfind(prefix, 0) != 0) return "";
  std::size_t end = cxx.rfind(suffix);
  if (end == std::string::npos || end < prefix.size()) return "";
  bool has_params = false;
  std::string lambda = cxx.substr(prefix.size(), end - prefix.size());
  if (lambda.rfind(thunk_wrapper, 0) == 0 || lambda.find("::{lambda(") == std::string::npos) return "";
  return go_closure_name(lambda + "::operator()() const", has_params);
}

// The text from start (just after a '<') to its matching '>', or to the
// end of s.
std::string template_argument(const std::string& s, std::size_t start) {
  int depth = 1;
  std::size_t end = start;
  for (; end < s.size(); end++) {
    if (s[end] == '<') depth++;
    else if (s[end] == '>' && --depth == 0) break;
  }
  return s.substr(start, end - start);
}

// go::spawn<F> runs a goroutine's callable F through a lambda of its own
// (sched.hpp): "go::spawn<main_::main()::{lambda()#1}>(...)::{lambda(void*)
// #1}::_FUN(void*)". The callable, inlined there, has no qualified name of
// its own: it is the template argument, main.main.func1.
std::string spawned_callable_name(const std::string& entry) {
  std::size_t start = entry.find('<');
  if (start == std::string::npos) return "";
  std::string callable = template_argument(entry, start + 1);
  if (callable.find("::{lambda(") == std::string::npos) return "";
  bool has_params = false;
  return go_closure_name(callable + "::operator()() const", has_params);
}

// go::func's thunk of a closure ("call_closure<main_::f()::<lambda(
// go::func_lit<1>)> >" in DWARF's spelling when it is inlined itself,
// call_stateless for one that captures nothing), into which the lambda was
// inlined: main.f.func1 (the template argument names it); "" for any other
// function.
std::string called_closure_name(const std::string& function) {
  std::size_t start = std::string::npos;
  for (const char* prefix : {"call_closure<", "call_stateless<"}) {
    std::size_t at = function.find(prefix);
    if (at != std::string::npos) start = at + std::strlen(prefix);
  }
  if (start == std::string::npos) return "";
  std::string arg = template_argument(function, start);
  while (!arg.empty() && arg.back() == ' ') arg.pop_back();
  // DWARF's "<lambda(P)>" is the symbol's "{lambda(P)#1}".
  std::string cxx;
  for (std::size_t i = 0; i < arg.size();) {
    if (arg.compare(i, 8, "<lambda(") == 0) {
      int depth = 0;
      std::size_t j = i + 7;
      for (; j < arg.size(); j++) {
        if (arg[j] == '(') depth++;
        else if (arg[j] == ')' && --depth == 0) break;
      }
      if (j >= arg.size()) return "";
      cxx += "{lambda" + arg.substr(i + 7, j + 1 - (i + 7)) + "#1}";
      i = j + 1;
      if (i < arg.size() && arg[i] == '>') i++;
    } else {
      cxx += arg[i++];
    }
  }
  if (cxx.find("::{lambda(") == std::string::npos) return "";
  bool has_params = false;
  return go_closure_name(cxx + "::operator()() const", has_params);
}

bool is_lambda_invoker(const std::string& function) { return function.find("}::_FUN(") != std::string::npos; }

// Whether frames[f] is a lambda's static invoker into which the lambda
// was inlined: one Go frame with the lambda's, which carries its name.
bool is_inlined_lambda_invoker(const std::vector<frame_info>& frames, std::size_t f) {
  return f > 0 && frames[f - 1].function == "operator()" && is_lambda_invoker(frames[f].function) &&
         !is_goroutine_entry(frames[f].function);
}

// What an inlined lambda frame (DWARF names it just "operator()") at
// frames[f] is, from the frames that it was inlined into.
enum class lambda_role { go_closure, spawn_invoker, spawned_callable };

lambda_role role_of_inlined_lambda(const std::vector<frame_info>& frames, std::size_t f, std::string& name,
                                   bool name_deferred) {
  std::size_t k = f + 1;
  while (k < frames.size() && frames[k].function == "operator()") k++;
  bool in_spawn = k < frames.size() && is_goroutine_entry(frames[k].function);
  if (in_spawn && f + 1 == k) return lambda_role::spawn_invoker;
  if (in_spawn && f + 2 == k) {
    name = spawned_callable_name(frames[k].function);
    return lambda_role::spawned_callable;
  }
  // A func value's lambda inlined into go::func's thunk of it.
  if (k == f + 1 && k < frames.size()) {
    name = called_closure_name(frames[k].function);
    if (!name.empty()) return lambda_role::go_closure;
  }
  // A func value's lambda runs from its static invoker ("...::{lambda()
  // #1}::_FUN()", which the physical frame is named after): the frame just
  // above the invoker is that lambda itself.
  bool via_invoker = !in_spawn && k < frames.size() && is_lambda_invoker(frames[k].function);
  // Nested in the spawned callable, in such a lambda or in a named
  // function: named after it, one ".func" per nesting level, without gc's
  // closure numbers (unknown here).
  std::string levels;
  for (std::size_t j = f; j < (in_spawn ? k - 2 : via_invoker ? k - 1 : k); j++) levels += ".func";
  bool outer_params = false;
  if (in_spawn) name = spawned_callable_name(frames[k].function);
  else if (k < frames.size()) name = go_function_name(frames[k].function, outer_params);
  if (!name.empty()) name += levels;
  // One inlined into the runtime's invoker of deferred calls is named
  // exactly by the invoker's template argument.
  if (name_deferred && name.empty() && k == f + 1 && k < frames.size()) name = deferred_lambda_name(frames[k].function);
  return lambda_role::go_closure;
}

}  // namespace

std::vector<go_frame> go_frames_at(uintptr pc) {
  pc_frames pf = lookup(pc);
  const std::vector<frame_info>& frames = pf.frames;
  std::vector<go_frame> out;
  for (std::size_t f = 0; f < frames.size(); f++) {
    const frame_info& fr = frames[f];
    go_frame g;
    g.file = fr.file;
    g.line = fr.line;
    g.entry = pf.start;
    g.inlined = f + 1 < frames.size();
    g.panic_runner = !g.inlined && pf.symbol.rfind(defer_runner, 0) == 0;
    g.entry_point = fr.function.rfind("go::run_main", 0) == 0;
    g.goroutine_entry = is_goroutine_entry(fr.function);
    // The wrapper's own frame, or (inlined, so unnamed) the wrapper inside
    // the invoker of deferred calls.
    g.calls_defer_thunk = fr.function.rfind(thunk_wrapper, 0) == 0 ||
                          (g.inlined && fr.function == "operator()" &&
                           frames[f + 1].function.rfind(std::string("go::defer_stack::entry<") + thunk_wrapper, 0) == 0);
    g.function = is_inlined_lambda_invoker(frames, f) ? "" : go_function_name(fr.function, g.has_params);
    // An inlined lambda (the goroutine's callable among them, which
    // Callers' walk leaves out when it is the emitter's wrapper).
    if (g.function.empty() && g.inlined && fr.function == "operator()")
      role_of_inlined_lambda(frames, f, g.function, true);
    out.push_back(std::move(g));
  }
  return out;
}

namespace {

std::string offset_text(const pc_frames& f, uintptr pc) {
  char offset[32] = "";
  // pcs are return addresses minus one; gc prints the return address.
  if (f.start != 0) std::snprintf(offset, sizeof offset, " +0x%lx", static_cast<unsigned long>(pc + 1 - f.start));
  return offset;
}

std::string location(const frame_info& fr) {
  return (fr.file.empty() ? std::string("?") : fr.file) + ":" + std::to_string(fr.line);
}

// Appends gc's "pkg.Func(...)\n\tfile.go:LINE +0xOFF" lines for pcs. At
// a frame of defer_stack::run_panicking (a panic ran the deferred call
// above it), paired with the next of runners (the raising panic's
// snapshot, innermost first): when that panic was still in flight,
// prints the frame as gc prints gopanic's, "panic(...)", and returns it
// (the trace goes on with its stack); a recovered one's runner is
// skipped. Stops at a goroutine's entry, leaving out the emitter's
// wrapper for `go f(x)` (the frame the entry called) when the goroutine
// has one.
const panic_record* append_frames(std::string& out, const uintptr* pcs, int n, const panic_record* const* runners,
                                  int nrunners, const goroutine_origin& origin) {
  int next_runner = 0;
  std::vector<pc_frames> all;
  all.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; i++) all.push_back(lookup(pcs[i]));
  // The function of the frame that called frame f of pc i (the next one out).
  auto caller = [&](std::size_t i, std::size_t f) -> const std::string* {
    if (f + 1 < all[i].frames.size()) return &all[i].frames[f + 1].function;
    if (i + 1 < all.size()) return &all[i + 1].frames.front().function;
    return nullptr;
  };
  for (std::size_t i = 0; i < all.size(); i++) {
    std::vector<frame_info>& frames = all[i].frames;
    std::string offset = offset_text(all[i], pcs[i]);
    if (all[i].symbol.rfind(defer_runner, 0) == 0) {
      const panic_record* ran = next_runner < nrunners ? runners[next_runner++] : nullptr;
      if (ran == nullptr) continue;
      out += "panic(...)\n\t" + location(frames.back()) + offset + "\n";
      return ran;
    }
    bool reached_entry = false;
    // The Go frames of this pc, innermost first. The outermost is printed
    // as the physical one even when C++ inlined it into a hidden runtime
    // frame (a goroutine's function literal into the spawn wrapper, say):
    // gc never inlines Go code into the runtime, so it was a real call.
    struct shown_frame {
      std::string name;
      bool has_params;
      const frame_info* fr;
    };
    std::vector<shown_frame> shown;
    auto flush = [&] {
      for (std::size_t k = 0; k < shown.size(); k++) {
        bool physical = k + 1 == shown.size();
        out += shown[k].name + (shown[k].has_params || !physical ? "(...)" : "()") + "\n\t" + location(*shown[k].fr);
        if (physical) out += offset;
        out += "\n";
      }
      shown.clear();
    };
    for (std::size_t f = 0; f < frames.size(); f++) {
      const frame_info& fr = frames[f];
      if (fr.function.rfind("go::run_main", 0) == 0) reached_entry = true;
      if (is_goroutine_entry(fr.function)) {
        flush();
        return nullptr;
      }
      // The emitter's lambda around `go f(x)`: gc shows f alone. It is
      // the callable that spawn's invoker (or spawn itself) calls.
      const std::string* up = caller(i, f);
      const std::string* up2 = up == nullptr ? nullptr
                               : f + 1 < frames.size() ? caller(i, f + 1)
                                                       : (i + 1 < all.size() ? caller(i + 1, 0) : nullptr);
      bool spawned = up != nullptr && (is_goroutine_entry(*up) ||
                                       (*up == "operator()" && up2 != nullptr && is_goroutine_entry(*up2)));
      if (origin.wrapper && spawned) continue;
      bool has_params = false;
      bool inlined = f + 1 < frames.size();
      if (is_inlined_lambda_invoker(frames, f)) continue;
      std::string name = go_function_name(fr.function, has_params);
      if (name.empty() && inlined && fr.function == "operator()") {
        // An inlined lambda has no qualified name at all.
        if (role_of_inlined_lambda(frames, f, name, true) == lambda_role::spawn_invoker) continue;
      }
      if (name.empty()) continue;
      shown.push_back({name, has_params, &fr});
    }
    flush();
    if (reached_entry) break;  // below run_main lies only C start-up code
  }
  return nullptr;
}

std::string goroutine_header(const goroutine_origin& origin) {
  return format_goroutine_header(origin.id, "running", origin.locked);
}

// gc's last lines for a goroutine other than main: the function holding
// the `go` statement and its line.
void append_created_by(std::string& out, const goroutine_origin& origin) {
  if (origin.go_pc == 0) return;
  uintptr pc = origin.go_pc - 1;
  pc_frames pf = lookup(pc);
  for (const frame_info& fr : pf.frames) {
    bool has_params = false;
    std::string name = go_function_name(fr.function, has_params);
    if (name.empty()) continue;
    out += "created by " + name + "\n\t" + location(fr) + offset_text(pf, pc) + "\n";
    return;
  }
}

}  // namespace

std::string format_goroutine_header(int64 id, const char* status, bool locked) {
  return "goroutine " + std::to_string(id) + " [" + status + (locked ? ", locked to thread" : "") + "]:\n";
}

std::string format_created_by() {
  std::string out;
  append_created_by(out, current_goroutine_origin());
  return out;
}

std::string format_goroutine_trace(const uintptr* pcs, int n) {
  goroutine_origin origin = current_goroutine_origin();
  std::string out = goroutine_header(origin);
  append_frames(out, pcs, n, nullptr, 0, origin);
  append_created_by(out, origin);
  return out;
}

std::string format_goroutine_section(const goroutine_origin& origin, const char* status, const uintptr* pcs, int n) {
  std::string out = format_goroutine_header(origin.id, status, origin.locked);
  if (pcs == nullptr) {
    out += "\tgoroutine running on other thread; stack unavailable\n";
  } else {
    std::string frames;
    append_frames(frames, pcs, n, nullptr, 0, origin);
    // Below the main goroutine's function lie Boost's fiber entry frames.
    std::size_t boost_frames = frames.rfind("boost.", 0) == 0 ? 0 : frames.find("\nboost.");
    if (boost_frames != std::string::npos) frames.resize(boost_frames == 0 ? 0 : boost_frames + 1);
    out += frames;
  }
  append_created_by(out, origin);
  return out;
}

std::string format_runtime_trace(const uintptr* pcs, int n) {
  std::string out;
  for (int i = 0; i < n; i++) {
    pc_frames pf = lookup(pcs[i]);
    for (const frame_info& fr : pf.frames) {
      out += (fr.function.empty() ? std::string("?") : fr.function) + "\n\t" + location(fr) + "\n";
    }
  }
  return out;
}

std::string format_panic_trace(const panic_record* p) {
  // gc runs deferred calls on top of the panicking stack, so a panic
  // raised in one shows the deferred call, gopanic's frame, and the stack
  // of the panic it interrupted. Here that stack has unwound, but each
  // record kept the program counters of its own raise site.
  goroutine_origin origin = current_goroutine_origin();
  std::string out = goroutine_header(origin);
  while (p != nullptr) p = append_frames(out, p->pcs, p->npcs, p->runners, p->nrunners, origin);
  append_created_by(out, origin);
  return out;
}

}  // namespace go::internal

namespace go {

bool register_package_path(const char* cxx_namespace, const char* import_path) {
  internal::program_packages()[cxx_namespace] = import_path;
  return true;
}

}  // namespace go
