// This file implements the package finder: go.mod, the module cache,
// vendor/, relative imports and the standard packages' folders.
#include "cli/packages.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/build_tags.hpp"

namespace cli {
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string clean(const fs::path& p) {
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

bool isDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

bool hasPrefixPath(const std::string& path, const std::string& prefix) {
  return path == prefix || (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
                            path[prefix.size()] == '/');
}

bool isRelativeImport(const std::string& path) {
  return path == "." || path == ".." || path.rfind("./", 0) == 0 || path.rfind("../", 0) == 0;
}

// go.mod's words on a line: quoted strings ("..." or `...`) are one word,
// // starts a comment.
std::vector<std::string> words(const std::string& line) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      i++;
    } else if (line.compare(i, 2, "//") == 0) {
      break;
    } else if (c == '"' || c == '`') {
      std::size_t end = line.find(c, i + 1);
      if (end == std::string::npos) end = line.size();
      out.push_back(line.substr(i + 1, end - i - 1));
      i = end + 1;
    } else {
      std::size_t end = line.find_first_of(" \t\r", i);
      if (end == std::string::npos) end = line.size();
      std::size_t comment = line.find("//", i);
      if (comment < end) end = comment;
      out.push_back(line.substr(i, end - i));
      i = end;
    }
  }
  return out;
}

std::string moduleCacheRoot() {
  if (const char* c = std::getenv("GOMODCACHE"); c && *c) return c;
  if (const char* p = std::getenv("GOPATH"); p && *p) {
    std::string first(p);
    first = first.substr(0, first.find(':'));
    return first + "/pkg/mod";
  }
  const char* home = std::getenv("HOME");
  return std::string(home ? home : "") + "/go/pkg/mod";
}

// The first element of an import path has a dot for every package outside
// the standard library (but a module path may lack one: "module myapp").
bool looksStandard(const std::string& path) {
  return path.substr(0, path.find('/')).find('.') == std::string::npos;
}

}  // namespace

std::string escapeModulePath(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c >= 'A' && c <= 'Z') {
      out += '!';
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  return out;
}

bool parseGoMod(const std::string& path, const std::string& text, GoMod& out, std::string& error) {
  std::stringstream in(text);
  std::string block;  // the verb of an open ( ... ) block
  int lineNo = 0;
  auto bad = [&](const std::string& what) {
    error = path + ":" + std::to_string(lineNo) + ": " + what;
    return false;
  };
  for (std::string line; std::getline(in, line);) {
    lineNo++;
    std::vector<std::string> w = words(line);
    if (w.empty()) continue;
    if (block.empty()) {
      if (w.size() == 2 && w[1] == "(") {
        block = w[0];
        continue;
      }
    } else if (w.size() == 1 && w[0] == ")") {
      block.clear();
      continue;
    }
    std::string verb = block.empty() ? w[0] : block;
    std::vector<std::string> args(w.begin() + (block.empty() ? 1 : 0), w.end());
    if (verb == "module") {
      if (args.size() != 1) return bad("usage: module module/path");
      out.modulePath = args[0];
    } else if (verb == "require") {
      if (args.size() != 2) return bad("usage: require module/path v1.2.3");
      out.requires_[args[0]] = args[1];
    } else if (verb == "replace") {
      auto arrow = std::find(args.begin(), args.end(), "=>");
      std::size_t left = arrow - args.begin(), right = args.size() - left - 1;
      if (arrow == args.end() || left < 1 || left > 2 || right < 1 || right > 2)
        return bad("usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory");
      std::string from = left == 2 ? args[0] + "@" + args[1] : args[0];
      std::string to = right == 2 ? args[left + 1] + "@" + args[left + 2] : args[left + 1];
      out.replaces[from] = to;
    }
    // go, toolchain, exclude, retract: nothing go2cpp needs.
  }
  if (out.modulePath.empty()) return bad("no module declaration in go.mod");
  return true;
}

// A file's path as the go command shows it: relative to the current
// folder when that is shorter ("./x.go" for one in it), else absolute.
std::string shortPath(const std::string& path) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec || !fs::path(path).is_absolute()) return path;
  std::string rel = fs::path(path).lexically_relative(cwd).string();
  if (rel.empty() || rel.size() >= path.size()) return path;
  return rel.find('/') == std::string::npos ? "./" + rel : rel;
}

std::vector<std::string> buildFilesOf(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".go" || !entry.is_regular_file(ec)) continue;
    if (goFileInBuild(name, readText(entry.path()))) files.push_back(shortPath(clean(fs::absolute(dir) / name)));
  }
  std::sort(files.begin(), files.end());
  return files;
}

