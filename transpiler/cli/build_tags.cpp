// This file implements build constraints as go/build reads them
// (go/build/build.go goodOSArchFile and shouldBuild, go/build/constraint).
#include "cli/build_tags.hpp"

#include <cctype>
#include <set>
#include <sstream>
#include <vector>

namespace cli {
namespace {

const std::set<std::string>& knownOS() {
  static const std::set<std::string> s = {"aix",   "android", "darwin",  "dragonfly", "freebsd", "hurd",
                                          "illumos", "ios",   "js",      "linux",     "nacl",    "netbsd",
                                          "openbsd", "plan9", "solaris", "windows",   "zos"};
  return s;
}

const std::set<std::string>& knownArch() {
  static const std::set<std::string> s = {
      "386",     "amd64",     "amd64p32", "arm",      "armbe",       "arm64",   "arm64be", "loong64",
      "mips",    "mipsle",    "mips64",   "mips64le", "mips64p32",   "mips64p32le", "ppc", "ppc64",
      "ppc64le", "riscv",     "riscv64",  "s390",     "s390x",       "sparc",   "sparc64", "wasm"};
  return s;
}

// A file name's _GOOS, _GOARCH or _GOOS_GOARCH suffix (before .go and an
// optional _test) must name this build's.
bool goodOSArchFile(std::string name) {
  name = name.substr(0, name.find('.'));
  std::size_t underscore = name.find('_');
  if (underscore == std::string::npos) return true;
  std::vector<std::string> parts;
  std::stringstream in(name.substr(underscore));
  for (std::string part; std::getline(in, part, '_');) parts.push_back(part);
  if (!parts.empty() && parts.back() == "test") parts.pop_back();
  std::size_t n = parts.size();
  if (n >= 2 && knownOS().count(parts[n - 2]) && knownArch().count(parts[n - 1]))
    return parts[n - 2] == "linux" && parts[n - 1] == "amd64";
  if (n >= 1 && knownOS().count(parts[n - 1])) return parts[n - 1] == "linux";
  if (n >= 1 && knownArch().count(parts[n - 1])) return parts[n - 1] == "amd64";
  return true;
}

// A recursive-descent reader of //go:build expressions.
class ExprReader {
 public:
  explicit ExprReader(const std::string& s) : s_(s) {}

  bool read(bool& value, std::string& error) {
    value = orExpr();
    skipSpace();
    if (error_.empty() && pos_ != s_.size()) error_ = "unexpected " + std::string(1, s_[pos_]);
    error = error_;
    return error_.empty();
  }

 private:
  void skipSpace() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) pos_++;
  }
  bool take(const char* op) {
    skipSpace();
    std::string o(op);
    if (s_.compare(pos_, o.size(), o) != 0) return false;
    pos_ += o.size();
    return true;
  }
  bool orExpr() {
    bool v = andExpr();
    while (error_.empty() && take("||")) v = andExpr() || v;
    return v;
  }
  bool andExpr() {
    bool v = unary();
    while (error_.empty() && take("&&")) v = unary() && v;
    return v;
  }
  bool unary() {
    if (take("!")) return !unary();
    if (take("(")) {
      bool v = orExpr();
      if (!take(")")) error_ = "missing )";
      return v;
    }
    skipSpace();
    std::size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_' || s_[pos_] == '.'))
      pos_++;
    if (start == pos_) {
      error_ = pos_ < s_.size() ? "unexpected " + std::string(1, s_[pos_]) : "unexpected end of expression";
      return false;
    }
    return buildTagHolds(s_.substr(start, pos_ - start));
  }

  const std::string& s_;
  std::size_t pos_ = 0;
  std::string error_;
};

// A // +build line: options separated by spaces (any holds), each terms
// separated by commas (all hold), a term negated by a leading !.
bool plusBuildLineHolds(const std::string& line) {
  std::stringstream in(line);
  for (std::string option; in >> option;) {
    bool all = true;
    std::stringstream terms(option);
    for (std::string term; std::getline(terms, term, ',');) {
      bool negated = !term.empty() && term[0] == '!';
      if (negated) term.erase(0, 1);
      if (buildTagHolds(term) == negated) all = false;
    }
    if (all) return true;
  }
  return false;
}

}  // namespace

bool buildTagHolds(const std::string& tag) {
  if (tag == "linux" || tag == "amd64" || tag == "unix" || tag == "go2cpp") return true;
  if (tag.rfind("go1.", 0) == 0) {
    std::string minor = tag.substr(4);
    if (minor.empty() || minor.find_first_not_of("0123456789") != std::string::npos) return false;
    return std::stoi(minor) >= 1 && std::stoi(minor) <= 19;
  }
  return false;
}

bool evalBuildExpr(const std::string& expr, bool& value, std::string& error) {
  return ExprReader(expr).read(value, error);
}

bool goFileInBuild(const std::string& name, const std::string& text, std::string* whyNot) {
  auto no = [&](const std::string& why) {
    if (whyNot) *whyNot = why;
    return false;
  };
  if (name.size() < 3 || name.compare(name.size() - 3, 3, ".go") != 0) return no("not a .go file");
  if (name[0] == '_' || name[0] == '.') return no("ignored name");
  if (name.size() >= 8 && name.compare(name.size() - 8, 8, "_test.go") == 0) return no("a test file");
  if (!goodOSArchFile(name)) return no("another system's or architecture's file");
  // The constraints sit in the comments before the package clause.
  std::stringstream in(text);
  std::string goBuild;
  std::vector<std::string> plusBuild;
  bool inBlock = false;
  for (std::string line; std::getline(in, line);) {
    std::size_t first = line.find_first_not_of(" \t\r");
    std::string trimmed = first == std::string::npos ? "" : line.substr(first);
    if (inBlock) {
      if (trimmed.find("*/") != std::string::npos) inBlock = false;
      continue;
    }
    if (trimmed.empty()) continue;
    if (trimmed.rfind("/*", 0) == 0) {
      inBlock = trimmed.find("*/", 2) == std::string::npos;
      continue;
    }
    if (trimmed.rfind("//", 0) != 0) break;
    if (trimmed.rfind("//go:build", 0) == 0 && (trimmed.size() == 10 || std::isspace(static_cast<unsigned char>(trimmed[10]))))
      goBuild = trimmed.substr(10);
    else if (std::string body = trimmed.substr(2); body.find_first_not_of(" \t") != std::string::npos) {
      body = body.substr(body.find_first_not_of(" \t"));
      if (body.rfind("+build", 0) == 0 && (body.size() == 6 || body[6] == ' ' || body[6] == '\t'))
        plusBuild.push_back(body.substr(6));
    }
  }
  if (!goBuild.empty()) {
    bool value = false;
    std::string error;
    if (!evalBuildExpr(goBuild, value, error)) return no("//go:build: " + error);
    return value ? true : no("excluded by //go:build" + goBuild);
  }
  for (const auto& line : plusBuild)
    if (!plusBuildLineHolds(line)) return no("excluded by // +build" + line);
  return true;
}

}  // namespace cli
