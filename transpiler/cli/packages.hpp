// Where a program's packages are, as the go command finds them.
//
//   - a standard package: rtlib/pkg/<path> (the toolchain's include dirs);
//   - module mode (a go.mod in the main package's folder or above): the
//     main module's own packages (<module path>/x is <module root>/x),
//     then vendor/<path> when vendor/modules.txt exists, then the modules
//     go.mod requires: a replace directive's folder, else the module cache
//     ($GOMODCACHE, $GOPATH/pkg/mod or ~/go/pkg/mod) at the required
//     version. go2cpp reads what is there and never downloads;
//   - GOPATH mode (no go.mod): relative imports ("./x"), from the
//     importing package's folder, named by their folder as gc names them
//     (relative to the main package's folder, else "_" + absolute path).
//     With a local prefix (gc's -D, as Go's test runner compiles its
//     rundir tests), "./x" is the package <prefix>/x, found in the main
//     package's folder.
//
// A package's files are its .go files that belong to the build
// (build_tags.hpp), in name order.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace cli {

struct PackageLocation {
  std::string path;  // the import path the package is known by
  std::string dir;
  bool isStd = false;
  std::vector<std::string> files;  // dir/name.go, sorted by name
};

struct GoMod {
  std::string root;        // the folder holding go.mod
  std::string modulePath;  // its module directive
  std::map<std::string, std::string> requires_;  // module path -> version
  // module path (or "path@version") -> a folder or "path@version"
  std::map<std::string, std::string> replaces;
};

// Reads go.mod's module, require and replace directives. False with an
// error message (file:line: what) when it is not well formed.
bool parseGoMod(const std::string& path, const std::string& text, GoMod& out, std::string& error);

// The module cache's spelling of a module path or version: an upper-case
// letter is "!" and the lower-case one (golang.org/x/mod/module).
std::string escapeModulePath(const std::string& path);

class PackageFinder {
 public:
  // mainDir: the folder of the main package's files. stdRoots: the folders
  // holding the standard packages. localPrefix: gc's -D (may be empty).
  PackageFinder(const std::string& mainDir, std::vector<std::string> stdRoots, std::string localPrefix = "");

  // Locates the package `path` imported by a file in importerDir. On
  // failure returns false with the go command's message (for the import's
  // position).
  bool find(const std::string& path, const std::string& importerDir, PackageLocation& out, std::string& error) const;

  // Locates the package in folder dir (`go build DIR`): its import path and
  // files; the import path is "" for a package outside the main module.
  bool findDir(const std::string& dir, PackageLocation& out, std::string& error) const;

  bool moduleMode() const { return !mod_.root.empty(); }
  const GoMod& goMod() const { return mod_; }
  // An error reading go.mod, reported by the first find().
  const std::string& goModError() const { return modError_; }

 private:
  bool findStd(const std::string& path, PackageLocation& out) const;
  bool findInModules(const std::string& path, PackageLocation& out, std::string& error) const;
  bool findRelative(const std::string& path, const std::string& importerDir, PackageLocation& out,
                    std::string& error) const;

  std::string mainDir_;  // absolute
  std::vector<std::string> stdRoots_;
  std::string localPrefix_;
  GoMod mod_;
  std::string modError_;
};

// The .go files of dir that belong to the build, sorted (dir/name.go).
std::vector<std::string> buildFilesOf(const std::string& dir);

// The import paths of a Go file's import declarations, read without the
// parser (for the cache key: a cached program is found without parsing).
std::vector<std::string> importsOf(const std::string& text);

// goFiles and the files of every package outside the standard library that
// they import, directly or not (what the program's build reads besides
// rtlib). Imports that cannot be found are skipped: the build reports them.
std::vector<std::string> programSourceFiles(const std::vector<std::string>& goFiles, const std::string& localPrefix);

}  // namespace cli