PackageFinder::PackageFinder(const std::string& mainDir, std::vector<std::string> stdRoots, std::string localPrefix)
    : mainDir_(clean(fs::absolute(mainDir.empty() ? "." : mainDir))),
      stdRoots_(std::move(stdRoots)),
      localPrefix_(std::move(localPrefix)) {
  for (fs::path dir = mainDir_;; dir = dir.parent_path()) {
    if (fs::path mod = dir / "go.mod"; fs::is_regular_file(mod)) {
      GoMod parsed;
      if (parseGoMod(mod.string(), readText(mod), parsed, modError_)) {
        mod_ = std::move(parsed);
        mod_.root = dir.string();
      }
      break;
    }
    if (dir == dir.parent_path()) break;
  }
}

bool PackageFinder::findStd(const std::string& path, PackageLocation& out) const {
  for (const auto& root : stdRoots_) {
    fs::path dir = fs::path(root) / path;
    if (!isDir(dir)) continue;
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.path().extension() == ".go") files.push_back(entry.path().string());
    if (files.empty()) continue;
    std::sort(files.begin(), files.end());
    out = {path, dir.string(), true, std::move(files)};
    return true;
  }
  return false;
}

// The package in folder dir, known by importPath; `missing` says why when
// there is no such folder.
static bool packageIn(const fs::path& dir, const std::string& importPath, const std::string& missing,
                      PackageLocation& out, std::string& error) {
  if (!isDir(dir)) {
    error = missing;
    return false;
  }
  out = {importPath, clean(dir), false, buildFilesOf(clean(dir))};
  if (out.files.empty()) {
    error = "no Go files in " + out.dir;
    return false;
  }
  return true;
}

bool PackageFinder::findInModules(const std::string& path, PackageLocation& out, std::string& error) const {
  std::string notProvided = "no required module provides package " + path + "; to add it:\n\tgo get " + path;
  std::string base;  // the folder of the module holding path
  std::string module;
  if (hasPrefixPath(path, mod_.modulePath)) {
    module = mod_.modulePath;
    base = mod_.root;
  } else if (isDir(fs::path(mod_.root) / "vendor") && fs::exists(fs::path(mod_.root) / "vendor/modules.txt")) {
    module = path;
    base = clean(fs::path(mod_.root) / "vendor" / path);
  } else {
    for (const auto& [m, version] : mod_.requires_)
      if (hasPrefixPath(path, m) && m.size() > module.size()) module = m;
    if (module.empty()) {
      error = notProvided;
      return false;
    }
    std::string version = mod_.requires_.at(module);
    std::string target = module + "@" + version;
    if (auto r = mod_.replaces.find(module + "@" + version); r != mod_.replaces.end()) target = r->second;
    else if (auto r2 = mod_.replaces.find(module); r2 != mod_.replaces.end()) target = r2->second;
    if (target.rfind("./", 0) == 0 || target.rfind("../", 0) == 0 || target.rfind("/", 0) == 0) {
      base = clean(fs::path(target).is_absolute() ? fs::path(target) : fs::path(mod_.root) / target);
    } else {
      std::size_t at = target.rfind('@');
      base = moduleCacheRoot() + "/" + escapeModulePath(target.substr(0, at)) + "@" +
             escapeModulePath(target.substr(at + 1));
      if (!isDir(base)) {
        error = "module " + target + " is not in the module cache (" + base +
                "); go2cpp does not download modules: run 'go mod download " + target.substr(0, at) + "'";
        return false;
      }
    }
  }
  fs::path dir = path == module ? fs::path(base) : fs::path(base) / path.substr(module.size() + 1);
  return packageIn(dir, path, notProvided, out, error);
}

bool PackageFinder::findRelative(const std::string& path, const std::string& importerDir, PackageLocation& out,
                                 std::string& error) const {
  if (moduleMode()) {
    error = "local import \"" + path + "\" in non-local package";
    return false;
  }
  fs::path dir;
  std::string importPath;
  if (!localPrefix_.empty()) {
    importPath = clean(fs::path(localPrefix_) / path);
    dir = fs::path(mainDir_) / importPath;
  } else {
    dir = clean(fs::absolute(importerDir.empty() ? "." : importerDir) / path);
    fs::path rel = dir.lexically_relative(mainDir_);
    std::string r = rel.string();
    importPath = !r.empty() && r != "." && r.rfind("..", 0) != 0 ? r : "_" + dir.string();
  }
  return packageIn(dir, importPath, "cannot find package \".\" in:\n\t" + clean(dir), out, error);
}

bool PackageFinder::find(const std::string& path, const std::string& importerDir, PackageLocation& out,
                         std::string& error) const {
  if (isRelativeImport(path)) return findRelative(path, importerDir, out, error);
  if (looksStandard(path) && findStd(path, out)) return true;
  if (!modError_.empty()) {
    error = modError_;
    return false;
  }
  if (!localPrefix_.empty() && hasPrefixPath(path, localPrefix_)) {
    // A package a relative import named (gc's -D with -I .).
    fs::path dir = fs::path(mainDir_) / path;
    if (isDir(dir)) {
      out = {path, clean(dir), false, buildFilesOf(clean(dir))};
      if (!out.files.empty()) return true;
    }
  }
  if (moduleMode()) {
    bool required = std::any_of(mod_.requires_.begin(), mod_.requires_.end(),
                                [&](const auto& r) { return hasPrefixPath(path, r.first); });
    if (!looksStandard(path) || required || hasPrefixPath(path, mod_.modulePath))
      return findInModules(path, out, error);
  }
  if (looksStandard(path)) {
    error = "package " + path + " is not supported by go2cpp yet";
  } else {
    error = "cannot find package \"" + path + "\": go2cpp finds the packages outside the standard library through a go.mod";
  }
  return false;
}

