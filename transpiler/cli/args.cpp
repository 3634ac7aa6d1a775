// This file implements go2cpp's argument parsing: one table of flags (which
// verbs take them, whether they carry a value) and one pass over argv.
//
// Flags before the verb are remembered and checked once the verb is known,
// so `go2cpp -v run x.go` and `go2cpp run -v x.go` mean the same.
#include "cli/args.hpp"

#include <algorithm>
#include <optional>
#include <sstream>

namespace cli {
namespace {

constexpr unsigned verbBit(Verb v) { return 1u << static_cast<unsigned>(v); }

struct FlagSpec {
  const char* name;
  bool takesValue;
  unsigned verbs;  // a set of verbBit()s; 0: every verb
  void (*apply)(Invocation&, const std::string& value);
};

bool parseBool(const std::string& flag, const std::string& value) {
  if (value == "" || value == "true" || value == "1") return true;
  if (value == "false" || value == "0") return false;
  throw UsageError("invalid boolean value \"" + value + "\" for -" + flag);
}

const unsigned kEscapeVerbs = verbBit(Verb::Translate) | verbBit(Verb::Emit) | verbBit(Verb::Check) |
                              verbBit(Verb::Build) | verbBit(Verb::Run);

void applyGcflags(Invocation& inv, const std::string& value) {
  std::istringstream words(value);
  for (std::string w; words >> w;) {
    if (w == "-m" || w == "-m=1" || w == "-m=2") inv.escapeReport = true;
    else if (w == "-l") continue;
    else throw UsageError("go2cpp does not support the gc flag " + w + " (-gcflags takes -m and -l)");
  }
}

const FlagSpec kFlags[] = {
    {"v", false, 0, [](Invocation& inv, const std::string& v) { inv.verbose = parseBool("v", v); }},
    {"h", false, 0, [](Invocation& inv, const std::string& v) { inv.wantsHelp = parseBool("h", v); }},
    {"help", false, 0, [](Invocation& inv, const std::string& v) { inv.wantsHelp = parseBool("help", v); }},
    {"o", true, verbBit(Verb::Translate) | verbBit(Verb::Build),
     [](Invocation& inv, const std::string& v) { inv.output = v; }},
    {"no-line", false, verbBit(Verb::Translate) | verbBit(Verb::Emit) | verbBit(Verb::Build) |
         verbBit(Verb::Run),
     [](Invocation& inv, const std::string& v) { inv.noLineDirectives = parseBool("no-line", v); }},
    {"work", false, verbBit(Verb::Build) | verbBit(Verb::Run),
     [](Invocation& inv, const std::string& v) { inv.keepWorkDir = parseBool("work", v); }},
    {"e", false, 0, [](Invocation& inv, const std::string& v) { inv.allErrors = parseBool("e", v); }},
    // The import path of the package being translated (default: a command,
    // package main), as gc's -p: how rtlib's build compiles the standard
    // packages.
    {"p", true, verbBit(Verb::Translate) | verbBit(Verb::Emit) | verbBit(Verb::Check),
     [](Invocation& inv, const std::string& v) { inv.importPath = v; }},
    // gc's -D: the prefix of relative imports ("./a" is the package
    // PREFIX/a, found in the main package's folder), as Go's test runner
    // compiles its multi-package tests.
    {"D", true, kEscapeVerbs, [](Invocation& inv, const std::string& v) { inv.localPrefix = v; }},
    {"depfile", true, verbBit(Verb::Translate),
     [](Invocation& inv, const std::string& v) { inv.depfile = v; }},
    // gc's debug switch; the one go2cpp knows is bce (gc spells it
    // ssa/check_bce/debug=1): list every bounds check that stays.
    {"d", true, verbBit(Verb::Translate) | verbBit(Verb::Emit) | verbBit(Verb::Build),
     [](Invocation& inv, const std::string& v) {
       if (v != "bce" && v != "ssa/check_bce/debug=1")
         throw UsageError("unknown debug flag -d=" + v + " (go2cpp knows -d=bce)");
       inv.reportBounds = true;
     }},
    // gc's -m: the escape analysis' decisions on stderr ("moved to heap: x").
    // -gcflags takes gc's spelling; of its flags, -m matters and -l (no
    // inlining: go2cpp leaves inlining to the C++ compiler) changes nothing.
    {"m", false, kEscapeVerbs, [](Invocation& inv, const std::string& v) { inv.escapeReport = parseBool("m", v); }},
    {"gcflags", true, kEscapeVerbs, [](Invocation& inv, const std::string& v) { applyGcflags(inv, v); }},
    {"a", false, verbBit(Verb::Build) | verbBit(Verb::Run),
     [](Invocation& inv, const std::string& v) { inv.forceRebuild = parseBool("a", v); }},
};

struct ParsedFlag {
  std::string spelling;  // as typed, for messages: "-o", "--no-line"
  const FlagSpec* spec;
  std::string value;
};

bool isFlag(const std::string& arg) { return arg.size() > 1 && arg[0] == '-' && arg != "--"; }

bool isGoFile(const std::string& arg) {
  return arg.size() > 3 && arg.compare(arg.size() - 3, 3, ".go") == 0;
}

std::optional<Verb> verbNamed(const std::string& word) {
  for (Verb v : {Verb::Emit, Verb::Parse, Verb::Check, Verb::Build, Verb::Run, Verb::Version,
                 Verb::Help}) {
    if (word == verbName(v)) return v;
  }
  return std::nullopt;
}

// Reads the flag at args[i] (and its value, which may be the next argument);
// advances i past what it consumed.
ParsedFlag readFlag(const std::vector<std::string>& args, size_t& i) {
  const std::string& arg = args[i++];
  std::string body = arg.substr(arg.compare(0, 2, "--") == 0 ? 2 : 1);
  std::string name = body, value;
  bool hasValue = false;
  if (auto eq = body.find('='); eq != std::string::npos) {
    name = body.substr(0, eq);
    value = body.substr(eq + 1);
    hasValue = true;
  }
  std::string spelling = arg.substr(0, arg.size() - (hasValue ? value.size() + 1 : 0));
  auto spec = std::find_if(std::begin(kFlags), std::end(kFlags),
                           [&](const FlagSpec& f) { return name == f.name; });
  if (spec == std::end(kFlags)) throw UsageError("unknown flag " + spelling);
  if (spec->takesValue && !hasValue) {
    if (i == args.size()) throw UsageError("flag needs an argument: " + spelling);
    value = args[i++];
  }
  return {spelling, spec, value};
}

void applyFlag(Invocation& inv, const ParsedFlag& flag) {
  unsigned verbs = flag.spec->verbs;
  if (verbs != 0 && (verbs & verbBit(inv.verb)) == 0) {
    std::string verb = verbName(inv.verb);
    throw UsageError("unknown flag " + flag.spelling + (verb.empty() ? "" : " for " + verb));
  }
  flag.spec->apply(inv, flag.value);
}

}  // namespace

const char* verbName(Verb verb) {
  switch (verb) {
    case Verb::Translate: return "";
    case Verb::Emit: return "emit";
    case Verb::Parse: return "parse";
    case Verb::Check: return "check";
    case Verb::Build: return "build";
    case Verb::Run: return "run";
    case Verb::Version: return "version";
    case Verb::Help: return "help";
  }
  return "";
}

Invocation parseArgs(const std::vector<std::string>& args) {
  Invocation inv;
  size_t i = 0;
  bool flagsEnded = false;

  std::vector<ParsedFlag> leadingFlags;
  while (i < args.size() && isFlag(args[i])) leadingFlags.push_back(readFlag(args, i));
  if (i < args.size() && args[i] == "--") {
    flagsEnded = true;
    i++;
  }

  if (i == args.size()) {
    inv.verb = Verb::Help;
    inv.missingCommand = true;
  } else if (auto verb = flagsEnded ? std::nullopt : verbNamed(args[i])) {
    inv.verb = *verb;
    i++;
  } else if (flagsEnded || isGoFile(args[i])) {
    inv.verb = Verb::Translate;
  } else {
    throw UsageError("unknown command \"" + args[i] + "\" (run 'go2cpp help')");
  }
  for (const auto& flag : leadingFlags) applyFlag(inv, flag);

  switch (inv.verb) {
    case Verb::Version:
    case Verb::Help:
      // No files: at most a help topic, and flags (-v, -h) anywhere.
      while (i < args.size()) {
        if (!flagsEnded && isFlag(args[i])) {
          ParsedFlag flag = readFlag(args, i);
          applyFlag(inv, flag);
        } else if (inv.verb == Verb::Help && inv.helpTopic.empty()) {
          inv.helpTopic = args[i++];
        } else {
          throw UsageError(std::string(verbName(inv.verb)) + ": unexpected argument " + args[i]);
        }
      }
      return inv;
    case Verb::Run:
      // Flags, then the .go files; the first other argument starts the
      // program's own arguments (an optional `--` separates them).
      while (!flagsEnded && i < args.size() && isFlag(args[i])) {
        ParsedFlag flag = readFlag(args, i);
        applyFlag(inv, flag);
      }
      if (!flagsEnded && i < args.size() && args[i] == "--") i++;
      while (i < args.size() && isGoFile(args[i])) inv.files.push_back(args[i++]);
      // No .go files: the first argument is the package's folder (go run .).
      if (inv.files.empty() && i < args.size() && args[i] != "--") inv.files.push_back(args[i++]);
      if (i < args.size() && args[i] == "--") i++;
      inv.programArgs.assign(args.begin() + i, args.end());
      return inv;
    default:
      // Flags may come before or after the files, as in `go2cpp a.go -o out`.
      while (i < args.size()) {
        if (!flagsEnded && args[i] == "--") {
          flagsEnded = true;
          i++;
        } else if (!flagsEnded && isFlag(args[i])) {
          ParsedFlag flag = readFlag(args, i);
          applyFlag(inv, flag);
        } else {
          inv.files.push_back(args[i++]);
        }
      }
      return inv;
  }
}

}  // namespace cli
