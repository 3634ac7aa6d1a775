// The printer's spelling of Go names: kept as written unless C++ would
// reject or misread them.
#include <gtest/gtest.h>

#include "emit/names.hpp"

namespace {

TEST(EmitNames, GoNamesStayAsWritten) {
  EXPECT_EQ(emit::cppName("fib"), "fib");
  EXPECT_EQ(emit::cppName("Println"), "Println");
  EXPECT_EQ(emit::cppName("x1"), "x1");
}

TEST(EmitNames, CppKeywordsAndReservedNamesGetAnUnderscore) {
  EXPECT_EQ(emit::cppName("class"), "class_");
  EXPECT_EQ(emit::cppName("new"), "new_");
  EXPECT_EQ(emit::cppName("delete"), "delete_");
  EXPECT_EQ(emit::cppName("this"), "this_");
  EXPECT_EQ(emit::cppName("template"), "template_");
  EXPECT_EQ(emit::cppName("int"), "int_");
  EXPECT_EQ(emit::cppName("char"), "char_");
  EXPECT_EQ(emit::cppName("errno"), "errno_");  // a macro in <cerrno>
  EXPECT_EQ(emit::cppName("NULL"), "NULL_");
}

TEST(EmitNames, DoubleUnderscoresAreReservedInCpp) {
  EXPECT_EQ(emit::cppName("a__b"), "a_0_b");
}

TEST(EmitNames, PackagesThatCollideWithGlobalNames) {
  EXPECT_EQ(emit::namespaceName("main"), "main_");
  EXPECT_EQ(emit::namespaceName("std"), "std_");
  EXPECT_EQ(emit::namespaceName("go"), "go_");
  EXPECT_EQ(emit::namespaceName("boost"), "boost_");
  EXPECT_EQ(emit::namespaceName("fmt"), "fmt");
  EXPECT_EQ(emit::namespaceName("os"), "os");
}

TEST(EmitNames, PackagesWhoseNamesTheCLibraryTakes) {
  // Functions the standard C++ headers declare in the global namespace.
  for (const char* name : {"log", "time", "index", "sync", "syscall"})
    EXPECT_EQ(emit::namespaceName(name), std::string(name) + "_") << name;
}

TEST(EmitNames, ANamespacePerImportPath) {
  EXPECT_EQ(emit::packageNamespace("strings"), "strings");
  EXPECT_EQ(emit::packageNamespace("unicode/utf8"), "unicode::utf8");
  EXPECT_EQ(emit::packageNamespace("math/rand"), "math::rand");
  EXPECT_EQ(emit::packageNamespace("go/ast"), "go_::ast");
  EXPECT_EQ(emit::packageNamespace("main"), "main_");
  EXPECT_EQ(emit::packageNamespace("example.com/go-cmp/cmp"), "example_com::go_cmp::cmp");
}

TEST(EmitNames, ReservedListIsSearchable) {
  // The list is binary-searched: every entry must be found.
  for (const char* kw : {"EOF", "alignas", "xor_eq", "while", "co_await", "static_assert", "wchar_t"})
    EXPECT_TRUE(emit::isReservedInCpp(kw)) << kw;
  EXPECT_FALSE(emit::isReservedInCpp("main"));  // main_::main is a fine C++ name
  EXPECT_FALSE(emit::isReservedInCpp("go"));
}

}  // namespace