bool PackageFinder::findDir(const std::string& dir, PackageLocation& out, std::string& error) const {
  std::string abs = clean(fs::absolute(dir.empty() ? "." : dir));
  if (!isDir(abs)) {
    error = "directory " + dir + " does not exist";
    return false;
  }
  out = {"", abs, false, buildFilesOf(abs)};
  if (moduleMode()) {
    std::string rel = fs::path(abs).lexically_relative(mod_.root).string();
    if (rel == ".") out.path = mod_.modulePath;
    else if (!rel.empty() && rel.rfind("..", 0) != 0) out.path = mod_.modulePath + "/" + rel;
  }
  if (out.files.empty()) {
    error = "no Go files in " + abs;
    return false;
  }
  return true;
}

namespace {

// A reader of the tokens that matter before the first declaration:
// identifiers, string literals and punctuation; comments skipped.
class HeaderScanner {
 public:
  explicit HeaderScanner(const std::string& text) : t_(text) {}

  // The next token: an identifier, a "quoted" or `raw` string, or one
  // punctuation character; "" at the end.
  std::string next() {
    skip();
    if (i_ >= t_.size()) return "";
    char c = t_[i_];
    if (c == '"' || c == '`') {
      std::size_t start = i_++;
      while (i_ < t_.size() && t_[i_] != c && t_[i_] != '\n') i_ += t_[i_] == '\\' && c == '"' ? 2 : 1;
      i_++;
      return t_.substr(start, i_ - start);
    }
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80) {
      std::size_t start = i_;
      while (i_ < t_.size() && (std::isalnum(static_cast<unsigned char>(t_[i_])) || t_[i_] == '_' ||
                                static_cast<unsigned char>(t_[i_]) >= 0x80))
        i_++;
      return t_.substr(start, i_ - start);
    }
    i_++;
    return std::string(1, c);
  }

 private:
  void skip() {
    while (i_ < t_.size()) {
      if (std::isspace(static_cast<unsigned char>(t_[i_]))) {
        i_++;
      } else if (t_.compare(i_, 2, "//") == 0) {
        i_ = t_.find('\n', i_);
        if (i_ == std::string::npos) i_ = t_.size();
      } else if (t_.compare(i_, 2, "/*") == 0) {
        i_ = t_.find("*/", i_ + 2);
        i_ = i_ == std::string::npos ? t_.size() : i_ + 2;
      } else {
        return;
      }
    }
  }

  const std::string& t_;
  std::size_t i_ = 0;
};

// The path of a string token, "" if it is not one (escapes are not
// expected in import paths and are left as they are).
std::string unquote(const std::string& token) {
  if (token.size() < 2 || (token[0] != '"' && token[0] != '`')) return "";
  return token.substr(1, token.size() - 2);
}

}  // namespace

std::vector<std::string> importsOf(const std::string& text) {
  std::vector<std::string> paths;
  HeaderScanner scan(text);
  if (scan.next() != "package") return paths;
  scan.next();  // the package's name
  std::string tok = scan.next();
  while (tok == ";") tok = scan.next();
  while (tok == "import") {
    tok = scan.next();
    bool group = tok == "(";
    if (group) tok = scan.next();
    for (;;) {
      if (group && tok == ")") {
        tok = scan.next();
        break;
      }
      if (tok.empty()) return paths;
      if (tok == ";") {
        tok = scan.next();
        continue;
      }
      if (unquote(tok).empty()) tok = scan.next();  // a name, "." or "_"
      if (std::string path = unquote(tok); !path.empty()) paths.push_back(path);
      tok = scan.next();
      if (!group) break;
    }
    while (tok == ";") tok = scan.next();
  }
  return paths;
}

std::vector<std::string> programSourceFiles(const std::vector<std::string>& goFiles, const std::string& localPrefix) {
  std::vector<std::string> out = goFiles;
  if (goFiles.empty()) return out;
  PackageFinder finder(fs::path(goFiles[0]).parent_path().string(), {}, localPrefix);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < out.size(); i++) {
    std::string importer = fs::path(out[i]).parent_path().string();
    for (const std::string& path : importsOf(readText(out[i]))) {
      PackageLocation where;
      std::string error;
      if (!finder.find(path, importer, where, error) || where.isStd) continue;
      if (!seen.insert(where.dir).second) continue;
      out.insert(out.end(), where.files.begin(), where.files.end());
    }
  }
  return out;
}

}  // namespace cli
