// Unit tests of the package finder's pure parts: build constraints as
// go/build reads them, go.mod, the module cache's spelling, and the
// import reader behind the cache key.
#include <gtest/gtest.h>

#include "cli/build_tags.hpp"
#include "cli/packages.hpp"

namespace cli {
namespace {

TEST(BuildTags, FileNameSuffixes) {
  EXPECT_TRUE(goFileInBuild("x.go", "package x\n"));
  EXPECT_TRUE(goFileInBuild("x_linux.go", "package x\n"));
  EXPECT_TRUE(goFileInBuild("x_amd64.go", "package x\n"));
  EXPECT_TRUE(goFileInBuild("x_linux_amd64.go", "package x\n"));
  EXPECT_FALSE(goFileInBuild("x_windows.go", "package x\n"));
  EXPECT_FALSE(goFileInBuild("x_arm64.go", "package x\n"));
  EXPECT_FALSE(goFileInBuild("x_linux_arm64.go", "package x\n"));
  EXPECT_FALSE(goFileInBuild("x_test.go", "package x\n"));
  EXPECT_FALSE(goFileInBuild("_x.go", "package x\n"));
  EXPECT_FALSE(goFileInBuild(".x.go", "package x\n"));
  // Not a known system: an ordinary name.
  EXPECT_TRUE(goFileInBuild("x_unix.go", "package x\n"));
  EXPECT_TRUE(goFileInBuild("linux.go", "package x\n"));
}

TEST(BuildTags, GoBuildExpressions) {
  EXPECT_TRUE(goFileInBuild("x.go", "//go:build linux && amd64\n\npackage x\n"));
  EXPECT_TRUE(goFileInBuild("x.go", "// Copyright\n\n//go:build !gc || purego\n\npackage x\n"));
  EXPECT_FALSE(goFileInBuild("x.go", "//go:build gc\n\npackage x\n"));
  EXPECT_FALSE(goFileInBuild("x.go", "//go:build ignore\n\npackage x\n"));
  EXPECT_TRUE(goFileInBuild("x.go", "//go:build (darwin || linux) && !cgo\n\npackage x\n"));
  EXPECT_TRUE(goFileInBuild("x.go", "//go:build go1.18 && unix\n\npackage x\n"));
  EXPECT_FALSE(goFileInBuild("x.go", "//go:build go1.20\n\npackage x\n"));
  EXPECT_TRUE(goFileInBuild("x.go", "/* block\n//go:build ignore\n*/\npackage x\n"));
  // A constraint after the package clause is an ordinary comment.
  EXPECT_TRUE(goFileInBuild("x.go", "package x\n\n//go:build ignore\n"));
  std::string why;
  EXPECT_FALSE(goFileInBuild("x.go", "//go:build linux &&\n\npackage x\n", &why));
  EXPECT_NE(why.find("//go:build"), std::string::npos);
}

TEST(BuildTags, PlusBuildLines) {
  EXPECT_FALSE(goFileInBuild("x.go", "// +build ignore\n\npackage x\n"));
  EXPECT_TRUE(goFileInBuild("x.go", "// +build darwin linux\n\npackage x\n"));
  EXPECT_FALSE(goFileInBuild("x.go", "// +build linux,386\n\npackage x\n"));
  EXPECT_TRUE(goFileInBuild("x.go", "// +build linux,!386\n\npackage x\n"));
  EXPECT_FALSE(goFileInBuild("x.go", "// +build linux\n// +build gc\n\npackage x\n"));
  // //go:build wins over // +build.
  EXPECT_TRUE(goFileInBuild("x.go", "//go:build linux\n// +build ignore\n\npackage x\n"));
}

TEST(GoMod, Directives) {
  GoMod mod;
  std::string error;
  ASSERT_TRUE(parseGoMod("go.mod",
                         "module example.com/m // the module\n\ngo 1.19\n\nrequire (\n"
                         "\tgolang.org/x/text v0.3.7\n\tgithub.com/Foo/bar v1.2.3 // indirect\n)\n"
                         "require example.com/one v0.1.0\n"
                         "replace github.com/Foo/bar => ../bar\n"
                         "replace (\n\texample.com/one v0.1.0 => example.com/two v0.2.0\n)\n",
                         mod, error))
      << error;
  EXPECT_EQ(mod.modulePath, "example.com/m");
  EXPECT_EQ(mod.requires_.at("golang.org/x/text"), "v0.3.7");
  EXPECT_EQ(mod.requires_.at("github.com/Foo/bar"), "v1.2.3");
  EXPECT_EQ(mod.requires_.at("example.com/one"), "v0.1.0");
  EXPECT_EQ(mod.replaces.at("github.com/Foo/bar"), "../bar");
  EXPECT_EQ(mod.replaces.at("example.com/one@v0.1.0"), "example.com/two@v0.2.0");
}

TEST(GoMod, Errors) {
  GoMod mod;
  std::string error;
  EXPECT_FALSE(parseGoMod("go.mod", "go 1.19\n", mod, error));
  EXPECT_EQ(error, "go.mod:1: no module declaration in go.mod");
  EXPECT_FALSE(parseGoMod("go.mod", "module a\nrequire b\n", mod, error));
  EXPECT_EQ(error, "go.mod:2: usage: require module/path v1.2.3");
}

TEST(GoMod, ModuleCacheSpelling) {
  EXPECT_EQ(escapeModulePath("github.com/BurntSushi/toml"), "github.com/!burnt!sushi/toml");
  EXPECT_EQ(escapeModulePath("v1.0.0-RC1"), "v1.0.0-!r!c1");
}

TEST(Imports, ReadWithoutTheParser) {
  EXPECT_EQ(importsOf("package main\n\nimport \"fmt\"\n"), std::vector<std::string>{"fmt"});
  EXPECT_EQ(importsOf("// doc\n/* block */ package main\nimport (\n\t\"fmt\" // print\n\tu \"a/b\"\n\t_ \"c\"\n"
                      "\t. `d`\n)\nimport \"e\"; import \"f\"\nfunc main() {}\nimport \"late\"\n"),
            (std::vector<std::string>{"fmt", "a/b", "c", "d", "e", "f"}));
  EXPECT_TRUE(importsOf("package main\nfunc main() {}\n").empty());
  EXPECT_TRUE(importsOf("not go").empty());
}

}  // namespace
}  // namespace cli
